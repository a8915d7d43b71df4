// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace rr {

// Pipeline status of a creator relationship, in pipeline order.
enum class Status { Prospect, OutreachSent, Negotiating, ActivePartner, Paused, Declined };
inline constexpr std::array<Status, 6> allStatuses{Status::Prospect, Status::OutreachSent,
                                                   Status::Negotiating, Status::ActivePartner,
                                                   Status::Paused, Status::Declined};

class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(rr::StatusText)
public:
    static QString key(Status status); // stable storage key
    static std::optional<Status> fromKey(const QString &key);
    static QString label(Status status);
};

// Content formats on XHS.
enum class ContentFormat { Image, Video };

class FormatText
{
    Q_DECLARE_TR_FUNCTIONS(rr::FormatText)
public:
    static QString key(ContentFormat format);
    static std::optional<ContentFormat> fromKey(const QString &key);
    static QString label(ContentFormat format);
};

// Campaign / collaboration objectives.
enum class Objective { Awareness, Conversion, Seeding };
inline constexpr std::array<Objective, 3> allObjectives{Objective::Awareness, Objective::Conversion,
                                                        Objective::Seeding};

class ObjectiveText
{
    Q_DECLARE_TR_FUNCTIONS(rr::ObjectiveText)
public:
    static QString key(Objective objective);
    static std::optional<Objective> fromKey(const QString &key);
    static QString label(Objective objective);
};

} // namespace rr
