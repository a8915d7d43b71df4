// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalyticsFilter.h"
#include "domain/Metrics.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace rr {

class Database;
class RankingModel;

// "Who performs": a ranking (save rate, engagement rate, CPE, reliability) with its minimum
// sample stated, and "find similar" for the selected creator: same category and tier, stated
// engagement rate in a band, optionally the same city, not yet worked with.
class RankingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RankingPanel(const Database &db, QWidget *parent = nullptr);

    // Sets the filter and re-runs the ranking at once (AnalyticsScreen defers this to its rebuild).
    void setFilter(const AnalyticsFilter &filter);
    AnalyticsFilter filter() const { return m_filter; }
    void setMetricSettings(const MetricSettings &settings);
    // Re-runs the ranking SQL with the current filter, order and minimum sample.
    void refresh();
    // Lists creators similar to `creatorId` in the second table.
    void findSimilar(qint64 creatorId);

    RankingModel *rankingModel() const { return m_ranking; }
    RankingModel *similarModel() const { return m_similar; }
    QComboBox *rankByCombo() const { return m_by; }
    QSpinBox *minSampleSpin() const { return m_minSample; }
    QString message() const;

signals:
    void creatorActivated(qint64 creatorId);
    // After each run of the ranking (refresh()), successful or not.
    void rankingRefreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateRule();
    void findSimilarToSelected();

    const Database &m_db;
    AnalyticsFilter m_filter;
    MetricSettings m_settings;
    RankingModel *m_ranking = nullptr;
    RankingModel *m_similar = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_by = nullptr;
    QLabel *m_minLabel = nullptr;
    QSpinBox *m_minSample = nullptr;
    QLabel *m_rule = nullptr;
    QTableView *m_rankView = nullptr;
    QLabel *m_similarTitle = nullptr;
    QPushButton *m_similarButton = nullptr;
    QLabel *m_bandLabel = nullptr;
    QDoubleSpinBox *m_band = nullptr;
    QCheckBox *m_sameCity = nullptr;
    QTableView *m_similarView = nullptr;
    QLabel *m_message = nullptr;
    qint64 m_similarTo = 0;
};

} // namespace rr
