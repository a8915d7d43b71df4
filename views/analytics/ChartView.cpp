// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/ChartView.h"

#include "analytics/ChartFactory.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>
#include <QXYSeries>

#include <cmath>

namespace rr {

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
}

void ChartView::setData(const ChartData &data)
{
    m_data = data;
    m_hoverText.clear();
    QChart *old = chart();
    setChart(ChartFactory::create(m_data));
    delete old;
    // Bars only zoom sideways poorly: keep the rectangle for point charts.
    setRubberBand(m_data.xAxis == AxisKind::Category ? QChartView::NoRubberBand : QChartView::RectangleRubberBand);
    connectSeries();
}

void ChartView::connectSeries()
{
    const QList<QAbstractSeries *> all = chart()->series();
    for (QAbstractSeries *s : all) {
        if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            const int index = ChartFactory::seriesIndex(xy);
            connect(xy, &QXYSeries::hovered, this,
                    [this, index](const QPointF &p, bool state) { showHover(index, p, state); });
            connect(xy, &QXYSeries::clicked, this, [this, index](const QPointF &p) { pointClicked(index, p); });
        } else if (auto *bars = qobject_cast<QBarSeries *>(s)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets) {
                const int index = set->property("rrSeries").toInt();
                connect(set, &QBarSet::hovered, this,
                        [this, index](bool state, int bar) { showBarHover(index, bar, state); });
            }
        }
    }
}

const ChartPoint *ChartView::nearest(int seriesIndex, const QPointF &value) const
{
    if (seriesIndex < 0 || seriesIndex >= m_data.series.size())
        return nullptr;
    const QList<ChartPoint> &points = m_data.series.at(seriesIndex).points;
    // Distance in screen space, so a date axis (milliseconds) and a rate axis weigh alike.
    QAbstractSeries *series = nullptr;
    const QList<QAbstractSeries *> all = chart()->series();
    for (QAbstractSeries *s : all) {
        if (ChartFactory::seriesIndex(s) == seriesIndex)
            series = s;
    }
    const QPointF at = chart()->mapToPosition(value, series);
    const ChartPoint *best = nullptr;
    double bestDistance = 0;
    for (const ChartPoint &p : points) {
        const QPointF pos = chart()->mapToPosition(QPointF(p.x, p.y), series);
        const double d = std::hypot(pos.x() - at.x(), pos.y() - at.y());
        if (!best || d < bestDistance) {
            best = &p;
            bestDistance = d;
        }
    }
    return best;
}

void ChartView::showHover(int seriesIndex, const QPointF &value, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    if (const ChartPoint *p = nearest(seriesIndex, value)) {
        m_hoverText = p->label;
        QToolTip::showText(QCursor::pos(), m_hoverText, this);
    }
}

void ChartView::showBarHover(int seriesIndex, int barIndex, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    if (seriesIndex < 0 || seriesIndex >= m_data.series.size())
        return;
    for (const ChartPoint &p : m_data.series.at(seriesIndex).points) {
        if (int(p.x) == barIndex) {
            m_hoverText = p.label;
            QToolTip::showText(QCursor::pos(), m_hoverText, this);
            return;
        }
    }
}

void ChartView::pointClicked(int seriesIndex, const QPointF &value)
{
    if (const ChartPoint *p = nearest(seriesIndex, value); p && p->id > 0)
        emit creatorActivated(p->id);
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    if (!chart() || m_data.xAxis == AxisKind::Category) {
        QChartView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        chart()->zoom(std::pow(1.25, steps));
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        const QPoint delta = now - m_panFrom;
        chart()->scroll(-delta.x(), delta.y());
        m_panFrom = now;
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    // QChartView zooms out on a right click with a rubber band; keep that, it is the expected undo.
    QChartView::mouseReleaseEvent(event);
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (chart())
        chart()->zoomReset();
    event->accept();
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (!chart()) {
        QChartView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: chart()->zoomIn(); break;
    case Qt::Key_Minus: chart()->zoomOut(); break;
    case Qt::Key_Left: chart()->scroll(-20, 0); break;
    case Qt::Key_Right: chart()->scroll(20, 0); break;
    case Qt::Key_Up: chart()->scroll(0, 20); break;
    case Qt::Key_Down: chart()->scroll(0, -20); break;
    case Qt::Key_Home: chart()->zoomReset(); break;
    default: QChartView::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace rr
