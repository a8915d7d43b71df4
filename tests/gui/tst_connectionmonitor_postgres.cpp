// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's watch on a team server: after a server restart the connection is opened again
// by itself and restored() tells the window to reload; the worker threads' connections follow.
#include "PgTestServer.h"

#include "ConnectionMonitor.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

class TestConnectionMonitorPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!m_server.isAvailable())
            QFAIL(qPrintable(m_server.why()));
    }
    void restartIsNoticedAndRepaired();
    void fileNeedsNoWatch();

private:
    test::PgTestServer m_server;
};

void TestConnectionMonitorPostgres::restartIsNoticedAndRepaired()
{
    StoreError e;
    auto db = Database::open(m_server.freshDatabase(), &e);
    QVERIFY2(db, qPrintable(e.detail));
    auto worker = db->openSibling(&e);
    QVERIFY(worker);
    ConnectionMonitor monitor(*db);
    monitor.setIntervals(50, 50);
    QSignalSpy restored(&monitor, &ConnectionMonitor::restored);
    QVERIFY(!restored.wait(300)); // a healthy connection is left alone
    QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
    QVERIFY(restored.wait(10000));
    QVERIFY(monitor.isConnected());
    QVERIFY(db->isAlive());
    QVERIFY(worker->catchUpReconnect());
    QVERIFY(worker->isAlive());
    QVERIFY(monitor.ensureConnected());
    QVERIFY(!restored.wait(300)); // and no second, needless reconnect
}

void TestConnectionMonitorPostgres::fileNeedsNoWatch()
{
    QTemporaryDir dir;
    auto db = Database::open(ConnectionSpec::sqlite(dir.filePath(QStringLiteral("a.sqlite"))), nullptr);
    QVERIFY(db);
    ConnectionMonitor monitor(*db);
    QVERIFY(monitor.ensureConnected());
    QVERIFY(monitor.isConnected());
}

QTEST_MAIN(TestConnectionMonitorPostgres)
#include "tst_connectionmonitor_postgres.moc"
