// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/RankingModel.h"

#include <QLocale>

namespace rr {

RankingModel::RankingModel(QObject *parent, Mode mode) : QAbstractTableModel(parent), m_mode(mode) {}

QString RankingModel::rankByLabel(RankBy by)
{
    switch (by) {
    case RankBy::SaveRate: return tr("Save rate");
    case RankBy::EngagementRate: return tr("Engagement rate");
    case RankBy::Cpe: return tr("CPE (lowest first)");
    case RankBy::Reliability: return tr("Reliability");
    }
    return {};
}

QString RankingModel::rankByKey(RankBy by)
{
    switch (by) {
    case RankBy::SaveRate: return QStringLiteral("sr");
    case RankBy::EngagementRate: return QStringLiteral("er");
    case RankBy::Cpe: return QStringLiteral("cpe");
    case RankBy::Reliability: return QStringLiteral("reliability");
    }
    return {};
}

QString RankingModel::formatValue(RankBy by, double value)
{
    switch (by) {
    case RankBy::SaveRate:
    case RankBy::EngagementRate: return QLocale().toString(value * 100.0, 'f', 2) + u'%';
    case RankBy::Cpe: return u'¥' + QLocale().toString(value, 'f', 2);
    case RankBy::Reliability: return tr("%1 / 5").arg(QLocale().toString(value, 'f', 1));
    }
    return {};
}

bool RankingModel::rank(const Database &db, const AnalyticsFilter &filter, RankBy by, int minSample, int limit,
                        StoreError *error, MetricSettings settings)
{
    QList<RankedCreator> rows;
    StoreError e;
    if (!AnalyticsQueries(db, settings).rank(filter, by, minSample, limit, &rows, &e)) {
        if (error)
            *error = e;
        return false;
    }
    setRows(Mode::Ranking, by, std::move(rows));
    return true;
}

bool RankingModel::findSimilar(const Database &db, qint64 creatorId, const SimilarOptions &options,
                               StoreError *error, MetricSettings settings)
{
    QList<RankedCreator> rows;
    StoreError e;
    if (!AnalyticsQueries(db, settings).similar(creatorId, options, &rows, &e)) {
        if (error)
            *error = e;
        return false;
    }
    setRows(Mode::Similar, RankBy::EngagementRate, std::move(rows));
    return true;
}

void RankingModel::clear()
{
    setRows(m_mode, m_by, {});
}

void RankingModel::setRows(Mode mode, RankBy by, QList<RankedCreator> rows)
{
    beginResetModel();
    m_mode = mode;
    m_by = by;
    m_rows = std::move(rows);
    endResetModel();
}

qint64 RankingModel::creatorId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).creatorId : 0;
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RankedCreator &r = m_rows.at(index.row());
    const auto column = Column(index.column());
    if (role == CreatorIdRole)
        return r.creatorId;
    if (role == ValueRole)
        return r.value;
    if (role == Qt::TextAlignmentRole)
        return column == Column::Creator || column == Column::Handle ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Column::Rank: return index.row() + 1;
    case Column::Creator: return r.nickname;
    case Column::Handle: return r.handle;
    case Column::Value:
        if (m_mode == Mode::Similar)
            return r.value > 0 ? formatValue(RankBy::EngagementRate, r.value) : QString();
        return formatValue(m_by, r.value);
    case Column::Sample: return m_mode == Mode::Similar ? QVariant() : QVariant(r.sample);
    case Column::Count: break;
    }
    return {};
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Rank: return tr("#");
    case Column::Creator: return tr("Creator");
    case Column::Handle: return tr("XHS ID");
    case Column::Value:
        return m_mode == Mode::Similar ? tr("Stated engagement rate") : rankByLabel(m_by);
    case Column::Sample:
        return m_mode == Mode::Similar ? QString()
               : m_by == RankBy::Reliability ? tr("Rated collaborations")
                                             : tr("Posts");
    case Column::Count: break;
    }
    return {};
}

} // namespace rr
