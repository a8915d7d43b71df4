// SPDX-License-Identifier: GPL-3.0-or-later
#include "vetting/VettingCommands.h"

namespace rr {

SaveVettingCommand::SaveVettingCommand(const VettingRepository &repository, qint64 creatorId,
                                       std::optional<Vetting> before, Vetting after, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(repository), m_creatorId(creatorId), m_before(std::move(before)),
      m_after(std::move(after))
{
    m_after.creatorId = creatorId;
    if (m_before)
        m_before->creatorId = creatorId;
    setText(tr("Edit vetting checklist"));
}

void SaveVettingCommand::fail()
{
    setObsolete(true);
    if (m_reportFailure)
        m_reportFailure(m_error);
}

void SaveVettingCommand::redo()
{
    if (isObsolete())
        return;
    m_error = {};
    if (m_creatorId <= 0) {
        m_error = StoreError::make(StoreError::Code::NotFound, tr("No creator is open."));
        fail();
        return;
    }
    // Each way only over what the other way left: a colleague's checklist is not overwritten.
    const bool ok = m_stamped ? m_repository.restore(m_after, m_before, &m_error)
                              : m_repository.save(m_after, m_before, &m_error);
    if (!ok) {
        fail();
        return;
    }
    m_stamped = true;
}

void SaveVettingCommand::undo()
{
    if (isObsolete())
        return;
    m_error = {};
    const std::optional<Vetting> now = m_after;
    const bool ok = m_before ? m_repository.restore(*m_before, now, &m_error)
                             : m_repository.remove(m_creatorId, now, &m_error);
    if (!ok)
        fail();
}

} // namespace rr
