// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreError.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace rr {

class Database;

// A creator found by the "Add creators…" dialog of the campaign screen.
struct CreatorHit
{
    qint64 id = 0;
    QString nickname;
    QString handle;
    std::optional<qint64> followers;
    std::optional<qint64> priceImageFen; // rate card 图文报价
    std::optional<qint64> priceVideoFen; // rate card 视频报价
};

// Finds creators by nickname or XHS ID (any part, case-insensitive) through the indexed
// creators.search_text with a bound LIKE pattern. An exact handle comes first. At most `limit`
// rows, so a million creators answer as fast as the first matches are found.
class CreatorSearch
{
public:
    static constexpr int kDefaultLimit = 50;
    static QList<CreatorHit> find(const Database &db, const QString &text, int limit = kDefaultLimit,
                                  StoreError *error = nullptr);
    // Creators already collaborating on the campaign.
    static QSet<qint64> inCampaign(const Database &db, qint64 campaignId, StoreError *error = nullptr);
};

} // namespace rr
