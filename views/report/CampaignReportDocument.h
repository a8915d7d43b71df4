// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/CampaignReportData.h"
#include "report/ReportPrinter.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <memory>

class QTextDocument;

namespace rr {

class Database;
class ReportText;

// The campaign performance report as a printable document (issue 6): the HTML of
// CampaignReportHtml in the report's language, the report font (a CJK family named explicitly,
// ReportFonts), and its two charts rendered at print resolution from the same SQL as the
// Analytics tab, their words and date labels in the report's language. One object serves the
// print preview, the printer, the PDF export and `redroster report campaign`.
class CampaignReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(rr::CampaignReportDocument)
public:
    CampaignReportDocument(const Database &db, const CampaignReportData &data, const QString &language);
    ~CampaignReportDocument();

    QTextDocument *document() const { return m_doc.get(); }
    const PageDecor &decor() const { return m_decor; }
    // Empty, or why the report may be incomplete (no Chinese font: Qt would drop the Chinese).
    QString warning() const { return m_warning; }

    bool writePdf(const QString &fileName, const QPageLayout &layout, QString *error);

    // Loads campaign `campaignId` and writes its report (the command line's whole job).
    static bool writeCampaignPdf(Database &db, qint64 campaignId, const QString &language,
                                 const MetricSettings &settings, const QDate &today, const QString &fileName,
                                 QString *error, QString *warning = nullptr);

private:
    void addCharts(const Database &db, const CampaignReportData &data, const ReportText &text);

    std::unique_ptr<QTextDocument> m_doc;
    PageDecor m_decor;
    QString m_warning;
};

} // namespace rr
