// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/RosterFilter.h"

#include <QJsonArray>

namespace rr {

namespace {

QJsonArray idsToJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

QList<qint64> idsFromJson(const QJsonValue &v)
{
    QList<qint64> ids;
    for (const QJsonValue &e : v.toArray())
        if (e.isDouble())
            ids.append(e.toInteger());
    return ids;
}

QStringList stringsFromJson(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        if (e.isString())
            out.append(e.toString());
    return out;
}

} // namespace

QJsonObject RosterFilter::toJson() const
{
    QJsonObject o;
    if (!search.isEmpty())
        o.insert(QLatin1String("search"), search);
    if (!tiers.isEmpty()) {
        QJsonArray a;
        for (Tier t : tiers)
            a.append(TierText::key(t));
        o.insert(QLatin1String("tiers"), a);
    }
    if (!categoryIds.isEmpty())
        o.insert(QLatin1String("categoryIds"), idsToJson(categoryIds));
    if (!cities.isEmpty())
        o.insert(QLatin1String("cities"), QJsonArray::fromStringList(cities));
    if (!statuses.isEmpty()) {
        QJsonArray a;
        for (Status s : statuses)
            a.append(StatusText::key(s));
        o.insert(QLatin1String("statuses"), a);
    }
    if (!tagIds.isEmpty())
        o.insert(QLatin1String("tagIds"), idsToJson(tagIds));
    if (!owners.isEmpty())
        o.insert(QLatin1String("owners"), QJsonArray::fromStringList(owners));
    if (!agencies.isEmpty())
        o.insert(QLatin1String("agencies"), QJsonArray::fromStringList(agencies));
    if (minFollowers)
        o.insert(QLatin1String("minFollowers"), *minFollowers);
    if (maxFollowers)
        o.insert(QLatin1String("maxFollowers"), *maxFollowers);
    if (minBrandFit)
        o.insert(QLatin1String("minBrandFit"), *minBrandFit);
    if (minReliability)
        o.insert(QLatin1String("minReliability"), *minReliability);
    if (shortlistId)
        o.insert(QLatin1String("shortlistId"), *shortlistId);
    if (hideDoNotContact)
        o.insert(QLatin1String("hideDoNotContact"), true);
    return o;
}

RosterFilter RosterFilter::fromJson(const QJsonObject &o)
{
    RosterFilter f;
    f.search = o.value(QLatin1String("search")).toString();
    for (const QString &k : stringsFromJson(o.value(QLatin1String("tiers"))))
        if (const auto t = TierText::fromKey(k))
            f.tiers.append(*t);
    f.categoryIds = idsFromJson(o.value(QLatin1String("categoryIds")));
    f.cities = stringsFromJson(o.value(QLatin1String("cities")));
    for (const QString &k : stringsFromJson(o.value(QLatin1String("statuses"))))
        if (const auto s = StatusText::fromKey(k))
            f.statuses.append(*s);
    f.tagIds = idsFromJson(o.value(QLatin1String("tagIds")));
    f.owners = stringsFromJson(o.value(QLatin1String("owners")));
    f.agencies = stringsFromJson(o.value(QLatin1String("agencies")));
    if (o.value(QLatin1String("minFollowers")).isDouble())
        f.minFollowers = o.value(QLatin1String("minFollowers")).toInteger();
    if (o.value(QLatin1String("maxFollowers")).isDouble())
        f.maxFollowers = o.value(QLatin1String("maxFollowers")).toInteger();
    if (o.value(QLatin1String("minBrandFit")).isDouble())
        f.minBrandFit = o.value(QLatin1String("minBrandFit")).toDouble();
    if (o.value(QLatin1String("minReliability")).isDouble())
        f.minReliability = o.value(QLatin1String("minReliability")).toDouble();
    if (o.value(QLatin1String("shortlistId")).isDouble())
        f.shortlistId = o.value(QLatin1String("shortlistId")).toInteger();
    f.hideDoNotContact = o.value(QLatin1String("hideDoNotContact")).toBool();
    return f;
}

} // namespace rr
