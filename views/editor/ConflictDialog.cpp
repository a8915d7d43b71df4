// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rr {

ConflictDialog::ConflictDialog(const QString &title, const QString &intro, const QList<Row> &rows, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(title);
    setMinimumWidth(620);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(intro + QLatin1Char(' ')
                             + tr("You both changed the fields below: tick the value to keep for each. Your other "
                                  "changes and theirs are both kept."),
                         this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("conflictTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setColumnCount(int(Column::Count));
    m_tree->setHeaderLabels({tr("Field"), tr("Yours"), tr("Saved meanwhile")});
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    for (const Row &row : rows) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(int(Column::Field), Qt::UserRole, row.key);
        item->setText(int(Column::Field), row.label);
        item->setText(int(Column::Mine), row.mine);
        item->setText(int(Column::Theirs), row.theirs);
        item->setToolTip(int(Column::Mine), row.mine);
        item->setToolTip(int(Column::Theirs), row.theirs);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(int(Column::Mine), Qt::Checked);
        item->setCheckState(int(Column::Theirs), Qt::Unchecked);
    }
    connect(m_tree, &QTreeWidget::itemChanged, this, &ConflictDialog::toggled);
    layout->addWidget(m_tree, 1);

    auto *quick = new QHBoxLayout;
    auto *allMine = new QPushButton(tr("Keep All &Mine"), this);
    auto *allTheirs = new QPushButton(tr("Keep All &Theirs"), this);
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(true); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(false); });
    quick->addWidget(allMine);
    quick->addWidget(allTheirs);
    quick->addStretch(1);
    layout->addLayout(quick);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save Chosen Values"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel (Save Nothing)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QSet<QString> ConflictDialog::keepMine() const
{
    QSet<QString> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->checkState(int(Column::Mine)) == Qt::Checked)
            out.insert(item->data(int(Column::Field), Qt::UserRole).toString());
    }
    return out;
}

void ConflictDialog::chooseAll(bool mine)
{
    m_updating = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        item->setCheckState(int(Column::Mine), mine ? Qt::Checked : Qt::Unchecked);
        item->setCheckState(int(Column::Theirs), mine ? Qt::Unchecked : Qt::Checked);
    }
    m_updating = false;
}

void ConflictDialog::toggled(QTreeWidgetItem *item, int column)
{
    if (m_updating || (column != int(Column::Mine) && column != int(Column::Theirs)))
        return;
    // One of the two, like a pair of radio buttons.
    m_updating = true;
    const int other = column == int(Column::Mine) ? int(Column::Theirs) : int(Column::Mine);
    item->setCheckState(other, item->checkState(column) == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    m_updating = false;
}

} // namespace rr
