// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignRepository.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace rr {

// Undo commands of the campaign screen. As with CreatorCommands, a failing write does not throw:
// the command keeps lastError(), marks itself obsolete and changes nothing; the repository's
// writeFailed() signal reports it.

// Cells of the posts/metrics table (one typed cell or a whole paste): redo writes `after`, undo
// writes the values the cells had before, each in ONE transaction.
class MetricCellsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::MetricCellsCommand)
public:
    // `before` holds the previous values of the same cells, in the same order. With
    // `alreadyApplied` the first redo() (the one QUndoStack::push() runs) writes nothing.
    MetricCellsCommand(CampaignRepository &repository, const QList<MetricCellEdit> &before,
                       const QList<MetricCellEdit> &after, bool alreadyApplied, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    const StoreError &lastError() const { return m_error; }

private:
    QPointer<CampaignRepository> m_repository;
    QList<MetricCellEdit> m_before;
    QList<MetricCellEdit> m_after;
    bool m_skipRedo = false;
    StoreError m_error;
};

// A collaboration's editable fields (fee, counts, status, rating...): redo writes `after`, undo
// `before`, tracking the row version so optimistic locking keeps working across undo/redo.
class EditCollaborationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::EditCollaborationCommand)
public:
    EditCollaborationCommand(CampaignRepository &repository, const Collaboration &before, const Collaboration &after,
                             bool alreadyApplied, int appliedVersion, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    const StoreError &lastError() const { return m_error; }

private:
    bool write(const Collaboration &values);

    QPointer<CampaignRepository> m_repository;
    Collaboration m_before;
    Collaboration m_after;
    int m_version = 0;
    bool m_skipRedo = false;
    StoreError m_error;
};

// A campaign's own fields (name, brand, objective, dates, budget, status, owner): redo writes
// `after`, undo `before`, tracking the row version.
class EditCampaignCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::EditCampaignCommand)
public:
    // `after.version` must be the stored row's version.
    EditCampaignCommand(CampaignRepository &repository, const Campaign &before, const Campaign &after,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    const StoreError &lastError() const { return m_error; }

private:
    bool write(const Campaign &values);

    QPointer<CampaignRepository> m_repository;
    Campaign m_before;
    Campaign m_after;
    int m_version = 0;
    StoreError m_error;
};

// A new campaign: redo inserts it, undo removes it again (with everything added to it meanwhile).
class AddCampaignCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::AddCampaignCommand)
public:
    // `insertedId`, when given, receives the new id during the first redo() only (the one
    // QUndoStack::push() runs), as a failed command is deleted by push().
    AddCampaignCommand(CampaignRepository &repository, const Campaign &campaign, qint64 *insertedId = nullptr,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 campaignId() const { return m_id; }
    const StoreError &lastError() const { return m_error; }

private:
    QPointer<CampaignRepository> m_repository;
    Campaign m_campaign;
    qint64 *m_insertedId = nullptr;
    qint64 m_id = 0;
    StoreError m_error;
};

// A new metric reading of a post: redo adds it, undo removes it.
class AddSnapshotCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::AddSnapshotCommand)
public:
    AddSnapshotCommand(CampaignRepository &repository, const MetricSnapshot &snapshot, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 snapshotId() const { return m_id; }
    const StoreError &lastError() const { return m_error; }

private:
    QPointer<CampaignRepository> m_repository;
    MetricSnapshot m_snapshot;
    qint64 m_id = 0;
    StoreError m_error;
};

// New collaborations (one or more creators added to a campaign): redo inserts them all in ONE
// transaction, undo removes them in one. Redo after undo re-inserts the rows as they were when
// undone, under the same ids and versions, so later commands on them keep working.
class AddCollaborationsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::AddCollaborationsCommand)
public:
    AddCollaborationsCommand(CampaignRepository &repository, const QList<Collaboration> &collaborations,
                             QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    QList<qint64> collaborationIds() const;
    const StoreError &lastError() const { return m_error; }

private:
    QPointer<CampaignRepository> m_repository;
    QList<Collaboration> m_rows;
    bool m_inserted = false;
    StoreError m_error;
};

// A removed collaboration WITHOUT posts (posts and readings cascade and are not restored: the
// screen removes a collaboration with posts outside the undo stack, after saying so). Undo
// re-inserts the row and its deliverables under the same ids and version.
class RemoveCollaborationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::RemoveCollaborationCommand)
public:
    RemoveCollaborationCommand(CampaignRepository &repository, const Collaboration &collaboration,
                               QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    const StoreError &lastError() const { return m_error; }

private:
    QPointer<CampaignRepository> m_repository;
    Collaboration m_row;
    bool m_removed = false;
    StoreError m_error;
};

// Deliverables of a collaboration: add (undo removes), edit (before/after), remove (undo
// re-adds under the same id).
class DeliverableCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::DeliverableCommand)
public:
    enum class Kind { Add, Edit, Remove };
    // For Add and Remove only `after` / `before` is used respectively.
    DeliverableCommand(CampaignRepository &repository, Kind kind, const Deliverable &before, const Deliverable &after,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 deliverableId() const { return m_kind == Kind::Remove ? m_before.id : m_after.id; }
    const StoreError &lastError() const { return m_error; }

private:
    bool run(bool forward);

    QPointer<CampaignRepository> m_repository;
    Kind m_kind;
    Deliverable m_before;
    Deliverable m_after;
    StoreError m_error;
};

// A new post of a collaboration: redo inserts it (a date outside the campaign is refused and the
// command becomes obsolete), undo removes it with its readings.
class AddPostCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::AddPostCommand)
public:
    AddPostCommand(CampaignRepository &repository, const Post &post, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 postId() const { return m_post.id; }
    const StoreError &lastError() const { return m_error; }

private:
    QPointer<CampaignRepository> m_repository;
    Post m_post;
    bool m_inserted = false;
    StoreError m_error;
};

} // namespace rr
