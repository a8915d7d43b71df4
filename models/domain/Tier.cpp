// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Tier.h"

namespace rr {

Tier TierThresholds::tierFor(qint64 followers) const
{
    if (followers >= mega)
        return Tier::Mega;
    if (followers >= mid)
        return Tier::Mid;
    if (followers >= micro)
        return Tier::Micro;
    return Tier::Koc;
}

qint64 TierThresholds::lowerBound(Tier tier) const
{
    switch (tier) {
    case Tier::Mega: return mega;
    case Tier::Mid: return mid;
    case Tier::Micro: return micro;
    case Tier::Koc: return 0;
    }
    return 0;
}

std::optional<qint64> TierThresholds::upperBound(Tier tier) const
{
    switch (tier) {
    case Tier::Mega: return std::nullopt;
    case Tier::Mid: return mega;
    case Tier::Micro: return mid;
    case Tier::Koc: return micro;
    }
    return std::nullopt;
}

QString TierText::key(Tier tier)
{
    switch (tier) {
    case Tier::Mega: return QStringLiteral("mega");
    case Tier::Mid: return QStringLiteral("mid");
    case Tier::Micro: return QStringLiteral("micro");
    case Tier::Koc: return QStringLiteral("koc");
    }
    return {};
}

std::optional<Tier> TierText::fromKey(const QString &key)
{
    for (Tier t : allTiers) {
        if (TierText::key(t) == key)
            return t;
    }
    return std::nullopt;
}

QString TierText::label(Tier tier)
{
    switch (tier) {
    case Tier::Mega: return tr("Mega KOL");
    case Tier::Mid: return tr("Mid-tier KOL");
    case Tier::Micro: return tr("Micro KOL");
    case Tier::Koc: return tr("KOC");
    }
    return {};
}

} // namespace rr
