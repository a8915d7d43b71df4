// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/ChartBuilder.h"

#include "domain/Tier.h"
#include "roster/RosterLookups.h"
#include "store/Database.h"
#include "store/SqlRunner.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rr {

namespace {

double dayMs(const QDate &day)
{
    return double(day.startOfDay().toMSecsSinceEpoch());
}

QString percentText(double percent)
{
    return QLocale().toString(percent, 'f', 2) + u'%';
}

// Tiers from the smallest up, so bars read KOC → Mega.
int tierOrder(const QString &key)
{
    const std::optional<Tier> t = TierText::fromKey(key);
    return t ? -int(*t) : 1;
}

} // namespace

ChartBuilder::ChartBuilder(const Database &db, MetricSettings settings) : m_db(db), m_settings(settings) {}

QString ChartBuilder::kindKey(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Trend: return QStringLiteral("trend");
    case ChartKind::Compare: return QStringLiteral("compare");
    case ChartKind::Cost: return QStringLiteral("cost");
    case ChartKind::Followers: return QStringLiteral("followers");
    case ChartKind::PostMetrics: return QStringLiteral("posts");
    }
    return {};
}

std::optional<ChartKind> ChartBuilder::kindFromKey(const QString &key)
{
    for (ChartKind k : {ChartKind::Trend, ChartKind::Compare, ChartKind::Cost, ChartKind::Followers,
                        ChartKind::PostMetrics}) {
        if (kindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString ChartBuilder::kindLabel(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Trend: return tr("Engagement and save rate over time");
    case ChartKind::Compare: return tr("Comparison by tier or category");
    case ChartKind::Cost: return tr("Cost efficiency");
    case ChartKind::Followers: return tr("Follower history");
    case ChartKind::PostMetrics: return tr("Metrics per post");
    }
    return {};
}

QString ChartBuilder::compareMetricKey(CompareMetric metric)
{
    switch (metric) {
    case CompareMetric::EngagementRate: return QStringLiteral("er");
    case CompareMetric::SaveRate: return QStringLiteral("sr");
    case CompareMetric::Cpe: return QStringLiteral("cpe");
    case CompareMetric::Cpm: return QStringLiteral("cpm");
    }
    return {};
}

std::optional<CompareMetric> ChartBuilder::compareMetricFromKey(const QString &key)
{
    for (CompareMetric m : {CompareMetric::EngagementRate, CompareMetric::SaveRate, CompareMetric::Cpe,
                            CompareMetric::Cpm}) {
        if (compareMetricKey(m) == key)
            return m;
    }
    return std::nullopt;
}

QString ChartBuilder::compareMetricLabel(CompareMetric metric)
{
    switch (metric) {
    case CompareMetric::EngagementRate: return tr("Engagement rate");
    case CompareMetric::SaveRate: return tr("Save rate");
    case CompareMetric::Cpe: return tr("CPE (cost per engagement)");
    case CompareMetric::Cpm: return tr("CPM (cost per 1,000 views)");
    }
    return {};
}

bool ChartBuilder::build(const ChartRequest &request, ChartData *out, StoreError *error) const
{
    *out = ChartData{};
    out->kind = request.kind;
    switch (request.kind) {
    case ChartKind::Trend: return trend(request, out, error);
    case ChartKind::Compare: return compare(request, out, error);
    case ChartKind::Cost: return cost(request, out, error);
    case ChartKind::Followers: return followers(request, out, error);
    case ChartKind::PostMetrics: return postMetrics(request, out, error);
    }
    return false;
}

QHash<QString, QString> ChartBuilder::groupNames(TrendGroup group, const QStringList &keys, StoreError *error) const
{
    QHash<QString, QString> names;
    switch (group) {
    case TrendGroup::None:
        break;
    case TrendGroup::Tier:
        for (const QString &k : keys) {
            const std::optional<Tier> t = TierText::fromKey(k);
            names.insert(k, t ? TierText::label(*t) : k);
        }
        break;
    case TrendGroup::Category:
        for (const CategoryInfo &c : RosterLookups::load(m_db).categories)
            names.insert(QString::number(c.id), c.displayName());
        break;
    case TrendGroup::Campaign:
    case TrendGroup::Creator: {
        // Only the ids on the chart, a handful: one bound lookup each.
        QSqlQuery q(m_db.sql());
        const QString sql = group == TrendGroup::Campaign ? QStringLiteral("SELECT name FROM campaigns WHERE id = ?")
                                                          : QStringLiteral("SELECT nickname FROM creators WHERE id = ?");
        for (const QString &k : keys) {
            if (!SqlRunner(m_db, error, QStringLiteral("chart")).exec(q, sql, {k.toLongLong()}))
                return names;
            names.insert(k, q.next() ? q.value(0).toString() : k);
        }
        break;
    }
    }
    return names;
}

QString ChartBuilder::creatorName(qint64 creatorId) const
{
    QSqlQuery q(m_db.sql());
    if (SqlRunner(m_db, nullptr).exec(q, QStringLiteral("SELECT nickname, handle FROM creators WHERE id = ?"), {creatorId})
        && q.next())
        return q.value(0).toString().isEmpty() ? q.value(1).toString() : q.value(0).toString();
    return {};
}

bool ChartBuilder::trend(const ChartRequest &r, ChartData *out, StoreError *error) const
{
    QList<TrendPoint> points;
    if (!AnalyticsQueries(m_db, m_settings).trend(r.filter, r.period, r.group, &points, error))
        return false;
    out->title = r.metrics == TrendMetrics::SaveRate         ? tr("Save rate over time")
                 : r.metrics == TrendMetrics::EngagementRate ? tr("Engagement rate over time")
                                                             : tr("Engagement and save rate over time");
    out->xTitle = r.period == Period::Week ? tr("Week of publication") : tr("Month of publication");
    out->yTitle = tr("Rate (%)");
    out->xAxis = AxisKind::Date;
    out->yAxis = AxisKind::Percent;
    out->note = tr("Each post counts with its latest metrics; posts without views are left out of the rates.");

    QStringList keys;
    for (const TrendPoint &p : points) {
        if (!keys.contains(p.group))
            keys << p.group;
    }
    const QHash<QString, QString> names = groupNames(r.group, keys, error);
    if (r.group == TrendGroup::Tier)
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) { return tierOrder(a) < tierOrder(b); });

    const bool wantEr = r.metrics != TrendMetrics::SaveRate;
    const bool wantSr = r.metrics != TrendMetrics::EngagementRate;
    const bool both = wantEr && wantSr;
    for (const QString &key : keys) {
        const QString groupName = names.value(key, key);
        ChartSeries er, sr;
        er.key = key.isEmpty() ? QStringLiteral("er") : key + QStringLiteral(":er");
        sr.key = key.isEmpty() ? QStringLiteral("sr") : key + QStringLiteral(":sr");
        if (r.group == TrendGroup::None) {
            er.name = tr("Engagement rate");
            sr.name = tr("Save rate");
        } else if (both) {
            er.name = tr("%1 · engagement rate").arg(groupName);
            sr.name = tr("%1 · save rate").arg(groupName);
        } else {
            er.name = sr.name = groupName;
        }
        for (const TrendPoint &p : points) {
            if (p.group != key)
                continue;
            const double x = dayMs(p.periodStart);
            const QString when = QLocale().toString(p.periodStart, QLocale::ShortFormat);
            if (p.engagementRate) {
                const double y = *p.engagementRate * 100.0;
                er.points.append({x, y, tr("%1: %2 from %Ln post(s)", nullptr, int(p.posts)).arg(when, percentText(y)), 0,
                                  p.posts});
            }
            if (p.saveRate) {
                const double y = *p.saveRate * 100.0;
                sr.points.append({x, y, tr("%1: %2 from %Ln post(s)", nullptr, int(p.posts)).arg(when, percentText(y)), 0,
                                  p.posts});
            }
        }
        if (wantEr)
            out->series.append(er);
        if (wantSr)
            out->series.append(sr);
    }
    return true;
}

bool ChartBuilder::compare(const ChartRequest &r, ChartData *out, StoreError *error) const
{
    // Only the metric shown is computed: each median is a sort of its values.
    QList<GroupMedian> stats;
    if (!AnalyticsQueries(m_db, m_settings).medians(r.filter, r.compareBy, r.compareMetric, &stats, error))
        return false;
    const TrendGroup group = r.compareBy == CompareBy::Tier ? TrendGroup::Tier : TrendGroup::Category;
    QStringList keys;
    for (const GroupMedian &s : stats)
        keys << s.group;
    const QHash<QString, QString> names = groupNames(group, keys, error);
    if (r.compareBy == CompareBy::Tier) {
        std::sort(stats.begin(), stats.end(),
                  [](const GroupMedian &a, const GroupMedian &b) { return tierOrder(a.group) < tierOrder(b.group); });
    } else {
        std::sort(stats.begin(), stats.end(), [&names](const GroupMedian &a, const GroupMedian &b) {
            return QString::localeAwareCompare(names.value(a.group), names.value(b.group)) < 0;
        });
    }

    const bool rate = r.compareMetric == CompareMetric::EngagementRate || r.compareMetric == CompareMetric::SaveRate;
    const QString metricName = compareMetricLabel(r.compareMetric);
    out->title = r.compareBy == CompareBy::Tier ? tr("Median %1 by tier").arg(metricName)
                                                : tr("Median %1 by category").arg(metricName);
    out->xTitle = r.compareBy == CompareBy::Tier ? tr("Tier") : tr("Category");
    out->yTitle = rate ? tr("Median (%)") : tr("Median (CNY)");
    out->xAxis = AxisKind::Category;
    out->yAxis = rate ? AxisKind::Percent : AxisKind::Money;
    out->note = tr("Medians over posts, each with its latest metrics; posts whose figure is unknown are left out, "
                   "n is the number of posts behind each bar.");

    ChartSeries s;
    s.key = compareMetricKey(r.compareMetric);
    s.name = metricName;
    for (const GroupMedian &g : stats) {
        const Median &m = g.median;
        if (!m.value)
            continue;
        const QString name = names.value(g.group, g.group);
        const double y = rate ? *m.value * 100.0 : *m.value;
        const QString value = rate ? percentText(y) : QLocale().toString(y, 'f', 2);
        out->categories << tr("%1 (n=%2)").arg(name).arg(m.count);
        s.points.append({double(out->categories.size() - 1), y,
                         tr("%1: median %2 over %Ln post(s)", nullptr, int(m.count)).arg(name, value), 0, m.count});
    }
    out->series.append(s);
    return true;
}

bool ChartBuilder::cost(const ChartRequest &r, ChartData *out, StoreError *error) const
{
    QList<CostPoint> points;
    if (!AnalyticsQueries(m_db, m_settings).costEfficiency(r.filter, &points, error))
        return false;
    out->title = tr("Fee against engagements per collaboration");
    out->xTitle = tr("Fee (CNY, log scale)");
    out->yTitle = tr("Engagements (log scale)");
    out->xAxis = AxisKind::Log;
    out->yAxis = AxisKind::Log;
    out->note = tr("Collaborations with a fee whose posts all have known engagements; click a point to open the "
                   "creator.");
    // One series per tier, smallest first, so the colours and the legend tell the tiers apart.
    QStringList tiers;
    for (const CostPoint &p : points) {
        if (!tiers.contains(p.tier))
            tiers << p.tier;
    }
    std::sort(tiers.begin(), tiers.end(), [](const QString &a, const QString &b) { return tierOrder(a) < tierOrder(b); });
    const QHash<QString, QString> names = groupNames(TrendGroup::Tier, tiers, error);
    for (const QString &tier : tiers) {
        ChartSeries s;
        s.key = tier.isEmpty() ? QStringLiteral("untiered") : tier;
        s.name = tier.isEmpty() ? tr("Tier unknown") : names.value(tier, tier);
        for (const CostPoint &p : points) {
            if (p.tier != tier)
                continue;
            const double cpe = p.engagements > 0 ? p.feeYuan / double(p.engagements) : 0;
            s.points.append({p.feeYuan, double(p.engagements),
                             tr("%1: ¥%2 for %3 engagements (CPE ¥%4)")
                                 .arg(p.nickname, QLocale().toString(p.feeYuan, 'f', 0),
                                      QLocale().toString(p.engagements), QLocale().toString(cpe, 'f', 2)),
                             p.creatorId, p.posts});
        }
        out->series.append(s);
    }
    return true;
}

bool ChartBuilder::followers(const ChartRequest &r, ChartData *out, StoreError *error) const
{
    const QString who = creatorName(r.creatorId);
    out->title = who.isEmpty() ? tr("Follower history") : tr("Follower history of %1").arg(who);
    out->xTitle = tr("Date");
    out->yTitle = tr("Followers");
    out->xAxis = AxisKind::Date;
    out->yAxis = AxisKind::Value;
    QSqlQuery q(m_db.sql());
    if (!SqlRunner(m_db, error, QStringLiteral("chart")).exec(q,
              QStringLiteral("SELECT as_of, followers FROM follower_snapshots WHERE creator_id = ? ORDER BY as_of, id"),
              {r.creatorId}))
        return false;
    ChartSeries s;
    s.key = QStringLiteral("followers");
    s.name = tr("Followers");
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
        const qint64 n = q.value(1).toLongLong();
        s.points.append({dayMs(day), double(n),
                         tr("%1: %2 followers").arg(QLocale().toString(day, QLocale::ShortFormat), QLocale().toString(n)),
                         r.creatorId, 0});
    }
    out->series.append(s);
    return true;
}

bool ChartBuilder::postMetrics(const ChartRequest &r, ChartData *out, StoreError *error) const
{
    const QString who = creatorName(r.creatorId);
    out->title = who.isEmpty() ? tr("Metrics per post") : tr("Metrics per post of %1").arg(who);
    out->xTitle = tr("Post");
    out->yTitle = tr("Count");
    out->xAxis = AxisKind::Category;
    out->yAxis = AxisKind::Value;
    out->note = tr("Each post with its latest metrics, the latest %n post(s).", nullptr, r.postLimit);
    QSqlQuery q(m_db.sql());
    // The latest posts, then shown oldest first; each with its latest snapshot (posts.latest_metrics_id).
    if (!SqlRunner(m_db, error, QStringLiteral("chart")).exec(q,
              QStringLiteral("SELECT * FROM (SELECT p.id, p.published_on, p.title, l.likes, l.comments, l.saves, l.shares"
                             " FROM posts p JOIN post_metrics l ON l.id = p.latest_metrics_id"
                             " WHERE p.creator_id = ? ORDER BY p.published_on DESC NULLS LAST, p.id DESC LIMIT ?) t"
                             " ORDER BY published_on NULLS FIRST, id"),
              {r.creatorId, r.postLimit}))
        return false;
    struct Field { const char *key; QString name; };
    const Field fields[] = {{"likes", tr("Likes")}, {"comments", tr("Comments")}, {"saves", tr("Saves")},
                            {"shares", tr("Shares")}};
    QList<ChartSeries> series;
    for (const Field &f : fields)
        series.append({QLatin1String(f.key), f.name, {}});
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(1).toString().left(10), Qt::ISODate);
        QString title = q.value(2).toString();
        if (title.size() > 12)
            title = title.left(11) + u'…';
        const QString label = day.isValid() ? QLocale().toString(day, QStringLiteral("MM-dd")) + u' ' + title : title;
        out->categories << label;
        const double x = double(out->categories.size() - 1);
        for (int i = 0; i < 4; ++i) {
            const QVariant v = q.value(3 + i);
            if (v.isNull())
                continue;
            series[i].points.append({x, v.toDouble(),
                                     tr("%1 · %2: %3").arg(label, series[i].name, QLocale().toString(v.toLongLong())),
                                     q.value(0).toLongLong(), 0});
        }
    }
    out->series = series;
    return true;
}

} // namespace rr
