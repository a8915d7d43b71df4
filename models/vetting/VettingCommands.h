// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreError.h"
#include "vetting/VettingRepository.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace rr {

// Saves a creator's vetting checklist, undoably. The first redo() stamps `after` with today and
// the database's user (VettingRepository::save); later redos put back exactly that stamped
// checklist. undo() restores `before` as it was, stamps included, or removes the row when the
// creator had no checklist. Each write happens only while the stored checklist is what the other
// direction left (`before` for redo, `after` for undo): one saved by someone else in between makes
// it fail with Conflict rather than be overwritten.
//
// A write that fails does not throw: the command keeps the error in lastError(), marks itself
// obsolete (QUndoStack drops it) and calls the failure reporter, if one is set.
class SaveVettingCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::SaveVettingCommand)
public:
    using FailureReporter = std::function<void(const StoreError &)>;

    // The command keeps its own copy of the repository (it only refers to the Database, which
    // must outlive the command: clear the undo stack before closing the database).
    SaveVettingCommand(const VettingRepository &repository, qint64 creatorId, std::optional<Vetting> before,
                       Vetting after, QUndoCommand *parent = nullptr);

    void setFailureReporter(FailureReporter reporter) { m_reportFailure = std::move(reporter); }

    void redo() override;
    void undo() override;

    qint64 creatorId() const { return m_creatorId; }
    const std::optional<Vetting> &before() const { return m_before; }
    // The checklist redo() writes; stamped after the first successful redo.
    const Vetting &after() const { return m_after; }
    bool succeeded() const { return !m_error.isError(); }
    const StoreError &lastError() const { return m_error; }

private:
    void fail();

    VettingRepository m_repository;
    qint64 m_creatorId = 0;
    std::optional<Vetting> m_before;
    Vetting m_after;
    bool m_stamped = false;
    StoreError m_error;
    FailureReporter m_reportFailure;
};

} // namespace rr
