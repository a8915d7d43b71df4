// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/SaveShortlistDialog.h"

#include "shortlist/ShortlistRepository.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

SaveShortlistDialog::SaveShortlistDialog(Database &db, const RosterFilter &filter, const QList<qint64> &creatorIds,
                                         QWidget *parent)
    : QDialog(parent), m_db(db), m_filter(filter), m_ids(creatorIds)
{
    setWindowTitle(tr("Save as Shortlist"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("shortlistName"));
    m_name->setPlaceholderText(tr("e.g. Q3 sunscreen seeding"));
    m_name->setMaxLength(200);
    m_purpose = new QPlainTextEdit(this);
    m_purpose->setObjectName(QStringLiteral("shortlistPurpose"));
    m_purpose->setPlaceholderText(tr("What the list is for: campaign, brief, who asked for it"));
    m_purpose->setTabChangesFocus(true);
    m_purpose->setFixedHeight(m_purpose->fontMetrics().lineSpacing() * 3 + 14);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("shortlistCount"));
    m_count->setWordWrap(true);
    const int n = int(m_ids.size());
    m_count->setText(filter.isEmpty()
                         ? tr("%n creator(s) will be saved: the whole roster, no filter is set.", nullptr, n)
                         : tr("%n creator(s) matching the current filter will be saved.", nullptr, n));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("shortlistError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SaveShortlistDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveShortlistDialog::updateState);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *purposeLabel = new QLabel(tr("&Purpose:"), this);
    purposeLabel->setBuddy(m_purpose);
    form->addRow(nameLabel, m_name);
    form->addRow(purposeLabel, m_purpose);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(460, sizeHint().height());
    updateState();
}

void SaveShortlistDialog::updateState()
{
    const bool ok = !m_name->text().trimmed().isEmpty() && !m_ids.isEmpty();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    m_error->hide();
}

void SaveShortlistDialog::accept()
{
    if (m_name->text().trimmed().isEmpty() || m_ids.isEmpty())
        return;
    ShortlistRepository repo(m_db);
    StoreError error;
    const qint64 id = repo.create(m_name->text(), m_purpose->toPlainText(), m_filter, m_ids, &error);
    if (id <= 0) {
        m_error->setText(error.message);
        m_error->show();
        m_name->setFocus();
        m_name->selectAll();
        return;
    }
    m_shortlistId = id;
    emit shortlistSaved(id, int(m_ids.size()));
    QDialog::accept();
}

} // namespace rr
