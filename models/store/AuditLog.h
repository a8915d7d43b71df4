// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rr {

class Database;

// One row of the audit log: who changed which row when, and for an update what changed.
struct AuditEntry
{
    QDateTime at;       // UTC
    QString user;
    QString table;      // creators, collaborations, vetting, posts, ...
    qint64 rowId = 0;
    QString action;     // insert / update / delete
    QJsonObject changes; // {"field": [old, new]} when recorded
};

// The audit log: every change with the database's user and the time, and for each creator the
// changes that concern them (their profile, vetting, collaborations, posts, shortlists, events).
class AuditLog
{
public:
    // Records a change inside the caller's transaction. `creatorId` (0 when none) files it under
    // that creator's history; `changes` may be null.
    static bool record(const Database &db, const QString &table, qint64 rowId, const QString &action,
                       qint64 creatorId, const QJsonObject *changes, StoreError *error);
    // The changes concerning a creator, newest first, at most `limit`.
    static QList<AuditEntry> forCreator(const Database &db, qint64 creatorId, int limit, StoreError *error = nullptr);
    // The last change of one row (e.g. the colleague's save that made a conflict), if recorded.
    static std::optional<AuditEntry> lastChange(const Database &db, const QString &table, qint64 rowId);
};

} // namespace rr
