// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/DeliverableDialog.h"

#include "domain/NumberFormat.h"

#include "campaign/CollaborationInputs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace rr {

DeliverableDialog::DeliverableDialog(const Deliverable &d, const QList<Post> &posts, QWidget *parent)
    : QDialog(parent), m_original(d)
{
    setWindowTitle(d.id > 0 ? tr("Edit deliverable") : tr("Add deliverable"));
    auto *form = new QFormLayout(this);
    m_format = CollaborationInputs::formatBox(this, false);
    CollaborationInputs::setFormat(m_format, d.format);
    form->addRow(tr("Format:"), m_format);
    m_due = new QDateEdit(this);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setDate(d.dueOn.isValid() ? d.dueOn : QDate::currentDate());
    form->addRow(tr("Due:"), m_due);
    m_post = new QComboBox(this);
    m_post->addItem(tr("Not delivered yet"), qint64(0));
    for (const Post &p : posts) {
        const QString title = p.title.isEmpty() ? p.url : p.title;
        m_post->addItem(tr("%1 (%2)").arg(title, NumberFormat::date(p.publishedOn, QLocale())), p.id);
    }
    const int current = m_post->findData(d.postId);
    m_post->setCurrentIndex(current >= 0 ? current : 0);
    form->addRow(tr("Delivered by:"), m_post);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Deliverable DeliverableDialog::deliverable() const
{
    Deliverable d = m_original;
    d.format = CollaborationInputs::format(m_format).value_or(ContentFormat::Image);
    d.dueOn = m_due->date();
    d.postId = m_post->currentData().toLongLong();
    return d;
}

} // namespace rr
