// SPDX-License-Identifier: GPL-3.0-or-later
// Working side by side on one server: colleagues' commits reach the other app (ChangeFeed), a
// password the server asks for is told apart from other refusals, and the same feed polls an
// SQLite file that another program writes.
#include "PgTestServer.h"

#include "domain/CreatorRepository.h"
#include "store/ChangeFeed.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

class TestTeamPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!m_server.isAvailable())
            QFAIL(qPrintable(m_server.why()));
    }
    void colleaguesCommitReachesTheFeed();
    void ownCommitIsNotReported();
    void ownWorkerConnectionsCommitIsNotReported();
    void rolledBackWorkIsNotReported();
    void appsOfSchema4StillHearTableNames();
    void everyTableNotifies();
    void sqliteFileIsPolled();
    void passwordRefusalIsItsOwnError();

private:
    static Creator creator(const QString &handle)
    {
        Creator c;
        c.handle = handle;
        c.nickname = QStringLiteral("小鹿的一人食");
        c.followers = 12000;
        return c;
    }
    test::PgTestServer m_server;
};

void TestTeamPostgres::colleaguesCommitReachesTheFeed()
{
    const ConnectionSpec spec = m_server.freshDatabase();
    StoreError err;
    auto mine = Database::open(spec, &err);
    QVERIFY2(mine, qPrintable(err.detail));
    auto theirs = Database::open(spec, &err);
    QVERIFY2(theirs, qPrintable(err.detail));
    ChangeFeed feed(*mine);
    feed.setDelay(50);
    QVERIFY(feed.isActive());
    QSignalSpy spy(&feed, &ChangeFeed::changed);

    CreatorRepository colleague(*theirs);
    Creator c = creator(QStringLiteral("xiaolu_eats"));
    QVERIFY(colleague.insert(c, &err));
    QVERIFY(spy.wait(5000));
    const auto tables = spy.takeFirst().at(0).value<QSet<QString>>();
    QVERIFY2(tables.contains(QStringLiteral("creators")), qPrintable(QStringList(tables.values()).join(QLatin1Char(','))));
    QVERIFY(tables.contains(QStringLiteral("audit_log")));
    // What they saved is readable here at once.
    QSqlQuery q(mine->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT handle FROM creators")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("xiaolu_eats"));
}

void TestTeamPostgres::ownCommitIsNotReported()
{
    const ConnectionSpec spec = m_server.freshDatabase();
    auto mine = Database::open(spec, nullptr);
    QVERIFY(mine);
    ChangeFeed feed(*mine);
    feed.setDelay(20);
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    CreatorRepository repo(*mine);
    Creator c = creator(QStringLiteral("own_change"));
    QVERIFY(repo.insert(c));
    QVERIFY(!spy.wait(800));
}

void TestTeamPostgres::ownWorkerConnectionsCommitIsNotReported()
{
    const ConnectionSpec spec = m_server.freshDatabase();
    auto mine = Database::open(spec, nullptr);
    QVERIFY(mine);
    ChangeFeed feed(*mine);
    feed.setDelay(20);
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    {
        // An import runs on a sibling connection in a worker thread: another backend, still ours.
        auto worker = mine->openSibling(nullptr);
        QVERIFY(worker);
        Creator c = creator(QStringLiteral("imported_here"));
        QVERIFY(CreatorRepository(*worker).insert(c));
        QVERIFY(!spy.wait(800));
        QVERIFY(worker->reconnect(nullptr)); // a new backend after a reconnect is ours too
        Creator d = creator(QStringLiteral("imported_after_reconnect"));
        QVERIFY(CreatorRepository(*worker).insert(d));
        // The import's worker is gone before its notification arrives (as in ImportJob).
    }
    QVERIFY(!spy.wait(800));
    // A colleague's connection (another program) is not.
    auto theirs = Database::open(spec, nullptr);
    QVERIFY(theirs);
    Creator e = creator(QStringLiteral("colleague"));
    QVERIFY(CreatorRepository(*theirs).insert(e));
    QVERIFY(spy.wait(5000));
    QVERIFY(spy.takeFirst().at(0).value<QSet<QString>>().contains(QStringLiteral("creators")));
}

void TestTeamPostgres::appsOfSchema4StillHearTableNames()
{
    // A colleague's app still at schema 4 listens on the old channel for bare table names.
    const ConnectionSpec spec = m_server.freshDatabase();
    auto old = Database::open(spec, nullptr);
    auto theirs = Database::open(spec, nullptr);
    QVERIFY(old && theirs);
    QSqlDriver *driver = old->sql().driver();
    QStringList heard;
    connect(driver, &QSqlDriver::notification, this,
            [&heard](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                heard << name + QLatin1Char(':') + payload.toString();
            });
    QVERIFY(driver->subscribeToNotification(QString::fromLatin1(ChangeFeed::kLegacyChannel)));
    QSqlQuery q(theirs->sql());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('legacy')")));
    QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 5000);
    QCOMPARE(heard.first(), QStringLiteral("redroster_changes:tags"));
    driver->unsubscribeFromNotification(QString::fromLatin1(ChangeFeed::kLegacyChannel));
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
}

void TestTeamPostgres::rolledBackWorkIsNotReported()
{
    const ConnectionSpec spec = m_server.freshDatabase();
    auto mine = Database::open(spec, nullptr);
    auto theirs = Database::open(spec, nullptr);
    QVERIFY(mine && theirs);
    ChangeFeed feed(*mine);
    feed.setDelay(20);
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    QSqlQuery q(theirs->sql());
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('rolled back')")));
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(!spy.wait(800));
    // A commit after it is.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('kept')")));
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.takeFirst().at(0).value<QSet<QString>>(), QSet<QString>{QStringLiteral("tags")});
}

void TestTeamPostgres::everyTableNotifies()
{
    auto db = Database::open(m_server.freshDatabase(), nullptr);
    QVERIFY(db);
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                  "WHERE t.tgname LIKE 'redroster_notify_%'")));
    QSet<QString> notifying;
    while (q.next())
        notifying.insert(q.value(0).toString());
    for (const TableDef &t : currentSchema().tables) {
        if (t.name != QLatin1String("meta"))
            QVERIFY2(notifying.contains(t.name), qPrintable(t.name));
    }
}

void TestTeamPostgres::sqliteFileIsPolled()
{
    QTemporaryDir dir;
    const ConnectionSpec spec = ConnectionSpec::sqlite(dir.filePath(QStringLiteral("shared.sqlite")));
    auto mine = Database::open(spec, nullptr);
    auto other = Database::open(spec, nullptr);
    QVERIFY(mine && other);
    ChangeFeed feed(*mine);
    feed.setDelay(10);
    feed.setPollInterval(50);
    QVERIFY(feed.isActive());
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    CreatorRepository own(*mine);
    Creator a = creator(QStringLiteral("mine"));
    QVERIFY(own.insert(a));
    QVERIFY(!spy.wait(400)); // this connection's own commits do not move its data_version
    CreatorRepository otherRepo(*other);
    Creator b = creator(QStringLiteral("theirs"));
    QVERIFY(otherRepo.insert(b));
    QVERIFY(spy.wait(3000));
    QVERIFY(spy.takeFirst().at(0).value<QSet<QString>>().isEmpty()); // which tables: unknown

    // This program's own worker (an import) commits; the window reloads and says so (catchUp).
    auto worker = mine->openSibling(nullptr);
    QVERIFY(worker);
    Creator c = creator(QStringLiteral("imported_here"));
    QVERIFY(CreatorRepository(*worker).insert(c));
    feed.catchUp();
    QVERIFY(!spy.wait(400));
    Creator d = creator(QStringLiteral("theirs_again")); // and a colleague's after it still shows
    QVERIFY(otherRepo.insert(d));
    QVERIFY(spy.wait(3000));
}

void TestTeamPostgres::passwordRefusalIsItsOwnError()
{
    // pg-server.sh makes this role give a password (SCRAM); everyone else is trusted.
    const QString role = QStringLiteral("redroster_password_test");
    m_server.admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    QVERIFY2(m_server.admin(QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER PASSWORD 'right horse'").arg(role)),
             qPrintable(m_server.lastError()));
    ConnectionSpec spec = m_server.freshDatabase();
    spec.user = role;
    const QByteArray passFile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", "/nonexistent"); // no ~/.pgpass answering for the test
    const auto restore = qScopeGuard([&passFile] {
        if (passFile.isEmpty())
            qunsetenv("PGPASSFILE");
        else
            qputenv("PGPASSFILE", passFile);
    });

    StoreError err;
    QVERIFY(!Database::open(spec, &err));
    QCOMPARE(err.code, StoreError::Code::LoginRefused); // none given
    QCOMPARE(err.exitCode(), 15);
    spec.password = QStringLiteral("wrong horse");
    QVERIFY(!Database::open(spec, &err));
    QCOMPARE(err.code, StoreError::Code::LoginRefused);
    QVERIFY(err.message.contains(spec.displayName()));
    spec.password = QStringLiteral("right horse");
    auto db = Database::open(spec, &err);
    QVERIFY2(db, qPrintable(err.detail));
    // A missing database is another matter: not a password problem.
    ConnectionSpec missing = spec;
    missing.database = QStringLiteral("no_such_database_here");
    QVERIFY(!Database::open(missing, &err));
    QCOMPARE(err.code, StoreError::Code::CannotOpen);
}

QTEST_GUILESS_MAIN(TestTeamPostgres)
#include "tst_team_postgres.moc"
