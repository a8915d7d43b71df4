// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/ChartData.h"
#include "domain/Metrics.h"
#include "store/StoreError.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace rr {

class Database;

// Builds charts (ChartBuilder) on the analytics screen's worker thread, with its own connection
// (Database::openSibling()) opened there on the first request and closed there by close().
// Requests carry a generation: one older than the latest announced by supersede() is skipped
// without running its SQL, so after a burst of filter changes only the last one is built.
class AnalyticsWorker : public QObject
{
    Q_OBJECT
public:
    explicit AnalyticsWorker(const Database &main);
    ~AnalyticsWorker() override;

    // Thread-safe: marks every request older than `generation` as stale.
    void supersede(int generation) { m_latest.store(generation); }

public slots:
    // Run in the worker thread (queued).
    void build(int generation, const rr::ChartRequest &request, const rr::MetricSettings &settings);
    void close();

signals:
    // The chart of request `generation`; `error` is set (and `data` empty) when it failed.
    void built(int generation, const rr::ChartData &data, const rr::StoreError &error, qint64 elapsedMs);
    // No connection could be opened for this thread: the screen builds on its own connection.
    void unavailable(int generation, const rr::StoreError &error);

private:
    const Database &m_main;
    std::unique_ptr<Database> m_db;
    StoreError m_openError;
    bool m_openTried = false;
    std::atomic<int> m_latest{0};
};

} // namespace rr
