// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace rr {

// The four bad-input rules of issue 4. Nothing is silently accepted or silently dropped: each
// rule returns a translated reason, and the rule decides what happens to the value:
//  - MetricDecreased: ACCEPTED and flagged. Platforms do lower counters (removed fake likes,
//    deleted comments), so the reading is kept as typed; the table marks the cell with the reason.
//  - PostOutsideCampaign, NegativeFee, OverDelivered: REFUSED with the reason; nothing is written.
//    A post dated outside its campaign is almost always a typo or a post of another campaign; a
//    fee cannot be negative; a bonus post means raising the contracted count first.
struct InputFlag
{
    enum class Rule { MetricDecreased, PostOutsideCampaign, NegativeFee, OverDelivered };
    Rule rule = Rule::MetricDecreased;
    QString reason; // translated, names the value and what it was compared with

    bool refuses() const { return rule != Rule::MetricDecreased; }
};

class InputFlags
{
    Q_DECLARE_TR_FUNCTIONS(rr::InputFlags)
public:
    // `value` lower than the same field of the previous snapshot (by date) of the same post.
    static std::optional<InputFlag> metricDecrease(MetricField field, std::optional<qint64> value,
                                                   std::optional<qint64> previous, const QDate &previousAsOf);
    // A publication date before the campaign's start or after its end (open ends are not checked).
    static std::optional<InputFlag> postDate(const QDate &publishedOn, const QDate &campaignStart,
                                             const QDate &campaignEnd);
    static std::optional<InputFlag> fee(std::optional<qint64> feeFen);
    static std::optional<InputFlag> delivered(int delivered, int contracted);
};

} // namespace rr
