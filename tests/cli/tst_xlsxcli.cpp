// SPDX-License-Identifier: GPL-3.0-or-later
// `redroster export ... --xlsx OUT` run as a script would, on the export fixture: roster,
// shortlist and campaign workbooks with their one-line summaries; --csv and --xlsx together is a
// usage error; an unwritable target exits 73 and an existing file stays as it was. Built without
// libxlsxwriter, --xlsx exits 69 saying this build has no .xlsx support.
#include "CliScratch.h"
#include "ExportFixture.h"
#include "XlsxReadBack.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace rr;

class TestXlsxCli : public QObject
{
    Q_OBJECT

    test::CliScratch m_scratch;

    QString path(const char *name) const { return m_scratch.path(name); }
    QString path(const QString &name) const { return m_scratch.path(name); }
    test::CliRun exportCmd(const QStringList &args) const
    {
        return m_scratch.run(QStringList{QStringLiteral("export")}, args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        QString why;
        auto db = m_scratch.open(&why);
        QVERIFY2(db, qPrintable(why));
        test::ExportFixture fixture(*db);
        QVERIFY2(fixture.build(), qPrintable(fixture.error()));
    }

#ifdef REDROSTER_HAVE_XLSX
    void workbooks_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("a1");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("secondSheet");
        QTest::newRow("roster") << QStringList{QStringLiteral("roster")} << "4 creator" << "ID" << 4 << false;
        QTest::newRow("shortlist") << QStringList{QStringLiteral("shortlist"), QStringLiteral("Shortlist A")}
                                   << "2 creator" << "ID" << 2 << false;
        QTest::newRow("campaign") << QStringList{QStringLiteral("campaign"), QStringLiteral("Spring")}
                                  << "2 collaboration" << "Collaboration ID" << 2 << false;
        QTest::newRow("campaign --posts")
            << QStringList{QStringLiteral("campaign"), QStringLiteral("1"), QStringLiteral("--posts")}
            << "and 2 post" << "Collaboration ID" << 2 << true;
    }
    void workbooks()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, summary);
        QFETCH(QString, a1);
        QFETCH(int, rows);
        QFETCH(bool, secondSheet);
        const QString out = path("out.xlsx");
        QFile::remove(out);
        const test::CliRun r = exportCmd(args + QStringList{QStringLiteral("--xlsx"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(summary), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("out.xlsx")), qPrintable(r.out));
        const test::XlsxSheet s = test::readSheet(out, 1);
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.at(QStringLiteral("A1")).value, a1);
        QVERIFY(s.at(QStringLiteral("A%1").arg(rows + 1)).isNumber());
        QVERIFY(!s.cells.contains(QStringLiteral("A%1").arg(rows + 2)));
        QCOMPARE(test::readSheet(out, 2).ok, secondSheet);
    }

    void unwritableTargetExits73()
    {
        const test::CliRun r = exportCmd({QStringLiteral("roster"), QStringLiteral("--xlsx"), path("no/such/dir/x.xlsx")});
        QVERIFY2(r.exitCode == 73, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("x.xlsx")), qPrintable(r.describe()));
    }

    void failedExportKeepsTheOldFile()
    {
        // A copy of the database without its tag table: the workbook is open and the roster's
        // query fails in the middle of the export.
        const QString broken = path("broken.sqlite");
        QVERIFY(QFile::copy(m_scratch.db(), broken));
        {
            StoreError err;
            auto db = Database::open(ConnectionSpec::sqlite(broken), &err);
            QVERIFY2(db, qPrintable(err.detail));
            QSqlQuery q(db->sql());
            QVERIFY2(q.exec(QStringLiteral("DROP TABLE creator_tags")), qPrintable(q.lastError().text()));
        }
        const QString out = path("keep.xlsx");
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        const test::CliRun r = test::runRedroster({QStringLiteral("export"), QStringLiteral("roster"),
                                                   QStringLiteral("--xlsx"), out, QStringLiteral("--db"), broken});
        QVERIFY2(r.exitCode != 0 && r.exitCode != 64, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("creator_tags")), qPrintable(r.describe()));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old"));
    }
#else
    void noXlsxSupport()
    {
        const test::CliRun r = exportCmd({QStringLiteral("roster"), QStringLiteral("--xlsx"), path("x.xlsx")});
        QVERIFY2(r.exitCode == 69, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("no .xlsx support")), qPrintable(r.describe()));
        QVERIFY(!QFile::exists(path("x.xlsx")));
    }
#endif

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString out = m_scratch.path(QStringLiteral("u.xlsx"));
        QTest::newRow("--csv and --xlsx") << QStringList{QStringLiteral("roster"), QStringLiteral("--csv"),
                                                         m_scratch.path(QStringLiteral("u.csv")),
                                                         QStringLiteral("--xlsx"), out}
                                          << "not both";
        QTest::newRow("--xlsx without value") << QStringList{QStringLiteral("roster"), QStringLiteral("--xlsx")}
                                              << "--xlsx needs a value";
        QTest::newRow("creator with --xlsx") << QStringList{QStringLiteral("creator"), QStringLiteral("1"),
                                                            QStringLiteral("--xlsx"), out}
                                             << "instead of --xlsx";
        QTest::newRow("neither") << QStringList{QStringLiteral("roster")} << "--csv FILE or --xlsx FILE";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const test::CliRun r = exportCmd(args);
        QVERIFY2(r.exitCode == 64, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
        QVERIFY(!QFile::exists(m_scratch.path(QStringLiteral("u.xlsx"))));
        QVERIFY(!QFile::exists(m_scratch.path(QStringLiteral("u.csv"))));
    }

    void xlsxOptionOnAnotherCommand()
    {
        const test::CliRun r = test::runRedroster({QStringLiteral("check"), QStringLiteral("--db"), m_scratch.db(),
                                                   QStringLiteral("--xlsx"), path("x.xlsx")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(QStringLiteral("--xlsx only applies to the export command")), qPrintable(r.describe()));
    }

    void helpListsXlsx()
    {
        const test::CliRun r = test::runRedroster({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("redroster export roster --csv FILE|--xlsx FILE")));
    }
};

QTEST_GUILESS_MAIN(TestXlsxCli)
#include "tst_xlsxcli.moc"
