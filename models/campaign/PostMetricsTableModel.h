// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignRepository.h"

#include <QAbstractTableModel>
#include <QHash>

class QUndoStack;

namespace rr {

// The posts of one campaign with their metric snapshots over time: one row per snapshot (a post
// without any reading shows one row with empty counts). Counts, as-of date, final mark, source
// and the post's publication date are editable: typed (setData) or pasted from a spreadsheet
// (pasteTsv), each as ONE transaction and one undo command. A count lower than the previous
// reading is kept and flagged (FlagRole, tooltip, tinted cell); a post dated outside its campaign
// is refused with the reason (and flagged when it is already stored that way).
class PostMetricsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Creator, Post, Published, AsOf, Views, Likes, Comments, Saves, Shares, Clicks, Final, Source, Count
    };
    enum Role {
        PostIdRole = Qt::UserRole + 1,
        SnapshotIdRole, // 0 for a post without readings
        FlagRole        // translated reason when the cell is flagged, else empty
    };

    PostMetricsTableModel(CampaignRepository &repository, QUndoStack *undo, QObject *parent = nullptr);

    void setCampaign(qint64 campaignId);
    qint64 campaignId() const { return m_campaignId; }
    void refresh();

    // Pastes tab-separated text (rows by newline, as spreadsheets copy) with its first cell at
    // `topLeft`: every cell is written in ONE transaction, or none is; `error` names the table row
    // and the column of the first cell that cannot be read, edited or stored.
    bool pasteTsv(const QModelIndex &topLeft, const QString &tsv, QString *error);
    // The reason of the last refused setData()/pasteTsv(), empty after a success.
    QString lastError() const { return m_lastError; }

    static std::optional<MetricField> metricField(Column column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString &reason);

private:
    struct Row
    {
        Post post;
        QString creatorName;
        MetricSnapshot snapshot; // id 0: no reading yet
        QHash<int, QString> flags; // column -> reason
    };
    bool isEditable(const QModelIndex &index) const;
    // Reads `text` (or a typed value) for the cell; false with a translated reason when it cannot.
    bool cellEdit(const QModelIndex &index, const QVariant &value, MetricCellEdit *edit, QString *reason) const;
    bool apply(const QList<MetricCellEdit> &edits, const QList<QModelIndex> &cells, QString *error);
    QString cellName(const QModelIndex &index) const;

    CampaignRepository &m_repository;
    QUndoStack *m_undo = nullptr;
    qint64 m_campaignId = 0;
    QList<Row> m_rows;
    QString m_lastError;
};

} // namespace rr
