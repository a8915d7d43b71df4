// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalyticsQueries.h"

#include <QAbstractTableModel>

namespace rr {

// "Who performs": creators ranked by save rate, engagement rate, CPE or reliability (best
// first, creators below the minimum sample left out), or the creators found similar to one.
class RankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Rank, Creator, Handle, Value, Sample, Count };
    enum Role { CreatorIdRole = Qt::UserRole + 1, ValueRole };
    enum class Mode { Ranking, Similar };

    explicit RankingModel(QObject *parent = nullptr, Mode mode = Mode::Ranking);

    // Runs the ranking in SQL and shows it; false with `error` (the old rows stay).
    bool rank(const Database &db, const AnalyticsFilter &filter, RankBy by, int minSample, int limit,
              StoreError *error = nullptr, MetricSettings settings = {});
    bool findSimilar(const Database &db, qint64 creatorId, const SimilarOptions &options,
                     StoreError *error = nullptr, MetricSettings settings = {});
    void clear();

    Mode mode() const { return m_mode; }
    RankBy rankBy() const { return m_by; }
    const QList<RankedCreator> &rows() const { return m_rows; }
    qint64 creatorId(int row) const;
    static QString rankByLabel(RankBy by);
    static QString rankByKey(RankBy by);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The value as shown: a percentage for rates, yuan for CPE, x.x / 5 for reliability.
    static QString formatValue(RankBy by, double value);

private:
    void setRows(Mode mode, RankBy by, QList<RankedCreator> rows);

    Mode m_mode = Mode::Ranking;
    RankBy m_by = RankBy::SaveRate;
    QList<RankedCreator> m_rows;
};

} // namespace rr
