// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/RosterSheet.h"

#include "domain/NumberFormat.h"
#include "report/ReportFormat.h"
#include "report/ReportLabels.h"
#include "report/ReportHtmlWriter.h"
#include "report/ReportText.h"

namespace rr {

namespace {

namespace NF = NumberFormat;

// The roster or shortlist sheet (issue 6 §2): source texts shared with the creator profile where
// the meaning is the same, so the reports read alike and share translations.
class Writer : ReportHtmlWriter
{
public:
    Writer(const RosterSheetData &data, const ReportText &text) : ReportHtmlWriter(text), d(data) {}

    QString build();

private:
    QString list(const QStringList &items) const
    {
        return items.join(t.isChinese() ? QStringLiteral("、") : QStringLiteral(", "));
    }
    QString category(const CategoryName &c) const
    {
        const QString name = t.isChinese() ? c.zh : c.en;
        return name.isEmpty() ? (t.isChinese() ? c.en : c.zh) : name;
    }
    QString ratings(const RosterSheetRow &r) const
    {
        if (!r.brandFit && !r.reliability)
            return ReportFormat::dash();
        const auto one = [this](std::optional<double> v) { return v ? loc.toString(*v, 'f', 1) : ReportFormat::dash(); };
        return QStringLiteral("%1 · %2").arg(one(r.brandFit), one(r.reliability));
    }
    QString filterWords() const;
    void heading();
    void table();
    void notes();

    const RosterSheetData &d;
};

QString Writer::filterWords() const
{
    const RosterFilter &r = d.filter;
    const QString sep = t.isChinese() ? QStringLiteral("：") : QStringLiteral(": ");
    QStringList parts;
    const auto add = [&](const QString &label, const QString &value) { parts << label + sep + value; };
    if (!r.search.trimmed().isEmpty())
        add(t.translate("rr::Report", "Search"), QStringLiteral("“%1”").arg(r.search.trimmed()));
    if (!r.tiers.isEmpty()) {
        QStringList v;
        for (const Tier tier : r.tiers)
            v << ReportLabels::tier(tier, t);
        add(t.translate("rr::Report", "Tier"), list(v));
    }
    if (!d.filterCategories.isEmpty()) {
        QStringList v;
        for (const CategoryName &c : d.filterCategories)
            v << category(c);
        add(t.translate("rr::Report", "Categories"), list(v));
    }
    if (!r.cities.isEmpty())
        add(t.translate("rr::Report", "City"), list(r.cities));
    if (!r.statuses.isEmpty()) {
        QStringList v;
        for (const Status s : r.statuses)
            v << ReportLabels::status(s, t);
        add(t.translate("rr::Report", "Status"), list(v));
    }
    if (!d.filterTags.isEmpty())
        add(t.translate("rr::Report", "Tags"), list(d.filterTags));
    if (!r.owners.isEmpty())
        add(t.translate("rr::Report", "Owner"), list(r.owners));
    if (!r.agencies.isEmpty()) {
        QStringList v;
        for (const QString &a : r.agencies)
            v << (a.isEmpty() ? t.translate("rr::Report", "independent") : a);
        add(t.translate("rr::Report", "Agency"), list(v));
    }
    if (r.minFollowers || r.maxFollowers) {
        const QString low = r.minFollowers ? NF::compact(*r.minFollowers, loc) : QString();
        const QString high = r.maxFollowers ? NF::compact(*r.maxFollowers, loc) : QString();
        add(t.translate("rr::Report", "Followers"),
            !r.maxFollowers ? t.translate("rr::Report", "from %1").arg(low)
            : !r.minFollowers ? t.translate("rr::Report", "up to %1").arg(high)
                              : t.translate("rr::Report", "%1 to %2").arg(low, high));
    }
    if (r.minBrandFit)
        add(t.translate("rr::Report", "Brand fit"), QStringLiteral("≥ %1").arg(loc.toString(*r.minBrandFit, 'f', 1)));
    if (r.minReliability)
        add(t.translate("rr::Report", "Reliability"), QStringLiteral("≥ %1").arg(loc.toString(*r.minReliability, 'f', 1)));
    if (r.shortlistId)
        add(t.translate("rr::Report", "Shortlist"), d.filterShortlistName.isEmpty() ? loc.toString(*r.shortlistId)
                                                                                  : d.filterShortlistName);
    if (r.hideDoNotContact)
        parts << t.translate("rr::Report", "do-not-contact creators left out");
    if (parts.isEmpty())
        return t.translate("rr::Report", "All creators, no filter.");
    return t.translate("rr::Report", "Filter: %1").arg(parts.join(QStringLiteral(" · ")));
}

void Writer::heading()
{
    h += QStringLiteral("<h1>%1</h1>").arg(esc(RosterSheetHtml::title(d, t)));
    QString sub;
    if (d.source == RosterSheetData::Source::Shortlist)
        sub = d.shortlistPurpose.simplified();
    else
        sub = filterWords();
    if (!sub.isEmpty())
        h += QStringLiteral("<p style=\"font-size: 9pt\">%1</p>").arg(esc(sub));
    QString meta = t.translate("rr::Report", "Report date") + (t.isChinese() ? QStringLiteral("：") : QStringLiteral(": "))
        + f.date(d.generatedOn) + QStringLiteral(" · ")
        + t.translate("rr::Report", "%n creator(s)", nullptr, int(d.matched));
    if (d.isCapped())
        meta += QStringLiteral(" · ")
            + t.translate("rr::Report", "the first %1 of %2 are listed")
                  .arg(loc.toString(qint64(d.rows.size())), loc.toString(d.matched));
    h += QStringLiteral("<p style=\"font-size: 8pt; color: #555555\">%1</p>").arg(esc(meta));
}

void Writer::table()
{
    if (d.rows.isEmpty()) {
        h += QStringLiteral("<p style=\"font-size: 9pt\">%1</p>").arg(esc(t.translate("rr::Report", "No creators to list.")));
        return;
    }
    struct Column { QString title; bool number; int width; };
    const QList<Column> columns = {
        {QStringLiteral("#"), true, 3},
        {t.translate("rr::Report", "Creator"), false, 11},
        {t.translate("rr::Report", "XHS ID"), false, 12},
        {t.translate("rr::Report", "Tier"), false, 7},
        {t.translate("rr::Report", "Category"), false, 7},
        {t.translate("rr::Report", "Followers"), true, 6},
        {t.translate("rr::Report", "Stated engagement rate"), true, 7},
        {t.translate("rr::Report", "Image note price"), true, 7},
        {t.translate("rr::Report", "Video note price"), true, 7},
        {t.translate("rr::Report", "Status"), false, 9},
        {t.translate("rr::Report", "Owner"), false, 11},
        {t.translate("rr::Report", "Fit · reliability"), true, 7},
        {t.translate("rr::Report", "City"), false, 6},
    };
    h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><thead><tr>");
    for (const Column &c : columns)
        h += QStringLiteral("<th align=\"%1\" width=\"%2%\" style=\"font-size: 7.5pt\">%3</th>")
                 .arg(c.number ? QStringLiteral("right") : QStringLiteral("left"))
                 .arg(c.width)
                 .arg(esc(c.title));
    h += QStringLiteral("</tr></thead><tbody>");
    const auto cells = [&](const QStringList &values, const QString &background) {
        h += QStringLiteral("<tr>");
        for (int i = 0; i < values.size(); ++i) {
            const bool number = columns.at(i).number;
            h += QStringLiteral("<td align=\"%1\"%2 style=\"font-size: 8pt; line-height: 13px; -qt-line-height-type: fixed%3\">%4</td>")
                     .arg(number ? QStringLiteral("right") : QStringLiteral("left"),
                          background.isEmpty() ? QString() : QStringLiteral(" bgcolor=\"%1\"").arg(background),
                          number ? QStringLiteral("; white-space: nowrap") : QString(), values.at(i));
        }
        h += QStringLiteral("</tr>");
    };
    int n = 0;
    for (const RosterSheetRow &r : d.rows) {
        ++n;
        QString tier = r.tier ? esc(ReportLabels::tier(*r.tier, t)) : ReportFormat::dash();
        if (r.tierSetByHand)
            tier += QStringLiteral("*");
        QString status = esc(ReportLabels::status(r.status, t));
        if (r.doNotContact)
            status += esc(t.translate("rr::Report", " · do not contact"));
        cells({esc(loc.toString(n)), esc(r.nickname.isEmpty() ? ReportFormat::dash() : r.nickname),
               esc(r.handle.isEmpty() ? ReportFormat::dash() : r.handle), tier,
               esc(category(r.category).isEmpty() ? ReportFormat::dash() : category(r.category)),
               esc(f.compact(r.followers)), esc(f.percent(r.engagementRate)), esc(f.money(r.priceImageFen)),
               esc(f.money(r.priceVideoFen)), status, esc(r.owner.isEmpty() ? ReportFormat::dash() : r.owner),
               esc(ratings(r)), esc(r.city.isEmpty() ? ReportFormat::dash() : r.city)},
              n % 2 == 0 ? QStringLiteral("#faf5f5") : QString());
    }
    // Totals over the listed rows.
    const std::optional<double> median = d.medianEngagementRate();
    QStringList total(columns.size(), QString());
    total[1] = QStringLiteral("<b>%1</b>").arg(
        esc(t.translate("rr::Report", "Total: %n creator(s)", nullptr, int(d.rows.size()))));
    total[5] = QStringLiteral("<b>%1</b>").arg(esc(f.compact(d.followerSum())));
    total[6] = median ? QStringLiteral("<b>%1</b>")
                            .arg(esc(t.translate("rr::Report", "median %1").arg(NF::percent(*median, loc))))
                      : ReportFormat::dash();
    cells(total, QStringLiteral("#f0e6e6"));
    h += QStringLiteral("</tbody></table>");
}

void Writer::notes()
{
    QStringList mix;
    for (const Tier tier : allTiers) {
        if (const int n = d.tierCount(tier))
            mix << QStringLiteral("%1 %2").arg(ReportLabels::tier(tier, t), loc.toString(n));
    }
    if (const int n = d.tierCount(std::nullopt))
        mix << QStringLiteral("%1 %2").arg(t.translate("rr::Report", "tier unknown"), loc.toString(n));
    QStringList lines;
    if (!mix.isEmpty())
        lines << t.translate("rr::Report", "Tier mix: %1.").arg(mix.join(QStringLiteral(" · ")));
    if (d.isCapped())
        lines << t.translate("rr::Report", "The first %1 of %2 matching creators are listed; the totals count the listed ones.")
                     .arg(loc.toString(qint64(d.rows.size())), loc.toString(d.matched));
    const TierThresholds &th = d.settings.tiers;
    lines << t.translate("rr::Report", "Tiers by followers: Mega KOL from %1, Mid-tier KOL from %2, Micro KOL from %3, KOC below.")
                 .arg(NF::compact(th.mega, loc), NF::compact(th.mid, loc), NF::compact(th.micro, loc));
    lines << t.translate("rr::Report", "* tier set by hand. Followers and the stated engagement rate are the profile's "
                                       "latest; ratings are the averages of brand fit and reliability (1–5).");
    for (const QString &line : lines)
        h += QStringLiteral("<p style=\"font-size: 7pt\">%1</p>").arg(esc(line));
}

QString Writer::build()
{
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                        "h1 { font-size: 14pt; margin-bottom: 2px; }"
                        " table.grid { border-color: #999999; border-style: solid; }"
                        " th { background-color: #f0e6e6; }"
                        "</style></head><body>");
    heading();
    table();
    notes();
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace

QString RosterSheetHtml::title(const RosterSheetData &data, const ReportText &text)
{
    if (data.source == RosterSheetData::Source::Shortlist)
        return text.translate("rr::Report", "Shortlist: %1").arg(data.shortlistName);
    return text.translate("rr::Report", "Creator roster");
}

QString RosterSheetHtml::build(const RosterSheetData &data, const ReportText &text)
{
    return Writer(data, text).build();
}

} // namespace rr
