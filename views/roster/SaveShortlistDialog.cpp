// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/SaveShortlistDialog.h"

#include "shortlist/ShortlistCommands.h"
#include "shortlist/ShortlistRepository.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
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

void SaveShortlistDialog::setUndoStack(QUndoStack *undo, ShortlistRepository *repository)
{
    m_undo = repository ? undo : nullptr;
    m_repository = undo ? repository : nullptr;
}

qint64 SaveShortlistDialog::saveDirectly(StoreError *error)
{
    ShortlistRepository repo(m_db);
    return repo.create(m_name->text(), m_purpose->toPlainText(), m_filter, m_ids, error);
}

qint64 SaveShortlistDialog::saveThroughUndo(StoreError *error)
{
    // The common refusal first, shown here rather than as the window's write-failure message.
    const QString name = m_name->text().trimmed();
    if (m_repository->nameInUse(name)) {
        *error = StoreError::make(StoreError::Code::Conflict, tr("A shortlist named “%1” already exists.").arg(name));
        return 0;
    }
    // push() runs redo(): a command that fails there is dropped by the stack, so its error is
    // taken from the repository's signal and its id read back while it is still on the stack.
    const auto connection = connect(m_repository, &ShortlistRepository::writeFailed, this,
                                    [error](const StoreError &e) { *error = e; });
    const int before = m_undo->count();
    m_undo->push(new CreateShortlistCommand(*m_repository, name, m_purpose->toPlainText(), m_filter, m_ids));
    disconnect(connection);
    if (m_undo->count() == before || m_undo->index() < 1)
        return 0;
    const auto *pushed = dynamic_cast<const CreateShortlistCommand *>(m_undo->command(m_undo->index() - 1));
    return pushed ? pushed->shortlistId() : 0;
}

void SaveShortlistDialog::accept()
{
    if (m_name->text().trimmed().isEmpty() || m_ids.isEmpty())
        return;
    StoreError error;
    const qint64 id = m_undo ? saveThroughUndo(&error) : saveDirectly(&error);
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
