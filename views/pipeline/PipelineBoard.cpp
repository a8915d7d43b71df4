// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/PipelineBoard.h"

#include "domain/CreatorRepository.h"
#include "pipeline/ChangeStatusCommand.h"
#include "pipeline/PipelineColumn.h"
#include "store/Database.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rr {

using pipeline::PipelineColumn;

namespace {

// Item data of the owner filter: any owner, nobody yet, or a name.
enum class OwnerChoice { Any, Nobody, Named };

} // namespace

PipelineBoard::PipelineBoard(Database &db, CreatorRepository &repo, QUndoStack *undo, QWidget *parent)
    : QWidget(parent), m_db(db), m_repo(repo), m_undo(undo), m_model(db)
{
    setObjectName(QStringLiteral("pipelineBoard"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pipelineMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffda6a; border-radius: 3px; padding: 6px; }"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *columns = new QWidget;
    auto *row = new QHBoxLayout(columns);
    row->setContentsMargins(0, 0, 0, 0);
    for (Status s : allStatuses) {
        auto *column = new PipelineColumn(s, columns);
        connect(column->list(), &pipeline::CardList::creatorDropped, this,
                [this](qint64 id, Status target) { moveCreator(id, target); });
        connect(column->list(), &pipeline::CardList::creatorActivated, this, &PipelineBoard::creatorActivated);
        connect(column, &PipelineColumn::moreRequested, this, [this](Status status) {
            StoreError error;
            if (!m_model.fetchMore(status, &error))
                showMessage(error.message);
        });
        row->addWidget(column, 1);
        m_columns << column;
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(columns);
    layout->addWidget(scroll, 1);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &PipelineBoard::reload);
    connect(&m_repo, &CreatorRepository::creatorChanged, this, &PipelineBoard::scheduleReload);
    connect(&m_repo, &CreatorRepository::creatorAdded, this, &PipelineBoard::scheduleReload);
    connect(&m_repo, &CreatorRepository::creatorsRemoved, this, &PipelineBoard::scheduleReload);
    connect(&m_model, &PipelineModel::reset, this, [this] {
        for (Status s : allStatuses)
            refreshColumn(s);
        updateTotal();
    });
    connect(&m_model, &PipelineModel::columnChanged, this, &PipelineBoard::refreshColumn);

    m_confirm = [this](const QString &warning) {
        return QMessageBox::question(this, tr("Someone else holds this relationship"),
                                     tr("%1\n\nMove the creator anyway?").arg(warning),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
}

QWidget *PipelineBoard::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_owner = new QComboBox(bar);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_tag = new QComboBox(bar);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_campaign = new QComboBox(bar);
    m_campaign->setObjectName(QStringLiteral("campaignFilter"));
    m_campaign->setMinimumContentsLength(16);
    m_ownerLabel = new QLabel(bar);
    m_ownerLabel->setBuddy(m_owner);
    m_tagLabel = new QLabel(bar);
    m_tagLabel->setBuddy(m_tag);
    m_campaignLabel = new QLabel(bar);
    m_campaignLabel->setBuddy(m_campaign);
    m_refresh = new QPushButton(bar);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        fillFilterChoices();
        reload();
    });
    m_total = new QLabel(bar);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    row->addWidget(m_ownerLabel);
    row->addWidget(m_owner);
    row->addWidget(m_tagLabel);
    row->addWidget(m_tag);
    row->addWidget(m_campaignLabel);
    row->addWidget(m_campaign);
    row->addWidget(m_refresh);
    row->addStretch(1);
    row->addWidget(m_total);
    retranslateFilterBar();
    fillFilterChoices();
    for (QComboBox *combo : {m_owner, m_tag, m_campaign})
        connect(combo, &QComboBox::currentIndexChanged, this, &PipelineBoard::applyFilter);
    return bar;
}

void PipelineBoard::retranslateFilterBar()
{
    m_ownerLabel->setText(tr("&Owner:"));
    m_tagLabel->setText(tr("&Tag:"));
    m_campaignLabel->setText(tr("&Campaign:"));
    m_refresh->setText(tr("&Refresh"));
    // The fixed choices, reworded in place (the lists of names stay as loaded, and the choice).
    const auto reword = [](QComboBox *box, const QVariant &value, const QString &text) {
        if (const int i = box->findData(value); i >= 0)
            box->setItemText(i, text);
    };
    reword(m_owner, int(OwnerChoice::Any), tr("Anyone"));
    reword(m_owner, int(OwnerChoice::Nobody), tr("Nobody yet"));
    reword(m_tag, QString(), tr("Any tag"));
    reword(m_campaign, qint64(0), tr("Any campaign"));
}

void PipelineBoard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateFilterBar(); // with the fixed choices ("Anyone", "Any tag", ...)
        for (Status s : allStatuses)
            refreshColumn(s); // column headers and cards
        updateTotal();
    }
    QWidget::changeEvent(event);
}

void PipelineBoard::updateTotal()
{
    m_total->setText(tr("%n creator(s)", nullptr, int(qMin<qint64>(m_model.totalCount(), INT_MAX))));
}

void PipelineBoard::fillFilterChoices()
{
    m_fillingChoices = true;
    const QString owner = m_owner->currentText();
    const int ownerKind = m_owner->currentData().toInt();
    const QString tag = m_tag->currentData().toString();
    const qint64 campaign = m_campaign->currentData().toLongLong();

    m_owner->clear();
    m_owner->addItem(tr("Anyone"), int(OwnerChoice::Any));
    m_owner->addItem(tr("Nobody yet"), int(OwnerChoice::Nobody));
    for (const QString &name : m_model.owners())
        m_owner->addItem(name, int(OwnerChoice::Named));
    const int ownerIndex = ownerKind == int(OwnerChoice::Named) ? m_owner->findText(owner) : m_owner->findData(ownerKind);
    m_owner->setCurrentIndex(qMax(0, ownerIndex));

    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const QString &name : m_model.tags())
        m_tag->addItem(name, name);
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(tag)));

    m_campaign->clear();
    m_campaign->addItem(tr("Any campaign"), qint64(0));
    for (const auto &[id, name] : m_model.campaigns())
        m_campaign->addItem(name, id);
    m_campaign->setCurrentIndex(qMax(0, m_campaign->findData(campaign)));
    m_fillingChoices = false;
}

void PipelineBoard::applyFilter()
{
    if (m_fillingChoices)
        return;
    PipelineFilter f;
    switch (OwnerChoice(m_owner->currentData().toInt())) {
    case OwnerChoice::Any:
        break;
    case OwnerChoice::Nobody:
        f.owner = QString();
        break;
    case OwnerChoice::Named:
        f.owner = m_owner->currentText();
        break;
    }
    f.tag = m_tag->currentData().toString();
    f.campaignId = m_campaign->currentData().toLongLong();
    m_model.setFilter(f);
    reload();
}

void PipelineBoard::setFilter(const PipelineFilter &filter)
{
    m_fillingChoices = true;
    if (!filter.owner)
        m_owner->setCurrentIndex(m_owner->findData(int(OwnerChoice::Any)));
    else if (filter.owner->isEmpty())
        m_owner->setCurrentIndex(m_owner->findData(int(OwnerChoice::Nobody)));
    else if (m_owner->findText(*filter.owner) >= 0)
        m_owner->setCurrentIndex(m_owner->findText(*filter.owner));
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(filter.tag)));
    m_campaign->setCurrentIndex(qMax(0, m_campaign->findData(filter.campaignId)));
    m_fillingChoices = false;
    m_model.setFilter(filter);
    reload();
}

PipelineColumn *PipelineBoard::column(Status status) const
{
    for (PipelineColumn *c : m_columns) {
        if (c->status() == status)
            return c;
    }
    return nullptr;
}

void PipelineBoard::setConfirmTakeover(ConfirmTakeover confirm)
{
    m_confirm = std::move(confirm);
}

void PipelineBoard::setTierThresholds(const TierThresholds &thresholds)
{
    m_thresholds = thresholds;
    for (Status s : allStatuses)
        refreshColumn(s);
}

void PipelineBoard::setPageSize(int size)
{
    m_model.setPageSize(size);
    reload();
}

QString PipelineBoard::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PipelineBoard::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PipelineBoard::refreshColumn(Status status)
{
    if (PipelineColumn *c = column(status))
        c->setCards(m_model.cards(status), m_model.count(status), m_model.canFetchMore(status), m_thresholds);
}

void PipelineBoard::scheduleReload()
{
    m_dirty = true;
    if (isVisible())
        m_reloadTimer->start();
}

void PipelineBoard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_reloadTimer->start();
}

void PipelineBoard::reload()
{
    m_reloadTimer->stop();
    m_dirty = false;
    StoreError error;
    if (!m_model.reload(&error))
        showMessage(error.message);
}

bool PipelineBoard::moveCreator(qint64 id, Status to)
{
    const std::optional<PipelineCard> card = m_model.findCard(id);
    auto command = std::make_unique<ChangeStatusCommand>(m_repo, id, to, card ? card->version : 0);
    if (!command->lastError().message.isEmpty() || command->isObsolete()) {
        const QString text = tr("The creator could not be moved: %1").arg(command->lastError().message);
        showMessage(text);
        emit moveFailed(id, text);
        reload();
        return false;
    }
    if (!command->isValid())
        return false; // dropped on its own column
    const QString warning = command->ownerWarning(m_db.userName());
    if (!warning.isEmpty()) {
        emit ownerWarningShown(id, warning);
        if (m_confirm && !m_confirm(warning)) {
            showMessage(tr("Not moved: %1").arg(warning));
            return false;
        }
    }
    ChangeStatusCommand *raw = command.get();
    bool ok = false;
    QString failure;
    // The command reports a failed write through the repository; keep its words.
    const QMetaObject::Connection watch = connect(&m_repo, &CreatorRepository::writeFailed, this,
                                                  [&failure](const StoreError &e) { failure = e.message; });
    if (m_undo) {
        m_undo->push(command.release()); // runs redo(); an obsolete command is deleted at once
        ok = m_undo->count() > 0 && m_undo->command(m_undo->index() - 1) == raw && raw->succeeded();
    } else {
        raw->redo();
        ok = raw->succeeded();
    }
    disconnect(watch);
    if (!ok && failure.isEmpty())
        failure = tr("someone may have edited the creator meanwhile.");
    if (!ok) {
        const QString text = tr("The creator could not be moved: %1").arg(failure);
        showMessage(text);
        emit moveFailed(id, text);
    } else {
        showMessage(QString());
    }
    reload();
    return ok;
}

} // namespace rr
