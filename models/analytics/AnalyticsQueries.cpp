// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/AnalyticsQueries.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rr {

namespace {

std::optional<double> optDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

bool run(const Database &db, QSqlQuery &q, const QString &sql, const QVariantList &binds, StoreError *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = db.errorFrom(q.lastError());
        return false;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = db.errorFrom(q.lastError());
        return false;
    }
    return true;
}

// The grouping column of a trend or comparison (fixed expressions, never input).
QString groupExpr(TrendGroup g)
{
    switch (g) {
    case TrendGroup::Tier: return QStringLiteral("f.tier");
    case TrendGroup::Category: return QStringLiteral("CAST(f.category_id AS TEXT)");
    case TrendGroup::Campaign: return QStringLiteral("CAST(f.campaign_id AS TEXT)");
    case TrendGroup::Creator: return QStringLiteral("CAST(f.creator_id AS TEXT)");
    case TrendGroup::None: break;
    }
    return {};
}

} // namespace

AnalyticsQueries::AnalyticsQueries(const Database &db, MetricSettings settings) : m_db(db), m_settings(settings) {}

QString AnalyticsQueries::tierExpr(const QString &followers, const QString &override, QVariantList *binds) const
{
    *binds << m_settings.tiers.mega << m_settings.tiers.mid << m_settings.tiers.micro;
    return QStringLiteral("(CASE WHEN %2 IS NOT NULL THEN %2 WHEN %1 >= ? THEN 'mega' WHEN %1 >= ? THEN 'mid' "
                          "WHEN %1 >= ? THEN 'micro' WHEN %1 IS NOT NULL THEN 'koc' END)")
        .arg(followers, override);
}

QString AnalyticsQueries::factsSql(QVariantList *binds) const
{
    const QString engagements = m_settings.sharesCountAsEngagement
                                    ? QStringLiteral("(pf.likes + pf.comments + pf.saves + pf.shares)")
                                    : QStringLiteral("(pf.likes + pf.comments + pf.saves)");
    const QString tier = tierExpr(QStringLiteral("pf.followers"), QStringLiteral("pf.tier_override"), binds);
    // post_facts holds one row per measured post (store/PostFacts.h); the engagement total and
    // the tier depend on the settings and are computed here.
    return QStringLiteral(
               "WITH facts AS ("
               " SELECT pf.post_id, pf.creator_id, pf.day, pf.views, pf.saves, %1 AS engagements, pf.cost_fen,"
               "  pf.collaboration_id, pf.campaign_id, pf.objective, %2 AS tier, pf.category_id, pf.owner"
               " FROM post_facts pf) ")
        .arg(engagements, tier);
}

QString AnalyticsQueries::trendSql(const AnalyticsFilter &filter, Period period, TrendGroup group,
                                  QVariantList *bindsOut) const
{
    QVariantList &binds = *bindsOut;
    QString sql = factsSql(&binds);
    const QString g = groupExpr(group);
    const QString periodExpr = m_db.dialect().periodStart(QStringLiteral("f.day"), period);
    const QString known = QStringLiteral("f.views > 0 AND f.%1 IS NOT NULL");
    sql += QStringLiteral("SELECT %1, %2 AS period, COUNT(*),"
                          " SUM(CASE WHEN %3 THEN f.engagements END) * 1.0 / SUM(CASE WHEN %3 THEN f.views END),"
                          " SUM(CASE WHEN %4 THEN f.saves END) * 1.0 / SUM(CASE WHEN %4 THEN f.views END)"
                          " FROM facts f WHERE f.day IS NOT NULL")
               .arg(g.isEmpty() ? QStringLiteral("''") : g, periodExpr, known.arg(QStringLiteral("engagements")),
                    known.arg(QStringLiteral("saves")));
    if (!g.isEmpty())
        sql += QStringLiteral(" AND %1 IS NOT NULL").arg(g);
    sql += filter.conditions(&binds);
    sql += g.isEmpty() ? QStringLiteral(" GROUP BY %1 ORDER BY 2").arg(periodExpr)
                       : QStringLiteral(" GROUP BY %1, %2 ORDER BY 1, 2").arg(g, periodExpr);
    return sql;
}

bool AnalyticsQueries::trend(const AnalyticsFilter &filter, Period period, TrendGroup group, QList<TrendPoint> *out,
                             StoreError *error) const
{
    QVariantList binds;
    const QString sql = trendSql(filter, period, group, &binds);
    QSqlQuery q(m_db.sql());
    if (!run(m_db, q, sql, binds, error))
        return false;
    out->clear();
    while (q.next()) {
        TrendPoint p;
        p.group = q.value(0).toString();
        p.periodStart = QDate::fromString(q.value(1).toString().left(10), Qt::ISODate);
        p.posts = q.value(2).toLongLong();
        p.engagementRate = optDouble(q.value(3));
        p.saveRate = optDouble(q.value(4));
        out->append(p);
    }
    return true;
}

QString AnalyticsQueries::compareCountSql(const AnalyticsFilter &filter, CompareBy by, QVariantList *binds) const
{
    const QString g = groupExpr(by == CompareBy::Tier ? TrendGroup::Tier : TrendGroup::Category);
    QString sql = factsSql(binds);
    sql += QStringLiteral("SELECT %1, COUNT(*) FROM facts f WHERE %1 IS NOT NULL").arg(g);
    sql += filter.conditions(binds);
    sql += QStringLiteral(" GROUP BY %1 ORDER BY 1").arg(g);
    return sql;
}

// The per-post values of one metric: (grp, v), unknown ones left out.
QString AnalyticsQueries::medianValuesSql(const AnalyticsFilter &filter, CompareBy by, CompareMetric metric,
                                          QVariantList *binds) const
{
    const QString g = groupExpr(by == CompareBy::Tier ? TrendGroup::Tier : TrendGroup::Category);
    struct Part { const char *value; const char *where; };
    const Part part = metric == CompareMetric::EngagementRate
                          ? Part{"f.engagements * 1.0 / f.views", "f.views > 0 AND f.engagements IS NOT NULL"}
                      : metric == CompareMetric::SaveRate
                          ? Part{"f.saves * 1.0 / f.views", "f.views > 0 AND f.saves IS NOT NULL"}
                      : metric == CompareMetric::Cpe
                          ? Part{"f.cost_fen / 100.0 / f.engagements", "f.engagements > 0 AND f.cost_fen IS NOT NULL"}
                          : Part{"f.cost_fen / 100.0 / f.views * 1000", "f.views > 0 AND f.cost_fen IS NOT NULL"};
    QString sql = factsSql(binds);
    sql += QStringLiteral("SELECT %1 AS grp, %2 AS v FROM facts f WHERE %3 AND %1 IS NOT NULL")
               .arg(g, QLatin1String(part.value), QLatin1String(part.where));
    sql += filter.conditions(binds);
    return sql;
}

QList<BoundSql> AnalyticsQueries::medianStatements(const AnalyticsFilter &filter, CompareBy by,
                                                   CompareMetric metric) const
{
    BoundSql values;
    values.sql = medianValuesSql(filter, by, metric, &values.binds);
    if (m_db.dialect().backend() == Backend::Postgres) {
        values.sql = QStringLiteral("SELECT grp, percentile_cont(0.5) WITHIN GROUP (ORDER BY v), COUNT(*)"
                                    " FROM (%1) t GROUP BY grp")
                         .arg(values.sql);
        values.rows = true;
        return {values};
    }
    // Rows inserted in (grp, v) order take consecutive row numbers, so each group is a run
    // lo..hi of them and its median the mean of rows (lo + hi) / 2 and (lo + hi + 1) / 2.
    const QString table = QStringLiteral("temp.rr_median_values");
    values.sql = QStringLiteral("INSERT INTO %1 (grp, v) SELECT grp, v FROM (%2) t ORDER BY grp, v").arg(table, values.sql);
    BoundSql medians{QStringLiteral("SELECT b.grp, (SELECT AVG(x.v) FROM %1 x WHERE x.rn IN ((b.lo + b.hi) / 2,"
                                    " (b.lo + b.hi + 1) / 2)), b.hi - b.lo + 1"
                                    " FROM (SELECT grp, MIN(rn) AS lo, MAX(rn) AS hi FROM %1 GROUP BY grp) b")
                         .arg(table),
                     {}, true};
    return {{QStringLiteral("DROP TABLE IF EXISTS %1").arg(table), {}, false},
            {QStringLiteral("CREATE TEMP TABLE rr_median_values (rn INTEGER PRIMARY KEY, grp TEXT, v REAL)"), {}, false},
            values,
            medians,
            {QStringLiteral("DROP TABLE %1").arg(table), {}, false}};
}

bool AnalyticsQueries::medians(const AnalyticsFilter &filter, CompareBy by, CompareMetric metric,
                               QList<GroupMedian> *out, StoreError *error) const
{
    out->clear();
    bool ok = true;
    for (const BoundSql &s : medianStatements(filter, by, metric)) {
        QSqlQuery q(m_db.sql());
        // After a failure only the clean-up (the temporary table's drop) still runs.
        if (!ok && !s.sql.startsWith(QLatin1String("DROP")))
            continue;
        StoreError ignored;
        if (!run(m_db, q, s.sql, s.binds, ok ? error : &ignored)) {
            ok = false;
            continue;
        }
        while (s.rows && q.next())
            out->append({q.value(0).toString(), {optDouble(q.value(1)), q.value(2).toLongLong()}});
    }
    return ok;
}

bool AnalyticsQueries::compare(const AnalyticsFilter &filter, CompareBy by, QList<GroupStats> *out,
                               StoreError *error) const
{
    out->clear();
    QSqlQuery q(m_db.sql());
    QVariantList binds;
    const QString sql = compareCountSql(filter, by, &binds);
    if (!run(m_db, q, sql, binds, error))
        return false;
    while (q.next()) {
        GroupStats s;
        s.group = q.value(0).toString();
        s.posts = q.value(1).toLongLong();
        out->append(s);
    }
    for (CompareMetric metric : {CompareMetric::EngagementRate, CompareMetric::SaveRate, CompareMetric::Cpe,
                                 CompareMetric::Cpm}) {
        QList<GroupMedian> medianList;
        if (!medians(filter, by, metric, &medianList, error))
            return false;
        for (const GroupMedian &m : medianList) {
            for (GroupStats &s : *out) {
                if (s.group != m.group)
                    continue;
                Median &target = metric == CompareMetric::EngagementRate ? s.engagementRate
                                 : metric == CompareMetric::SaveRate     ? s.saveRate
                                 : metric == CompareMetric::Cpe          ? s.cpe
                                                                         : s.cpm;
                target = m.median;
            }
        }
    }
    return true;
}

QString AnalyticsQueries::costSql(const AnalyticsFilter &filter, QVariantList *bindsOut) const
{
    QVariantList &binds = *bindsOut;
    QString sql = factsSql(&binds);
    // A collaboration counts when it has a fee and every one of its measured posts has known
    // engagements; names and the fee are looked up for the grouped rows only.
    sql += QStringLiteral("SELECT g.collaboration_id, g.creator_id, c.nickname, k.fee_fen / 100.0, g.engagements,"
                          " g.posts, g.tier FROM (SELECT f.collaboration_id, f.creator_id, SUM(f.engagements) AS engagements,"
                          " COUNT(*) AS posts, MIN(f.tier) AS tier FROM facts f WHERE f.cost_fen > 0");
    sql += filter.conditions(&binds);
    sql += QStringLiteral(" GROUP BY f.collaboration_id, f.creator_id"
                          " HAVING COUNT(f.engagements) = COUNT(*) AND SUM(f.engagements) > 0) g"
                          " JOIN collaborations k ON k.id = g.collaboration_id JOIN creators c ON c.id = g.creator_id"
                          " ORDER BY 1");
    return sql;
}

bool AnalyticsQueries::costEfficiency(const AnalyticsFilter &filter, QList<CostPoint> *out, StoreError *error) const
{
    QVariantList binds;
    const QString sql = costSql(filter, &binds);
    QSqlQuery q(m_db.sql());
    if (!run(m_db, q, sql, binds, error))
        return false;
    out->clear();
    while (q.next()) {
        CostPoint p;
        p.collaborationId = q.value(0).toLongLong();
        p.creatorId = q.value(1).toLongLong();
        p.nickname = q.value(2).toString();
        p.feeYuan = q.value(3).toDouble();
        p.engagements = q.value(4).toLongLong();
        p.posts = q.value(5).toLongLong();
        p.tier = q.value(6).toString();
        out->append(p);
    }
    return true;
}

bool AnalyticsQueries::rank(const AnalyticsFilter &filter, RankBy by, int minSample, int limit,
                            QList<RankedCreator> *out, StoreError *error) const
{
    QVariantList binds;
    QString sql;
    QString value;
    QString where;
    if (by == RankBy::Reliability) {
        // Ratings live on collaborations: the same filter over a collaboration-level `f`.
        const QString tier = tierExpr(QStringLiteral("c.followers"), QStringLiteral("c.tier_override"), &binds);
        sql = QStringLiteral("SELECT g.creator_id, c.nickname, c.handle, g.value, g.n FROM ("
                             "SELECT f.creator_id, AVG(f.reliability * 1.0) AS value, COUNT(*) AS n FROM ("
                             " SELECT k.creator_id, k.campaign_id, COALESCE(k.objective, m.objective) AS objective,"
                             "  %1 AS tier, c.primary_category_id AS category_id, c.owner, m.starts_on AS day,"
                             "  k.reliability"
                             " FROM collaborations k JOIN creators c ON c.id = k.creator_id"
                             " LEFT JOIN campaigns m ON m.id = k.campaign_id) f WHERE f.reliability IS NOT NULL")
                  .arg(tier);
    } else {
        sql = factsSql(&binds);
        value = by == RankBy::SaveRate         ? QStringLiteral("SUM(f.saves) * 1.0 / SUM(f.views)")
                : by == RankBy::EngagementRate ? QStringLiteral("SUM(f.engagements) * 1.0 / SUM(f.views)")
                                               : QStringLiteral("SUM(f.cost_fen) / 100.0 / SUM(f.engagements)");
        where = by == RankBy::SaveRate         ? QStringLiteral("f.views > 0 AND f.saves IS NOT NULL")
                : by == RankBy::EngagementRate ? QStringLiteral("f.views > 0 AND f.engagements IS NOT NULL")
                                               : QStringLiteral("f.engagements > 0 AND f.cost_fen IS NOT NULL");
        sql += QStringLiteral("SELECT g.creator_id, c.nickname, c.handle, g.value, g.n FROM ("
                              "SELECT f.creator_id, %1 AS value, COUNT(*) AS n FROM facts f WHERE %2")
                   .arg(value, where);
    }
    // Ranked and cut in the grouped rows; names looked up for the creators listed only.
    const QString direction = by == RankBy::Cpe ? QStringLiteral("ASC") : QStringLiteral("DESC");
    sql += filter.conditions(&binds);
    sql += QStringLiteral(" GROUP BY f.creator_id HAVING COUNT(*) >= ? ORDER BY 2 %1, 1 LIMIT ?) g"
                          " JOIN creators c ON c.id = g.creator_id ORDER BY g.value %1, g.creator_id")
               .arg(direction);
    binds << minSample << limit;
    QSqlQuery q(m_db.sql());
    if (!run(m_db, q, sql, binds, error))
        return false;
    out->clear();
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(),
                     q.value(4).toLongLong()});
    return true;
}

bool AnalyticsQueries::similar(qint64 creatorId, const SimilarOptions &options, QList<RankedCreator> *out,
                               StoreError *error) const
{
    out->clear();
    QSqlQuery q(m_db.sql());
    if (!run(m_db, q,
             QStringLiteral("SELECT primary_category_id, followers, tier_override, city, avg_engagement_rate "
                            "FROM creators WHERE id = ?"),
             {creatorId}, error))
        return false;
    if (!q.next())
        return true;
    const QVariant category = q.value(0);
    const QVariant followers = q.value(1);
    const QString override = q.value(2).toString();
    const QString city = q.value(3).toString();
    const std::optional<double> rate = optDouble(q.value(4));
    q.finish();
    if (category.isNull() || (followers.isNull() && override.isEmpty()))
        return true; // nothing to be similar by
    const QString tierKey = !override.isEmpty() ? override
                                                : TierText::key(m_settings.tiers.tierFor(followers.toLongLong()));
    QVariantList binds;
    const QString tier = tierExpr(QStringLiteral("c.followers"), QStringLiteral("c.tier_override"), &binds);
    QString sql = QStringLiteral("SELECT c.id, c.nickname, c.handle, c.avg_engagement_rate, 0 FROM creators c"
                                 " WHERE %1 = ? AND c.id <> ? AND c.primary_category_id = ? AND c.do_not_contact = 0"
                                 " AND NOT EXISTS (SELECT 1 FROM collaborations k WHERE k.creator_id = c.id)")
                      .arg(tier);
    binds << tierKey << creatorId << category;
    if (rate) {
        sql += QStringLiteral(" AND c.avg_engagement_rate BETWEEN ? AND ?");
        binds << *rate * (1.0 - options.engagementBand) << *rate * (1.0 + options.engagementBand);
    }
    if (options.sameCity && !city.isEmpty()) {
        sql += QStringLiteral(" AND c.city = ?");
        binds << city;
    }
    if (rate) {
        sql += QStringLiteral(" ORDER BY abs(c.avg_engagement_rate - ?), c.id LIMIT ?");
        binds << *rate << options.limit;
    } else {
        sql += QStringLiteral(" ORDER BY c.id LIMIT ?");
        binds << options.limit;
    }
    if (!run(m_db, q, sql, binds, error))
        return false;
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(), 0});
    return true;
}

} // namespace rr
