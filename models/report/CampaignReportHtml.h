// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/CampaignReportData.h"

#include <QString>

namespace rr {

class ReportText;

// The campaign performance report as one escaped HTML document for QTextDocument (print
// preview, printer, PDF and the golden-file tests share it): cover, KPI summary led by the
// objective's metrics, charts, a table per creator, highlights, the per-post appendix, and the
// definitions with the sources and as-of dates of the figures. Everything in the report's
// language (ReportText), numbers in its forms (NumberFormat). Charts are referenced as image
// resources "chart:trend" and "chart:tiers", which the views render and add
// (ReportPrinter::addImage(doc, trendChart(), image) registers "chart:trend").
class CampaignReportHtml
{
public:
    struct Options
    {
        bool charts = true;
        int chartWidth = 640;  // points
        int chartHeight = 260;
        int highlights = 5;    // top posts by save rate
    };

    static QString build(const CampaignReportData &data, const ReportText &text, const Options &options);
    static QString build(const CampaignReportData &data, const ReportText &text) { return build(data, text, Options()); }

    static QString trendChart() { return QStringLiteral("trend"); }
    static QString tierChart() { return QStringLiteral("tiers"); }
};

} // namespace rr
