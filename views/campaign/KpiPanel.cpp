// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/KpiPanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rr {

KpiPanel::KpiPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(18);
    layout->addLayout(m_grid);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_note);
}

void KpiPanel::clear()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_values.clear();
    m_note->clear();
}

void KpiPanel::setKpis(const CampaignKpis &kpis, Objective objective)
{
    clear();
    const QList<Kpi> headline = CampaignKpis::headlineKpis(objective);
    const QList<Kpi> all = CampaignKpis::kpisFor(objective);
    constexpr int kPerRow = 7;
    for (int i = 0; i < all.size(); ++i) {
        const Kpi kpi = all.at(i);
        const bool lead = headline.contains(kpi);
        auto *label = new QLabel(CampaignKpis::label(kpi), this);
        auto *value = new QLabel(kpis.formatted(kpi), this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont f = value->font();
        f.setBold(lead);
        if (lead)
            f.setPointSizeF(f.pointSizeF() * 1.35);
        value->setFont(f);
        const int row = (i / kPerRow) * 2;
        m_grid->addWidget(label, row, i % kPerRow);
        m_grid->addWidget(value, row + 1, i % kPerRow);
        m_values.append({kpi, value});
    }
    QStringList notes;
    notes << tr("Objective %1: its metrics lead. Totals sum each post's latest reading; "
                "\"—\" is unknown (a missing count or a zero denominator).")
                 .arg(ObjectiveText::label(objective));
    if (kpis.unmeasuredPosts() > 0)
        notes << tr("%n post(s) without any reading are left out.", nullptr, kpis.unmeasuredPosts());
    m_note->setText(notes.join(QLatin1Char(' ')));
}

QString KpiPanel::shownValue(Kpi kpi) const
{
    for (const auto &pair : m_values) {
        if (pair.first == kpi)
            return pair.second->text();
    }
    return {};
}

} // namespace rr
