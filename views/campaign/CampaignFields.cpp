// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CampaignFields.h"

#include "domain/NumberFormat.h"

#include "import/ValueParser.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rr {

CampaignFields::CampaignFields(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(this);
    m_brand = new QLineEdit(this);
    m_product = new QLineEdit(this);
    m_objective = new QComboBox(this);
    for (Objective o : allObjectives)
        m_objective->addItem(QString(), ObjectiveText::key(o));
    m_starts = new QLineEdit(this);
    m_ends = new QLineEdit(this);
    m_budget = new QLineEdit(this);
    m_status = new QComboBox(this);
    for (CampaignStatus s : allCampaignStatuses)
        m_status->addItem(QString(), CampaignText::key(s));
    m_owner = new QLineEdit(this);
    m_closed = new QLabel(this);
    m_save = new QPushButton(this);

    int row = 0;
    auto add = [&](const char *label, QWidget *w, int column) {
        auto *l = new QLabel(this);
        m_labels.append({l, label});
        grid->addWidget(l, row, column * 2);
        grid->addWidget(w, row, column * 2 + 1);
    };
    add(QT_TR_NOOP("Name"), m_name, 0);
    add(QT_TR_NOOP("Objective"), m_objective, 1);
    add(QT_TR_NOOP("Status"), m_status, 2);
    ++row;
    add(QT_TR_NOOP("Brand"), m_brand, 0);
    add(QT_TR_NOOP("Starts"), m_starts, 1);
    add(QT_TR_NOOP("Budget"), m_budget, 2);
    ++row;
    add(QT_TR_NOOP("Product"), m_product, 0);
    add(QT_TR_NOOP("Ends"), m_ends, 1);
    add(QT_TR_NOOP("Owner"), m_owner, 2);
    ++row;
    grid->addWidget(m_closed, row, 0, 1, 4);
    grid->addWidget(m_save, row, 5);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);

    connect(m_save, &QPushButton::clicked, this, [this] {
        Campaign after;
        QString reason;
        if (edited(&after, &reason))
            emit saveRequested(after);
        else
            emit invalidInput(reason);
    });
    retranslate();
    clear();
}

void CampaignFields::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text));
    for (int i = 0; i < int(allObjectives.size()); ++i)
        m_objective->setItemText(i, ObjectiveText::label(allObjectives[size_t(i)]));
    for (int i = 0; i < int(allCampaignStatuses.size()); ++i)
        m_status->setItemText(i, CampaignText::label(allCampaignStatuses[size_t(i)]));
    m_starts->setPlaceholderText(tr("yyyy-mm-dd"));
    m_ends->setPlaceholderText(tr("yyyy-mm-dd"));
    m_budget->setPlaceholderText(tr("¥"));
    m_save->setText(tr("Save campaign"));
    showClosed();
}

void CampaignFields::showClosed()
{
    m_closed->setText(m_stored.closedOn.isValid() ? tr("Closed on %1").arg(NumberFormat::date(m_stored.closedOn, QLocale()))
                                                  : QString());
}

void CampaignFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CampaignFields::clear()
{
    m_stored = Campaign();
    for (QLineEdit *e : {m_name, m_brand, m_product, m_starts, m_ends, m_budget, m_owner})
        e->clear();
    m_closed->clear();
    setEnabled(false);
}

void CampaignFields::setCampaign(const Campaign &c)
{
    setEnabled(true);
    m_stored = c;
    m_name->setText(c.name);
    m_brand->setText(c.brand);
    m_product->setText(c.product);
    m_objective->setCurrentIndex(m_objective->findData(ObjectiveText::key(c.objective)));
    m_starts->setText(c.startsOn.toString(Qt::ISODate));
    m_ends->setText(c.endsOn.toString(Qt::ISODate));
    m_budget->setText(c.budgetFen ? QString::number(double(*c.budgetFen) / 100.0, 'f', 2) : QString());
    m_status->setCurrentIndex(m_status->findData(CampaignText::key(c.status)));
    m_owner->setText(c.owner);
    showClosed();
}

bool CampaignFields::isModified() const
{
    if (m_stored.id <= 0)
        return false;
    Campaign now;
    QString reason;
    if (!edited(&now, &reason))
        return true; // something was typed that cannot even be read
    const Campaign &was = m_stored;
    return now.name != was.name || now.brand != was.brand || now.product != was.product
        || now.objective != was.objective || now.status != was.status || now.owner != was.owner
        || now.startsOn != was.startsOn || now.endsOn != was.endsOn || now.budgetFen != was.budgetFen;
}

bool CampaignFields::edited(Campaign *out, QString *reason) const
{
    Campaign c = m_stored;
    c.name = m_name->text().trimmed();
    if (c.name.isEmpty()) {
        *reason = tr("A campaign needs a name.");
        return false;
    }
    c.brand = m_brand->text().trimmed();
    c.product = m_product->text().trimmed();
    c.objective = ObjectiveText::fromKey(m_objective->currentData().toString()).value_or(Objective::Awareness);
    c.status = CampaignText::statusFromKey(m_status->currentData().toString()).value_or(CampaignStatus::Planning);
    c.owner = m_owner->text().trimmed();
    for (auto [edit, date] : {std::pair{m_starts, &c.startsOn}, std::pair{m_ends, &c.endsOn}}) {
        const Parsed<QDate> d = ValueParser::date(edit->text().trimmed());
        if (d.state == Parsed<QDate>::State::Empty) {
            *date = QDate();
        } else if (d.ok() && d.value) {
            *date = *d.value;
        } else {
            *reason = tr("“%1” is not a date.").arg(edit->text().trimmed());
            return false;
        }
    }
    if (c.startsOn.isValid() && c.endsOn.isValid() && c.endsOn < c.startsOn) {
        *reason = tr("The campaign ends before it starts.");
        return false;
    }
    const QString budget = m_budget->text().trimmed();
    const Parsed<qint64> fen = ValueParser::moneyFen(budget);
    if (fen.state == Parsed<qint64>::State::Empty) {
        c.budgetFen.reset();
    } else if (fen.ok() && fen.value && *fen.value >= 0) {
        c.budgetFen = *fen.value;
    } else {
        *reason = tr("“%1” is not a budget.").arg(budget);
        return false;
    }
    *out = c;
    return true;
}

} // namespace rr
