// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "store/Dialect.h"

class QSqlError;

namespace rr {

// What went wrong with a database, in words a brand manager can act on (`message`, translated)
// plus the driver's own text (`detail`) for support. Each code has its own CLI exit code.
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(rr::StoreError)
public:
    enum class Code {
        None,
        CannotOpen,      // missing file, no permission, folder not writable
        NotADatabase,    // not SQLite, or an SQLite file of another program
        NewerSchema,     // written by a newer RedRoster
        ReadOnly,        // file or medium not writable
        Locked,          // another program holds the lock
        DiskFull,
        Corrupt,
        MigrationFailed,
        BackupFailed,
        Conflict,        // someone else saved the same row first
        NotFound,        // row deleted meanwhile
        PermissionDenied, // the PostgreSQL role may not do this (a viewer writing)
        ConnectionLost,  // the PostgreSQL server went away or cannot be reached
        LoginRefused,    // the PostgreSQL server refused the user name or password
        Query            // any other SQL failure
    };

    Code code = Code::None;
    QString message;
    QString detail;

    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }

    // Exit code of command-line tools for this error (0 for None).
    int exitCode() const;

    // Classifies a driver error; `target` names the file or server for the message. SQLite
    // reports numeric result codes, PostgreSQL five-character SQLSTATEs.
    static StoreError fromSql(const QSqlError &error, const QString &target, Backend backend = Backend::Sqlite);
    // True for errors worth retrying once the connection is back.
    bool isConnectionLost() const { return code == Code::ConnectionLost; }
    static StoreError make(Code code, const QString &message, const QString &detail = {});
    // The standard sentence for a code, naming the file or server.
    static QString describe(Code code, const QString &target);
    static QString needsUpgrade(const QString &target);
    // A team's server database that this version must upgrade, opened by a viewer or an editor.
    static QString ownerMustUpgrade(const QString &target);
};

} // namespace rr
