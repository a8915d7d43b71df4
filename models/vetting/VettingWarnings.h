// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Tier.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace rr {

class Database;

// Median of creators' stated average engagement rate per tier, over the whole store, read in
// one SQL statement (window functions, four result rows). Compute once and reuse for many
// creators: at a million creators this is the expensive part.
class TierMedians
{
public:
    TierMedians() = default;
    // Tier per creator: tier_override when set, else from followers through `thresholds`;
    // creators with neither, or without a rate, are left out.
    static std::optional<TierMedians> compute(const Database &db, const TierThresholds &thresholds,
                                              StoreError *error = nullptr);

    std::optional<double> median(Tier tier) const { return m_median[index(tier)]; }
    qint64 sampleSize(Tier tier) const { return m_count[index(tier)]; }
    void set(Tier tier, std::optional<double> median, qint64 count)
    {
        m_median[index(tier)] = median;
        m_count[index(tier)] = count;
    }

private:
    static std::size_t index(Tier tier) { return static_cast<std::size_t>(tier); }
    std::array<std::optional<double>, 4> m_median{};
    std::array<qint64, 4> m_count{};
};

struct VettingWarningSettings
{
    double lowEngagementRatio = 0.5; // warn below this share of the tier median
    double jumpPercent = 50.0;       // warn when followers rise by more than this…
    int jumpWithinDays = 30;         // …between consecutive snapshots at most this many days apart
    TierThresholds tiers;
};

struct FollowerPoint
{
    QDate asOf;
    qint64 followers = 0;
};

// A computed fake-follower signal, with the numbers behind it and a translated sentence.
struct VettingWarning
{
    enum class Kind { LowEngagement, FollowerJump };
    Kind kind = Kind::LowEngagement;
    QString text;
    // LowEngagement
    Tier tier = Tier::Koc;
    double rate = 0;
    double tierMedian = 0;
    // FollowerJump
    QDate fromDate;
    QDate toDate;
    qint64 fromFollowers = 0;
    qint64 toFollowers = 0;
    double risePercent = 0;
};

class VettingWarnings
{
    Q_DECLARE_TR_FUNCTIONS(rr::VettingWarnings)
public:
    explicit VettingWarnings(const Database &db, VettingWarningSettings settings = {});

    const VettingWarningSettings &settings() const { return m_settings; }
    // Medians are computed on first use and kept; call after bulk edits to recompute.
    void invalidateMedians() { m_medians.reset(); }
    // Uses these medians instead of computing them (shared between panels).
    void setMedians(const TierMedians &medians) { m_medians = medians; }
    const TierMedians *medians(StoreError *error = nullptr);

    // Every warning for one creator, low engagement first, jumps in date order.
    QList<VettingWarning> forCreator(qint64 creatorId, StoreError *error = nullptr);

    // The rules on their own, for any source of numbers.
    static std::optional<VettingWarning> lowEngagement(Tier tier, double rate, std::optional<double> tierMedian,
                                                       double ratio);
    // `points` in date order.
    static QList<VettingWarning> followerJumps(const QList<FollowerPoint> &points, double percent, int withinDays);

private:
    const Database &m_db;
    VettingWarningSettings m_settings;
    std::optional<TierMedians> m_medians;
};

} // namespace rr
