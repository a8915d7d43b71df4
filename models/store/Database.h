// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Dialect.h"
#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace rr {

struct SchemaDef;

// Where the data lives: a local SQLite file (default) or, for teams, a PostgreSQL server.
struct ConnectionSpec
{
    Backend backend = Backend::Sqlite;
    QString path;      // SQLite file
    QString host;      // PostgreSQL
    int port = 5432;
    QString database;
    QString user;
    QString password;  // never persisted by the app
    QString options;   // driver connect options, e.g. sslmode

    static ConnectionSpec sqlite(const QString &path);
    // postgresql://[user[:password]@]host[:port]/database[?sslmode=require&connect_timeout=5...]
    // (also postgres://). Without a password in it, libpq's own sources apply: PGPASSWORD or
    // ~/.pgpass (%APPDATA%\postgresql\pgpass.conf on Windows). Null with a reason on bad input.
    static std::optional<ConnectionSpec> fromPostgresUrl(const QString &url, QString *error);
    static bool isPostgresUrl(const QString &text);
    // The URL of a PostgreSQL spec, without its password (safe to show and to remember).
    QString postgresUrl() const;
    // Text naming the database in messages: the file path or user@host:port/db.
    QString displayName() const;
};

struct OpenOptions
{
    bool create = true;       // create the file (and schema) when missing
    bool readOnly = false;    // open without writing (check, inspection)
    bool migrate = true;      // upgrade an older schema (after a backup copy)
    const SchemaDef *schema = nullptr; // defaults to currentSchema(); tests pass their own
    int busyTimeoutMs = 5000;
};

// One open connection to a RedRoster database, with its schema checked and brought up to date.
// A Database belongs to the thread that opened it; a worker thread opens its own with openSibling().
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens, checks and (if allowed) migrates. On failure returns null and fills `error`.
    static std::unique_ptr<Database> open(const ConnectionSpec &spec, StoreError *error,
                                          const OpenOptions &options = {});
    // Another connection to the same database for use in another thread. No migration.
    std::unique_ptr<Database> openSibling(StoreError *error) const;

    QSqlDatabase sql() const;
    const Dialect &dialect() const { return *m_dialect; }
    const ConnectionSpec &spec() const { return m_spec; }
    const SchemaDef &schema() const { return *m_schema; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_readOnly; }
    // The copy made before the last upgrade on open, empty when none was needed.
    QString upgradeBackupPath() const { return m_upgradeBackup; }
    // Who is making changes, for the audit log.
    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

    // A team server's connection after a restart or a network loss: whether it still answers
    // (always true for a file), and opening it again with the same settings. Queries prepared on
    // the old connection are invalid afterwards; a LISTEN must be made again (ChangeFeed::restart).
    bool isAlive() const;
    bool reconnect(StoreError *error);
    // For connections of worker threads (openSibling()): once the main connection was opened
    // again, theirs is broken too; call at the start of each job. True when it reconnected now
    // (temporary tables of the old connection are gone).
    bool catchUpReconnect();

    // Writes a consistent copy of the open database to `target` (replacing it atomically).
    bool backupTo(const QString &target, StoreError *error) const;

    StoreError errorFrom(const QSqlError &error) const;

    // Current UTC time in the stored ISO form.
    static QString nowUtc();

private:
    Database(const ConnectionSpec &spec, const OpenOptions &options);
    bool connect(StoreError *error);
    bool reopen(StoreError *error); // close and open again with the same settings
    bool checkAndMigrate(StoreError *error);
    bool migrateShared(int version, StoreError *error);
    int readSchemaVersion(bool *isForeign, StoreError *error);

    ConnectionSpec m_spec;
    OpenOptions m_options;
    std::unique_ptr<Dialect> m_dialect;
    const SchemaDef *m_schema = nullptr;
    QString m_connectionName;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    bool m_isSibling = false; // opened by openSibling(): leaves the journal mode alone
    QString m_upgradeBackup;
    QString m_userName;
    // Reconnections of the main connection, shared with its siblings (see catchUpReconnect()).
    std::shared_ptr<std::atomic<int>> m_epoch = std::make_shared<std::atomic<int>>(0);
    int m_seenEpoch = 0;
};

// A write transaction that rolls back unless committed: every import and multi-row edit runs in
// one, so a failure, a cancel or a killed process leaves the database as it was.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begin(StoreError *error);
    bool commit(StoreError *error);
    void rollback();
    bool isActive() const { return m_active; }

private:
    const Database &m_db;
    bool m_active = false;
};

} // namespace rr
