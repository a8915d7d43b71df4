// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Status.h"
#include "domain/Tier.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rr {

// What the roster shows: every criterion is ANDed; a list criterion matches any of its values.
// Values are always bound into SQL, never spliced.
struct RosterFilter
{
    QString search;              // substring of handle, nickname, real name or notes
    QList<Tier> tiers;
    QList<qint64> categoryIds;   // primary or secondary category
    QStringList cities;
    QList<Status> statuses;
    QList<qint64> tagIds;
    QStringList owners;
    QStringList agencies;        // agency names; an empty string entry means "independent"
    std::optional<qint64> minFollowers;
    std::optional<qint64> maxFollowers;
    std::optional<double> minBrandFit;
    std::optional<double> minReliability;
    std::optional<qint64> shortlistId;
    bool hideDoNotContact = false;

    bool isEmpty() const { return *this == RosterFilter{}; }
    // Stable JSON form (storage keys, not labels) for saved shortlists; criteria left at their
    // defaults are omitted. fromJson ignores unknown keys and values.
    QJsonObject toJson() const;
    static RosterFilter fromJson(const QJsonObject &json);
    bool operator==(const RosterFilter &) const = default;
};

} // namespace rr
