// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportLabels.h"

#include "report/ReportText.h"

namespace rr::ReportLabels {

QString objective(Objective objective, const ReportText &t)
{
    switch (objective) {
    case Objective::Awareness: return t.translate("rr::Report", "Awareness");
    case Objective::Conversion: return t.translate("rr::Report", "Conversion");
    case Objective::Seeding: return t.translate("rr::Report", "Seeding (种草)");
    }
    return {};
}

QString tier(Tier tier, const ReportText &t)
{
    switch (tier) {
    case Tier::Mega: return t.translate("rr::Report", "Mega KOL");
    case Tier::Mid: return t.translate("rr::Report", "Mid-tier KOL");
    case Tier::Micro: return t.translate("rr::Report", "Micro KOL");
    case Tier::Koc: return t.translate("rr::Report", "KOC");
    }
    return {};
}

QString campaignStatus(CampaignStatus s, const ReportText &t)
{
    switch (s) {
    case CampaignStatus::Planning: return t.translate("rr::Report", "Planning");
    case CampaignStatus::Live: return t.translate("rr::Report", "Live");
    case CampaignStatus::Closed: return t.translate("rr::Report", "Closed");
    }
    return {};
}

QString kpi(Kpi k, const ReportText &t)
{
    switch (k) {
    case Kpi::Spend: return t.translate("rr::Report", "Spend");
    case Kpi::Budget: return t.translate("rr::Report", "Budget");
    case Kpi::SpendOfBudget: return t.translate("rr::Report", "Spend of budget");
    case Kpi::Views: return t.translate("rr::Report", "Views");
    case Kpi::Engagements: return t.translate("rr::Report", "Engagements");
    case Kpi::EngagementRate: return t.translate("rr::Report", "Engagement rate");
    case Kpi::Saves: return t.translate("rr::Report", "Saves");
    case Kpi::SaveRate: return t.translate("rr::Report", "Save rate");
    case Kpi::Clicks: return t.translate("rr::Report", "Clicks");
    case Kpi::Cpe: return t.translate("rr::Report", "CPE (cost per engagement)");
    case Kpi::Cpm: return t.translate("rr::Report", "CPM (cost per 1,000 views)");
    case Kpi::Cpr: return t.translate("rr::Report", "Cost per view");
    case Kpi::Cpc: return t.translate("rr::Report", "CPC (cost per click)");
    case Kpi::Delivered: return t.translate("rr::Report", "Posts delivered");
    }
    return {};
}

QString status(Status s, const ReportText &t)
{
    switch (s) {
    case Status::Prospect: return t.translate("rr::Report", "Prospect");
    case Status::OutreachSent: return t.translate("rr::Report", "Outreach sent");
    case Status::Negotiating: return t.translate("rr::Report", "Negotiating");
    case Status::ActivePartner: return t.translate("rr::Report", "Active partner");
    case Status::Paused: return t.translate("rr::Report", "Paused");
    case Status::Declined: return t.translate("rr::Report", "Declined");
    }
    return {};
}

} // namespace rr::ReportLabels
