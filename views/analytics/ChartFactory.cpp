// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/ChartFactory.h"

#include "analytics/DateTicks.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGraphicsLayout>
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

QList<QDate> pointDates(const ChartData &d)
{
    QList<QDate> dates;
    for (const ChartSeries &s : d.series) {
        for (const ChartPoint &p : s.points)
            dates.append(QDateTime::fromMSecsSinceEpoch(qint64(p.x)).date());
    }
    return dates;
}

const char *const kPlotWidthProperty = "rrPlotWidth";
const char *const kLocaleProperty = "rrLocale"; // the language of the date labels

// The labels for the axis' current range: at most kMaxDateLabels, and no more than fit side by
// side in the plot area's width (else QCategoryAxis elides them to "Ma…").
DateTicks::Ticks dateTicks(QCategoryAxis *axis, DateTicks::Unit finest, const QLocale &locale)
{
    int most = ChartFactory::kMaxDateLabels;
    DateTicks::Ticks ticks = DateTicks::computeMs(axis->min(), axis->max(), finest, most);
    const double width = axis->property(kPlotWidthProperty).toDouble();
    if (width <= 0)
        return ticks;
    const QFontMetricsF metrics(axis->labelsFont());
    while (most > 1) {
        double widest = 0;
        for (const QDate &d : ticks.dates)
            widest = std::max(widest, metrics.horizontalAdvance(DateTicks::label(d, ticks.unit, locale)));
        const int fit = std::max(1, int(width / (widest + metrics.height())));
        if (ticks.dates.size() <= fit)
            break;
        most = std::min(fit, most - 1);
        ticks = DateTicks::computeMs(axis->min(), axis->max(), finest, most);
    }
    return ticks;
}

// Puts the labels on the axis; nothing changes when they are the same.
void relabel(QCategoryAxis *axis, DateTicks::Unit finest)
{
    const QVariant chosen = axis->property(kLocaleProperty);
    const QLocale locale = chosen.isValid() ? chosen.value<QLocale>() : QLocale();
    const DateTicks::Ticks ticks = dateTicks(axis, finest, locale);
    QStringList labels;
    QList<double> at;
    for (const QDate &d : ticks.dates) {
        const QString text = DateTicks::label(d, ticks.unit, locale);
        if (labels.contains(text)) // QCategoryAxis keys categories by label
            continue;
        labels << text;
        at << DateTicks::dayMs(d);
    }
    if (labels == axis->categoriesLabels() && (at.isEmpty() || axis->endValue(labels.first()) == at.first()))
        return;
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    axis->setStartValue(std::min(axis->min(), at.isEmpty() ? axis->min() : at.first() - 1));
    for (qsizetype i = 0; i < labels.size(); ++i)
        axis->append(labels.at(i), at.at(i));
}

// A value axis in milliseconds whose labels sit on calendar boundaries (month starts for monthly
// points, Mondays for weekly ones); QDateTimeAxis spaces its ticks evenly instead.
QCategoryAxis *dateAxis(const ChartData &d, double xmin, double xmax, DateTicks::Unit unit, const QLocale &locale)
{
    auto *axis = new QCategoryAxis;
    axis->setProperty(kLocaleProperty, QVariant::fromValue(locale));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setTitleText(d.xTitle);
    if (xmax >= xmin) {
        double pad = (xmax - xmin) * 0.03;
        if (xmax == xmin) // one point: half a period either side, so it gets one label
            pad = 86400000.0 * (unit == DateTicks::Unit::Month ? 14 : unit == DateTicks::Unit::Week ? 3 : 0.5);
        axis->setRange(xmin - pad, xmax + pad);
        relabel(axis, unit);
    }
    return axis;
}

// Relabels the date axis as it zooms and pans, and when the plot gets wider or narrower.
void followChanges(QChart *chart, QCategoryAxis *axis, DateTicks::Unit unit)
{
    QObject::connect(axis, &QValueAxis::rangeChanged, axis, [axis, unit] { relabel(axis, unit); });
    QObject::connect(chart, &QChart::plotAreaChanged, axis, [chart, axis, unit](const QRectF &plot) {
        if (qFuzzyCompare(axis->property(kPlotWidthProperty).toDouble(), plot.width()))
            return;
        axis->setProperty(kPlotWidthProperty, plot.width());
        relabel(axis, unit);
        // New labels lay out on the next event loop turn; an export renders right after a
        // resize, so lay them out now (the nested pass reports the same width and stops here).
        if (chart->layout())
            chart->layout()->activate();
    });
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
    return create(data, QLocale());
}

QChart *ChartFactory::create(const ChartData &data, const QLocale &locale)
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
    DateTicks::Unit unit = DateTicks::Unit::Day;
    if (data.xAxis == AxisKind::Date) {
        unit = DateTicks::detectUnit(pointDates(data));
        x = dateAxis(data, xmin, xmax, unit, locale);
    } else {
        x = valueAxis(data.xAxis, data.xTitle, xmin, xmax);
    }
    QAbstractAxis *y = valueAxis(data.yAxis, data.yTitle, data.yAxis == AxisKind::Log ? ymin : std::min(0.0, ymin), ymax);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    if (auto *dates = qobject_cast<QCategoryAxis *>(x); dates && data.xAxis == AxisKind::Date && xmax >= xmin)
        followChanges(chart, dates, unit); // an empty chart keeps an unlabelled axis

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
