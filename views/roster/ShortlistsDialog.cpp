// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/ShortlistsDialog.h"

#include "Icons.h"
#include "shortlist/ShortlistCommands.h"
#include "shortlist/ShortlistRepository.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rr {

namespace {

constexpr int idRole = Qt::UserRole + 1;

enum class ShortlistColumn { Name, Creators, Purpose, CreatedBy, Created, Count };
constexpr int col(ShortlistColumn c) { return static_cast<int>(c); }

QString shownTime(const QString &isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : isoUtc;
}

} // namespace

CampaignPickerDialog::CampaignPickerDialog(Database &db, const QString &shortlistName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add to Campaign"));
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("campaignPicker"));
    ShortlistRepository repo(db);
    StoreError error;
    for (const CampaignChoice &c : repo.campaigns(&error)) {
        QString text = c.brand.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.brand);
        if (c.status == QLatin1String("closed"))
            text = tr("%1 — closed").arg(text);
        m_combo->addItem(text, c.id);
    }
    auto *intro = new QLabel(tr("Add the creators of “%1” to this campaign as planned collaborations. "
                                "Creators already in the campaign are left as they are.").arg(shortlistName), this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_combo->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Campaign:"), m_combo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (m_combo->count() == 0) {
        auto *none = new QLabel(error ? error.message : tr("There are no campaigns yet: create one first."), this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

qint64 CampaignPickerDialog::campaignId() const
{
    return m_combo->currentData().toLongLong();
}

QString CampaignPickerDialog::campaignName() const
{
    return m_combo->currentText();
}

ShortlistsDialog::ShortlistsDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Shortlists"));
    m_ownRepo = new ShortlistRepository(db, this);
    m_repo = m_ownRepo;
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("shortlistTable"));
    m_table->setColumnCount(col(ShortlistColumn::Count));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Creators"), tr("Purpose"), tr("Created by"), tr("Created")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(col(ShortlistColumn::Purpose), QHeaderView::Stretch);
    m_table->setColumnWidth(col(ShortlistColumn::Name), 200);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("shortlistMessage"));
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_show = buttons->addButton(tr("&Show in Roster"), QDialogButtonBox::ActionRole);
    m_show->setIcon(themedIcon(QStringLiteral("filter")));
    m_addToCampaign = buttons->addButton(tr("&Add to Campaign…"), QDialogButtonBox::ActionRole);
    m_addToCampaign->setObjectName(QStringLiteral("addToCampaignButton"));
    m_addToCampaign->setIcon(themedIcon(QStringLiteral("speakerphone")));
    m_delete = buttons->addButton(tr("&Delete…"), QDialogButtonBox::ActionRole);
    m_delete->setIcon(themedIcon(QStringLiteral("trash")));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentShortlistId())
            emit showInRoster(id);
    });
    connect(m_addToCampaign, &QPushButton::clicked, this, &ShortlistsDialog::chooseCampaign);
    connect(m_delete, &QPushButton::clicked, this, &ShortlistsDialog::confirmRemove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ShortlistsDialog::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        if (const qint64 id = currentShortlistId())
            emit showInRoster(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 400);
    reload();
}

ShortlistsDialog::~ShortlistsDialog() = default;

void ShortlistsDialog::setUndoStack(QUndoStack *undo, ShortlistRepository *repository)
{
    if (m_repo != m_ownRepo)
        disconnect(m_repo, nullptr, this, nullptr);
    m_undo = repository ? undo : nullptr;
    m_repo = m_undo ? repository : m_ownRepo;
    if (m_repo != m_ownRepo) // an undo or redo from the window's Edit menu shows here at once
        connect(m_repo, &ShortlistRepository::shortlistsChanged, this, &ShortlistsDialog::reload);
    reload();
}

void ShortlistsDialog::reload()
{
    const qint64 keep = currentShortlistId();
    StoreError error;
    const QList<ShortlistInfo> lists = m_repo->list(&error);
    m_table->setRowCount(0);
    if (error)
        m_message->setText(error.message);
    const QLocale locale;
    for (const ShortlistInfo &s : lists) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(s.name);
        name->setData(idRole, s.id);
        m_table->setItem(row, col(ShortlistColumn::Name), name);
        auto *count = new QTableWidgetItem(locale.toString(s.memberCount));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, col(ShortlistColumn::Creators), count);
        auto *purpose = new QTableWidgetItem(s.purpose.simplified());
        purpose->setToolTip(s.purpose);
        m_table->setItem(row, col(ShortlistColumn::Purpose), purpose);
        m_table->setItem(row, col(ShortlistColumn::CreatedBy), new QTableWidgetItem(s.createdBy));
        m_table->setItem(row, col(ShortlistColumn::Created), new QTableWidgetItem(shownTime(s.createdAt)));
    }
    const QString none = tr("No shortlists yet. Filter the roster and choose Save as Shortlist…");
    if (lists.isEmpty() && !error)
        m_message->setText(none);
    else if (m_message->text() == none) // a redo or undo brought one back
        m_message->clear();
    setCurrentShortlist(keep);
    updateButtons();
}

qint64 ShortlistsDialog::currentShortlistId() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, col(ShortlistColumn::Name)) : nullptr;
    return item && item->isSelected() ? item->data(idRole).toLongLong() : 0;
}

void ShortlistsDialog::setCurrentShortlist(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, col(ShortlistColumn::Name))->data(idRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

QString ShortlistsDialog::lastMessage() const
{
    return m_message->text();
}

QString ShortlistsDialog::nameOf(qint64 shortlistId) const
{
    const auto info = m_repo->find(shortlistId);
    return info ? info->name : QString();
}

QString ShortlistsDialog::campaignNameOf(qint64 campaignId) const
{
    for (const CampaignChoice &c : m_repo->campaigns()) {
        if (c.id == campaignId)
            return c.name;
    }
    return {};
}

void ShortlistsDialog::updateButtons()
{
    const bool any = currentShortlistId() > 0;
    m_show->setEnabled(any);
    m_addToCampaign->setEnabled(any);
    m_delete->setEnabled(any);
}

bool ShortlistsDialog::addToCampaign(qint64 shortlistId, qint64 campaignId)
{
    AddToCampaignResult r;
    StoreError error;
    if (m_undo) {
        // push() runs redo(); a failed command is dropped, its error arrives by the signal.
        const auto connection = connect(m_repo, &ShortlistRepository::writeFailed, this,
                                        [&error](const StoreError &e) { error = e; });
        auto *command = new AddShortlistToCampaignCommand(*m_repo, shortlistId, campaignId, nameOf(shortlistId),
                                                          campaignNameOf(campaignId));
        const int before = m_undo->count();
        m_undo->push(command);
        disconnect(connection);
        if (m_undo->count() > before)
            r = command->result();
        else if (!error.isError())
            error = StoreError::make(StoreError::Code::Query, tr("The step could not be recorded."));
    } else {
        m_repo->addToCampaign(shortlistId, campaignId, &r, &error);
    }
    if (error.isError()) {
        m_message->setText(tr("Nothing was added: %1").arg(error.message));
        return false;
    }
    QString text = tr("Added %n creator(s) to the campaign as planned collaborations.", nullptr, r.added);
    if (r.alreadyThere > 0)
        text += QLatin1Char(' ') + tr("%n creator(s) were already in it and were left as they are.", nullptr, r.alreadyThere);
    m_message->setText(text);
    if (r.added > 0)
        emit collaborationsAdded(campaignId, r.added);
    return true;
}

bool ShortlistsDialog::removeShortlist(qint64 shortlistId)
{
    const QString name = nameOf(shortlistId);
    StoreError error;
    if (m_undo) {
        auto *command = new RemoveShortlistCommand(*m_repo, shortlistId);
        if (!command->isValid()) {
            error = command->lastError().isError()
                        ? command->lastError()
                        : StoreError::make(StoreError::Code::NotFound, tr("The shortlist no longer exists."));
            delete command;
        } else {
            const auto connection = connect(m_repo, &ShortlistRepository::writeFailed, this,
                                            [&error](const StoreError &e) { error = e; });
            m_undo->push(command);
            disconnect(connection);
        }
    } else {
        m_repo->remove(shortlistId, &error);
    }
    if (error.isError()) {
        m_message->setText(error.message);
        return false;
    }
    reload();
    m_message->setText(tr("Deleted the shortlist “%1”. Its creators are still in the roster.").arg(name));
    return true;
}

void ShortlistsDialog::chooseCampaign()
{
    const qint64 id = currentShortlistId();
    if (!id)
        return;
    CampaignPickerDialog picker(m_db, nameOf(id), this);
    if (picker.exec() != QDialog::Accepted || picker.campaignId() <= 0)
        return;
    if (addToCampaign(id, picker.campaignId()))
        reload();
}

void ShortlistsDialog::confirmRemove()
{
    const qint64 id = currentShortlistId();
    if (!id)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Shortlist"),
        tr("Delete the shortlist “%1”? The creators stay in the roster; only the list goes.").arg(nameOf(id)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removeShortlist(id);
}

} // namespace rr
