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
                                    ? QStringLiteral("(l.likes + l.comments + l.saves + l.shares)")
                                    : QStringLiteral("(l.likes + l.comments + l.saves)");
    const QString tier = tierExpr(QStringLiteral("c.followers"), QStringLiteral("c.tier_override"), binds);
    // Each post's latest snapshot is the row posts.latest_metrics_id names (kept by triggers, see
    // store/LatestMetrics.h): a primary-key lookup, not a search per post. The collaboration's
    // post count is an index range count (ix_posts_collaboration).
    return QStringLiteral(
               "WITH facts AS ("
               " SELECT p.id AS post_id, p.creator_id, p.published_on AS day,"
               "  l.views, l.likes, l.comments, l.saves, l.clicks, %1 AS engagements,"
               "  k.fee_fen * 1.0 / (SELECT COUNT(*) FROM posts q WHERE q.collaboration_id = k.id) AS cost_fen,"
               "  k.id AS collaboration_id, k.campaign_id,"
               "  COALESCE(k.objective, m.objective) AS objective, %2 AS tier,"
               "  c.primary_category_id AS category_id, c.owner, c.nickname, c.handle"
               " FROM posts p"
               " JOIN post_metrics l ON l.id = p.latest_metrics_id"
               " JOIN creators c ON c.id = p.creator_id"
               " LEFT JOIN collaborations k ON k.id = p.collaboration_id"
               " LEFT JOIN campaigns m ON m.id = k.campaign_id) ")
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

// Medians of the per-post ratios: the middle one or two values of each (group, metric).
QString AnalyticsQueries::compareMedianSql(const AnalyticsFilter &filter, CompareBy by, QVariantList *bindsOut) const
{
    const QString g = groupExpr(by == CompareBy::Tier ? TrendGroup::Tier : TrendGroup::Category);
    QVariantList &binds = *bindsOut;
    QString sql = factsSql(&binds);
    struct Part { const char *metric; const char *value; const char *where; };
    static const Part parts[] = {
        {"er", "f.engagements * 1.0 / f.views", "f.views > 0 AND f.engagements IS NOT NULL"},
        {"sr", "f.saves * 1.0 / f.views", "f.views > 0 AND f.saves IS NOT NULL"},
        {"cpe", "f.cost_fen / 100.0 / f.engagements", "f.engagements > 0 AND f.cost_fen IS NOT NULL"},
        {"cpm", "f.cost_fen / 100.0 / f.views * 1000", "f.views > 0 AND f.cost_fen IS NOT NULL"},
    };
    QStringList selects;
    for (const Part &p : parts) {
        selects << QStringLiteral("SELECT %1 AS grp, '%2' AS metric, %3 AS v FROM facts f WHERE %4 AND %1 IS NOT NULL%5")
                       .arg(g, QLatin1String(p.metric), QLatin1String(p.value), QLatin1String(p.where),
                            filter.conditions(&binds));
    }
    sql += QStringLiteral(", vals AS (%1),"
                          " ranked AS (SELECT grp, metric, v, ROW_NUMBER() OVER (PARTITION BY grp, metric ORDER BY v) AS rn,"
                          "  COUNT(*) OVER (PARTITION BY grp, metric) AS n FROM vals)"
                          " SELECT grp, metric, AVG(v), MAX(n) FROM ranked WHERE rn IN ((n + 1) / 2, (n + 2) / 2)"
                          " GROUP BY grp, metric")
               .arg(selects.join(QStringLiteral(" UNION ALL ")));
    return sql;
}

bool AnalyticsQueries::compare(const AnalyticsFilter &filter, CompareBy by, QList<GroupStats> *out,
                               StoreError *error) const
{
    out->clear();
    QSqlQuery q(m_db.sql());
    {
        // Posts per group.
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
    }
    QVariantList binds;
    const QString sql = compareMedianSql(filter, by, &binds);
    if (!run(m_db, q, sql, binds, error))
        return false;
    while (q.next()) {
        const QString grp = q.value(0).toString();
        const QString metric = q.value(1).toString();
        for (GroupStats &s : *out) {
            if (s.group != grp)
                continue;
            Median &m = metric == QLatin1String("er")    ? s.engagementRate
                        : metric == QLatin1String("sr")  ? s.saveRate
                        : metric == QLatin1String("cpe") ? s.cpe
                                                         : s.cpm;
            m.value = optDouble(q.value(2));
            m.count = q.value(3).toLongLong();
        }
    }
    return true;
}

QString AnalyticsQueries::costSql(const AnalyticsFilter &filter, QVariantList *bindsOut) const
{
    QVariantList &binds = *bindsOut;
    QString sql = factsSql(&binds);
    // A collaboration counts when it has a fee and every one of its posts has known engagements.
    sql += QStringLiteral("SELECT f.collaboration_id, f.creator_id, MIN(f.nickname), MAX(k.fee_fen) / 100.0,"
                          " SUM(f.engagements), COUNT(*) FROM facts f JOIN collaborations k ON k.id = f.collaboration_id"
                          " WHERE k.fee_fen > 0");
    sql += filter.conditions(&binds);
    sql += QStringLiteral(" GROUP BY f.collaboration_id, f.creator_id"
                          " HAVING COUNT(f.engagements) = COUNT(*) AND SUM(f.engagements) > 0 ORDER BY 1");
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
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toDouble(),
                     q.value(4).toLongLong(), q.value(5).toLongLong()});
    return true;
}

bool AnalyticsQueries::rank(const AnalyticsFilter &filter, RankBy by, int minSample, int limit,
                            QList<RankedCreator> *out, StoreError *error) const
{
    QVariantList binds;
    QString sql;
    if (by == RankBy::Reliability) {
        // Ratings live on collaborations: the same filter over a collaboration-level `f`.
        const QString tier = tierExpr(QStringLiteral("c.followers"), QStringLiteral("c.tier_override"), &binds);
        sql = QStringLiteral("SELECT f.creator_id, MIN(f.nickname), MIN(f.handle), AVG(f.reliability * 1.0), COUNT(*) FROM ("
                             " SELECT k.creator_id, k.campaign_id, COALESCE(k.objective, m.objective) AS objective,"
                             "  %1 AS tier, c.primary_category_id AS category_id, c.owner, m.starts_on AS day,"
                             "  k.reliability, c.nickname, c.handle"
                             " FROM collaborations k JOIN creators c ON c.id = k.creator_id"
                             " LEFT JOIN campaigns m ON m.id = k.campaign_id) f WHERE f.reliability IS NOT NULL")
                  .arg(tier);
    } else {
        sql = factsSql(&binds);
        const QString value = by == RankBy::SaveRate       ? QStringLiteral("SUM(f.saves) * 1.0 / SUM(f.views)")
                              : by == RankBy::EngagementRate ? QStringLiteral("SUM(f.engagements) * 1.0 / SUM(f.views)")
                                                             : QStringLiteral("SUM(f.cost_fen) / 100.0 / SUM(f.engagements)");
        const QString where = by == RankBy::SaveRate       ? QStringLiteral("f.views > 0 AND f.saves IS NOT NULL")
                              : by == RankBy::EngagementRate ? QStringLiteral("f.views > 0 AND f.engagements IS NOT NULL")
                                                             : QStringLiteral("f.engagements > 0 AND f.cost_fen IS NOT NULL");
        sql += QStringLiteral("SELECT f.creator_id, MIN(f.nickname), MIN(f.handle), %1, COUNT(*) FROM facts f WHERE %2")
                   .arg(value, where);
    }
    sql += filter.conditions(&binds);
    sql += QStringLiteral(" GROUP BY f.creator_id HAVING COUNT(*) >= ? ORDER BY 4 %1, 1 LIMIT ?")
               .arg(by == RankBy::Cpe ? QStringLiteral("ASC") : QStringLiteral("DESC"));
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
