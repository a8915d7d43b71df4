// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"
#include "store/StoreError.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace rr {

class CampaignRepository;

// The collaborations of one campaign: creator, fee, format, contracted deliverables (count,
// formats, due dates) against delivered ones, status and rating. Fee, contracted and delivered
// are editable; setData writes through the repository (as an undo command when a stack is set).
// Refused input (negative fee, more delivered than contracted) is not written: setData returns
// false and editRefused() carries the reason.
class CollaborationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Creator, Fee, Format, Contracted, Delivered, Deliverables, Due, Status, BrandFit, Reliability, Renewal, Count
    };
    enum Role { CollaborationIdRole = Qt::UserRole + 1, CreatorIdRole };

    CollaborationTableModel(CampaignRepository &repository, QUndoStack *undo, QObject *parent = nullptr);

    void setCampaign(qint64 campaignId);
    qint64 campaignId() const { return m_campaignId; }
    void refresh();
    const Collaboration *collaborationAt(int row) const;
    int rowOf(qint64 collaborationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString &reason);

private:
    QString deliverablesText(const Collaboration &c) const;

    CampaignRepository &m_repository;
    QUndoStack *m_undo = nullptr;
    qint64 m_campaignId = 0;
    QList<Collaboration> m_rows;
};

} // namespace rr
