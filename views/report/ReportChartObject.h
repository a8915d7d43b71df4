// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/ChartData.h"

#include <QHash>
#include <QLocale>
#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace rr {

// A chart drawn into a report as vectors: lines, bars and text stay sharp in the PDF and on the
// printer at any zoom, and the chart's words can be searched and copied. Meant for small charts
// (a few bars or points); a chart of thousands of points is better as a picture
// (ReportPrinter::addImage), which keeps the PDF small and fast to open.
//
// The report's HTML places the chart as <img src="chart:NAME" width=W height=H> (px, 1/96 inch);
// embed() swaps that picture for this object, drawn at the same size.
class ReportChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int Type = QTextFormat::UserObject + 1;

    // Replaces every <img src="chart:NAME"> of `doc` by `data` drawn as vectors, date labels in
    // `locale`. Returns how many pictures were replaced (0 when the HTML has none by that name).
    static int embed(QTextDocument *doc, const QString &name, const ChartData &data, const QLocale &locale);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    explicit ReportChartObject(QTextDocument *doc);
    static ReportChartObject *handler(QTextDocument *doc);

    struct Chart
    {
        ChartData data;
        QLocale locale;
    };
    QHash<QString, Chart> m_charts;
};

} // namespace rr
