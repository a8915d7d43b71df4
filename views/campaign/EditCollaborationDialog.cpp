// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/EditCollaborationDialog.h"

#include "campaign/CollaborationInputs.h"
#include "campaign/InputFlags.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace rr {

namespace {
const QDate kNoDate(2000, 1, 1); // the date edit's minimum, shown as "no date"
}

EditCollaborationDialog::EditCollaborationDialog(const Collaboration &c, QWidget *parent)
    : QDialog(parent), m_original(c)
{
    setWindowTitle(tr("Edit collaboration with %1").arg(c.creatorName));
    auto *form = new QFormLayout(this);
    m_fee = CollaborationInputs::feeBox(this, true);
    CollaborationInputs::setFeeFen(m_fee, c.feeFen);
    form->addRow(tr("Fee:"), m_fee);
    m_format = CollaborationInputs::formatBox(this, true);
    CollaborationInputs::setFormat(m_format, c.format);
    form->addRow(tr("Format:"), m_format);
    m_contracted = new QSpinBox(this);
    m_contracted->setRange(0, 999);
    m_contracted->setValue(c.contractedPosts);
    form->addRow(tr("Contracted posts:"), m_contracted);
    m_delivered = new QSpinBox(this);
    m_delivered->setRange(0, 999);
    m_delivered->setValue(c.deliveredPosts);
    form->addRow(tr("Delivered posts:"), m_delivered);
    m_due = new QDateEdit(this);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setMinimumDate(kNoDate);
    m_due->setSpecialValueText(tr("no date"));
    m_due->setDate(c.dueOn.isValid() ? c.dueOn : kNoDate);
    form->addRow(tr("Due:"), m_due);
    m_status = CollaborationInputs::statusBox(this);
    CollaborationInputs::setStatus(m_status, c.status);
    form->addRow(tr("Status:"), m_status);
    m_notes = new QPlainTextEdit(c.notes, this);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("Notes:"), m_notes);
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: #c62828;"));
    form->addRow(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_contracted, &QSpinBox::valueChanged, this, &EditCollaborationDialog::validate);
    connect(m_delivered, &QSpinBox::valueChanged, this, &EditCollaborationDialog::validate);
    validate();
}

Collaboration EditCollaborationDialog::collaboration() const
{
    Collaboration c = m_original;
    c.feeFen = CollaborationInputs::feeFen(m_fee);
    c.format = CollaborationInputs::format(m_format);
    c.contractedPosts = m_contracted->value();
    c.deliveredPosts = m_delivered->value();
    c.dueOn = m_due->date() == kNoDate ? QDate() : m_due->date();
    c.status = CollaborationInputs::status(m_status);
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

QString EditCollaborationDialog::refusal() const
{
    const Collaboration c = collaboration();
    if (const auto flag = InputFlags::fee(c.feeFen))
        return flag->reason;
    if (const auto flag = InputFlags::delivered(c.deliveredPosts, c.contractedPosts))
        return flag->reason;
    return {};
}

void EditCollaborationDialog::validate()
{
    const QString reason = refusal();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}

} // namespace rr
