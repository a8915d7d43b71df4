// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"
#include "campaign/DueCampaigns.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rr {

class CampaignRepository;

// Every campaign, one row each, with a "due" badge for the one-week rule (DueCampaigns).
class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Brand, Product, Objective, Starts, Ends, Budget, Status, Owner, Due, Count };
    enum Role {
        CampaignIdRole = Qt::UserRole + 1,
        DueRole,          // bool: final metrics are overdue
        DuePostsRole,     // int: posts still without final metrics (when due)
        ObjectiveKeyRole, // storage key of the objective
        StatusKeyRole
    };

    explicit CampaignListModel(CampaignRepository &repository, QObject *parent = nullptr);

    // The day the one-week rule counts to (default: today) and its grace period in days.
    void setToday(const QDate &today);
    void setGraceDays(int days);
    int graceDays() const { return m_graceDays; }
    void refresh();
    // The words shown changed (a language switch): views re-read every cell and header, and
    // columns sized to their contents re-fit.
    void retranslate();

    int dueCount() const { return int(m_due.size()); }
    const QList<DueCampaign> &dueCampaigns() const;
    const Campaign *campaignAt(int row) const;
    int rowOf(qint64 campaignId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void dueCountChanged(int count);

private:
    CampaignRepository &m_repository;
    QList<Campaign> m_rows;
    QHash<qint64, DueCampaign> m_due;
    mutable QList<DueCampaign> m_dueList;
    QDate m_today;
    int m_graceDays = DueCampaigns::kDefaultGraceDays;
};

} // namespace rr
