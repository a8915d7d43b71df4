// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/ChartData.h"

#include <QCoreApplication>
#include <QHash>

namespace rr {

class Database;

// Turns a ChartRequest into ChartData: runs the SQL aggregation (AnalyticsQueries) and names
// the series and bars in the interface language. GUI-free: the screen, the exports and the
// command line all draw from it.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(rr::ChartBuilder)
public:
    ChartBuilder(const Database &db, MetricSettings settings = {});

    bool build(const ChartRequest &request, ChartData *out, StoreError *error) const;

    static QString kindKey(ChartKind kind);                 // trend, compare, cost, followers, posts
    static std::optional<ChartKind> kindFromKey(const QString &key);
    static QString kindLabel(ChartKind kind);
    static QString compareMetricLabel(CompareMetric metric);
    static QString compareMetricKey(CompareMetric metric);  // er, sr, cpe, cpm
    static std::optional<CompareMetric> compareMetricFromKey(const QString &key);

private:
    bool trend(const ChartRequest &r, ChartData *out, StoreError *error) const;
    bool compare(const ChartRequest &r, ChartData *out, StoreError *error) const;
    bool cost(const ChartRequest &r, ChartData *out, StoreError *error) const;
    bool followers(const ChartRequest &r, ChartData *out, StoreError *error) const;
    bool postMetrics(const ChartRequest &r, ChartData *out, StoreError *error) const;
    // Display names of group keys (tier keys, category / campaign / creator ids).
    QHash<QString, QString> groupNames(TrendGroup group, const QStringList &keys, StoreError *error) const;
    QString creatorName(qint64 creatorId) const;

    const Database &m_db;
    MetricSettings m_settings;
};

} // namespace rr
