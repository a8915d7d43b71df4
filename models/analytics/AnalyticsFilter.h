// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Status.h"
#include "domain/Tier.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace rr {

// What the analytics look at: posts (with their latest metric snapshot) narrowed by date,
// campaign, objective, tier, category, tag, owner or chosen creators. Empty lists mean "all".
struct AnalyticsFilter
{
    QDate from;                       // published on or after (inclusive)
    QDate to;                         // published on or before (inclusive)
    QList<qint64> campaignIds;
    std::optional<Objective> objective;
    QList<Tier> tiers;
    QList<qint64> categoryIds;        // the creator's primary category
    QList<qint64> tagIds;             // the creator carries any of these tags
    QStringList owners;               // the creator's owner
    QList<qint64> creatorIds;

    bool operator==(const AnalyticsFilter &) const = default;

    // " AND …" conditions over the post facts aliased `f` (f.day, f.campaign_id, f.objective,
    // f.tier, f.category_id, f.owner, f.creator_id), appending the bound values in order.
    QString conditions(QVariantList *binds) const;
};

} // namespace rr
