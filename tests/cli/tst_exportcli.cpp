// SPDX-License-Identifier: GPL-3.0-or-later
// `redroster export` run as a script would, on the export fixture: each kind writes its file and
// a one-line summary; usage errors exit 64 naming the problem; an unwritable file exits 73.
#include "CliScratch.h"
#include "ExportFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rr;

class TestExportCli : public QObject
{
    Q_OBJECT

    test::CliScratch m_scratch;

    QString path(const char *name) const { return m_scratch.path(name); }
    QString path(const QString &name) const { return m_scratch.path(name); }
    test::CliRun exportCmd(const QStringList &args) const
    {
        return m_scratch.run(QStringList{QStringLiteral("export")}, args);
    }
    static QStringList csvLines(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = f.readAll();
        if (!bytes.startsWith("\xEF\xBB\xBF"))
            return {QStringLiteral("no BOM")};
        return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
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

    void roster()
    {
        const QString out = path("roster.csv");
        const test::CliRun r = exportCmd({QStringLiteral("roster"), QStringLiteral("--csv"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("4 creator")), qPrintable(r.out));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        const QStringList lines = csvLines(out);
        // header + 4 creators (creator 1's notes hold a bare LF inside quotes: not a record end)
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.first().startsWith(QStringLiteral("ID,XHS ID,")));
        QVERIFY2(lines.at(1).contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(QStringLiteral(",+86 138 0000 0000,")), qPrintable(lines.at(1)));
    }

    void shortlistByName()
    {
        const QString out = path("shortlist.csv");
        const test::CliRun r = exportCmd({QStringLiteral("shortlist"), QStringLiteral("Shortlist A"),
                                          QStringLiteral("--csv=") + out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("2 creator")), qPrintable(r.out));
        QCOMPARE(csvLines(out).size(), 1 + 2); // header, two members
    }

    void campaign_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("posts");
        QTest::addColumn<QString>("summary");
        QTest::newRow("by name") << "Spring" << false << "2 collaboration";
        QTest::newRow("by number") << "1" << false << "2 collaboration";
        QTest::newRow("posts") << "Spring" << true << "2 post";
    }
    void campaign()
    {
        QFETCH(QString, target);
        QFETCH(bool, posts);
        QFETCH(QString, summary);
        const QString out = path("campaign.csv");
        QStringList args{QStringLiteral("campaign"), target, QStringLiteral("--csv"), out};
        if (posts)
            args << QStringLiteral("--posts");
        const test::CliRun r = exportCmd(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(summary), qPrintable(r.out));
        const QStringList lines = csvLines(out);
        QCOMPARE(lines.size(), 3);
        if (!posts) {
            QVERIFY(lines.first().startsWith(QStringLiteral("Collaboration ID,")));
            const QString a = lines.at(1).contains(QStringLiteral("xhs001")) ? lines.at(1) : lines.at(2);
            QVERIFY2(a.contains(QStringLiteral(",3000,")), qPrintable(a));      // fee
            QVERIFY2(a.contains(QStringLiteral(",15000,700,230,")), qPrintable(a)); // views, engagements, saves
        }
    }

    void creatorRecord_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("handle") << "xhs001";
        QTest::newRow("number") << "1";
    }
    void creatorRecord()
    {
        QFETCH(QString, target);
        const QString out = path("creator.json");
        const test::CliRun r = exportCmd({QStringLiteral("creator"), target, QStringLiteral("--json"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("record of creator 1")), qPrintable(r.out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("profile")).toObject().value(QStringLiteral("handle")).toString(),
                 QStringLiteral("xhs001"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString out = m_scratch.path(QStringLiteral("u.csv"));
        QTest::newRow("nothing") << QStringList{} << "needs what to export";
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("everything"), QStringLiteral("--csv"), out}
                                      << "Unknown export \"everything\"";
        QTest::newRow("no --csv") << QStringList{QStringLiteral("roster")} << "--csv FILE";
        QTest::newRow("--csv without value") << QStringList{QStringLiteral("roster"), QStringLiteral("--csv")}
                                             << "--csv needs a value";
        QTest::newRow("creator with --csv") << QStringList{QStringLiteral("creator"), QStringLiteral("1"),
                                                           QStringLiteral("--csv"), out}
                                            << "--json FILE";
        QTest::newRow("roster with --json") << QStringList{QStringLiteral("roster"), QStringLiteral("--json"), out}
                                            << "--json only applies to export creator";
        QTest::newRow("--posts on roster") << QStringList{QStringLiteral("roster"), QStringLiteral("--posts"),
                                                          QStringLiteral("--csv"), out}
                                           << "--posts only applies";
        QTest::newRow("campaign without target") << QStringList{QStringLiteral("campaign"), QStringLiteral("--csv"), out}
                                                 << "campaign's number or name";
        QTest::newRow("extra argument") << QStringList{QStringLiteral("roster"), QStringLiteral("more"),
                                                       QStringLiteral("--csv"), out}
                                        << "Unexpected argument \"more\"";
        QTest::newRow("unknown campaign") << QStringList{QStringLiteral("campaign"), QStringLiteral("Nope"),
                                                         QStringLiteral("--csv"), out}
                                          << "1 \"Spring\", 2 \"Other\"";
        QTest::newRow("unknown shortlist") << QStringList{QStringLiteral("shortlist"), QStringLiteral("Nope"),
                                                          QStringLiteral("--csv"), out}
                                           << "No shortlist named \"Nope\"";
        QTest::newRow("unknown creator") << QStringList{QStringLiteral("creator"), QStringLiteral("nobody"),
                                                        QStringLiteral("--json"), out}
                                         << "\"nobody\"";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const test::CliRun r = exportCmd(args);
        QVERIFY2(r.exitCode == 64, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
        QVERIFY(!QFile::exists(m_scratch.path(QStringLiteral("u.csv"))));
    }

    void exportOptionOnAnotherCommand()
    {
        const test::CliRun r = test::runRedroster({QStringLiteral("check"), QStringLiteral("--db"), m_scratch.db(),
                                                   QStringLiteral("--csv"), path("x.csv")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(QStringLiteral("--csv only applies to the export command")), qPrintable(r.describe()));
    }

    void unwritableFileExits73()
    {
        const test::CliRun r = exportCmd({QStringLiteral("roster"), QStringLiteral("--csv"), path("no/such/dir/x.csv")});
        QVERIFY2(r.exitCode == 73, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("x.csv")), qPrintable(r.describe()));
    }

    void helpListsExport()
    {
        const test::CliRun r = test::runRedroster({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("redroster export campaign ID|NAME --csv FILE")));
        QVERIFY(r.out.contains(QStringLiteral("redroster chart KIND"))); // the chart usage still there
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
