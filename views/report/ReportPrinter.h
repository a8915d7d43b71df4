// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QString>

class QImage;
class QPagedPaintDevice;
class QPrinter;
class QTextDocument;

namespace rr {

// What goes around the report on every page: a header line (title left, e.g. the campaign name
// right) and a footer line (e.g. "Generated 2026-12-01" left, the page number right). The texts are
// in the report's language, which may differ from the interface's, so the caller gives them.
struct PageDecor
{
    QString headerLeft;
    QString headerRight;
    QString footerLeft;
    // "%1" is the page number, "%2" the page count, e.g. "Page %1 of %2" or "第 %1 页，共 %2 页".
    // Empty: the interface's "Page %1 of %2".
    QString pageFormat;
    // Header and footer font (ReportFonts::reportFont(language, 8) is a good choice).
    QFont font;
    // PDF title; empty: headerLeft.
    QString title;
};

// Paints a QTextDocument page by page with a header and footer onto a printer or PDF. The
// document is laid out in points (1/72 inch) with design metrics, whatever the device resolution,
// so text has the size its fonts say on a 300-dpi PDF and on a 1200-dpi printer alike and the
// page breaks do not depend on the device. HTML lengths in px are 1/96 inch as usual in Qt (the
// default screen resolution, 72 on macOS). <thead> rows repeat on each page; page-break-before
// is honoured.
//
// print() and writePdf() change the document: its page size becomes the printable body, and its
// layout measures on a 72-dpi device.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(rr::ReportPrinter)
public:
    // Prints to a QPrinter (native, PDF, or the one a QPrintPreviewDialog hands over), honouring
    // its page layout, full-page mode and page range. False with a message if painting can't start.
    static bool print(QTextDocument *doc, QPrinter *printer, const PageDecor &decor,
                      QString *error = nullptr);
    // Writes a PDF at 300 dpi (title, creator "RedRoster"), replacing the file only on success.
    // False with a message naming the file if it can't be written.
    static bool writePdf(QTextDocument *doc, const QString &fileName, const PageDecor &decor,
                         const QPageLayout &layout, QString *error = nullptr);
    // Paints onto any paged device (QPdfWriter, QPrinter). `fullPage`: the painter's origin is
    // the paper's corner rather than the margins' corner. Pages fromPage..toPage (1-based,
    // 0 = all). Returns the number of pages in the document, or -1 if painting can't start.
    static int render(QTextDocument *doc, QPagedPaintDevice *device, const PageDecor &decor,
                      bool fullPage = false, int fromPage = 0, int toPage = 0,
                      QString *error = nullptr);
    // Makes `image` available to the document's HTML as <img src="chart:NAME" width=W height=H>
    // (W and H in px, 1/96 inch). Render the image at about W*300/96 pixels for a sharp PDF.
    static void addImage(QTextDocument *doc, const QString &name, const QImage &image);
    // The layout a report gets by default: A4 portrait, 15 mm margins.
    static QPageLayout defaultLayout();
};

} // namespace rr
