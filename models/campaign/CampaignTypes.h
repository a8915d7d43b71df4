// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Metrics.h"
#include "domain/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace rr {

// Value types of the campaign screen: one struct per table row. Money in fen, dates as QDate.

enum class CampaignStatus { Planning, Live, Closed };
inline constexpr std::array<CampaignStatus, 3> allCampaignStatuses{CampaignStatus::Planning, CampaignStatus::Live,
                                                                   CampaignStatus::Closed};

enum class CollaborationStatus { Planned, Briefed, InProgress, Delivered, Cancelled };
inline constexpr std::array<CollaborationStatus, 5> allCollaborationStatuses{
    CollaborationStatus::Planned, CollaborationStatus::Briefed, CollaborationStatus::InProgress,
    CollaborationStatus::Delivered, CollaborationStatus::Cancelled};

enum class Renewal { Yes, No, Maybe };
inline constexpr std::array<Renewal, 3> allRenewals{Renewal::Yes, Renewal::No, Renewal::Maybe};

// Storage keys and translated labels of the enums above.
class CampaignText
{
    Q_DECLARE_TR_FUNCTIONS(rr::CampaignText)
public:
    static QString key(CampaignStatus status);
    static std::optional<CampaignStatus> statusFromKey(const QString &key);
    static QString label(CampaignStatus status);

    static QString key(CollaborationStatus status);
    static std::optional<CollaborationStatus> collaborationStatusFromKey(const QString &key);
    static QString label(CollaborationStatus status);

    static QString key(Renewal renewal);
    static std::optional<Renewal> renewalFromKey(const QString &key);
    static QString label(Renewal renewal);
};

struct Campaign
{
    qint64 id = 0;
    int version = 0;
    QString name;
    QString brand;
    QString product;
    Objective objective = Objective::Awareness;
    QDate startsOn;
    QDate endsOn;
    std::optional<qint64> budgetFen;
    CampaignStatus status = CampaignStatus::Planning;
    QDate closedOn; // set when the campaign was closed; the one-week rule counts from here
    QString owner;
    QString notes;
};

// A contracted deliverable with its due date; delivered when it points at a post.
struct Deliverable
{
    qint64 id = 0;
    qint64 collaborationId = 0;
    ContentFormat format = ContentFormat::Image;
    QDate dueOn;
    qint64 postId = 0; // 0: not delivered yet

    friend bool operator==(const Deliverable &, const Deliverable &) = default;
};

// How a collaboration went (issue 4 §3): entered on the collaboration, rolled up onto the creator.
struct CollaborationRating
{
    std::optional<int> brandFit;    // 1..5
    std::optional<int> reliability; // 1..5
    std::optional<Renewal> renewal;
    QString renewalReason;
    std::optional<double> responseHours;
    QString pushbackNotes; // constructive push-back on briefs
    QString revisionNotes; // handling of revisions

    friend bool operator==(const CollaborationRating &, const CollaborationRating &) = default;
};

struct Collaboration
{
    qint64 id = 0;
    int version = 0;
    qint64 campaignId = 0;
    qint64 creatorId = 0;
    QString creatorName; // read-only: nickname (else handle) of the creator
    std::optional<qint64> feeFen;
    std::optional<ContentFormat> format;
    int contractedPosts = 1;
    int deliveredPosts = 0;
    QDate dueOn;
    CollaborationStatus status = CollaborationStatus::Planned;
    CollaborationRating rating;
    QString notes;
    QList<Deliverable> deliverables; // filled by CampaignRepository::collaborations()
};

struct Post
{
    qint64 id = 0;
    qint64 collaborationId = 0;
    qint64 creatorId = 0;
    QString url;
    QString title;
    ContentFormat format = ContentFormat::Image;
    QDate publishedOn;
};

// The countable fields of a snapshot, in column order.
enum class MetricField { Views, Likes, Comments, Saves, Shares, Clicks };
inline constexpr std::array<MetricField, 6> allMetricFields{MetricField::Views, MetricField::Likes,
                                                            MetricField::Comments, MetricField::Saves,
                                                            MetricField::Shares, MetricField::Clicks};
// Column name of a metric field (a whitelist: only these reach SQL text) and its label.
QString metricColumn(MetricField field);
QString metricLabel(MetricField field);
std::optional<qint64> metricValue(const PostCounts &counts, MetricField field);
void setMetricValue(PostCounts &counts, MetricField field, std::optional<qint64> value);

// One dated reading of a post's counters.
struct MetricSnapshot
{
    qint64 id = 0;
    qint64 postId = 0;
    QDate asOf;
    PostCounts counts;
    QString source = QStringLiteral("manual");
    bool isFinal = false;
};

} // namespace rr
