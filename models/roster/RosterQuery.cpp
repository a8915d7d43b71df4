// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/RosterQuery.h"

#include "store/Dialect.h"

#include <QSqlQuery>
#include <QStringList>

namespace rr {

namespace {

// Column list of a page, in the order readRow() reads it.
const QString &selectColumns()
{
    static const QString cols = QStringLiteral(
        "c.id, c.handle, c.nickname, c.tier_override, c.followers, cat.name_zh, cat.name_en, c.city, "
        "c.status, c.owner, c.has_agency, c.agency_name, c.price_image_fen, c.price_video_fen, "
        "c.avg_engagement_rate, c.brand_fit, c.reliability, c.first_contact_on, c.updated_at, "
        "c.do_not_contact");
    return cols;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}

template<typename List, typename Fn>
QString inList(const QString &column, const List &values, QVariantList *binds, Fn toVariant)
{
    for (const auto &v : values)
        binds->append(toVariant(v));
    return QStringLiteral("%1 IN (%2)").arg(column, placeholders(values.size()));
}

// Whitelisted sort expression per column.
QString sortExpression(RosterColumn column, bool chineseNames)
{
    switch (column) {
    case RosterColumn::Handle: return QStringLiteral("c.handle");
    case RosterColumn::Nickname: return QStringLiteral("c.nickname");
    case RosterColumn::Tier: // ordered by orderBy() itself; the followers within a tier
    case RosterColumn::Followers: return QStringLiteral("c.followers");
    case RosterColumn::Category: return chineseNames ? QStringLiteral("cat.name_zh") : QStringLiteral("cat.name_en");
    case RosterColumn::City: return QStringLiteral("c.city");
    case RosterColumn::Status: return QStringLiteral("c.status");
    case RosterColumn::Owner: return QStringLiteral("c.owner");
    case RosterColumn::Agency: return QStringLiteral("c.agency_name");
    case RosterColumn::PriceImage: return QStringLiteral("c.price_image_fen");
    case RosterColumn::PriceVideo: return QStringLiteral("c.price_video_fen");
    case RosterColumn::EngagementRate: return QStringLiteral("c.avg_engagement_rate");
    case RosterColumn::BrandFit: return QStringLiteral("c.brand_fit");
    case RosterColumn::Reliability: return QStringLiteral("c.reliability");
    case RosterColumn::FirstContact: return QStringLiteral("c.first_contact_on");
    case RosterColumn::Updated: return QStringLiteral("c.updated_at");
    case RosterColumn::Count: break;
    }
    return {};
}

// Tier membership: the manual override wins; otherwise the follower range. For a count each OR
// term is a range of ix_creators_tier (tier_override, followers), so SQLite answers it from that
// index alone; for a page, COALESCE hides the column from the planner so the page keeps walking
// the sort order and stops early instead of collecting and sorting every member of the tier.
QString tierCondition(const QList<Tier> &tiers, const TierThresholds &t, QVariantList *binds,
                      RosterQuery::Purpose purpose)
{
    const bool count = purpose == RosterQuery::Purpose::Count;
    const QString isNull = count ? QStringLiteral("c.tier_override IS NULL")
                                 : QStringLiteral("COALESCE(c.tier_override, '') = ''");
    const QString equals = count ? QStringLiteral("c.tier_override = ?")
                                 : QStringLiteral("COALESCE(c.tier_override, '') = ?");
    QStringList terms;
    QStringList overrideKeys;
    for (Tier tier : tiers) {
        overrideKeys << TierText::key(tier);
        const auto upper = t.upperBound(tier);
        if (upper) {
            terms << QStringLiteral("(%1 AND c.followers >= ? AND c.followers < ?)").arg(isNull);
            binds->append(t.lowerBound(tier));
            binds->append(*upper);
        } else {
            terms << QStringLiteral("(%1 AND c.followers >= ?)").arg(isNull);
            binds->append(t.lowerBound(tier));
        }
    }
    overrideKeys.removeDuplicates();
    for (const QString &key : overrideKeys) {
        terms << equals;
        binds->append(key);
    }
    return QLatin1Char('(') + terms.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

} // namespace

QString RosterQuery::whereClause(const RosterQuerySpec &spec, const Dialect &dialect, QVariantList *binds,
                                 Purpose purpose)
{
    const RosterFilter &f = spec.filter;
    QStringList conds;
    const auto id = [](qint64 v) { return QVariant(v); };
    const auto text = [](const QString &v) { return QVariant(v); };

    const QString needle = f.search.trimmed().toLower();
    if (!needle.isEmpty() && purpose != Purpose::Matches) {
        conds << dialect.containsExpr(QStringLiteral("c.search_text"));
        binds->append(needle);
    }
    if (!f.tiers.isEmpty())
        conds << tierCondition(f.tiers, spec.thresholds, binds, purpose);
    if (!f.categoryIds.isEmpty()) {
        if (purpose == Purpose::Count) {
            // Ids from the two category indexes: no per-row subquery over the whole table.
            const QString primary = inList(QStringLiteral("c2.primary_category_id"), f.categoryIds, binds, id);
            const QString secondary = inList(QStringLiteral("cc.category_id"), f.categoryIds, binds, id);
            conds << QStringLiteral("c.id IN (SELECT c2.id FROM creators c2 WHERE %1 UNION ALL "
                                    "SELECT cc.creator_id FROM creator_categories cc WHERE %2)").arg(primary, secondary);
        } else {
            const QString primary = inList(QStringLiteral("c.primary_category_id"), f.categoryIds, binds, id);
            const QString secondary = inList(QStringLiteral("cc.category_id"), f.categoryIds, binds, id);
            conds << QStringLiteral("(%1 OR EXISTS (SELECT 1 FROM creator_categories cc "
                                    "WHERE cc.creator_id = c.id AND %2))").arg(primary, secondary);
        }
    }
    if (!f.cities.isEmpty())
        conds << inList(QStringLiteral("c.city"), f.cities, binds, text);
    if (!f.statuses.isEmpty())
        conds << inList(QStringLiteral("c.status"), f.statuses, binds,
                        [](Status s) { return QVariant(StatusText::key(s)); });
    if (!f.tagIds.isEmpty()) {
        conds << QStringLiteral("EXISTS (SELECT 1 FROM creator_tags ct WHERE ct.creator_id = c.id AND %1)")
                     .arg(inList(QStringLiteral("ct.tag_id"), f.tagIds, binds, id));
    }
    if (!f.owners.isEmpty())
        conds << inList(QStringLiteral("c.owner"), f.owners, binds, text);
    if (!f.agencies.isEmpty()) {
        QStringList names = f.agencies;
        const bool independent = names.removeAll(QString()) > 0;
        QStringList terms;
        if (independent)
            terms << QStringLiteral("c.has_agency = 0");
        if (!names.isEmpty())
            terms << QStringLiteral("(c.has_agency = 1 AND %1)").arg(inList(QStringLiteral("c.agency_name"), names, binds, text));
        conds << QLatin1Char('(') + terms.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    if (f.minFollowers) {
        conds << QStringLiteral("c.followers >= ?");
        binds->append(*f.minFollowers);
    }
    if (f.maxFollowers) {
        conds << QStringLiteral("c.followers <= ?");
        binds->append(*f.maxFollowers);
    }
    if (f.minBrandFit) {
        conds << QStringLiteral("c.brand_fit >= ?");
        binds->append(*f.minBrandFit);
    }
    if (f.minReliability) {
        conds << QStringLiteral("c.reliability >= ?");
        binds->append(*f.minReliability);
    }
    if (f.shortlistId) {
        conds << QStringLiteral("EXISTS (SELECT 1 FROM shortlist_members sm WHERE sm.creator_id = c.id AND sm.shortlist_id = ?)");
        binds->append(*f.shortlistId);
    }
    if (f.hideDoNotContact)
        conds << QStringLiteral("c.do_not_contact = 0");

    if (conds.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conds.join(QLatin1String(" AND "));
}

QString RosterQuery::orderBy(const RosterQuerySpec &spec, QVariantList *binds)
{
    const QString dir = spec.order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Empty values (NULL) first ascending, last descending: SQLite's own order, spelled out since
    // PostgreSQL's default is the reverse (a roster by followers, descending, would start with
    // every creator whose count is unknown). SQLite plans the spelled-out default as before.
    const QString nulls = spec.order == Qt::DescendingOrder ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
    if (spec.sortColumn < 0 || spec.sortColumn >= rosterColumnCount)
        return QStringLiteral(" ORDER BY c.id") + dir;
    if (spec.sortColumn == toInt(RosterColumn::Tier)) {
        // The tier as shown: a manual override wins over the follower count; within a tier, by
        // followers. Ranks: KOC 0, micro 1, mid 2, mega 3; thresholds are bound values.
        binds->append(spec.thresholds.mega);
        binds->append(spec.thresholds.mid);
        binds->append(spec.thresholds.micro);
        return QStringLiteral(" ORDER BY CASE c.tier_override WHEN 'mega' THEN 3 WHEN 'mid' THEN 2 "
                              "WHEN 'micro' THEN 1 WHEN 'koc' THEN 0 ELSE CASE WHEN c.followers >= ? THEN 3 "
                              "WHEN c.followers >= ? THEN 2 WHEN c.followers >= ? THEN 1 ELSE 0 END END%1, "
                              "c.followers%1%2, c.id%1").arg(dir, nulls);
    }
    const QString expr = sortExpression(static_cast<RosterColumn>(spec.sortColumn), spec.chineseNames);
    // Columns that are never NULL (the keyset-paged ones) get no NULLS clause: PostgreSQL would
    // not use their index for it.
    return QStringLiteral(" ORDER BY %1%2%3, c.id%2").arg(expr, dir, supportsKeyset(spec) ? QString() : nulls);
}

bool RosterQuery::supportsKeyset(const RosterQuerySpec &spec)
{
    // Nullable sort columns are left to OFFSET: where NULLs sort differs between SQLite and
    // PostgreSQL, and a row-value comparison with NULL matches nothing.
    return spec.sortColumn < 0 || spec.sortColumn == toInt(RosterColumn::Nickname)
        || spec.sortColumn == toInt(RosterColumn::Status);
}

QVariantList RosterQuery::keysetKey(const RosterQuerySpec &spec, const RosterRow &row)
{
    if (spec.sortColumn == toInt(RosterColumn::Nickname))
        return {row.nickname, row.id};
    if (spec.sortColumn == toInt(RosterColumn::Status))
        return {row.status, row.id};
    return {row.id};
}

QString RosterQuery::pageSql(const RosterQuerySpec &spec, const Dialect &dialect, int limit, qint64 offset,
                             QVariantList *binds, const QVariantList &after)
{
    QString where = whereClause(spec, dialect, binds);
    if (!after.isEmpty() && supportsKeyset(spec)) {
        const QString op = spec.order == Qt::DescendingOrder ? QStringLiteral("<") : QStringLiteral(">");
        QString cond;
        if (after.size() == 1) {
            cond = QStringLiteral("c.id %1 ?").arg(op);
        } else {
            const QString expr = sortExpression(static_cast<RosterColumn>(spec.sortColumn), spec.chineseNames);
            cond = QStringLiteral("(%1, c.id) %2 (?, ?)").arg(expr, op);
        }
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + cond;
        binds->append(after);
        offset = 0;
    }
    QString sql = QStringLiteral("SELECT ") + selectColumns()
        + QStringLiteral(" FROM creators c LEFT JOIN categories cat ON cat.id = c.primary_category_id") + where
        + orderBy(spec, binds) + QStringLiteral(" LIMIT ? OFFSET ?");
    binds->append(limit);
    binds->append(offset);
    return sql;
}

QString RosterQuery::countSql(const RosterQuerySpec &spec, const Dialect &dialect, QVariantList *binds)
{
    // The filter never needs the category names, so the count skips the join.
    return QStringLiteral("SELECT COUNT(*) FROM creators c") + whereClause(spec, dialect, binds, Purpose::Count);
}

QString RosterQuery::totalSql()
{
    return QStringLiteral("SELECT COUNT(*) FROM creators");
}

QString RosterQuery::hitsTableSql(const Dialect &dialect)
{
    return QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS roster_hits (id %1 PRIMARY KEY)")
        .arg(dialect.columnType(ColumnType::Integer));
}

QString RosterQuery::insertHitsSql(qsizetype count)
{
    QStringList rows;
    rows.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        rows << QStringLiteral("(?)");
    return QStringLiteral("INSERT INTO roster_hits (id) VALUES ") + rows.join(QLatin1Char(','));
}

QString RosterQuery::matchSql(const RosterQuerySpec &spec, const Dialect &dialect, QVariantList *binds)
{
    // CROSS JOIN keeps the hits as the outer loop: only they are looked up, then sorted.
    QString where = whereClause(spec, dialect, binds, Purpose::Matches);
    where = where.isEmpty() ? QStringLiteral(" WHERE c.id = h.id")
                            : QStringLiteral(" WHERE c.id = h.id AND ") + where.mid(7);
    return QStringLiteral("SELECT c.id FROM roster_hits h CROSS JOIN creators c "
                          "LEFT JOIN categories cat ON cat.id = c.primary_category_id")
        + where + orderBy(spec, binds);
}

QString RosterQuery::rowsByIdsSql(qsizetype count)
{
    return QStringLiteral("SELECT ") + selectColumns()
        + QStringLiteral(" FROM creators c LEFT JOIN categories cat ON cat.id = c.primary_category_id WHERE c.id IN (")
        + placeholders(count) + QLatin1Char(')');
}

RosterRow RosterQuery::readRow(const QSqlQuery &q)
{
    RosterRow r;
    r.id = q.value(0).toLongLong();
    r.handle = q.value(1).toString();
    r.nickname = q.value(2).toString();
    r.tierOverride = q.value(3).toString();
    r.followers = q.value(4).isNull() ? QVariant() : QVariant(q.value(4).toLongLong());
    r.categoryZh = q.value(5).toString();
    r.categoryEn = q.value(6).toString();
    r.city = q.value(7).toString();
    r.status = q.value(8).toString();
    r.owner = q.value(9).toString();
    r.hasAgency = q.value(10).toInt() != 0;
    r.agencyName = q.value(11).toString();
    r.priceImageFen = q.value(12).isNull() ? QVariant() : QVariant(q.value(12).toLongLong());
    r.priceVideoFen = q.value(13).isNull() ? QVariant() : QVariant(q.value(13).toLongLong());
    r.engagementRate = q.value(14).isNull() ? QVariant() : QVariant(q.value(14).toDouble());
    r.brandFit = q.value(15).isNull() ? QVariant() : QVariant(q.value(15).toDouble());
    r.reliability = q.value(16).isNull() ? QVariant() : QVariant(q.value(16).toDouble());
    r.firstContactOn = q.value(17).toString();
    r.updatedAt = q.value(18).toString();
    r.doNotContact = q.value(19).toInt() != 0;
    return r;
}

} // namespace rr
