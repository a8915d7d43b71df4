// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/RatingEditor.h"

#include "domain/NumberFormat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
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
    m_form = new QFormLayout(formBox);
    m_title = new QLabel(formBox);
    m_form->addRow(m_title);
    m_brandFit = ratingBox(formBox);
    m_reliability = ratingBox(formBox);
    m_form->addRow(new QLabel(formBox), m_brandFit);
    m_form->addRow(new QLabel(formBox), m_reliability);
    m_renewal = new QComboBox(formBox);
    m_renewal->addItem(QString(), QString());
    for (Renewal r : allRenewals)
        m_renewal->addItem(QString(), CampaignText::key(r));
    m_reason = new QLineEdit(formBox);
    m_renewalRow = new QHBoxLayout;
    m_renewalRow->addWidget(m_renewal);
    m_renewalRow->addWidget(m_reason, 1);
    m_form->addRow(new QLabel(formBox), m_renewalRow);
    m_responseHours = new QDoubleSpinBox(formBox);
    m_responseHours->setRange(-1, 24 * 30);
    m_responseHours->setDecimals(1);
    m_form->addRow(new QLabel(formBox), m_responseHours);
    m_pushback = new QPlainTextEdit(formBox);
    m_pushback->setMaximumHeight(56);
    m_form->addRow(new QLabel(formBox), m_pushback);
    m_revisions = new QPlainTextEdit(formBox);
    m_revisions->setMaximumHeight(56);
    m_form->addRow(new QLabel(formBox), m_revisions);
    m_save = new QPushButton(formBox);
    m_form->addRow(QString(), m_save); // no label: the button sits under the fields
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
    retranslate();
}

void RatingEditor::retranslate()
{
    const auto label = [this](QWidget *field, QLayout *layout, const QString &text) {
        QWidget *w = field ? m_form->labelForField(field) : m_form->labelForField(layout);
        if (auto *l = qobject_cast<QLabel *>(w))
            l->setText(text);
    };
    label(m_brandFit, nullptr, tr("Brand fit (1–5)"));
    label(m_reliability, nullptr, tr("Reliability (1–5)"));
    label(nullptr, m_renewalRow, tr("Renewal interest"));
    label(m_responseHours, nullptr, tr("Response time"));
    label(m_pushback, nullptr, tr("Push-back"));
    label(m_revisions, nullptr, tr("Revisions"));
    for (QSpinBox *box : {m_brandFit, m_reliability})
        box->setSpecialValueText(tr("—", "not rated"));
    m_renewal->setItemText(0, tr("—", "no answer"));
    for (int i = 0; i < int(allRenewals.size()); ++i)
        m_renewal->setItemText(i + 1, CampaignText::label(allRenewals[size_t(i)]));
    m_reason->setPlaceholderText(tr("Why"));
    m_responseHours->setSpecialValueText(tr("—", "unknown"));
    m_responseHours->setSuffix(tr(" h"));
    m_pushback->setPlaceholderText(tr("Constructive push-back on the brief"));
    m_revisions->setPlaceholderText(tr("How revisions were handled"));
    m_save->setText(tr("Save rating"));
    showTitleAndRollup();
}

void RatingEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RatingEditor::clear()
{
    m_collaborationId = 0;
    m_creatorName.clear();
    m_rollupData = CreatorRollup();
    m_brandFit->setValue(0);
    m_reliability->setValue(0);
    m_renewal->setCurrentIndex(0);
    m_reason->clear();
    m_responseHours->setValue(-1);
    m_pushback->clear();
    m_revisions->clear();
    showTitleAndRollup();
    setEnabled(false);
}

void RatingEditor::setCollaboration(const Collaboration &c, const CreatorRollup &rollup)
{
    setEnabled(true);
    m_collaborationId = c.id;
    m_creatorName = c.creatorName;
    m_rollupData = rollup;
    m_brandFit->setValue(c.rating.brandFit.value_or(0));
    m_reliability->setValue(c.rating.reliability.value_or(0));
    m_renewal->setCurrentIndex(c.rating.renewal ? m_renewal->findData(CampaignText::key(*c.rating.renewal)) : 0);
    m_reason->setText(c.rating.renewalReason);
    m_responseHours->setValue(c.rating.responseHours.value_or(-1));
    m_pushback->setPlainText(c.rating.pushbackNotes);
    m_revisions->setPlainText(c.rating.revisionNotes);
    showTitleAndRollup();
}

void RatingEditor::showTitleAndRollup()
{
    if (m_collaborationId <= 0) {
        m_title->setText(tr("Select a collaboration to rate it."));
        m_rollup->clear();
        return;
    }
    m_title->setText(tr("How the collaboration with %1 went").arg(m_creatorName));
    const CreatorRollup &rollup = m_rollupData;
    QStringList lines;
    lines << tr("%1 across collaborations").arg(m_creatorName)
          << tr("Brand fit: %1").arg(average(rollup.brandFit, rollup.brandFitCount))
          << tr("Reliability: %1").arg(average(rollup.reliability, rollup.reliabilityCount)) << QString();
    for (const RatingHistoryEntry &e : rollup.history) {
        const QString fit = e.rating.brandFit ? QString::number(*e.rating.brandFit) : QStringLiteral("—");
        const QString rel = e.rating.reliability ? QString::number(*e.rating.reliability) : QStringLiteral("—");
        lines << tr("%1 (%2): fit %3, reliability %4%5")
                     .arg(e.campaignName, NumberFormat::date(e.campaignStart, QLocale()), fit, rel,
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
