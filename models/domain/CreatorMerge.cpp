// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CreatorMerge.h"

#include "domain/CreatorRecord.h"
#include "domain/NumberFormat.h"
#include "domain/Status.h"
#include "domain/Tier.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace rr {

CreatorMerge::CreatorMerge(const Creator &base, const Creator &mine, const Creator &theirs)
    : m_theirs(theirs), m_mineCreator(mine)
{
    const QJsonObject b = creator_record::auditFields(base);
    const QJsonObject m = creator_record::auditFields(mine);
    const QJsonObject t = creator_record::auditFields(theirs);
    for (auto it = m.begin(); it != m.end(); ++it) {
        const QString key = it.key();
        if (it.value() == b.value(key))
            continue; // not changed by this user
        m_mine << key;
        const QJsonValue stored = t.value(key);
        if (stored != b.value(key) && stored != it.value())
            m_conflicts.append({key, it.value(), stored});
    }
}

Creator CreatorMerge::merged(const QSet<QString> &keepMine) const
{
    Creator out = m_theirs;
    for (const QString &key : m_mine) {
        const bool conflict = std::any_of(m_conflicts.begin(), m_conflicts.end(),
                                          [&key](const FieldConflict &c) { return c.key == key; });
        if (!conflict || keepMine.contains(key))
            creator_record::copyField(key, m_mineCreator, out);
    }
    return out;
}

QString CreatorMerge::label(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("handle"), QT_TR_NOOP("Handle (小红书号)")},
        {QStringLiteral("profile_url"), QT_TR_NOOP("Profile link")},
        {QStringLiteral("nickname"), QT_TR_NOOP("Nickname (昵称)")},
        {QStringLiteral("real_name"), QT_TR_NOOP("Real name")},
        {QStringLiteral("contact_method"), QT_TR_NOOP("Preferred contact method")},
        {QStringLiteral("wechat"), QT_TR_NOOP("WeChat ID")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("primary_category_id"), QT_TR_NOOP("Primary category")},
        {QStringLiteral("secondary_categories"), QT_TR_NOOP("Secondary categories")},
        {QStringLiteral("followers"), QT_TR_NOOP("Followers")},
        {QStringLiteral("followers_as_of"), QT_TR_NOOP("Followers as of")},
        {QStringLiteral("tier_override"), QT_TR_NOOP("Tier")},
        {QStringLiteral("avg_engagement_rate"), QT_TR_NOOP("Engagement rate")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("languages"), QT_TR_NOOP("Languages")},
        {QStringLiteral("has_agency"), QT_TR_NOOP("Represented by an agency / MCN")},
        {QStringLiteral("agency_name"), QT_TR_NOOP("Agency name")},
        {QStringLiteral("price_image_fen"), QT_TR_NOOP("Image-note price")},
        {QStringLiteral("price_video_fen"), QT_TR_NOOP("Video-note price")},
        {QStringLiteral("fee_min_fen"), QT_TR_NOOP("Lowest fee")},
        {QStringLiteral("fee_max_fen"), QT_TR_NOOP("Highest fee")},
        {QStringLiteral("formats"), QT_TR_NOOP("Content formats")},
        {QStringLiteral("first_contact_on"), QT_TR_NOOP("First contact")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("do_not_contact"), QT_TR_NOOP("Do not contact")},
        {QStringLiteral("brand_fit"), QT_TR_NOOP("Brand fit")},
        {QStringLiteral("reliability"), QT_TR_NOOP("Reliability")},
        {QStringLiteral("communication_notes"), QT_TR_NOOP("Communication notes")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : tr(it.value());
}

QString CreatorMerge::text(const QString &key, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return tr("(empty)");
    const QLocale locale;
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << v.toVariant().toString();
        return parts.isEmpty() ? tr("(empty)") : parts.join(QStringLiteral(", "));
    }
    if (key.endsWith(QLatin1String("_fen")))
        return NumberFormat::money(qint64(value.toDouble()), locale);
    if (key == QLatin1String("followers"))
        return NumberFormat::count(qint64(value.toDouble()), locale);
    if (key == QLatin1String("status")) {
        if (const auto status = StatusText::fromKey(value.toString()))
            return StatusText::label(*status);
    }
    if (key == QLatin1String("tier_override")) {
        if (const auto tier = TierText::fromKey(value.toString()))
            return TierText::label(*tier);
    }
    if (key == QLatin1String("has_agency") || key == QLatin1String("do_not_contact"))
        return value.toVariant().toBool() ? tr("yes") : tr("no");
    if (key == QLatin1String("followers_as_of") || key == QLatin1String("first_contact_on"))
        return NumberFormat::date(QDate::fromString(value.toString(), Qt::ISODate), locale);
    const QString plain = value.toVariant().toString();
    return plain.isEmpty() ? tr("(empty)") : plain;
}

} // namespace rr
