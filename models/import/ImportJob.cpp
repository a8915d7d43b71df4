// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportJob.h"

#include "import/HeaderMatcher.h"
#include "import/ImportPlanner.h"
#include "import/ImportWriter.h"
#include "import/MetricsPlanner.h"
#include "store/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rr {

namespace {

constexpr qint64 kProgressEveryRows = 4096;

ImportResult refused(ImportResult r, const QString &message)
{
    r.outcome = ImportResult::Outcome::Refused;
    r.message = message;
    return r;
}

ImportResult failed(ImportResult r, const StoreError &error)
{
    r.outcome = ImportResult::Outcome::Failed;
    r.error = error;
    r.message = error.message;
    return r;
}

// SQLite settings for a bulk load, put back afterwards: the index rebuild sorts a million keys,
// and with the connection's in-memory temp store (and 64 MiB cache) that sort would live in
// RAM. Spilling it to a temporary file keeps an import's memory flat whatever the file's size.
class BulkLoadPragmas
{
public:
    BulkLoadPragmas(const Database &db, bool bulk) : m_db(db)
    {
        if (!bulk || db.dialect().backend() != Backend::Sqlite)
            return;
        m_cache = value(QStringLiteral("cache_size"));
        m_temp = value(QStringLiteral("temp_store"));
        QSqlQuery q(db.sql());
        m_set = q.exec(QStringLiteral("PRAGMA temp_store = FILE")) && q.exec(QStringLiteral("PRAGMA cache_size = -8192"));
    }
    ~BulkLoadPragmas()
    {
        if (!m_set)
            return;
        QSqlQuery q(m_db.sql());
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cache));
        q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_temp));
    }
    BulkLoadPragmas(const BulkLoadPragmas &) = delete;
    BulkLoadPragmas &operator=(const BulkLoadPragmas &) = delete;

private:
    qint64 value(const QString &pragma) const
    {
        QSqlQuery q(m_db.sql());
        return q.exec(QStringLiteral("PRAGMA ") + pragma) && q.next() ? q.value(0).toLongLong() : 0;
    }

    const Database &m_db;
    qint64 m_cache = -2000;
    qint64 m_temp = 0;
    bool m_set = false;
};

// About how many records the file holds, from the line length of its first 64 KiB.
qint64 estimatedRecords(QFile &file)
{
    const QByteArray sample = file.peek(64 * 1024);
    const qint64 lines = sample.count('\n');
    if (sample.isEmpty() || lines == 0)
        return 1;
    return file.size() * lines / sample.size();
}

// A bulk load rebuilds the creators indexes once at the end instead of updating them row by row:
// for SQLite, when the file holds at least as many rows as the table (and enough to matter).
bool deferIndexes(const Database &db, qint64 estimatedRows)
{
    constexpr qint64 kMinRows = 20000;
    if (db.dialect().backend() != Backend::Sqlite || estimatedRows < kMinRows)
        return false;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM creators")) || !q.next())
        return false;
    return estimatedRows >= q.value(0).toLongLong();
}

} // namespace

ImportJob::ImportJob(const ImportRequest &request, QObject *parent) : QObject(parent), m_request(request)
{
    qRegisterMetaType<rr::ImportResult>();
}

ImportJob::~ImportJob()
{
    m_cancel.store(true);
    if (m_thread)
        m_thread->wait();
}

void ImportJob::start(const Database &db)
{
    m_running.store(true);
    m_cancel.store(false);
    const Database *main = &db;
    QThread *thread = QThread::create([this, main] {
        ImportResult r;
        StoreError err;
        {
            std::unique_ptr<Database> own = main->openSibling(&err);
            if (!own)
                r = failed(r, err);
            else
                r = run(*own);
        }
        m_running.store(false);
        emit finished(r);
    });
    m_thread = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

ImportResult ImportJob::run(const Database &db)
{
    ImportResult res;
    const ImportRequest &rq = m_request;
    QFile file(rq.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return refused(res, tr("Cannot read %1: %2").arg(rq.filePath, file.errorString()));

    res.format = rq.format ? *rq.format : sniffCsvFormat(file.peek(64 * 1024));
    CsvReader reader(&file, res.format);
    CsvRecord rec;

    const auto structural = [&]() -> bool {
        if (reader.issues().isEmpty())
            return false;
        const CsvIssue &i = reader.issues().first();
        res.issue = i;
        res = refused(res, i.column > 0
                               ? tr("%1, line %2, column %3: %4").arg(QFileInfo(rq.filePath).fileName()).arg(i.line).arg(i.column).arg(i.message)
                               : tr("%1, line %2: %3").arg(QFileInfo(rq.filePath).fileName()).arg(i.line).arg(i.message));
        return true;
    };

    // The header, or "Column 1..n" from the first record.
    bool pending = false;
    if (res.format.hasHeader) {
        if (reader.next(&rec))
            res.header = rec.cells;
    } else if (reader.next(&rec)) {
        for (int i = 1; i <= rec.cells.size(); ++i)
            res.header << tr("Column %1").arg(i);
        pending = true;
    }
    if (structural())
        return res;

    if (rq.mapping) {
        const bool same = rq.mapping->headers == res.header
                          || (!res.format.hasHeader && rq.mapping->fields.size() == res.header.size());
        res.mapping = same ? *rq.mapping : rq.mapping->appliedTo(res.header);
    } else {
        res.mapping = HeaderMatcher::automatic(res.header, HeaderMatcher::guessKind(res.header));
    }
    const bool metrics = res.mapping.kind == ImportKind::PostMetrics;
    if (metrics && rq.campaignId <= 0)
        return refused(res, tr("Post metrics need a campaign: choose the campaign whose posts the file lists."));
    if (m_onHeader)
        m_onHeader(res.format, res.header, res.mapping);

    // A file at least as large as the roster is a bulk load (see ImportWriter::BatchInfo).
    const bool bulk = !rq.dryRun && !metrics && deferIndexes(db, estimatedRecords(file));
    BulkLoadPragmas pragmas(db, bulk); // before the transaction: temp_store cannot change inside one
    WriteTransaction tx(db);
    ImportWriter writer(db);
    StoreError err;
    if (!rq.dryRun) {
        if (!tx.begin(&err))
            return failed(res, err);
        ImportWriter::BatchInfo info;
        info.fileName = QFileInfo(rq.filePath).fileName();
        info.encoding = TextEncodingText::key(res.format.encoding);
        QJsonObject mj = res.mapping.toJson();
        mj.insert(QStringLiteral("on_duplicate"), ImportText::policyKey(rq.policy));
        info.mappingJson = QString::fromUtf8(QJsonDocument(mj).toJson(QJsonDocument::Compact));
        info.mapping = res.mapping;
        info.deferIndexes = bulk;
        if (!writer.beginBatch(info, &err))
            return failed(res, err);
        res.batchId = writer.batchId();
    }
    PlannerOptions po;
    po.policy = rq.policy;
    po.today = rq.today;
    ImportPlanner creators(db, res.mapping, po);
    MetricsPlanner posts(db, res.mapping, rq.campaignId, rq.today);
    if (!(metrics ? posts.prepare(&err) : creators.prepare(&err)))
        return failed(res, err);

    RowPlan plan;
    const qint64 total = file.size();
    while (true) {
        if (m_cancel.load()) {
            tx.rollback();
            res.outcome = ImportResult::Outcome::Cancelled;
            res.message = tr("Import cancelled; nothing was written.");
            res.batchId = 0;
            return res;
        }
        if (!pending && !reader.next(&rec))
            break;
        pending = false;
        if (structural()) {
            res.batchId = 0;
            return res; // the WriteTransaction rolls back
        }
        if (!(metrics ? posts.plan(rec, &plan, &err) : creators.plan(rec, &plan, &err))) {
            res.batchId = 0;
            return failed(res, err);
        }
        ++res.rowsTotal;
        switch (plan.action) {
        case RowAction::Create: ++res.created; break;
        case RowAction::Update: ++res.updated; break;
        case RowAction::SkipUnchanged: ++res.unchanged; break;
        case RowAction::SkipExisting: ++res.skippedExisting; break;
        case RowAction::SkipDuplicateInFile: ++res.duplicatesInFile; break;
        case RowAction::SkipDoNotContact: ++res.doNotContact; break;
        case RowAction::RejectNoIdentity: ++res.rejected; break;
        }
        for (const CellNote &n : std::as_const(plan.notes)) {
            if (n.column > 0 && n.severity == CellNote::Severity::Doubtful)
                ++res.doubtfulCells;
            else if (n.column > 0 && n.severity == CellNote::Severity::Invalid)
                ++res.invalidCells;
            if (res.notes.size() < rq.keepNotes)
                res.notes << n;
            else
                ++res.notesLeftOut;
        }
        if (plan.action != RowAction::Create && plan.action != RowAction::Update && res.listed.size() < rq.keepNotes)
            res.listed << ListedRow{plan.line, plan.action, plan.existingId, plan.duplicateOfLine,
                                    plan.creator.handle, plan.creator.nickname};
        if (m_onRow)
            m_onRow(rec, plan);
        if (!rq.dryRun && plan.writes() && !writer.write(&plan, &err)) {
            res.batchId = 0;
            return failed(res, err);
        }
        if (res.rowsTotal % kProgressEveryRows == 0)
            emit progress(reader.bytesRead(), total, res.rowsTotal);
    }
    if (structural()) {
        res.batchId = 0;
        return res;
    }
    emit progress(total, total, res.rowsTotal);
    if (rq.dryRun) {
        res.outcome = ImportResult::Outcome::DryRun;
        return res;
    }
    ImportWriter::Counts c;
    c.total = res.rowsTotal;
    c.created = res.created;
    c.updated = res.updated;
    c.skipped = res.skipped();
    if (!writer.finishBatch(c, &err) || !tx.commit(&err)) {
        res.batchId = 0;
        return failed(res, err);
    }
    res.outcome = ImportResult::Outcome::Committed;
    return res;
}

} // namespace rr
