// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/KpiTargetText.h"

#include "domain/NumberFormat.h"

#include <cmath>

namespace rr {

namespace {

// Money with more precision than fen: CPR targets are fractions of a yuan per view.
std::optional<double> plainYuan(QString text)
{
    for (const QString &mark : {QStringLiteral("¥"), QStringLiteral("￥"), QStringLiteral("元"),
                                QStringLiteral("RMB"), QStringLiteral("CNY"), QStringLiteral(",")})
        text.remove(mark, Qt::CaseInsensitive);
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

Parsed<double> invalid(Kpi kpi, const QString &text)
{
    Parsed<double> p;
    p.state = Parsed<double>::State::Invalid;
    p.note = KpiTargetText::tr("“%1” is not a target for %2: expected %3.")
                 .arg(text, CampaignKpis::label(kpi), KpiTargetText::expected(kpi));
    return p;
}

Parsed<double> ok(double v)
{
    Parsed<double> p;
    p.state = Parsed<double>::State::Ok;
    p.value = v;
    return p;
}

} // namespace

QString KpiTargetText::display(Kpi kpi, double target, const QLocale &locale)
{
    switch (CampaignKpis::unit(kpi)) {
    case KpiUnit::Money:
        return NumberFormat::yuan(target, locale);
    case KpiUnit::Ratio: {
        // A round target reads as typed: 5%, 100%; others keep two decimals: 4.50%.
        const bool whole = std::abs(target * 100.0 - std::round(target * 100.0)) < 1e-9;
        return NumberFormat::percent(target, locale, whole ? 0 : 2);
    }
    case KpiUnit::Count:
        return NumberFormat::count(qint64(std::llround(target)), locale);
    }
    return {};
}

QString KpiTargetText::editText(Kpi kpi, double target)
{
    const QLocale c = QLocale::c();
    switch (CampaignKpis::unit(kpi)) {
    case KpiUnit::Money:
        // Up to four decimals, trailing zeros dropped beyond the fen: ¥0.80, ¥0.0035.
        return QStringLiteral("¥") + (std::abs(target * 100.0 - std::round(target * 100.0)) < 1e-9
                                          ? c.toString(target, 'f', 2)
                                          : c.toString(target, 'g', 6));
    case KpiUnit::Ratio:
        return c.toString(target * 100.0, 'g', 6) + u'%';
    case KpiUnit::Count:
        return c.toString(qint64(std::llround(target)));
    }
    return {};
}

Parsed<double> KpiTargetText::parse(Kpi kpi, const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    switch (CampaignKpis::unit(kpi)) {
    case KpiUnit::Money: {
        if (const std::optional<double> v = plainYuan(text))
            return *v >= 0 ? ok(*v) : invalid(kpi, text);
        const Parsed<qint64> fen = ValueParser::moneyFen(text); // 1.2万, 2千元 …
        if (fen.ok() && fen.value && *fen.value >= 0)
            return ok(double(*fen.value) / 100.0);
        return invalid(kpi, text);
    }
    case KpiUnit::Ratio: {
        const Parsed<double> r = ValueParser::rate(text);
        if (r.ok() && r.value && *r.value >= 0)
            return ok(*r.value);
        return invalid(kpi, text);
    }
    case KpiUnit::Count: {
        const Parsed<qint64> n = ValueParser::count(text);
        if (n.ok() && n.value && *n.value >= 0)
            return ok(double(*n.value));
        return invalid(kpi, text);
    }
    }
    return invalid(kpi, text);
}

QString KpiTargetText::expected(Kpi kpi)
{
    switch (CampaignKpis::unit(kpi)) {
    case KpiUnit::Money:
        return tr("an amount in yuan, e.g. ¥0.80");
    case KpiUnit::Ratio:
        return tr("a percentage, e.g. 5%");
    case KpiUnit::Count:
        return tr("a number, e.g. 120000 or 12万");
    }
    return {};
}

} // namespace rr
