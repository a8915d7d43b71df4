// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/RosterColumns.h"

namespace rr {

QString RosterColumnText::title(RosterColumn column)
{
    switch (column) {
    case RosterColumn::Handle: return tr("Handle");
    case RosterColumn::Nickname: return tr("Nickname");
    case RosterColumn::Tier: return tr("Tier");
    case RosterColumn::Followers: return tr("Followers");
    case RosterColumn::Category: return tr("Category");
    case RosterColumn::City: return tr("City");
    case RosterColumn::Status: return tr("Status");
    case RosterColumn::Owner: return tr("Owner");
    case RosterColumn::Agency: return tr("Agency / MCN");
    case RosterColumn::PriceImage: return tr("Image-note price");
    case RosterColumn::PriceVideo: return tr("Video-note price");
    case RosterColumn::EngagementRate: return tr("Engagement rate");
    case RosterColumn::BrandFit: return tr("Brand fit");
    case RosterColumn::Reliability: return tr("Reliability");
    case RosterColumn::FirstContact: return tr("First contact");
    case RosterColumn::Updated: return tr("Updated");
    case RosterColumn::Count: break;
    }
    return {};
}

QString RosterColumnText::key(RosterColumn column)
{
    switch (column) {
    case RosterColumn::Handle: return QStringLiteral("handle");
    case RosterColumn::Nickname: return QStringLiteral("nickname");
    case RosterColumn::Tier: return QStringLiteral("tier");
    case RosterColumn::Followers: return QStringLiteral("followers");
    case RosterColumn::Category: return QStringLiteral("category");
    case RosterColumn::City: return QStringLiteral("city");
    case RosterColumn::Status: return QStringLiteral("status");
    case RosterColumn::Owner: return QStringLiteral("owner");
    case RosterColumn::Agency: return QStringLiteral("agency");
    case RosterColumn::PriceImage: return QStringLiteral("price_image");
    case RosterColumn::PriceVideo: return QStringLiteral("price_video");
    case RosterColumn::EngagementRate: return QStringLiteral("engagement_rate");
    case RosterColumn::BrandFit: return QStringLiteral("brand_fit");
    case RosterColumn::Reliability: return QStringLiteral("reliability");
    case RosterColumn::FirstContact: return QStringLiteral("first_contact");
    case RosterColumn::Updated: return QStringLiteral("updated");
    case RosterColumn::Count: break;
    }
    return {};
}

bool RosterColumnText::visibleByDefault(RosterColumn column)
{
    switch (column) {
    case RosterColumn::Agency:
    case RosterColumn::PriceVideo:
    case RosterColumn::Reliability:
    case RosterColumn::FirstContact:
    case RosterColumn::Updated:
        return false;
    default:
        return true;
    }
}

} // namespace rr
