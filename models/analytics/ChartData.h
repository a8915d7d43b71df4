// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalyticsQueries.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>

namespace rr {

// What a chart shows (issue 5). The same request drives the screen, the CSV export and
// `redroster chart KIND` on the command line.
enum class ChartKind {
    Trend,      // engagement / save rate per week or month, one line per group and metric
    Compare,    // median of one metric per tier or category, with the posts behind each bar
    Cost,       // fee against engagements per collaboration (log axes)
    Followers,  // one creator's follower history
    PostMetrics // one creator's posts: likes, comments, saves, shares of each
};

enum class TrendMetrics { Both, EngagementRate, SaveRate };

struct ChartRequest
{
    ChartKind kind = ChartKind::Trend;
    AnalyticsFilter filter;
    Period period = Period::Month;               // Trend
    TrendGroup group = TrendGroup::None;         // Trend
    TrendMetrics metrics = TrendMetrics::Both;   // Trend
    CompareBy compareBy = CompareBy::Tier;       // Compare
    CompareMetric compareMetric = CompareMetric::EngagementRate; // Compare
    qint64 creatorId = 0;                        // Followers, PostMetrics
    int postLimit = 30;                          // PostMetrics: the latest posts shown

    bool operator==(const ChartRequest &) const = default;
};

// One point. x is milliseconds since the epoch (local midnight) on a date axis, the bar's index on a
// category axis, else the value. `count` is the sample behind the point (posts), `id` what a
// click opens (a creator).
struct ChartPoint
{
    double x = 0;
    double y = 0;
    QString label;
    qint64 id = 0;
    qint64 count = 0;
};

struct ChartSeries
{
    QString key;  // stable: "er", "sr", "micro:sr", "cat:3:er", "likes", ...
    QString name; // shown in the legend (translated)
    QList<ChartPoint> points;
};

enum class AxisKind { Date, Category, Value, Log, Percent, Money };

struct ChartData
{
    ChartKind kind = ChartKind::Trend;
    QString title;
    QString xTitle;
    QString yTitle;
    AxisKind xAxis = AxisKind::Date;
    AxisKind yAxis = AxisKind::Percent;
    QStringList categories; // Category axis: one label per bar group
    QList<ChartSeries> series;
    QString note;           // how the figures were made (sample rule, what is left out)

    bool isEmpty() const;
    qsizetype pointCount() const;
};

// Writes the chart's data as CSV for Excel: UTF-8 with BOM, one row per point
// (series, x as a date / category / number, y, sample, label); text cells that a spreadsheet
// would read as a formula get a leading apostrophe.
bool writeChartCsv(const ChartData &data, QIODevice *device, QString *error = nullptr);

} // namespace rr
