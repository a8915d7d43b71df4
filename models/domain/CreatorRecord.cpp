// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CreatorRecord.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace rr::creator_record {

namespace {

QVariant text(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}
QVariant optInt(const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); }
QVariant optReal(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); }
QVariant date(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
QVariant flag(bool b) { return QVariant(b ? 1 : 0); }

QString toText(const QVariant &v) { return v.isNull() ? QString() : v.toString(); }
std::optional<qint64> toOptInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
std::optional<double> toOptReal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
QStringList toList(const QVariant &v)
{
    QStringList parts = toText(v).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = p.trimmed();
    parts.removeAll(QString());
    return parts;
}
QVariant joined(const QStringList &list)
{
    QStringList parts;
    for (const QString &s : list) {
        const QString t = s.trimmed();
        if (!t.isEmpty() && !parts.contains(t))
            parts << t;
    }
    return parts.isEmpty() ? QVariant() : QVariant(parts.join(QLatin1Char(',')));
}

struct Column
{
    const char *name;
    QVariant (*get)(const Creator &);
    void (*set)(Creator &, const QVariant &);
};

const std::array<Column, 30> &table()
{
    static const std::array<Column, 30> cols{{
        {"handle", [](const Creator &c) { return text(c.handle); },
         [](Creator &c, const QVariant &v) { c.handle = toText(v); }},
        {"profile_url", [](const Creator &c) { return text(c.profileUrl); },
         [](Creator &c, const QVariant &v) { c.profileUrl = toText(v); }},
        {"nickname", // NOT NULL: an empty nickname is '' (a null QString would bind NULL)
         [](const Creator &c) {
             const QString t = c.nickname.trimmed();
             return QVariant(t.isEmpty() ? QStringLiteral("") : t);
         },
         [](Creator &c, const QVariant &v) { c.nickname = toText(v); }},
        {"real_name", [](const Creator &c) { return text(c.realName); },
         [](Creator &c, const QVariant &v) { c.realName = toText(v); }},
        {"contact_method", [](const Creator &c) { return text(c.contactMethod); },
         [](Creator &c, const QVariant &v) { c.contactMethod = toText(v); }},
        {"wechat", [](const Creator &c) { return text(c.wechat); },
         [](Creator &c, const QVariant &v) { c.wechat = toText(v); }},
        {"phone", [](const Creator &c) { return text(c.phone); },
         [](Creator &c, const QVariant &v) { c.phone = toText(v); }},
        {"email", [](const Creator &c) { return text(c.email); },
         [](Creator &c, const QVariant &v) { c.email = toText(v); }},
        {"primary_category_id", [](const Creator &c) { return optInt(c.primaryCategoryId); },
         [](Creator &c, const QVariant &v) { c.primaryCategoryId = toOptInt(v); }},
        {"followers", [](const Creator &c) { return optInt(c.followers); },
         [](Creator &c, const QVariant &v) { c.followers = toOptInt(v); }},
        {"followers_as_of", [](const Creator &c) { return date(c.followersAsOf); },
         [](Creator &c, const QVariant &v) { c.followersAsOf = toDate(v); }},
        {"tier_override",
         [](const Creator &c) { return c.tierOverride ? QVariant(TierText::key(*c.tierOverride)) : QVariant(); },
         [](Creator &c, const QVariant &v) { c.tierOverride = TierText::fromKey(toText(v)); }},
        {"avg_engagement_rate", [](const Creator &c) { return optReal(c.avgEngagementRate); },
         [](Creator &c, const QVariant &v) { c.avgEngagementRate = toOptReal(v); }},
        {"city", [](const Creator &c) { return text(c.city); },
         [](Creator &c, const QVariant &v) { c.city = toText(v); }},
        {"languages", [](const Creator &c) { return joined(c.languages); },
         [](Creator &c, const QVariant &v) { c.languages = toList(v); }},
        {"has_agency", [](const Creator &c) { return flag(c.hasAgency); },
         [](Creator &c, const QVariant &v) { c.hasAgency = v.toInt() != 0; }},
        {"agency_name", [](const Creator &c) { return text(c.agencyName); },
         [](Creator &c, const QVariant &v) { c.agencyName = toText(v); }},
        {"price_image_fen", [](const Creator &c) { return optInt(c.priceImageFen); },
         [](Creator &c, const QVariant &v) { c.priceImageFen = toOptInt(v); }},
        {"price_video_fen", [](const Creator &c) { return optInt(c.priceVideoFen); },
         [](Creator &c, const QVariant &v) { c.priceVideoFen = toOptInt(v); }},
        {"fee_min_fen", [](const Creator &c) { return optInt(c.feeMinFen); },
         [](Creator &c, const QVariant &v) { c.feeMinFen = toOptInt(v); }},
        {"fee_max_fen", [](const Creator &c) { return optInt(c.feeMaxFen); },
         [](Creator &c, const QVariant &v) { c.feeMaxFen = toOptInt(v); }},
        {"formats",
         [](const Creator &c) {
             QStringList keys;
             for (ContentFormat f : c.formats)
                 keys << FormatText::key(f);
             return joined(keys);
         },
         [](Creator &c, const QVariant &v) {
             c.formats.clear();
             for (const QString &k : toList(v)) {
                 if (const auto f = FormatText::fromKey(k); f && !c.formats.contains(*f))
                     c.formats << *f;
             }
         }},
        {"first_contact_on", [](const Creator &c) { return date(c.firstContactOn); },
         [](Creator &c, const QVariant &v) { c.firstContactOn = toDate(v); }},
        {"owner", [](const Creator &c) { return text(c.owner); },
         [](Creator &c, const QVariant &v) { c.owner = toText(v); }},
        {"status", [](const Creator &c) { return QVariant(StatusText::key(c.status)); },
         [](Creator &c, const QVariant &v) { c.status = StatusText::fromKey(toText(v)).value_or(Status::Prospect); }},
        {"do_not_contact", [](const Creator &c) { return flag(c.doNotContact); },
         [](Creator &c, const QVariant &v) { c.doNotContact = v.toInt() != 0; }},
        {"brand_fit", [](const Creator &c) { return optReal(c.brandFit); },
         [](Creator &c, const QVariant &v) { c.brandFit = toOptReal(v); }},
        {"reliability", [](const Creator &c) { return optReal(c.reliability); },
         [](Creator &c, const QVariant &v) { c.reliability = toOptReal(v); }},
        {"communication_notes", [](const Creator &c) { return text(c.communicationNotes); },
         [](Creator &c, const QVariant &v) { c.communicationNotes = toText(v); }},
        {"notes", [](const Creator &c) { return text(c.notes); },
         [](Creator &c, const QVariant &v) { c.notes = toText(v); }},
    }};
    return cols;
}

} // namespace

const QStringList &columns()
{
    static const QStringList names = [] {
        QStringList n;
        for (const Column &c : table())
            n << QString::fromLatin1(c.name);
        return n;
    }();
    return names;
}

QVariantList values(const Creator &creator)
{
    QVariantList v;
    v.reserve(int(table().size()));
    for (const Column &c : table())
        v << c.get(creator);
    return v;
}

void read(const QSqlQuery &query, Creator &creator)
{
    // The SELECT lists id, version, then columns().
    int i = 2;
    for (const Column &c : table())
        c.set(creator, query.value(i++));
}

QStringList normalizedTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &t : tags) {
        const QString s = t.trimmed();
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    out.sort();
    return out;
}

bool copyField(const QString &key, const Creator &from, Creator &to)
{
    if (key == QLatin1String("tags")) {
        to.tags = from.tags;
        return true;
    }
    if (key == QLatin1String("secondary_categories")) {
        to.secondaryCategoryIds = from.secondaryCategoryIds;
        return true;
    }
    for (const Column &c : table()) {
        if (key == QLatin1String(c.name)) {
            c.set(to, c.get(from));
            return true;
        }
    }
    return false;
}

QJsonObject auditFields(const Creator &creator)
{
    QJsonObject o;
    for (const Column &c : table())
        o.insert(QString::fromLatin1(c.name), QJsonValue::fromVariant(c.get(creator)));
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(normalizedTags(creator.tags)));
    QList<qint64> cats = creator.secondaryCategoryIds;
    std::sort(cats.begin(), cats.end());
    cats.erase(std::unique(cats.begin(), cats.end()), cats.end());
    QJsonArray catArray;
    for (qint64 id : cats)
        catArray.append(id);
    o.insert(QStringLiteral("secondary_categories"), catArray);
    return o;
}

} // namespace rr::creator_record
