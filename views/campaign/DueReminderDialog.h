// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/DueCampaigns.h"

#include <QDialog>

class QTreeWidget;

namespace rr {

// The campaigns whose final metrics are due (the one-week rule), shown on start by MainWindow:
//   const auto due = DueCampaigns::find(db, QDate::currentDate(), graceDays);
//   if (!due.isEmpty()) { DueReminderDialog d(due, graceDays, this); connect(...campaignChosen...); d.exec(); }
class DueReminderDialog : public QDialog
{
    Q_OBJECT
public:
    DueReminderDialog(const QList<DueCampaign> &due, int graceDays, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

signals:
    // The user chose "Open" (or double-clicked) on a campaign.
    void campaignChosen(qint64 campaignId);

private:
    void openCurrent();

    QTreeWidget *m_list = nullptr;
};

} // namespace rr
