// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `redroster` binary as a script would and checks exit codes and output.
#include "CliRunner.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

namespace {

using Run = test::CliRun;

Run run(const QStringList &args, bool asNobody = false)
{
    return test::runRedroster(args, asNobody);
}

QString describe(const Run &r)
{
    return r.describe();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
    void demoThenCheck_data();
    void demoThenCheck();
    void demoRefusesSecondRun();
    void checkReportsProblems();
    void checkTextFile();
    void checkNewerSchema();
    void checkMissingFile();
    void demoReadOnlyFile();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(REDROSTER_BINARY)), REDROSTER_BINARY);
    // Keep the test's settings away from the user's.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("HOME", m_dir.path().toLocal8Bit());
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("RedRoster " REDROSTER_VERSION_FULL));
    QVERIFY(r.err.isEmpty());
}

void TestCli::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("demo --db PATH")));
    QVERIFY(r.out.contains(QLatin1String("check --db PATH")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("unknown command with db")
        << QStringList{QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("export")} << QStringLiteral("export");
    QTest::newRow("check without db") << QStringList{QStringLiteral("check")} << QStringLiteral("--db");
    QTest::newRow("demo without db") << QStringList{QStringLiteral("demo")} << QStringLiteral("--db");
    QTest::newRow("db without value") << QStringList{QStringLiteral("check"), QStringLiteral("--db")} << QStringLiteral("--db");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("--fast")}
        << QStringLiteral("--fast");
    QTest::newRow("demo option on check")
        << QStringList{QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("--seed"),
                       QStringLiteral("3")}
        << QStringLiteral("--seed");
    QTest::newRow("creators not a number")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("--creators"),
                       QStringLiteral("lots")}
        << QStringLiteral("lots");
    QTest::newRow("bad date")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("--date"),
                       QStringLiteral("2026-13-40")}
        << QStringLiteral("2026-13-40");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    // Relative paths: nothing may be created in the working directory by a usage error.
    const Run r = run(args);
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(mentions), qPrintable(describe(r)));
    QVERIFY(!QFileInfo::exists(QStringLiteral("x.sqlite")));
}

void TestCli::demoThenCheck_data()
{
    QTest::addColumn<bool>("dbFirst");
    QTest::newRow("--db after the command") << false;
    QTest::newRow("--db before the command") << true;
}

void TestCli::demoThenCheck()
{
    QFETCH(bool, dbFirst);
    const QString file = path(dbFirst ? QStringLiteral("first.sqlite") : QStringLiteral("after.sqlite"));
    const QStringList demo = dbFirst ? QStringList{QStringLiteral("--db"), file, QStringLiteral("demo")}
                                     : QStringList{QStringLiteral("demo"), QStringLiteral("--db"), file};
    Run r = run(demo + QStringList{QStringLiteral("--creators"), QStringLiteral("320"), QStringLiteral("--seed"),
                                   QStringLiteral("11")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("320 creators")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("12 campaigns")));

    const QStringList check = dbFirst ? QStringList{QStringLiteral("--db"), file, QStringLiteral("check")}
                                      : QStringList{QStringLiteral("check"), QStringLiteral("--db=") + file};
    r = run(check);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(QStringLiteral("Schema version: %1").arg(currentSchema().version)));
    QVERIFY(r.out.contains(QLatin1String("Result: OK")));
    QVERIFY(r.out.contains(QLatin1String("creators")));
}

void TestCli::demoRefusesSecondRun()
{
    const QString file = path(QStringLiteral("twice.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), file}).exitCode, 0);
    const Run r = run({QStringLiteral("demo"), QStringLiteral("--db"), file});
    QVERIFY(r.exitCode != 0 && r.exitCode != 64);
    QVERIFY2(r.err.contains(file) && r.err.contains(QLatin1String("already has")), qPrintable(describe(r)));
}

void TestCli::checkReportsProblems()
{
    const QString file = path(QStringLiteral("broken.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), file}).exitCode, 0);
    {
        StoreError err;
        auto db = Database::open(ConnectionSpec::sqlite(file), &err);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE creators SET followers = followers + 1 WHERE id = 1")));
    }
    const Run r = run({QStringLiteral("check"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(QLatin1String("PROBLEMS FOUND")), qPrintable(r.out));
}

void TestCli::checkTextFile()
{
    const QString file = path(QStringLiteral("notes.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("handle,nickname\nxiaolu,小鹿\n");
    f.close();
    const Run r = run({QStringLiteral("check"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(file), qPrintable(describe(r)));
    QVERIFY(r.err.contains(QLatin1String("not a RedRoster database")));
    QVERIFY(r.out.isEmpty());
}

void TestCli::checkNewerSchema()
{
    const QString file = path(QStringLiteral("future.sqlite"));
    {
        StoreError err;
        auto db = Database::open(ConnectionSpec::sqlite(file), &err);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    const Run r = run({QStringLiteral("check"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(file) && r.err.contains(QLatin1String("newer")), qPrintable(describe(r)));
    // Demo must not touch it either.
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), file}).exitCode, 5);
}

void TestCli::checkMissingFile()
{
    const QString file = path(QStringLiteral("nowhere.sqlite"));
    const Run r = run({QStringLiteral("check"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(file), qPrintable(describe(r)));
    QVERIFY2(!QFileInfo::exists(file), "check must never create the file");
}

void TestCli::demoReadOnlyFile()
{
    const QString file = path(QStringLiteral("readonly.sqlite"));
    {
        StoreError err;
        QVERIFY(Database::open(ConnectionSpec::sqlite(file), &err));
    }
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    // Root ignores the permissions: run the app as `nobody`, in a folder it can read but not write.
    const bool asNobody = QFileInfo(file).isWritable();
    if (asNobody) {
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv: cannot observe a read-only file");
        const QFileDevice::Permissions dirPerms = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
            | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(QFileInfo(file).absolutePath(), dirPerms));
    }
    const Run r = run({QStringLiteral("demo"), QStringLiteral("--db"), file}, asNobody);
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(file), qPrintable(describe(r)));
    // Still readable: check works on it.
    const Run c = run({QStringLiteral("check"), QStringLiteral("--db"), file}, asNobody);
    QVERIFY2(c.exitCode == 0, qPrintable(describe(c)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
