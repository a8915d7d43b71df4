// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/CreatorReport.h"
#include "report/ReportPrinter.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <memory>

class QTextDocument;

namespace rr {

class Database;
class ReportText;

// The one-page creator profile as a printable document (issue 6 §2): the HTML of
// CreatorReportHtml in the report's language with the report font (ReportFonts) and, when the
// creator has a follower history, a small follower chart. Serves the print preview, the printer,
// the PDF export and `redroster report creator`.
class CreatorReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(rr::CreatorReportDocument)
public:
    CreatorReportDocument(const CreatorReportData &data, const QString &language);
    ~CreatorReportDocument();

    QTextDocument *document() const { return m_doc.get(); }
    const PageDecor &decor() const { return m_decor; }
    // Empty, or why the report may be incomplete (no Chinese font).
    QString warning() const { return m_warning; }

    // Writes the PDF; should the profile run over one page, writes it again without the
    // follower chart (the history is then listed in words).
    bool writePdf(const QString &fileName, const QPageLayout &layout, QString *error);

    // Loads creator `creatorId` and writes its profile (the command line's whole job).
    static bool writeCreatorPdf(Database &db, qint64 creatorId, const QString &language, const MetricSettings &settings,
                                const QDate &today, const QString &fileName, QString *error,
                                QString *warning = nullptr);

private:
    void addFollowerChart(const CreatorReportData &data, const ReportText &text);

    std::unique_ptr<QTextDocument> m_doc;
    PageDecor m_decor;
    QString m_warning;
    QString m_compactHtml; // without the chart; empty when there is no chart
};

} // namespace rr
