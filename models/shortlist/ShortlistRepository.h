// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roster/RosterFilter.h"
#include "store/StoreError.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace rr {

class Database;
class WriteTransaction;


struct ShortlistInfo
{
    qint64 id = 0;
    QString name;
    QString purpose;
    QString filterJson;   // the roster filter it was saved from (RosterFilter::toJson), may be empty
    QString createdBy;
    QString createdAt;    // ISO UTC
    qint64 memberCount = 0;

    RosterFilter filter() const;
};

struct CampaignChoice
{
    qint64 id = 0;
    QString name;
    QString brand;
    QString status; // storage key: planning, live, closed
};

struct AddToCampaignResult
{
    int added = 0;          // new collaborations (status planned, one contracted post)
    int alreadyThere = 0;   // members that were in the campaign before
    QList<qint64> collaborationIds; // the collaborations this call created, by creator id
};

// Named shortlists of creators, saved from a filtered roster with a purpose, and the one-step
// "add these creators to a campaign". Every multi-row write is one transaction.
class ShortlistRepository : public QObject
{
    Q_OBJECT
public:
    // Ids per multi-row INSERT: 3 bound values each, well under every driver's limit.
    static constexpr int insertChunk = 300;

    explicit ShortlistRepository(Database &db, QObject *parent = nullptr);

    // Creates the shortlist and adds `creatorIds` (duplicates ignored) in one transaction.
    // Returns the new id, or 0 on failure (a name in use is Code::Conflict; an unknown creator
    // fails the whole write).
    qint64 create(const QString &name, const QString &purpose, const RosterFilter &filter,
                  const QList<qint64> &creatorIds, StoreError *error = nullptr);
    // Adds creators to an existing shortlist in one transaction; existing members are kept once.
    // `added` receives how many were new.
    bool addMembers(qint64 shortlistId, const QList<qint64> &creatorIds, StoreError *error = nullptr,
                    int *added = nullptr);
    bool removeMembers(qint64 shortlistId, const QList<qint64> &creatorIds, StoreError *error = nullptr);
    bool remove(qint64 shortlistId, StoreError *error = nullptr);
    // Puts a shortlist back as it was (same id, name, purpose, filter, author and time) with
    // `members`, in one transaction: what undo of a delete and redo of a create need.
    bool restore(const ShortlistInfo &info, const QList<qint64> &members, StoreError *error = nullptr);

    QList<ShortlistInfo> list(StoreError *error = nullptr) const;   // by name
    std::optional<ShortlistInfo> find(qint64 shortlistId, StoreError *error = nullptr) const;
    QList<qint64> members(qint64 shortlistId, StoreError *error = nullptr) const; // by creator id
    bool nameInUse(const QString &name) const;

    // Campaigns to pick from, open ones first, then by name.
    QList<CampaignChoice> campaigns(StoreError *error = nullptr) const;
    // Adds every member not yet in the campaign as a planned collaboration, in one transaction.
    bool addToCampaign(qint64 shortlistId, qint64 campaignId, AddToCampaignResult *result,
                       StoreError *error = nullptr);
    // Takes back collaborations addToCampaign() created, in one transaction: only when every one
    // still exists, is still 'planned' and has no posts; otherwise nothing is removed and the
    // error (Conflict) says how many have moved on.
    bool removeCollaborations(qint64 campaignId, const QList<qint64> &collaborationIds,
                              StoreError *error = nullptr);

signals:
    void shortlistsChanged();
    void collaborationsAdded(qint64 campaignId, int count);
    void collaborationsRemoved(qint64 campaignId, int count);
    // A shortlist undo command (ShortlistCommands.h) could not redo or undo its step; the
    // direct calls above report through their return value and `error` instead.
    void writeFailed(const rr::StoreError &error);

private:
    bool insertMembers(qint64 shortlistId, const QList<qint64> &creatorIds, int *added, StoreError *error,
                       WriteTransaction &tx);

    Database &m_db;
};

} // namespace rr
