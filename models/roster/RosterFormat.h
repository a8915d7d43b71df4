// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Tier.h"
#include "roster/RosterColumns.h"
#include "roster/RosterQuery.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

namespace rr {

// How the roster shows a row's values to people, and the raw values behind them.
class RosterFormat
{
    Q_DECLARE_TR_FUNCTIONS(rr::RosterFormat)
public:
    static QVariant display(const RosterRow &row, RosterColumn column, const TierThresholds &thresholds);
    static QVariant raw(const RosterRow &row, RosterColumn column, const TierThresholds &thresholds);
    static QVariant sortValue(const RosterRow &row, RosterColumn column, const TierThresholds &thresholds);
    static QString toolTip(const RosterRow &row, RosterColumn column);
    static bool isNumeric(RosterColumn column);

    static std::optional<Tier> tierOf(const RosterRow &row, const TierThresholds &thresholds);
    static QString money(const QVariant &fen);   // "¥2,000" / "¥1,234.50", unknown "—"
    static QString unknown();                    // "—"
    static bool chineseNames();                  // category names in Chinese for this locale
};

} // namespace rr
