// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/RosterLookups.h"

#include "store/Database.h"

#include <QLocale>
#include <QSqlQuery>

namespace rr {

QString CategoryInfo::displayName() const
{
    return QLocale().language() == QLocale::Chinese ? nameZh : nameEn;
}

namespace {

// Distinct non-empty values of an indexed creators column by skipping through its index (a
// "loose index scan"): one index seek per distinct value, however many creators there are.
// `column` comes from the fixed list in load(), never from input.
QStringList distinctValues(const Database &db, const QString &column)
{
    QStringList out;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "WITH RECURSIVE d(v) AS (SELECT min(%1) FROM creators WHERE %1 > '' "
        "UNION ALL SELECT (SELECT min(%1) FROM creators WHERE %1 > d.v) FROM d WHERE d.v IS NOT NULL) "
        "SELECT v FROM d WHERE v IS NOT NULL").arg(column);
    if (!q.exec(sql))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

RosterLookups RosterLookups::load(const Database &db)
{
    RosterLookups l;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, key, name_zh, name_en FROM categories ORDER BY sort_order, id"))) {
        while (q.next())
            l.categories.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString()});
    }
    if (q.exec(QStringLiteral("SELECT id, name FROM tags ORDER BY name"))) {
        while (q.next())
            l.tags.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    l.cities = distinctValues(db, QStringLiteral("city"));
    l.owners = distinctValues(db, QStringLiteral("owner"));
    l.agencies = distinctValues(db, QStringLiteral("agency_name"));
    return l;
}

} // namespace rr
