// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Tier.h"
#include "roster/RosterColumns.h"
#include "roster/RosterFilter.h"

#include <QAbstractTableModel>

#include <memory>

namespace rr {

class Database;

// The creator roster as a table model over the store. Filtering, sorting and counting happen in
// SQL on a worker thread with its own connection; rows arrive in pages as the view asks for
// them, so a million creators open at once and typing a search never blocks the GUI thread.
//
// Contract for views:
// - rowCount() is the number of rows known so far: the first page appears as soon as it is read,
//   the rest when the count arrives (rowsInserted / modelReset).
// - data() for a row whose page is not loaded yet returns an empty value (LoadedRole false) and
//   schedules the page; dataChanged follows when it arrives.
// - setFilter() / sort() / refresh() are asynchronous; `busyChanged` tells when work is pending.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // `db` must outlive the model; the worker opens its own sibling connection.
    explicit RosterModel(Database &db, QObject *parent = nullptr);
    ~RosterModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const RosterFilter &filter);
    RosterFilter filter() const;
    void setTierThresholds(const TierThresholds &thresholds);

    // Reloads the current query (after edits elsewhere), keeping filter and sort.
    void refresh();

    qint64 creatorId(int row) const;  // 0 when the row is not loaded yet
    // Ids of rows [first, last] of each range, in display order. Rows not loaded yet are read
    // straight from the store on the calling thread: for actions on a whole selection.
    QList<qint64> creatorIds(const QList<QPair<int, int>> &ranges) const;
    int filteredCount() const;        // rows matching the filter (-1 while counting)
    int totalCount() const;           // all creators in the store (-1 while counting)
    bool isBusy() const;

    // Blocks until pending queries are answered (tests, benchmarks, command line). Returns false
    // on timeout.
    bool waitForIdle(int timeoutMs = 30000);

signals:
    void countsChanged(int filtered, int total);
    void busyChanged(bool busy);
    void queryFailed(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rr
