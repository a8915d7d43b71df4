// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace rr {

// Columns of the roster table, by name: never a bare integer in code that uses them.
enum class RosterColumn {
    Handle,
    Nickname,
    Tier,
    Followers,
    Category,
    City,
    Status,
    Owner,
    Agency,
    PriceImage,
    PriceVideo,
    EngagementRate,
    BrandFit,
    Reliability,
    FirstContact,
    Updated,
    Count // number of columns, not a column
};

inline constexpr int rosterColumnCount = static_cast<int>(RosterColumn::Count);
inline constexpr int toInt(RosterColumn c) { return static_cast<int>(c); }

class RosterColumnText
{
    Q_DECLARE_TR_FUNCTIONS(rr::RosterColumnText)
public:
    static QString title(RosterColumn column);  // translated header
    static QString key(RosterColumn column);    // stable key for settings
    // Columns a fresh window shows; the others are offered in the column chooser.
    static bool visibleByDefault(RosterColumn column);
};

// Extra item roles of the roster model.
enum RosterRole {
    CreatorIdRole = Qt::UserRole + 1, // qint64 id of the row's creator
    SortValueRole,                    // raw value (followers as number, prices in fen, ...)
    LoadedRole                        // bool: the row's data has arrived from the store
};

} // namespace rr
