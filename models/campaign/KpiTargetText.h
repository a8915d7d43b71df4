// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignKpis.h"
#include "import/ValueParser.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace rr {

// A KPI target as people type and read it: money in yuan (¥0.80, 0.8元, 1.2万), ratios as
// percentages (4.5%, or 0.045 as a fraction) and counts (120000, 12万, 120K). GUI-free, so the
// campaign screen's dialog and the report say a target the same way.
class KpiTargetText
{
    Q_DECLARE_TR_FUNCTIONS(rr::KpiTargetText)
public:
    // "¥0.80", "4.50%", "120,000" in `locale`'s digits and separators.
    static QString display(Kpi kpi, double target, const QLocale &locale);
    // The text an input field starts with; parse() reads it back to the same value.
    static QString editText(Kpi kpi, double target);
    // Empty text is State::Empty (no target); a negative or unreadable value is Invalid with a
    // translated note saying what was expected.
    static Parsed<double> parse(Kpi kpi, const QString &text);
    // What an input of this KPI expects, for placeholders and messages: "¥, e.g. 0.80".
    static QString expected(Kpi kpi);
};

} // namespace rr
