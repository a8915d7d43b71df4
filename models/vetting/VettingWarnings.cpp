// SPDX-License-Identifier: GPL-3.0-or-later
#include "vetting/VettingWarnings.h"

#include "domain/NumberFormat.h"

#include "store/Database.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rr {

namespace {

// Tier numbers in SQL follow the order of enum Tier (Mega 0 … KOC 3).
const QString kTierExpr = QStringLiteral(
    "CASE WHEN tier_override = 'mega' THEN 0 WHEN tier_override = 'mid' THEN 1 "
    "WHEN tier_override = 'micro' THEN 2 WHEN tier_override = 'koc' THEN 3 "
    "WHEN followers IS NULL THEN NULL WHEN followers >= ? THEN 0 WHEN followers >= ? THEN 1 "
    "WHEN followers >= ? THEN 2 ELSE 3 END");

QString percent(double ratio, int decimals = 2)
{
    return QLocale().toString(ratio * 100.0, 'f', decimals) + QLatin1Char('%');
}

} // namespace

std::optional<TierMedians> TierMedians::compute(const Database &db, const TierThresholds &thresholds,
                                                StoreError *error)
{
    // One scan and one sort inside the database; only four rows come back. The middle one or two
    // rows of each tier's ordered rates give the median (their average for an even count).
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT t, AVG(r), MAX(cnt) FROM ("
                  " SELECT t, r, ROW_NUMBER() OVER (PARTITION BY t ORDER BY r) AS rn,"
                  " COUNT(*) OVER (PARTITION BY t) AS cnt FROM ("
                  "  SELECT %1 AS t, avg_engagement_rate AS r FROM creators"
                  "  WHERE avg_engagement_rate IS NOT NULL) base"
                  " WHERE t IS NOT NULL) ranked "
                  "WHERE rn = (cnt + 1) / 2 OR rn = (cnt + 2) / 2 GROUP BY t")
                  .arg(kTierExpr));
    q.addBindValue(thresholds.mega);
    q.addBindValue(thresholds.mid);
    q.addBindValue(thresholds.micro);
    if (!q.exec()) {
        if (error)
            *error = db.errorFrom(q.lastError());
        return std::nullopt;
    }
    TierMedians m;
    while (q.next()) {
        const int t = q.value(0).toInt();
        if (t < 0 || t >= static_cast<int>(allTiers.size()))
            continue;
        m.set(allTiers[static_cast<std::size_t>(t)], q.value(1).toDouble(), q.value(2).toLongLong());
    }
    return m;
}

VettingWarnings::VettingWarnings(const Database &db, VettingWarningSettings settings)
    : m_db(db), m_settings(settings)
{
}

const TierMedians *VettingWarnings::medians(StoreError *error)
{
    if (!m_medians)
        m_medians = TierMedians::compute(m_db, m_settings.tiers, error);
    return m_medians ? &*m_medians : nullptr;
}

std::optional<VettingWarning> VettingWarnings::lowEngagement(Tier tier, double rate, std::optional<double> tierMedian,
                                                             double ratio)
{
    if (!tierMedian || *tierMedian <= 0 || !(rate < ratio * *tierMedian))
        return std::nullopt;
    VettingWarning w;
    w.kind = VettingWarning::Kind::LowEngagement;
    w.tier = tier;
    w.rate = rate;
    w.tierMedian = *tierMedian;
    w.text = tr("Engagement rate %1 is less than %2 of the median for %3 (%4): check for bought followers.")
                 .arg(percent(rate), percent(ratio, 0), TierText::label(tier), percent(*tierMedian));
    return w;
}

QList<VettingWarning> VettingWarnings::followerJumps(const QList<FollowerPoint> &points, double percentLimit,
                                                     int withinDays)
{
    QList<VettingWarning> out;
    const QLocale locale;
    for (qsizetype i = 1; i < points.size(); ++i) {
        const FollowerPoint &a = points.at(i - 1);
        const FollowerPoint &b = points.at(i);
        const qint64 days = a.asOf.daysTo(b.asOf);
        // A rise from zero has no percentage: left out, like every ratio with a zero denominator.
        if (a.followers <= 0 || days < 0 || days > withinDays)
            continue;
        const double rise = double(b.followers - a.followers) * 100.0 / double(a.followers);
        if (!(double(b.followers - a.followers) * 100.0 > percentLimit * double(a.followers)))
            continue;
        VettingWarning w;
        w.kind = VettingWarning::Kind::FollowerJump;
        w.fromDate = a.asOf;
        w.toDate = b.asOf;
        w.fromFollowers = a.followers;
        w.toFollowers = b.followers;
        w.risePercent = rise;
        w.text = tr("Followers jumped by %1 in %n day(s): %2 on %3, %4 on %5.", nullptr, int(days))
                     .arg(locale.toString(rise, 'f', 0) + QLatin1Char('%'), locale.toString(a.followers),
                          NumberFormat::date(a.asOf, locale), locale.toString(b.followers), NumberFormat::date(b.asOf, locale));
        out.append(w);
    }
    return out;
}

QList<VettingWarning> VettingWarnings::forCreator(qint64 creatorId, StoreError *error)
{
    QList<VettingWarning> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT tier_override, followers, avg_engagement_rate FROM creators WHERE id = ?"));
    q.addBindValue(creatorId);
    if (!q.exec()) {
        if (error)
            *error = m_db.errorFrom(q.lastError());
        return out;
    }
    if (!q.next())
        return out;
    std::optional<Tier> tier;
    if (!q.value(0).isNull())
        tier = TierText::fromKey(q.value(0).toString());
    else if (!q.value(1).isNull())
        tier = m_settings.tiers.tierFor(q.value(1).toLongLong());
    if (tier && !q.value(2).isNull()) {
        if (const TierMedians *m = medians(error)) {
            if (auto w = lowEngagement(*tier, q.value(2).toDouble(), m->median(*tier), m_settings.lowEngagementRatio))
                out.append(*w);
        } else {
            return out;
        }
    }

    QSqlQuery s(m_db.sql());
    s.setForwardOnly(true);
    s.prepare(QStringLiteral("SELECT as_of, followers FROM follower_snapshots WHERE creator_id = ? ORDER BY as_of, id"));
    s.addBindValue(creatorId);
    if (!s.exec()) {
        if (error)
            *error = m_db.errorFrom(s.lastError());
        return out;
    }
    QList<FollowerPoint> points;
    while (s.next())
        points.append({QDate::fromString(s.value(0).toString().left(10), Qt::ISODate), s.value(1).toLongLong()});
    out.append(followerJumps(points, m_settings.jumpPercent, m_settings.jumpWithinDays));
    return out;
}

} // namespace rr
