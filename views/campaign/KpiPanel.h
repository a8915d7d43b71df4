// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignKpis.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;

namespace rr {

// The KPIs of one campaign, the objective's own metrics first and larger, then the rest; under
// a KPI with a target, the target and whether it is met. "Targets…" asks for the targets dialog.
class KpiPanel : public QWidget
{
    Q_OBJECT
public:
    explicit KpiPanel(QWidget *parent = nullptr);

    void setKpis(const CampaignKpis &kpis, Objective objective, const QMap<Kpi, double> &targets = {});
    void clear();
    // The text shown for a KPI, "" when not shown (for tests).
    QString shownValue(Kpi kpi) const;
    // The target line shown under a KPI, "" when it has none.
    QString shownTarget(Kpi kpi) const;
    QPushButton *targetsButton() const { return m_targetsButton; }

signals:
    void editTargetsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Shown
    {
        Kpi kpi;
        QLabel *value = nullptr;
        QLabel *target = nullptr; // null without a target
    };
    QLabel *targetLabel(Kpi kpi, double target, const CampaignKpis &kpis);

    QGridLayout *m_grid = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_targetsButton = nullptr;
    QList<Shown> m_shown;
    // What setKpis() showed last, to word it again when the language changes.
    struct Last
    {
        CampaignKpis kpis;
        Objective objective;
        QMap<Kpi, double> targets;
    };
    std::optional<Last> m_last;
};

} // namespace rr
