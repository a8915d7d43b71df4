// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignKpis.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;

namespace rr {

// Enters a campaign's KPI targets: one field per KPI, the objective's own first, each beside the
// current actual; empty means no target. Money in yuan, ratios as percentages, counts as numbers
// (1.2万 and 12K read too). OK is refused, with the field and what it expects, while a field
// cannot be read.
class KpiTargetsDialog : public QDialog
{
    Q_OBJECT
public:
    KpiTargetsDialog(const QString &campaignName, Objective objective, const CampaignKpis &actual,
                     const QMap<Kpi, double> &targets, QWidget *parent = nullptr);

    // The KPIs that take a target (the budget is a campaign field, not a target).
    static QList<Kpi> targetKpis(Objective objective);

    // The targets as entered; false with the reason (and the field focused) when one is unreadable.
    bool read(QMap<Kpi, double> *out, QString *reason);
    QMap<Kpi, double> targets() const { return m_result; }
    QLineEdit *edit(Kpi kpi) const { return m_edits.value(kpi); }
    QString message() const;

    void accept() override;

private:
    QMap<Kpi, QLineEdit *> m_edits;
    QList<Kpi> m_order;
    QLabel *m_message = nullptr;
    QMap<Kpi, double> m_result;
    QMap<Kpi, QPair<QString, double>> m_stored; // the text each stored target was shown as, and its value
};

} // namespace rr
