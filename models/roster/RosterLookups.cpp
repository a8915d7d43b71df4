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

QStringList distinctValues(const Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return out;
    while (q.next()) {
        const QString v = q.value(0).toString();
        if (!v.isEmpty())
            out << v;
    }
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
    // Each of these reads one index in order.
    l.cities = distinctValues(db, QStringLiteral("SELECT DISTINCT city FROM creators WHERE city IS NOT NULL ORDER BY city"));
    l.owners = distinctValues(db, QStringLiteral("SELECT DISTINCT owner FROM creators WHERE owner IS NOT NULL ORDER BY owner"));
    l.agencies = distinctValues(db, QStringLiteral("SELECT DISTINCT agency_name FROM creators WHERE agency_name IS NOT NULL ORDER BY agency_name"));
    return l;
}

} // namespace rr
