// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "store/Migrator.h"
#include "store/OwnBackends.h"
#include "store/Schema.h"
#include "store/TeamRoles.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QScopeGuard>
#include <QUrl>

namespace rr {

namespace {

QAtomicInt connectionCounter;

// The statements every new (or reopened) connection runs; on a server, also the session's family
// token (OwnBackends), which the change notifications carry.
bool setUpSession(QSqlDatabase &db, const Dialect &dialect, const ConnectionSpec &spec, quintptr family,
                  QSqlError *failed)
{
    QSqlQuery q(db);
    for (const QString &stmt : dialect.connectionSetup()) {
        if (!q.exec(stmt)) {
            *failed = q.lastError();
            return false;
        }
    }
    if (spec.backend != Backend::Postgres)
        return true;
    q.prepare(QStringLiteral("SELECT set_config(?, ?, false)"));
    q.addBindValue(QString::fromLatin1(OwnBackends::kSetting));
    q.addBindValue(OwnBackends::familyToken(family));
    if (!q.exec()) {
        *failed = q.lastError();
        return false;
    }
    return true;
}

QString newConnectionName()
{
    return QStringLiteral("redroster-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

// SQLite files start with this 16-byte header; anything else is not ours to touch.
bool looksLikeSqlite(const QString &path, bool *isEmpty)
{
    QFile f(path);
    *isEmpty = f.size() == 0;
    if (*isEmpty)
        return true;
    if (!f.open(QIODevice::ReadOnly))
        return true; // let the driver report the real reason
    const QByteArray head = f.read(16);
    return head == QByteArray("SQLite format 3\0", 16);
}

QString defaultUserName()
{
    QString name = qEnvironmentVariable("REDROSTER_USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace

ConnectionSpec ConnectionSpec::sqlite(const QString &path)
{
    ConnectionSpec spec;
    spec.backend = Backend::Sqlite;
    spec.path = path;
    return spec;
}

QString ConnectionSpec::displayName() const
{
    if (backend == Backend::Sqlite)
        return QDir::toNativeSeparators(path);
    const QString server = QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database);
    return user.isEmpty() ? server : user + QLatin1Char('@') + server;
}

Database::Database(const ConnectionSpec &spec, const OpenOptions &options)
    : m_spec(spec),
      m_options(options),
      m_dialect(Dialect::create(spec.backend)),
      m_schema(options.schema ? options.schema : &currentSchema()),
      m_connectionName(newConnectionName()),
      m_readOnly(options.readOnly),
      m_userName(defaultUserName())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // At rest the file is one self-contained file again (no -wal / -shm beside it), so it
            // can be copied, mailed, or opened read-only from a folder nobody may write to. Fails
            // harmlessly while another connection still has it open.
            if (m_spec.backend == Backend::Sqlite && !m_readOnly && !m_isSibling)
                QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

StoreError Database::errorFrom(const QSqlError &error) const
{
    StoreError e = StoreError::fromSql(error, m_spec.displayName(), m_spec.backend);
    // A connection that broke earlier (a server restart noticed by another query) fails later
    // statements without an SQLSTATE and often without words: ask the server whether it is there.
    if (m_spec.backend == Backend::Postgres && e.code == StoreError::Code::Query && error.nativeErrorCode().isEmpty()
        && !isAlive()) {
        e.code = StoreError::Code::ConnectionLost;
        e.message = StoreError::describe(e.code, m_spec.displayName());
    }
    return e;
}

QString Database::nowUtc()
{
    // Milliseconds: change tracking (the roster's search index) orders rows by this stamp.
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

std::unique_ptr<Database> Database::open(const ConnectionSpec &spec, StoreError *error,
                                         const OpenOptions &options)
{
    StoreError local;
    StoreError *err = error ? error : &local;
    *err = {};
    std::unique_ptr<Database> db(new Database(spec, options));
    if (!db->connect(err) || !db->checkAndMigrate(err))
        return nullptr;
    // A viewer on the team's server: the app offers no editing (the server would refuse it).
    if (spec.backend == Backend::Postgres && !db->m_readOnly && !TeamRoles::canEdit(*db))
        db->m_readOnly = true;
    return db;
}

std::unique_ptr<Database> Database::openSibling(StoreError *error) const
{
    OpenOptions o = m_options;
    o.create = false;
    o.migrate = false;
    o.readOnly = m_readOnly;
    o.schema = m_schema;
    std::unique_ptr<Database> db(new Database(m_spec, o));
    db->m_userName = m_userName;
    db->m_isSibling = true;
    db->m_epoch = m_epoch;
    db->m_seenEpoch = m_epoch->load();
    StoreError local;
    StoreError *err = error ? error : &local;
    if (!db->connect(err) || !db->checkAndMigrate(err))
        return nullptr;
    return db;
}

bool Database::isAlive() const
{
    if (m_spec.backend != Backend::Postgres)
        return true;
    QSqlQuery q(sql());
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

bool Database::reopen(StoreError *error)
{
    QSqlDatabase db = sql();
    db.close();
    if (!db.open()) {
        if (error)
            *error = errorFrom(db.lastError());
        return false;
    }
    QSqlError failed;
    if (!setUpSession(db, *m_dialect, m_spec, quintptr(m_epoch.get()), &failed)) {
        if (error)
            *error = errorFrom(failed);
        return false;
    }
    return true;
}

bool Database::catchUpReconnect()
{
    const int epoch = m_epoch->load();
    if (epoch == m_seenEpoch || !reopen(nullptr))
        return false; // a failed reopen is tried again at the next job
    m_seenEpoch = epoch;
    return true;
}

bool Database::reconnect(StoreError *error)
{
    if (!reopen(error))
        return false;
    if (!m_isSibling)
        m_seenEpoch = ++*m_epoch; // the worker threads' connections follow at their next job
    return true;
}

bool Database::connect(StoreError *error)
{
    const QString target = m_spec.displayName();
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driverName())) {
        *error = StoreError::make(StoreError::Code::CannotOpen, StoreError::describe(StoreError::Code::CannotOpen, target),
                                  QStringLiteral("Qt SQL driver %1 is not available").arg(m_dialect->driverName()));
        return false;
    }

    QString connectOptions;
    if (m_spec.backend == Backend::Sqlite) {
        const QFileInfo info(m_spec.path);
        if (m_spec.path.isEmpty()) {
            *error = StoreError::make(StoreError::Code::CannotOpen, StoreError::describe(StoreError::Code::CannotOpen, target),
                                      QStringLiteral("no file name given"));
            return false;
        }
        if (info.exists()) {
            if (!info.isFile()) {
                *error = StoreError::make(StoreError::Code::CannotOpen,
                                          StoreError::describe(StoreError::Code::CannotOpen, target),
                                          QStringLiteral("not a regular file"));
                return false;
            }
            bool isEmpty = false;
            if (!looksLikeSqlite(m_spec.path, &isEmpty)) {
                *error = StoreError::make(StoreError::Code::NotADatabase,
                                          StoreError::describe(StoreError::Code::NotADatabase, target),
                                          QStringLiteral("the file does not start with the SQLite header"));
                return false;
            }
            if (!m_readOnly && !info.isWritable()) {
                *error = StoreError::make(StoreError::Code::ReadOnly,
                                          StoreError::describe(StoreError::Code::ReadOnly, target));
                return false;
            }
        } else {
            if (!m_options.create || m_readOnly) {
                *error = StoreError::make(StoreError::Code::CannotOpen,
                                          StoreError::describe(StoreError::Code::CannotOpen, target),
                                          QStringLiteral("no such file"));
                return false;
            }
            const QFileInfo dir(info.absolutePath());
            if (!dir.exists() && !QDir().mkpath(info.absolutePath())) {
                *error = StoreError::make(StoreError::Code::CannotOpen,
                                          StoreError::describe(StoreError::Code::CannotOpen, target),
                                          QStringLiteral("cannot create folder %1").arg(info.absolutePath()));
                return false;
            }
        }
        connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs);
        if (m_readOnly)
            connectOptions += QLatin1String(";QSQLITE_OPEN_READONLY");
    } else {
        connectOptions = m_spec.options;
        // A dead network is noticed in seconds, not after the system's TCP timeout (minutes).
        for (const char *option : {"keepalives_idle=10", "keepalives_interval=5", "keepalives_count=3",
                                   "tcp_user_timeout=20000"}) {
            const QString text = QLatin1String(option);
            if (!connectOptions.contains(text.section(QLatin1Char('='), 0, 0) + QLatin1Char('=')))
                connectOptions += (connectOptions.isEmpty() ? QString() : QStringLiteral(";")) + text;
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    if (m_spec.backend == Backend::Sqlite) {
        db.setDatabaseName(m_spec.path);
    } else {
        db.setHostName(m_spec.host);
        db.setPort(m_spec.port);
        db.setDatabaseName(m_spec.database);
        db.setUserName(m_spec.user);
        db.setPassword(m_spec.password);
    }
    db.setConnectOptions(connectOptions);
    if (!db.open()) {
        *error = StoreError::fromSql(db.lastError(), target, m_spec.backend);
        if (error->code == StoreError::Code::Query) {
            error->code = StoreError::Code::CannotOpen;
            error->message = StoreError::describe(error->code, target);
        }
        return false;
    }
    if (m_spec.backend == Backend::Sqlite && m_readOnly && !QSqlQuery(db).exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        // A file left in WAL mode (after a crash, or open in another program) needs its -shm
        // file, which a read-only folder won't let SQLite create. Read it as an immutable
        // snapshot instead: fine for inspection, and nothing is ever written.
        db.close();
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(m_spec.path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?mode=ro&immutable=1"));
        db.setConnectOptions(connectOptions + QStringLiteral(";QSQLITE_OPEN_URI"));
        if (!db.open()) {
            *error = errorFrom(db.lastError());
            return false;
        }
    }

    QSqlError failed;
    if (!setUpSession(db, *m_dialect, m_spec, quintptr(m_epoch.get()), &failed)) {
        *error = errorFrom(failed);
        return false;
    }
    return true;
}

int Database::readSchemaVersion(bool *isForeign, StoreError *error)
{
    *isForeign = false;
    QSqlDatabase db = sql();
    const QStringList tables = db.tables(QSql::Tables);
    if (db.lastError().isValid()) {
        *error = errorFrom(db.lastError());
        return -1;
    }
    if (!tables.contains(QLatin1String("meta"))) {
        *isForeign = !tables.isEmpty();
        return 0;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("schema_version"));
    if (!q.exec()) {
        *error = errorFrom(q.lastError());
        return -1;
    }
    if (!q.next()) {
        *isForeign = true;
        return 0;
    }
    bool ok = false;
    const int v = q.value(0).toString().toInt(&ok);
    if (!ok || v < 1) {
        *isForeign = true;
        return 0;
    }
    return v;
}

bool Database::checkAndMigrate(StoreError *error)
{
    const QString target = m_spec.displayName();
    bool foreign = false;
    const int version = readSchemaVersion(&foreign, error);
    if (version < 0)
        return false;
    if (foreign) {
        *error = StoreError::make(StoreError::Code::NotADatabase,
                                  StoreError::describe(StoreError::Code::NotADatabase, target),
                                  QStringLiteral("the database has tables but no RedRoster schema version"));
        return false;
    }
    if (version == 0 && m_spec.backend == Backend::Postgres && !m_options.create) {
        // A command meant for existing data (export, check, roles) on an empty server database:
        // probably the wrong name, so no schema is made there.
        *error = StoreError::make(StoreError::Code::NotADatabase,
                                  StoreError::describe(StoreError::Code::NotADatabase, target),
                                  QStringLiteral("the server database has no RedRoster tables yet"));
        return false;
    }
    if (version > m_schema->version) {
        *error = StoreError::make(StoreError::Code::NewerSchema,
                                  StoreError::describe(StoreError::Code::NewerSchema, target),
                                  QStringLiteral("schema version %1, this build knows up to %2")
                                      .arg(version).arg(m_schema->version));
        return false;
    }
    m_schemaVersion = version;

    if (m_spec.backend == Backend::Sqlite && !m_readOnly) {
        // WAL lets the roster read while an import writes. Switched on only once the file is
        // known to be ours: it rewrites the header of a file in rollback-journal mode.
        QSqlQuery q(sql());
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            *error = errorFrom(q.lastError());
            return false;
        }
    }
    if (version == m_schema->version)
        return true;

    if (!m_options.migrate || m_readOnly) {
        *error = StoreError::make(StoreError::Code::MigrationFailed,
                                  StoreError::needsUpgrade(target),
                                  QStringLiteral("schema version %1 needs an upgrade to %2")
                                      .arg(version).arg(m_schema->version));
        return false;
    }

    // A copy of the file as it was, before any upgrade of a database that has data.
    if (version > 0 && m_spec.backend == Backend::Sqlite) {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup = QStringLiteral("%1.v%2-%3.bak").arg(m_spec.path).arg(version).arg(stamp);
        if (!backupTo(backup, error))
            return false;
        m_upgradeBackup = backup;
    }

    if (m_spec.backend == Backend::Postgres)
        return migrateShared(version, error);
    Migrator migrator(sql(), *m_dialect, *m_schema, target);
    if (!migrator.migrate(version, error))
        return false;
    m_schemaVersion = m_schema->version;
    return true;
}

bool Database::migrateShared(int version, StoreError *error)
{
    // Several people may start a newer RedRoster against the team's server at once: one of them
    // upgrades, holding a server-wide lock; the others wait, then find the schema current.
    constexpr qint64 kMigrationLock = 0x52520001; // "RR", 1
    QSqlQuery q(sql());
    q.prepare(QStringLiteral("SELECT pg_advisory_lock(?)"));
    q.addBindValue(kMigrationLock);
    if (!q.exec()) {
        *error = errorFrom(q.lastError());
        return false;
    }
    q.finish();
    auto unlock = qScopeGuard([&] {
        QSqlQuery u(sql());
        u.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
        u.addBindValue(kMigrationLock);
        u.exec();
    });
    bool foreign = false;
    const int now = readSchemaVersion(&foreign, error);
    if (now < 0)
        return false;
    if (now > m_schema->version) {
        *error = StoreError::make(StoreError::Code::NewerSchema,
                                  StoreError::describe(StoreError::Code::NewerSchema, m_spec.displayName()),
                                  QStringLiteral("schema version %1, this build knows up to %2").arg(now).arg(m_schema->version));
        return false;
    }
    if (now < version) { // versions only go up; read again only to see another client's upgrade
        *error = StoreError::make(StoreError::Code::MigrationFailed, StoreError::describe(StoreError::Code::MigrationFailed, m_spec.displayName()),
                                  QStringLiteral("schema version went from %1 down to %2").arg(version).arg(now));
        return false;
    }
    if (now < m_schema->version) {
        Migrator migrator(sql(), *m_dialect, *m_schema, m_spec.displayName());
        if (!migrator.migrate(now, error))
            return false;
    }
    m_schemaVersion = m_schema->version;
    return true;
}

bool Database::backupTo(const QString &target, StoreError *error) const
{
    const QString shown = QDir::toNativeSeparators(target);
    if (m_spec.backend != Backend::Sqlite) {
        if (error)
            *error = StoreError::make(StoreError::Code::BackupFailed, StoreError::describe(StoreError::Code::BackupFailed, shown),
                                      QStringLiteral("server databases are backed up by copying them to a local file"));
        return false;
    }
    const QFileInfo info(target);
    if (QFileInfo(m_spec.path).canonicalFilePath() == info.canonicalFilePath() && info.exists()) {
        if (error)
            *error = StoreError::make(StoreError::Code::BackupFailed, StoreError::describe(StoreError::Code::BackupFailed, shown),
                                      QStringLiteral("the backup cannot replace the open database"));
        return false;
    }
    // VACUUM INTO writes a consistent, compact copy; it refuses an existing file, so write beside
    // the target and rename over it, which also keeps a half-written copy from ever showing.
    const QString temp = target + QStringLiteral(".part");
    QFile::remove(temp);
    QSqlQuery q(sql());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temp);
    if (!q.exec()) {
        QFile::remove(temp);
        if (error) {
            *error = StoreError::fromSql(q.lastError(), shown);
            if (error->code == StoreError::Code::Query || error->code == StoreError::Code::CannotOpen) {
                error->code = StoreError::Code::BackupFailed;
                error->message = StoreError::describe(error->code, shown);
            }
        }
        return false;
    }
    if (QFile::exists(target) && !QFile::remove(target)) {
        QFile::remove(temp);
        if (error)
            *error = StoreError::make(StoreError::Code::BackupFailed, StoreError::describe(StoreError::Code::BackupFailed, shown),
                                      QStringLiteral("cannot replace the existing file"));
        return false;
    }
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        if (error)
            *error = StoreError::make(StoreError::Code::BackupFailed, StoreError::describe(StoreError::Code::BackupFailed, shown),
                                      QStringLiteral("cannot rename the finished copy"));
        return false;
    }
    return true;
}

WriteTransaction::WriteTransaction(const Database &db) : m_db(db) {}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::begin(StoreError *error)
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(m_db.dialect().beginWrite())) {
        if (error)
            *error = m_db.errorFrom(q.lastError());
        return false;
    }
    m_active = true;
    return true;
}

bool WriteTransaction::commit(StoreError *error)
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = m_db.errorFrom(q.lastError());
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace rr
