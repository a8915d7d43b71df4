// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/MetricsTableView.h"

#include "campaign/PostMetricsTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>

namespace rr {

MetricsTableView::MetricsTableView(QWidget *parent) : QTableView(parent)
{
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
}

void MetricsTableView::setMetricsModel(PostMetricsTableModel *model)
{
    m_model = model;
    setModel(model);
}

bool MetricsTableView::pasteText(const QString &text)
{
    if (!m_model || text.isEmpty())
        return false;
    QModelIndex topLeft = currentIndex();
    const QModelIndexList selected = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    for (const QModelIndex &i : selected) {
        if (!topLeft.isValid() || i.row() < topLeft.row() || (i.row() == topLeft.row() && i.column() < topLeft.column()))
            topLeft = i;
    }
    if (!topLeft.isValid())
        return false;
    QString error;
    if (!m_model->pasteTsv(topLeft, text, &error)) {
        emit pasteFailed(error);
        return false;
    }
    return true;
}

void MetricsTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        pasteText(QGuiApplication::clipboard()->text());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace rr
