// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/RosterFormat.h"

#include "domain/NumberFormat.h"

#include "domain/Status.h"

#include <QDateTime>
#include <QLocale>

namespace rr {

QString RosterFormat::unknown()
{
    return QString(QChar(0x2014));
}

bool RosterFormat::chineseNames()
{
    return QLocale().language() == QLocale::Chinese;
}

std::optional<Tier> RosterFormat::tierOf(const RosterRow &row, const TierThresholds &thresholds)
{
    if (!row.tierOverride.isEmpty())
        return TierText::fromKey(row.tierOverride);
    if (row.followers.isNull())
        return std::nullopt;
    return thresholds.tierFor(row.followers.toLongLong());
}

QString RosterFormat::money(const QVariant &fen)
{
    if (fen.isNull())
        return unknown();
    const qint64 v = fen.toLongLong();
    const QLocale locale;
    const QString amount = v % 100 == 0 ? locale.toString(v / 100) : locale.toString(double(v) / 100.0, 'f', 2);
    return QString(QChar(0x00A5)) + amount;
}

bool RosterFormat::isNumeric(RosterColumn column)
{
    switch (column) {
    case RosterColumn::Followers:
    case RosterColumn::PriceImage:
    case RosterColumn::PriceVideo:
    case RosterColumn::EngagementRate:
    case RosterColumn::BrandFit:
    case RosterColumn::Reliability:
        return true;
    default:
        return false;
    }
}

QVariant RosterFormat::display(const RosterRow &row, RosterColumn column, const TierThresholds &thresholds)
{
    const QLocale locale;
    const auto oneDecimal = [&locale](const QVariant &v) {
        return v.isNull() ? unknown() : locale.toString(v.toDouble(), 'f', 1);
    };
    switch (column) {
    case RosterColumn::Handle: return row.handle;
    case RosterColumn::Nickname: return row.nickname;
    case RosterColumn::Tier: {
        const auto tier = tierOf(row, thresholds);
        if (!tier)
            return unknown();
        // A tier set by hand is marked, so nobody mistakes it for the derived one.
        return row.tierOverride.isEmpty() ? TierText::label(*tier)
                                          : tr("%1 *", "tier set by hand").arg(TierText::label(*tier));
    }
    case RosterColumn::Followers:
        return row.followers.isNull() ? unknown() : locale.toString(row.followers.toLongLong());
    case RosterColumn::Category:
        return chineseNames() ? row.categoryZh : row.categoryEn;
    case RosterColumn::City: return row.city;
    case RosterColumn::Status: {
        const auto status = StatusText::fromKey(row.status);
        return status ? StatusText::label(*status) : row.status;
    }
    case RosterColumn::Owner: return row.owner;
    case RosterColumn::Agency:
        if (!row.hasAgency)
            return QString();
        return row.agencyName.isEmpty() ? tr("Yes (name unknown)") : row.agencyName;
    case RosterColumn::PriceImage: return money(row.priceImageFen);
    case RosterColumn::PriceVideo: return money(row.priceVideoFen);
    case RosterColumn::EngagementRate:
        return row.engagementRate.isNull()
            ? unknown()
            : tr("%1%", "percent").arg(locale.toString(row.engagementRate.toDouble() * 100.0, 'f', 1));
    case RosterColumn::BrandFit: return oneDecimal(row.brandFit);
    case RosterColumn::Reliability: return oneDecimal(row.reliability);
    case RosterColumn::FirstContact: {
        const QDate on = QDate::fromString(row.firstContactOn, Qt::ISODate);
        return on.isValid() ? NumberFormat::date(on, QLocale()) : row.firstContactOn;
    }
    case RosterColumn::Updated: {
        const QDateTime at = QDateTime::fromString(row.updatedAt, Qt::ISODate);
        return at.isValid() ? NumberFormat::date(at.toLocalTime().date(), QLocale()) : row.updatedAt;
    }
    case RosterColumn::Count: break;
    }
    return {};
}

QVariant RosterFormat::raw(const RosterRow &row, RosterColumn column, const TierThresholds &thresholds)
{
    switch (column) {
    case RosterColumn::Handle: return row.handle;
    case RosterColumn::Nickname: return row.nickname;
    case RosterColumn::Tier: {
        const auto tier = tierOf(row, thresholds);
        return tier ? QVariant(TierText::key(*tier)) : QVariant();
    }
    case RosterColumn::Followers: return row.followers;
    case RosterColumn::Category: return chineseNames() ? row.categoryZh : row.categoryEn;
    case RosterColumn::City: return row.city;
    case RosterColumn::Status: return row.status;
    case RosterColumn::Owner: return row.owner;
    case RosterColumn::Agency: return row.hasAgency ? row.agencyName : QString();
    case RosterColumn::PriceImage: return row.priceImageFen;
    case RosterColumn::PriceVideo: return row.priceVideoFen;
    case RosterColumn::EngagementRate: return row.engagementRate;
    case RosterColumn::BrandFit: return row.brandFit;
    case RosterColumn::Reliability: return row.reliability;
    case RosterColumn::FirstContact: return row.firstContactOn;
    case RosterColumn::Updated: return row.updatedAt;
    case RosterColumn::Count: break;
    }
    return {};
}

QVariant RosterFormat::sortValue(const RosterRow &row, RosterColumn column, const TierThresholds &thresholds)
{
    if (column == RosterColumn::Tier) {
        // As the SQL orders it: the tier shown (a manual one included), then followers.
        const auto tier = tierOf(row, thresholds);
        const int rank = !tier ? -1 : 3 - int(*tier); // Tier lists Mega first
        return qint64(rank) * 10000000000000LL + row.followers.toLongLong();
    }
    return raw(row, column, thresholds);
}

QString RosterFormat::toolTip(const RosterRow &row, RosterColumn column)
{
    if (row.doNotContact)
        return tr("Do not contact: marked not to be contacted or re-imported.");
    if (column == RosterColumn::Tier && !row.tierOverride.isEmpty())
        return tr("Tier set by hand, not derived from followers.");
    return {};
}

} // namespace rr
