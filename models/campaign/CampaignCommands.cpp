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

} // namespace rr
