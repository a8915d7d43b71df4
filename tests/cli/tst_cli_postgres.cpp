// SPDX-License-Identifier: GPL-3.0-or-later
// The command line against a team's PostgreSQL server (`--pg URL`), on the real server ctest
// starts: demo data, check, import, export and a report, plus what a wrong URL or an unreachable
// server says.
#include "CliRunner.h"
#include "PgTestServer.h"

#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace rr;

namespace {

// Every run on the server: besides its exit code, nothing from the driver on stderr (e.g.
// "Query results lost": a streamed result cut short by another query on the connection).
test::CliRun run(const QStringList &args)
{
    test::CliRun r = test::runRedroster(args);
    if (r.err.contains(QLatin1String("QPSQLDriver")) || r.err.contains(QLatin1String("NOTICE:"))
        || r.err.contains(QLatin1String("WARNING:")))
        r.exitCode = 1000 + r.exitCode;
    return r;
}

} // namespace

class TestCliPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void urlsAreParsed_data();
    void urlsAreParsed();
    void badUrlsAreUsageErrors_data();
    void badUrlsAreUsageErrors();
    void demoCheckImportExportReport();
    void unreachableServerIsNamed();
    void emptyServerDatabaseIsNotTakenForData();
    void rolesAreSetAndEnforced();

private:
    test::PgTestServer m_server;
    QTemporaryDir m_dir;
};

void TestCliPostgres::initTestCase()
{
    if (!m_server.isAvailable())
        QFAIL(qPrintable(m_server.why()));
    QVERIFY(m_dir.isValid());
}

void TestCliPostgres::urlsAreParsed_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::newRow("full") << QStringLiteral("postgresql://anna:s%40cret@db.brand.cn:6543/roster?sslmode=require")
                          << QStringLiteral("db.brand.cn") << 6543 << QStringLiteral("anna") << QStringLiteral("s@cret")
                          << QStringLiteral("roster") << QStringLiteral("sslmode=require;connect_timeout=10");
    QTest::newRow("short scheme, default port")
        << QStringLiteral("postgres://team@10.0.0.5/红人簿") << QStringLiteral("10.0.0.5") << 5432 << QStringLiteral("team")
        << QString() << QStringLiteral("红人簿") << QStringLiteral("connect_timeout=10");
    QTest::newRow("IPv6 and own timeout")
        << QStringLiteral("postgresql://[::1]:5433/rr?connect_timeout=3&application_name=redroster") << QStringLiteral("::1")
        << 5433 << QString() << QString() << QStringLiteral("rr")
        << QStringLiteral("connect_timeout=3;application_name=redroster");
}

void TestCliPostgres::urlsAreParsed()
{
    QFETCH(QString, url);
    QString why;
    const std::optional<ConnectionSpec> spec = ConnectionSpec::fromPostgresUrl(url, &why);
    QVERIFY2(spec, qPrintable(why));
    QCOMPARE(spec->backend, Backend::Postgres);
    QTEST(spec->host, "host");
    QTEST(spec->port, "port");
    QTEST(spec->user, "user");
    QTEST(spec->password, "password");
    QTEST(spec->database, "database");
    QTEST(spec->options, "options");
    QVERIFY(!spec->postgresUrl().contains(QLatin1String("cret"))); // never the password
    const std::optional<ConnectionSpec> again = ConnectionSpec::fromPostgresUrl(spec->postgresUrl(), &why);
    QVERIFY2(again, qPrintable(why));
    QCOMPARE(again->displayName(), spec->displayName());
    // The same options (the URL lists them sorted).
    QStringList before = spec->options.split(QLatin1Char(';'));
    QStringList after = again->options.split(QLatin1Char(';'));
    before.sort();
    after.sort();
    QCOMPARE(after, before);
    QCOMPARE(again->postgresUrl(), spec->postgresUrl());
}

void TestCliPostgres::badUrlsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString check = QStringLiteral("check");
    QTest::newRow("no database") << QStringList{check, QStringLiteral("--pg"), QStringLiteral("postgresql://host")}
                                 << QStringLiteral("names no database");
    QTest::newRow("no server") << QStringList{check, QStringLiteral("--pg"), QStringLiteral("postgresql:///rr")}
                               << QStringLiteral("names no server");
    QTest::newRow("unknown parameter")
        << QStringList{check, QStringLiteral("--pg"), QStringLiteral("postgresql://h/rr?options=-c%20x")}
        << QStringLiteral("\"options\"");
    QTest::newRow("bad sslmode") << QStringList{check, QStringLiteral("--pg"), QStringLiteral("postgresql://h/rr?sslmode=maybe")}
                                 << QStringLiteral("maybe");
    QTest::newRow("--pg with a file name")
        << QStringList{QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--csv"), QStringLiteral("x.csv"),
                       QStringLiteral("--pg"), QStringLiteral("teamdb")}
        << QStringLiteral("\"teamdb\"");
    QTest::newRow("backslash in a path")
        << QStringList{check, QStringLiteral("--pg"), QStringLiteral("postgresql://h/rr?sslrootcert=C:%5Ccerts%5Cca.crt")}
        << QStringLiteral("sslrootcert");
    QTest::newRow("both --db and --pg")
        << QStringList{check, QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("--pg"), QStringLiteral("postgresql://h/rr")}
        << QStringLiteral("--pg");
    QTest::newRow("no value") << QStringList{QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--csv"),
                                             QStringLiteral("x.csv"), QStringLiteral("--pg")}
                              << QStringLiteral("--pg");
}

void TestCliPostgres::badUrlsAreUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const test::CliRun r = test::runRedroster(args);
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.describe()));
}

void TestCliPostgres::demoCheckImportExportReport()
{
    const QString url = m_server.freshDatabase().postgresUrl();
    QVERIFY(url.startsWith(QLatin1String("postgresql://")));

    // The first connection to the empty server database creates the schema; demo fills it.
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("--creators"), QStringLiteral("60"), QStringLiteral("--seed"),
                           QStringLiteral("3"), QStringLiteral("--date"), QStringLiteral("2026-11-30")};
    test::CliRun r = run(demo + QStringList{QStringLiteral("--pg"), url});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({QStringLiteral("check"), QStringLiteral("--pg"), url});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("60")), qPrintable(r.describe()));

    // The same demo in a local file exports the same roster, tags and categories included.
    const QString file = m_dir.filePath(QStringLiteral("same.sqlite"));
    r = run(demo + QStringList{QStringLiteral("--db"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto exportOf = [this](const QStringList &target, const QString &name) {
        const QString path = m_dir.filePath(name);
        const test::CliRun e = run(QStringList{QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--csv"), path} + target);
        QFile f(path);
        if (e.exitCode != 0 || !f.open(QIODevice::ReadOnly))
            return e.describe();
        QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        for (QString &line : lines)
            line.truncate(line.lastIndexOf(QLatin1Char(','))); // "Updated": when each demo ran
        return lines.join(QLatin1Char('\n'));
    };
    const QString fromServer = exportOf({QStringLiteral("--pg"), url}, QStringLiteral("server.csv"));
    const QString fromFile = exportOf({QStringLiteral("--db"), file}, QStringLiteral("file.csv"));
    QVERIFY(fromFile.count(QLatin1Char(';')) > 10); // creators with several tags or categories
    QCOMPARE(fromServer, fromFile);

    // Demo rows are linked by the ids PostgreSQL handed out (no lastInsertId on QPSQL).
    StoreError err;
    auto db = Database::open(*ConnectionSpec::fromPostgresUrl(url, nullptr), &err);
    QVERIFY2(db, qPrintable(err.detail));
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM collaborations c JOIN campaigns k ON k.id = c.campaign_id "
                                  "JOIN creators p ON p.id = c.creator_id")));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toInt() > 0, "collaborations do not point at their campaigns and creators");
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM collaborations WHERE campaign_id = 0 OR creator_id = 0")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);

    const QString csv = m_dir.filePath(QStringLiteral("prospects.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("昵称,小红书号,粉丝数,城市\n"
            "团队新人甲,team_new_a,1.2万,上海\n"
            "团队新人乙,team_new_b,8500,杭州\n");
    f.close();
    r = run({QStringLiteral("import"), csv, QStringLiteral("--pg"), url});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(q.exec(QStringLiteral("SELECT followers FROM creators WHERE handle = 'team_new_a'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 12000);

    const QString out = m_dir.filePath(QStringLiteral("roster.csv"));
    r = run({QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--csv"), out,
                            QStringLiteral("--pg"), url});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exported.readAll());
    QVERIFY2(text.contains(QStringLiteral("团队新人乙")), qPrintable(text.right(400)));
    QCOMPARE(text.count(QLatin1Char('\n')), 1 + 60 + 2);

    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    r = run({QStringLiteral("report"), QStringLiteral("campaign"), QStringLiteral("1"), QStringLiteral("--pdf"),
                            pdf, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--pg"), url});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void TestCliPostgres::emptyServerDatabaseIsNotTakenForData()
{
    // An export from a database with nothing in it (a wrong name, most likely) says so and leaves
    // it empty; only demo and import, which write, make the schema.
    const ConnectionSpec spec = m_server.freshDatabase();
    const test::CliRun r = run({QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--csv"),
                                m_dir.filePath(QStringLiteral("none.csv")), QStringLiteral("--pg"), spec.postgresUrl()});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(spec.database), qPrintable(r.describe()));
    StoreError err;
    OpenOptions inspect;
    inspect.create = false;
    QVERIFY(!Database::open(spec, &err, inspect));
    QCOMPARE(err.code, StoreError::Code::NotADatabase);
    QVERIFY(!QFileInfo::exists(QStringLiteral("teamdb"))); // the usage error above made no file either
}

void TestCliPostgres::unreachableServerIsNamed()
{
    // Nothing listens on port 1: refused at once, the server named, the connection's exit code.
    const test::CliRun r = run(
        {QStringLiteral("check"), QStringLiteral("--pg"), QStringLiteral("postgresql://redroster@127.0.0.1:1/rr?connect_timeout=2")});
    QCOMPARE(r.exitCode, 14);
    QVERIFY2(r.err.contains(QLatin1String("127.0.0.1:1/rr")), qPrintable(r.describe()));
}

void TestCliPostgres::rolesAreSetAndEnforced()
{
    ConnectionSpec spec = m_server.freshDatabase();
    const QString url = spec.postgresUrl();
    test::CliRun r = run({QStringLiteral("demo"), QStringLiteral("--creators"), QStringLiteral("50"), QStringLiteral("--pg"), url});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString viewer = QStringLiteral("cli_viewer_") + tag;
    const QString editor = QStringLiteral("cli_editor_") + tag;
    r = run({QStringLiteral("roles"), QStringLiteral("--pg"), url, QStringLiteral("--viewer"), viewer, QStringLiteral("--editor"), editor});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(viewer + QStringLiteral("  viewer")) && r.out.contains(editor + QStringLiteral("  editor")),
             qPrintable(r.describe()));

    // The viewer's import is refused by the server, with its own exit code; nothing is written.
    const QString csv = m_dir.filePath(QStringLiteral("viewer.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("昵称,小红书号,粉丝数\n查看者导入,viewer_row,1000\n");
    f.close();
    spec.user = viewer;
    r = run({QStringLiteral("import"), csv, QStringLiteral("--pg"), spec.postgresUrl()});
    QCOMPARE(r.exitCode, 13);
    QVERIFY2(r.err.contains(QLatin1String("role")), qPrintable(r.describe()));
    spec.user = editor;
    r = run({QStringLiteral("import"), csv, QStringLiteral("--pg"), spec.postgresUrl()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("1 new")), qPrintable(r.describe()));

    // Usage: roles only on a server, names only of the plain kind.
    r = run({QStringLiteral("roles"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.sqlite"))});
    QCOMPARE(r.exitCode, 64);
    r = run({QStringLiteral("roles"), QStringLiteral("--pg"), url, QStringLiteral("--editor"), QStringLiteral("Bad Name")});
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(QLatin1String("Bad Name")), qPrintable(r.describe()));
}

QTEST_MAIN(TestCliPostgres)
#include "tst_cli_postgres.moc"
