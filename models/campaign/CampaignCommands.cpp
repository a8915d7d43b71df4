// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CampaignCommands.h"

#include "domain/NumberFormat.h"

namespace rr {

MetricCellsCommand::MetricCellsCommand(CampaignRepository &repository, const QList<MetricCellEdit> &before,
                                       const QList<MetricCellEdit> &after, bool alreadyApplied, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(&repository), m_before(before), m_after(after), m_skipRedo(alreadyApplied)
{
    if (after.size() == 1)
        setText(tr("Edit metric"));
    else
        setText(tr("Paste %n cell(s)", nullptr, int(after.size())));
}

void MetricCellsCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!m_repository || isObsolete())
        return;
    m_error = {};
    if (!m_repository->applyCellEdits(m_after, &m_error))
        setObsolete(true);
}

void MetricCellsCommand::undo()
{
    if (!m_repository)
        return;
    m_error = {};
    if (!m_repository->applyCellEdits(m_before, &m_error))
        setObsolete(true);
}

EditCollaborationCommand::EditCollaborationCommand(CampaignRepository &repository, const Collaboration &before,
                                                   const Collaboration &after, bool alreadyApplied, int appliedVersion,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(&repository), m_before(before), m_after(after),
      m_version(alreadyApplied ? appliedVersion : after.version), m_skipRedo(alreadyApplied)
{
    setText(tr("Edit collaboration with %1").arg(after.creatorName));
}

bool EditCollaborationCommand::write(const Collaboration &values)
{
    if (!m_repository)
        return false;
    m_error = {};
    Collaboration row = values;
    row.version = m_version;
    if (!m_repository->updateCollaboration(row, &m_error)) {
        setObsolete(true);
        return false;
    }
    m_version = row.version;
    return true;
}

void EditCollaborationCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!isObsolete())
        write(m_after);
}

void EditCollaborationCommand::undo()
{
    write(m_before);
}

EditCampaignCommand::EditCampaignCommand(CampaignRepository &repository, const Campaign &before,
                                         const Campaign &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(&repository), m_before(before), m_after(after), m_version(after.version)
{
    setText(tr("Edit campaign %1").arg(after.name));
}

bool EditCampaignCommand::write(const Campaign &values)
{
    if (!m_repository)
        return false;
    m_error = {};
    Campaign row = values;
    row.version = m_version;
    if (!m_repository->update(row, &m_error)) {
        setObsolete(true);
        return false;
    }
    m_version = row.version;
    return true;
}

void EditCampaignCommand::redo()
{
    if (!isObsolete())
        write(m_after);
}

void EditCampaignCommand::undo()
{
    write(m_before);
}

AddCampaignCommand::AddCampaignCommand(CampaignRepository &repository, const Campaign &campaign, qint64 *insertedId,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(&repository), m_campaign(campaign), m_insertedId(insertedId)
{
    setText(tr("Add campaign %1").arg(campaign.name));
}

void AddCampaignCommand::redo()
{
    if (!m_repository || isObsolete())
        return;
    m_error = {};
    Campaign row = m_campaign;
    if (!m_repository->insert(row, &m_error)) {
        setObsolete(true);
        return;
    }
    m_id = row.id;
    if (m_insertedId)
        *m_insertedId = m_id;
    m_insertedId = nullptr;
}

void AddCampaignCommand::undo()
{
    if (!m_repository || m_id == 0)
        return;
    m_error = {};
    if (!m_repository->remove(m_id, &m_error)) {
        setObsolete(true);
        return;
    }
    m_id = 0;
}

AddSnapshotCommand::AddSnapshotCommand(CampaignRepository &repository, const MetricSnapshot &snapshot,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(&repository), m_snapshot(snapshot)
{
    setText(tr("Add reading of %1").arg(NumberFormat::date(snapshot.asOf, QLocale())));
}

void AddSnapshotCommand::redo()
{
    if (!m_repository || isObsolete())
        return;
    m_error = {};
    MetricSnapshot row = m_snapshot;
    if (!m_repository->addSnapshot(row, &m_error)) {
        setObsolete(true);
        return;
    }
    m_id = row.id;
}

void AddSnapshotCommand::undo()
{
    if (!m_repository || m_id == 0)
        return;
    m_error = {};
    if (!m_repository->removeSnapshot(m_id, &m_error)) {
        setObsolete(true);
        return;
    }
    m_id = 0;
}

namespace {

// The stored row with its deliverables, as a restore would re-insert it: posts cascade with the
// row, so no deliverable stays delivered.
std::optional<Collaboration> storedState(const CampaignRepository &repository, qint64 id, StoreError *error)
{
    const std::optional<Collaboration> row = repository.loadCollaboration(id, error);
    if (!row)
        return std::nullopt;
    for (const Collaboration &c : repository.collaborations(row->campaignId, error)) {
        if (c.id != id)
            continue;
        Collaboration out = c;
        for (Deliverable &d : out.deliverables)
            d.postId = 0;
        return out;
    }
    return row;
}

} // namespace

AddCollaborationsCommand::AddCollaborationsCommand(CampaignRepository &repository,
                                                   const QList<Collaboration> &collaborations, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(&repository), m_rows(collaborations)
{
    if (collaborations.size() == 1)
        setText(tr("Add %1 to the campaign").arg(collaborations.constFirst().creatorName));
    else
        setText(tr("Add %n creator(s) to the campaign", nullptr, int(collaborations.size())));
}

QList<qint64> AddCollaborationsCommand::collaborationIds() const
{
    QList<qint64> ids;
    for (const Collaboration &c : m_rows)
        ids << c.id;
    return ids;
}

void AddCollaborationsCommand::redo()
{
    if (!m_repository || isObsolete() || m_inserted)
        return;
    m_error = {};
    QList<Collaboration> rows = m_rows;
    if (!m_repository->insertCollaborations(rows, &m_error)) {
        setObsolete(true);
        return;
    }
    m_rows = rows;
    m_inserted = true;
}

void AddCollaborationsCommand::undo()
{
    if (!m_repository || !m_inserted)
        return;
    m_error = {};
    QList<Collaboration> current;
    for (const Collaboration &c : std::as_const(m_rows)) {
        const std::optional<Collaboration> state = storedState(*m_repository, c.id, &m_error);
        if (!state) {
            setObsolete(true);
            return;
        }
        current << *state;
    }
    if (!m_repository->removeCollaborations(collaborationIds(), &m_error)) {
        setObsolete(true);
        return;
    }
    m_rows = current;
    m_inserted = false;
}

RemoveCollaborationCommand::RemoveCollaborationCommand(CampaignRepository &repository,
                                                       const Collaboration &collaboration, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(&repository), m_row(collaboration)
{
    setText(tr("Remove %1 from the campaign").arg(collaboration.creatorName));
}

void RemoveCollaborationCommand::redo()
{
    if (!m_repository || isObsolete() || m_removed)
        return;
    m_error = {};
    const std::optional<Collaboration> state = storedState(*m_repository, m_row.id, &m_error);
    if (!state || !m_repository->removeCollaboration(m_row.id, &m_error)) {
        setObsolete(true);
        return;
    }
    m_row = *state;
    m_removed = true;
}

void RemoveCollaborationCommand::undo()
{
    if (!m_repository || !m_removed)
        return;
    m_error = {};
    QList<Collaboration> rows{m_row};
    if (!m_repository->insertCollaborations(rows, &m_error)) {
        setObsolete(true);
        return;
    }
    m_removed = false;
}

DeliverableCommand::DeliverableCommand(CampaignRepository &repository, Kind kind, const Deliverable &before,
                                       const Deliverable &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(&repository), m_kind(kind), m_before(before), m_after(after)
{
    switch (kind) {
    case Kind::Add: setText(tr("Add deliverable")); break;
    case Kind::Edit: setText(tr("Edit deliverable")); break;
    case Kind::Remove: setText(tr("Remove deliverable")); break;
    }
}

bool DeliverableCommand::run(bool forward)
{
    if (!m_repository)
        return false;
    m_error = {};
    bool ok = false;
    switch (m_kind) {
    case Kind::Add:
        ok = forward ? m_repository->addDeliverable(m_after, &m_error) : m_repository->removeDeliverable(m_after.id, &m_error);
        break;
    case Kind::Edit: // each way only over what the other way left: a colleague's change is not overwritten
        ok = forward ? m_repository->updateDeliverable(m_after, m_before, &m_error)
                     : m_repository->updateDeliverable(m_before, m_after, &m_error);
        break;
    case Kind::Remove:
        if (forward) {
            if (const std::optional<Deliverable> stored = m_repository->loadDeliverable(m_before.id, &m_error))
                m_before = *stored;
            ok = m_error.code == StoreError::Code::None && m_repository->removeDeliverable(m_before.id, &m_error);
        } else {
            ok = m_repository->addDeliverable(m_before, &m_error);
        }
        break;
    }
    if (!ok)
        setObsolete(true);
    return ok;
}

void DeliverableCommand::redo()
{
    if (!isObsolete())
        run(true);
}

void DeliverableCommand::undo()
{
    run(false);
}

AddPostCommand::AddPostCommand(CampaignRepository &repository, const Post &post, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(&repository), m_post(post)
{
    setText(tr("Add post %1").arg(post.title.isEmpty() ? post.url : post.title));
}

void AddPostCommand::redo()
{
    if (!m_repository || isObsolete() || m_inserted)
        return;
    m_error = {};
    Post row = m_post;
    if (!m_repository->insertPost(row, &m_error)) {
        setObsolete(true);
        return;
    }
    m_post = row;
    m_inserted = true;
}

void AddPostCommand::undo()
{
    if (!m_repository || !m_inserted)
        return;
    m_error = {};
    if (!m_repository->removePost(m_post.id, &m_error)) {
        setObsolete(true);
        return;
    }
    m_inserted = false;
}

} // namespace rr
