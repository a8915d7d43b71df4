// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignKpis.h"
#include "campaign/CampaignTypes.h"
#include "domain/Metrics.h"
#include "domain/Tier.h"
#include "store/StoreError.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace rr {

class Database;

// One post of the campaign with its latest snapshot and where that came from.
struct ReportPost
{
    qint64 id = 0;
    qint64 collaborationId = 0;
    qint64 creatorId = 0;
    QString creatorName;
    QString title;
    QString url;
    QDate publishedOn;
    std::optional<PostCounts> latest; // none: not measured yet
    QDate asOf;                       // of the latest snapshot
    QString source;                   // manual, pugongying, ... of the latest snapshot
    bool isFinal = false;             // the latest snapshot is the post-campaign update
    std::optional<double> costFen;    // the collaboration's fee shared by its posts
};

// One row of the per-creator table: a collaboration and the sum of its posts' latest figures.
struct ReportCreatorRow
{
    qint64 collaborationId = 0;
    qint64 creatorId = 0;
    QString name;
    QString handle;
    std::optional<Tier> tier;
    std::optional<qint64> feeFen;
    int contracted = 0;
    int delivered = 0;
    CollaborationStatus status = CollaborationStatus::Planned;
    int posts = 0;
    int measuredPosts = 0;
    PostCounts totals; // a count is unknown when any measured post lacks it
    std::optional<int> brandFit;
    std::optional<int> reliability;
};

// Everything a campaign performance report shows, read in one go (issue 6 §1). GUI-free: the
// views turn it into a document with charts.
struct CampaignReportData
{
    Campaign campaign;
    CampaignKpis kpis;
    QMap<Kpi, double> targets;        // KPI targets (campaign_targets): money in yuan, ratios 0-1
    QList<ReportCreatorRow> creators; // by name
    QList<ReportPost> posts;          // by publication date
    QMap<QString, int> sources;       // source of each measured post's latest snapshot → posts
    QDate firstAsOf, lastAsOf;        // range of those snapshots' dates
    int finalPosts = 0;               // measured posts whose latest snapshot is marked final
    QDate generatedOn;
    MetricSettings settings;

    int measuredPosts() const;
    // The one-week update (source article): due a week after the campaign closed or ended.
    QDate finalUpdateDue() const;
    // Measured posts ordered by save rate, best first (posts without a save rate left out).
    QList<ReportPost> topBySaveRate(int count) const;
};

class CampaignReportLoader
{
public:
    // `today` is the report's date (fixed in tests).
    static bool load(Database &db, qint64 campaignId, const MetricSettings &settings, const QDate &today,
                     CampaignReportData *out, StoreError *error);
    // A campaign by database id or, failing that, by exact name; 0 when none matches, -1 when
    // several campaigns share the name.
    static qint64 findCampaign(const Database &db, const QString &idOrName, StoreError *error = nullptr);
};

} // namespace rr
