// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"
#include "store/Database.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace rr::campaign_sql {

// Internal to the campaign repository: small helpers for binding and reading values.

inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
inline QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
template <typename T>
QVariant opt(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}
inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}
inline std::optional<qint64> toInt64(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
inline std::optional<int> toInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}
inline std::optional<double> toDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

// Prepares, binds and executes; fills `error` on failure.
bool exec(QSqlQuery &q, const Database &db, const QString &sql, const QVariantList &values, StoreError *error);
// An audit_log row without field values, filed under `creatorId`'s history when given.
bool audit(const Database &db, const QString &table, qint64 rowId, const QString &action, StoreError *error,
           qint64 creatorId = 0);
// A refusal of the bad-input rules.
StoreError refused(const QString &reason);
// The bound values of a rating, in the column order brand_fit .. revision_notes.
QVariantList ratingValues(const CollaborationRating &rating);
// The refusal of a collaboration's values (negative fee, more delivered than contracted), if any.
std::optional<StoreError> refusal(const Collaboration &collaboration);

} // namespace rr::campaign_sql
