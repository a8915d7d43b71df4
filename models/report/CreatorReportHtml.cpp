// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/CreatorReport.h"

#include "domain/NumberFormat.h"
#include "report/ReportFormat.h"
#include "report/ReportLabels.h"
#include "report/ReportHtmlWriter.h"
#include "report/ReportText.h"

namespace rr {

namespace {

namespace NF = NumberFormat;

// The one-page creator profile (issue 6 §2). Source texts shared with the campaign report where
// the meaning is the same, so both reports read alike and share translations.
class Writer : ReportHtmlWriter
{
public:
    Writer(const CreatorReportData &data, const ReportText &text, const CreatorReportHtml::Options &options)
        : ReportHtmlWriter(text), d(data), o(options), m(data.settings)
    {
    }

    QString build();

private:
    QString averageOr(std::optional<double> v, int n) const
    {
        return v ? QStringLiteral("%1/5 (n=%2)").arg(loc.toString(*v, 'f', 1), loc.toString(n)) : ReportFormat::dash();
    }
    QString eventKind(const QString &key) const;
    QString categories() const;

    void profile();
    void rates();
    void collaborations();
    void events();

    void fact(const QString &label, const QString &valueHtml)
    {
        h += QStringLiteral("<tr><td style=\"font-size: 8pt\"><b>%1</b></td><td style=\"font-size: 8pt\">%2</td></tr>")
                 .arg(esc(label), valueHtml);
    }
    void row(const QStringList &cells, const QList<int> &wrap);
    void tableStart(const QStringList &headers, const QList<int> &widths);

    const CreatorReportData &d;
    const CreatorReportHtml::Options &o;
    Metrics m;
};

QString Writer::eventKind(const QString &key) const
{
    if (key == QLatin1String("contact"))
        return t.translate("rr::Report", "Contact");
    if (key == QLatin1String("status"))
        return t.translate("rr::Report", "Status change");
    if (key == QLatin1String("note"))
        return t.translate("rr::Report", "Note");
    if (key == QLatin1String("rating"))
        return t.translate("rr::Report", "Rating");
    return key;
}

QString Writer::categories() const
{
    QStringList names;
    for (const CategoryName &c : d.categories)
        names << (t.isChinese() ? c.zh : c.en);
    return names.isEmpty() ? ReportFormat::dash() : names.join(t.isChinese() ? QStringLiteral("、") : QStringLiteral(", "));
}

void Writer::row(const QStringList &cells, const QList<int> &wrap)
{
    h += QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i) {
        const bool wraps = wrap.contains(i);
        h += QStringLiteral("<td align=\"%1\" style=\"font-size: 8pt%2\">%3</td>")
                 .arg(wraps ? QStringLiteral("left") : QStringLiteral("right"),
                      wraps ? QString() : QStringLiteral("; white-space: nowrap"), cells.at(i));
    }
    h += QStringLiteral("</tr>");
}

void Writer::tableStart(const QStringList &headers, const QList<int> &widths)
{
    h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><thead><tr>");
    for (int i = 0; i < headers.size(); ++i) {
        const QString width = i < widths.size() && widths.at(i) > 0 ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i))
                                                                    : QString();
        h += QStringLiteral("<th align=\"left\" style=\"font-size: 8pt; white-space: nowrap\"%1>%2</th>").arg(width, headers.at(i));
    }
    h += QStringLiteral("</tr></thead><tbody>");
}

void Writer::profile()
{
    const Creator &c = d.creator;
    h += QStringLiteral("<h1>%1</h1><h2>%2</h2>")
             .arg(esc(t.translate("rr::Report", "Creator profile")), esc(c.nickname.isEmpty() ? c.handle : c.nickname));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"50%\" valign=\"top\">");
    h += QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"2\">");
    fact(t.translate("rr::Report", "XHS ID"), c.handle.isEmpty() ? ReportFormat::dash() : esc(c.handle));
    if (!c.profileUrl.isEmpty())
        fact(t.translate("rr::Report", "Profile link"),
             QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(c.profileUrl)));
    QString tier = d.tier ? esc(ReportLabels::tier(*d.tier, t)) : ReportFormat::dash();
    if (c.tierOverride)
        tier += esc(t.translate("rr::Report", " (set by hand)"));
    fact(t.translate("rr::Report", "Tier"), tier);
    QString followers = c.followers ? esc(NF::count(*c.followers, loc)) : ReportFormat::dash();
    if (c.followers && c.followersAsOf.isValid())
        followers += esc(t.translate("rr::Report", " (as of %1)").arg(f.date(c.followersAsOf)));
    fact(t.translate("rr::Report", "Followers"), followers);
    if (d.followerHistory.size() > 1 && !o.followerChart) { // else the chart shows it
        QStringList points;
        for (const FollowerPoint &p : d.followerHistory)
            points << t.translate("rr::Report", "%1: %2").arg(f.date(p.asOf), NF::compact(p.followers, loc));
        fact(t.translate("rr::Report", "Follower history"), esc(points.join(QStringLiteral(" → "))));
    }
    fact(t.translate("rr::Report", "Categories"), esc(categories()));
    fact(t.translate("rr::Report", "City"), c.city.isEmpty() ? ReportFormat::dash() : esc(c.city));
    QString status = esc(ReportLabels::status(c.status, t));
    if (c.doNotContact)
        status += esc(t.translate("rr::Report", " · do not contact"));
    fact(t.translate("rr::Report", "Status"), status);
    fact(t.translate("rr::Report", "Owner"), c.owner.isEmpty() ? ReportFormat::dash() : esc(c.owner));
    fact(t.translate("rr::Report", "Report date"), esc(f.date(d.generatedOn)));
    h += QStringLiteral("</table></td><td width=\"50%\" valign=\"top\">");
    rates();
    h += QStringLiteral("</td></tr></table>");
    if (o.followerChart && d.followerHistory.size() > 1)
        h += QStringLiteral("<p align=\"center\"><img src=\"chart:%1\" width=\"%2\" height=\"%3\"></p>")
                 .arg(CreatorReportHtml::followerChart())
                 .arg(o.chartWidth)
                 .arg(o.chartHeight);
}

void Writer::rates()
{
    const Creator &c = d.creator;
    h += QStringLiteral("<p style=\"font-size: 9pt\"><b>%1</b></p>").arg(esc(t.translate("rr::Report", "Rates, vetting and ratings")));
    h += QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"2\">");
    fact(t.translate("rr::Report", "Image note price"), esc(f.money(c.priceImageFen)));
    fact(t.translate("rr::Report", "Video note price"), esc(f.money(c.priceVideoFen)));
    fact(t.translate("rr::Report", "Stated engagement rate"), esc(f.percent(c.avgEngagementRate)));
    fact(t.translate("rr::Report", "Brand fit (average)"), esc(averageOr(d.rollup.brandFit, d.rollup.brandFitCount)));
    fact(t.translate("rr::Report", "Reliability (average)"),
         esc(averageOr(d.rollup.reliability, d.rollup.reliabilityCount)));
    if (!d.vetting) {
        fact(t.translate("rr::Report", "Vetting"), esc(t.translate("rr::Report", "not vetted yet")));
    } else {
        const Vetting &v = *d.vetting;
        const auto rating = [this](std::optional<int> r) { return r ? QStringLiteral("%1/5").arg(loc.toString(*r)) : ReportFormat::dash(); };
        QStringList parts;
        parts << t.translate("rr::Report", "comment quality %1").arg(rating(v.commentQuality))
              << t.translate("rr::Report", "content consistency %1").arg(rating(v.contentConsistency));
        if (v.fakeFollowerFlag)
            parts << t.translate("rr::Report", "suspected fake followers");
        if (v.competitorConflict)
            parts << t.translate("rr::Report", "works with a competitor");
        QString vetted = esc(parts.join(QStringLiteral(" · ")));
        if (v.vettedOn.isValid())
            vetted += esc(t.translate("rr::Report", " (vetted %1)").arg(f.date(v.vettedOn)));
        fact(t.translate("rr::Report", "Vetting"), vetted);
        if (!v.audienceNotes.isEmpty())
            fact(t.translate("rr::Report", "Audience"), esc(v.audienceNotes));
    }
    h += QStringLiteral("</table>");
}

void Writer::collaborations()
{
    h += QStringLiteral("<h3>%1</h3>").arg(esc(t.translate("rr::Report", "Collaborations")));
    if (d.collaborations.isEmpty()) {
        h += QStringLiteral("<p style=\"font-size: 8pt\">%1</p>")
                 .arg(esc(t.translate("rr::Report", "No collaborations yet.")));
        return;
    }
    tableStart({esc(t.translate("rr::Report", "Campaign")), esc(t.translate("rr::Report", "Fee")),
                esc(t.translate("rr::Report", "Delivered")), esc(t.translate("rr::Report", "Views")),
                esc(t.translate("rr::Report", "Engagements")), esc(t.translate("rr::Report", "ER")),
                esc(t.translate("rr::Report", "SR")), esc(t.translate("rr::Report", "CPE"))},
               {30, 11, 10, 10, 12, 9, 9, 9});
    const auto figures = [this](const QString &name, std::optional<qint64> fee, const QString &delivered,
                                const PostCounts &c, bool measured) {
        row({name, esc(f.money(fee)), esc(delivered), esc(measured ? f.compact(c.views) : ReportFormat::dash()),
             esc(measured ? f.compact(m.engagements(c)) : ReportFormat::dash()),
             esc(f.percent(measured ? m.engagementRate(c) : std::nullopt)),
             esc(f.percent(measured ? m.saveRate(c) : std::nullopt)),
             esc(f.yuan(measured ? m.cpe(fee, c) : std::nullopt))},
            {0});
    };
    for (const CreatorReportCollaboration &c : d.collaborations.mid(0, CreatorReportData::kCollaborations)) {
        QString name = esc(c.campaignName);
        if (c.campaignStart.isValid())
            name += QStringLiteral(" <small>%1</small>").arg(esc(f.date(c.campaignStart)));
        figures(name, c.feeFen, QStringLiteral("%1 / %2").arg(loc.toString(c.delivered), loc.toString(c.contracted)),
                c.totals, c.measuredPosts > 0);
    }
    if (d.collaborations.size() > 1) {
        int delivered = 0, contracted = 0;
        for (const CreatorReportCollaboration &c : d.collaborations) {
            delivered += c.delivered;
            contracted += c.contracted;
        }
        figures(QStringLiteral("<b>%1</b>").arg(esc(t.translate("rr::Report", "All collaborations"))), d.measuredFeeFen(),
                QStringLiteral("%1 / %2").arg(loc.toString(delivered), loc.toString(contracted)), d.totals(),
                d.measuredPosts() > 0);
    }
    tableEnd();
    QString note = t.translate("rr::Report", "%1 of %n post(s) measured.", nullptr, [this] {
                        int n = 0;
                        for (const CreatorReportCollaboration &c : d.collaborations)
                            n += c.posts;
                        return n;
                    }()).arg(loc.toString(d.measuredPosts()));
    if (d.collaborations.size() > CreatorReportData::kCollaborations)
        note += QLatin1Char(' ')
            + t.translate("rr::Report", "The latest %1 of %2 collaborations are listed; the total counts all of them.")
                  .arg(loc.toString(CreatorReportData::kCollaborations), loc.toString(d.collaborations.size()));
    note += QLatin1Char(' ') + t.translate("rr::Report", "Figures are each post's latest metrics; CPE = fee ÷ engagements.");
    h += QStringLiteral("<p style=\"font-size: 7pt\">%1</p>").arg(esc(note));
}

void Writer::events()
{
    h += QStringLiteral("<h3>%1</h3>").arg(esc(t.translate("rr::Report", "Latest relationship events")));
    if (d.events.isEmpty()) {
        h += QStringLiteral("<p style=\"font-size: 8pt\">%1</p>").arg(esc(t.translate("rr::Report", "None logged yet.")));
        return;
    }
    tableStart({esc(t.translate("rr::Report", "Date")), esc(t.translate("rr::Report", "Event")),
                esc(t.translate("rr::Report", "By")), esc(t.translate("rr::Report", "Note"))},
               {15, 13, 17, 55});
    for (const CreatorReportEvent &e : d.events) {
        // A long note is cut so the profile stays on one page.
        QString note = e.note.simplified();
        if (note.size() > 90)
            note = note.left(89) + QStringLiteral("…");
        row({esc(f.date(e.on)), esc(eventKind(e.kind)), esc(e.owner), esc(note)}, {0, 1, 2, 3});
    }
    tableEnd();
}

QString Writer::build()
{
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                        "h1 { font-size: 15pt; } h2 { font-size: 12pt; } h3 { font-size: 10pt; margin-top: 8px; }"
                        " table.grid { border-color: #999999; border-style: solid; }"
                        " th { background-color: #f0e6e6; } small { color: #555555; }"
                        "</style></head><body>");
    profile(); // with rates() beside the profile facts
    collaborations();
    events();
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace

QString CreatorReportHtml::build(const CreatorReportData &data, const ReportText &text, const Options &options)
{
    return Writer(data, text, options).build();
}

} // namespace rr
