// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "domain/Creator.h"
#include "store/Database.h"
#include "store/IntegrityCheck.h"
#include "store/Schema.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTest>

using namespace rr;

using Kind = IntegrityReport::Problem::Kind;

class TestIntegrityCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cleanDatabaseIsOk();
    void countsEveryTableOfTheSchema();
    void reportsBrokenRow_data();
    void reportsBrokenRow();
    void reportsOrphanRow();
    void worksReadOnly();

private:
    qint64 addCreator(const QString &handle, qint64 followers);
    void exec(const QString &sql, const QVariantList &values = {});
    test::TestDatabase m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    QString m_name;
    std::unique_ptr<Database> m_db;
};

void TestIntegrityCheck::init()
{
    QVERIFY(m_scratch.isValid());
    m_name = QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()));
    if (QTest::currentDataTag())
        m_name.replace(QLatin1String(".sqlite"), QStringLiteral("-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag())));
    StoreError err;
    m_db = m_scratch.open(m_name, &err);
    QVERIFY2(m_db, qPrintable(err.message + err.detail));
}

void TestIntegrityCheck::cleanup()
{
    m_db.reset();
}

void TestIntegrityCheck::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db->sql());
    QVERIFY2(q.prepare(sql), qPrintable(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(sql));
}

// A consistent creator: derived columns as the app writes them, one follower snapshot.
qint64 TestIntegrityCheck::addCreator(const QString &handle, qint64 followers)
{
    Creator c;
    c.handle = handle;
    c.nickname = QString::fromUtf8("小鹿爱护肤");
    c.notes = QStringLiteral("Test Note");
    const QString now = Database::nowUtc();
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("INSERT INTO creators (handle, nickname, notes, followers, followers_as_of, search_text, "
                             "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : QVariantList{c.handle, c.nickname, c.notes, followers, QStringLiteral("2026-10-01"),
                                          c.searchText(), now, now})
        q.addBindValue(v);
    if (!q.exec())
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO follower_snapshots (creator_id, as_of, followers) VALUES (?,?,?),(?,?,?)"));
    for (const QVariant &v : QVariantList{id, QStringLiteral("2026-07-01"), followers / 2, id, QStringLiteral("2026-10-01"), followers})
        q.addBindValue(v);
    return q.exec() ? id : 0;
}

void TestIntegrityCheck::cleanDatabaseIsOk()
{
    QVERIFY(addCreator(QStringLiteral("deer"), 12000));
    QVERIFY(addCreator(QStringLiteral("fox"), 800));
    const IntegrityReport report = IntegrityCheck::run(*m_db);
    QVERIFY2(report.ok(), qPrintable(report.toText()));
    QCOMPARE(report.schemaVersion, currentSchema().version);
    // SQLite's own integrity check of the file; a server keeps its storage itself (not run there).
    QCOMPARE(report.integrityLines, test::TestDatabase::isPostgres() ? QStringList() : QStringList{QStringLiteral("ok")});
    QVERIFY(report.foreignKeyViolations.isEmpty());
    QVERIFY(report.problems.isEmpty());
    const QString text = report.toText();
    QVERIFY(text.contains(m_db->spec().displayName()));
    QVERIFY(text.contains(QStringLiteral("Schema version: %1").arg(currentSchema().version)));
    QVERIFY(text.contains(QLatin1String("Result: OK")));
}

void TestIntegrityCheck::countsEveryTableOfTheSchema()
{
    QVERIFY(addCreator(QStringLiteral("deer"), 12000));
    const IntegrityReport report = IntegrityCheck::run(*m_db);
    QCOMPARE(report.rowCounts.size(), qsizetype(currentSchema().tables.size()));
    QCOMPARE(report.rows(QStringLiteral("creators")), qint64(1));
    QCOMPARE(report.rows(QStringLiteral("follower_snapshots")), qint64(2));
    QCOMPARE(report.rows(QStringLiteral("categories")), qint64(12));
    QCOMPARE(report.rows(QStringLiteral("no_such_table")), qint64(-1));
}

void TestIntegrityCheck::reportsBrokenRow_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("followers differ from latest snapshot")
        << QStringLiteral("UPDATE creators SET followers = 99999 WHERE handle = 'deer'") << int(Kind::FollowersMismatch)
        << QLocale().toString(99999);
    QTest::newRow("followers missing though snapshots exist")
        << QStringLiteral("UPDATE creators SET followers = NULL WHERE handle = 'deer'") << int(Kind::FollowersMismatch)
        << QStringLiteral("@deer");
    QTest::newRow("newer snapshot not mirrored")
        << QStringLiteral("INSERT INTO follower_snapshots (creator_id, as_of, followers) "
                          "SELECT id, '2026-11-15', 15000 FROM creators WHERE handle = 'deer'")
        << int(Kind::FollowersMismatch) << QLocale().toString(15000);
    QTest::newRow("search text stale")
        << QStringLiteral("UPDATE creators SET notes = 'changed behind our back' WHERE handle = 'deer'")
        << int(Kind::SearchTextMismatch) << QStringLiteral("search text");
    QTest::newRow("status outside the known set")
        << QStringLiteral("UPDATE creators SET status = 'ghosted' WHERE handle = 'deer'") << int(Kind::UnknownStatus)
        << QStringLiteral("ghosted");
}

void TestIntegrityCheck::reportsBrokenRow()
{
    QFETCH(QString, sql);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    QVERIFY(addCreator(QStringLiteral("deer"), 12000));
    QVERIFY(addCreator(QStringLiteral("fox"), 800));
    QVERIFY(IntegrityCheck::run(*m_db).ok());
    // The CHECK constraint on status keeps the app from writing it; an old or hand-edited file may.
    // A PostgreSQL server enforces its constraints always (nothing like SQLite's pragma to turn
    // them off), so such a row cannot be there to find.
    if (kind == int(Kind::UnknownStatus)) {
        if (test::TestDatabase::isPostgres())
            QSKIP("SQLite only: PostgreSQL cannot hold a row that breaks a CHECK constraint");
        exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    }
    exec(sql);

    const IntegrityReport report = IntegrityCheck::run(*m_db);
    QVERIFY(!report.ok());
    QCOMPARE(report.count(Kind(kind)), 1);
    QCOMPARE(report.problems.size(), qsizetype(1));
    QCOMPARE(report.problems.first().table, QStringLiteral("creators"));
    const QString text = report.toText();
    QVERIFY2(text.contains(mentions), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("@deer")));
    QVERIFY(!text.contains(QLatin1String("@fox")));
    QVERIFY(text.contains(QLatin1String("PROBLEMS FOUND")));
}

void TestIntegrityCheck::reportsOrphanRow()
{
    // SQLite enforces foreign keys only per connection and a file may come from a program that
    // never turned them on, hence the foreign-key check; a PostgreSQL server always enforces them
    // (IntegrityCheck runs that check on SQLite only).
    if (test::TestDatabase::isPostgres())
        QSKIP("SQLite only: PostgreSQL cannot hold a row pointing at a missing parent");
    const qint64 id = addCreator(QStringLiteral("deer"), 12000);
    QVERIFY(id);
    exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    exec(QStringLiteral("INSERT INTO follower_snapshots (creator_id, as_of, followers) VALUES (?, '2026-10-01', 5)"),
         {id + 1000});
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));

    const IntegrityReport report = IntegrityCheck::run(*m_db);
    QVERIFY(!report.ok());
    QCOMPARE(report.foreignKeyViolations.size(), qsizetype(1));
    QCOMPARE(report.foreignKeyViolations.first().table, QStringLiteral("follower_snapshots"));
    QCOMPARE(report.foreignKeyViolations.first().parent, QStringLiteral("creators"));
    QVERIFY(report.problems.isEmpty()); // the real creator still matches its own latest snapshot
    QVERIFY(report.toText().contains(QLatin1String("follower_snapshots row")));
}

void TestIntegrityCheck::worksReadOnly()
{
    QVERIFY(addCreator(QStringLiteral("deer"), 12000));
    exec(QStringLiteral("UPDATE creators SET followers = 1 WHERE handle = 'deer'"));
    m_db.reset();
    OpenOptions options;
    options.readOnly = true;
    options.create = false;
    StoreError err;
    auto db = m_scratch.open(m_name, &err, options);
    QVERIFY2(db, qPrintable(err.message + err.detail));
    const IntegrityReport report = IntegrityCheck::run(*db);
    QVERIFY(!report.error);
    QCOMPARE(report.count(Kind::FollowersMismatch), 1);
}

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
