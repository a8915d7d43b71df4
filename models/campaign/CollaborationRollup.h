// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"
#include "store/StoreError.h"

#include <QList>

#include <optional>

namespace rr {

class Database;

// One rated (or not yet rated) collaboration of a creator, for the creator's history.
struct RatingHistoryEntry
{
    qint64 collaborationId = 0;
    qint64 campaignId = 0;
    QString campaignName;
    QDate campaignStart;
    CollaborationRating rating;
};

struct CreatorRollup
{
    std::optional<double> brandFit;    // average of the rated collaborations, unknown when none
    std::optional<double> reliability;
    int brandFitCount = 0;
    int reliabilityCount = 0;
    QList<RatingHistoryEntry> history; // every collaboration, the latest campaign first
};

// How a creator's collaborations went, rolled up onto the creator (issue 4 §3).
class CollaborationRollup
{
public:
    static std::optional<CreatorRollup> load(const Database &db, qint64 creatorId, StoreError *error = nullptr);
    // Writes the averages into creators.brand_fit / creators.reliability (NULL when nothing is
    // rated) and bumps the creator's version so an open editor notices. Runs inside the caller's
    // transaction.
    static bool writeAverages(const Database &db, qint64 creatorId, StoreError *error = nullptr);
};

} // namespace rr
