// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rr {

class Database;

// What `redroster check` finds: SQLite's own checks plus RedRoster's consistency rules.
struct IntegrityReport
{
    struct TableCount
    {
        QString table;
        qint64 rows = -1; // -1: the table is missing
    };
    struct ForeignKeyViolation
    {
        QString table;
        qint64 rowId = 0;
        QString parent;
    };
    // One finding of our own consistency checks.
    struct Problem
    {
        enum class Kind { FollowersMismatch, SearchTextMismatch, UnknownStatus, MissingTable };
        Kind kind;
        QString table;
        qint64 rowId = 0;
        QString message;
    };

    QString target;                 // file or server, as shown in messages
    int schemaVersion = 0;          // stored in meta
    int currentVersion = 0;         // what this build writes
    QStringList integrityLines;     // PRAGMA integrity_check; {"ok"} when clean
    QList<ForeignKeyViolation> foreignKeyViolations;
    QList<TableCount> rowCounts;    // every table of the schema description, in its order
    QList<Problem> problems;
    StoreError error;               // a check that could not run

    bool integrityOk() const;
    bool ok() const;
    int count(Problem::Kind kind) const;
    qint64 rows(const QString &table) const; // -1 when unknown
    // Plain text for a terminal, one section per check, ending with a verdict line.
    QString toText() const;
};

class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(rr::IntegrityCheck)
public:
    // Reads only: safe on a database opened read-only.
    static IntegrityReport run(Database &db);

    // Findings of one kind beyond this many are counted, not listed one by one.
    static constexpr int maxListedPerKind = 20;
};

} // namespace rr
