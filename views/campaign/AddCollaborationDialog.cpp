// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/AddCollaborationDialog.h"

#include "campaign/CollaborationInputs.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rr {

namespace {
enum class ResultCol { Creator, Handle, Followers, Count };
enum class PickedCol { Creator, Fee, Format, Status, Count };

QString displayName(const CreatorHit &h)
{
    return h.nickname.isEmpty() ? h.handle : h.nickname;
}
} // namespace

AddCollaborationDialog::AddCollaborationDialog(Database &db, qint64 campaignId, QWidget *parent)
    : QDialog(parent), m_db(db), m_campaignId(campaignId), m_inCampaign(CreatorSearch::inCampaign(db, campaignId))
{
    setWindowTitle(tr("Add creators to the campaign"));
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by nickname or XHS ID…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_resultTable = new QTableWidget(0, int(ResultCol::Count), this);
    m_resultTable->setHorizontalHeaderLabels({tr("Creator"), tr("XHS ID"), tr("Followers")});
    m_resultTable->verticalHeader()->hide();
    m_resultTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_resultTable->horizontalHeader()->setSectionResizeMode(int(ResultCol::Creator), QHeaderView::Stretch);
    layout->addWidget(m_resultTable, 3);
    m_resultNote = new QLabel(this);
    m_resultNote->setWordWrap(true);
    layout->addWidget(m_resultNote);

    layout->addWidget(new QLabel(tr("To add (fee in yuan):"), this));
    m_picked = new QTableWidget(0, int(PickedCol::Count), this);
    m_picked->setHorizontalHeaderLabels({tr("Creator"), tr("Fee"), tr("Format"), tr("Status")});
    m_picked->verticalHeader()->hide();
    m_picked->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_picked->horizontalHeader()->setSectionResizeMode(int(PickedCol::Creator), QHeaderView::Stretch);
    layout->addWidget(m_picked, 2);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &AddCollaborationDialog::runSearch);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &AddCollaborationDialog::runSearch);
    connect(m_resultTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != int(ResultCol::Creator))
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (item->checkState() == Qt::Checked)
            pick(id);
        else
            unpick(id);
    });
    resize(640, 560);
    showResults();
    updateButtons();
}

void AddCollaborationDialog::search(const QString &text)
{
    m_search->setText(text);
    runSearch();
}

void AddCollaborationDialog::runSearch()
{
    m_debounce->stop();
    StoreError error;
    m_results = CreatorSearch::find(m_db, m_search->text(), CreatorSearch::kDefaultLimit, &error);
    showResults();
    if (error.isError())
        m_resultNote->setText(error.message);
}

void AddCollaborationDialog::showResults()
{
    const QSignalBlocker block(m_resultTable);
    m_resultTable->setRowCount(int(m_results.size()));
    const QLocale locale;
    for (int row = 0; row < m_results.size(); ++row) {
        const CreatorHit &h = m_results.at(row);
        const bool already = m_inCampaign.contains(h.id);
        auto *name = new QTableWidgetItem(already ? tr("%1 (already in the campaign)").arg(displayName(h)) : displayName(h));
        name->setData(Qt::UserRole, h.id);
        if (already) {
            name->setFlags(Qt::ItemIsEnabled);
            name->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        } else {
            name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            name->setCheckState(pickedRow(h.id) >= 0 ? Qt::Checked : Qt::Unchecked);
        }
        m_resultTable->setItem(row, int(ResultCol::Creator), name);
        m_resultTable->setItem(row, int(ResultCol::Handle), new QTableWidgetItem(h.handle));
        auto *followers = new QTableWidgetItem(h.followers ? locale.toString(*h.followers) : QStringLiteral("—"));
        followers->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_resultTable->setItem(row, int(ResultCol::Followers), followers);
    }
    m_resultTable->resizeColumnToContents(int(ResultCol::Handle));
    if (m_search->text().trimmed().isEmpty())
        m_resultNote->setText(tr("Type part of a nickname or an XHS ID."));
    else if (m_results.isEmpty())
        m_resultNote->setText(tr("No creator matches."));
    else if (m_results.size() >= CreatorSearch::kDefaultLimit)
        m_resultNote->setText(tr("Showing the first %1 matches: type more to narrow the search.").arg(m_results.size()));
    else
        m_resultNote->setText(tr("%n match(es).", nullptr, int(m_results.size())));
}

int AddCollaborationDialog::pickedRow(qint64 creatorId) const
{
    for (int i = 0; i < m_pickedHits.size(); ++i) {
        if (m_pickedHits.at(i).id == creatorId)
            return i;
    }
    return -1;
}

bool AddCollaborationDialog::pick(qint64 creatorId)
{
    if (m_inCampaign.contains(creatorId))
        return false;
    if (pickedRow(creatorId) >= 0)
        return true;
    const auto it = std::find_if(m_results.cbegin(), m_results.cend(),
                                 [creatorId](const CreatorHit &h) { return h.id == creatorId; });
    if (it == m_results.cend())
        return false;
    const CreatorHit hit = *it;
    m_pickedHits << hit;
    const int row = m_picked->rowCount();
    m_picked->insertRow(row);
    m_picked->setItem(row, int(PickedCol::Creator), new QTableWidgetItem(displayName(hit)));
    auto *fee = CollaborationInputs::feeBox(m_picked, true);
    auto *format = CollaborationInputs::formatBox(m_picked, false);
    // The fee starts at the rate card's price of the chosen format.
    auto rateCard = [hit, fee, format] {
        const auto f = CollaborationInputs::format(format);
        const std::optional<qint64> price = f == ContentFormat::Video ? hit.priceVideoFen : hit.priceImageFen;
        if (price)
            CollaborationInputs::setFeeFen(fee, price);
    };
    CollaborationInputs::setFeeFen(fee, std::nullopt);
    rateCard();
    connect(format, &QComboBox::currentIndexChanged, fee, rateCard);
    m_picked->setCellWidget(row, int(PickedCol::Fee), fee);
    m_picked->setCellWidget(row, int(PickedCol::Format), format);
    m_picked->setCellWidget(row, int(PickedCol::Status), CollaborationInputs::statusBox(m_picked));
    m_picked->resizeColumnsToContents();
    m_picked->horizontalHeader()->setSectionResizeMode(int(PickedCol::Creator), QHeaderView::Stretch);
    showResults();
    updateButtons();
    return true;
}

void AddCollaborationDialog::unpick(qint64 creatorId)
{
    const int row = pickedRow(creatorId);
    if (row < 0)
        return;
    m_pickedHits.removeAt(row);
    m_picked->removeRow(row);
    showResults();
    updateButtons();
}

QList<qint64> AddCollaborationDialog::pickedIds() const
{
    QList<qint64> ids;
    for (const CreatorHit &h : m_pickedHits)
        ids << h.id;
    return ids;
}

bool AddCollaborationDialog::setFee(qint64 creatorId, std::optional<qint64> feeFen)
{
    const int row = pickedRow(creatorId);
    if (row < 0)
        return false;
    CollaborationInputs::setFeeFen(qobject_cast<QDoubleSpinBox *>(m_picked->cellWidget(row, int(PickedCol::Fee))), feeFen);
    return true;
}

bool AddCollaborationDialog::setFormat(qint64 creatorId, ContentFormat format)
{
    const int row = pickedRow(creatorId);
    if (row < 0)
        return false;
    CollaborationInputs::setFormat(qobject_cast<QComboBox *>(m_picked->cellWidget(row, int(PickedCol::Format))), format);
    return true;
}

bool AddCollaborationDialog::setStatus(qint64 creatorId, CollaborationStatus status)
{
    const int row = pickedRow(creatorId);
    if (row < 0)
        return false;
    CollaborationInputs::setStatus(qobject_cast<QComboBox *>(m_picked->cellWidget(row, int(PickedCol::Status))), status);
    return true;
}

QList<Collaboration> AddCollaborationDialog::collaborations() const
{
    QList<Collaboration> out;
    for (int row = 0; row < m_pickedHits.size(); ++row) {
        const CreatorHit &h = m_pickedHits.at(row);
        Collaboration c;
        c.campaignId = m_campaignId;
        c.creatorId = h.id;
        c.creatorName = displayName(h);
        c.feeFen = CollaborationInputs::feeFen(qobject_cast<QDoubleSpinBox *>(m_picked->cellWidget(row, int(PickedCol::Fee))));
        c.format = CollaborationInputs::format(qobject_cast<QComboBox *>(m_picked->cellWidget(row, int(PickedCol::Format))));
        c.status = CollaborationInputs::status(qobject_cast<QComboBox *>(m_picked->cellWidget(row, int(PickedCol::Status))));
        out << c;
    }
    return out;
}

void AddCollaborationDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_pickedHits.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add %n creator(s)", nullptr, int(m_pickedHits.size())));
}

} // namespace rr
