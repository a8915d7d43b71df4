// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/DueReminderDialog.h"

#include "domain/NumberFormat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rr {

namespace {
enum class DueColumn { Campaign, Closed, Posts, Overdue, Count };
constexpr int kCampaignIdRole = Qt::UserRole + 1;
} // namespace

DueReminderDialog::DueReminderDialog(const QList<DueCampaign> &due, int graceDays, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Final metrics due"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These campaigns closed at least %n day(s) ago and some of their posts still have "
                                "no final metrics. Enter the final readings and tick \"Final\".",
                                nullptr, graceDays),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(int(DueColumn::Count));
    m_list->setHeaderLabels({tr("Campaign"), tr("Closed on"), tr("Posts without final metrics"), tr("Days overdue")});
    for (const DueCampaign &d : due) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(int(DueColumn::Campaign), d.name);
        item->setText(int(DueColumn::Closed), NumberFormat::date(d.closedOn, QLocale()));
        item->setText(int(DueColumn::Posts), QString::number(d.postsWithoutFinal));
        item->setText(int(DueColumn::Overdue), QString::number(d.daysOverdue));
        item->setData(int(DueColumn::Campaign), kCampaignIdRole, d.campaignId);
    }
    m_list->header()->setSectionResizeMode(int(DueColumn::Campaign), QHeaderView::Stretch);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open campaign"), QDialogButtonBox::AcceptRole);
    open->setEnabled(!due.isEmpty());
    connect(open, &QPushButton::clicked, this, &DueReminderDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &DueReminderDialog::openCurrent);
    layout->addWidget(buttons);
    resize(620, 320);
}

void DueReminderDialog::openCurrent()
{
    if (QTreeWidgetItem *item = m_list->currentItem()) {
        emit campaignChosen(item->data(int(DueColumn::Campaign), kCampaignIdRole).toLongLong());
        accept();
    }
}

} // namespace rr
