// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/ChartData.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QThread;
class QTimer;
class QToolButton;

namespace rr {

class AnalyticsFilterBar;
class AnalyticsWorker;
class ChartOptionsPanel;
class ChartView;
class Database;
class RankingPanel;

// Analytics (issue 5): the filters on top; the chart kinds and their options on the left; the
// chart in the middle with how it was made and its export (PNG, SVG, PDF, CSV); who performs on
// the right. Every figure comes from SQL aggregation (ChartBuilder, AnalyticsQueries).
// After a filter or option change the screen waits a moment (a burst of changes builds once),
// then builds the chart on a worker thread with its own connection while the old chart stays
// on screen; the newest request wins. rebuildNow(), refresh() and showCreator() build at once.
class AnalyticsScreen : public QWidget
{
    Q_OBJECT
public:
    AnalyticsScreen(const Database &db, QWidget *parent = nullptr);
    // Waits for a chart being built on the worker thread (its statement finishes first).
    ~AnalyticsScreen() override;

    void setMetricSettings(const MetricSettings &settings);
    // Reloads filter values and redraws (after edits elsewhere).
    void refresh();
    // The data changed elsewhere: rebuilt now if shown, else when next shown.
    void markStale();
    // Rebuilds the chart now, on this thread, and the ranking when the filters changed since its
    // last run (the screen otherwise waits a moment after each change, so a burst of changes runs
    // each once). A chart still being built in the background is dropped.
    void rebuildNow();
    // Shows a creator's charts.
    void showCreator(qint64 creatorId);
    // Writes the current chart (PNG, SVG, PDF by suffix) or its data (CSV).
    bool exportTo(const QString &fileName, QString *error = nullptr);

    AnalyticsFilterBar *filterBar() const { return m_filters; }
    ChartOptionsPanel *options() const { return m_options; }
    ChartView *chartView() const { return m_chart; }
    RankingPanel *rankingPanel() const { return m_ranking; }
    ChartRequest request() const;
    // Milliseconds the last chart took to build (SQL and series), for the status line.
    qint64 lastBuildMs() const { return m_lastBuildMs; }
    QString message() const;
    // True while a chart is being built in the background (the old one still shows).
    bool isBuilding() const { return m_building; }
    // Whether the chart on screen was built on the worker thread (false: on this one).
    bool lastBuiltInBackground() const { return m_lastInBackground; }

signals:
    void creatorActivated(qint64 creatorId);
    // A newly built chart is on screen (lastBuildMs() says how long it took).
    void chartUpdated();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void scheduleRebuild();
    void rebuildInBackground(); // the debounce timer's end
    // Runs the ranking if stale; false (with the chart cleared) when the request needs a creator.
    bool prepareBuild(const ChartRequest &r);
    void buildHere(const ChartRequest &r);
    void startWorker();
    void setBuilding(bool building);
    void onBuilt(int generation, const ChartData &built, const StoreError &error, qint64 elapsedMs);
    void onWorkerUnavailable(int generation);
    void applyChart(const ChartData &built, const StoreError &error, qint64 elapsedMs, bool inBackground);
    void chooseExport();

    const Database &m_db;
    MetricSettings m_settings;
    AnalyticsFilterBar *m_filters = nullptr;
    ChartOptionsPanel *m_options = nullptr;
    ChartView *m_chart = nullptr;
    RankingPanel *m_ranking = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_export = nullptr;
    QProgressBar *m_busy = nullptr;
    QTimer *m_rebuild = nullptr;
    QThread *m_thread = nullptr;          // started on the first background build
    AnalyticsWorker *m_worker = nullptr;  // lives in m_thread; deleted by the destructor
    bool m_workerUsable = true;           // false once the worker could not open a connection
    bool m_building = false;
    bool m_lastInBackground = false;
    int m_generation = 0;                 // of the latest request; older results are dropped
    bool m_loaded = false;
    bool m_rankingStale = true; // the filters (or settings) changed since the ranking last ran
    qint64 m_lastBuildMs = 0;
};

} // namespace rr
