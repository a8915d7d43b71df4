// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Status.h"
#include "domain/Tier.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rr {

// One creator's profile: every field of the source article. Money in fen (CNY cents).
struct Creator
{
    qint64 id = 0;     // 0 until stored
    int version = 0;   // optimistic-lock counter of the stored row

    QString handle;    // 小红书号
    QString profileUrl;
    QString nickname;  // 昵称
    QString realName;
    QString contactMethod; // wechat / phone / email / agency / other
    QString wechat;
    QString phone;
    QString email;

    std::optional<qint64> primaryCategoryId;
    QList<qint64> secondaryCategoryIds;

    std::optional<qint64> followers; // latest snapshot, mirrored from follower history
    QDate followersAsOf;
    std::optional<Tier> tierOverride;
    std::optional<double> avgEngagementRate; // 0..1

    QString city;
    QStringList languages;
    bool hasAgency = false;
    QString agencyName;

    std::optional<qint64> priceImageFen; // 图文报价
    std::optional<qint64> priceVideoFen; // 视频报价
    std::optional<qint64> feeMinFen;
    std::optional<qint64> feeMaxFen;
    QList<ContentFormat> formats;

    QDate firstContactOn;
    QString owner;
    Status status = Status::Prospect;
    bool doNotContact = false;
    std::optional<double> brandFit;
    std::optional<double> reliability;
    QString communicationNotes;
    QString notes;
    QStringList tags;

    // Derived tier: the override when set, else from the latest follower count.
    std::optional<Tier> tier(const TierThresholds &thresholds) const
    {
        if (tierOverride)
            return tierOverride;
        if (!followers)
            return std::nullopt;
        return thresholds.tierFor(*followers);
    }

    // Lower-cased text the roster search matches against.
    QString searchText() const;

    bool operator==(const Creator &) const = default;
};

// Profile links: https://www.xiaohongshu.com/user/profile/<24-hex id>?xsec_token=… and
// http://xhslink.com/… short links. Returns the comparison key: "xhs:<id>" when the user id is in
// the link, else lower-cased host + path without scheme, query, fragment or trailing slash.
QString normalizedProfileKey(const QString &link);

} // namespace rr
