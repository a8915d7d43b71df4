// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreError.h"

#include <QSqlError>

namespace rr {

int StoreError::exitCode() const
{
    switch (code) {
    case Code::None: return 0;
    case Code::CannotOpen: return 3;
    case Code::NotADatabase: return 4;
    case Code::NewerSchema: return 5;
    case Code::ReadOnly: return 6;
    case Code::Locked: return 7;
    case Code::DiskFull: return 8;
    case Code::Corrupt: return 9;
    case Code::MigrationFailed: return 10;
    case Code::BackupFailed: return 11;
    case Code::Conflict:
    case Code::NotFound:
    case Code::Query: return 12;
    case Code::PermissionDenied: return 13;
    case Code::ConnectionLost: return 14;
    case Code::LoginRefused: return 15;
    }
    return 12;
}

StoreError StoreError::make(Code code, const QString &message, const QString &detail)
{
    StoreError e;
    e.code = code;
    e.message = message;
    e.detail = detail;
    return e;
}

QString StoreError::describe(Code code, const QString &target)
{
    switch (code) {
    case Code::None: return {};
    case Code::CannotOpen: return tr("Cannot open %1.").arg(target);
    case Code::NotADatabase: return tr("%1 is not a RedRoster database.").arg(target);
    case Code::NewerSchema:
        return tr("%1 was written by a newer version of RedRoster. Update RedRoster to open it; "
                  "the file was left untouched.").arg(target);
    case Code::ReadOnly:
        return tr("%1 is read-only. Copy it somewhere writable or change its permissions.").arg(target);
    case Code::Locked:
        return tr("%1 is locked by another program. Close the other program and try again.").arg(target);
    case Code::DiskFull:
        return tr("The disk holding %1 is full. Nothing was changed; free some space and try again.").arg(target);
    case Code::Corrupt: return tr("%1 is damaged. Open a backup instead.").arg(target);
    case Code::MigrationFailed:
        return tr("Upgrading %1 failed; the file was left as it was.").arg(target);
    case Code::BackupFailed: return tr("Could not write the backup %1.").arg(target);
    case Code::Conflict:
        return tr("Someone else changed this record in %1 after you opened it.").arg(target);
    case Code::NotFound: return tr("The record no longer exists in %1.").arg(target);
    case Code::Query: return tr("A database operation on %1 failed.").arg(target);
    case Code::PermissionDenied:
        return tr("Your role on %1 does not allow this. Ask whoever runs the server for editor rights.").arg(target);
    case Code::ConnectionLost:
        return tr("The connection to %1 was lost or cannot be made. Nothing was saved; check the network "
                  "and the server, then try again.").arg(target);
    case Code::LoginRefused:
        return tr("%1 refused the user name or password. Check them and try again.").arg(target);
    }
    return {};
}

QString StoreError::needsUpgrade(const QString &target)
{
    return tr("%1 was made by an older version of RedRoster and must be upgraded, which cannot "
              "be done while it is opened read-only.").arg(target);
}

namespace {

// PostgreSQL's SQLSTATE, or its words where the driver has none (a connection that broke).
StoreError::Code postgresCode(const QString &state, const QString &text)
{
    using Code = StoreError::Code;
    if (state == QLatin1String("42501"))
        return Code::PermissionDenied;
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
        || state == QLatin1String("57P03"))
        return Code::ConnectionLost;
    if (state == QLatin1String("25006"))
        return Code::ReadOnly;
    if (state == QLatin1String("53100"))
        return Code::DiskFull;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return Code::Conflict;
    if (state == QLatin1String("55P03"))
        return Code::Locked;
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return Code::Corrupt;
    if (state == QLatin1String("28P01"))
        return Code::LoginRefused;
    if (state == QLatin1String("3D000") || state == QLatin1String("28000"))
        return Code::CannotOpen;
    if (!state.isEmpty())
        return Code::Query;
    // No SQLSTATE: libpq's own words about the connection (in English unless its catalog for the
    // user's language is installed; then these fall through to a plain query error).
    const QString lower = text.toLower();
    for (const char *words : {"password authentication failed", "no password supplied", "fe_sendauth"})
        if (lower.contains(QLatin1String(words)))
            return Code::LoginRefused;
    // The server answered but refused: unknown user or database, wrong password.
    if (lower.contains(QLatin1String("fatal:")) && !lower.contains(QLatin1String("terminating connection")))
        return Code::CannotOpen;
    for (const char *words : {"server closed the connection", "no connection to the server", "could not receive data",
                              "could not send data", "connection refused", "timeout expired", "could not translate host",
                              "no route to host", "network is unreachable", "terminating connection"})
        if (lower.contains(QLatin1String(words)))
            return Code::ConnectionLost;
    return Code::Query;
}

} // namespace

QString StoreError::ownerMustUpgrade(const QString &target)
{
    return tr("%1 needs an upgrade for this version of RedRoster, which only the database's owner can make. "
              "Ask them to open it with this version first.").arg(target);
}

StoreError StoreError::fromSql(const QSqlError &error, const QString &target, Backend backend)
{
    if (backend == Backend::Postgres) {
        const Code code = postgresCode(error.nativeErrorCode(), error.text());
        return make(code, describe(code, target), error.text());
    }
    // SQLite result codes (primary code in the low byte of extended codes).
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok) & 0xff;
    const QString text = error.text();
    Code code = Code::Query;
    if (ok) {
        switch (native) {
        case 5:  // SQLITE_BUSY
        case 6:  // SQLITE_LOCKED
            code = Code::Locked;
            break;
        case 8:  // SQLITE_READONLY
            code = Code::ReadOnly;
            break;
        case 11: // SQLITE_CORRUPT
            code = Code::Corrupt;
            break;
        case 13: // SQLITE_FULL
            code = Code::DiskFull;
            break;
        case 14: // SQLITE_CANTOPEN
            code = Code::CannotOpen;
            break;
        case 26: // SQLITE_NOTADB
            code = Code::NotADatabase;
            break;
        default:
            break;
        }
    }
    if (code == Code::Query) {
        // Drivers that give no numeric code still say it in words.
        const QString lower = text.toLower();
        if (lower.contains(QLatin1String("database is locked")))
            code = Code::Locked;
        else if (lower.contains(QLatin1String("disk is full")) || lower.contains(QLatin1String("no space left")))
            code = Code::DiskFull;
        else if (lower.contains(QLatin1String("readonly database")) || lower.contains(QLatin1String("read-only")))
            code = Code::ReadOnly;
        else if (lower.contains(QLatin1String("file is not a database")))
            code = Code::NotADatabase;
    }
    return make(code, describe(code, target), text);
}

} // namespace rr
