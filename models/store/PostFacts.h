// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Dialect.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace rr {

// post_facts (schema version 3): one narrow row per post that has metrics, holding what every
// analytics chart groups, filters and sums by: the post's creator, collaboration, campaign,
// publication day, objective, the creator's category, owner, followers and tier override, the
// latest snapshot's counts, and the post's share of its collaboration's fee. A chart is then one
// scan of this table instead of a five-way join per post (bench_analytics measures both).
//
// The store keeps it itself with triggers on posts (insert, delete, update of the post, its
// collaboration, date or latest snapshot), post_metrics (update of the counts; new snapshots
// arrive through posts.latest_metrics_id), creators (followers, tier override, category, owner),
// collaborations (fee, objective, campaign) and campaigns (objective); a post's deletion
// cascades. The tier is not stored: it depends on the thresholds in MetricSettings and is
// computed from followers and the override when queried.
namespace PostFacts {

// The DDL of the triggers (and, on PostgreSQL, their functions), idempotent.
QStringList triggerStatements(const Dialect &dialect);
// Recomputes every row (the v2 → v3 backfill; also a repair after a bulk load).
QStringList rebuildStatements();
// Creates the triggers and fills the table; the schema's version-3 hook.
bool install(QSqlDatabase &db, const Dialect &dialect, QString *error);

} // namespace PostFacts

} // namespace rr
