// SPDX-License-Identifier: GPL-3.0-or-later
// `redroster import` run as a script would: every encoding to the same rows, dry runs that write
// nothing, duplicates by policy, and bad files refused with their line and column.
#include "CliRunner.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

namespace {

using Run = test::CliRun;

Run run(const QStringList &args, bool asNobody = false)
{
    return test::runRedroster(args, asNobody);
}

QString fixture(const char *name)
{
    return QStringLiteral(REDROSTER_TEST_DATA "/import/") + QString::fromLatin1(name);
}

QStringList rows(const QString &db, const QString &sql)
{
    StoreError err;
    OpenOptions o;
    o.readOnly = true;
    auto d = Database::open(ConnectionSpec::sqlite(db), &err, o);
    QStringList out;
    if (!d)
        return {QStringLiteral("<cannot open: %1>").arg(err.message)};
    QSqlQuery q(d->sql());
    q.exec(sql);
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

const QString creatorsSql = QStringLiteral("SELECT handle, nickname, followers, price_image_fen, city FROM creators ORDER BY handle");

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT
private slots:
    void everyEncodingGivesTheSameRows_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"creators_utf8.csv", "creators_utf8_bom.csv", "creators_gb18030.csv", "creators_utf16le.txt",
                              "creators_utf16be.csv", "creators_semicolon.csv", "creators_pipe.txt"})
            QTest::newRow(f) << fixture(f);
    }

    void everyEncodingGivesTheSameRows()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString reference = dir.filePath(QStringLiteral("ref.sqlite"));
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        QCOMPARE(run({QStringLiteral("import"), fixture("creators_utf8.csv"), QStringLiteral("--db"), reference}).exitCode, 0);
        const Run r = run({QStringLiteral("import"), file, QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("3 new")));
        const QStringList got = rows(db, creatorsSql);
        QCOMPARE(got.size(), 3);
        QCOMPARE(got, rows(reference, creatorsSql));
        // Chinese text and 1.2万-style numbers arrived as values.
        QVERIFY2(got.join(QLatin1Char('\n')).contains(QStringLiteral("小鹿爱美妆|12000|200000|上海")), qPrintable(got.join(QLatin1Char('\n'))));
    }

    void dryRunJsonWritesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("never.sqlite"));
        const Run r = run({QStringLiteral("import"), fixture("creators_gb18030.csv"), QStringLiteral("--db"), db,
                           QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QFile::exists(db));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        const QJsonObject file = doc.object().value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(file.value(QStringLiteral("encoding")).toString(), QStringLiteral("gb18030"));
        QCOMPARE(file.value(QStringLiteral("header")).toArray().first().toString(), QStringLiteral("小红书号"));
        const QJsonArray list = file.value(QStringLiteral("rows")).toArray();
        QCOMPARE(list.size(), 3);
        const QJsonObject first = list.first().toObject();
        QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("create"));
        QCOMPARE(first.value(QStringLiteral("cells")).toArray().at(2).toString(), QStringLiteral("1.2万")); // as read
    }

    void duplicatePolicies()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("dup.sqlite"));
        QCOMPARE(run({QStringLiteral("import"), fixture("creators_utf8.csv"), QStringLiteral("--db"), db}).exitCode, 0);
        // The same creators again, one living elsewhere now.
        const QString moved = dir.filePath(QStringLiteral("moved.csv"));
        {
            QFile in(fixture("creators_utf8.csv"));
            QVERIFY(in.open(QIODevice::ReadOnly));
            QString text = QString::fromUtf8(in.readAll());
            text.replace(QStringLiteral("上海"), QStringLiteral("杭州"));
            QFile out(moved);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text.toUtf8());
        }
        const Run skip = run({QStringLiteral("import"), moved, QStringLiteral("--db"), db});
        QCOMPARE(skip.exitCode, 0);
        QVERIFY(skip.out.contains(QStringLiteral("3 skipped")));
        QVERIFY(rows(db, QStringLiteral("SELECT city FROM creators WHERE city = '杭州'")).isEmpty());
        const Run over = run({QStringLiteral("import"), moved, QStringLiteral("--db"), db, QStringLiteral("--on-duplicate"),
                              QStringLiteral("overwrite")});
        QCOMPARE(over.exitCode, 0);
        QVERIFY(!rows(db, QStringLiteral("SELECT city FROM creators WHERE city = '杭州'")).isEmpty());
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM creators")), QStringList{QStringLiteral("3")});
    }

    void badFilesAreRefusedWithLineAndColumn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::newRow("unterminated quote") << fixture("unterminated.csv") << QStringLiteral("line 3, column 2");
        QTest::newRow("wrong cell count") << fixture("wrong_cells.csv") << QStringLiteral("line 3");
    }

    void badFilesAreRefusedWithLineAndColumn()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("bad.sqlite"));
        QCOMPARE(run({QStringLiteral("import"), fixture("creators_utf8.csv"), QStringLiteral("--db"), db}).exitCode, 0);
        const Run r = run({QStringLiteral("import"), file, QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 65);
        QVERIFY2(r.err.contains(where), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM creators")), QStringList{QStringLiteral("3")});
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM import_batches")), QStringList{QStringLiteral("1")});
    }

    void usageAndMissingFiles()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("u.sqlite"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db}).exitCode, 64);
        QCOMPARE(run({QStringLiteral("import"), fixture("creators_utf8.csv"), QStringLiteral("--db"), db,
                      QStringLiteral("--json")}).exitCode, 64);
        QCOMPARE(run({QStringLiteral("import"), fixture("creators_utf8.csv"), QStringLiteral("--db"), db,
                      QStringLiteral("--encoding"), QStringLiteral("latin9")}).exitCode, 64);
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--dry-run")}).exitCode, 64);
        const Run missing = run({QStringLiteral("import"), dir.filePath(QStringLiteral("nope.csv")), QStringLiteral("--db"), db});
        QCOMPARE(missing.exitCode, 66);
        QVERIFY(missing.err.contains(QStringLiteral("nope.csv")));
    }

    void batchesListedAndUndone()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("b.sqlite"));
        QCOMPARE(run({QStringLiteral("import"), fixture("creators_utf8.csv"), QStringLiteral("--db"), db}).exitCode, 0);
        const Run list = run({QStringLiteral("batches"), QStringLiteral("--db"), db});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.startsWith(QStringLiteral("#1 ")) && list.out.contains(QStringLiteral("creators_utf8.csv")), qPrintable(list.out));
        const Run undo = run({QStringLiteral("undo-import"), QStringLiteral("1"), QStringLiteral("--db"), db});
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
        QVERIFY(undo.out.contains(QStringLiteral("3 creators deleted")));
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM creators")), QStringList{QStringLiteral("0")});
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM follower_snapshots")), QStringList{QStringLiteral("0")});
        // Not twice; and a batch number is a number.
        QCOMPARE(run({QStringLiteral("undo-import"), QStringLiteral("1"), QStringLiteral("--db"), db}).exitCode, 12);
        QCOMPARE(run({QStringLiteral("undo-import"), QStringLiteral("first"), QStringLiteral("--db"), db}).exitCode, 64);
        QCOMPARE(run({QStringLiteral("undo-import"), QStringLiteral("--db"), db}).exitCode, 64);
    }

    void reportIsWritten()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("r.sqlite"));
        const QString report = dir.filePath(QStringLiteral("report.csv"));
        QCOMPARE(run({QStringLiteral("import"), fixture("creators_utf8.csv"), QStringLiteral("--db"), db,
                      QStringLiteral("--report"), report}).exitCode, 0);
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(3) == QByteArray("\xEF\xBB\xBF")); // Excel on Chinese Windows needs the BOM
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
