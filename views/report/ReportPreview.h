// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportPrinter.h"

#include <QCoreApplication>

class QPrinter;
class QTextDocument;
class QWidget;

namespace rr {

// Print preview of a report through QPrintPreviewDialog on the application's one printer: every
// repaint (page setup, zoom, printing from the dialog) goes through ReportPrinter::print.
class ReportPreview
{
    Q_DECLARE_TR_FUNCTIONS(rr::ReportPreview)
public:
    // Modal; returns the dialog's result (QDialog::Accepted if the user printed).
    static int preview(QTextDocument *doc, const PageDecor &decor, QPrinter *printer,
                       QWidget *parent);
};

} // namespace rr
