// SPDX-License-Identifier: GPL-3.0-or-later
// The stable keys of the KPIs (campaign_targets.kpi), their units and which way is better.
#include "campaign/CampaignKpis.h"

#include <iterator>

namespace rr {

namespace {

struct KeyOf
{
    Kpi kpi;
    const char *key;
};

constexpr KeyOf keys[] = {
    {Kpi::Spend, "spend"},
    {Kpi::Budget, "budget"},
    {Kpi::SpendOfBudget, "spend_of_budget"},
    {Kpi::Views, "views"},
    {Kpi::Engagements, "engagements"},
    {Kpi::EngagementRate, "engagement_rate"},
    {Kpi::Saves, "saves"},
    {Kpi::SaveRate, "save_rate"},
    {Kpi::Clicks, "clicks"},
    {Kpi::Cpe, "cpe"},
    {Kpi::Cpm, "cpm"},
    {Kpi::Cpr, "cpr"},
    {Kpi::Cpc, "cpc"},
    {Kpi::Delivered, "delivered"},
};

} // namespace

QString CampaignKpis::key(Kpi kpi)
{
    for (const KeyOf &k : keys) {
        if (k.kpi == kpi)
            return QString::fromLatin1(k.key);
    }
    return {};
}

std::optional<Kpi> CampaignKpis::kpiFromKey(const QString &key)
{
    for (const KeyOf &k : keys) {
        if (key == QLatin1String(k.key))
            return k.kpi;
    }
    return std::nullopt;
}

KpiUnit CampaignKpis::unit(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Spend:
    case Kpi::Budget:
    case Kpi::Cpe:
    case Kpi::Cpm:
    case Kpi::Cpr:
    case Kpi::Cpc:
        return KpiUnit::Money;
    case Kpi::SpendOfBudget:
    case Kpi::EngagementRate:
    case Kpi::SaveRate:
    case Kpi::Delivered:
        return KpiUnit::Ratio;
    case Kpi::Views:
    case Kpi::Engagements:
    case Kpi::Saves:
    case Kpi::Clicks:
        return KpiUnit::Count;
    }
    return KpiUnit::Count;
}

bool CampaignKpis::lowerIsBetter(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Spend:
    case Kpi::Budget:
    case Kpi::SpendOfBudget:
    case Kpi::Cpe:
    case Kpi::Cpm:
    case Kpi::Cpr:
    case Kpi::Cpc:
        return true;
    default:
        return false;
    }
}

bool CampaignKpis::meets(Kpi kpi, double actual, double target)
{
    return lowerIsBetter(kpi) ? actual <= target : actual >= target;
}

} // namespace rr
