// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/ChartData.h"

#include <QLocale>

#include <QCoreApplication>

class QChart;
class QAbstractSeries;

namespace rr {

// Builds a QChart from ChartData: lines on a date axis (a QCategoryAxis in milliseconds since the
// epoch, labelled on month starts, Mondays or other calendar boundaries, see DateTicks, and
// relabelled as it zooms and pans), bars on a category axis, points on log axes. Each chart
// series carries the index of its ChartSeries in the property "rrSeries", so hover and click can
// find the point's label and creator.
class ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(rr::ChartFactory)
public:
    // The most labels a date axis shows; fewer when the range is short.
    static constexpr int kMaxDateLabels = 8;

    // A new chart (the caller owns it), every series filled in one call.
    static QChart *create(const ChartData &data);
    // The same with date labels in `locale` (a report in another language than the interface).
    static QChart *create(const ChartData &data, const QLocale &locale);
    // The ChartSeries index a chart series was made from, -1 when none.
    static int seriesIndex(const QAbstractSeries *series);
    // The label format of an axis kind (printf-style, for QValueAxis / QLogValueAxis).
    static QString labelFormat(AxisKind kind);
};

} // namespace rr
