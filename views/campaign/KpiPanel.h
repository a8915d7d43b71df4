// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignKpis.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace rr {

// The KPIs of one campaign, the objective's own metrics first and larger, then the rest.
class KpiPanel : public QWidget
{
    Q_OBJECT
public:
    explicit KpiPanel(QWidget *parent = nullptr);

    void setKpis(const CampaignKpis &kpis, Objective objective);
    void clear();
    // The text shown for a KPI, "" when not shown (for tests).
    QString shownValue(Kpi kpi) const;

private:
    QGridLayout *m_grid = nullptr;
    QLabel *m_note = nullptr;
    QList<QPair<Kpi, QLabel *>> m_values;
};

} // namespace rr
