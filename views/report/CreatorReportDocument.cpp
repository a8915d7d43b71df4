// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/CreatorReportDocument.h"

#include "analytics/ChartData.h"
#include "domain/NumberFormat.h"
#include "report/ReportChartObject.h"
#include "report/ReportFonts.h"
#include "report/ReportText.h"
#include "store/Database.h"

#include <QTextDocument>

namespace rr {

CreatorReportDocument::CreatorReportDocument(const CreatorReportData &data, const QString &language)
    : m_doc(std::make_unique<QTextDocument>())
{
    const ReportText text(language);
    if (ReportFonts::cjkFamily().isEmpty())
        m_warning = ReportFonts::missingFontMessage();
    m_doc->setDefaultFont(ReportFonts::reportFont(text.language(), 9));
    m_doc->setDocumentMargin(0);
    CreatorReportHtml::Options options;
    options.followerChart = data.followerHistory.size() > 1;
    m_doc->setHtml(CreatorReportHtml::build(data, text, options));
    if (options.followerChart) {
        CreatorReportHtml::Options compact = options;
        compact.followerChart = false;
        m_compactHtml = CreatorReportHtml::build(data, text, compact);
    }
    if (options.followerChart)
        addFollowerChart(data, text); // after setHtml, which clears the document's resources
    const QString name = data.creator.nickname.isEmpty() ? data.creator.handle : data.creator.nickname;
    m_doc->setMetaInformation(QTextDocument::DocumentTitle, name);

    m_decor.headerLeft = text.translate("rr::Report", "Creator profile");
    m_decor.headerRight = name;
    m_decor.footerLeft = text.translate("rr::Report", "RedRoster · %1").arg(NumberFormat::date(data.generatedOn, text.locale()));
    m_decor.pageFormat = text.translate("rr::Report", "Page %1 of %2");
    m_decor.font = ReportFonts::reportFont(text.language(), 8);
    m_decor.title = text.translate("rr::Report", "%1: creator profile").arg(name);
}

CreatorReportDocument::~CreatorReportDocument() = default;

void CreatorReportDocument::addFollowerChart(const CreatorReportData &data, const ReportText &text)
{
    // The follower history as on the creator's Analytics chart, in the report's words.
    ChartData chart;
    chart.kind = ChartKind::Followers;
    chart.xAxis = AxisKind::Date;
    chart.yAxis = AxisKind::Value;
    ChartSeries s{QStringLiteral("followers"), text.translate("rr::Report", "Followers"), {}};
    for (const FollowerPoint &p : data.followerHistory)
        s.points.append({double(p.asOf.startOfDay().toMSecsSinceEpoch()), double(p.followers), {}, 0, 0});
    chart.series = {s};
    // A few points: vectors, sharp at any zoom.
    ReportChartObject::embed(m_doc.get(), CreatorReportHtml::followerChart(), chart, text.locale());
}

bool CreatorReportDocument::writePdf(const QString &fileName, const QPageLayout &layout, QString *error)
{
    if (!ReportPrinter::writePdf(m_doc.get(), fileName, m_decor, layout, error))
        return false;
    if (m_doc->pageCount() <= 1 || m_compactHtml.isEmpty())
        return true;
    m_doc->setHtml(m_compactHtml);
    m_compactHtml.clear();
    return ReportPrinter::writePdf(m_doc.get(), fileName, m_decor, layout, error);
}

bool CreatorReportDocument::writeCreatorPdf(Database &db, qint64 creatorId, const QString &language,
                                            const MetricSettings &settings, const QDate &today,
                                            const QString &fileName, QString *error, QString *warning)
{
    CreatorReportData data;
    StoreError e;
    if (!CreatorReportLoader::load(db, creatorId, settings, today, &data, &e)) {
        *error = e.message;
        return false;
    }
    CreatorReportDocument report(data, language);
    if (warning)
        *warning = report.warning();
    return report.writePdf(fileName, ReportPrinter::defaultLayout(), error);
}

} // namespace rr
