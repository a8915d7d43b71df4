// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CampaignTypes.h"

namespace rr {

namespace {
template <typename E, size_t N>
std::optional<E> fromKey(const std::array<E, N> &all, const QString &key)
{
    for (E e : all) {
        if (CampaignText::key(e) == key)
            return e;
    }
    return std::nullopt;
}
} // namespace

QString CampaignText::key(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Planning: return QStringLiteral("planning");
    case CampaignStatus::Live: return QStringLiteral("live");
    case CampaignStatus::Closed: return QStringLiteral("closed");
    }
    return {};
}

std::optional<CampaignStatus> CampaignText::statusFromKey(const QString &key)
{
    return fromKey(allCampaignStatuses, key);
}

QString CampaignText::label(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Planning: return tr("Planning");
    case CampaignStatus::Live: return tr("Live");
    case CampaignStatus::Closed: return tr("Closed");
    }
    return {};
}

QString CampaignText::key(CollaborationStatus status)
{
    switch (status) {
    case CollaborationStatus::Planned: return QStringLiteral("planned");
    case CollaborationStatus::Briefed: return QStringLiteral("briefed");
    case CollaborationStatus::InProgress: return QStringLiteral("in_progress");
    case CollaborationStatus::Delivered: return QStringLiteral("delivered");
    case CollaborationStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<CollaborationStatus> CampaignText::collaborationStatusFromKey(const QString &key)
{
    return fromKey(allCollaborationStatuses, key);
}

QString CampaignText::label(CollaborationStatus status)
{
    switch (status) {
    case CollaborationStatus::Planned: return tr("Planned");
    case CollaborationStatus::Briefed: return tr("Briefed");
    case CollaborationStatus::InProgress: return tr("In progress");
    case CollaborationStatus::Delivered: return tr("Delivered");
    case CollaborationStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString CampaignText::key(Renewal renewal)
{
    switch (renewal) {
    case Renewal::Yes: return QStringLiteral("yes");
    case Renewal::No: return QStringLiteral("no");
    case Renewal::Maybe: return QStringLiteral("maybe");
    }
    return {};
}

std::optional<Renewal> CampaignText::renewalFromKey(const QString &key)
{
    return fromKey(allRenewals, key);
}

QString CampaignText::label(Renewal renewal)
{
    switch (renewal) {
    case Renewal::Yes: return tr("Yes", "renewal interest");
    case Renewal::No: return tr("No", "renewal interest");
    case Renewal::Maybe: return tr("Maybe", "renewal interest");
    }
    return {};
}

QString metricColumn(MetricField field)
{
    switch (field) {
    case MetricField::Views: return QStringLiteral("views");
    case MetricField::Likes: return QStringLiteral("likes");
    case MetricField::Comments: return QStringLiteral("comments");
    case MetricField::Saves: return QStringLiteral("saves");
    case MetricField::Shares: return QStringLiteral("shares");
    case MetricField::Clicks: return QStringLiteral("clicks");
    }
    return {};
}

QString metricLabel(MetricField field)
{
    switch (field) {
    case MetricField::Views: return CampaignText::tr("Views");
    case MetricField::Likes: return CampaignText::tr("Likes");
    case MetricField::Comments: return CampaignText::tr("Comments");
    case MetricField::Saves: return CampaignText::tr("Saves");
    case MetricField::Shares: return CampaignText::tr("Shares");
    case MetricField::Clicks: return CampaignText::tr("Clicks");
    }
    return {};
}

std::optional<qint64> metricValue(const PostCounts &counts, MetricField field)
{
    switch (field) {
    case MetricField::Views: return counts.views;
    case MetricField::Likes: return counts.likes;
    case MetricField::Comments: return counts.comments;
    case MetricField::Saves: return counts.saves;
    case MetricField::Shares: return counts.shares;
    case MetricField::Clicks: return counts.clicks;
    }
    return std::nullopt;
}

void setMetricValue(PostCounts &counts, MetricField field, std::optional<qint64> value)
{
    switch (field) {
    case MetricField::Views: counts.views = value; break;
    case MetricField::Likes: counts.likes = value; break;
    case MetricField::Comments: counts.comments = value; break;
    case MetricField::Saves: counts.saves = value; break;
    case MetricField::Shares: counts.shares = value; break;
    case MetricField::Clicks: counts.clicks = value; break;
    }
}

} // namespace rr
