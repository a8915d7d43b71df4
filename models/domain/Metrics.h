// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Tier.h"

#include <QtGlobal>

#include <optional>

namespace rr {

// Raw counts of one post (or a sum of posts). A count that was never recorded is nullopt,
// which is not the same as zero.
struct PostCounts
{
    std::optional<qint64> views;
    std::optional<qint64> likes;
    std::optional<qint64> comments;
    std::optional<qint64> saves;
    std::optional<qint64> shares;
    std::optional<qint64> clicks;
};

// a + b per count, each unknown when either side is (totals over posts).
PostCounts addCounts(const PostCounts &a, const PostCounts &b);

struct MetricSettings
{
    bool sharesCountAsEngagement = false; // domain default: likes + comments + saves
    qint64 viralEngagements = 1000;       // 爆文 threshold
    TierThresholds tiers;
};

// Every derived figure of the domain notes in one place. A ratio whose numerator or denominator
// is unknown, or whose denominator is zero, is nullopt ("unknown", shown as "—"): never 0 or inf.
// Money is in fen (CNY cents); cost-per figures are returned in yuan.
class Metrics
{
public:
    explicit Metrics(MetricSettings settings = {}) : m_settings(settings) {}

    const MetricSettings &settings() const { return m_settings; }

    Tier tier(qint64 followers) const { return m_settings.tiers.tierFor(followers); }

    // likes + comments + saves (+ shares). Unknown when any required part is unknown.
    std::optional<qint64> engagements(const PostCounts &c) const;
    std::optional<double> engagementRate(const PostCounts &c) const; // engagements / views
    std::optional<double> saveRate(const PostCounts &c) const;       // saves / views
    std::optional<double> likesPerSave(const PostCounts &c) const;   // 赞藏比 (note level)
    bool isViral(const PostCounts &c) const;

    // Cost-per figures, cost in fen, result in yuan.
    std::optional<double> cpe(std::optional<qint64> costFen, const PostCounts &c) const;
    std::optional<double> cpm(std::optional<qint64> costFen, const PostCounts &c) const;
    std::optional<double> cpr(std::optional<qint64> costFen, const PostCounts &c) const;
    std::optional<double> cpc(std::optional<qint64> costFen, const PostCounts &c) const;

    // numerator / denominator with the unknown rule applied.
    static std::optional<double> ratio(std::optional<double> numerator,
                                       std::optional<double> denominator);

private:
    MetricSettings m_settings;
};

} // namespace rr
