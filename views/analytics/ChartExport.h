// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/ChartData.h"

#include <QCoreApplication>
#include <QSize>
#include <QLocale>
#include <QImage>
#include <QString>

class QChart;
class QPainter;
class QRectF;

namespace rr {

// Writes a chart as PNG, SVG or PDF (by the file's suffix) or its data as CSV. The picture is
// rendered from the chart's scene at `size` (PNG at twice that for sharp text); PDF is one
// landscape A4 page with the chart as vectors.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(rr::ChartExport)
public:
    enum class Format { Png, Svg, Pdf, Csv };

    static std::optional<Format> formatForFile(const QString &fileName);
    // The file dialog filter for all formats.
    static QString fileFilter();
    // Renders `data` on a new chart of `size` and writes it; false with a message naming the file.
    static bool write(const ChartData &data, const QString &fileName, QString *error,
                      QSize size = QSize(1000, 600));
    // Renders `data` on a new chart of `size` (the chart's own units) into an image `scale` times
    // as large, date labels in `locale` (for reports, whose language may differ from the UI's).
    static QImage image(const ChartData &data, QSize size, qreal scale, const QLocale &locale);
    // Paints `data` laid out at `size` into `target` of `painter` as vectors (a PDF or printer
    // keeps lines and text sharp at any zoom), date labels in `locale`.
    static void paint(const ChartData &data, QPainter *painter, const QRectF &target, QSize size,
                      const QLocale &locale);
    // Writes an existing chart (as zoomed on screen) or, for CSV, its data.
    static bool write(QChart *chart, const ChartData &data, const QString &fileName, QString *error,
                      QSize size = QSize(1000, 600));
};

} // namespace rr
