// SPDX-License-Identifier: GPL-3.0-or-later
// The same schema and store code on a real PostgreSQL server (started by ctest on loopback).
#include "PgTestServer.h"

#include "store/Database.h"
#include "store/Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace rr;

class TestStorePostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!m_server.isAvailable())
            QFAIL(qPrintable(m_server.why()));
    }
    void emptyServerDatabaseGetsWholeSchema();
    void reopenKeepsData();
    void newerSchemaIsRefused();
    void transactionRollsBack();
    void searchExpressionsMatchChinese();
    void backupOfServerDatabaseIsRefusedClearly();

private:
    std::unique_ptr<Database> openFresh()
    {
        StoreError err;
        auto db = Database::open(m_server.freshDatabase(), &err);
        if (!db)
            qWarning("open failed: %s / %s / %s", qPrintable(err.message), qPrintable(err.detail),
                     qPrintable(m_server.lastError()));
        return db;
    }
    test::PgTestServer m_server;
};

void TestStorePostgres::emptyServerDatabaseGetsWholeSchema()
{
    auto db = openFresh();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), currentSchema().version);
    QCOMPARE(db->dialect().backend(), Backend::Postgres);
    for (const TableDef &t : currentSchema().tables) {
        const QSqlRecord rec = db->sql().record(t.name);
        QCOMPARE(rec.count(), int(t.columns.size()));
    }
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM categories")) && q.next());
    QCOMPARE(q.value(0).toInt(), 12);
    // Identity keys and foreign keys work as on SQLite.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('成分党') RETURNING id")) && q.next());
    QVERIFY(q.value(0).toLongLong() > 0);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO creator_tags (creator_id, tag_id) VALUES (999, 1)")));
}

void TestStorePostgres::reopenKeepsData()
{
    const ConnectionSpec spec = m_server.freshDatabase();
    {
        auto db = Database::open(spec, nullptr);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        q.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
        q.addBindValue(QStringLiteral("平价"));
        QVERIFY(q.exec());
    }
    StoreError err;
    auto db = Database::open(spec, &err);
    QVERIFY2(db, qPrintable(err.detail));
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM tags")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("平价"));
}

void TestStorePostgres::newerSchemaIsRefused()
{
    const ConnectionSpec spec = m_server.freshDatabase();
    {
        auto db = Database::open(spec, nullptr);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")));
    }
    StoreError err;
    QVERIFY(!Database::open(spec, &err));
    QCOMPARE(err.code, StoreError::Code::NewerSchema);
    QVERIFY(err.message.contains(spec.host));
}

void TestStorePostgres::transactionRollsBack()
{
    auto db = openFresh();
    QVERIFY(db);
    {
        WriteTransaction tx(*db);
        QVERIFY(tx.begin(nullptr));
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('gone')")));
    }
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tags")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestStorePostgres::searchExpressionsMatchChinese()
{
    auto db = openFresh();
    QVERIFY(db);
    QSqlQuery q(db->sql());
    q.prepare(QStringLiteral("INSERT INTO creators (handle, nickname, search_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(QStringLiteral("lily_skin"));
    q.addBindValue(QStringLiteral("小美酱爱护肤"));
    q.addBindValue(QStringLiteral("lily_skin\n小美酱爱护肤"));
    q.addBindValue(Database::nowUtc());
    q.addBindValue(Database::nowUtc());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    const Dialect &d = db->dialect();
    QSqlQuery s(db->sql());
    s.prepare(QStringLiteral("SELECT count(*) FROM creators WHERE ") + d.containsExpr(QStringLiteral("search_text")));
    s.addBindValue(QStringLiteral("美酱"));
    QVERIFY2(s.exec() && s.next(), qPrintable(s.lastError().text()));
    QCOMPARE(s.value(0).toInt(), 1);
    s.prepare(QStringLiteral("SELECT count(*) FROM creators WHERE ") + d.prefixRangeExpr(QStringLiteral("handle")));
    s.addBindValue(QStringLiteral("lil"));
    s.addBindValue(Dialect::prefixUpperBound(QStringLiteral("lil")));
    QVERIFY2(s.exec() && s.next(), qPrintable(s.lastError().text()));
    QCOMPARE(s.value(0).toInt(), 1);
}

void TestStorePostgres::backupOfServerDatabaseIsRefusedClearly()
{
    auto db = openFresh();
    QVERIFY(db);
    StoreError err;
    QVERIFY(!db->backupTo(QStringLiteral("/tmp/never.sqlite"), &err));
    QCOMPARE(err.code, StoreError::Code::BackupFailed);
    QVERIFY(!err.detail.isEmpty());
}

QTEST_GUILESS_MAIN(TestStorePostgres)
#include "tst_store_postgres.moc"
