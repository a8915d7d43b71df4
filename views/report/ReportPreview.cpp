// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportPreview.h"

#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace rr {

int ReportPreview::preview(QTextDocument *doc, const PageDecor &decor, QPrinter *printer,
                           QWidget *parent)
{
    QPrintPreviewDialog dialog(printer, parent);
    dialog.setWindowTitle(tr("Print Preview: %1")
                              .arg(decor.title.isEmpty() ? decor.headerLeft : decor.title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [doc, decor, &dialog](QPrinter *target) {
                         QString error;
                         if (!ReportPrinter::print(doc, target, decor, &error))
                             QMessageBox::warning(&dialog, tr("Print"), error);
                     });
    return dialog.exec();
}

} // namespace rr
