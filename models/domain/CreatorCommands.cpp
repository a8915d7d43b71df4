// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CreatorCommands.h"

#include "domain/CreatorRepository.h"

namespace rr {

QString creatorDisplayName(const Creator &creator)
{
    if (!creator.nickname.trimmed().isEmpty())
        return creator.nickname.trimmed();
    if (!creator.handle.trimmed().isEmpty())
        return creator.handle.trimmed();
    return QStringLiteral("#%1").arg(creator.id);
}

AddCreatorCommand::AddCreatorCommand(CreatorRepository &repository, const Creator &creator, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(&repository), m_creator(creator)
{
    m_creator.id = 0;
    m_creator.version = 0;
    setText(tr("Add %1").arg(creatorDisplayName(creator)));
}

void AddCreatorCommand::redo()
{
    if (!m_repository || isObsolete())
        return;
    m_error = {};
    Creator row = m_creator;
    const auto mode = m_creator.id > 0 ? CreatorRepository::InsertMode::Restore : CreatorRepository::InsertMode::New;
    if (!m_repository->insert(row, &m_error, mode)) {
        setObsolete(true);
        return;
    }
    if (m_creator.id == 0) {
        m_creator.id = row.id;
        m_creator.version = row.version;
    }
    m_stored = true;
}

void AddCreatorCommand::undo()
{
    if (!m_repository || !m_stored)
        return;
    m_error = {};
    // Remember the version the row has now, so a later redo restores it exactly and the edit
    // commands above this one on the stack still find the version they expect.
    if (const std::optional<Creator> current = m_repository->load(m_creator.id, &m_error))
        m_creator.version = current->version;
    else {
        setObsolete(true);
        return;
    }
    if (!m_repository->remove(m_creator.id, &m_error)) {
        setObsolete(true);
        return;
    }
    m_stored = false;
}

EditCreatorCommand::EditCreatorCommand(CreatorRepository &repository, const Creator &before,
                                       const Creator &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(&repository), m_before(before), m_after(after), m_version(after.version)
{
    setText(tr("Edit %1").arg(creatorDisplayName(after)));
}

bool EditCreatorCommand::write(const Creator &values, bool isUndo)
{
    if (!m_repository || isObsolete())
        return false;
    m_error = {};
    Creator row = values;
    row.id = m_after.id;
    row.version = m_version;
    CreatorRepository::UpdateOptions options;
    if (isUndo) {
        options.recordFollowerSnapshot = false;
        options.removeSnapshotId = m_snapshotId;
    }
    qint64 created = 0;
    if (!m_repository->update(row, &m_error, options, &created)) {
        setObsolete(true);
        return false;
    }
    m_version = row.version;
    m_snapshotId = isUndo ? 0 : created;
    return true;
}

void EditCreatorCommand::redo()
{
    write(m_after, false);
}

void EditCreatorCommand::undo()
{
    write(m_before, true);
}

} // namespace rr
