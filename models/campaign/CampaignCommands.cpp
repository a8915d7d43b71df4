// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CampaignCommands.h"

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
    setText(tr("Add reading of %1").arg(snapshot.asOf.toString(Qt::ISODate)));
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

} // namespace rr
