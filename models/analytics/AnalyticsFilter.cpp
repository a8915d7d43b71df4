// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/AnalyticsFilter.h"

namespace rr {

namespace {

template<typename T, typename ToVariant>
void inList(QString *sql, QVariantList *binds, const QString &column, const QList<T> &values, ToVariant toVariant)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const T &v : values) {
        marks << QStringLiteral("?");
        binds->append(toVariant(v));
    }
    *sql += QStringLiteral(" AND %1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
}

} // namespace

QString AnalyticsFilter::conditions(QVariantList *binds) const
{
    // Column names are fixed here; only values are bound.
    QString sql;
    if (from.isValid()) {
        sql += QStringLiteral(" AND f.day >= ?");
        binds->append(from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND f.day <= ?");
        binds->append(to.toString(Qt::ISODate));
    }
    const auto id = [](qint64 v) { return QVariant(v); };
    inList(&sql, binds, QStringLiteral("f.campaign_id"), campaignIds, id);
    if (objective) {
        sql += QStringLiteral(" AND f.objective = ?");
        binds->append(ObjectiveText::key(*objective));
    }
    inList(&sql, binds, QStringLiteral("f.tier"), tiers, [](Tier t) { return QVariant(TierText::key(t)); });
    inList(&sql, binds, QStringLiteral("f.category_id"), categoryIds, id);
    inList(&sql, binds, QStringLiteral("f.owner"), owners, [](const QString &o) { return QVariant(o); });
    inList(&sql, binds, QStringLiteral("f.creator_id"), creatorIds, id);
    if (!tagIds.isEmpty()) {
        QString tags;
        QVariantList tagBinds;
        inList(&tags, &tagBinds, QStringLiteral("ct.tag_id"), tagIds, id);
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM creator_tags ct WHERE ct.creator_id = f.creator_id%1)").arg(tags);
        binds->append(tagBinds);
    }
    return sql;
}

} // namespace rr
