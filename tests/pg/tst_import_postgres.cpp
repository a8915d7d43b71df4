// SPDX-License-Identifier: GPL-3.0-or-later
// Importing into a team's server while a colleague writes (issue 9): a new tag the colleague adds
// at the same moment does not abort the import.
#include "PgTestServer.h"

#include "import/ImportJob.h"
#include "store/Database.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

class TestImportPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!m_server.isAvailable())
            QFAIL(qPrintable(m_server.why()));
        QVERIFY(m_dir.isValid());
    }
    void sameNewTagAsAColleague();

private:
    test::PgTestServer m_server;
    QTemporaryDir m_dir;
};

void TestImportPostgres::sameNewTagAsAColleague()
{
    StoreError err;
    auto db = Database::open(m_server.freshDatabase(), &err);
    QVERIFY2(db, qPrintable(err.detail));
    auto colleague = db->openSibling(&err);
    QVERIFY2(colleague, qPrintable(err.detail));

    const QString csv = m_dir.filePath(QStringLiteral("tagged.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("昵称,小红书号,粉丝数,标签\n并发博主,concurrent_1,2000,双十二\n");
    f.close();

    // The colleague has added the tag in a transaction not yet committed: the import's insert of
    // the same name waits on it, then finds it taken.
    QSqlQuery c(colleague->sql());
    QVERIFY(c.exec(QStringLiteral("BEGIN")));
    QVERIFY(c.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('双十二')")));

    ImportRequest request;
    request.filePath = csv;
    ImportJob job(request);
    QSignalSpy done(&job, &ImportJob::finished);
    job.start(*db);
    QTest::qWait(500); // the job reaches the tag and waits for the colleague's transaction
    QVERIFY(c.exec(QStringLiteral("COMMIT")));
    QVERIFY(done.wait(30000));
    const ImportResult result = done.first().first().value<ImportResult>();
    QVERIFY2(result.outcome == ImportResult::Outcome::Committed, qPrintable(result.message));
    QCOMPARE(result.created, 1);

    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tags WHERE name = '双十二'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM creator_tags x JOIN creators p ON p.id = x.creator_id "
                                  "JOIN tags t ON t.id = x.tag_id WHERE p.handle = 'concurrent_1' AND t.name = '双十二'"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_MAIN(TestImportPostgres)
#include "tst_import_postgres.moc"
