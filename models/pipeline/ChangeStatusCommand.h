// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Status.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace rr {

class CreatorRepository;

// Moves one creator to another pipeline status through CreatorRepository::update(), with the
// version check: redo() writes `to`, undo() writes the status the creator had. The repository logs
// each change as a relationship event. A write that fails (row changed or deleted meanwhile) keeps
// the error in lastError(), marks the command obsolete and changes nothing; the repository's
// writeFailed signal reports it.
//
// Before pushing, a view asks ownerWarning(): when someone other than the database's user holds
// the relationship, it names them, so the user confirms before taking over the conversation.
class ChangeStatusCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::ChangeStatusCommand)
public:
    // Loads the creator now; `expectedVersion` > 0 makes the command fail with Conflict when the
    // stored row is newer than the card the user dragged.
    ChangeStatusCommand(CreatorRepository &repository, qint64 creatorId, Status to, int expectedVersion = 0,
                        QUndoCommand *parent = nullptr);

    // False when the creator could not be loaded or already has the status.
    bool isValid() const { return m_valid; }
    qint64 creatorId() const { return m_creatorId; }
    Status from() const { return m_from; }
    Status to() const { return m_to; }
    QString owner() const { return m_owner; }
    // "Anna already holds the relationship with 莉莉." when the owner is set and is not `userName`
    // (compared case-insensitively); empty otherwise.
    QString ownerWarning(const QString &userName) const;

    void redo() override;
    void undo() override;

    bool succeeded() const { return !m_error.isError(); }
    const StoreError &lastError() const { return m_error; }

private:
    bool write(Status status);

    QPointer<CreatorRepository> m_repository;
    qint64 m_creatorId = 0;
    Status m_from = Status::Prospect;
    Status m_to = Status::Prospect;
    int m_version = 0;
    QString m_owner;
    QString m_name;
    bool m_valid = false;
    StoreError m_error;
};

} // namespace rr
