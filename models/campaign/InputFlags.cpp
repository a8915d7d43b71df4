// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/InputFlags.h"

#include "domain/NumberFormat.h"

#include <QLocale>

namespace rr {

std::optional<InputFlag> InputFlags::metricDecrease(MetricField field, std::optional<qint64> value,
                                                    std::optional<qint64> previous, const QDate &previousAsOf)
{
    if (!value || !previous || *value >= *previous)
        return std::nullopt;
    const QLocale locale;
    return InputFlag{InputFlag::Rule::MetricDecreased,
                     tr("%1 %2 is lower than %3 on %4 (kept as entered)")
                         .arg(metricLabel(field), locale.toString(*value), locale.toString(*previous),
                              NumberFormat::date(previousAsOf, locale))};
}

std::optional<InputFlag> InputFlags::postDate(const QDate &publishedOn, const QDate &campaignStart,
                                              const QDate &campaignEnd)
{
    if (!publishedOn.isValid())
        return std::nullopt;
    if (campaignStart.isValid() && publishedOn < campaignStart)
        return InputFlag{InputFlag::Rule::PostOutsideCampaign,
                         tr("Published %1, before the campaign starts on %2")
                             .arg(NumberFormat::date(publishedOn, QLocale()), NumberFormat::date(campaignStart, QLocale()))};
    if (campaignEnd.isValid() && publishedOn > campaignEnd)
        return InputFlag{InputFlag::Rule::PostOutsideCampaign,
                         tr("Published %1, after the campaign ends on %2")
                             .arg(NumberFormat::date(publishedOn, QLocale()), NumberFormat::date(campaignEnd, QLocale()))};
    return std::nullopt;
}

std::optional<InputFlag> InputFlags::fee(std::optional<qint64> feeFen)
{
    if (!feeFen || *feeFen >= 0)
        return std::nullopt;
    return InputFlag{InputFlag::Rule::NegativeFee,
                     tr("A fee cannot be negative (%1)").arg(QLocale().toString(double(*feeFen) / 100.0, 'f', 2))};
}

std::optional<InputFlag> InputFlags::delivered(int delivered, int contracted)
{
    if (delivered <= contracted)
        return std::nullopt;
    return InputFlag{InputFlag::Rule::OverDelivered,
                     tr("%1 delivered but only %2 contracted: raise the contracted count first")
                         .arg(delivered).arg(contracted)};
}

} // namespace rr
