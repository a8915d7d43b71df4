// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CreatorRepository.h"

#include <QJsonObject>

class QSqlQuery;

namespace rr {
class WriteTransaction;
}

namespace rr::creator_record {

// Internal to CreatorRepository: statements shared by its write paths. Each runs inside the
// caller's WriteTransaction and fills `error` on failure.

inline const QString kCreatorsTable = QStringLiteral("creators");

// Executes a prepared query; on failure fills `error` (when given), rolls `tx` (when given) back
// while the query still exists (PostgreSQL cannot free a statement in an aborted transaction:
// "Unable to free statement") and returns false.
bool run(QSqlQuery &q, const Database &db, StoreError *error, WriteTransaction *tx = nullptr);

class CreatorWriter
{
public:
    CreatorWriter(const Database &db, StoreError *error, WriteTransaction *tx = nullptr)
        : m_db(db), m_error(error), m_tx(tx)
    {
    }

    bool audit(const QString &action, qint64 rowId, const QJsonObject *changes); // changes null: none kept
    bool writeTags(qint64 id, const QStringList &tags);           // replaces the creator's tags, creating new ones
    bool writeCategories(qint64 id, const QList<qint64> &categoryIds); // replaces secondary categories
    // Returns the new snapshot's id, 0 on failure.
    qint64 addSnapshot(qint64 creatorId, const QDate &asOf, qint64 followers, const QString &source);
    bool removeSnapshot(qint64 creatorId, qint64 snapshotId);
    // The latest snapshot by date (then by insertion); nullopt when there is none.
    std::optional<FollowerSnapshot> latestSnapshot(qint64 creatorId, bool *ok);
    // A relationship event "prospect → negotiating" by the database's user.
    bool statusEvent(qint64 creatorId, Status from, Status to);

private:
    qint64 tagIdFor(const QString &name); // 0 when missing, -1 on error

    const Database &m_db;
    StoreError *m_error;
    WriteTransaction *m_tx;
};

} // namespace rr::creator_record
