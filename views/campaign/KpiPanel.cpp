// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/KpiPanel.h"

#include "campaign/KpiTargetText.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

namespace {

const QString metColour = QStringLiteral("#2e7d32");
const QString missedColour = QStringLiteral("#c62828");

} // namespace

KpiPanel::KpiPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(2);
    layout->addLayout(m_grid);
    auto *noteRow = new QHBoxLayout;
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    noteRow->addWidget(m_note, 1);
    m_targetsButton = new QPushButton(this);
    m_targetsButton->setText(tr("Targets…"));
    m_targetsButton->setToolTip(tr("Set the campaign's KPI targets; reports show each one against the actual."));
    m_targetsButton->setEnabled(false);
    noteRow->addWidget(m_targetsButton, 0, Qt::AlignTop);
    layout->addLayout(noteRow);
    connect(m_targetsButton, &QPushButton::clicked, this, &KpiPanel::editTargetsRequested);
}

void KpiPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_targetsButton->setText(tr("Targets…"));
        m_targetsButton->setToolTip(tr("Set the campaign's KPI targets; reports show each one against the actual."));
        if (m_last) {
            const Last last = *m_last; // setKpis() replaces m_last
            setKpis(last.kpis, last.objective, last.targets);
        }
    }
    QWidget::changeEvent(event);
}

void KpiPanel::clear()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shown.clear();
    m_last.reset();
    m_note->clear();
    m_targetsButton->setEnabled(false);
}

QLabel *KpiPanel::targetLabel(Kpi kpi, double target, const CampaignKpis &kpis)
{
    const QString text = KpiTargetText::display(kpi, target, QLocale());
    const std::optional<double> actual = kpis.value(kpi);
    // Short, so that seven KPIs a row leave the campaign list its width; the tooltip says it whole.
    auto *label = new QLabel(this);
    const QString rule = CampaignKpis::lowerIsBetter(kpi) ? tr("A cost: met at or below the target.")
                                                          : tr("Met at or above the target.");
    if (!actual) {
        label->setText(tr("Target %1").arg(text));
        label->setToolTip(rule);
        label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    } else if (CampaignKpis::meets(kpi, *actual, target)) {
        label->setText(tr("Target %1 ✓").arg(text));
        label->setToolTip(tr("Target met. %1").arg(rule));
        label->setStyleSheet(QStringLiteral("color: %1;").arg(metColour));
    } else {
        label->setText(tr("Target %1 ✗").arg(text));
        label->setToolTip(tr("Target not met. %1").arg(rule));
        label->setStyleSheet(QStringLiteral("color: %1;").arg(missedColour));
    }
    return label;
}

void KpiPanel::setKpis(const CampaignKpis &kpis, Objective objective, const QMap<Kpi, double> &targets)
{
    clear();
    m_last = Last{kpis, objective, targets};
    m_targetsButton->setEnabled(true);
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
        const int row = (i / kPerRow) * 3;
        m_grid->addWidget(label, row, i % kPerRow);
        m_grid->addWidget(value, row + 1, i % kPerRow);
        Shown shown{kpi, value, nullptr};
        if (const auto it = targets.constFind(kpi); it != targets.cend()) {
            shown.target = targetLabel(kpi, it.value(), kpis);
            m_grid->addWidget(shown.target, row + 2, i % kPerRow);
        }
        m_shown.append(shown);
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
    for (const Shown &s : m_shown) {
        if (s.kpi == kpi)
            return s.value->text();
    }
    return {};
}

QString KpiPanel::shownTarget(Kpi kpi) const
{
    for (const Shown &s : m_shown) {
        if (s.kpi == kpi)
            return s.target ? s.target->text() : QString();
    }
    return {};
}

} // namespace rr
