// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class QIODevice;

namespace rr {

class Database;

// A creator's whole record in one file, for a creator who asks for it (PIPL): the profile with
// its categories and tags, follower history, vetting, the shortlists they are on (names only),
// every collaboration with its campaign, deliverables, posts and metric snapshots, relationship
// events, and the audit-log rows about the creator and their collaborations. Nothing of another
// creator. Keys are the storage names (stable, not translated); columns come from the schema
// description, so a column added later is exported without code here changing.
class CreatorRecordExport
{
    Q_DECLARE_TR_FUNCTIONS(rr::CreatorRecordExport)
public:
    // Sections (JSON objects keep their keys sorted): format, exported_at, creator_id, profile, categories, tags,
    // follower_history, vetting (null when never vetted), shortlists, collaborations
    // (each with campaign, deliverables, posts[metrics]), other_posts (posts outside any
    // collaboration), relationship_events, audit_log. nullopt on failure or when there is no
    // such creator (Code::NotFound).
    static std::optional<QJsonObject> build(const Database &db, qint64 creatorId, StoreError *error = nullptr);
    // build() as indented UTF-8 JSON.
    static bool writeJson(const Database &db, qint64 creatorId, QIODevice *device, StoreError *error = nullptr);
};

} // namespace rr
