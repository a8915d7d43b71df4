// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/RatingEditor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace rr {

namespace {
QSpinBox *ratingBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 5);
    box->setSpecialValueText(RatingEditor::tr("—", "not rated"));
    return box;
}

QString average(std::optional<double> v, int count)
{
    if (!v)
        return QStringLiteral("—");
    return RatingEditor::tr("%1 (%n rating(s))", nullptr, count).arg(QLocale().toString(*v, 'f', 1));
}
} // namespace

RatingEditor::RatingEditor(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *formBox = new QWidget(this);
    auto *form = new QFormLayout(formBox);
    m_title = new QLabel(formBox);
    form->addRow(m_title);
    m_brandFit = ratingBox(formBox);
    m_reliability = ratingBox(formBox);
    form->addRow(tr("Brand fit (1–5)"), m_brandFit);
    form->addRow(tr("Reliability (1–5)"), m_reliability);
    m_renewal = new QComboBox(formBox);
    m_renewal->addItem(tr("—", "no answer"), QString());
    for (Renewal r : allRenewals)
        m_renewal->addItem(CampaignText::label(r), CampaignText::key(r));
    m_reason = new QLineEdit(formBox);
    m_reason->setPlaceholderText(tr("Why"));
    auto *renewalRow = new QHBoxLayout;
    renewalRow->addWidget(m_renewal);
    renewalRow->addWidget(m_reason, 1);
    form->addRow(tr("Renewal interest"), renewalRow);
    m_responseHours = new QDoubleSpinBox(formBox);
    m_responseHours->setRange(-1, 24 * 30);
    m_responseHours->setDecimals(1);
    m_responseHours->setSpecialValueText(tr("—", "unknown"));
    m_responseHours->setSuffix(tr(" h"));
    form->addRow(tr("Response time"), m_responseHours);
    m_pushback = new QPlainTextEdit(formBox);
    m_pushback->setPlaceholderText(tr("Constructive push-back on the brief"));
    m_pushback->setMaximumHeight(56);
    form->addRow(tr("Push-back"), m_pushback);
    m_revisions = new QPlainTextEdit(formBox);
    m_revisions->setPlaceholderText(tr("How revisions were handled"));
    m_revisions->setMaximumHeight(56);
    form->addRow(tr("Revisions"), m_revisions);
    m_save = new QPushButton(tr("Save rating"), formBox);
    form->addRow(QString(), m_save);
    outer->addWidget(formBox, 2);

    m_rollup = new QLabel(this);
    m_rollup->setWordWrap(true);
    m_rollup->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_rollup->setTextFormat(Qt::PlainText);
    outer->addWidget(m_rollup, 1);

    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_collaborationId > 0)
            emit ratingSubmitted(m_collaborationId, rating());
    });
    clear();
}

void RatingEditor::clear()
{
    m_collaborationId = 0;
    m_title->setText(tr("Select a collaboration to rate it."));
    m_brandFit->setValue(0);
    m_reliability->setValue(0);
    m_renewal->setCurrentIndex(0);
    m_reason->clear();
    m_responseHours->setValue(-1);
    m_pushback->clear();
    m_revisions->clear();
    m_rollup->clear();
    setEnabled(false);
}

void RatingEditor::setCollaboration(const Collaboration &c, const CreatorRollup &rollup)
{
    setEnabled(true);
    m_collaborationId = c.id;
    m_title->setText(tr("How the collaboration with %1 went").arg(c.creatorName));
    m_brandFit->setValue(c.rating.brandFit.value_or(0));
    m_reliability->setValue(c.rating.reliability.value_or(0));
    m_renewal->setCurrentIndex(c.rating.renewal ? m_renewal->findData(CampaignText::key(*c.rating.renewal)) : 0);
    m_reason->setText(c.rating.renewalReason);
    m_responseHours->setValue(c.rating.responseHours.value_or(-1));
    m_pushback->setPlainText(c.rating.pushbackNotes);
    m_revisions->setPlainText(c.rating.revisionNotes);

    QStringList lines;
    lines << tr("%1 across collaborations").arg(c.creatorName)
          << tr("Brand fit: %1").arg(average(rollup.brandFit, rollup.brandFitCount))
          << tr("Reliability: %1").arg(average(rollup.reliability, rollup.reliabilityCount)) << QString();
    for (const RatingHistoryEntry &e : rollup.history) {
        const QString fit = e.rating.brandFit ? QString::number(*e.rating.brandFit) : QStringLiteral("—");
        const QString rel = e.rating.reliability ? QString::number(*e.rating.reliability) : QStringLiteral("—");
        lines << tr("%1 (%2): fit %3, reliability %4%5")
                     .arg(e.campaignName, e.campaignStart.toString(Qt::ISODate), fit, rel,
                          e.rating.renewal ? tr(", renewal %1").arg(CampaignText::label(*e.rating.renewal)) : QString());
    }
    m_rollup->setText(lines.join(QLatin1Char('\n')));
}

CollaborationRating RatingEditor::rating() const
{
    CollaborationRating r;
    if (m_brandFit->value() > 0)
        r.brandFit = m_brandFit->value();
    if (m_reliability->value() > 0)
        r.reliability = m_reliability->value();
    r.renewal = CampaignText::renewalFromKey(m_renewal->currentData().toString());
    r.renewalReason = m_reason->text().trimmed();
    if (m_responseHours->value() >= 0)
        r.responseHours = m_responseHours->value();
    r.pushbackNotes = m_pushback->toPlainText().trimmed();
    r.revisionNotes = m_revisions->toPlainText().trimmed();
    return r;
}

} // namespace rr
