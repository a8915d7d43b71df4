// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportPrinter.h"
#include "report/RosterSheet.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <memory>

class QTextDocument;

namespace rr {

class Database;

// A printable sheet of a shortlist's creators or of a filtered roster (issue 6 §2): the HTML of
// RosterSheetHtml in the report's language with the report font (ReportFonts), the table header
// repeated on every page. Serves the print preview, the printer, the PDF export and
// `redroster report shortlist`. Meant for landscape paper (layout()).
class RosterSheetDocument
{
    Q_DECLARE_TR_FUNCTIONS(rr::RosterSheetDocument)
public:
    RosterSheetDocument(const RosterSheetData &data, const QString &language);
    ~RosterSheetDocument();

    QTextDocument *document() const { return m_doc.get(); }
    const PageDecor &decor() const { return m_decor; }
    // Empty, or why the report may be incomplete (no Chinese font).
    QString warning() const { return m_warning; }

    // The sheet's page: A4 landscape with the reports' margins.
    static QPageLayout layout();

    bool writePdf(const QString &fileName, const QPageLayout &pageLayout, QString *error);

private:
    std::unique_ptr<QTextDocument> m_doc;
    PageDecor m_decor;
    QString m_warning;
};

} // namespace rr
