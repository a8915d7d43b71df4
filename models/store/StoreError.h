// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

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
        Query            // any other SQL failure
    };

    Code code = Code::None;
    QString message;
    QString detail;

    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }

    // Exit code of command-line tools for this error (0 for None).
    int exitCode() const;

    // Classifies a driver error; `target` names the file or server for the message.
    static StoreError fromSql(const QSqlError &error, const QString &target);
    static StoreError make(Code code, const QString &message, const QString &detail = {});
    // The standard sentence for a code, naming the file or server.
    static QString describe(Code code, const QString &target);
    static QString needsUpgrade(const QString &target);
};

} // namespace rr
