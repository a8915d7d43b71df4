// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/RosterFetcher.h"

#include "roster/SearchIndex.h"
#include "store/Database.h"

#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

namespace rr {

void RosterJobQueue::supersede(int generation)
{
    QMutexLocker lock(&m_mutex);
    m_latest.store(generation);
    m_jobs.removeIf([generation](const RosterJob &j) {
        return j.kind != RosterJob::Kind::Total && j.kind != RosterJob::Kind::Warm && j.generation < generation;
    });
}

void RosterJobQueue::push(const RosterJob &job)
{
    QMutexLocker lock(&m_mutex);
    if (job.kind == RosterJob::Kind::Total || job.kind == RosterJob::Kind::Warm) {
        for (const RosterJob &j : std::as_const(m_jobs)) {
            if (j.kind == job.kind)
                return; // one pending total (or warm-up) answers every asker
        }
    }
    m_jobs.append(job);
}

bool RosterJobQueue::take(RosterJob *job, bool counts)
{
    QMutexLocker lock(&m_mutex);
    const int latest = m_latest.load();
    m_jobs.removeIf([latest](const RosterJob &j) {
        return j.kind != RosterJob::Kind::Total && j.kind != RosterJob::Kind::Warm && j.generation < latest;
    });
    // Most urgent kind first; among pages the newest request (the rows on screen now).
    qsizetype best = -1;
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        const RosterJob::Kind kind = m_jobs.at(i).kind;
        if (isCount(kind) != counts)
            continue;
        if (best < 0 || kind < m_jobs.at(best).kind
            || (kind == RosterJob::Kind::Page && m_jobs.at(best).kind == RosterJob::Kind::Page)) {
            best = i;
        }
    }
    if (best < 0)
        return false;
    *job = m_jobs.takeAt(best);
    return true;
}

void RosterJobQueue::clear()
{
    QMutexLocker lock(&m_mutex);
    m_jobs.clear();
}

RosterFetcher::RosterFetcher(const Database &main, std::shared_ptr<RosterJobQueue> queue,
                             std::shared_ptr<SearchIndex> index, int pageSize, bool counts)
    : m_main(main), m_queue(std::move(queue)), m_index(std::move(index)), m_pageSize(pageSize), m_counts(counts)
{
}

RosterFetcher::~RosterFetcher() = default;

void RosterFetcher::open()
{
    StoreError error;
    m_db = m_main.openSibling(&error);
    if (!m_db)
        m_openError = error.message + QLatin1Char(' ') + error.detail;
}

void RosterFetcher::close()
{
    m_db.reset();
}

void RosterFetcher::process()
{
    if (!m_db && m_openError.isEmpty())
        open(); // the count worker opens its connection when first needed
    RosterJob job;
    while (m_queue->take(&job, m_counts)) {
        if (m_db && m_db->catchUpReconnect())
            m_hitsTableReady = false; // the temporary table went with the old connection
        run(job);
    }
}

bool RosterFetcher::exec(const QString &sql, const QVariantList &binds, QSqlQuery *query, QString *error)
{
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        *error = query->lastError().text();
        return false;
    }
    for (const QVariant &v : binds)
        query->addBindValue(v);
    if (!query->exec()) {
        *error = query->lastError().text();
        return false;
    }
    return true;
}

void RosterFetcher::run(const RosterJob &job)
{
    const int kind = static_cast<int>(job.kind);
    if (!m_db) {
        emit failed(job.generation, kind, job.page, m_openError);
        return;
    }
    QSqlQuery query(m_db->sql());
    QVariantList binds;
    QString error;
    switch (job.kind) {
    case RosterJob::Kind::Warm:
        m_index->sync(*m_db, nullptr); // a failure here shows again, and is reported, on search
        return;
    case RosterJob::Kind::FirstPage:
    case RosterJob::Kind::Page: {
        if (job.kind == RosterJob::Kind::FirstPage && searchFirstPage(job))
            return;
        if (!job.ids.isEmpty()) {
            QList<RosterRow> rows;
            if (!rowsByIds(job.ids, &rows, &error))
                emit failed(job.generation, kind, job.page, error);
            else
                emit pageReady(job.generation, job.page, rows);
            return;
        }
        const qint64 offset = qint64(job.page) * m_pageSize;
        const QString sql = RosterQuery::pageSql(job.spec, m_db->dialect(), m_pageSize, offset, &binds, job.after);
        if (!exec(sql, binds, &query, &error)) {
            emit failed(job.generation, kind, job.page, error);
            return;
        }
        QList<RosterRow> rows;
        rows.reserve(m_pageSize);
        while (query.next())
            rows.append(RosterQuery::readRow(query));
        if (job.kind == RosterJob::Kind::FirstPage)
            emit firstPageReady(job.generation, rows);
        else
            emit pageReady(job.generation, job.page, rows);
        return;
    }
    case RosterJob::Kind::Count:
    case RosterJob::Kind::Total: {
        const QString sql = job.kind == RosterJob::Kind::Count
            ? RosterQuery::countSql(job.spec, m_db->dialect(), &binds)
            : RosterQuery::totalSql();
        if (!exec(sql, binds, &query, &error) || !query.next()) {
            if (error.isEmpty())
                error = query.lastError().text();
            emit failed(job.generation, kind, job.page, error);
            return;
        }
        const int n = int(query.value(0).toLongLong());
        if (job.kind == RosterJob::Kind::Count)
            emit countReady(job.generation, n);
        else
            emit totalReady(n);
        return;
    }
    }
}

bool RosterFetcher::searchFirstPage(const RosterJob &job)
{
    const QString needle = job.spec.filter.search.trimmed();
    if (needle.isEmpty())
        return false;
    QString error;
    if (!m_index->sync(*m_db, &error))
        return false; // the SQL scan still answers
    const QList<qint64> hits = m_index->find(needle);

    if (hits.size() > RosterQuery::maxIndexedMatches)
        return false; // a needle this common: the SQL path pages it without listing every id

    // The hits go into a temporary table of this connection; SQL applies the other filters and
    // the sort to them alone.
    const Dialect &dialect = m_db->dialect();
    QSqlQuery q(m_db->sql());
    if (!m_hitsTableReady) {
        if (!q.exec(RosterQuery::hitsTableSql(dialect)))
            return false;
        m_hitsTableReady = true;
    }
    if (!q.exec(QStringLiteral("BEGIN")))
        return false;
    bool ok = q.exec(QStringLiteral("DELETE FROM roster_hits"));
    constexpr int chunk = 500;
    for (qsizetype i = 0; ok && i < hits.size(); i += chunk) {
        const QList<qint64> part = hits.mid(i, chunk);
        QSqlQuery ins(m_db->sql());
        ok = ins.prepare(RosterQuery::insertHitsSql(part.size()));
        for (qint64 id : part)
            ins.addBindValue(id);
        ok = ok && ins.exec();
    }
    if (!ok) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    QVariantList binds;
    QSqlQuery match(m_db->sql());
    if (!exec(RosterQuery::matchSql(job.spec, dialect, &binds), binds, &match, &error)) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    QList<qint64> ordered;
    ordered.reserve(hits.size());
    while (match.next())
        ordered.append(match.value(0).toLongLong());
    match.finish();
    q.exec(QStringLiteral("COMMIT"));

    QList<RosterRow> rows;
    if (!rowsByIds(ordered.mid(0, m_pageSize), &rows, &error)) {
        emit failed(job.generation, int(job.kind), 0, error);
        return true;
    }
    emit matchesReady(job.generation, ordered);
    emit firstPageReady(job.generation, rows);
    return true;
}

bool RosterFetcher::rowsByIds(const QList<qint64> &ids, QList<RosterRow> *rows, QString *error)
{
    rows->clear();
    if (ids.isEmpty())
        return true;
    QVariantList binds;
    for (qint64 id : ids)
        binds.append(id);
    QSqlQuery q(m_db->sql());
    if (!exec(RosterQuery::rowsByIdsSql(ids.size()), binds, &q, error))
        return false;
    QHash<qint64, RosterRow> byId;
    while (q.next()) {
        RosterRow r = RosterQuery::readRow(q);
        byId.insert(r.id, r);
    }
    rows->reserve(ids.size());
    for (qint64 id : ids) {
        // A creator deleted since the search is left out of the page.
        if (const auto it = byId.constFind(id); it != byId.cend())
            rows->append(*it);
    }
    return true;
}

} // namespace rr
