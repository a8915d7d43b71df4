// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Creator.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace rr::creator_record {

// Internal to CreatorRepository: the mapping between a Creator and its `creators` row.

// Profile columns written by insert/update, in a fixed order. These names are the only column
// identifiers that ever reach SQL text.
const QStringList &columns();
// Values for columns(), in the same order; a null QVariant binds NULL.
QVariantList values(const Creator &creator);
// Fills the profile fields of `creator` from a query that selected columns() after `id, version`.
void read(const QSqlQuery &query, Creator &creator);
// Every audited field as JSON: the columns plus tags and secondary_categories (sorted).
QJsonObject auditFields(const Creator &creator);
// Copies one audited field (a key of auditFields()) from `from` to `to`; false for an unknown key.
bool copyField(const QString &key, const Creator &from, Creator &to);

// Tags as stored: trimmed, without empties and duplicates, sorted.
QStringList normalizedTags(const QStringList &tags);

} // namespace rr::creator_record
