// SPDX-License-Identifier: GPL-3.0-or-later
// Faults on a team's server (issue 9 §4): after a server restart the connections come back with
// nothing lost, worker connections follow, notifications resume; an import whose connection is
// cut part-way leaves nothing behind and runs again.
#include "PgTestServer.h"

#include "domain/CreatorRepository.h"
#include "import/ImportJob.h"
#include "store/ChangeFeed.h"
#include "store/Database.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

class TestReconnectPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!m_server.isAvailable())
            QFAIL(qPrintable(m_server.why()));
        QVERIFY(m_dir.isValid());
    }
    void serverRestartLosesNothing();
    void importCutOffRollsBackAndRunsAgain();

private:
    static qint64 count(const Database &db, const char *table)
    {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    test::PgTestServer m_server;
    QTemporaryDir m_dir;
};

void TestReconnectPostgres::serverRestartLosesNothing()
{
    const ConnectionSpec spec = m_server.freshDatabase();
    StoreError e;
    auto db = Database::open(spec, &e);
    QVERIFY2(db, qPrintable(e.detail));
    auto worker = db->openSibling(&e);
    QVERIFY(worker);
    CreatorRepository repo(*db);
    Creator c;
    c.handle = QStringLiteral("before_restart");
    c.nickname = QStringLiteral("重启前");
    QVERIFY(repo.insert(c, &e));
    ChangeFeed feed(*db); // listening before the restart, as in the app
    feed.setDelay(20);
    QVERIFY(feed.isActive());

    QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
    QVERIFY(!db->isAlive());
    // A write now fails as a lost connection, not as some query error, and nothing half-done stays.
    Creator during;
    during.handle = QStringLiteral("during_restart");
    during.nickname = QStringLiteral("重启中");
    QVERIFY(!repo.insert(during, &e));
    QVERIFY2(e.code == StoreError::Code::ConnectionLost, qPrintable(e.detail));

    QVERIFY2(db->reconnect(&e), qPrintable(e.detail));
    QVERIFY(db->isAlive());
    QCOMPARE(count(*db, "creators"), 1); // committed before: kept; the failed insert: absent
    QVERIFY(repo.insert(during, &e));     // the same edit, saved again
    QCOMPARE(count(*db, "creators"), 2);

    // The worker thread's connection follows at its next job, once.
    QVERIFY(worker->catchUpReconnect());
    QVERIFY(!worker->catchUpReconnect());
    QCOMPARE(count(*worker, "creators"), 2);

    // Notifications resume once the same feed listens again on the new connection.
    feed.restart();
    QVERIFY(feed.isActive());
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    const auto other = Database::open(db->spec(), &e); // a colleague's app (the worker's commits are ours)
    QVERIFY2(other, qPrintable(e.detail));
    CreatorRepository colleague(*other);
    Creator theirs;
    theirs.handle = QStringLiteral("after_restart");
    theirs.nickname = QStringLiteral("重启后");
    QVERIFY(colleague.insert(theirs, &e));
    QVERIFY(spy.wait(5000));
}

void TestReconnectPostgres::importCutOffRollsBackAndRunsAgain()
{
    const ConnectionSpec spec = m_server.freshDatabase();
    StoreError e;
    auto db = Database::open(spec, &e);
    QVERIFY2(db, qPrintable(e.detail));
    const QString csv = m_dir.filePath(QStringLiteral("long.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("昵称,小红书号,粉丝数,城市\n");
        for (int i = 0; i < 6000; ++i)
            f.write(QStringLiteral("博主%1,cut_%1,%2,上海\n").arg(i).arg(1000 + i).toUtf8());
    }
    ImportRequest request;
    request.filePath = csv;
    {
        ImportJob job(request);
        // Part-way through, the server drops every connection to this database (a network cut).
        const QString sql = QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                           "WHERE datname = '%1' AND pid <> pg_backend_pid()").arg(spec.database);
        bool cut = false;
        job.setRowCallback([&](const CsvRecord &record, const RowPlan &) {
            if (record.line == 3000 && !cut) {
                cut = true;
                QProcess::execute(QStringLiteral("psql"),
                                  {QStringLiteral("-h"), spec.host, QStringLiteral("-p"), QString::number(spec.port),
                                   QStringLiteral("-U"), spec.user, QStringLiteral("-d"), QStringLiteral("postgres"),
                                   QStringLiteral("-qAtc"), sql});
            }
        });
        const ImportResult result = job.run(*db);
        QVERIFY(cut);
        QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
        QCOMPARE(result.error.code, StoreError::Code::ConnectionLost);
    }
    // Nothing of it reached the server.
    auto fresh = Database::open(spec, &e);
    QVERIFY2(fresh, qPrintable(e.detail));
    QCOMPARE(count(*fresh, "creators"), 0);
    QCOMPARE(count(*fresh, "import_batches"), 0);
    // Run again: all of it, once.
    ImportJob again(request);
    const ImportResult result = again.run(*fresh);
    QVERIFY2(result.outcome == ImportResult::Outcome::Committed, qPrintable(result.message));
    QCOMPARE(result.created, 6000);
    QCOMPARE(count(*fresh, "creators"), 6000);
}

QTEST_GUILESS_MAIN(TestReconnectPostgres)
#include "tst_reconnect_postgres.moc"
