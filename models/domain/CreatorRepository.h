// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Category.h"
#include "domain/Creator.h"
#include "store/StoreError.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace rr {

class Database;

// Options of CreatorRepository::update(), used by undo to keep the follower history consistent.
struct CreatorUpdateOptions
{
    bool recordFollowerSnapshot = true; // a changed follower count adds a snapshot
    qint64 removeSnapshotId = 0;        // a snapshot to drop first (undo of an edit)
};

// One dated follower count of a creator (the "updated quarterly" history).
struct FollowerSnapshot
{
    qint64 id = 0;
    qint64 creatorId = 0;
    QDate asOf;
    qint64 followers = 0;
    QString source; // manual, pugongying, qiangua, screenshot, import, ...
};

// Another creator that is probably the same person.
struct DuplicateHit
{
    enum class Reason {
        Handle,      // same 小红书号, compared case-insensitively
        ProfileLink, // same normalised profile link
        Both
    };
    Reason reason = Reason::Handle;
    qint64 id = 0;
    QString nickname;
    QString handle;
};

// Reads and writes creator profiles with their categories, tags, follower history, relationship
// events and audit trail. Every write is one transaction with optimistic locking on `version`.
// The repository belongs to the thread of its Database.
class CreatorRepository : public QObject
{
    Q_OBJECT
public:
    // How insert() treats id and version.
    enum class InsertMode {
        New,     // a new row: the database picks the id, version becomes 1
        Restore  // put back a row removed by undo, with its former id and version
    };

    using UpdateOptions = CreatorUpdateOptions;

    explicit CreatorRepository(Database &db, QObject *parent = nullptr);

    Database &database() const { return m_db; }

    QList<Category> categories() const;
    QStringList knownTags() const;
    QStringList knownOwners() const;
    QStringList knownCities() const;

    std::optional<Creator> load(qint64 id, StoreError *error = nullptr) const;

    // Stores a new creator; sets creator.id and creator.version.
    bool insert(Creator &creator, StoreError *error = nullptr, InsertMode mode = InsertMode::New);

    // Saves an edited creator if nobody changed the row since it was loaded (same version).
    // Fails with Code::Conflict when the row has another version, Code::NotFound when it is gone.
    // On success `edited` holds the stored state: the new version and the follower count, which
    // mirrors the latest snapshot by date. `createdSnapshotId` receives the id of a snapshot the
    // update added (0 when none).
    bool update(Creator &edited, StoreError *error = nullptr, const CreatorUpdateOptions &options = CreatorUpdateOptions(),
                qint64 *createdSnapshotId = nullptr);

    // Hard delete (PIPL): the row and everything cascading from it are gone, and earlier audit
    // rows of the creator lose their recorded values. The new audit row names only the row id.
    // Not undoable on purpose.
    bool remove(qint64 id, StoreError *error = nullptr);
    // Hard delete of several creators in one transaction: all of them, or none.
    bool remove(const QList<qint64> &ids, StoreError *error = nullptr);

    // Other creators with the same handle (case-insensitive) or the same normalised profile link.
    QList<DuplicateHit> findDuplicates(const QString &handle, const QString &profileUrl,
                                       qint64 excludeId = 0) const;

    // Oldest first.
    QList<FollowerSnapshot> followerHistory(qint64 creatorId) const;
    // Adds a snapshot; the creator's follower count follows the latest snapshot by date (an older
    // snapshot does not overwrite a newer one). Bumps the creator's version.
    bool addFollowerSnapshot(qint64 creatorId, const QDate &asOf, qint64 followers,
                             const QString &source, StoreError *error = nullptr);

signals:
    void creatorAdded(qint64 id);
    void creatorChanged(qint64 id);
    void creatorRemoved(qint64 id);
    void creatorsRemoved(const QList<qint64> &ids); // once per remove() call
    // Any failed write (insert, update, remove, addFollowerSnapshot), also from undo commands
    // run inside QUndoStack::push()/undo()/redo(), which have no other way to report.
    void writeFailed(const rr::StoreError &error);

private:
    Database &m_db;
};

} // namespace rr
