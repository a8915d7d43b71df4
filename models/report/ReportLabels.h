// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignKpis.h"
#include "campaign/CampaignTypes.h"
#include "domain/Status.h"
#include "domain/Tier.h"

#include <QString>

namespace rr {

class ReportText;

// The report's own words for the domain's enums, in the report's language (ReportText), which
// may differ from the interface's: the labels of the screens (TierText, ObjectiveText, ...) follow
// the interface.
namespace ReportLabels {

QString objective(Objective objective, const ReportText &text);
QString tier(Tier tier, const ReportText &text);
QString campaignStatus(CampaignStatus status, const ReportText &text);
QString kpi(Kpi kpi, const ReportText &text);
// A creator's pipeline status (Prospect, Outreach sent, ...).
QString status(Status status, const ReportText &text);

} // namespace ReportLabels

} // namespace rr
