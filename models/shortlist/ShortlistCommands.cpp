// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortlist/ShortlistCommands.h"

namespace rr {

namespace {

// Marks the command failed: obsolete (the stack drops it) and reported through the repository.
void reportFailure(QUndoCommand *command, ShortlistRepository *repository, StoreError *stored, const StoreError &error)
{
    *stored = error;
    command->setObsolete(true);
    if (repository)
        emit repository->writeFailed(error);
}

} // namespace

CreateShortlistCommand::CreateShortlistCommand(ShortlistRepository &repository, const QString &name,
                                               const QString &purpose, const RosterFilter &filter,
                                               const QList<qint64> &creatorIds, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(&repository), m_name(name.trimmed()), m_purpose(purpose), m_filter(filter),
      m_members(creatorIds)
{
    setText(tr("Save shortlist “%1”").arg(m_name));
}

void CreateShortlistCommand::failed(const StoreError &error)
{
    reportFailure(this, m_repository, &m_error, error);
}

void CreateShortlistCommand::redo()
{
    if (!m_repository || isObsolete())
        return;
    m_error = {};
    StoreError error;
    if (!m_info) {
        const qint64 id = m_repository->create(m_name, m_purpose, m_filter, m_members, &error);
        if (id <= 0)
            return failed(error);
        m_info = m_repository->find(id, &error);
        if (!m_info)
            return failed(error);
        return;
    }
    if (!m_repository->restore(*m_info, m_members, &error))
        failed(error);
}

void CreateShortlistCommand::undo()
{
    if (!m_repository || !m_info)
        return;
    m_error = {};
    StoreError error;
    // Remember the shortlist as it is now (members may have been added since), for redo.
    const std::optional<ShortlistInfo> now = m_repository->find(m_info->id, &error);
    if (!now)
        return failed(error.isError() ? error
                                      : StoreError::make(StoreError::Code::NotFound, tr("The shortlist “%1” no longer exists.")
                                                                                         .arg(m_info->name)));
    const QList<qint64> members = m_repository->members(m_info->id, &error);
    if (error.isError() || !m_repository->remove(m_info->id, &error))
        return failed(error);
    m_info = now;
    m_members = members;
}

RemoveShortlistCommand::RemoveShortlistCommand(ShortlistRepository &repository, qint64 shortlistId, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(&repository), m_shortlistId(shortlistId)
{
    m_info = repository.find(shortlistId, &m_error);
    setText(tr("Delete shortlist “%1”").arg(m_info ? m_info->name : QString::number(shortlistId)));
}

void RemoveShortlistCommand::failed(const StoreError &error)
{
    reportFailure(this, m_repository, &m_error, error);
}

void RemoveShortlistCommand::redo()
{
    if (!m_repository || isObsolete())
        return;
    m_error = {};
    StoreError error;
    // The members as they are now, so undo brings back exactly what was deleted.
    m_info = m_repository->find(m_shortlistId, &error);
    if (!m_info)
        return failed(error.isError() ? error
                                      : StoreError::make(StoreError::Code::NotFound, tr("The shortlist no longer exists.")));
    m_members = m_repository->members(m_shortlistId, &error);
    if (error.isError() || !m_repository->remove(m_shortlistId, &error))
        failed(error);
}

void RemoveShortlistCommand::undo()
{
    if (!m_repository || !m_info)
        return;
    m_error = {};
    StoreError error;
    if (!m_repository->restore(*m_info, m_members, &error))
        failed(error);
}

AddShortlistToCampaignCommand::AddShortlistToCampaignCommand(ShortlistRepository &repository, qint64 shortlistId,
                                                             qint64 campaignId, const QString &shortlistName,
                                                             const QString &campaignName, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(&repository), m_shortlistId(shortlistId), m_campaignId(campaignId)
{
    setText(campaignName.isEmpty() ? tr("Add shortlist “%1” to a campaign").arg(shortlistName)
                                   : tr("Add shortlist “%1” to “%2”").arg(shortlistName, campaignName));
}

void AddShortlistToCampaignCommand::failed(const StoreError &error)
{
    reportFailure(this, m_repository, &m_error, error);
}

void AddShortlistToCampaignCommand::redo()
{
    if (!m_repository || isObsolete())
        return;
    m_error = {};
    StoreError error;
    AddToCampaignResult result;
    if (!m_repository->addToCampaign(m_shortlistId, m_campaignId, &result, &error))
        return failed(error);
    m_result = result;
    m_applied = true;
}

void AddShortlistToCampaignCommand::undo()
{
    if (!m_repository || !m_applied)
        return;
    m_error = {};
    StoreError error;
    if (!m_repository->removeCollaborations(m_campaignId, m_result.collaborationIds, &error)) {
        StoreError shown = error;
        if (shown.code == StoreError::Code::Conflict)
            shown.message = tr("Cannot undo “%1”: %2").arg(text(), error.message);
        return failed(shown);
    }
    m_applied = false;
}

} // namespace rr
