// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignKpis.h"
#include "campaign/CampaignTypes.h"
#include "campaign/InputFlags.h"
#include "store/StoreError.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QVariant>

#include <optional>

namespace rr {

class Database;

// One cell of the posts/metrics table written by CampaignRepository::applyCellEdits().
struct MetricCellEdit
{
    enum class Target {
        Metric,    // post_metrics.<field> of snapshotId; null value = unknown
        AsOf,      // post_metrics.as_of of snapshotId (QDate)
        Final,     // post_metrics.is_final of snapshotId (bool)
        Source,    // post_metrics.source of snapshotId (text)
        Published  // posts.published_on of postId (QDate, null clears)
    };
    Target target = Target::Metric;
    qint64 snapshotId = 0;
    qint64 postId = 0;
    MetricField field = MetricField::Views;
    QVariant value;
};

// Reads and writes campaigns, their collaborations (with deliverables and ratings), posts and
// metric snapshots. Every write is one transaction; campaigns and collaborations use optimistic
// locking on `version` like CreatorRepository (Code::Conflict / Code::NotFound).
// Input the bad-input rules refuse (InputFlags) fails with Code::Query, the reason in
// StoreError::message and "refused" in StoreError::detail; nothing is written.
// Every failed write is also reported through writeFailed(), for undo commands.
class CampaignRepository : public QObject
{
    Q_OBJECT
public:
    explicit CampaignRepository(Database &db, QObject *parent = nullptr);
    Database &database() const { return m_db; }

    // Campaigns, the latest start first.
    QList<Campaign> list(StoreError *error = nullptr) const;
    std::optional<Campaign> load(qint64 id, StoreError *error = nullptr) const;
    // Sets id and version (1). Closing without a closed_on date closes today.
    bool insert(Campaign &campaign, StoreError *error = nullptr);
    // Writes if the stored version equals campaign.version; on success campaign.version is the new one.
    bool update(Campaign &campaign, StoreError *error = nullptr);
    bool remove(qint64 id, StoreError *error = nullptr);

    // Collaborations of a campaign with creator names and deliverables, by creator name.
    QList<Collaboration> collaborations(qint64 campaignId, StoreError *error = nullptr) const;
    std::optional<Collaboration> loadCollaboration(qint64 id, StoreError *error = nullptr) const;
    // Refuse a negative fee and more delivered than contracted (InputFlags).
    bool insertCollaboration(Collaboration &collaboration, StoreError *error = nullptr);
    // Version-checked; when the rating changed, the creator's averages are rewritten in the same
    // transaction (CollaborationRollup). Deliverables are not touched (see addDeliverable()).
    bool updateCollaboration(Collaboration &collaboration, StoreError *error = nullptr);
    // Only the §3 rating; `version` in: expected, out: new. Rolls up onto the creator.
    bool setRating(qint64 collaborationId, const CollaborationRating &rating, int *version,
                   StoreError *error = nullptr);
    bool removeCollaboration(qint64 id, StoreError *error = nullptr);
    // Several collaborations (with their deliverables) in ONE transaction, or none: refuses a
    // creator already in the campaign, a negative fee and more delivered than contracted. A row
    // (or deliverable) with an id > 0 is re-inserted under that id and version (undo of a removal).
    // On success every row carries its id and version.
    bool insertCollaborations(QList<Collaboration> &collaborations, StoreError *error = nullptr);
    // Removes them (posts, readings and deliverables cascade) in ONE transaction, or none.
    bool removeCollaborations(const QList<qint64> &ids, StoreError *error = nullptr);

    // Deliverables: a delivered one points at a post of the same collaboration. Refuses more
    // delivered deliverables than the collaboration's contracted count (InputFlags::delivered).
    // An id > 0 given to addDeliverable() is kept (undo of a removal).
    bool addDeliverable(Deliverable &deliverable, StoreError *error = nullptr);
    std::optional<Deliverable> loadDeliverable(qint64 id, StoreError *error = nullptr) const;
    bool updateDeliverable(const Deliverable &deliverable, StoreError *error = nullptr);
    // Writes only while the stored row is still `expected` (what an edit started from): a change
    // someone else saved in between fails with Conflict instead of being overwritten.
    bool updateDeliverable(const Deliverable &deliverable, const Deliverable &expected, StoreError *error = nullptr);
    bool removeDeliverable(qint64 id, StoreError *error = nullptr);

    // Posts of a campaign (through its collaborations), by publication date.
    QList<Post> posts(qint64 campaignId, StoreError *error = nullptr) const;
    // Refuses a publication date outside the campaign. An id > 0 is kept (redo after undo).
    bool insertPost(Post &post, StoreError *error = nullptr);
    // Removes a post with its readings (deliverables pointing at it become undelivered).
    bool removePost(qint64 postId, StoreError *error = nullptr);
    // Snapshots of every post of a campaign, by post then date (then id).
    QList<MetricSnapshot> snapshots(qint64 campaignId, StoreError *error = nullptr) const;
    // Adds a reading. A count lower than the previous reading is kept and reported in `flags`.
    bool addSnapshot(MetricSnapshot &snapshot, StoreError *error = nullptr, QList<InputFlag> *flags = nullptr);
    bool removeSnapshot(qint64 snapshotId, StoreError *error = nullptr);
    // Marks a snapshot as the post's final metrics (others of the post lose the mark), or clears it.
    bool setFinal(qint64 snapshotId, bool isFinal, StoreError *error = nullptr);
    // Writes every cell in ONE transaction, or nothing: the first refused or failed cell rolls
    // all back and its index is in `failedIndex`.
    bool applyCellEdits(const QList<MetricCellEdit> &edits, StoreError *error = nullptr,
                        int *failedIndex = nullptr);
    // The current value of a cell, to build the inverse edit for undo.
    QVariant cellValue(const MetricCellEdit &cell, StoreError *error = nullptr) const;

    // KPI targets of a campaign (campaign_targets): money KPIs in yuan, ratios 0-1, counts as counts.
    QMap<Kpi, double> targets(qint64 campaignId, StoreError *error = nullptr) const;
    // Replaces the campaign's whole set of targets in ONE transaction (an empty map clears it).
    // Refuses an unknown campaign (Code::NotFound) and a negative or non-finite target.
    bool setTargets(qint64 campaignId, const QMap<Kpi, double> &targets, StoreError *error = nullptr);

    // Fees, the latest snapshot of each post, contracted and delivered counts.
    KpiInput kpiInput(qint64 campaignId, StoreError *error = nullptr) const;
    CampaignKpis kpis(qint64 campaignId, const Metrics &metrics = Metrics(), StoreError *error = nullptr) const;

signals:
    void campaignsChanged();                   // a campaign was added, edited or removed
    void collaborationsChanged(qint64 campaignId);
    void metricsChanged(qint64 campaignId);    // posts or snapshots changed
    void targetsChanged(qint64 campaignId);    // the KPI targets were replaced
    void writeFailed(const rr::StoreError &error);

private:
    bool failed(StoreError *error, const StoreError &e) const;
    StoreError storeError(StoreError::Code code) const; // the generic message of `code`
    StoreError notFound() const;
    // Inside an open transaction: refuses a deliverable that would deliver more than contracted.
    bool checkDeliverable(const Deliverable &deliverable, StoreError *error) const;
    std::optional<Deliverable> readDeliverable(qint64 id, bool lock, StoreError *error) const;
    bool writeDeliverable(const Deliverable &deliverable, const Deliverable *expected, StoreError *error);
    qint64 campaignOfCollaboration(qint64 collaborationId) const;
    qint64 creatorOfCollaboration(qint64 collaborationId) const; // for the audit log
    qint64 campaignOfPost(qint64 postId) const;

    Database &m_db;
};

} // namespace rr
