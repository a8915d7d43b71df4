// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/AnalyticsWorker.h"

#include "analytics/ChartBuilder.h"
#include "store/Database.h"

#include <QElapsedTimer>

namespace rr {

AnalyticsWorker::AnalyticsWorker(const Database &main) : m_main(main)
{
}

AnalyticsWorker::~AnalyticsWorker() = default;

void AnalyticsWorker::build(int generation, const ChartRequest &request, const MetricSettings &settings)
{
    if (generation < m_latest.load())
        return; // a newer request is on its way
    if (!m_openTried) {
        m_openTried = true;
        m_db = m_main.openSibling(&m_openError); // in this thread: the connection belongs to it
    }
    if (!m_db) {
        emit unavailable(generation, m_openError);
        return;
    }
    m_db->catchUpReconnect();
    QElapsedTimer timer;
    timer.start();
    ChartData data;
    StoreError error;
    if (!ChartBuilder(*m_db, settings).build(request, &data, &error)) {
        data = {};
        if (!error.isError())
            error.code = StoreError::Code::Query;
    }
    emit built(generation, data, error, timer.elapsed());
}

void AnalyticsWorker::close()
{
    m_db.reset();
    m_openTried = false;
}

} // namespace rr
