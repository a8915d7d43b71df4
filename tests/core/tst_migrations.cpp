// SPDX-License-Identifier: GPL-3.0-or-later
// Versioned migrations: every step from an empty file, upgrades with a backup first, a failed
// step leaving the file at the last good version, and each released schema's fixture upgraded.
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Schema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

namespace {

// A small schema with a history of three versions, described as data like the real one.
SchemaDef historySchema(int version, bool failingHookAt3 = false)
{
    SchemaDef s;
    s.version = version;
    s.tables.push_back({QStringLiteral("meta"),
                        {{QStringLiteral("key"), ColumnType::Text, QStringLiteral("PRIMARY KEY"), 1},
                         {QStringLiteral("value"), ColumnType::Text, QString(), 1}}, {}, 1});
    s.tables.push_back({QStringLiteral("creators"),
                        {{QStringLiteral("id"), ColumnType::Id, QString(), 1},
                         {QStringLiteral("nickname"), ColumnType::Text, QStringLiteral("NOT NULL"), 1},
                         {QStringLiteral("city"), ColumnType::Text, QString(), 2},
                         {QStringLiteral("status"), ColumnType::Text, QStringLiteral("NOT NULL DEFAULT 'prospect'"), 3}},
                        {}, 1});
    s.tables.push_back({QStringLiteral("tags"),
                        {{QStringLiteral("id"), ColumnType::Id, QString(), 2},
                         {QStringLiteral("name"), ColumnType::Text, QStringLiteral("NOT NULL UNIQUE"), 2}},
                        {}, 2});
    s.indexes.push_back({QStringLiteral("ix_creators_city"), QStringLiteral("creators"), QStringLiteral("city"), false, {}, 2, false});
    // Version 3 moves data: every creator without a city gets 'unknown'.
    s.hooks.push_back({3, [failingHookAt3](QSqlDatabase &db, const Dialect &, QString *error) {
        if (failingHookAt3) {
            *error = QStringLiteral("simulated failure");
            return false;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("UPDATE creators SET city = 'unknown' WHERE city IS NULL"))) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }});
    // Trim what a build of `version` would not know yet.
    std::erase_if(s.tables, [version](const TableDef &t) { return t.since > version; });
    for (TableDef &t : s.tables)
        std::erase_if(t.columns, [version](const ColumnDef &c) { return c.since > version; });
    std::erase_if(s.indexes, [version](const IndexDef &i) { return i.since > version; });
    std::erase_if(s.hooks, [version](const MigrationHook &h) { return h.version > version; });
    return s;
}

int storedVersion(const QString &path)
{
    const QString name = QStringLiteral("probe-%1").arg(qHash(path));
    int v = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        if (raw.open()) {
            QSqlQuery q(raw);
            if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next())
                v = q.value(0).toInt();
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

// The shape of a SQLite database as the schema sees it, comparable between a file upgraded from an
// old version and one made new: per table its columns (name, type, NOT NULL, default, key;
// sorted, since an upgrade appends added columns at the end), per index and trigger its SQL.
QStringList shapeOf(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                               "ORDER BY type, name")))
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QString name = q.value(1).toString();
        if (type != QLatin1String("table")) {
            out << type + QLatin1Char(' ') + name + QStringLiteral(": ") + q.value(2).toString();
            continue;
        }
        QSqlQuery c(db);
        c.prepare(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)"));
        c.addBindValue(name);
        if (!c.exec())
            return {QStringLiteral("error: ") + c.lastError().text()};
        QStringList columns;
        while (c.next()) {
            columns << QStringList{c.value(0).toString(), c.value(1).toString(), c.value(2).toString(),
                                   c.value(3).isNull() ? QStringLiteral("-") : c.value(3).toString(),
                                   c.value(4).toString()}.join(QLatin1Char(' '));
        }
        columns.sort();
        out << QStringLiteral("table ") + name + QStringLiteral(": ") + columns.join(QStringLiteral(", "));
    }
    return out;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void everyStepFromEmptyFile();
    void upgradeMakesBackupFirst();
    void failedStepLeavesLastGoodVersion();
    void interruptedColumnAddIsIdempotent();
    void currentSchemaStepsAreWellFormed();
    void everyReleasedVersionHasAFixture();
    void releasedFixturesUpgrade_data();
    void releasedFixturesUpgrade();
    void versionOneGainsThePipelineIndex();

private:
    QTemporaryDir m_dir;
};

void TestMigrations::everyStepFromEmptyFile()
{
    const SchemaDef s3 = historySchema(3);
    OpenOptions o;
    o.schema = &s3;
    StoreError err;
    auto db = Database::open(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("empty.sqlite"))), &err, o);
    QVERIFY2(db, qPrintable(err.detail));
    QCOMPARE(db->schemaVersion(), 3);
    const QSqlRecord rec = db->sql().record(QStringLiteral("creators"));
    QVERIFY(rec.contains(QStringLiteral("city")));
    QVERIFY(rec.contains(QStringLiteral("status")));
    QVERIFY(db->sql().tables().contains(QStringLiteral("tags")));
}

void TestMigrations::upgradeMakesBackupFirst()
{
    const QString p = m_dir.filePath(QStringLiteral("old.sqlite"));
    const SchemaDef s1 = historySchema(1);
    {
        OpenOptions o;
        o.schema = &s1;
        auto db = Database::open(ConnectionSpec::sqlite(p), nullptr, o);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO creators (nickname) VALUES ('小美酱')")));
    }
    const SchemaDef s3 = historySchema(3);
    OpenOptions o;
    o.schema = &s3;
    StoreError err;
    auto db = Database::open(ConnectionSpec::sqlite(p), &err, o);
    QVERIFY2(db, qPrintable(err.detail));
    QCOMPARE(db->schemaVersion(), 3);
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT nickname, city, status FROM creators")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("小美酱"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("unknown")); // the v3 hook ran
    QCOMPARE(q.value(2).toString(), QStringLiteral("prospect"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'ix_creators_city'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    // The backup holds the database as it was, at version 1, and opens with the old schema.
    const QString backup = db->upgradeBackupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFile::exists(backup));
    QVERIFY(backup.contains(QStringLiteral(".v1-")));
    QCOMPARE(storedVersion(backup), 1);
    OpenOptions o1;
    o1.schema = &s1;
    auto old = Database::open(ConnectionSpec::sqlite(backup), &err, o1);
    QVERIFY2(old, qPrintable(err.detail));
    QVERIFY(!old->sql().record(QStringLiteral("creators")).contains(QStringLiteral("city")));
}

void TestMigrations::failedStepLeavesLastGoodVersion()
{
    const QString p = m_dir.filePath(QStringLiteral("fails.sqlite"));
    const SchemaDef s1 = historySchema(1);
    {
        OpenOptions o;
        o.schema = &s1;
        auto db = Database::open(ConnectionSpec::sqlite(p), nullptr, o);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO creators (nickname) VALUES ('keep')")));
    }
    const SchemaDef broken = historySchema(3, true);
    OpenOptions o;
    o.schema = &broken;
    StoreError err;
    QVERIFY(!Database::open(ConnectionSpec::sqlite(p), &err, o));
    QCOMPARE(err.code, StoreError::Code::MigrationFailed);
    QVERIFY(err.detail.contains(QStringLiteral("schema step 3")));
    // Step 2 committed, step 3 rolled back whole: its column is not there.
    QCOMPARE(storedVersion(p), 2);
    const SchemaDef s2 = historySchema(2);
    OpenOptions o2;
    o2.schema = &s2;
    auto db = Database::open(ConnectionSpec::sqlite(p), &err, o2);
    QVERIFY2(db, qPrintable(err.detail));
    QVERIFY(!db->sql().record(QStringLiteral("creators")).contains(QStringLiteral("status")));
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT nickname FROM creators")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("keep"));
}

void TestMigrations::interruptedColumnAddIsIdempotent()
{
    // A version-2 database whose file already has the v3 column (as after a crash between the
    // ALTER and the version bump in a non-transactional engine) still upgrades.
    const QString p = m_dir.filePath(QStringLiteral("half.sqlite"));
    const SchemaDef s2 = historySchema(2);
    {
        OpenOptions o;
        o.schema = &s2;
        auto db = Database::open(ConnectionSpec::sqlite(p), nullptr, o);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE creators ADD COLUMN status TEXT NOT NULL DEFAULT 'prospect'")));
    }
    const SchemaDef s3 = historySchema(3);
    OpenOptions o;
    o.schema = &s3;
    StoreError err;
    auto db = Database::open(ConnectionSpec::sqlite(p), &err, o);
    QVERIFY2(db, qPrintable(err.detail));
    QCOMPARE(db->schemaVersion(), 3);
}

void TestMigrations::currentSchemaStepsAreWellFormed()
{
    const SchemaDef &s = currentSchema();
    auto dialect = Dialect::create(Backend::Sqlite);
    QSqlDatabase none;
    Migrator m(none, *dialect, s, QStringLiteral("-"));
    int statements = 0;
    for (int v = 1; v <= s.version; ++v)
        statements += m.statementsForStep(v).size();
    QCOMPARE(statements, int(s.tables.size() + s.indexes.size()) + [&] {
        int added = 0;
        for (const TableDef &t : s.tables)
            for (const ColumnDef &c : t.columns)
                added += (c.since > t.since) ? 1 : 0;
        return added;
    }());
    // Every column appears in its table no earlier than the table itself.
    for (const TableDef &t : s.tables) {
        for (const ColumnDef &c : t.columns)
            QVERIFY2(c.since >= t.since && c.since <= s.version, qPrintable(t.name + QLatin1Char('.') + c.name));
    }
}

// Every schema version before the current one was released: each has its fixture (README.md in
// tests/data/schema says how to make the one for the version being left behind).
void TestMigrations::everyReleasedVersionHasAFixture()
{
    const QDir dir(QStringLiteral(REDROSTER_TEST_DATA "/schema"));
    for (int v = 1; v < currentSchema().version; ++v) {
        const QString name = QStringLiteral("v%1.sqlite").arg(v);
        QVERIFY2(dir.exists(name), qPrintable(name + QStringLiteral(" is missing: make it with the last build of "
                                                                     "schema version ") + QString::number(v)));
    }
}

void TestMigrations::releasedFixturesUpgrade_data()
{
    // One fixture per released schema version, made by that release and kept forever; the files
    // present are the rows, so a new version's fixture is tested by adding its file.
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("version");
    const QDir dir(QStringLiteral(REDROSTER_TEST_DATA "/schema"));
    const QStringList files = dir.entryList({QStringLiteral("v*.sqlite")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "no released-schema fixtures found");
    static const QRegularExpression named(QStringLiteral("^v([1-9][0-9]*)\\.sqlite$"));
    for (const QString &f : files) {
        const QRegularExpressionMatch m = named.match(f);
        QVERIFY2(m.hasMatch(), qPrintable(f + QStringLiteral(": fixtures are named vN.sqlite")));
        QTest::newRow(qPrintable(f)) << dir.filePath(f) << m.captured(1).toInt();
    }
}

void TestMigrations::releasedFixturesUpgrade()
{
    QFETCH(QString, fixture);
    QFETCH(int, version);
    const QString copy = m_dir.filePath(QFileInfo(fixture).fileName());
    QFile::remove(copy);
    QVERIFY(QFile::copy(fixture, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    // The file is the version its name says (a fixture made by the wrong build is caught here).
    QCOMPARE(storedVersion(copy), version);
    QVERIFY(version <= currentSchema().version);
    StoreError err;
    auto db = Database::open(ConnectionSpec::sqlite(copy), &err);
    QVERIFY2(db, qPrintable(err.message + QLatin1Char(' ') + err.detail));
    QCOMPARE(db->schemaVersion(), currentSchema().version);
    if (version < currentSchema().version) {
        // Upgraded, after a backup of the file as it was.
        QVERIFY(!db->upgradeBackupPath().isEmpty());
        QCOMPARE(storedVersion(db->upgradeBackupPath()), version);
    }
    // Every fixture holds the same known rows; they survive every upgrade.
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT handle, nickname, followers FROM creators ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("fixture_lily"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("莉莉爱护肤"));
    QCOMPARE(q.value(2).toLongLong(), qint64(52000));
    QVERIFY(!q.next());
    QVERIFY(q.exec(QStringLiteral("SELECT s.followers FROM follower_snapshots s JOIN creators c ON c.id = s.creator_id "
                                  "WHERE c.handle = 'fixture_lily' ORDER BY s.as_of")));
    QList<qint64> snapshots;
    while (q.next())
        snapshots << q.value(0).toLongLong();
    QCOMPARE(snapshots, (QList<qint64>{48000, 52000}));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM follower_snapshots")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    for (const TableDef &t : currentSchema().tables) {
        const QSqlRecord rec = db->sql().record(t.name);
        QCOMPARE(rec.count(), int(t.columns.size()));
    }
    // Every index of the description exists after the upgrade. For the fixture of the current
    // version this also catches a released version's schema changed without a version bump.
    for (const IndexDef &i : currentSchema().indexes) {
        QSqlQuery iq(db->sql());
        iq.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?"));
        iq.addBindValue(i.name);
        QVERIFY(iq.exec() && iq.next());
        QVERIFY2(iq.value(0).toInt() == 1, qPrintable(QFileInfo(fixture).fileName() + QStringLiteral(" lacks ") + i.name));
    }
    // The upgraded file is shaped like one made new at the current version: the same tables and
    // columns, indexes and triggers (those kept by migration hooks included).
    const QString freshPath = m_dir.filePath(QStringLiteral("fresh-%1.sqlite").arg(version));
    QFile::remove(freshPath);
    auto fresh = Database::open(ConnectionSpec::sqlite(freshPath), &err);
    QVERIFY2(fresh, qPrintable(err.message + QLatin1Char(' ') + err.detail));
    const QStringList expected = shapeOf(fresh->sql());
    QVERIFY(expected.size() > qsizetype(currentSchema().tables.size()));
    QVERIFY2(!expected.first().startsWith(QStringLiteral("error: ")), qPrintable(expected.first()));
    QCOMPARE(shapeOf(db->sql()), expected);
    // Version 4 files creators' own audit rows under their creator (the fixtures from version 2
    // on hold one, written by their second import).
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'creators' "
                                  "AND creator_id IS NOT row_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    if (q.next())
        QFAIL(qPrintable(QStringLiteral("foreign key broken in ") + q.value(0).toString()));
}

// Schema version 2 adds creators(status, updated_at, id) for the pipeline board: a version-1 file
// (the released fixture plus rows of every status) upgrades with every row kept.
void TestMigrations::versionOneGainsThePipelineIndex()
{
    const QString copy = m_dir.filePath(QStringLiteral("v1-to-v2.sqlite"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(QStringLiteral(REDROSTER_TEST_DATA "/schema/v1.sqlite"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(storedVersion(copy), 1);
    const QString raw = QStringLiteral("v1-raw");
    qint64 before = 0;
    {
        QSqlDatabase v1 = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), raw);
        v1.setDatabaseName(copy);
        QVERIFY(v1.open());
        QSqlQuery q(v1);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_creators_status_updated'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO creators (handle, nickname, status, created_at, updated_at) "
                                         "VALUES (?, ?, ?, '2026-01-01T00:00:00Z', ?)")));
        const QStringList statuses{QStringLiteral("prospect"), QStringLiteral("outreach_sent"), QStringLiteral("negotiating"),
                                   QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("declined")};
        for (int i = 0; i < 600; ++i) {
            q.addBindValue(QStringLiteral("v1_%1").arg(i));
            q.addBindValue(QStringLiteral("博主%1").arg(i));
            q.addBindValue(statuses.at(i % statuses.size()));
            q.addBindValue(QStringLiteral("2026-02-%1T00:00:00Z").arg(1 + i % 28, 2, 10, QLatin1Char('0')));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM creators")) && q.next());
        before = q.value(0).toLongLong();
        v1.close();
    }
    QSqlDatabase::removeDatabase(raw);

    StoreError err;
    auto db = Database::open(ConnectionSpec::sqlite(copy), &err);
    QVERIFY2(db, qPrintable(err.message + QLatin1Char(' ') + err.detail));
    QCOMPARE(db->schemaVersion(), currentSchema().version);
    QVERIFY(!db->upgradeBackupPath().isEmpty());
    QCOMPARE(storedVersion(db->upgradeBackupPath()), 1);
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(status = 'negotiating') FROM creators")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), before);
    QCOMPARE(q.value(1).toLongLong(), 100);
    QVERIFY(q.exec(QStringLiteral("SELECT nickname FROM creators WHERE handle = 'fixture_lily'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("莉莉爱护肤"));
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM pragma_index_info('ix_creators_status_updated') ORDER BY seqno")));
    QStringList columns;
    while (q.next())
        columns << q.value(0).toString();
    QCOMPARE(columns, (QStringList{QStringLiteral("status"), QStringLiteral("updated_at"), QStringLiteral("id")}));
    // Version 3: the analytics facts table with the triggers that keep it.
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'tr_post_facts_%'"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 8);
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
