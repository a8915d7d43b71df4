// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/RosterModel.h"

#include "roster/RosterFetcher.h"
#include "roster/SearchIndex.h"
#include "roster/RosterFormat.h"
#include "store/Database.h"

#include <QBrush>
#include <QColor>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace rr {

namespace {
constexpr int pageSize = 200;   // rows per SQL page
constexpr int maxPages = 64;    // pages kept in memory (LRU)
} // namespace

struct RosterModel::Private
{
    explicit Private(RosterModel *model, Database &database) : q(model), db(database) {}

    RosterModel *q;
    Database &db;
    QThread pageThread;
    QThread countThread;
    RosterFetcher *pager = nullptr;
    RosterFetcher *counter = nullptr;
    std::shared_ptr<RosterJobQueue> queue = std::make_shared<RosterJobQueue>();
    std::shared_ptr<SearchIndex> searchIndex = std::make_shared<SearchIndex>();
    bool warmPosted = false;
    bool firstScheduled = false;
    bool softPending = false;
    // A search answered from the search index: every matching id, in display order.
    bool idMode = false;
    QList<qint64> matchIds;

    RosterQuerySpec spec;
    int generation = 0;
    int rows = 0;           // rowCount()
    int filtered = -1;      // matching rows, -1 while counting
    int total = -1;
    bool firstPending = false;
    bool countPending = false;
    bool totalPending = false;
    bool totalWanted = false;   // a total to count after the next first page
    bool busy = false;
    QSet<int> pagesPending;

    struct Page
    {
        QList<RosterRow> rows;
        quint64 lastUse = 0;
    };
    QHash<int, Page> pages;
    quint64 clock = 0;

    void post(const RosterJob &job)
    {
        queue->push(job);
        RosterFetcher *worker = RosterJobQueue::isCount(job.kind) ? counter : pager;
        QMetaObject::invokeMethod(worker, &RosterFetcher::process, Qt::QueuedConnection);
    }

    // A new filter, sort or refresh: everything pending for the old one is dropped. A `soft`
    // request (a refresh with the same filter and sort) keeps the rows the view shows until the
    // new ones arrive, so the scroll position and the selection survive an edit.
    void request(bool soft = false)
    {
        if (!soft)
            softPending = false;
        else if (!firstPending)
            softPending = true; // a reset already pending stays a reset
        spec.chineseNames = RosterFormat::chineseNames();
        ++generation;
        queue->supersede(generation);
        firstPending = true;
        countPending = true; // posted when the first page is in: the rows on screen come first
        pagesPending.clear();
        idMode = false;
        matchIds.clear();
        updateBusy();
        // Posted from the event loop: a filter and a sort set together make one query.
        if (!firstScheduled) {
            firstScheduled = true;
            QMetaObject::invokeMethod(q, [this] {
                firstScheduled = false;
                post(RosterJob{RosterJob::Kind::FirstPage, generation, spec, 0, {}, {}});
            }, Qt::QueuedConnection);
        }
    }

    // The total is counted after the next first page, for the same reason.
    void requestTotal()
    {
        totalPending = true;
        totalWanted = true;
        updateBusy();
    }

    // The first page is shown: now the counts run, on their own worker, while the page worker
    // stays free for the pages the view asks for next.
    void postCounts()
    {
        if (!idMode)
            post(RosterJob{RosterJob::Kind::Count, generation, spec, 0, {}, {}});
        if (totalWanted) {
            totalWanted = false;
            post(RosterJob{RosterJob::Kind::Total, 0, {}, 0, {}, {}});
        }
        if (!warmPosted) {
            // Load the search index while the user looks at the first rows.
            warmPosted = true;
            post(RosterJob{RosterJob::Kind::Warm, 0, {}, 0, {}, {}});
        }
    }

    void requestPage(int page, bool allowKeyset = true)
    {
        if (firstPending || pagesPending.contains(page))
            return;
        pagesPending.insert(page);
        RosterJob job{RosterJob::Kind::Page, generation, spec, page, {}, {}};
        if (idMode) {
            job.ids = matchIds.mid(qsizetype(page) * pageSize, pageSize);
            post(job);
            updateBusy();
            return;
        }
        // Scrolling down: start right after the last row of the page above, by index.
        const auto before = pages.constFind(page - 1);
        if (allowKeyset && before != pages.cend() && before->rows.size() == pageSize
            && RosterQuery::supportsKeyset(spec))
            job.after = RosterQuery::keysetKey(spec, before->rows.constLast());
        post(job);
        updateBusy();
    }

    const RosterRow *row(int r)
    {
        const int p = r / pageSize;
        auto it = pages.find(p);
        if (it == pages.end())
            return nullptr;
        const int i = r % pageSize;
        if (i >= it->rows.size())
            return nullptr;
        it->lastUse = ++clock;
        return &it->rows.at(i);
    }

    void store(int page, const QList<RosterRow> &pageRows)
    {
        while (pages.size() >= maxPages && !pages.contains(page)) {
            auto oldest = pages.begin();
            for (auto it = pages.begin(); it != pages.end(); ++it) {
                if (it->lastUse < oldest->lastUse)
                    oldest = it;
            }
            pages.erase(oldest);
        }
        pages.insert(page, Page{pageRows, ++clock});
    }

    void updateBusy()
    {
        const bool now = firstPending || countPending || totalPending || !pagesPending.isEmpty();
        if (now != busy) {
            busy = now;
            emit q->busyChanged(busy);
        }
    }

    // Brings rowCount to `n` with row insertions or removals (the count arrived).
    void resizeTo(int n)
    {
        if (n > rows) {
            q->beginInsertRows({}, rows, n - 1);
            rows = n;
            q->endInsertRows();
        } else if (n < rows) {
            q->beginRemoveRows({}, n, rows - 1);
            rows = n;
            q->endRemoveRows();
        }
    }

    void onFirstPage(int gen, const QList<RosterRow> &pageRows)
    {
        if (gen != generation)
            return;
        firstPending = false;
        if (softPending) {
            softPending = false;
            refreshInPlace(pageRows);
            return;
        }
        q->beginResetModel();
        pages.clear();
        store(0, pageRows);
        rows = int(pageRows.size());
        if (idMode) {
            rows = int(matchIds.size()); // every match is known: no count to wait for
            filtered = rows;
            countPending = false;
        } else if (pageRows.size() < pageSize) {
            filtered = rows; // all of them: exact before the count arrives
        } else {
            filtered = -1;
        }
        q->endResetModel();
        emit q->countsChanged(filtered, total);
        postCounts();
        updateBusy();
    }

    // The answer to a soft refresh: the old rows stay on screen while every cached page is read
    // again (by offset: keys of stale pages may have moved), then the count settles the size.
    void refreshInPlace(const QList<RosterRow> &pageRows)
    {
        const QList<int> cached = pages.keys();
        store(0, pageRows);
        if (idMode) {
            filtered = int(matchIds.size());
            countPending = false;
            resizeTo(filtered);
        } else if (pageRows.size() < pageSize) {
            filtered = int(pageRows.size());
            resizeTo(filtered);
        } else if (rows < pageRows.size()) {
            resizeTo(int(pageRows.size()));
        }
        for (int page : cached) {
            if (page == 0)
                continue;
            if (qsizetype(page) * pageSize >= rows)
                pages.remove(page);
            else
                requestPage(page, false);
        }
        if (rows > 0)
            emit q->dataChanged(q->index(0, 0), q->index(qMin(rows, pageSize) - 1, rosterColumnCount - 1));
        emit q->countsChanged(filtered, total);
        postCounts();
        updateBusy();
    }

    void onMatches(int gen, const QList<qint64> &ids)
    {
        if (gen != generation)
            return;
        idMode = true;
        matchIds = ids;
    }

    void onCount(int gen, int n)
    {
        if (gen != generation)
            return;
        countPending = false;
        filtered = n;
        resizeTo(n);
        emit q->countsChanged(filtered, total);
        updateBusy();
    }

    void onPage(int gen, int page, const QList<RosterRow> &pageRows)
    {
        if (gen != generation)
            return;
        pagesPending.remove(page);
        store(page, pageRows);
        const int first = page * pageSize;
        const int last = qMin(first + int(pageRows.size()), rows) - 1;
        if (last >= first)
            emit q->dataChanged(q->index(first, 0), q->index(last, rosterColumnCount - 1));
        updateBusy();
    }

    void onTotal(int n)
    {
        totalPending = false;
        total = n;
        emit q->countsChanged(filtered, total);
        updateBusy();
    }

    void onFailed(int gen, int kind, int page, const QString &message)
    {
        switch (static_cast<RosterJob::Kind>(kind)) {
        case RosterJob::Kind::Warm:
            return;
        case RosterJob::Kind::Total:
            totalPending = false;
            break;
        case RosterJob::Kind::FirstPage:
            if (gen != generation)
                return;
            firstPending = false;
            countPending = false;
            if (totalWanted) {
                totalWanted = false;
                post(RosterJob{RosterJob::Kind::Total, 0, {}, 0, {}, {}});
            }
            q->beginResetModel();
            pages.clear();
            rows = 0;
            filtered = 0;
            q->endResetModel();
            break;
        case RosterJob::Kind::Count:
            if (gen != generation)
                return;
            countPending = false;
            break;
        case RosterJob::Kind::Page:
            if (gen != generation)
                return;
            pagesPending.remove(page);
            break;
        }
        emit q->queryFailed(message);
        updateBusy();
    }
};

RosterModel::RosterModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), d(std::make_unique<Private>(this, db))
{
    d->pager = new RosterFetcher(db, d->queue, d->searchIndex, pageSize, false);
    d->counter = new RosterFetcher(db, d->queue, d->searchIndex, pageSize, true);
    connect(d->pager, &RosterFetcher::matchesReady, this,
            [this](int gen, const QList<qint64> &ids) { d->onMatches(gen, ids); });
    connect(d->pager, &RosterFetcher::firstPageReady, this,
            [this](int gen, const QList<RosterRow> &rows) { d->onFirstPage(gen, rows); });
    connect(d->pager, &RosterFetcher::pageReady, this,
            [this](int gen, int page, const QList<RosterRow> &rows) { d->onPage(gen, page, rows); });
    connect(d->counter, &RosterFetcher::countReady, this, [this](int gen, int n) { d->onCount(gen, n); });
    connect(d->counter, &RosterFetcher::totalReady, this, [this](int n) { d->onTotal(n); });
    for (RosterFetcher *worker : {d->pager, d->counter}) {
        connect(worker, &RosterFetcher::failed, this,
                [this](int gen, int kind, int page, const QString &message) { d->onFailed(gen, kind, page, message); });
    }
    d->pageThread.setObjectName(QStringLiteral("roster-pages"));
    d->countThread.setObjectName(QStringLiteral("roster-counts"));
    d->pager->moveToThread(&d->pageThread);
    d->counter->moveToThread(&d->countThread);
    d->pageThread.start();
    d->countThread.start();
    QMetaObject::invokeMethod(d->pager, &RosterFetcher::open, Qt::QueuedConnection);
    d->request();
    d->requestTotal();
}

RosterModel::~RosterModel()
{
    d->queue->clear();
    // Each connection is closed in the thread that opened it.
    QMetaObject::invokeMethod(d->pager, &RosterFetcher::close, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(d->counter, &RosterFetcher::close, Qt::BlockingQueuedConnection);
    d->pageThread.quit();
    d->countThread.quit();
    d->pageThread.wait();
    d->countThread.wait();
    delete d->pager;
    delete d->counter;
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : d->rows;
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rosterColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = static_cast<RosterColumn>(index.column());
    const RosterRow *row = d->row(index.row());
    if (!row) {
        d->requestPage(index.row() / pageSize);
        if (role == LoadedRole)
            return false;
        return {};
    }
    const TierThresholds &t = d->spec.thresholds;
    switch (role) {
    case Qt::DisplayRole: return RosterFormat::display(*row, column, t);
    case Qt::EditRole: return RosterFormat::raw(*row, column, t);
    case SortValueRole: return RosterFormat::sortValue(*row, column, t);
    case CreatorIdRole: return row->id;
    case LoadedRole: return true;
    case Qt::TextAlignmentRole:
        return RosterFormat::isNumeric(column) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                               : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        return row->doNotContact ? QVariant(QBrush(QColor(128, 128, 128))) : QVariant();
    case Qt::ToolTipRole: {
        const QString tip = RosterFormat::toolTip(*row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    default: return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= rosterColumnCount)
            return {};
        const auto column = static_cast<RosterColumn>(section);
        if (role == Qt::DisplayRole)
            return RosterColumnText::title(column);
        if (role == Qt::TextAlignmentRole && RosterFormat::isNumeric(column))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::DisplayRole && section >= 0 && section < d->rows)
        return section + 1;
    return {};
}

void RosterModel::sort(int column, Qt::SortOrder order)
{
    if (column >= rosterColumnCount)
        return;
    const int c = column < 0 ? -1 : column;
    if (c == d->spec.sortColumn && order == d->spec.order)
        return;
    d->spec.sortColumn = c;
    d->spec.order = order;
    d->request();
}

void RosterModel::setFilter(const RosterFilter &filter)
{
    if (filter == d->spec.filter)
        return;
    d->spec.filter = filter;
    d->request();
}

RosterFilter RosterModel::filter() const
{
    return d->spec.filter;
}

void RosterModel::setTierThresholds(const TierThresholds &thresholds)
{
    if (!thresholds.isValid() || thresholds == d->spec.thresholds)
        return;
    d->spec.thresholds = thresholds;
    // Filtered or sorted by tier: the rows or their order follow the thresholds, so ask again.
    if (!d->spec.filter.tiers.isEmpty() || d->spec.sortColumn == toInt(RosterColumn::Tier)) {
        d->request();
    } else if (d->rows > 0) {
        const QModelIndex first = index(0, toInt(RosterColumn::Tier));
        emit dataChanged(first, index(d->rows - 1, toInt(RosterColumn::Tier)));
    }
}

void RosterModel::refresh()
{
    d->request(true);
    d->requestTotal();
}

qint64 RosterModel::creatorId(int row) const
{
    if (row < 0 || row >= d->rows)
        return 0;
    const RosterRow *r = d->row(row);
    return r ? r->id : 0;
}

QList<qint64> RosterModel::creatorIds(const QList<QPair<int, int>> &ranges) const
{
    QList<qint64> ids;
    for (const auto &[first, last] : ranges) {
        const int from = qMax(0, first);
        const int to = qMin(last, d->rows - 1);
        if (d->idMode) {
            ids += d->matchIds.mid(from, to - from + 1);
            continue;
        }
        int row = from;
        while (row <= to) {
            if (const RosterRow *r = d->row(row)) {
                ids << r->id;
                ++row;
                continue;
            }
            // A run of rows not in memory: one query for all of them.
            int end = row;
            while (end < to && !d->row(end + 1))
                ++end;
            QVariantList binds;
            QSqlQuery q(d->db.sql());
            q.setForwardOnly(true);
            q.prepare(RosterQuery::pageSql(d->spec, d->db.dialect(), end - row + 1, row, &binds));
            for (const QVariant &v : std::as_const(binds))
                q.addBindValue(v);
            if (q.exec()) {
                while (q.next())
                    ids << q.value(0).toLongLong();
            }
            row = end + 1;
        }
    }
    return ids;
}

int RosterModel::filteredCount() const
{
    return d->filtered;
}

int RosterModel::totalCount() const
{
    return d->total;
}

bool RosterModel::isBusy() const
{
    return d->busy;
}

bool RosterModel::waitForIdle(int timeoutMs)
{
    if (!d->busy)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto conn = connect(this, &RosterModel::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    timer.start(timeoutMs);
    if (d->busy)
        loop.exec();
    disconnect(conn);
    return !d->busy;
}

} // namespace rr
