// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Status.h"
#include "domain/Tier.h"
#include "pipeline/PipelineModel.h"

#include <QFrame>
#include <QListWidget>

class QLabel;
class QPushButton;

namespace rr::pipeline {

// Item data roles of a card in a column list.
enum class CardRole {
    Id = Qt::UserRole + 1, // qint64 creator id
    Title,                 // nickname, else handle
    Detail,                // handle · followers · tier
    Footer,                // owner · tags
    DoNotContact           // bool
};

// The MIME type of a dragged card; the payload is the creator id as decimal text.
QString cardMimeType();
QMimeData *cardMimeData(qint64 creatorId);
// The creator id in `data`, 0 when it carries no card.
qint64 creatorIdFrom(const QMimeData *data);

// The cards of one status: drags a card out as cardMimeType(), accepts cards dropped on it.
class CardList : public QListWidget
{
    Q_OBJECT
public:
    explicit CardList(Status status, QWidget *parent = nullptr);
    Status status() const { return m_status; }

signals:
    void creatorDropped(qint64 id, rr::Status target);
    void creatorActivated(qint64 id);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    Status m_status;
};

// One board column: header with the status and its count, the cards, and a "more" button while
// the column holds more creators than are loaded.
class PipelineColumn : public QFrame
{
    Q_OBJECT
public:
    explicit PipelineColumn(Status status, QWidget *parent = nullptr);

    Status status() const { return m_status; }
    CardList *list() const { return m_list; }
    QPushButton *moreButton() const { return m_more; }
    QString headerText() const;

    void setCards(const QList<PipelineCard> &cards, qint64 count, bool canFetchMore,
                  const TierThresholds &thresholds);

signals:
    void moreRequested(rr::Status status);

private:
    Status m_status;
    QLabel *m_header = nullptr;
    CardList *m_list = nullptr;
    QPushButton *m_more = nullptr;
};

} // namespace rr::pipeline
