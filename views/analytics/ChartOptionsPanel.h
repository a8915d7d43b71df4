// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/ChartData.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace rr {

class Database;

// Which chart and its options: the kind (trend, comparison, cost efficiency, a creator's follower
// history or posts), the period, grouping and rates of a trend, the grouping and metric of a
// comparison, the creator of the per-creator charts (searched by nickname or XHS ID).
class ChartOptionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartOptionsPanel(const Database &db, QWidget *parent = nullptr);

    // The request without its filter (the filter bar owns that).
    ChartRequest request() const;
    void setRequest(const ChartRequest &request);
    // Shows one creator's charts (follower history when neither creator chart is shown).
    void showCreator(qint64 creatorId);

    QListWidget *kindList() const { return m_kinds; }
    QComboBox *creatorCombo() const { return m_creator; }

signals:
    void requestChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void searchCreators();
    void setCreatorItem(qint64 creatorId);
    void changed();

    const Database &m_db;
    bool m_updating = false;
    QListWidget *m_kinds = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_groupLabel = nullptr;
    QComboBox *m_group = nullptr;
    QLabel *m_ratesLabel = nullptr;
    QComboBox *m_rates = nullptr;
    QLabel *m_compareByLabel = nullptr;
    QComboBox *m_compareBy = nullptr;
    QLabel *m_metricLabel = nullptr;
    QComboBox *m_metric = nullptr;
    QLabel *m_costHint = nullptr;
    QLabel *m_creatorLabel = nullptr;
    QComboBox *m_creator = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace rr
