// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/PipelineColumn.h"

#include "pipeline/CardDelegate.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace rr::pipeline {

namespace {

QString followerText(const std::optional<qint64> &followers)
{
    if (!followers)
        return QStringLiteral("\u2014");
    return PipelineColumn::tr("%1 followers").arg(QLocale().toString(*followers));
}

QString headerColor(Status status)
{
    switch (status) {
    case Status::Prospect:
        return QStringLiteral("#6c757d");
    case Status::OutreachSent:
        return QStringLiteral("#0d6efd");
    case Status::Negotiating:
        return QStringLiteral("#b8860b");
    case Status::ActivePartner:
        return QStringLiteral("#198754");
    case Status::Paused:
        return QStringLiteral("#6f42c1");
    case Status::Declined:
        return QStringLiteral("#b02a37");
    }
    return QStringLiteral("#6c757d");
}

} // namespace

QString cardMimeType()
{
    return QStringLiteral("application/x-redroster-creator-id");
}

QMimeData *cardMimeData(qint64 creatorId)
{
    auto *data = new QMimeData;
    data->setData(cardMimeType(), QByteArray::number(creatorId));
    return data;
}

qint64 creatorIdFrom(const QMimeData *data)
{
    if (!data || !data->hasFormat(cardMimeType()))
        return 0;
    bool ok = false;
    const qint64 id = data->data(cardMimeType()).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

CardList::CardList(Status status, QWidget *parent) : QListWidget(parent), m_status(status)
{
    setObjectName(QStringLiteral("cards_") + StatusText::key(status));
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setItemDelegate(new CardDelegate(this));
    connect(this, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        emit creatorActivated(item->data(int(CardRole::Id)).toLongLong());
    });
}

void CardList::startDrag(Qt::DropActions)
{
    const QListWidgetItem *item = currentItem();
    if (!item)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(cardMimeData(item->data(int(CardRole::Id)).toLongLong()));
    const QRect rect = visualItemRect(item);
    if (rect.isValid()) {
        drag->setPixmap(viewport()->grab(rect));
        drag->setHotSpot(QPoint(rect.width() / 2, rect.height() / 2));
    }
    // The board reloads from the database after the move; the list itself never removes the item.
    drag->exec(Qt::MoveAction);
}

void CardList::dragEnterEvent(QDragEnterEvent *event)
{
    if (creatorIdFrom(event->mimeData()) > 0)
        event->acceptProposedAction();
    else
        event->ignore();
}

void CardList::dragMoveEvent(QDragMoveEvent *event)
{
    if (creatorIdFrom(event->mimeData()) > 0)
        event->acceptProposedAction();
    else
        event->ignore();
}

void CardList::dropEvent(QDropEvent *event)
{
    const qint64 id = creatorIdFrom(event->mimeData());
    if (id <= 0) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    emit creatorDropped(id, m_status);
}

PipelineColumn::PipelineColumn(Status status, QWidget *parent) : QFrame(parent), m_status(status)
{
    setObjectName(QStringLiteral("column_") + StatusText::key(status));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("columnHeader"));
    m_header->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; padding: 4px; border-bottom: 3px solid %1; }")
                                .arg(headerColor(status)));
    layout->addWidget(m_header);
    m_list = new CardList(status, this);
    layout->addWidget(m_list, 1);
    m_more = new QPushButton(this);
    m_more->setObjectName(QStringLiteral("moreButton"));
    m_more->setFlat(true);
    m_more->hide();
    connect(m_more, &QPushButton::clicked, this, [this] { emit moreRequested(m_status); });
    layout->addWidget(m_more);
}

QString PipelineColumn::headerText() const
{
    return m_header->text();
}

void PipelineColumn::setCards(const QList<PipelineCard> &cards, qint64 count, bool canFetchMore,
                              const TierThresholds &thresholds)
{
    const QLocale locale;
    m_header->setText(tr("%1 (%2)").arg(StatusText::label(m_status), locale.toString(count)));
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(int(CardRole::Id)).toLongLong() : 0;
    const int scroll = m_list->verticalScrollBar()->value();
    m_list->clear();
    for (const PipelineCard &card : cards) {
        auto *item = new QListWidgetItem(m_list);
        const QString title = card.nickname.isEmpty() ? card.handle : card.nickname;
        QStringList detail;
        if (!card.handle.isEmpty())
            detail << QStringLiteral("@") + card.handle;
        detail << followerText(card.followers);
        if (const std::optional<Tier> tier = card.tier(thresholds))
            detail << (card.tierOverride ? tr("%1 (manual)").arg(TierText::label(*tier)) : TierText::label(*tier));
        QStringList footer;
        footer << (card.owner.isEmpty() ? tr("No owner") : card.owner);
        for (const QString &tag : card.tags)
            footer << QStringLiteral("#") + tag;
        item->setData(int(CardRole::Id), card.id);
        item->setData(int(CardRole::Title), title);
        item->setData(int(CardRole::Detail), detail.join(QStringLiteral(" \u00b7 ")));
        item->setData(int(CardRole::Footer), footer.join(QLatin1Char(' ')));
        item->setData(int(CardRole::DoNotContact), card.doNotContact);
        item->setText(title);
        item->setToolTip(tr("%1\n%2\nOwner: %3\nDouble-click to open; drag to another column to change the status.")
                             .arg(title, detail.join(QStringLiteral(" \u00b7 ")),
                                  card.owner.isEmpty() ? tr("nobody yet") : card.owner));
        if (card.id == current)
            m_list->setCurrentItem(item);
    }
    m_list->verticalScrollBar()->setValue(scroll);
    const qint64 left = count - cards.size();
    m_more->setVisible(canFetchMore && left > 0);
    m_more->setText(tr("Show more (%1 not shown)").arg(locale.toString(left)));
}

} // namespace rr::pipeline
