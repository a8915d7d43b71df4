// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Metrics.h"

#include <cmath>

namespace rr {

PostCounts addCounts(const PostCounts &a, const PostCounts &b)
{
    const auto add = [](std::optional<qint64> x, std::optional<qint64> y) {
        return x && y ? std::optional<qint64>(*x + *y) : std::nullopt;
    };
    return {add(a.views, b.views), add(a.likes, b.likes), add(a.comments, b.comments),
            add(a.saves, b.saves), add(a.shares, b.shares), add(a.clicks, b.clicks)};
}

namespace {
std::optional<double> asDouble(std::optional<qint64> v)
{
    if (!v)
        return std::nullopt;
    return static_cast<double>(*v);
}

std::optional<double> yuan(std::optional<qint64> fen)
{
    if (!fen)
        return std::nullopt;
    return static_cast<double>(*fen) / 100.0;
}
} // namespace

std::optional<double> Metrics::ratio(std::optional<double> numerator,
                                     std::optional<double> denominator)
{
    if (!numerator || !denominator || *denominator == 0.0 || !std::isfinite(*numerator)
        || !std::isfinite(*denominator))
        return std::nullopt;
    return *numerator / *denominator;
}

std::optional<qint64> Metrics::engagements(const PostCounts &c) const
{
    if (!c.likes || !c.comments || !c.saves)
        return std::nullopt;
    qint64 sum = *c.likes + *c.comments + *c.saves;
    if (m_settings.sharesCountAsEngagement) {
        if (!c.shares)
            return std::nullopt;
        sum += *c.shares;
    }
    return sum;
}

std::optional<double> Metrics::engagementRate(const PostCounts &c) const
{
    return ratio(asDouble(engagements(c)), asDouble(c.views));
}

std::optional<double> Metrics::saveRate(const PostCounts &c) const
{
    return ratio(asDouble(c.saves), asDouble(c.views));
}

std::optional<double> Metrics::likesPerSave(const PostCounts &c) const
{
    return ratio(asDouble(c.likes), asDouble(c.saves));
}

bool Metrics::isViral(const PostCounts &c) const
{
    const auto e = engagements(c);
    return e && *e >= m_settings.viralEngagements;
}

std::optional<double> Metrics::cpe(std::optional<qint64> costFen, const PostCounts &c) const
{
    return ratio(yuan(costFen), asDouble(engagements(c)));
}

std::optional<double> Metrics::cpm(std::optional<qint64> costFen, const PostCounts &c) const
{
    const auto perView = ratio(yuan(costFen), asDouble(c.views));
    if (!perView)
        return std::nullopt;
    return *perView * 1000.0;
}

std::optional<double> Metrics::cpr(std::optional<qint64> costFen, const PostCounts &c) const
{
    return ratio(yuan(costFen), asDouble(c.views));
}

std::optional<double> Metrics::cpc(std::optional<qint64> costFen, const PostCounts &c) const
{
    return ratio(yuan(costFen), asDouble(c.clicks));
}

} // namespace rr
