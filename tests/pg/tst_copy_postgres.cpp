// SPDX-License-Identifier: GPL-3.0-or-later
// Moving a whole database (issue 9 §6): a local file onto a team's PostgreSQL server and back
// into a new file, row for row; the server's id counters moved past the copied ids; a target
// with data refused; a cancel, a bad value or a server refusal part-way leaving the target as it
// was; and `redroster copy` both ways with its usage errors.
#include "CliRunner.h"
#include "PgTestServer.h"

#include "demo/DemoData.h"
#include "domain/CreatorRepository.h"
#include "export/RosterExport.h"
#include "roster/RosterFilter.h"
#include "store/Database.h"
#include "store/DatabaseCopy.h"
#include "store/Schema.h"
#include "store/TeamRoles.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace rr;

namespace {

// The test's own reading of the schema (not the copier's): the key to order rows by.
QStringList keyOf(const TableDef &t)
{
    static const QRegularExpression tableKey(QStringLiteral("PRIMARY KEY \\(([^)]*)\\)"));
    for (const QString &c : t.tableConstraints)
        if (const QRegularExpressionMatch m = tableKey.match(c); m.hasMatch())
            return m.captured(1).split(QStringLiteral(", "));
    for (const ColumnDef &c : t.columns)
        if (c.type == ColumnType::Id || c.constraints.contains(QLatin1String("PRIMARY KEY")))
            return {c.name};
    return {};
}

// Every row of a table, ordered by its key, each value written so that NULL, '' and the number
// types of both drivers compare as what they mean.
QStringList dump(const Database &db, const TableDef &t)
{
    QStringList columns;
    for (const ColumnDef &c : t.columns)
        columns << c.name;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                    .arg(columns.join(QLatin1String(", ")), t.name, keyOf(t).join(QLatin1String(", ")))))
        return {QStringLiteral("query failed: ") + q.lastError().text()};
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < int(t.columns.size()); ++i) {
            const QVariant v = q.value(i);
            if (v.isNull()) {
                cells << QStringLiteral("NULL");
                continue;
            }
            switch (t.columns[size_t(i)].type) {
            case ColumnType::Id:
            case ColumnType::Integer:
            case ColumnType::Bool:
            case ColumnType::Money: cells << QString::number(v.toLongLong()); break;
            case ColumnType::Real: cells << QString::number(v.toDouble(), 'g', 17); break;
            default: cells << QLatin1Char('\'') + v.toString() + QLatin1Char('\''); break;
            }
        }
        rows << cells.join(QLatin1Char('|'));
    }
    if (q.lastError().isValid())
        rows << QStringLiteral("read failed: ") + q.lastError().text();
    return rows;
}

qint64 countOf(const Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
}

QString rosterCsv(const Database &db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    StoreError err;
    if (!RosterExport::writeCsv(db, RosterFilter(), &buffer, nullptr, &err))
        return QStringLiteral("export failed: ") + err.detail;
    return QString::fromUtf8(buffer.data());
}

bool exec(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.sql());
    bool ok = false;
    if (values.isEmpty()) { // DDL is never prepared on PostgreSQL
        ok = q.exec(sql);
    } else {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (ok)
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

// Like tst_cli_postgres: besides its exit code, nothing from the driver on stderr.
test::CliRun run(const QStringList &args)
{
    test::CliRun r = test::runRedroster(args);
    if (r.err.contains(QLatin1String("QPSQLDriver")) || r.err.contains(QLatin1String("NOTICE:"))
        || r.err.contains(QLatin1String("WARNING:")))
        r.exitCode = 1000 + r.exitCode;
    return r;
}

} // namespace

class TestCopyPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tablesComeAfterWhatTheyReference();
    void roundTripKeepsEveryRow();
    void serverIdCountersMovePastCopiedIds();
    void targetWithDataIsRefusedUntouched_data();
    void targetWithDataIsRefusedUntouched();
    void cancelLeavesTargetEmpty_data();
    void cancelLeavesTargetEmpty();
    void badValueMidwayLeavesTargetEmpty();
    void serverRefusalMidwayLeavesTargetEmpty();
    void lostSourceConnectionFailsTheCopy();
    void viewerAndEditorAreRefused();
    void differentSchemaIsRefused();
    void cliCopiesBothWays();
    void cliUsageErrors_data();
    void cliUsageErrors();

private:
    // A local file with the demo data plus rows for the tables the demo leaves empty and values
    // at the edges (NULL beside '', 64-bit money, tiny doubles, quotes, emoji).
    std::unique_ptr<Database> filledFile(const QString &name, int creators = 120);
    std::unique_ptr<Database> open(const ConnectionSpec &spec)
    {
        StoreError err;
        auto db = Database::open(spec, &err);
        if (!db)
            qWarning("open %s: %s / %s", qPrintable(spec.displayName()), qPrintable(err.message), qPrintable(err.detail));
        return db;
    }
    std::unique_ptr<Database> freshServer() { return open(m_server.freshDatabase()); }
    // Every table as it is, for "left untouched" checks.
    QList<QStringList> everything(const Database &db)
    {
        QList<QStringList> all;
        for (const TableDef &t : currentSchema().tables)
            all << dump(db, t);
        return all;
    }
    void compareDatabases(const Database &expected, const Database &actual);
    QString newRole(const QString &prefix)
    {
        return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
    }

    test::PgTestServer m_server;
    QTemporaryDir m_dir;
};

void TestCopyPostgres::initTestCase()
{
    if (!m_server.isAvailable())
        QFAIL(qPrintable(m_server.why()));
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> TestCopyPostgres::filledFile(const QString &name, int creators)
{
    // Data rows of a test call this again: one file each.
    auto db = open(ConnectionSpec::sqlite(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QLatin1Char('-') + name)));
    if (!db)
        return db;
    DemoOptions options;
    options.creators = creators;
    options.seed = 7;
    options.referenceDate = QDate(2026, 6, 15);
    StoreError err;
    if (!DemoData::generate(*db, options, &err)) {
        qWarning("demo: %s", qPrintable(err.detail));
        return nullptr;
    }
    const QString now = QStringLiteral("2026-06-15T08:00:00.123Z");
    const qint64 big = std::numeric_limits<qint64>::max();
    const bool ok =
        exec(*db, QStringLiteral("INSERT INTO import_batches (id, file_name, encoding, imported_at, imported_by, rows_total,"
                                 " rows_created, mapping) VALUES (900, ?, 'GB18030', ?, NULL, 1, 1, ?)"),
             {QStringLiteral("达人名单 (1).csv"), now, QStringLiteral("{\"昵称\": \"nickname\", \"a\\\"b\": null}")})
        && exec(*db, QStringLiteral("INSERT INTO creators (id, handle, nickname, real_name, notes, followers,"
                                    " avg_engagement_rate, has_agency, price_image_fen, price_video_fen, brand_fit,"
                                    " search_text, import_batch_id, created_at, updated_at, version, city)"
                                    " VALUES (5000, ?, '', NULL, ?, 0, ?, 1, ?, ?, ?, '', 900, ?, ?, 7, ?)"),
                {QStringLiteral("edge_case"), QStringLiteral("it's \"quoted\"; DROP TABLE creators; --\\ 💄\nline 2"),
                 1e-300, big, -big, 0.1, now, now, QStringLiteral("")})
        && exec(*db, QStringLiteral("INSERT INTO follower_snapshots (creator_id, as_of, followers, source, import_batch_id)"
                                    " VALUES (5000, '2026-06-01', 0, 'import', 900)"))
        && exec(*db, QStringLiteral("INSERT OR IGNORE INTO campaign_targets (campaign_id, kpi, target)"
                                    " SELECT id, 'cpe', 0.35 FROM campaigns ORDER BY id LIMIT 3"))
        && exec(*db, QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, row_id, action, changes)"
                                    " VALUES (?, 'anna', 'creators', 5000, 'update', ?)"),
                {now, QStringLiteral("{\"city\": [null, \"上海\"], \"followers\": [1, 2]}")})
        && exec(*db, QStringLiteral("INSERT INTO categories (key, name_zh, name_en, sort_order) VALUES ('cars', '汽车', 'Cars', 13)"));
    if (!ok)
        return nullptr;
    for (const TableDef &t : currentSchema().tables) {
        if (countOf(*db, t.name) <= 0) {
            qWarning("table %s is empty: the round trip would not test it", qPrintable(t.name));
            return nullptr;
        }
    }
    return db;
}

void TestCopyPostgres::compareDatabases(const Database &expected, const Database &actual)
{
    for (const TableDef &t : currentSchema().tables) {
        const QStringList want = dump(expected, t);
        const QStringList got = dump(actual, t);
        if (got != want)
            qWarning("table %s differs", qPrintable(t.name));
        QCOMPARE(got, want);
    }
}

void TestCopyPostgres::tablesComeAfterWhatTheyReference()
{
    QString problem;
    const QStringList order = DatabaseCopy::tableOrder(currentSchema(), &problem);
    QVERIFY2(!order.isEmpty(), qPrintable(problem));
    QCOMPARE(order.size(), qsizetype(currentSchema().tables.size()));
    static const QRegularExpression reference(QStringLiteral("REFERENCES (\\w+)"));
    for (const TableDef &t : currentSchema().tables) {
        QVERIFY2(order.contains(t.name), qPrintable(t.name));
        for (const ColumnDef &c : t.columns) {
            const QRegularExpressionMatch m = reference.match(c.constraints);
            if (m.hasMatch() && m.captured(1) != t.name)
                QVERIFY2(order.indexOf(m.captured(1)) < order.indexOf(t.name), qPrintable(t.name + QLatin1Char('.') + c.name));
        }
    }
    // A schema listing a table before the one it refers to is reordered; a cycle is refused.
    SchemaDef reversed;
    reversed.tables = {{QStringLiteral("b"), {{QStringLiteral("a_id"), ColumnType::Integer, QStringLiteral("REFERENCES a(id)"), 1}}, {}, 1},
                       {QStringLiteral("a"), {{QStringLiteral("id"), ColumnType::Id, {}, 1}}, {}, 1}};
    QCOMPARE(DatabaseCopy::tableOrder(reversed), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    reversed.tables[1].columns.push_back({QStringLiteral("b_id"), ColumnType::Integer, QStringLiteral("REFERENCES b(a_id)"), 1});
    QVERIFY(DatabaseCopy::tableOrder(reversed, &problem).isEmpty());
    QVERIFY(problem.contains(QLatin1String("cycle")));
}

void TestCopyPostgres::roundTripKeepsEveryRow()
{
    auto original = filledFile(QStringLiteral("original.sqlite"), 360);
    QVERIFY(original);
    auto server = freshServer();
    QVERIFY(server);

    qint64 lastDone = -1, lastTotal = -1;
    bool monotonic = true;
    const auto progress = [&](qint64 done, qint64 total) {
        monotonic = monotonic && done >= lastDone && done <= total;
        lastDone = done;
        lastTotal = total;
        return true;
    };
    StoreError err;
    CopySummary summary;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(DatabaseCopy::copy(*original, *server, progress, &err, &summary), qPrintable(err.message + QLatin1Char(' ') + err.detail));
    qInfo("360-creator demo, SQLite -> PostgreSQL: %lld rows in %lld ms", summary.rows, timer.elapsed());
    QVERIFY(monotonic);
    QCOMPARE(lastDone, summary.rows);
    QCOMPARE(lastTotal, summary.rows);
    QCOMPARE(summary.tables.size(), qsizetype(currentSchema().tables.size()));
    qint64 expectedRows = 0;
    for (const CopiedTable &t : summary.tables)
        expectedRows += countOf(*original, t.name) - (t.name == QLatin1String("meta") ? 1 : 0);
    QCOMPARE(summary.rows, expectedRows);
    compareDatabases(*original, *server);
    if (QTest::currentTestFailed())
        return;

    auto back = open(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("back.sqlite"))));
    QVERIFY(back);
    timer.restart();
    QVERIFY2(DatabaseCopy::copy(*server, *back, {}, &err, &summary), qPrintable(err.message + QLatin1Char(' ') + err.detail));
    qInfo("PostgreSQL -> SQLite: %lld rows in %lld ms", summary.rows, timer.elapsed());
    QCOMPARE(summary.rows, expectedRows);
    compareDatabases(*original, *back);

    const QString csv = rosterCsv(*original);
    QVERIFY(csv.count(QLatin1Char('\n')) > 360);
    QVERIFY(csv.contains(QLatin1String("edge_case")));
    QCOMPARE(rosterCsv(*server), csv);
    QCOMPARE(rosterCsv(*back), csv);
}

void TestCopyPostgres::serverIdCountersMovePastCopiedIds()
{
    auto original = filledFile(QStringLiteral("counters.sqlite"));
    QVERIFY(original);
    auto server = freshServer();
    QVERIFY(server);
    StoreError err;
    QVERIFY2(DatabaseCopy::copy(*original, *server, {}, &err), qPrintable(err.detail));

    QSqlQuery q(server->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM creators")) && q.next());
    const qint64 maxCreator = q.value(0).toLongLong();
    QCOMPARE(maxCreator, qint64(5000)); // the edge case's explicit id
    CreatorRepository repo(*server);
    Creator c;
    c.nickname = QStringLiteral("复制后的新博主");
    c.handle = QStringLiteral("after_copy");
    QVERIFY2(repo.insert(c, &err), qPrintable(err.message + QLatin1Char(' ') + err.detail));
    QVERIFY(c.id > maxCreator);

    // Every table with an id: the server's next id is past the copied ones.
    for (const TableDef &t : currentSchema().tables) {
        if (t.columns.front().type != ColumnType::Id)
            continue;
        QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM ") + t.name) && q.next());
        const qint64 max = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id'))").arg(t.name)) && q.next());
        QVERIFY2(q.value(0).toLongLong() > max, qPrintable(t.name));
    }
}

void TestCopyPostgres::targetWithDataIsRefusedUntouched_data()
{
    QTest::addColumn<bool>("serverTarget");
    QTest::addColumn<bool>("creator"); // a creator, or only a tag
    QTest::newRow("server with a creator") << true << true;
    QTest::newRow("server with a tag only") << true << false;
    QTest::newRow("file with a creator") << false << true;
}

void TestCopyPostgres::targetWithDataIsRefusedUntouched()
{
    QFETCH(bool, serverTarget);
    QFETCH(bool, creator);
    auto source = filledFile(QStringLiteral("refused-source.sqlite"));
    QVERIFY(source);
    auto target = serverTarget ? freshServer()
                               : open(ConnectionSpec::sqlite(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128))));
    QVERIFY(target);
    StoreError err;
    if (creator) {
        CreatorRepository repo(*target);
        Creator c;
        c.nickname = QStringLiteral("已有的博主");
        QVERIFY2(repo.insert(c, &err), qPrintable(err.detail));
    } else {
        QVERIFY(exec(*target, QStringLiteral("INSERT INTO tags (name) VALUES ('已有标签')")));
    }
    const QList<QStringList> before = everything(*target);

    CopySummary summary;
    QVERIFY(!DatabaseCopy::copy(*source, *target, {}, &err, &summary));
    QVERIFY(err.isError());
    QVERIFY2(err.message.contains(target->spec().displayName()), qPrintable(err.message));
    QVERIFY2(err.message.contains(QLatin1String("already holds data")), qPrintable(err.message));
    QVERIFY2(err.message.contains(creator ? QStringLiteral("1 creator") : QStringLiteral("tags")), qPrintable(err.message));
    QCOMPARE(summary.rows, qint64(0));
    QCOMPARE(everything(*target), before);
}

void TestCopyPostgres::cancelLeavesTargetEmpty_data()
{
    QTest::addColumn<bool>("toServer");
    QTest::newRow("file to server") << true;
    QTest::newRow("server to file") << false;
}

void TestCopyPostgres::cancelLeavesTargetEmpty()
{
    QFETCH(bool, toServer);
    auto file = filledFile(QStringLiteral("cancel.sqlite"));
    QVERIFY(file);
    std::unique_ptr<Database> from = std::move(file);
    StoreError err;
    if (!toServer) { // the source is a server holding the file's data
        auto server = freshServer();
        QVERIFY(server);
        QVERIFY2(DatabaseCopy::copy(*from, *server, {}, &err), qPrintable(err.detail));
        from = std::move(server);
    }
    auto target = toServer ? freshServer() : open(ConnectionSpec::sqlite(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128))));
    QVERIFY(target);
    const QList<QStringList> before = everything(*target);

    qint64 stoppedAt = 0;
    const auto cancelPartWay = [&](qint64 done, qint64 total) {
        stoppedAt = done;
        return done < total / 2;
    };
    CopySummary summary;
    QVERIFY(!DatabaseCopy::copy(*from, *target, cancelPartWay, &err, &summary));
    QVERIFY(summary.cancelled);
    QVERIFY(!err.isError());
    QVERIFY2(err.message.contains(target->spec().displayName()), qPrintable(err.message));
    QVERIFY(stoppedAt > 1000); // thousands of rows were written before the cancel
    QCOMPARE(everything(*target), before);

    // Still empty enough for the real copy.
    QVERIFY2(DatabaseCopy::copy(*from, *target, {}, &err, &summary), qPrintable(err.message + QLatin1Char(' ') + err.detail));
    compareDatabases(*from, *target);
}

void TestCopyPostgres::badValueMidwayLeavesTargetEmpty()
{
    // SQLite keeps text that is no number in a number column; the copy stops at that row.
    auto source = filledFile(QStringLiteral("bad-value.sqlite"));
    QVERIFY(source);
    QVERIFY(exec(*source, QStringLiteral("UPDATE creators SET followers = 'lots' WHERE id = 100")));
    auto target = freshServer();
    QVERIFY(target);
    const QList<QStringList> before = everything(*target);
    StoreError err;
    qint64 done = 0;
    QVERIFY(!DatabaseCopy::copy(*source, *target, [&](qint64 d, qint64) { done = d; return true; }, &err));
    QVERIFY(done > 0); // categories and import batches were written already
    for (const char *word : {"creators", "id 100", "followers", "lots"})
        QVERIFY2(err.message.contains(QLatin1String(word)), qPrintable(err.message));
    QCOMPARE(everything(*target), before);
}

void TestCopyPostgres::serverRefusalMidwayLeavesTargetEmpty()
{
    // A role that may write every table but the last one copied: the server refuses part-way.
    const ConnectionSpec spec = m_server.freshDatabase();
    auto owner = open(spec);
    QVERIFY(owner);
    const QString role = newRole(QStringLiteral("copier_"));
    QVERIFY(exec(*owner, QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)));
    QVERIFY(exec(*owner, QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(role)));
    QVERIFY(exec(*owner, QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role)));
    QVERIFY(exec(*owner, QStringLiteral("REVOKE INSERT ON audit_log FROM %1").arg(role)));
    const QList<QStringList> before = everything(*owner);

    auto source = filledFile(QStringLiteral("refusal.sqlite"));
    QVERIFY(source);
    ConnectionSpec asRole = spec;
    asRole.user = role;
    auto target = open(asRole);
    QVERIFY(target);
    QVERIFY(!target->isReadOnly());
    StoreError err;
    qint64 done = 0;
    QVERIFY(!DatabaseCopy::copy(*source, *target, [&](qint64 d, qint64) { done = d; return true; }, &err));
    QCOMPARE(err.code, StoreError::Code::PermissionDenied);
    QCOMPARE(err.exitCode(), 13);
    QVERIFY(done > 1000);
    QVERIFY2(err.message.contains(QLatin1String("audit_log")), qPrintable(err.message));
    QVERIFY2(!err.detail.isEmpty(), "the server's own words are kept");
    QCOMPARE(everything(*owner), before);
}

void TestCopyPostgres::lostSourceConnectionFailsTheCopy()
{
    // The server database being read goes away part-way (its connection is terminated): the
    // copy fails with a lost connection instead of ending early as if the rows were all read.
    auto file = filledFile(QStringLiteral("lost.sqlite"));
    QVERIFY(file);
    auto server = freshServer();
    QVERIFY(server);
    StoreError err;
    QVERIFY2(DatabaseCopy::copy(*file, *server, {}, &err), qPrintable(err.detail));
    auto source = open(server->spec());
    QVERIFY(source);
    qint64 pid = 0;
    {
        QSqlQuery q(source->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
        pid = q.value(0).toLongLong();
    }
    auto target = open(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("lost-target.sqlite"))));
    QVERIFY(target);
    const QList<QStringList> before = everything(*target);
    bool cut = false;
    const auto cutPartWay = [&](qint64 done, qint64 total) {
        if (!cut && done > total / 3)
            cut = exec(*server, QStringLiteral("SELECT pg_terminate_backend(?)"), {pid});
        return true;
    };
    QVERIFY(!DatabaseCopy::copy(*source, *target, cutPartWay, &err));
    QVERIFY(cut);
    QCOMPARE(err.code, StoreError::Code::ConnectionLost);
    QVERIFY2(err.message.contains(source->spec().displayName()), qPrintable(err.message));
    QCOMPARE(everything(*target), before);
}

void TestCopyPostgres::viewerAndEditorAreRefused()
{
    const ConnectionSpec spec = m_server.freshDatabase();
    auto owner = open(spec);
    QVERIFY(owner);
    const QString viewer = newRole(QStringLiteral("copy_viewer_"));
    const QString editor = newRole(QStringLiteral("copy_editor_"));
    StoreError err;
    QVERIFY2(TeamRoles::assign(*owner, viewer, TeamRoles::Role::Viewer, &err), qPrintable(err.detail));
    QVERIFY2(TeamRoles::assign(*owner, editor, TeamRoles::Role::Editor, &err), qPrintable(err.detail));
    const QList<QStringList> before = everything(*owner);
    auto source = filledFile(QStringLiteral("roles.sqlite"));
    QVERIFY(source);

    for (const QString &user : {viewer, editor}) {
        ConnectionSpec as = spec;
        as.user = user;
        auto target = open(as);
        QVERIFY(target);
        QVERIFY(!DatabaseCopy::copy(*source, *target, {}, &err));
        QCOMPARE(err.code, StoreError::Code::PermissionDenied);
        QVERIFY2(err.message.contains(target->spec().displayName()), qPrintable(err.message));
        QCOMPARE(everything(*owner), before);
    }
    // A viewer may still copy the server's data into a file of their own (a backup).
    QVERIFY2(DatabaseCopy::copy(*source, *owner, {}, &err), qPrintable(err.detail));
    ConnectionSpec as = spec;
    as.user = viewer;
    auto asViewer = open(as);
    QVERIFY(asViewer);
    auto backup = open(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("viewer-backup.sqlite"))));
    QVERIFY(backup);
    QVERIFY2(DatabaseCopy::copy(*asViewer, *backup, {}, &err), qPrintable(err.message + QLatin1Char(' ') + err.detail));
    compareDatabases(*source, *backup);
}

void TestCopyPostgres::differentSchemaIsRefused()
{
    // A source written with a later schema (a column added in version 4) is not mixed into a
    // version-3 target.
    SchemaDef later = currentSchema();
    later.version = currentSchema().version + 1;
    later.tables[1].columns.push_back({QStringLiteral("icon"), ColumnType::Text, {}, later.version});
    OpenOptions options;
    options.schema = &later;
    StoreError err;
    auto source = Database::open(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("later.sqlite"))), &err, options);
    QVERIFY2(source, qPrintable(err.detail));
    auto target = freshServer();
    QVERIFY(target);
    const QList<QStringList> before = everything(*target);
    QVERIFY(!DatabaseCopy::copy(*source, *target, {}, &err));
    QCOMPARE(err.code, StoreError::Code::MigrationFailed);
    QVERIFY2(err.message.contains(QString::number(later.version)) && err.message.contains(QString::number(currentSchema().version)),
             qPrintable(err.message));
    QVERIFY(err.message.contains(target->spec().displayName()));
    QCOMPARE(everything(*target), before);
}

void TestCopyPostgres::cliCopiesBothWays()
{
    const QString a = m_dir.filePath(QStringLiteral("cli-a.sqlite"));
    const QString b = m_dir.filePath(QStringLiteral("cli-b.sqlite"));
    const QString url = m_server.freshDatabase().postgresUrl();
    test::CliRun r = run({QStringLiteral("demo"), QStringLiteral("--creators"), QStringLiteral("80"), QStringLiteral("--db"), a});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    r = run({QStringLiteral("copy"), QStringLiteral("--db"), a, QStringLiteral("--to-pg"), url});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("creators +80\\b"))), qPrintable(r.describe()));
    r = run({QStringLiteral("copy"), QStringLiteral("--pg"), url, QStringLiteral("--to-db"), b});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("creators +80\\b"))), qPrintable(r.describe()));
    QVERIFY(QFileInfo::exists(b));

    const auto exportOf = [this](const QStringList &where, const QString &name) {
        const QString path = m_dir.filePath(name);
        const test::CliRun e = run(QStringList{QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--csv"), path} + where);
        QFile f(path);
        return e.exitCode == 0 && f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : e.describe();
    };
    const QString fromA = exportOf({QStringLiteral("--db"), a}, QStringLiteral("a.csv"));
    QCOMPARE(fromA.count(QLatin1Char('\n')), qsizetype(81));
    QCOMPARE(exportOf({QStringLiteral("--pg"), url}, QStringLiteral("server.csv")), fromA);
    QCOMPARE(exportOf({QStringLiteral("--db"), b}, QStringLiteral("b.csv")), fromA);

    // Again into either: they hold data now; refused, exit 12, both left as they were.
    r = run({QStringLiteral("copy"), QStringLiteral("--db"), a, QStringLiteral("--to-pg"), url});
    QCOMPARE(r.exitCode, 12);
    QVERIFY2(r.err.contains(QLatin1String("already holds data")), qPrintable(r.describe()));
    r = run({QStringLiteral("copy"), QStringLiteral("--pg"), url, QStringLiteral("--to-db"), b});
    QCOMPARE(r.exitCode, 12);
    QCOMPARE(exportOf({QStringLiteral("--db"), b}, QStringLiteral("b2.csv")), fromA);
    QCOMPARE(exportOf({QStringLiteral("--pg"), url}, QStringLiteral("server2.csv")), fromA);

    // A copy into a new file that fails leaves no file behind.
    {
        auto source = open(ConnectionSpec::sqlite(a));
        QVERIFY(source);
        QVERIFY(exec(*source, QStringLiteral("UPDATE creators SET price_image_fen = 'negotiable' WHERE id = 40")));
    }
    const QString c = m_dir.filePath(QStringLiteral("cli-c.sqlite"));
    r = run({QStringLiteral("copy"), QStringLiteral("--db"), a, QStringLiteral("--to-db"), c});
    QCOMPARE(r.exitCode, 12);
    QVERIFY2(r.err.contains(QLatin1String("negotiable")), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(c));
    QVERIFY(!QFileInfo::exists(c + QStringLiteral("-wal")));

    // A server database that does not exist: cannot open, named.
    ConnectionSpec missing = *ConnectionSpec::fromPostgresUrl(url, nullptr);
    missing.database = QStringLiteral("rr_no_such_db");
    r = run({QStringLiteral("copy"), QStringLiteral("--db"), b, QStringLiteral("--to-pg"), missing.postgresUrl()});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("rr_no_such_db")), qPrintable(r.describe()));
}

void TestCopyPostgres::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString copy = QStringLiteral("copy");
    const QString file = m_dir.filePath(QStringLiteral("usage.sqlite"));
    const QString url = QStringLiteral("postgresql://nobody@127.0.0.1:1/rr");
    QTest::newRow("no target") << QStringList{copy, QStringLiteral("--db"), file} << QStringLiteral("--to-db FILE");
    QTest::newRow("two targets") << QStringList{copy, QStringLiteral("--db"), file, QStringLiteral("--to-db"), file + QLatin1Char('2'),
                                                QStringLiteral("--to-pg"), url}
                                 << QStringLiteral("not both");
    QTest::newRow("--to-db twice") << QStringList{copy, QStringLiteral("--to-db"), QStringLiteral("x.sqlite"),
                                                  QStringLiteral("--to-db=y.sqlite")}
                                   << QStringLiteral("twice");
    QTest::newRow("--to-pg without value") << QStringList{copy, QStringLiteral("--db"), file, QStringLiteral("--to-pg")}
                                           << QStringLiteral("--to-pg needs a value");
    QTest::newRow("--to-pg with a file") << QStringList{copy, QStringLiteral("--db"), file, QStringLiteral("--to-pg"), QStringLiteral("team.sqlite")}
                                         << QStringLiteral("\"team.sqlite\"");
    QTest::newRow("--to-pg bad url") << QStringList{copy, QStringLiteral("--db"), file, QStringLiteral("--to-pg"), QStringLiteral("postgresql://host")}
                                     << QStringLiteral("names no database");
    QTest::newRow("--to-db with a url") << QStringList{copy, QStringLiteral("--db"), file, QStringLiteral("--to-db"), url}
                                        << QStringLiteral("--to-pg URL");
    QTest::newRow("--to-db on another command")
        << QStringList{QStringLiteral("check"), QStringLiteral("--db"), file, QStringLiteral("--to-db"), QStringLiteral("x.sqlite")}
        << QStringLiteral("only applies to the copy command");
    QTest::newRow("onto itself") << QStringList{copy, QStringLiteral("--db"), file, QStringLiteral("--to-db"), file}
                                 << QStringLiteral("onto itself");
}

void TestCopyPostgres::cliUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const test::CliRun r = run(args);
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("usage.sqlite"))));
}

QTEST_GUILESS_MAIN(TestCopyPostgres)
#include "tst_copy_postgres.moc"
