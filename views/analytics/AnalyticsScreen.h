// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/ChartData.h"

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace rr {

class AnalyticsFilterBar;
class ChartOptionsPanel;
class ChartView;
class Database;
class RankingPanel;

// Analytics (issue 5): the filters on top; the chart kinds and their options on the left; the
// chart in the middle with how it was made and its export (PNG, SVG, PDF, CSV); who performs on
// the right. Every figure comes from SQL aggregation (ChartBuilder, AnalyticsQueries).
class AnalyticsScreen : public QWidget
{
    Q_OBJECT
public:
    AnalyticsScreen(const Database &db, QWidget *parent = nullptr);

    void setMetricSettings(const MetricSettings &settings);
    // Reloads filter values and redraws (after edits elsewhere).
    void refresh();
    // Rebuilds the chart now, and the ranking when the filters changed since its last run (the
    // screen otherwise waits a moment after each change, so a burst of changes runs each once).
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

signals:
    void creatorActivated(qint64 creatorId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void scheduleRebuild();
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
    QTimer *m_rebuild = nullptr;
    bool m_loaded = false;
    bool m_rankingStale = true; // the filters (or settings) changed since the ranking last ran
    qint64 m_lastBuildMs = 0;
};

} // namespace rr
