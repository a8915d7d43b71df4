// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relationship/RelationshipLog.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace rr {

// Logs a contact or note event in a creator's relationship history, undoably. The first redo()
// inserts a new row (by the database's user, dated `on`); undo() deletes it by id; a later redo()
// puts the same row back with the same owner and timestamps, and the same id unless another event
// took it meanwhile (SQLite reuses a deleted highest id).
//
// A write that fails does not throw: the command keeps the error in lastError(), marks itself
// obsolete (QUndoStack drops it) and calls the failure reporter, if one is set. The changed
// callback runs after every successful redo/undo, so an open timeline can reload.
class AddRelationshipEventCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::AddRelationshipEventCommand)
public:
    enum class Kind { Contact, Note };
    using FailureReporter = std::function<void(const StoreError &)>;
    using ChangedCallback = std::function<void(qint64 creatorId)>;

    // The command keeps its own RelationshipLog on `db`, which must outlive it.
    AddRelationshipEventCommand(Database &db, qint64 creatorId, Kind kind, const QString &note,
                                const QDate &on = QDate(), QUndoCommand *parent = nullptr);

    void setFailureReporter(FailureReporter reporter) { m_reportFailure = std::move(reporter); }
    void setChangedCallback(ChangedCallback callback) { m_changed = std::move(callback); }

    void redo() override;
    void undo() override;

    qint64 creatorId() const { return m_event.creatorId; }
    // The stored event id once redo() succeeded, else 0.
    qint64 eventId() const { return m_stored ? m_event.id : 0; }
    const RelationshipEvent &event() const { return m_event; }
    bool succeeded() const { return !m_error.isError(); }
    const StoreError &lastError() const { return m_error; }

    static QString kindKey(Kind kind);

private:
    void fail();

    RelationshipLog m_log;
    RelationshipEvent m_event;
    bool m_stored = false;
    StoreError m_error;
    FailureReporter m_reportFailure;
    ChangedCallback m_changed;
};

} // namespace rr
