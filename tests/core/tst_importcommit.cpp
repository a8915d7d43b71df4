// SPDX-License-Identifier: GPL-3.0-or-later
// Importing CSV files into a real SQLite database: new creators, each duplicate choice,
// duplicates within the file, do-not-contact creators, rejected rows, rollback on a broken file
// and on cancel, the worker thread, and undo of a whole batch.
#include "TestDatabase.h"

#include "domain/CreatorRepository.h"
#include "import/ImportBatches.h"
#include "import/ImportJob.h"
#include "import/ImportReport.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace rr;

Q_DECLARE_METATYPE(rr::DuplicatePolicy)

namespace {

qint64 scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString text(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return QStringLiteral("<error>");
    return q.value(0).isNull() ? QStringLiteral("<null>") : q.value(0).toString();
}

// Row counts of every table an import touches.
QList<qint64> counts(const Database &db)
{
    QList<qint64> out;
    for (const char *t : {"creators", "follower_snapshots", "creator_tags", "creator_categories"})
        out << scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(t)));
    return out;
}

} // namespace

class TestImportCommit : public QObject
{
    Q_OBJECT

    test::TestDatabase m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
    int m_files = 0;

    QString writeFile(const QString &content)
    {
        const QString path = m_scratch.filePath(QStringLiteral("in%1.csv").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content.toUtf8());
        return path;
    }

    ImportResult import(const QString &content, DuplicatePolicy policy = DuplicatePolicy::Skip, bool dryRun = false)
    {
        ImportRequest rq;
        rq.filePath = writeFile(content);
        rq.policy = policy;
        rq.dryRun = dryRun;
        rq.today = QDate(2026, 4, 1);
        ImportJob job(rq);
        return job.run(*m_db);
    }

    qint64 addCreator(Creator c)
    {
        CreatorRepository repo(*m_db);
        StoreError err;
        if (!repo.insert(c, &err))
            return 0;
        return c.id;
    }

private slots:
    void init()
    {
        StoreError err;
        m_db = m_scratch.open(QStringLiteral("t%1.sqlite").arg(++m_files), &err);
        QVERIFY2(m_db, qPrintable(err.message));
        m_db->setUserName(QStringLiteral("tester"));
    }
    void cleanup() { m_db.reset(); }

    void importsNewCreators()
    {
        const ImportResult r = import(QStringLiteral(
            "小红书号,达人昵称,粉丝数,领域,机构,图文报价,获赞与收藏,标签\n"
            "lily_01,莉莉,1.2万,护肤,星光MCN,\"¥2,000\",3.5w,\"spf,夏季\"\n"
            "tom_02,Tom,3500,Makeup,,2000元,,\n"
            "amy_03,Amy,-,fitness,,,,\n"));
        QCOMPARE(r.outcome, ImportResult::Outcome::Committed);
        QCOMPARE(r.rowsTotal, 3);
        QCOMPARE(r.created, 3);
        QVERIFY(r.batchId > 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators WHERE status = 'prospect' AND import_batch_id = ?"), {r.batchId}), 3);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT followers FROM creators WHERE handle = 'lily_01'")), 12000);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT followers_as_of FROM creators WHERE handle = 'lily_01'")), QStringLiteral("2026-04-01"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT has_agency FROM creators WHERE handle = 'lily_01'")), 1);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT agency_name FROM creators WHERE handle = 'lily_01'")), QStringLiteral("星光MCN"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT price_image_fen FROM creators WHERE handle = 'lily_01'")), 200000);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT has_agency FROM creators WHERE handle = 'tom_02'")), 0);
        // Categories by Chinese name, English name and key.
        QCOMPARE(text(*m_db, QStringLiteral("SELECT k.key FROM creators c JOIN categories k ON k.id = c.primary_category_id WHERE handle = 'lily_01'")), QStringLiteral("skincare"));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT k.key FROM creators c JOIN categories k ON k.id = c.primary_category_id WHERE handle = 'tom_02'")), QStringLiteral("makeup"));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT k.key FROM creators c JOIN categories k ON k.id = c.primary_category_id WHERE handle = 'amy_03'")), QStringLiteral("fitness"));
        // Lifetime likes+saves kept in notes, never split.
        QVERIFY(text(*m_db, QStringLiteral("SELECT notes FROM creators WHERE handle = 'lily_01'")).contains(QStringLiteral("35000")));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creator_tags ct JOIN creators c ON c.id = ct.creator_id WHERE c.handle = 'lily_01'")), 2);
        // Snapshots for the two follower counts, source 'import', tied to the batch.
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM follower_snapshots WHERE source = 'import' AND import_batch_id = ?"), {r.batchId}), 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM follower_snapshots")), 2);
        // Provenance: each new creator names the batch, and the batch row names the user.
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators c JOIN import_batches b ON b.id = c.import_batch_id "
                                              "WHERE b.id = ? AND b.imported_by = 'tester'"), {r.batchId}), 3);
        // The batch row.
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT rows_total FROM import_batches WHERE id = ?"), {r.batchId}), 3);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT rows_created FROM import_batches WHERE id = ?"), {r.batchId}), 3);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT encoding FROM import_batches WHERE id = ?"), {r.batchId}), QStringLiteral("utf-8"));
        QVERIFY(text(*m_db, QStringLiteral("SELECT mapping FROM import_batches WHERE id = ?"), {r.batchId}).contains(QStringLiteral("redroster-mapping")));
    }

    void unknownCategoryIsReportedNotInvented()
    {
        const qint64 before = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM categories"));
        const ImportResult r = import(QStringLiteral("handle,category\nx1,占星\n"));
        QCOMPARE(r.created, 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM categories")), before);
        QCOMPARE(r.invalidCells, 1);
        QCOMPARE(r.notes.size(), 1);
        QCOMPARE(r.notes.first().line, 2);
        QCOMPARE(r.notes.first().column, 2);
        QCOMPARE(r.notes.first().raw, QStringLiteral("占星"));
    }

    void duplicatePolicy_data()
    {
        QTest::addColumn<DuplicatePolicy>("policy");
        QTest::addColumn<QString>("nickname");
        QTest::addColumn<QString>("city");
        QTest::addColumn<qint64>("followers");
        QTest::addColumn<int>("version");
        QTest::addColumn<qint64>("snapshots");
        QTest::newRow("skip") << DuplicatePolicy::Skip << QStringLiteral("Old nick") << QStringLiteral("<null>") << qint64(100) << 1 << qint64(1);
        QTest::newRow("fill") << DuplicatePolicy::Fill << QStringLiteral("Old nick") << QStringLiteral("上海") << qint64(2000) << 2 << qint64(2);
        QTest::newRow("overwrite") << DuplicatePolicy::Overwrite << QStringLiteral("New nick") << QStringLiteral("上海") << qint64(2000) << 2 << qint64(2);
    }
    void duplicatePolicy()
    {
        QFETCH(DuplicatePolicy, policy);
        QFETCH(QString, nickname);
        QFETCH(QString, city);
        QFETCH(qint64, followers);
        QFETCH(int, version);
        QFETCH(qint64, snapshots);
        Creator c;
        c.handle = QStringLiteral("Alice");
        c.nickname = QStringLiteral("Old nick");
        c.followers = 100;
        c.followersAsOf = QDate(2026, 1, 1);
        c.status = Status::Negotiating;
        const qint64 id = addCreator(c);
        QVERIFY(id > 0);
        // Handle in another case: the same creator.
        const ImportResult r = import(QStringLiteral("handle,nickname,city,followers\nalice,New nick,上海,2000\n"), policy);
        QCOMPARE(r.outcome, ImportResult::Outcome::Committed);
        QCOMPARE(r.created, 0);
        QCOMPARE(r.updated, policy == DuplicatePolicy::Skip ? 0 : 1);
        QCOMPARE(r.skippedExisting, policy == DuplicatePolicy::Skip ? 1 : 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators")), 1);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT nickname FROM creators WHERE id = ?"), {id}), nickname);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT city FROM creators WHERE id = ?"), {id}), city);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT followers FROM creators WHERE id = ?"), {id}), followers);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT version FROM creators WHERE id = ?"), {id}), version);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM follower_snapshots WHERE creator_id = ?"), {id}), snapshots);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT handle FROM creators WHERE id = ?"), {id}), QStringLiteral("Alice"));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT status FROM creators WHERE id = ?"), {id}), QStringLiteral("negotiating"));
        if (policy != DuplicatePolicy::Skip) {
            QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'update' AND row_id = ? AND changes LIKE '%import_batch%'"), {id}), 1);
            QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM follower_snapshots WHERE creator_id = ? AND source = 'import'"), {id}), 1);
        }
    }

    void matchesByProfileLink()
    {
        Creator c;
        c.nickname = QStringLiteral("Linky");
        c.profileUrl = QStringLiteral("https://www.xiaohongshu.com/user/profile/5f1a2b3c4d5e6f7a8b9c0d1e");
        const qint64 id = addCreator(c);
        const ImportResult r = import(QStringLiteral("主页链接,城市\n"
                                                     "http://xiaohongshu.com/user/profile/5F1A2B3C4D5E6F7A8B9C0D1E?xsec_token=zz,杭州\n"),
                                      DuplicatePolicy::Fill);
        QCOMPARE(r.updated, 1);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT city FROM creators WHERE id = ?"), {id}), QStringLiteral("杭州"));
    }

    void nicknameIsOnlyAHint()
    {
        Creator c;
        c.handle = QStringLiteral("someone");
        c.nickname = QStringLiteral("小美");
        addCreator(c);
        const ImportResult r = import(QStringLiteral("handle,nickname\nother,小美\n"), DuplicatePolicy::Overwrite);
        QCOMPARE(r.created, 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators")), 2);
        bool hinted = false;
        for (const CellNote &n : r.notes)
            hinted = hinted || (n.severity == CellNote::Severity::Info && n.line == 2);
        QVERIFY(hinted);
    }

    void duplicatesWithinTheFile()
    {
        const ImportResult r = import(QStringLiteral(
            "handle,nickname,profile link\n"
            "Bob,Bob,https://www.xiaohongshu.com/user/profile/aaaaaaaaaaaaaaaaaaaaaaaa\n"
            "bob,Bob again,\n"
            ",Bob link,xiaohongshu.com/user/profile/AAAAAAAAAAAAAAAAAAAAAAAA/\n"
            "carol,Carol,\n"));
        QCOMPARE(r.created, 2);
        QCOMPARE(r.duplicatesInFile, 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators")), 2);
        QCOMPARE(r.listed.size(), 2);
        QCOMPARE(r.listed.at(0).line, 3);
        QCOMPARE(r.listed.at(0).duplicateOfLine, 2);
        QCOMPARE(r.listed.at(1).line, 4);
        QCOMPARE(r.listed.at(1).action, RowAction::SkipDuplicateInFile);
    }

    void doNotContactIsNeverTouched()
    {
        Creator c;
        c.handle = QStringLiteral("dnc");
        c.nickname = QStringLiteral("Stay away");
        c.doNotContact = true;
        c.status = Status::Declined;
        const qint64 id = addCreator(c);
        const QString before = text(*m_db, QStringLiteral("SELECT updated_at || version || nickname FROM creators WHERE id = ?"), {id});
        const ImportResult r = import(QStringLiteral("handle,nickname,followers,city\nDNC,New,5000,北京\n"), DuplicatePolicy::Overwrite);
        QCOMPARE(r.doNotContact, 1);
        QCOMPARE(r.created, 0);
        QCOMPARE(r.updated, 0);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT updated_at || version || nickname FROM creators WHERE id = ?"), {id}), before);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT do_not_contact FROM creators WHERE id = ?"), {id}), 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM follower_snapshots WHERE creator_id = ?"), {id}), 0);
        QCOMPARE(r.listed.size(), 1);
        QCOMPARE(r.listed.first().existingId, id);
    }

    void rowsWithoutIdentityAreRejected()
    {
        const ImportResult r = import(QStringLiteral("handle,nickname,city,followers\n,,上海,100\nok,,,\n"));
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.created, 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators")), 1);
        QCOMPARE(r.listed.first().action, RowAction::RejectNoIdentity);
        QCOMPARE(r.listed.first().line, 2);
    }

    void brokenFileWritesNothing()
    {
        Creator c;
        c.handle = QStringLiteral("existing");
        addCreator(c);
        const QList<qint64> before = counts(*m_db);
        QString csv = QStringLiteral("handle,nickname,followers\n");
        for (int i = 1; i < 1000; ++i)
            csv += QStringLiteral("h%1,名字%1,%2\n").arg(i).arg(i * 10);
        csv += QStringLiteral("h1000,too,many,cells\n");
        for (int i = 1001; i < 1100; ++i)
            csv += QStringLiteral("h%1,n%1,1\n").arg(i);
        const ImportResult r = import(csv);
        QCOMPARE(r.outcome, ImportResult::Outcome::Refused);
        QVERIFY(r.issue.has_value());
        QCOMPARE(r.issue->kind, CsvIssue::Kind::WrongCellCount);
        QCOMPARE(r.issue->line, 1001);
        QVERIFY(r.message.contains(QStringLiteral("1001")));
        QCOMPARE(counts(*m_db), before);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM import_batches")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE changes LIKE '%import_batch%'")), 0);

        const ImportResult open = import(QStringLiteral("handle,nickname\na,\"unterminated\nb,c\n"));
        QCOMPARE(open.outcome, ImportResult::Outcome::Refused);
        QCOMPARE(open.issue->kind, CsvIssue::Kind::UnterminatedQuote);
        QCOMPARE(counts(*m_db), before);
    }

    void cancelWritesNothing()
    {
        const QList<qint64> before = counts(*m_db);
        QString csv = QStringLiteral("handle,followers\n");
        for (int i = 0; i < 500; ++i)
            csv += QStringLiteral("c%1,%1\n").arg(i);
        ImportRequest rq;
        rq.filePath = writeFile(csv);
        ImportJob job(rq);
        int rows = 0;
        job.setRowCallback([&](const CsvRecord &, const RowPlan &) {
            if (++rows == 100)
                job.cancel();
        });
        const ImportResult r = job.run(*m_db);
        QCOMPARE(r.outcome, ImportResult::Outcome::Cancelled);
        QCOMPARE(rows, 100);
        QCOMPARE(counts(*m_db), before);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM import_batches")), 0);
    }

    // A file larger than the roster is a bulk load: on SQLite the creators indexes are dropped for
    // the import and rebuilt at the end, inside the transaction. Never on a team's server, where
    // dropping an index would lock the table for every colleague until the import commits.
    // The definitions come from each backend's own catalog.
    QString indexSql() const
    {
        QSqlQuery q(m_db->sql());
        q.exec(test::TestDatabase::isPostgres()
                   ? QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                                    "AND tablename = 'creators' ORDER BY indexname")
                   : QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'creators' "
                                    "AND sql IS NOT NULL ORDER BY name"));
        QStringList defs;
        while (q.next())
            defs << q.value(0).toString();
        return defs.join(QLatin1Char(';'));
    }
    qint64 indexCount(const QString &name) const
    {
        return scalar(*m_db, test::TestDatabase::isPostgres()
                                 ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?")
                                 : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = ?"),
                      {name});
    }
    // The file's own check (SQLite only; a server keeps its storage itself).
    bool sqliteIntact() const
    {
        return test::TestDatabase::isPostgres() || text(*m_db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok");
    }
    QString bulkCsv(int rows, const QString &badLine = {}) const
    {
        QString csv = QStringLiteral("小红书号,昵称,粉丝数,主页链接\n");
        for (int i = 0; i < rows; ++i) {
            csv += QStringLiteral("bulk_%1,博主%1,%2万,https://www.xiaohongshu.com/user/profile/%3\n")
                       .arg(i).arg(1 + i % 90).arg(i, 24, 16, QLatin1Char('0'));
            if (i == rows - 10 && !badLine.isEmpty())
                csv += badLine + QLatin1Char('\n');
        }
        return csv;
    }

    void bulkLoadRebuildsTheSameIndexes()
    {
        const QString before = indexSql();
        QVERIFY(before.contains(QStringLiteral("ix_creators_search")));
        QVERIFY(before.contains(QStringLiteral("ux_creators_handle")));
        // The SQLite connection's memory settings, changed for the load (ImportJob's BulkLoadPragmas).
        const bool sqlite = !test::TestDatabase::isPostgres();
        const qint64 cacheBefore = sqlite ? scalar(*m_db, QStringLiteral("PRAGMA cache_size")) : 0;
        const qint64 tempBefore = sqlite ? scalar(*m_db, QStringLiteral("PRAGMA temp_store")) : 0;
        ImportRequest rq;
        rq.filePath = writeFile(bulkCsv(25000));
        ImportJob job(rq);
        qint64 searchIndexDuringImport = -1;
        qint64 flaggedDuringImport = -1;
        qint64 pipelineIndexDuringImport = -1;
        // The indexes dropped are exactly those the schema flags rebuildAfterBulkLoad.
        QStringList flagged;
        for (const IndexDef &i : currentSchema().indexes) {
            if (i.rebuildAfterBulkLoad)
                flagged << i.name;
        }
        QVERIFY(flagged.contains(QStringLiteral("ix_creators_search")));
        QVERIFY(!flagged.contains(QStringLiteral("ix_creators_status_updated")));
        job.setRowCallback([&](const CsvRecord &, const RowPlan &p) {
            if (p.line != 1000) // inside the import's transaction: the index is gone for now
                return;
            searchIndexDuringImport = indexCount(QStringLiteral("ix_creators_search"));
            flaggedDuringImport = 0;
            for (const QString &name : std::as_const(flagged))
                flaggedDuringImport += indexCount(name);
            pipelineIndexDuringImport = indexCount(QStringLiteral("ix_creators_status_updated"));
        });
        const ImportResult r = job.run(*m_db);
        QCOMPARE(r.outcome, ImportResult::Outcome::Committed);
        QCOMPARE(searchIndexDuringImport, sqlite ? 0 : 1);
        QCOMPARE(flaggedDuringImport, sqlite ? 0 : flagged.size());
        QCOMPARE(pipelineIndexDuringImport, 1);
        QCOMPARE(r.created, 25000);
        QCOMPARE(indexSql(), before);
        if (sqlite) {
            QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA cache_size")), cacheBefore);
            QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA temp_store")), tempBefore);
        }
        QVERIFY(sqliteIntact());
        // The rebuilt indexes answer: a handle lookup through the unique index (SQLite can be told
        // to use it; PostgreSQL has no such hint), a follower range.
        QCOMPARE(scalar(*m_db, sqlite ? QStringLiteral("SELECT followers FROM creators INDEXED BY ux_creators_handle "
                                                       "WHERE handle = 'bulk_24999'")
                                      : QStringLiteral("SELECT followers FROM creators WHERE handle = 'bulk_24999'")),
                 700000);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM follower_snapshots WHERE import_batch_id = ?"), {r.batchId}),
                 25000);
        // The unique index is back: a second creator with the same handle is refused.
        QSqlQuery q(m_db->sql());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO creators (handle, nickname, created_at, updated_at) "
                                       "VALUES ('bulk_7', 'x', 'now', 'now')")));
    }

    void bulkLoadRefusedMidwayLeavesIndexesAsTheyWere()
    {
        const QString before = indexSql();
        const QList<qint64> rowsBefore = counts(*m_db);
        const ImportResult r = import(bulkCsv(25000, QStringLiteral("broken,row,with,too,many")));
        QCOMPARE(r.outcome, ImportResult::Outcome::Refused);
        QCOMPARE(r.issue->line, 24993);
        QCOMPARE(counts(*m_db), rowsBefore);
        QCOMPARE(indexSql(), before);
        QVERIFY(sqliteIntact());
    }

    void dryRunWritesNothing()
    {
        const QList<qint64> before = counts(*m_db);
        QList<RowAction> actions;
        ImportRequest rq;
        rq.filePath = writeFile(QStringLiteral("handle,followers\na,1\nA,2\n,\n"));
        rq.dryRun = true;
        ImportJob job(rq);
        job.setRowCallback([&](const CsvRecord &, const RowPlan &p) { actions << p.action; });
        const ImportResult r = job.run(*m_db);
        QCOMPARE(r.outcome, ImportResult::Outcome::DryRun);
        QCOMPARE(actions, (QList<RowAction>{RowAction::Create, RowAction::SkipDuplicateInFile, RowAction::RejectNoIdentity}));
        QCOMPARE(counts(*m_db), before);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM import_batches")), 0);
    }

    void runsInAWorkerThread()
    {
        QString csv = QStringLiteral("handle,followers\n");
        for (int i = 0; i < 20000; ++i)
            csv += QStringLiteral("w%1,%1\n").arg(i);
        ImportRequest rq;
        rq.filePath = writeFile(csv);
        ImportJob job(rq);
        QSignalSpy done(&job, &ImportJob::finished);
        QSignalSpy progress(&job, &ImportJob::progress);
        job.start(*m_db);
        QVERIFY(done.wait(60000));
        const ImportResult r = done.first().first().value<ImportResult>();
        QCOMPARE(r.outcome, ImportResult::Outcome::Committed);
        QCOMPARE(r.created, 20000);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators")), 20000);
    }

    void undoRestoresTheDatabase()
    {
        Creator c;
        c.handle = QStringLiteral("keep");
        c.nickname = QStringLiteral("Keeper");
        c.followers = 500;
        c.followersAsOf = QDate(2026, 1, 1);
        c.tags = {QStringLiteral("old")};
        const qint64 id = addCreator(c);
        const QList<qint64> before = counts(*m_db);
        const QString fieldsBefore = text(*m_db, QStringLiteral("SELECT nickname || '|' || IFNULL(city,'') || '|' || followers || '|' || followers_as_of || '|' || search_text FROM creators WHERE id = ?"), {id});

        const ImportResult r = import(QStringLiteral("handle,nickname,city,followers,标签\n"
                                                     "keep,Renamed,成都,9000,new\n"
                                                     "fresh1,F1,,100,x\n"
                                                     "fresh2,F2,,200,\n"),
                                      DuplicatePolicy::Overwrite);
        QCOMPARE(r.outcome, ImportResult::Outcome::Committed);
        QCOMPARE(r.created, 2);
        QCOMPARE(r.updated, 1);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT nickname FROM creators WHERE id = ?"), {id}), QStringLiteral("Renamed"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT followers FROM creators WHERE id = ?"), {id}), 9000);

        StoreError err;
        UndoReport rep;
        QVERIFY2(ImportBatches::undo(*m_db, r.batchId, &err, &rep), qPrintable(err.message + err.detail));
        QCOMPARE(rep.creatorsDeleted, 2);
        QCOMPARE(rep.creatorsRestored, 1);
        QCOMPARE(rep.snapshotsDeleted, 3);
        QVERIFY(rep.conflicts.isEmpty());
        QCOMPARE(counts(*m_db), before);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT nickname || '|' || IFNULL(city,'') || '|' || followers || '|' || followers_as_of || '|' || search_text FROM creators WHERE id = ?"), {id}), fieldsBefore);
        QVERIFY(!ImportBatches::get(*m_db, r.batchId, &err)->undoneAt.isEmpty());

        // Not twice.
        QVERIFY(!ImportBatches::undo(*m_db, r.batchId, &err));
        QCOMPARE(err.code, StoreError::Code::Conflict);
        QVERIFY(!ImportBatches::undo(*m_db, 9999, &err));
        QCOMPARE(err.code, StoreError::Code::NotFound);
        QCOMPARE(ImportBatches::list(*m_db, &err).size(), 1);
    }

    void undoLeavesLaterEditsAlone()
    {
        Creator c;
        c.handle = QStringLiteral("u1");
        c.nickname = QStringLiteral("U1");
        const qint64 id = addCreator(c);
        const ImportResult r = import(QStringLiteral("handle,city\nu1,西安\nnew1,\n"), DuplicatePolicy::Fill);
        QCOMPARE(r.updated, 1);
        // Someone edits both creators after the import.
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE creators SET owner = 'Anna', version = version + 1")));
        StoreError err;
        UndoReport rep;
        QVERIFY2(ImportBatches::undo(*m_db, r.batchId, &err, &rep), qPrintable(err.message + err.detail));
        QCOMPARE(rep.conflicts, QList<qint64>{id});
        QCOMPARE(rep.keptEdited.size(), 1);
        QCOMPARE(rep.creatorsDeleted, 0);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT city FROM creators WHERE id = ?"), {id}), QStringLiteral("西安"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators")), 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators WHERE import_batch_id IS NOT NULL")), 0);
        // The kept creator's origin stays in the audit log.
        const qint64 kept = rep.keptEdited.first();
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE row_id = ? AND action = 'update' "
                                              "AND changes LIKE ?"),
                        {kept, QStringLiteral("%\"import_batch_id\":[%1,null]%").arg(r.batchId)}),
                 1);
    }

    void importsPostMetricsForACampaign()
    {
        Creator c;
        c.handle = QStringLiteral("poster");
        const qint64 creator = addCreator(c);
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO campaigns (name, objective, created_at, updated_at) VALUES ('Spring', 'awareness', 'x', 'x')")));
        const qint64 campaign = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO campaigns (name, objective, created_at, updated_at) VALUES ('Other', 'awareness', 'x', 'x')")));
        const qint64 other = q.lastInsertId().toLongLong();
        for (qint64 camp : {campaign, other}) {
            q.prepare(QStringLiteral("INSERT INTO collaborations (campaign_id, creator_id, created_at, updated_at) VALUES (?, ?, 'x', 'x')"));
            q.addBindValue(camp);
            q.addBindValue(creator);
            QVERIFY(q.exec());
            const qint64 collab = q.lastInsertId().toLongLong();
            q.prepare(QStringLiteral("INSERT INTO posts (collaboration_id, creator_id, url) VALUES (?, ?, ?)"));
            q.addBindValue(collab);
            q.addBindValue(creator);
            q.addBindValue(camp == campaign ? QStringLiteral("https://www.xiaohongshu.com/explore/64a1b2c3d4e5f60718293a4b")
                                            : QStringLiteral("https://www.xiaohongshu.com/explore/ffffffffffffffffffffffff"));
            QVERIFY(q.exec());
        }
        ImportRequest rq;
        rq.filePath = writeFile(QStringLiteral(
            "笔记链接,阅读,点赞,收藏,评论,数据日期\n"
            "http://xiaohongshu.com/explore/64A1B2C3D4E5F60718293A4B?xsec_token=1,1.2w,300,120,45,2026-03-05\n"
            "https://www.xiaohongshu.com/explore/64a1b2c3d4e5f60718293a4b,1.3w,310,121,46,2026-03-05\n"
            "https://www.xiaohongshu.com/explore/ffffffffffffffffffffffff,10,1,1,1,2026-03-05\n"));
        rq.campaignId = campaign;
        ImportJob job(rq);
        const ImportResult r = job.run(*m_db);
        QCOMPARE(r.outcome, ImportResult::Outcome::Committed);
        QCOMPARE(r.created, 1);
        QCOMPARE(r.duplicatesInFile, 1);
        QCOMPARE(r.rejected, 1); // a post of another campaign
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT views FROM post_metrics WHERE import_batch_id = ?"), {r.batchId}), 12000);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT saves FROM post_metrics WHERE import_batch_id = ?"), {r.batchId}), 120);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT as_of || source FROM post_metrics WHERE import_batch_id = ?"), {r.batchId}),
                 QStringLiteral("2026-03-05import"));
        StoreError err;
        UndoReport rep;
        QVERIFY(ImportBatches::undo(*m_db, r.batchId, &err, &rep));
        QCOMPARE(rep.metricsDeleted, 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM post_metrics")), 0);
    }

    void importsAGbkFileWithChineseHeaders()
    {
        // Bytes as Chinese Excel saves them: GB18030, no BOM, CRLF, Pugongying-style headers.
        const QString path = m_scratch.filePath(QStringLiteral("gbk.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // "达人昵称,小红书号,粉丝数,所在地\r\n小美,xm_01,1.5万,上海\r\n" in GB18030.
        f.write(QByteArray::fromHex("b4efc8cbeac7b3c62cd0a1baeccae9bac52cb7dbcbbfcafd2ccbf9d4dab5d80d0a"
                                    "d0a1c3c02c786d5f30312c312e35cdf22cc9cfbaa30d0a"));
        f.close();
        ImportRequest rq;
        rq.filePath = path;
        ImportJob job(rq);
        const ImportResult r = job.run(*m_db);
        QCOMPARE(r.outcome, ImportResult::Outcome::Committed);
        QCOMPARE(r.format.encoding, TextEncoding::Gb18030);
        QCOMPARE(r.header.first(), QStringLiteral("达人昵称"));
        QCOMPARE(r.created, 1);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT nickname || '|' || handle || '|' || followers || '|' || city FROM creators")),
                 QStringLiteral("小美|xm_01|15000|上海"));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT encoding FROM import_batches WHERE id = ?"), {r.batchId}), QStringLiteral("gb18030"));
    }

    void reportsForTheCommandLine()
    {
        ImportRequest rq;
        rq.filePath = writeFile(QStringLiteral("handle,followers\na,lots\nA,1\n"));
        rq.dryRun = true;
        ImportJob job(rq);
        QJsonArray rows;
        job.setRowCallback([&](const CsvRecord &rec, const RowPlan &p) { rows.append(ImportReport::row(rec, p)); });
        const ImportResult r = job.run(*m_db);
        const QJsonObject sum = ImportReport::summary(r, rq.filePath);
        QCOMPARE(sum.value(QStringLiteral("outcome")).toString(), QStringLiteral("dry_run"));
        QCOMPARE(sum.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
        QCOMPARE(sum.value(QStringLiteral("counts")).toObject().value(QStringLiteral("invalid_cells")).toInt(), 1);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("cells")).toArray().at(1).toString(), QStringLiteral("lots"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("create"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("duplicate_in_file"));
        QBuffer buf;
        QVERIFY(buf.open(QIODevice::WriteOnly));
        QVERIFY(ImportReport::writeCsv(r, rq.filePath, &buf));
        const QString csv = QString::fromUtf8(buf.data());
        QVERIFY(buf.data().startsWith(QByteArray::fromHex("efbbbf")));
        QVERIFY(csv.contains(QStringLiteral(",2,2,followers,lots,invalid,")));
    }
};

QTEST_GUILESS_MAIN(TestImportCommit)
#include "tst_importcommit.moc"
