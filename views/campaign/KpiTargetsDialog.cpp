// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/KpiTargetsDialog.h"

#include "campaign/KpiTargetText.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rr {

QList<Kpi> KpiTargetsDialog::targetKpis(Objective objective)
{
    QList<Kpi> kpis = CampaignKpis::kpisFor(objective);
    kpis.removeAll(Kpi::Budget);
    return kpis;
}

KpiTargetsDialog::KpiTargetsDialog(const QString &campaignName, Objective objective, const CampaignKpis &actual,
                                   const QMap<Kpi, double> &targets, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Targets: %1").arg(campaignName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Targets for the campaign's KPIs, shown against the actuals here and in the "
                                "campaign report: money in yuan (¥0.80), rates as percentages (5%), counts as "
                                "numbers (120000 or 12万). Leave a field empty for no target. Costs are met at or "
                                "below their target, everything else at or above."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>KPI</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Target</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Now</b>"), this), 0, 2);
    const QList<Kpi> headline = CampaignKpis::headlineKpis(objective);
    m_order = targetKpis(objective);
    int row = 1;
    for (Kpi kpi : std::as_const(m_order)) {
        auto *label = new QLabel(CampaignKpis::label(kpi), this);
        if (headline.contains(kpi)) {
            QFont f = label->font();
            f.setBold(true);
            label->setFont(f);
        }
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(tr("none"));
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("¥000,000.00")) * 2);
        edit->setToolTip(KpiTargetText::expected(kpi) + QLatin1Char('\n')
                         + (CampaignKpis::lowerIsBetter(kpi) ? tr("A cost: met at or below the target.")
                                                             : tr("Met at or above the target.")));
        if (const auto it = targets.constFind(kpi); it != targets.cend()) {
            edit->setText(KpiTargetText::editText(kpi, it.value()));
            m_stored.insert(kpi, {edit->text(), it.value()});
        }
        label->setBuddy(edit);
        auto *now = new QLabel(actual.formatted(kpi), this);
        now->setStyleSheet(QStringLiteral("color: palette(mid);"));
        grid->addWidget(label, row, 0);
        grid->addWidget(edit, row, 1);
        grid->addWidget(now, row, 2);
        m_edits.insert(kpi, edit);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &KpiTargetsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &KpiTargetsDialog::reject);
    layout->addWidget(buttons);
    if (!m_order.isEmpty())
        m_edits.value(m_order.first())->setFocus();
}

bool KpiTargetsDialog::read(QMap<Kpi, double> *out, QString *reason)
{
    QMap<Kpi, double> result;
    for (Kpi kpi : std::as_const(m_order)) {
        QLineEdit *edit = m_edits.value(kpi);
        // An untouched field keeps the stored value exactly (its text is rounded for reading).
        if (const auto it = m_stored.constFind(kpi); it != m_stored.cend() && it->first == edit->text()) {
            result.insert(kpi, it->second);
            continue;
        }
        const Parsed<double> parsed = KpiTargetText::parse(kpi, edit->text());
        if (parsed.state == Parsed<double>::State::Empty)
            continue;
        if (!parsed.ok() || !parsed.value) {
            *reason = parsed.note;
            edit->setFocus();
            edit->selectAll();
            return false;
        }
        result.insert(kpi, *parsed.value);
    }
    *out = result;
    return true;
}

QString KpiTargetsDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void KpiTargetsDialog::accept()
{
    QString reason;
    if (!read(&m_result, &reason)) {
        m_message->setText(reason);
        m_message->show();
        return;
    }
    m_message->hide();
    QDialog::accept();
}

} // namespace rr
