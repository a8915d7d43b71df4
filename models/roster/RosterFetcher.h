// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roster/RosterQuery.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

namespace rr {

class Database;
class SearchIndex;

// One piece of work for the roster worker.
struct RosterJob
{
    // In order of urgency. Warm loads the search index while nothing else waits.
    enum class Kind { FirstPage, Page, Count, Total, Warm };
    Kind kind = Kind::FirstPage;
    int generation = 0;      // the model's request generation; older ones are stale
    RosterQuerySpec spec;
    int page = 0;
    QVariantList after;      // keyset start: the sort key of the last row of the page before
    QList<qint64> ids;       // a page of a search result: exactly these creators, in this order
};

// Jobs shared between the model (GUI thread) and its two workers: one reads pages, the other
// counts, so on two cores a slow count never delays the rows on screen. A newer generation
// supersedes all pending work of older ones; the page worker takes the first page of the newest
// request before pages the view asked for (newest first); the count worker the filtered count
// before the total.
class RosterJobQueue
{
public:
    // Drops pending work of generations older than `generation` and makes it the latest.
    void supersede(int generation);
    void push(const RosterJob &job);
    static bool isCount(RosterJob::Kind kind)
    {
        return kind == RosterJob::Kind::Count || kind == RosterJob::Kind::Total || kind == RosterJob::Kind::Warm;
    }
    bool take(RosterJob *job, bool counts);
    void clear();

private:
    mutable QMutex m_mutex;
    QList<RosterJob> m_jobs;
    std::atomic<int> m_latest{0};
};

// Runs the roster's SQL on its own thread, with a connection opened in that thread.
class RosterFetcher : public QObject
{
    Q_OBJECT
public:
    // `counts`: this worker runs the Count and Total jobs, else the page jobs.
    RosterFetcher(const Database &main, std::shared_ptr<RosterJobQueue> queue, std::shared_ptr<SearchIndex> index,
                  int pageSize, bool counts);
    ~RosterFetcher() override;

public slots:
    void open();     // opens the sibling connection: call in the worker thread, first
    void process();  // drains the queue
    void close();    // closes the connection in the worker thread

signals:
    // A search answered from the search index: every matching creator, in display order. Sent
    // just before that search's firstPageReady; no count follows.
    void matchesReady(int generation, const QList<qint64> &ids);
    void firstPageReady(int generation, const QList<rr::RosterRow> &rows);
    void pageReady(int generation, int page, const QList<rr::RosterRow> &rows);
    void countReady(int generation, int count);
    void totalReady(int total);
    void failed(int generation, int kind, int page, const QString &message);

private:
    void run(const RosterJob &job);
    bool exec(const QString &sql, const QVariantList &binds, QSqlQuery *query, QString *error);
    // First page of a search through the search index; false when the SQL path must answer.
    bool searchFirstPage(const RosterJob &job);
    bool rowsByIds(const QList<qint64> &ids, QList<RosterRow> *rows, QString *error);

    const Database &m_main;
    std::unique_ptr<Database> m_db;
    QString m_openError;
    std::shared_ptr<RosterJobQueue> m_queue;
    std::shared_ptr<SearchIndex> m_index;
    bool m_hitsTableReady = false;
    int m_pageSize;
    bool m_counts;
};

} // namespace rr
