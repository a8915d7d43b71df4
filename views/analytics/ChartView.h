// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/ChartData.h"

#include <QChartView>

namespace rr {

// A chart the user can read and move around in: values on hover (the point's label as a tool
// tip), zoom with the wheel or by dragging a rectangle, pan with the middle button or the arrow
// keys, back to the whole chart with a double click or Home. A click on a point that stands for a
// creator emits creatorActivated().
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    // Replaces the chart with one built from `data` (series filled in one call each).
    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    // The label of the point a hover last showed (for tests and accessibility).
    QString hoverText() const { return m_hoverText; }

signals:
    void creatorActivated(qint64 creatorId);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void connectSeries();
    void showHover(int seriesIndex, const QPointF &value, bool state);
    void showBarHover(int seriesIndex, int barIndex, bool state);
    void pointClicked(int seriesIndex, const QPointF &value);
    const ChartPoint *nearest(int seriesIndex, const QPointF &value) const;

    ChartData m_data;
    QString m_hoverText;
    bool m_panning = false;
    QPoint m_panFrom;
};

} // namespace rr
