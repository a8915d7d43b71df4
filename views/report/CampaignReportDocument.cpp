// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/CampaignReportDocument.h"

#include "analytics/AnalyticsQueries.h"
#include "analytics/ChartData.h"
#include "analytics/ChartExport.h"
#include "domain/NumberFormat.h"
#include "report/CampaignReportHtml.h"
#include "report/ReportChartObject.h"
#include "report/ReportFonts.h"
#include "report/ReportLabels.h"
#include "report/ReportText.h"
#include "store/Database.h"

#include <QImage>
#include <QTextDocument>

namespace rr {

namespace {

// Print resolution for the chart pictures: the HTML sizes them in px (1/96 inch).
constexpr qreal kChartScale = 300.0 / 96.0;

double dayMs(const QDate &day)
{
    return double(day.startOfDay().toMSecsSinceEpoch());
}

} // namespace

CampaignReportDocument::CampaignReportDocument(const Database &db, const CampaignReportData &data,
                                               const QString &language)
    : m_doc(std::make_unique<QTextDocument>())
{
    const ReportText text(language);
    const QString cjk = ReportFonts::cjkFamily();
    if (cjk.isEmpty())
        m_warning = ReportFonts::missingFontMessage();
    m_doc->setDefaultFont(ReportFonts::reportFont(text.language(), 10));
    m_doc->setDocumentMargin(0);
    CampaignReportHtml::Options options;
    m_doc->setHtml(CampaignReportHtml::build(data, text, options));
    addCharts(db, data, text); // after setHtml, which clears the document's resources
    m_doc->setMetaInformation(QTextDocument::DocumentTitle, data.campaign.name);

    m_decor.headerLeft = text.translate("rr::Report", "Campaign performance report");
    m_decor.headerRight = data.campaign.name;
    m_decor.footerLeft = text.translate("rr::Report", "RedRoster · %1").arg(NumberFormat::date(data.generatedOn, text.locale()));
    m_decor.pageFormat = text.translate("rr::Report", "Page %1 of %2");
    m_decor.font = ReportFonts::reportFont(text.language(), 8);
    m_decor.title = text.translate("rr::Report", "%1: campaign performance report").arg(data.campaign.name);
}

CampaignReportDocument::~CampaignReportDocument() = default;

void CampaignReportDocument::addCharts(const Database &db, const CampaignReportData &data, const ReportText &text)
{
    const CampaignReportHtml::Options options;
    const QSize size(options.chartWidth, options.chartHeight);
    AnalyticsFilter filter;
    filter.campaignIds = {data.campaign.id};
    const AnalyticsQueries queries(db, data.settings);
    StoreError error;

    // Engagement and save rate by week: the Analytics tab's trend, in the report's words.
    QList<TrendPoint> points;
    ChartData trend;
    trend.kind = ChartKind::Trend;
    trend.xAxis = AxisKind::Date;
    trend.yAxis = AxisKind::Percent;
    trend.xTitle = text.translate("rr::Report", "Week of publication");
    trend.yTitle = text.translate("rr::Report", "Rate (%)");
    if (queries.trend(filter, Period::Week, TrendGroup::None, &points, &error)) {
        ChartSeries er{QStringLiteral("er"), text.translate("rr::Report", "Engagement rate"), {}};
        ChartSeries sr{QStringLiteral("sr"), text.translate("rr::Report", "Save rate"), {}};
        for (const TrendPoint &p : points) {
            if (p.engagementRate)
                er.points.append({dayMs(p.periodStart), *p.engagementRate * 100.0, {}, 0, p.posts});
            if (p.saveRate)
                sr.points.append({dayMs(p.periodStart), *p.saveRate * 100.0, {}, 0, p.posts});
        }
        trend.series = {er, sr};
    }
    // Possibly hundreds of points: a picture at print resolution.
    ReportPrinter::addImage(m_doc.get(), CampaignReportHtml::trendChart(),
                            ChartExport::image(trend, size, kChartScale, text.locale()));

    // Median save rate by tier, n posts under each bar.
    QList<GroupMedian> medians;
    ChartData tiers;
    tiers.kind = ChartKind::Compare;
    tiers.xAxis = AxisKind::Category;
    tiers.yAxis = AxisKind::Percent;
    tiers.xTitle = text.translate("rr::Report", "Tier");
    tiers.yTitle = text.translate("rr::Report", "Median save rate (%)");
    if (queries.medians(filter, CompareBy::Tier, CompareMetric::SaveRate, &medians, &error)) {
        ChartSeries s{QStringLiteral("sr"), text.translate("rr::Report", "Save rate"), {}};
        // Smallest tier first, as on the Analytics tab.
        for (Tier tier : {Tier::Koc, Tier::Micro, Tier::Mid, Tier::Mega}) {
            for (const GroupMedian &g : medians) {
                if (g.group != TierText::key(tier) || !g.median.value)
                    continue;
                tiers.categories << text.translate("rr::Report", "%1 n=%2")
                                        .arg(ReportLabels::tier(tier, text), text.locale().toString(g.median.count));
                s.points.append({double(tiers.categories.size() - 1), *g.median.value * 100.0, {}, 0, g.median.count});
            }
        }
        tiers.series = {s};
    }
    // A handful of bars: vectors, sharp at any zoom, its labels searchable.
    ReportChartObject::embed(m_doc.get(), CampaignReportHtml::tierChart(), tiers, text.locale());
}

bool CampaignReportDocument::writePdf(const QString &fileName, const QPageLayout &layout, QString *error)
{
    return ReportPrinter::writePdf(m_doc.get(), fileName, m_decor, layout, error);
}

bool CampaignReportDocument::writeCampaignPdf(Database &db, qint64 campaignId, const QString &language,
                                              const MetricSettings &settings, const QDate &today,
                                              const QString &fileName, QString *error, QString *warning)
{
    CampaignReportData data;
    StoreError e;
    if (!CampaignReportLoader::load(db, campaignId, settings, today, &data, &e)) {
        *error = e.message;
        return false;
    }
    CampaignReportDocument report(db, data, language);
    if (warning)
        *warning = report.warning();
    return report.writePdf(fileName, ReportPrinter::defaultLayout(), error);
}

} // namespace rr
