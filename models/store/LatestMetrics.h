// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Dialect.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace rr {

// posts.latest_metrics_id (schema version 2) names each post's latest metric snapshot: the one
// with the greatest as_of, then the greatest id, or NULL when the post has none. The store keeps
// it itself with triggers on post_metrics (insert, update of post_id/as_of, delete), so every
// write path (campaign screens, metric imports and their undo, other team members on
// PostgreSQL) leaves it correct; analytics join it instead of looking the latest up per post.
namespace LatestMetrics {

// The DDL of the triggers (and, on PostgreSQL, their function), idempotent.
QStringList triggerStatements(const Dialect &dialect);
// Recomputes every post's latest snapshot (the v1 → v2 backfill; also a repair).
QString backfillStatement();
// Creates the triggers and backfills; the schema's version-2 hook.
bool install(QSqlDatabase &db, const Dialect &dialect, QString *error);

} // namespace LatestMetrics

} // namespace rr
