// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/MultiSelectButton.h"

#include <QListWidget>
#include <QMenu>
#include <QWidgetAction>

namespace rr {

namespace {
constexpr int valueRole = Qt::UserRole + 1;
}

MultiSelectButton::MultiSelectButton(QWidget *parent) : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(this);
    m_list = new QListWidget(menu);
    m_list->setObjectName(QStringLiteral("facetList"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMinimumWidth(200);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(m_list);
    menu->addAction(action);
    setMenu(menu);

    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateText();
        emit selectionChanged();
    });
    // A click anywhere on the row toggles it, not only on the box.
    connect(m_list, &QListWidget::itemClicked, this, [](QListWidgetItem *item) {
        if (item)
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
}

void MultiSelectButton::setTitle(const QString &title)
{
    m_title = title;
    updateText();
}

void MultiSelectButton::setItems(const QList<QPair<QString, QVariant>> &items)
{
    const QVariantList checked = checkedValues();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const auto &[label, value] : items) {
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(valueRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(value) ? Qt::Checked : Qt::Unchecked);
    }
    const int rows = qMin(int(items.size()), 14);
    m_list->setFixedHeight(qMax(1, rows) * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 4);
    updateText();
    if (checked != checkedValues())
        emit selectionChanged();
}

void MultiSelectButton::relabel(const QList<QPair<QString, QVariant>> &items)
{
    const QSignalBlocker block(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        for (const auto &[label, value] : items) {
            if (item->data(valueRole) == value)
                item->setText(label);
        }
    }
    updateText();
}

QVariantList MultiSelectButton::checkedValues() const
{
    QVariantList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(valueRole);
    }
    return out;
}

void MultiSelectButton::setCheckedValues(const QVariantList &values)
{
    {
        const QSignalBlocker block(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            item->setCheckState(values.contains(item->data(valueRole)) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateText();
    emit selectionChanged();
}

void MultiSelectButton::clearChecks()
{
    setCheckedValues({});
}

void MultiSelectButton::updateText()
{
    QStringList chosen;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            chosen << m_list->item(i)->text();
    }
    if (chosen.isEmpty())
        setText(m_title);
    else if (chosen.size() == 1)
        setText(tr("%1: %2", "facet title: chosen value").arg(m_title, chosen.constFirst()));
    else
        setText(tr("%1 (%2)", "facet title (number chosen)").arg(m_title).arg(chosen.size()));
    setToolTip(chosen.join(QLatin1String(", ")));
    setProperty("active", !chosen.isEmpty());
    setStyleSheet(chosen.isEmpty() ? QString() : QStringLiteral("QToolButton { font-weight: 600; }"));
}

} // namespace rr
