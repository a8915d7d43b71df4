// SPDX-License-Identifier: GPL-3.0-or-later
// Opening, checking and backing up real SQLite files, including every way a file can be wrong.
#include "store/Database.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace rr;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool insertCategory(const Database &db, const QString &key)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO categories (key, name_zh, name_en) VALUES (?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(key);
    q.addBindValue(key);
    return q.exec();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void freshDatabaseHasWholeSchema();
    void reopenIsIdempotent();
    void missingFileWithoutCreate();
    void textFileIsNotADatabase();
    void foreignSqliteFileIsRefused();
    void newerSchemaIsRefusedUntouched();
    void readOnlyFile();
    void readOnlyModeRefusesWrites();
    void lockedFile();
    void diskFullRollsBack();
    void writeTransactionRollsBackUnlessCommitted();
    void backupOpensLikeAnyDatabase();
    void backupReplacesExistingFile();
    void backupToMissingFolderFails();
    void siblingConnectionSeesCommittedData();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestStore::freshDatabaseHasWholeSchema()
{
    StoreError err;
    auto db = Database::open(ConnectionSpec::sqlite(path(QStringLiteral("fresh.sqlite"))), &err);
    QVERIFY2(db, qPrintable(err.message + QLatin1Char(' ') + err.detail));
    QCOMPARE(db->schemaVersion(), currentSchema().version);
    QVERIFY(db->upgradeBackupPath().isEmpty()); // nothing to back up in a new file

    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    for (const TableDef &t : currentSchema().tables) {
        const QSqlRecord rec = db->sql().record(t.name);
        QVERIFY2(!rec.isEmpty(), qPrintable(t.name));
        QCOMPARE(rec.count(), int(t.columns.size()));
        for (const ColumnDef &c : t.columns)
            QVERIFY2(rec.contains(c.name), qPrintable(t.name + QLatin1Char('.') + c.name));
    }
    for (const IndexDef &i : currentSchema().indexes) {
        QSqlQuery iq(db->sql());
        iq.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?"));
        iq.addBindValue(i.name);
        QVERIFY(iq.exec() && iq.next());
        QVERIFY2(iq.value(0).toInt() == 1, qPrintable(i.name));
    }
    // Seeded categories, foreign keys enforced.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM categories")), qint64(12));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO creator_tags (creator_id, tag_id) VALUES (999, 999)")));
}

void TestStore::reopenIsIdempotent()
{
    const QString p = path(QStringLiteral("reopen.sqlite"));
    {
        auto db = Database::open(ConnectionSpec::sqlite(p), nullptr);
        QVERIFY(db);
        QVERIFY(insertCategory(*db, QStringLiteral("custom")));
    }
    StoreError err;
    auto db = Database::open(ConnectionSpec::sqlite(p), &err);
    QVERIFY2(db, qPrintable(err.detail));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM categories")), qint64(13));
    QVERIFY(db->upgradeBackupPath().isEmpty());
}

void TestStore::missingFileWithoutCreate()
{
    OpenOptions o;
    o.create = false;
    StoreError err;
    const QString p = path(QStringLiteral("nope.sqlite"));
    QVERIFY(!Database::open(ConnectionSpec::sqlite(p), &err, o));
    QCOMPARE(err.code, StoreError::Code::CannotOpen);
    QVERIFY(err.message.contains(QStringLiteral("nope.sqlite")));
    QVERIFY(!QFile::exists(p));
}

void TestStore::textFileIsNotADatabase()
{
    const QString p = path(QStringLiteral("prospects.csv"));
    {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("handle,nickname\nabc,小美\n");
    }
    const QByteArray before = fileHash(p);
    StoreError err;
    QVERIFY(!Database::open(ConnectionSpec::sqlite(p), &err));
    QCOMPARE(err.code, StoreError::Code::NotADatabase);
    QVERIFY(err.message.contains(QStringLiteral("prospects.csv")));
    QCOMPARE(fileHash(p), before);
    QCOMPARE(err.exitCode(), 4);
}

void TestStore::foreignSqliteFileIsRefused()
{
    const QString p = path(QStringLiteral("other-app.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-foreign"));
        raw.setDatabaseName(p);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('keep me')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-foreign"));
    const QByteArray before = fileHash(p);
    StoreError err;
    QVERIFY(!Database::open(ConnectionSpec::sqlite(p), &err));
    QCOMPARE(err.code, StoreError::Code::NotADatabase);
    QCOMPARE(fileHash(p), before);
}

void TestStore::newerSchemaIsRefusedUntouched()
{
    const QString p = path(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(ConnectionSpec::sqlite(p), nullptr);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(p);
    StoreError err;
    QVERIFY(!Database::open(ConnectionSpec::sqlite(p), &err));
    QCOMPARE(err.code, StoreError::Code::NewerSchema);
    QVERIFY(err.message.contains(QStringLiteral("future.sqlite")));
    QVERIFY(err.detail.contains(QStringLiteral("999")));
    QCOMPARE(fileHash(p), before);
    QCOMPARE(err.exitCode(), 5);
}

void TestStore::readOnlyFile()
{
    const QString p = path(QStringLiteral("readonly.sqlite"));
    QVERIFY(Database::open(ConnectionSpec::sqlite(p), nullptr));
    QVERIFY(QFile::setPermissions(p, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    if (::geteuid() == 0)
        QSKIP("root can write to read-only files; the permission check cannot be observed");
    StoreError err;
    QVERIFY(!Database::open(ConnectionSpec::sqlite(p), &err));
    QCOMPARE(err.code, StoreError::Code::ReadOnly);
    // Read-only inspection still works.
    OpenOptions o;
    o.readOnly = true;
    QVERIFY(Database::open(ConnectionSpec::sqlite(p), &err, o));
}

void TestStore::readOnlyModeRefusesWrites()
{
    const QString p = path(QStringLiteral("romode.sqlite"));
    QVERIFY(Database::open(ConnectionSpec::sqlite(p), nullptr));
    OpenOptions o;
    o.readOnly = true;
    StoreError err;
    auto db = Database::open(ConnectionSpec::sqlite(p), &err, o);
    QVERIFY2(db, qPrintable(err.detail));
    QVERIFY(db->isReadOnly());
    QSqlQuery q(db->sql());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('x')")));
    const StoreError writeErr = db->errorFrom(q.lastError());
    QCOMPARE(writeErr.code, StoreError::Code::ReadOnly);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM tags")), qint64(0));
}

void TestStore::lockedFile()
{
    const QString p = path(QStringLiteral("locked.sqlite"));
    auto holder = Database::open(ConnectionSpec::sqlite(p), nullptr);
    QVERIFY(holder);
    QSqlQuery hq(holder->sql());
    // Exclusive locking mode keeps every other connection out, readers included.
    QVERIFY(hq.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
    QVERIFY(hq.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(hq.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('held')")));

    OpenOptions o;
    o.busyTimeoutMs = 100;
    StoreError err;
    QVERIFY(!Database::open(ConnectionSpec::sqlite(p), &err, o));
    QCOMPARE(err.code, StoreError::Code::Locked);
    QVERIFY(err.message.contains(QStringLiteral("locked.sqlite")));
    QCOMPARE(err.exitCode(), 7);
    QVERIFY(hq.exec(QStringLiteral("ROLLBACK")));
}

void TestStore::diskFullRollsBack()
{
    const QString p = path(QStringLiteral("full.sqlite"));
    auto db = Database::open(ConnectionSpec::sqlite(p), nullptr);
    QVERIFY(db);
    QVERIFY(insertCategory(*db, QStringLiteral("before")));
    const qint64 before = scalar(*db, QStringLiteral("SELECT count(*) FROM categories"));
    QSqlQuery q(db->sql());
    // Cap the file at its current size: the next pages cannot be allocated, as on a full disk.
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const qint64 pages = q.value(0).toLongLong();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

    WriteTransaction tx(*db);
    StoreError err;
    QVERIFY(tx.begin(&err));
    QSqlQuery ins(db->sql());
    ins.prepare(QStringLiteral("INSERT INTO categories (key, name_zh, name_en) VALUES (?, ?, ?)"));
    bool failed = false;
    for (int i = 0; i < 5000 && !failed; ++i) {
        ins.addBindValue(QStringLiteral("k%1").arg(i));
        ins.addBindValue(QString(200, QChar(0x7EA2)));
        ins.addBindValue(QString(200, QLatin1Char('x')));
        if (!ins.exec()) {
            failed = true;
            err = db->errorFrom(ins.lastError());
        }
    }
    QVERIFY(failed);
    QCOMPARE(err.code, StoreError::Code::DiskFull);
    tx.rollback();
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM categories")), before);
}

void TestStore::writeTransactionRollsBackUnlessCommitted()
{
    auto db = Database::open(ConnectionSpec::sqlite(path(QStringLiteral("tx.sqlite"))), nullptr);
    QVERIFY(db);
    {
        WriteTransaction tx(*db);
        QVERIFY(tx.begin(nullptr));
        QVERIFY(insertCategory(*db, QStringLiteral("lost")));
    } // destroyed without commit
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM categories WHERE key = 'lost'")), qint64(0));
    {
        WriteTransaction tx(*db);
        QVERIFY(tx.begin(nullptr));
        QVERIFY(insertCategory(*db, QStringLiteral("kept")));
        QVERIFY(tx.commit(nullptr));
    }
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM categories WHERE key = 'kept'")), qint64(1));
}

void TestStore::backupOpensLikeAnyDatabase()
{
    auto db = Database::open(ConnectionSpec::sqlite(path(QStringLiteral("live.sqlite"))), nullptr);
    QVERIFY(db);
    QVERIFY(insertCategory(*db, QStringLiteral("in-backup")));
    const QString target = path(QStringLiteral("copy.sqlite"));
    StoreError err;
    QVERIFY2(db->backupTo(target, &err), qPrintable(err.detail));
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
    QVERIFY(insertCategory(*db, QStringLiteral("after-backup")));

    auto copy = Database::open(ConnectionSpec::sqlite(target), &err);
    QVERIFY2(copy, qPrintable(err.detail));
    QCOMPARE(scalar(*copy, QStringLiteral("SELECT count(*) FROM categories WHERE key = 'in-backup'")), qint64(1));
    QCOMPARE(scalar(*copy, QStringLiteral("SELECT count(*) FROM categories WHERE key = 'after-backup'")), qint64(0));
}

void TestStore::backupReplacesExistingFile()
{
    auto db = Database::open(ConnectionSpec::sqlite(path(QStringLiteral("live2.sqlite"))), nullptr);
    QVERIFY(db);
    const QString target = path(QStringLiteral("old-backup.sqlite"));
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("stale");
    }
    StoreError err;
    QVERIFY2(db->backupTo(target, &err), qPrintable(err.detail));
    QVERIFY(Database::open(ConnectionSpec::sqlite(target), &err));
    // The open database itself is never a backup target.
    QVERIFY(!db->backupTo(path(QStringLiteral("live2.sqlite")), &err));
    QCOMPARE(err.code, StoreError::Code::BackupFailed);
}

void TestStore::backupToMissingFolderFails()
{
    auto db = Database::open(ConnectionSpec::sqlite(path(QStringLiteral("live3.sqlite"))), nullptr);
    QVERIFY(db);
    StoreError err;
    const QString target = path(QStringLiteral("no/such/folder/b.sqlite"));
    QVERIFY(!db->backupTo(target, &err));
    QCOMPARE(err.code, StoreError::Code::BackupFailed);
    QVERIFY(err.message.contains(QStringLiteral("b.sqlite")));
}

void TestStore::siblingConnectionSeesCommittedData()
{
    auto db = Database::open(ConnectionSpec::sqlite(path(QStringLiteral("sib.sqlite"))), nullptr);
    QVERIFY(db);
    StoreError err;
    auto sibling = db->openSibling(&err);
    QVERIFY2(sibling, qPrintable(err.detail));
    QVERIFY(db->sql().connectionName() != sibling->sql().connectionName());
    QVERIFY(insertCategory(*db, QStringLiteral("shared")));
    QCOMPARE(scalar(*sibling, QStringLiteral("SELECT count(*) FROM categories WHERE key = 'shared'")), qint64(1));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
