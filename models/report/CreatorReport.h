// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"
#include "campaign/CollaborationRollup.h"
#include "domain/Creator.h"
#include "domain/Metrics.h"
#include "domain/Tier.h"
#include "store/StoreError.h"
#include "vetting/VettingRepository.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rr {

class Database;
class ReportText;

// One collaboration of the creator with the sum of its posts' latest figures.
struct CreatorReportCollaboration
{
    qint64 collaborationId = 0;
    qint64 campaignId = 0;
    QString campaignName;
    QDate campaignStart;
    std::optional<qint64> feeFen;
    int contracted = 0;
    int delivered = 0;
    CollaborationStatus status = CollaborationStatus::Planned;
    int posts = 0;
    int measuredPosts = 0;
    PostCounts totals; // a count is unknown when any measured post lacks it
};

// One logged relationship event (contact, status change, note, ...), collaborations left out.
struct CreatorReportEvent
{
    QDate on;
    QString kind; // contact / status / note / rating / ...
    QString owner;
    QString note;
};

struct FollowerPoint
{
    QDate asOf;
    qint64 followers = 0;
};

struct CategoryName
{
    QString zh;
    QString en;
};

// Everything the one-page creator profile shows (issue 6 §2), read in one go. GUI-free.
struct CreatorReportData
{
    Creator creator;
    std::optional<Tier> tier;            // the override when set, else from the followers
    QList<CategoryName> categories;      // primary first
    QList<FollowerPoint> followerHistory; // the last kFollowerPoints snapshots, oldest first
    std::optional<Vetting> vetting;
    CreatorRollup rollup;
    QList<CreatorReportCollaboration> collaborations; // every one, the latest campaign first
    QList<CreatorReportEvent> events;    // the latest kEvents, newest first
    QDate generatedOn;
    MetricSettings settings;

    static constexpr int kFollowerPoints = 6;
    static constexpr int kEvents = 5;
    static constexpr int kCollaborations = 5; // rows the page shows

    int measuredPosts() const;
    // Sum over the measured collaborations' posts (unknown rule as in the campaign report).
    PostCounts totals() const;
    // Fees of the collaborations that have measured posts, for the overall CPE; unknown when
    // one of them has no fee.
    std::optional<qint64> measuredFeeFen() const;
};

class CreatorReportLoader
{
public:
    static bool load(Database &db, qint64 creatorId, const MetricSettings &settings, const QDate &today,
                     CreatorReportData *out, StoreError *error);
    // A creator by database id, else by exact XHS ID (handle, case-insensitive), else by exact
    // nickname; 0 when none matches, -1 when several creators share the nickname.
    static qint64 findCreator(const Database &db, const QString &idOrHandle, StoreError *error = nullptr);
};

// The one-page creator profile as escaped HTML for QTextDocument: profile facts, rate card,
// vetting, ratings, the latest collaborations with their results and the latest events, in the
// report's language. An image resource "chart:followers" is referenced when `followerChart`.
class CreatorReportHtml
{
public:
    struct Options
    {
        bool followerChart = false;
        int chartWidth = 560; // px
        int chartHeight = 170;
    };
    static QString build(const CreatorReportData &data, const ReportText &text, const Options &options);
    static QString build(const CreatorReportData &data, const ReportText &text) { return build(data, text, Options()); }
    static QString followerChart() { return QStringLiteral("followers"); }
};

} // namespace rr
