// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Status.h"

namespace rr {

QString StatusText::key(Status status)
{
    switch (status) {
    case Status::Prospect: return QStringLiteral("prospect");
    case Status::OutreachSent: return QStringLiteral("outreach_sent");
    case Status::Negotiating: return QStringLiteral("negotiating");
    case Status::ActivePartner: return QStringLiteral("active");
    case Status::Paused: return QStringLiteral("paused");
    case Status::Declined: return QStringLiteral("declined");
    }
    return {};
}

std::optional<Status> StatusText::fromKey(const QString &key)
{
    for (Status s : allStatuses) {
        if (StatusText::key(s) == key)
            return s;
    }
    return std::nullopt;
}

QString StatusText::label(Status status)
{
    switch (status) {
    case Status::Prospect: return tr("Prospect");
    case Status::OutreachSent: return tr("Outreach Sent");
    case Status::Negotiating: return tr("Negotiating");
    case Status::ActivePartner: return tr("Active Partner");
    case Status::Paused: return tr("Paused");
    case Status::Declined: return tr("Declined");
    }
    return {};
}

QString FormatText::key(ContentFormat format)
{
    return format == ContentFormat::Image ? QStringLiteral("image") : QStringLiteral("video");
}

std::optional<ContentFormat> FormatText::fromKey(const QString &key)
{
    if (key == QLatin1String("image"))
        return ContentFormat::Image;
    if (key == QLatin1String("video"))
        return ContentFormat::Video;
    return std::nullopt;
}

QString FormatText::label(ContentFormat format)
{
    return format == ContentFormat::Image ? tr("Image note") : tr("Video note");
}

QString ObjectiveText::key(Objective objective)
{
    switch (objective) {
    case Objective::Awareness: return QStringLiteral("awareness");
    case Objective::Conversion: return QStringLiteral("conversion");
    case Objective::Seeding: return QStringLiteral("seeding");
    }
    return {};
}

std::optional<Objective> ObjectiveText::fromKey(const QString &key)
{
    for (Objective o : allObjectives) {
        if (ObjectiveText::key(o) == key)
            return o;
    }
    return std::nullopt;
}

QString ObjectiveText::label(Objective objective)
{
    switch (objective) {
    case Objective::Awareness: return tr("Awareness");
    case Objective::Conversion: return tr("Conversion");
    case Objective::Seeding: return tr("UGC / seeding");
    }
    return {};
}

} // namespace rr
