// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportPrinter.h"

#include "report/TableRowKeeper.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace rr {

namespace {

constexpr qreal PointsPerInch = 72.0;
constexpr qreal Gap = 6.0;        // points between header/footer text and body
constexpr qreal RuleWidth = 0.5;  // points

// The device the document is measured on: 72 dpi, so one layout unit is one point.
QPaintDevice *pointDevice()
{
    static QImage image = [] {
        QImage img(1, 1, QImage::Format_ARGB32_Premultiplied);
        const int dotsPerMeter = qRound(PointsPerInch / 0.0254);
        img.setDotsPerMeterX(dotsPerMeter);
        img.setDotsPerMeterY(dotsPerMeter);
        return img;
    }();
    return &image;
}

} // namespace

int ReportPrinter::render(QTextDocument *doc, QPagedPaintDevice *device, const PageDecor &decor,
                          bool fullPage, int fromPage, int toPage, QString *error)
{
    const QPageLayout layout = device->pageLayout();
    const QRectF paintPt = layout.paintRect(QPageLayout::Point);
    const qreal sx = device->logicalDpiX() / PointsPerInch;
    const qreal sy = device->logicalDpiY() / PointsPerInch;
    const QPointF originPt = fullPage ? paintPt.topLeft() : QPointF(0, 0);

    // Header and footer in points.
    const QFontMetricsF fm(decor.font, pointDevice());
    const qreal lineH = fm.height();
    const qreal headerH = lineH + Gap;
    const qreal footerH = lineH + Gap;
    const QSizeF body(paintPt.width(), qMax(lineH, paintPt.height() - headerH - footerH));

    doc->documentLayout()->setPaintDevice(pointDevice());
    doc->setUseDesignMetrics(true);
    doc->setPageSize(body);
    TableRowKeeper::keepRowsTogether(doc);
    const int pageCount = doc->pageCount();

    const int first = fromPage > 0 ? qBound(1, fromPage, pageCount) : 1;
    const int last = toPage > 0 ? qBound(first, toPage, pageCount) : pageCount;
    const QString format = decor.pageFormat.isEmpty() ? tr("Page %1 of %2") : decor.pageFormat;

    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("Could not start printing.");
        return -1;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    // Header and footer are painted in device pixels: a QPainter resolves a font's point size
    // against its device, so under the point-to-device scale the text would be scaled twice.
    const auto toDevice = [&](const QRectF &pt) {
        return QRectF((originPt.x() + pt.x()) * sx, (originPt.y() + pt.y()) * sy, pt.width() * sx,
                      pt.height() * sy);
    };
    auto drawLine = [&](qreal y, const QString &left, const QString &right) {
        // Right text keeps up to half the line; the left one is elided into what remains.
        const QRectF box = toDevice(QRectF(0, y, body.width(), lineH));
        const QFontMetricsF metrics = painter.fontMetrics();
        const qreal spacing = metrics.averageCharWidth() * 2;
        const QString r = metrics.elidedText(right, Qt::ElideMiddle, box.width() / 2);
        const qreal rightWidth = r.isEmpty() ? 0 : metrics.horizontalAdvance(r) + spacing;
        const QString l = metrics.elidedText(left, Qt::ElideRight, box.width() - rightWidth);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, l);
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, r);
    };
    auto drawRule = [&](qreal y) {
        const QRectF line = toDevice(QRectF(0, y, body.width(), 0));
        painter.drawLine(line.topLeft(), line.topRight());
    };

    for (int page = first; page <= last; ++page) {
        if (page > first)
            device->newPage();
        painter.save();
        painter.setFont(decor.font);
        painter.setPen(QPen(Qt::black, RuleWidth * sy));
        drawLine(0, decor.headerLeft, decor.headerRight);
        drawRule(lineH + Gap / 2);
        const qreal footerTop = headerH + body.height() + Gap;
        drawRule(footerTop - Gap / 2);
        drawLine(footerTop, decor.footerLeft, format.arg(page).arg(pageCount));
        painter.restore();

        painter.save();
        painter.scale(sx, sy);
        painter.translate(originPt);
        // The body: the document's slice for this page.
        painter.translate(0, headerH);
        const QRectF view(0, (page - 1) * body.height(), body.width(), body.height());
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -view.top());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return pageCount;
}

bool ReportPrinter::print(QTextDocument *doc, QPrinter *printer, const PageDecor &decor,
                          QString *error)
{
    printer->setDocName(decor.title.isEmpty() ? decor.headerLeft : decor.title);
    printer->setCreator(QStringLiteral("RedRoster"));
    int from = 0;
    int to = 0;
    if (printer->printRange() == QPrinter::PageRange) {
        from = printer->fromPage();
        to = printer->toPage();
    }
    return render(doc, printer, decor, printer->fullPage(), from, to, error) >= 0;
}

bool ReportPrinter::writePdf(QTextDocument *doc, const QString &fileName, const PageDecor &decor,
                             const QPageLayout &layout, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write the PDF file %1: %2")
                         .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(layout.isValid() ? layout : defaultLayout());
        writer.setTitle(decor.title.isEmpty() ? decor.headerLeft : decor.title);
        writer.setCreator(QStringLiteral("RedRoster"));
        QString renderError;
        if (render(doc, &writer, decor, false, 0, 0, &renderError) < 0) {
            file.cancelWriting();
            if (error)
                *error = tr("Could not write the PDF file %1: %2")
                             .arg(QDir::toNativeSeparators(fileName), renderError);
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write the PDF file %1: %2")
                         .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

void ReportPrinter::addImage(QTextDocument *doc, const QString &name, const QImage &image)
{
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:") + name),
                     QVariant(image));
}

QPageLayout ReportPrinter::defaultLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

} // namespace rr
