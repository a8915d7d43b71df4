// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rr {

class Database;

struct CategoryInfo
{
    qint64 id = 0;
    QString key;
    QString nameZh;
    QString nameEn;
    // The name in the interface language (Chinese when the default locale is Chinese).
    QString displayName() const;
};

struct TagInfo
{
    qint64 id = 0;
    QString name;
};

// The values the roster's filters offer, read through indexes (distinct values of indexed
// columns), so they stay cheap with a million creators.
struct RosterLookups
{
    QList<CategoryInfo> categories;
    QList<TagInfo> tags;
    QStringList cities;
    QStringList owners;
    QStringList agencies;

    static RosterLookups load(const Database &db);
};

} // namespace rr
