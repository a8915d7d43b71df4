// SPDX-License-Identifier: GPL-3.0-or-later
// Pipeline board at scale: N creators (default 1,000,000) spread over the six statuses, a third
// of them tagged, filled with a few set-based statements (not the importer). Times
// PipelineModel::reload() (counts per status, the first page of all six columns and their
// tags) and a second page of the largest column, beside the same SQL run bare through QSqlQuery
// (median of 5), and the page query forced onto the version-1 index (status only: a sort of
// the whole column) to show what schema version 2's (status, updated_at, id) index buys.
// Prints figures, never asserts on time.
// Usage: bench_pipeline [--rows N] [--db PATH]
#include "domain/Status.h"
#include "pipeline/PipelineModel.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace rr;

namespace {

void out(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool exec(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (q.exec())
        return true;
    out(QStringLiteral("failed: %1\n%2").arg(q.lastError().text(), sql.left(300)));
    return false;
}

// Drops the creators indexes, inserts in set-based statements, builds the indexes once with the
// migrator's own statements (as a bulk import does).
bool fill(const Database &db, qint64 rows)
{
    const QString seq = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) ");
    if (!exec(db, QStringLiteral("BEGIN")))
        return false;
    for (const IndexDef &i : db.schema().indexes) {
        if (i.table == QLatin1String("creators")
            && !exec(db, QStringLiteral("DROP INDEX IF EXISTS %1").arg(db.dialect().quote(i.name))))
            return false;
    }
    // Statuses as a real pipeline looks: most creators are prospects.
    const bool ok =
        exec(db, seq + QStringLiteral(
                     "INSERT INTO creators (handle, nickname, followers, status, owner, created_at, updated_at) "
                     "SELECT 'h' || i, '博主' || i, abs(random() % 900000) + 500, "
                     "CASE abs(random() % 20) WHEN 0 THEN 'paused' WHEN 1 THEN 'declined' WHEN 2 THEN 'declined' "
                     "WHEN 3 THEN 'active' WHEN 4 THEN 'active' WHEN 5 THEN 'negotiating' WHEN 6 THEN 'negotiating' "
                     "WHEN 7 THEN 'outreach_sent' WHEN 8 THEN 'outreach_sent' WHEN 9 THEN 'outreach_sent' ELSE 'prospect' END, "
                     "CASE WHEN i % 3 = 0 THEN NULL ELSE 'owner' || (i % 7) END, '2025-01-01T00:00:00.000Z', "
                     "strftime('%Y-%m-%dT%H:%M:%fZ', '2025-01-01', '+' || abs(random() % 31536000) || ' seconds') FROM n"),
             {rows})
        && exec(db, seq + QStringLiteral("INSERT INTO tags (name) SELECT 'tag' || i FROM n"), {20})
        && exec(db, QStringLiteral("INSERT INTO creator_tags (creator_id, tag_id) SELECT id, 1 + id % 20 FROM creators "
                                   "WHERE id % 3 = 0"))
        && exec(db, QStringLiteral("INSERT INTO creator_tags (creator_id, tag_id) SELECT id, 1 + (id / 3) % 20 FROM creators "
                                   "WHERE id % 9 = 0 AND 1 + (id / 3) % 20 <> 1 + id % 20"));
    if (!ok)
        return false;
    for (const IndexDef &i : db.schema().indexes) {
        if (i.table == QLatin1String("creators") && !exec(db, Migrator::createIndex(db.dialect(), i)))
            return false;
    }
    return exec(db, QStringLiteral("COMMIT"));
}

double medianMs(const std::function<bool()> &f, int runs = 5)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!f())
            return -1;
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

// Runs a query, reading every row and column; the ids of the first column go to *ids.
bool readAll(const Database &db, const QString &sql, const QVariantList &binds, QList<qint64> *ids = nullptr,
             QVariant *lastUpdated = nullptr)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        out(q.lastError().text());
        return false;
    }
    const int columns = q.record().count();
    while (q.next()) {
        for (int c = 0; c < columns; ++c)
            (void)q.value(c);
        if (ids)
            ids->append(q.value(0).toLongLong());
        if (lastUpdated)
            *lastUpdated = q.value(8);
    }
    return true;
}

bool tagsOf(const Database &db, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    QStringList marks(ids.size(), QStringLiteral("?"));
    QVariantList binds;
    for (qint64 id : ids)
        binds << id;
    return readAll(db, QStringLiteral("SELECT ct.creator_id, t.name FROM creator_tags ct JOIN tags t ON t.id = ct.tag_id "
                                      "WHERE ct.creator_id IN (%1) ORDER BY t.name").arg(marks.join(QStringLiteral(", "))),
                   binds);
}

QString plan(const Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QStringList lines;
    if (q.exec()) {
        while (q.next())
            lines << q.value(3).toString();
    }
    return lines.join(QStringLiteral(" / "));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("rows"), QStringLiteral("Creators."), QStringLiteral("n"), QStringLiteral("1000000")});
    p.addOption({QStringLiteral("db"), QStringLiteral("Database file (kept, reused when filled)."), QStringLiteral("path")});
    p.process(app);

    QTemporaryDir tmp;
    const QString path = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : tmp.filePath(QStringLiteral("p.sqlite"));
    StoreError err;
    auto db = Database::open(ConnectionSpec::sqlite(path), &err);
    if (!db) {
        out(err.message + QLatin1Char(' ') + err.detail);
        return 1;
    }
    {
        QSqlQuery q(db->sql());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM creators"));
        const bool empty = !q.next() || q.value(0).toLongLong() == 0;
        q.finish(); // no statement may be open while the fill drops indexes
        if (empty) {
            QElapsedTimer t;
            t.start();
            if (!fill(*db, p.value(QStringLiteral("rows")).toLongLong()))
                return 1;
            out(QStringLiteral("filled in %1 s").arg(double(t.elapsed()) / 1000.0, 0, 'f', 1));
        }
        q.exec(QStringLiteral("SELECT status, COUNT(*) FROM creators GROUP BY status ORDER BY 2 DESC"));
        QStringList counts;
        while (q.next())
            counts << QStringLiteral("%1 %2").arg(q.value(0).toString()).arg(q.value(1).toLongLong());
        out(QStringLiteral("creators by status: ") + counts.join(QStringLiteral(", ")));
    }

    PipelineModel model(*db);
    const int page = model.pageSize();
    const Status largest = Status::Prospect;
    const QString prospect = StatusText::key(largest);

    // The bare reference: the model's own SQL text, run straight through QSqlQuery.
    QList<qint64> firstProspectPage;
    QVariant lastUpdated;
    const auto bareReload = [&] {
        if (!readAll(*db, PipelineModel::countSql(), {}))
            return false;
        for (Status s : allStatuses) {
            QList<qint64> ids;
            QVariant last;
            if (!readAll(*db, PipelineModel::pageSql(false), {StatusText::key(s), page}, &ids, &last) || !tagsOf(*db, ids))
                return false;
            if (s == largest) {
                firstProspectPage = ids;
                lastUpdated = last;
            }
        }
        return true;
    };
    const auto bareSecondPage = [&] {
        QList<qint64> ids;
        return readAll(*db, PipelineModel::pageSql(true),
                       {prospect, lastUpdated, lastUpdated, firstProspectPage.isEmpty() ? 0 : firstProspectPage.last(), page},
                       &ids)
               && tagsOf(*db, ids);
    };
    const QString v1Page = PipelineModel::pageSql(false).replace(QStringLiteral("FROM creators c"),
                                                                 QStringLiteral("FROM creators c INDEXED BY ix_creators_status"));
    const auto v1FirstPage = [&] { return readAll(*db, v1Page, {prospect, page}); };
    const auto modelSecondPage = [&] {
        // A fresh first page each time, so fetchMore() always reads page two.
        return model.reload(&err) && model.fetchMore(largest, &err);
    };

    if (!bareReload())
        return 1;
    out(QStringLiteral("page plan: ") + plan(*db, PipelineModel::pageSql(false), {prospect, page}));
    out(QStringLiteral("version-1 plan: ") + plan(*db, v1Page, {prospect, page}));

    const double reloadMs = medianMs([&] { return model.reload(&err); });
    const double bareMs = medianMs(bareReload);
    const double twoPagesMs = medianMs(modelSecondPage);
    const double bareSecondMs = medianMs(bareSecondPage);
    const double v1Ms = medianMs(v1FirstPage, 3);
    const double bareFirstMs = medianMs([&] { return readAll(*db, PipelineModel::pageSql(false), {prospect, page}); });
    const double countMs = medianMs([&] { return readAll(*db, PipelineModel::countSql(), {}); });

    out(QStringLiteral("%1 | %2 | %3 | %4").arg(QStringLiteral("step"), -48).arg(QStringLiteral("model ms"), 9)
            .arg(QStringLiteral("bare SQL ms"), 11).arg(QStringLiteral("ratio"), 5));
    const auto row = [](const QString &name, double m, double b) {
        out(QStringLiteral("%1 | %2 | %3 | %4").arg(name, -48).arg(m, 9, 'f', 1).arg(b, 11, 'f', 1)
                .arg(b > 0 ? m / b : 0.0, 5, 'f', 2));
    };
    row(QStringLiteral("reload: counts + first page x6 + tags"), reloadMs, bareMs);
    row(QStringLiteral("reload + second page of prospects"), twoPagesMs, bareMs + bareSecondMs);
    out(QStringLiteral("bare SQL alone: counts per status %1 ms; one first page (prospects) %2 ms; "
                       "the same page on the version-1 index (sorts the column) %3 ms (%4x)")
            .arg(countMs, 0, 'f', 1).arg(bareFirstMs, 0, 'f', 2).arg(v1Ms, 0, 'f', 1)
            .arg(bareFirstMs > 0 ? v1Ms / bareFirstMs : 0.0, 0, 'f', 0));
    out(QStringLiteral("prospect cards loaded (two pages): %1, creators counted: %2").arg(model.cards(largest).size()).arg(model.totalCount()));
    return model.totalCount() > 0 ? 0 : 1;
}
