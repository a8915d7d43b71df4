// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/CampaignReportHtml.h"

#include "campaign/KpiTargetText.h"
#include "domain/NumberFormat.h"
#include "report/ReportFormat.h"
#include "report/ReportLabels.h"
#include "report/ReportHtmlWriter.h"
#include "report/ReportText.h"

#include <cmath>

namespace rr {

namespace {

namespace NF = NumberFormat;

class Writer : ReportHtmlWriter
{
public:
    Writer(const CampaignReportData &data, const ReportText &text, const CampaignReportHtml::Options &options)
        : ReportHtmlWriter(text), d(data), o(options), m(data.settings)
    {
    }

    QString build();

private:
    QString ratingOr(std::optional<int> v) const { return v ? QStringLiteral("%1/5").arg(loc.toString(*v)) : ReportFormat::dash(); }

    QString objectiveLabel(Objective objective) const { return ReportLabels::objective(objective, t); }
    QString tierLabel(std::optional<Tier> tier) const { return tier ? ReportLabels::tier(*tier, t) : ReportFormat::dash(); }
    QString campaignStatusLabel(CampaignStatus s) const { return ReportLabels::campaignStatus(s, t); }
    QString kpiLabel(Kpi k) const { return ReportLabels::kpi(k, t); }
    QString kpiValue(Kpi k) const;
    QString kpiTarget(Kpi k) const; // the target and whether it was met; empty without a target
    QString sourceLabel(const QString &source) const;

    void cover();
    void kpis();
    void charts();
    void creators();
    void highlights();
    void appendix();
    void definitions();

    void row(const QStringList &cells, bool header = false, bool bold = false);
    // `wrap`: the columns whose text may wrap (names, titles); figures never break.
    void tableStart(const QStringList &headers, const QList<int> &wrap = {0}, const QList<int> &widths = {});

    const CampaignReportData &d;
    const CampaignReportHtml::Options &o;
    QList<int> m_wrap;
    Metrics m;
};

void Writer::row(const QStringList &cells, bool header, bool bold)
{
    h += QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i) {
        const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
        const QString align = i == 0 || header || m_wrap.contains(i) ? QStringLiteral("left") : QStringLiteral("right");
        const QString style = header || m_wrap.contains(i) ? QStringLiteral("font-size: 8pt")
                                                           : QStringLiteral("font-size: 8pt; white-space: nowrap");
        h += QStringLiteral("<%1 align=\"%2\" style=\"%3\">%4%5%6</%1>")
                 .arg(tag, align, style, bold ? QStringLiteral("<b>") : QString(), cells.at(i),
                      bold ? QStringLiteral("</b>") : QString());
    }
    h += QStringLiteral("</tr>");
}

void Writer::tableStart(const QStringList &headers, const QList<int> &wrap, const QList<int> &widths)
{
    m_wrap = wrap;
    h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><thead><tr>");
    for (int i = 0; i < headers.size(); ++i) {
        const QString width = i < widths.size() && widths.at(i) > 0 ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i))
                                                                    : QString();
        h += QStringLiteral("<th align=\"left\" style=\"font-size: 8pt; white-space: nowrap\"%1>%2</th>").arg(width, headers.at(i));
    }
    h += QStringLiteral("</tr></thead><tbody>");
}

QString Writer::kpiValue(Kpi k) const
{
    const CampaignKpis &kp = d.kpis;
    switch (k) {
    case Kpi::Spend: return f.money(kp.spendFen());
    case Kpi::Budget: return f.money(d.campaign.budgetFen);
    case Kpi::Views:
    case Kpi::Engagements:
    case Kpi::Saves:
    case Kpi::Clicks: {
        const std::optional<double> v = kp.value(k);
        if (!v)
            return ReportFormat::dash();
        // 12,200 (1.2万) / 12,200 (12K); small counts once.
        const QString full = NF::count(qint64(*v), loc);
        const QString shortForm = NF::compact(qint64(*v), loc);
        return shortForm == full ? full : full + QStringLiteral(" (") + shortForm + u')';
    }
    case Kpi::SpendOfBudget:
    case Kpi::EngagementRate:
    case Kpi::SaveRate: return f.percent(kp.value(k));
    case Kpi::Cpe:
    case Kpi::Cpm:
    case Kpi::Cpr:
    case Kpi::Cpc: return f.yuan(kp.value(k));
    case Kpi::Delivered:
        return t.translate("rr::Report", "%1 of %2 contracted")
            .arg(loc.toString(kp.delivered()), loc.toString(kp.contracted()));
    }
    return ReportFormat::dash();
}

QString Writer::sourceLabel(const QString &source) const
{
    if (source.isEmpty() || source == QLatin1String("manual"))
        return t.translate("rr::Report", "entered by hand");
    if (source.startsWith(QLatin1String("pugongying")) || source == QStringLiteral("蒲公英"))
        return t.translate("rr::Report", "Pugongying (蒲公英)");
    if (source == QLatin1String("qiangua") || source == QStringLiteral("千瓜"))
        return t.translate("rr::Report", "Qiangua (千瓜)");
    return source;
}

void Writer::cover()
{
    const Campaign &c = d.campaign;
    h += QStringLiteral("<h1>%1</h1><h2>%2</h2>")
             .arg(esc(t.translate("rr::Report", "Campaign performance report")), esc(c.name));
    h += QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"3\">");
    const auto fact = [this](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
    };
    fact(t.translate("rr::Report", "Brand"), c.brand.isEmpty() ? ReportFormat::dash() : esc(c.brand));
    if (!c.product.isEmpty())
        fact(t.translate("rr::Report", "Product"), esc(c.product));
    fact(t.translate("rr::Report", "Objective"), esc(objectiveLabel(c.objective)));
    fact(t.translate("rr::Report", "Dates"), esc(t.translate("rr::Report", "%1 to %2").arg(f.date(c.startsOn), f.date(c.endsOn))));
    fact(t.translate("rr::Report", "Owner"), c.owner.isEmpty() ? ReportFormat::dash() : esc(c.owner));
    fact(t.translate("rr::Report", "Status"), esc(campaignStatusLabel(c.status)));
    fact(t.translate("rr::Report", "Report date"), esc(f.date(d.generatedOn)));
    fact(t.translate("rr::Report", "Figures as of"),
         esc(!d.lastAsOf.isValid() ? ReportFormat::dash()
             : d.firstAsOf == d.lastAsOf
                 ? f.date(d.lastAsOf)
                 : t.translate("rr::Report", "%1 to %2").arg(f.date(d.firstAsOf), f.date(d.lastAsOf))));
    h += QStringLiteral("</table>");
}

QString Writer::kpiTarget(Kpi k) const
{
    const auto it = d.targets.constFind(k);
    if (it == d.targets.cend())
        return {};
    const double target = it.value();
    const QString text = KpiTargetText::display(k, target, loc);
    const std::optional<double> actual = d.kpis.value(k);
    if (!actual)
        return text;
    if (CampaignKpis::meets(k, *actual, target))
        return t.translate("rr::Report", "%1 · ✓ met").arg(text);
    if (target <= 0)
        return t.translate("rr::Report", "%1 · ✗ not met").arg(text);
    return t.translate("rr::Report", "%1 · ✗ not met (%2 of target)").arg(text, NF::percent(*actual / target, loc, 0));
}

void Writer::kpis()
{
    h += QStringLiteral("<h2>%1</h2>").arg(esc(t.translate("rr::Report", "Key results")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(t.translate("rr::Report", "Led by the metrics of the campaign's objective, %1 (in bold).")
                          .arg(objectiveLabel(d.campaign.objective))));
    if (d.posts.isEmpty()) {
        h += QStringLiteral("<p class=\"empty\"><b>%1</b></p>")
                 .arg(esc(t.translate("rr::Report", "No posts have been recorded for this campaign yet, so there are no "
                                                    "results to report.")));
    }
    const QList<Kpi> headline = CampaignKpis::headlineKpis(d.campaign.objective);
    if (d.targets.isEmpty()) {
        tableStart({esc(t.translate("rr::Report", "Metric")), esc(t.translate("rr::Report", "Result"))}, {0}, {65, 35});
        for (Kpi k : CampaignKpis::kpisFor(d.campaign.objective))
            row({esc(kpiLabel(k)), esc(kpiValue(k))}, false, headline.contains(k));
    } else {
        tableStart({esc(t.translate("rr::Report", "Metric")), esc(t.translate("rr::Report", "Result")),
                    esc(t.translate("rr::Report", "Target"))},
                   {0, 2}, {35, 25, 40});
        for (Kpi k : CampaignKpis::kpisFor(d.campaign.objective))
            row({esc(kpiLabel(k)), esc(kpiValue(k)), esc(kpiTarget(k))}, false, headline.contains(k));
    }
    tableEnd();
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(t.translate("rr::Report", "%1 of %n post(s) measured.", nullptr, int(d.posts.size()))
                          .arg(loc.toString(d.measuredPosts()))));
}

void Writer::charts()
{
    if (!o.charts || d.measuredPosts() == 0)
        return;
    h += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
             .arg(esc(t.translate("rr::Report", "Engagement and save rate")));
    const auto image = [this](const QString &name, const QString &caption) {
        h += QStringLiteral("<p align=\"center\"><img src=\"chart:%1\" width=\"%2\" height=\"%3\"><br><i>%4</i></p>")
                 .arg(name)
                 .arg(o.chartWidth)
                 .arg(o.chartHeight)
                 .arg(esc(caption));
    };
    image(CampaignReportHtml::trendChart(),
          t.translate("rr::Report", "Engagement rate and save rate by week of publication"));
    image(CampaignReportHtml::tierChart(), t.translate("rr::Report", "Median save rate by tier"));
}

void Writer::creators()
{
    h += QStringLiteral("<h2>%1</h2>").arg(esc(t.translate("rr::Report", "Creators")));
    if (d.creators.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(t.translate("rr::Report", "No creators are part of this campaign yet.")));
        return;
    }
    tableStart({esc(t.translate("rr::Report", "Creator")), esc(t.translate("rr::Report", "Tier")),
                esc(t.translate("rr::Report", "Fee")), esc(t.translate("rr::Report", "Delivered")),
                esc(t.translate("rr::Report", "Views")), esc(t.translate("rr::Report", "Engagements")),
                esc(t.translate("rr::Report", "ER")), esc(t.translate("rr::Report", "SR")),
                esc(t.translate("rr::Report", "CPE")), esc(t.translate("rr::Report", "Fit · reliability"))},
               {0, 1, 9}, {17, 11, 9, 10, 8, 13, 7, 7, 8, 10});
    for (const ReportCreatorRow &c : d.creators) {
        const bool measured = c.measuredPosts > 0;
        std::optional<qint64> views, engagements;
        if (measured) {
            views = c.totals.views;
            engagements = m.engagements(c.totals);
        }
        QString name = esc(c.name);
        if (!c.handle.isEmpty())
            name += QStringLiteral("<br><small>%1</small>").arg(esc(c.handle));
        row({name, esc(tierLabel(c.tier)), esc(f.money(c.feeFen)),
             esc(QStringLiteral("%1 / %2").arg(loc.toString(c.delivered), loc.toString(c.contracted))),
             esc(views ? NF::compact(*views, loc) : ReportFormat::dash()), esc(engagements ? NF::compact(*engagements, loc) : ReportFormat::dash()),
             esc(f.percent(measured ? m.engagementRate(c.totals) : std::nullopt)),
             esc(f.percent(measured ? m.saveRate(c.totals) : std::nullopt)),
             esc(f.yuan(measured ? m.cpe(c.feeFen, c.totals) : std::nullopt)),
             esc(QStringLiteral("%1 · %2").arg(ratingOr(c.brandFit), ratingOr(c.reliability)))});
    }
    tableEnd();
}

void Writer::highlights()
{
    const QList<ReportPost> top = d.topBySaveRate(o.highlights);
    if (top.isEmpty())
        return;
    h += QStringLiteral("<h2>%1</h2>").arg(esc(t.translate("rr::Report", "Highlights: top posts by save rate")));
    tableStart({QStringLiteral("#"), esc(t.translate("rr::Report", "Post")), esc(t.translate("rr::Report", "Creator")),
                esc(t.translate("rr::Report", "Saves")), esc(t.translate("rr::Report", "Views")),
                esc(t.translate("rr::Report", "Save rate"))},
               {1, 2}, {5, 39, 20, 12, 12, 12});
    int rank = 0;
    for (const ReportPost &p : top) {
        row({loc.toString(++rank), esc(p.title.isEmpty() ? f.date(p.publishedOn) : p.title), esc(p.creatorName),
             esc(f.count(p.latest->saves)), esc(f.count(p.latest->views)), esc(f.percent(m.saveRate(*p.latest)))});
    }
    tableEnd();
}

void Writer::appendix()
{
    if (d.posts.isEmpty())
        return;
    h += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
             .arg(esc(t.translate("rr::Report", "Appendix: every post")));
    // Counts in full here (the exact figures behind the summary); likes, comments and shares
    // of each post are in the campaign's CSV export.
    tableStart({esc(t.translate("rr::Report", "Published")), esc(t.translate("rr::Report", "Creator")),
                esc(t.translate("rr::Report", "Post")), esc(t.translate("rr::Report", "Views")),
                esc(t.translate("rr::Report", "Engagements")), esc(t.translate("rr::Report", "Saves")),
                esc(t.translate("rr::Report", "ER")), esc(t.translate("rr::Report", "SR")),
                esc(t.translate("rr::Report", "As of"))},
               {1, 2}, {11, 13, 23, 9, 11, 8, 7, 7, 11});
    for (const ReportPost &p : d.posts) {
        QString post = esc(p.title.isEmpty() ? t.translate("rr::Report", "(untitled)") : p.title);
        if (!p.url.isEmpty())
            post += QStringLiteral("<br><span style=\"font-size: 6.5pt\"><a href=\"%1\">%1</a></span>").arg(esc(p.url));
        if (!p.latest) {
            row({esc(f.date(p.publishedOn)), esc(p.creatorName), post, ReportFormat::dash(), ReportFormat::dash(), ReportFormat::dash(), ReportFormat::dash(), ReportFormat::dash(),
                 esc(t.translate("rr::Report", "not measured"))});
            continue;
        }
        const PostCounts &c = *p.latest;
        // The snapshot's date; † marks the post-campaign update (the sources are listed above).
        const QString asOf = esc(f.date(p.asOf)) + (p.isFinal ? QStringLiteral(" †") : QString());
        row({esc(f.date(p.publishedOn)), esc(p.creatorName), post, esc(f.count(c.views)),
             esc(f.count(m.engagements(c))), esc(f.count(c.saves)),
             esc(f.percent(m.engagementRate(c))), esc(f.percent(m.saveRate(c))), asOf});
    }
    tableEnd();
}

void Writer::definitions()
{
    h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(t.translate("rr::Report", "How the figures are made")));
    const auto item = [this](const QString &s) { h += QStringLiteral("<li>%1</li>").arg(esc(s)); };
    item(d.settings.sharesCountAsEngagement
             ? t.translate("rr::Report", "Engagements = likes + comments + saves + shares.")
             : t.translate("rr::Report", "Engagements = likes + comments + saves."));
    item(t.translate("rr::Report", "Engagement rate (ER) = engagements ÷ views; save rate (SR) = saves ÷ views."));
    item(t.translate("rr::Report", "CPE = fee ÷ engagements; CPM = fee ÷ views × 1,000; a collaboration's fee is "
                                   "shared equally by its posts."));
    item(t.translate("rr::Report", "Each post counts with its latest metrics snapshot. A figure whose parts are "
                                   "unknown, or whose denominator is zero, is shown as — and left out."));
    item(t.translate("rr::Report", "Tiers by followers: Mega KOL from %1, Mid-tier KOL from %2, Micro KOL from %3, "
                                   "KOC below.")
             .arg(NF::compact(d.settings.tiers.mega, loc), NF::compact(d.settings.tiers.mid, loc),
                  NF::compact(d.settings.tiers.micro, loc)));
    h += QStringLiteral("</ul>");

    h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(t.translate("rr::Report", "Sources")));
    if (d.sources.isEmpty())
        item(t.translate("rr::Report", "No metrics have been recorded."));
    for (auto it = d.sources.cbegin(); it != d.sources.cend(); ++it)
        item(t.translate("rr::Report", "%1: %n post(s)", nullptr, it.value()).arg(sourceLabel(it.key())));
    const QDate due = d.finalUpdateDue();
    const int measured = d.measuredPosts();
    if (!due.isValid())
        item(t.translate("rr::Report", "The campaign has no end date, so the one-week post-campaign update is not "
                                       "scheduled."));
    else if (d.generatedOn < due)
        item(t.translate("rr::Report", "The post-campaign update is due on %1, one week after the campaign ends.")
                 .arg(f.date(due)));
    else
        item(t.translate("rr::Report", "Post-campaign update (due %1): %2 of %n measured post(s) updated.", nullptr,
                         measured)
                 .arg(f.date(due), loc.toString(d.finalPosts)));
    if (d.finalPosts > 0)
        item(t.translate("rr::Report", "In the appendix, † marks figures from the post-campaign update."));
    h += QStringLiteral("</ul>");
}

QString Writer::build()
{
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                        "h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 14px; } h3 { font-size: 11pt; }"
                        " table.grid { border-color: #999999; border-style: solid; }"
                        " th { background-color: #f0e6e6; } small { color: #555555; }"
                        "</style></head><body>");
    cover();
    kpis();
    charts();
    creators();
    highlights();
    definitions();
    appendix();
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace

QString CampaignReportHtml::build(const CampaignReportData &data, const ReportText &text, const Options &options)
{
    return Writer(data, text, options).build();
}

} // namespace rr
