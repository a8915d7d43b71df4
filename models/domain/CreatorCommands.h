// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Creator.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace rr {

class CreatorRepository;

// Undo commands for creator edits, pushed on the application's QUndoStack by the window that ran
// the editor. A write that fails (someone else changed or deleted the row meanwhile) does not
// throw or crash: the command keeps the error in lastError(), marks itself obsolete so the stack
// drops it, and changes nothing.
//
// There is deliberately no delete command: deleting a creator is a hard delete for privacy (PIPL),
// the data is gone and cannot come back through undo. Callers confirm and call
// CreatorRepository::remove() directly, and should clear the undo stack of commands that refer to
// the removed creator (QUndoStack::clear() is the simple way).

// Adds a creator. redo() inserts (the first time with a new id, later with the same id and
// version the row had when undo() removed it); undo() deletes the created row.
class AddCreatorCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::AddCreatorCommand)
public:
    AddCreatorCommand(CreatorRepository &repository, const Creator &creator, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The stored id once redo() succeeded, else 0.
    qint64 creatorId() const { return m_creator.id; }
    const StoreError &lastError() const { return m_error; }

private:
    QPointer<CreatorRepository> m_repository;
    Creator m_creator;
    bool m_stored = false;
    StoreError m_error;
};

// Replaces a stored creator's values: redo() writes `after`, undo() writes `before`. The command
// tracks the row's version across redo/undo, so optimistic locking keeps working: an edit made
// elsewhere in between makes the next redo/undo fail with a Conflict instead of overwriting it.
// Follower snapshots an edit added are removed again by undo.
class EditCreatorCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::EditCreatorCommand)
public:
    // `after.version` must be the stored row's version (the version the editor loaded).
    EditCreatorCommand(CreatorRepository &repository, const Creator &before, const Creator &after,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 creatorId() const { return m_after.id; }
    int storedVersion() const { return m_version; }
    const StoreError &lastError() const { return m_error; }

private:
    bool write(const Creator &values, bool isUndo);

    QPointer<CreatorRepository> m_repository;
    Creator m_before;
    Creator m_after;
    int m_version = 0;
    qint64 m_snapshotId = 0; // follower snapshot added by the last redo
    StoreError m_error;
};

// A readable name for command texts: nickname, else handle, else "#id".
QString creatorDisplayName(const Creator &creator);

} // namespace rr
