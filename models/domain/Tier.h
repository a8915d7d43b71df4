// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>

namespace rr {

// Creator tiers, from the largest audience down. The tier is derived from the latest follower
// count through thresholds that are a setting; a manual override may exist and is marked as such.
enum class Tier { Mega, Mid, Micro, Koc };
inline constexpr std::array<Tier, 4> allTiers{Tier::Mega, Tier::Mid, Tier::Micro, Tier::Koc};

// Minimum followers for each tier above KOC. Defaults from the source article.
struct TierThresholds
{
    qint64 mega = 500000;
    qint64 mid = 50000;
    qint64 micro = 10000;

    bool isValid() const { return micro > 0 && micro < mid && mid < mega; }
    bool operator==(const TierThresholds &) const = default;

    Tier tierFor(qint64 followers) const;
    // Follower range [low, high) that a tier covers; high is nullopt for Mega.
    qint64 lowerBound(Tier tier) const;
    std::optional<qint64> upperBound(Tier tier) const;
};

class TierText
{
    Q_DECLARE_TR_FUNCTIONS(rr::TierText)
public:
    static QString key(Tier tier);                      // stable storage key: mega, mid, micro, koc
    static std::optional<Tier> fromKey(const QString &key);
    static QString label(Tier tier);                    // translated, e.g. "Mid-tier KOL" / 腰部博主
};

} // namespace rr
