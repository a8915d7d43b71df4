// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roster/RosterFilter.h"
#include "shortlist/ShortlistRepository.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace rr {

// Undo commands for shortlists, pushed on the application's QUndoStack (see CreatorCommands.h
// for the pattern). A redo or undo that fails changes nothing, keeps the error in lastError(),
// marks the command obsolete (so the stack drops it) and emits the repository's writeFailed
// signal: the window connects that once and shows the message. Each step is one transaction.

// "Save as Shortlist…": redo() creates the shortlist (the first time through create(), later
// putting it back with the same id), undo() deletes it, remembering its members at that moment.
class CreateShortlistCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::CreateShortlistCommand)
public:
    CreateShortlistCommand(ShortlistRepository &repository, const QString &name, const QString &purpose,
                           const RosterFilter &filter, const QList<qint64> &creatorIds,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The stored id once the first redo() succeeded, else 0.
    qint64 shortlistId() const { return m_info ? m_info->id : 0; }
    const StoreError &lastError() const { return m_error; }

private:
    void failed(const StoreError &error);

    QPointer<ShortlistRepository> m_repository;
    QString m_name;
    QString m_purpose;
    RosterFilter m_filter;
    QList<qint64> m_members;
    std::optional<ShortlistInfo> m_info; // set by the first redo()
    StoreError m_error;
};

// Deleting a shortlist: redo() deletes it (its creators stay in the roster), undo() puts it back
// with the same id, name, purpose, filter and members.
class RemoveShortlistCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::RemoveShortlistCommand)
public:
    // Loads the shortlist now; isValid() is false when it does not exist.
    RemoveShortlistCommand(ShortlistRepository &repository, qint64 shortlistId, QUndoCommand *parent = nullptr);

    bool isValid() const { return m_info.has_value(); }
    void redo() override;
    void undo() override;

    qint64 shortlistId() const { return m_shortlistId; }
    const StoreError &lastError() const { return m_error; }

private:
    void failed(const StoreError &error);

    QPointer<ShortlistRepository> m_repository;
    qint64 m_shortlistId = 0;
    std::optional<ShortlistInfo> m_info;
    QList<qint64> m_members;
    StoreError m_error;
};

// "Add to Campaign…": redo() adds every member not yet in the campaign as a planned
// collaboration; undo() removes exactly the collaborations that redo created, and only while each
// is still 'planned' with no posts: otherwise undo fails (Conflict, message naming how many moved
// on) and leaves them all. A later redo adds the members again (new collaboration ids).
class AddShortlistToCampaignCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::AddShortlistToCampaignCommand)
public:
    AddShortlistToCampaignCommand(ShortlistRepository &repository, qint64 shortlistId, qint64 campaignId,
                                  const QString &shortlistName = {}, const QString &campaignName = {},
                                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // What the last successful redo() did.
    const AddToCampaignResult &result() const { return m_result; }
    bool succeeded() const { return !m_error.isError(); }
    const StoreError &lastError() const { return m_error; }

private:
    void failed(const StoreError &error);

    QPointer<ShortlistRepository> m_repository;
    qint64 m_shortlistId = 0;
    qint64 m_campaignId = 0;
    AddToCampaignResult m_result;
    bool m_applied = false;
    StoreError m_error;
};

} // namespace rr
