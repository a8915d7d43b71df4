// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/LatestMetrics.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace rr::LatestMetrics {

namespace {

// SET clause recomputing the latest snapshot of the posts row being updated: one backwards
// step along ix_post_metrics_post (post_id, as_of, then the id).
QString recompute()
{
    return QStringLiteral("UPDATE posts SET latest_metrics_id = (SELECT x.id FROM post_metrics x"
                          " WHERE x.post_id = posts.id ORDER BY x.as_of DESC, x.id DESC LIMIT 1)");
}

} // namespace

QString backfillStatement()
{
    return recompute();
}

QStringList triggerStatements(const Dialect &dialect)
{
    const QString set = recompute();
    if (dialect.backend() == Backend::Sqlite) {
        return {
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS tr_post_metrics_latest_insert AFTER INSERT ON post_metrics"
                           " BEGIN %1 WHERE id = NEW.post_id; END")
                .arg(set),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS tr_post_metrics_latest_update"
                           " AFTER UPDATE OF id, post_id, as_of ON post_metrics"
                           " BEGIN %1 WHERE id IN (OLD.post_id, NEW.post_id); END")
                .arg(set),
            // Only when the deleted snapshot was the latest one.
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS tr_post_metrics_latest_delete AFTER DELETE ON post_metrics"
                           " BEGIN %1 WHERE id = OLD.post_id AND latest_metrics_id = OLD.id; END")
                .arg(set),
        };
    }
    // PostgreSQL: the post's row is locked first (FOR NO KEY UPDATE does not wait on the key-share
    // lock of the foreign-key check), so a colleague's concurrent snapshot of the same post is
    // committed and seen by the recomputation, which runs with a fresh statement snapshot.
    return {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION rr_post_metrics_latest() RETURNS trigger LANGUAGE plpgsql AS $fn$\n"
            "BEGIN\n"
            "  IF TG_OP <> 'INSERT' THEN\n"
            "    PERFORM 1 FROM posts WHERE id = OLD.post_id FOR NO KEY UPDATE;\n"
            "    %1 WHERE id = OLD.post_id;\n"
            "  END IF;\n"
            "  IF TG_OP <> 'DELETE' THEN\n"
            "    PERFORM 1 FROM posts WHERE id = NEW.post_id FOR NO KEY UPDATE;\n"
            "    %1 WHERE id = NEW.post_id;\n"
            "  END IF;\n"
            "  RETURN NULL;\n"
            "END\n"
            "$fn$")
            .arg(set),
        QStringLiteral("DROP TRIGGER IF EXISTS tr_post_metrics_latest ON post_metrics"),
        QStringLiteral("CREATE TRIGGER tr_post_metrics_latest AFTER INSERT OR UPDATE OF id, post_id, as_of OR DELETE"
                       " ON post_metrics FOR EACH ROW EXECUTE FUNCTION rr_post_metrics_latest()"),
    };
}

bool install(QSqlDatabase &db, const Dialect &dialect, QString *error)
{
    QSqlQuery q(db);
    QStringList statements = triggerStatements(dialect);
    statements << backfillStatement();
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace rr::LatestMetrics
