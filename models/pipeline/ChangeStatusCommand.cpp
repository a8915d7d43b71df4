// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/ChangeStatusCommand.h"

#include "domain/CreatorCommands.h"
#include "domain/CreatorRepository.h"
#include "store/Database.h"

namespace rr {

ChangeStatusCommand::ChangeStatusCommand(CreatorRepository &repository, qint64 creatorId, Status to,
                                         int expectedVersion, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(&repository), m_creatorId(creatorId), m_to(to)
{
    const std::optional<Creator> stored = repository.load(creatorId, &m_error);
    if (!stored) {
        setObsolete(true);
        return;
    }
    if (expectedVersion > 0 && stored->version != expectedVersion) {
        m_error = StoreError::make(StoreError::Code::Conflict,
                                   StoreError::describe(StoreError::Code::Conflict,
                                                        repository.database().spec().displayName()),
                                   QStringLiteral("stored version %1, card version %2")
                                       .arg(stored->version)
                                       .arg(expectedVersion));
        setObsolete(true);
        return;
    }
    m_from = stored->status;
    m_version = stored->version;
    m_owner = stored->owner.trimmed();
    m_name = creatorDisplayName(*stored);
    m_valid = m_from != m_to;
    setText(tr("Move %1 to %2").arg(m_name, StatusText::label(m_to)));
}

QString ChangeStatusCommand::ownerWarning(const QString &userName) const
{
    if (!m_valid || m_owner.isEmpty() || m_owner.compare(userName.trimmed(), Qt::CaseInsensitive) == 0)
        return {};
    return tr("%1 already holds the relationship with %2.").arg(m_owner, m_name);
}

bool ChangeStatusCommand::write(Status status)
{
    if (!m_repository || isObsolete() || !m_valid)
        return false;
    m_error = {};
    std::optional<Creator> row = m_repository->load(m_creatorId, &m_error);
    if (!row) {
        setObsolete(true);
        return false;
    }
    // Only the status changes; the version check still refuses a row edited since.
    row->version = m_version;
    row->status = status;
    CreatorRepository::UpdateOptions options;
    options.recordFollowerSnapshot = false;
    if (!m_repository->update(*row, &m_error, options)) {
        setObsolete(true);
        return false;
    }
    m_version = row->version;
    return true;
}

void ChangeStatusCommand::redo()
{
    write(m_to);
}

void ChangeStatusCommand::undo()
{
    write(m_from);
}

} // namespace rr
