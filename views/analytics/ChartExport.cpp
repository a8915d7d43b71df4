// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/ChartExport.h"

#include "analytics/ChartFactory.h"

#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <memory>

namespace rr {

namespace {

// A chart lives in a scene for rendering; the scene takes ownership of it.
void render(QChart *chart, QPainter *painter, const QRectF &target, QSize size)
{
    chart->resize(size);
    chart->scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    chart->scene()->render(painter, target, QRectF(QPointF(0, 0), size));
}

QString failed(const QString &fileName, const QString &why)
{
    return ChartExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), why);
}

} // namespace

std::optional<ChartExport::Format> ChartExport::formatForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QString ChartExport::fileFilter()
{
    return tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Chart data as CSV (*.csv)");
}

QImage ChartExport::image(const ChartData &data, QSize size, qreal scale, const QLocale &locale)
{
    QGraphicsScene scene;
    QChart *chart = ChartFactory::create(data, locale);
    scene.addItem(chart); // the scene deletes it
    QImage image((QSizeF(size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size) * scale), size);
    return image;
}

void ChartExport::paint(const ChartData &data, QPainter *painter, const QRectF &target, QSize size,
                        const QLocale &locale)
{
    QGraphicsScene scene;
    QChart *chart = ChartFactory::create(data, locale);
    scene.addItem(chart); // the scene deletes it
    render(chart, painter, target, size);
}

bool ChartExport::write(const ChartData &data, const QString &fileName, QString *error, QSize size)
{
    QGraphicsScene scene;
    QChart *chart = ChartFactory::create(data);
    scene.addItem(chart); // the scene deletes it
    return write(chart, data, fileName, error, size);
}

bool ChartExport::write(QChart *chart, const ChartData &data, const QString &fileName, QString *error, QSize size)
{
    const std::optional<Format> format = formatForFile(fileName);
    if (!format) {
        if (error)
            *error = failed(fileName, tr("use a name ending in .png, .svg, .pdf or .csv"));
        return false;
    }
    if (*format == Format::Csv) {
        QSaveFile file(fileName);
        QString why;
        if (!file.open(QIODevice::WriteOnly) || !writeChartCsv(data, &file, &why) || !file.commit()) {
            if (error)
                *error = failed(fileName, why.isEmpty() ? file.errorString() : why);
            return false;
        }
        return true;
    }

    // Render a copy of the on-screen state: a chart shown in a view is rendered through a scene
    // of its own only when it has none.
    std::unique_ptr<QGraphicsScene> ownScene;
    if (!chart->scene()) {
        ownScene = std::make_unique<QGraphicsScene>();
        ownScene->addItem(chart);
    }
    const QSizeF oldSize = chart->size();
    const QRectF oldRect = chart->scene()->sceneRect();
    bool ok = false;
    QString why;
    switch (*format) {
    case Format::Png: {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        render(chart, &painter, QRectF(QPointF(0, 0), size), size);
        painter.end();
        ok = image.save(fileName, "PNG");
        break;
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(data.title);
        QPainter painter;
        if (painter.begin(&svg)) {
            render(chart, &painter, QRectF(QPointF(0, 0), size), size);
            ok = painter.end();
        }
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(fileName);
        pdf.setTitle(data.title);
        pdf.setCreator(QStringLiteral("RedRoster"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                      QPageLayout::Millimeter));
        QPainter painter;
        if (painter.begin(&pdf)) {
            const QRectF page = QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
            const double scale = std::min(page.width() / size.width(), page.height() / size.height());
            render(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size) * scale), size);
            ok = painter.end();
        }
        break;
    }
    case Format::Csv:
        break;
    }
    if (!ownScene) {
        chart->resize(oldSize);
        chart->scene()->setSceneRect(oldRect);
    } else {
        ownScene->removeItem(chart); // the caller keeps the chart
    }
    if (!ok) {
        why = tr("the file could not be written");
        if (error)
            *error = failed(fileName, why);
    }
    return ok;
}

} // namespace rr
