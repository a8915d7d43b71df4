// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"
#include "domain/Metrics.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rr {

enum class Kpi {
    Spend,         // sum of collaboration fees (yuan)
    Budget,        // yuan
    SpendOfBudget, // spend / budget
    Views,
    Engagements,
    EngagementRate,
    Saves,
    SaveRate,
    Clicks,
    Cpe,           // yuan per engagement
    Cpm,           // yuan per 1000 views
    Cpr,           // yuan per view
    Cpc,           // yuan per click
    Delivered      // delivered / contracted posts
};

// How a KPI's value (and target) is measured: money in yuan, ratios as 0-1, counts.
enum class KpiUnit { Money, Ratio, Count };

// What went into the KPIs of one campaign.
struct KpiInput
{
    std::optional<qint64> budgetFen;
    QList<std::optional<qint64>> feesFen;           // one per collaboration
    QList<std::optional<PostCounts>> latestPerPost; // one per post: its latest snapshot, none if unmeasured
    int contracted = 0;
    int delivered = 0;
};

// The KPIs of a campaign: totals are the sum of each post's LATEST snapshot; spend is the sum of
// the collaboration fees. Unknown stays unknown: a total is unknown when any measured post lacks
// that count, spend is unknown when any fee is unknown, and a ratio of unknowns (or over zero)
// is unknown. Posts without any snapshot are left out of the totals and counted in unmeasuredPosts.
class CampaignKpis
{
    Q_DECLARE_TR_FUNCTIONS(rr::CampaignKpis)
public:
    CampaignKpis() = default;
    static CampaignKpis compute(const KpiInput &input, const Metrics &metrics = Metrics());

    std::optional<double> value(Kpi kpi) const;
    std::optional<qint64> spendFen() const { return m_spendFen; }
    const PostCounts &totals() const { return m_totals; }
    int postCount() const { return m_posts; }
    int unmeasuredPosts() const { return m_unmeasured; }
    int contracted() const { return m_contracted; }
    int delivered() const { return m_delivered; }

    // The KPIs that fit an objective, its own first (awareness: views, CPM, CPR; conversion:
    // clicks, CPC, saves, save rate; seeding: engagements, CPE, engagement rate), then the rest.
    static QList<Kpi> kpisFor(Objective objective);
    // The leading KPIs of an objective only.
    static QList<Kpi> headlineKpis(Objective objective);
    static QString label(Kpi kpi);
    // Stable text key of a KPI (stored in campaign_targets.kpi), e.g. "cpe"; the whitelist.
    static QString key(Kpi kpi);
    static std::optional<Kpi> kpiFromKey(const QString &key);
    static KpiUnit unit(Kpi kpi);
    // Costs (spend, budget, spend of budget, CPE, CPM, CPR, CPC): a target is met at or below it.
    static bool lowerIsBetter(Kpi kpi);
    // Whether `actual` meets `target` (see lowerIsBetter()).
    static bool meets(Kpi kpi, double actual, double target);
    // "—" for unknown; money with ¥, ratios as percentages, counts grouped.
    QString formatted(Kpi kpi) const;

private:
    std::optional<qint64> m_budgetFen;
    std::optional<qint64> m_spendFen;
    PostCounts m_totals;
    std::optional<qint64> m_engagements;
    Metrics m_metrics;
    int m_posts = 0;
    int m_unmeasured = 0;
    int m_contracted = 0;
    int m_delivered = 0;
};

} // namespace rr
