// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/ChartFactory.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rr {

namespace {

const char *const kSeriesProperty = "rrSeries";

QAbstractAxis *valueAxis(AxisKind kind, const QString &title, double min, double max)
{
    if (kind == AxisKind::Log) {
        auto *axis = new QLogValueAxis;
        axis->setBase(10);
        axis->setLabelFormat(ChartFactory::labelFormat(kind));
        axis->setMinorTickCount(-1);
        if (min > 0 && max >= min)
            axis->setRange(std::pow(10, std::floor(std::log10(min))), std::pow(10, std::ceil(std::log10(max))));
        axis->setTitleText(title);
        return axis;
    }
    auto *axis = new QValueAxis;
    axis->setLabelFormat(ChartFactory::labelFormat(kind));
    if (max >= min && max > 0) {
        axis->setRange(std::min(0.0, min), max * 1.1);
        axis->applyNiceNumbers();
    }
    axis->setTitleText(title);
    return axis;
}

void valueRange(const ChartData &d, double *xmin, double *xmax, double *ymin, double *ymax)
{
    *xmin = *ymin = std::numeric_limits<double>::max();
    *xmax = *ymax = std::numeric_limits<double>::lowest();
    for (const ChartSeries &s : d.series) {
        for (const ChartPoint &p : s.points) {
            *xmin = std::min(*xmin, p.x);
            *xmax = std::max(*xmax, p.x);
            *ymin = std::min(*ymin, p.y);
            *ymax = std::max(*ymax, p.y);
        }
    }
}

} // namespace

QString ChartFactory::labelFormat(AxisKind kind)
{
    switch (kind) {
    case AxisKind::Percent: return QStringLiteral("%.1f%%");
    case AxisKind::Money: return QStringLiteral("%.2f"); // the currency is in the axis title: QValueAxis formats bytes, not text
    case AxisKind::Log:
    case AxisKind::Value: return QStringLiteral("%.0f");
    case AxisKind::Date:
    case AxisKind::Category: break;
    }
    return QStringLiteral("%g");
}

int ChartFactory::seriesIndex(const QAbstractSeries *series)
{
    const QVariant v = series ? series->property(kSeriesProperty) : QVariant();
    return v.isValid() ? v.toInt() : -1;
}

QChart *ChartFactory::create(const ChartData &data)
{
    auto *chart = new QChart;
    chart->setTitle(data.title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    double xmin, xmax, ymin, ymax;
    valueRange(data, &xmin, &xmax, &ymin, &ymax);

    if (data.xAxis == AxisKind::Category) {
        auto *bars = new QBarSeries;
        for (qsizetype i = 0; i < data.series.size(); ++i) {
            const ChartSeries &s = data.series.at(i);
            QList<qreal> values(data.categories.size(), 0.0);
            for (const ChartPoint &p : s.points) {
                const qsizetype at = qsizetype(p.x);
                if (at >= 0 && at < values.size())
                    values[at] = p.y;
            }
            auto *set = new QBarSet(s.name);
            set->append(values);
            set->setProperty(kSeriesProperty, int(i));
            bars->append(set);
        }
        bars->setProperty(kSeriesProperty, 0);
        chart->addSeries(bars);
        auto *x = new QBarCategoryAxis;
        x->append(data.categories);
        x->setTitleText(data.xTitle);
        chart->addAxis(x, Qt::AlignBottom);
        bars->attachAxis(x);
        QAbstractAxis *y = valueAxis(data.yAxis, data.yTitle, std::min(0.0, ymin), ymax);
        chart->addAxis(y, Qt::AlignLeft);
        bars->attachAxis(y);
        chart->legend()->setVisible(data.series.size() > 1);
        return chart;
    }

    QAbstractAxis *x = nullptr;
    if (data.xAxis == AxisKind::Date) {
        auto *axis = new QDateTimeAxis;
        axis->setFormat(QStringLiteral("yyyy-MM-dd"));
        axis->setTickCount(6);
        if (xmax >= xmin) {
            const qint64 pad = xmax > xmin ? qint64((xmax - xmin) * 0.03) : qint64(86400000) * 7;
            axis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xmin) - pad),
                           QDateTime::fromMSecsSinceEpoch(qint64(xmax) + pad));
        }
        axis->setTitleText(data.xTitle);
        x = axis;
    } else {
        x = valueAxis(data.xAxis, data.xTitle, xmin, xmax);
    }
    QAbstractAxis *y = valueAxis(data.yAxis, data.yTitle, data.yAxis == AxisKind::Log ? ymin : std::min(0.0, ymin), ymax);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    const bool scatter = data.xAxis == AxisKind::Log || data.yAxis == AxisKind::Log;
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        const ChartSeries &s = data.series.at(i);
        QXYSeries *series = nullptr;
        if (scatter) {
            auto *points = new QScatterSeries;
            points->setMarkerSize(9);
            series = points;
        } else {
            auto *line = new QLineSeries;
            line->setPointsVisible(true);
            series = line;
        }
        series->setName(s.name);
        series->setProperty(kSeriesProperty, int(i));
        QList<QPointF> points;
        points.reserve(s.points.size());
        for (const ChartPoint &p : s.points)
            points.append(QPointF(p.x, p.y));
        series->replace(points); // one call, never point by point
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart->legend()->setVisible(data.series.size() > 1);
    return chart;
}

} // namespace rr
