// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportBatches.h"

#include "domain/Creator.h"
#include "domain/CreatorRecord.h"
#include "store/Database.h"
#include "store/SqlRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace rr {

namespace {

// An audit row for an undo step on a creator.
bool audit(SqlRunner &run, qint64 rowId, const QString &action, const QJsonObject &changes)
{
    return run.run(QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, row_id, action, changes, creator_id) "
                                  "VALUES (?, ?, 'creators', ?, ?, ?, ?)"),
                   {Database::nowUtc(), run.database().userName(), rowId, action,
                    QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)), rowId});
}

ImportBatch readBatch(const QSqlQuery &q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.fileName = q.value(1).toString();
    b.encoding = q.value(2).toString();
    b.importedAt = q.value(3).toString();
    b.importedBy = q.value(4).toString();
    b.rowsTotal = q.value(5).toLongLong();
    b.rowsCreated = q.value(6).toLongLong();
    b.rowsUpdated = q.value(7).toLongLong();
    b.rowsSkipped = q.value(8).toLongLong();
    b.undoneAt = q.value(9).toString();
    b.mappingJson = q.value(10).toString();
    return b;
}

const QString kBatchSelect = QStringLiteral(
    "SELECT id, file_name, encoding, imported_at, imported_by, rows_total, rows_created, rows_updated, "
    "rows_skipped, undone_at, mapping FROM import_batches");

// Puts back the columns an import's audit row changed; true when restored, false on conflict.
bool restoreUpdate(const Database &db, SqlRunner &run, qint64 batchId, qint64 creatorId, const QJsonObject &changes,
                   bool *restored)
{
    *restored = false;
    QSqlQuery v(db.sql());
    if (!run.exec(v, QStringLiteral("SELECT version FROM creators WHERE id = ?"), {creatorId}))
        return false;
    if (!v.next() || v.value(0).toLongLong() != changes.value(QStringLiteral("import_version")).toInteger())
        return true; // deleted or edited since: a conflict, left alone
    v.finish();

    const QStringList &cols = creator_record::columns();
    QStringList sets;
    QVariantList binds;
    QJsonObject undo;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString &col = it.key();
        if (!cols.contains(col) || col == QLatin1String("followers") || col == QLatin1String("followers_as_of"))
            continue; // followers are re-pointed to the remaining snapshots
        const QJsonArray pair = it.value().toArray();
        QVariant old = pair.at(0).toVariant();
        if (old.isNull() && col == QLatin1String("nickname"))
            old = QStringLiteral("");
        sets << col + QStringLiteral(" = ?"); // col is from the whitelist above
        binds << old;
        undo.insert(col, QJsonArray{pair.at(1), pair.at(0)});
    }
    if (changes.contains(QStringLiteral("tags"))) {
        const QJsonArray pair = changes.value(QStringLiteral("tags")).toArray();
        const QStringList before = pair.at(0).toVariant().toStringList();
        const QStringList after = pair.at(1).toVariant().toStringList();
        for (const QString &tag : after) {
            if (before.contains(tag))
                continue;
            if (!run.run(QStringLiteral("DELETE FROM creator_tags WHERE creator_id = ? AND tag_id = "
                                         "(SELECT id FROM tags WHERE name = ?)"),
                          {creatorId, tag}))
                return false;
        }
        undo.insert(QStringLiteral("tags"), QJsonArray{pair.at(1), pair.at(0)});
    }
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("version = version + 1");
    binds << Database::nowUtc() << creatorId;
    if (!run.run(QStringLiteral("UPDATE creators SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), binds))
        return false;
    // Derived columns follow the restored fields.
    QSqlQuery r(db.sql());
    if (!run.exec(r, QStringLiteral("SELECT handle, nickname, real_name, notes, profile_url FROM creators WHERE id = ?"),
                  {creatorId})
        || !r.next())
        return false;
    Creator c;
    c.handle = r.value(0).toString();
    c.nickname = r.value(1).toString();
    c.realName = r.value(2).toString();
    c.notes = r.value(3).toString();
    const QString key = normalizedProfileKey(r.value(4).toString());
    r.finish();
    if (!run.run(QStringLiteral("UPDATE creators SET search_text = ?, profile_key = ? WHERE id = ?"),
                  {c.searchText(), key.isEmpty() ? QVariant() : QVariant(key), creatorId}))
        return false;
    undo.insert(QStringLiteral("undo_import_batch"), batchId);
    if (!audit(run, creatorId, QStringLiteral("update"), undo))
        return false;
    *restored = true;
    return true;
}

} // namespace

QList<ImportBatch> ImportBatches::list(const Database &db, StoreError *error)
{
    QList<ImportBatch> out;
    QSqlQuery q(db.sql());
    if (!SqlRunner(db, error, QStringLiteral("import batches")).exec(q, kBatchSelect + QStringLiteral(" ORDER BY id DESC")))
        return out;
    while (q.next())
        out << readBatch(q);
    return out;
}

std::optional<ImportBatch> ImportBatches::get(const Database &db, qint64 batchId, StoreError *error)
{
    QSqlQuery q(db.sql());
    if (!SqlRunner(db, error, QStringLiteral("import batches")).exec(q, kBatchSelect + QStringLiteral(" WHERE id = ?"), {batchId}))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = StoreError::make(StoreError::Code::NotFound, tr("Import batch %1 does not exist.").arg(batchId));
        return std::nullopt;
    }
    return readBatch(q);
}

bool ImportBatches::undo(const Database &db, qint64 batchId, StoreError *error, UndoReport *report)
{
    StoreError local;
    StoreError *err = error ? error : &local;
    UndoReport rep;
    WriteTransaction tx(db);
    if (!tx.begin(err))
        return false;
    const std::optional<ImportBatch> batch = get(db, batchId, err);
    if (!batch)
        return false;
    if (batch->isUndone()) {
        *err = StoreError::make(StoreError::Code::Conflict,
                                tr("Import batch %1 was already undone on %2.").arg(batchId).arg(batch->undoneAt));
        return false;
    }
    SqlRunner run(db, err, QStringLiteral("import undo"));

    // 1. Creators the batch created: keep those someone has worked on since, delete the rest.
    if (!run.ids(QStringLiteral("SELECT c.id FROM creators c WHERE c.import_batch_id = ? AND (c.version > 1 "
                                "OR EXISTS (SELECT 1 FROM collaborations x WHERE x.creator_id = c.id) "
                                "OR EXISTS (SELECT 1 FROM posts x WHERE x.creator_id = c.id) "
                                "OR EXISTS (SELECT 1 FROM shortlist_members x WHERE x.creator_id = c.id) "
                                "OR EXISTS (SELECT 1 FROM relationship_events x WHERE x.creator_id = c.id)) ORDER BY c.id"),
                 {batchId}, &rep.keptEdited))
        return false;
    for (qint64 id : std::as_const(rep.keptEdited)) {
        // Kept, and no longer the batch's: the audit row keeps where the creator came from.
        if (!run.run(QStringLiteral("UPDATE creators SET import_batch_id = NULL WHERE id = ?"), {id})
            || !audit(run, id, QStringLiteral("update"),
                          QJsonObject{{QStringLiteral("import_batch_id"), QJsonArray{batchId, QJsonValue()}},
                                      {QStringLiteral("undo_import_batch"), batchId}}))
            return false;
    }
    const QString undoJson = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("undo_import_batch"), batchId}}).toJson(QJsonDocument::Compact));
    if (!run.run(QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, row_id, action, changes, creator_id) "
                                 "SELECT ?, ?, 'creators', id, 'delete', ?, id FROM creators WHERE import_batch_id = ?"),
                  {Database::nowUtc(), db.userName(), undoJson, batchId}))
        return false;
    const QString created = QStringLiteral("(SELECT id FROM creators WHERE import_batch_id = ?)");
    if (!run.run(QStringLiteral("DELETE FROM follower_snapshots WHERE creator_id IN ") + created, {batchId},
                  &rep.snapshotsDeleted)
        || !run.run(QStringLiteral("DELETE FROM creator_tags WHERE creator_id IN ") + created, {batchId})
        || !run.run(QStringLiteral("DELETE FROM creator_categories WHERE creator_id IN ") + created, {batchId})
        || !run.run(QStringLiteral("DELETE FROM creators WHERE import_batch_id = ?"), {batchId}, &rep.creatorsDeleted))
        return false;

    // 2. Fields the batch filled or overwrote, newest audit row first.
    {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT row_id, changes FROM audit_log WHERE table_name = 'creators' AND action = 'update' "
                                 "AND changes LIKE ? ORDER BY id DESC"));
        q.addBindValue(QStringLiteral("%\"import_batch\":%1%").arg(batchId));
        if (!run.exec(q))
            return false;
        QList<QPair<qint64, QJsonObject>> rows;
        while (q.next()) {
            const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            if (o.value(QStringLiteral("import_batch")).toInteger() == batchId)
                rows.append({q.value(0).toLongLong(), o});
        }
        q.finish();
        for (const auto &row : std::as_const(rows)) {
            bool restored = false;
            if (!restoreUpdate(db, run, batchId, row.first, row.second, &restored))
                return false;
            if (restored)
                ++rep.creatorsRestored;
            else
                rep.conflicts << row.first;
        }
    }

    // 3. The batch's remaining snapshots (on creators it updated): delete, re-point followers.
    QList<qint64> touched;
    QList<qint64> keptIds = rep.keptEdited;
    if (!run.ids(QStringLiteral("SELECT DISTINCT creator_id FROM follower_snapshots WHERE import_batch_id = ?"),
                 {batchId}, &touched))
        return false;
    for (qint64 id : std::as_const(touched)) {
        if (keptIds.contains(id))
            continue; // a creator kept after edits keeps its imported history
        if (!run.run(QStringLiteral("DELETE FROM follower_snapshots WHERE import_batch_id = ? AND creator_id = ?"),
                      {batchId, id}, &rep.snapshotsDeleted))
            return false;
        if (!run.run(QStringLiteral(
                          "UPDATE creators SET "
                          "followers = (SELECT s.followers FROM follower_snapshots s WHERE s.creator_id = creators.id "
                          "ORDER BY s.as_of DESC, s.id DESC LIMIT 1), "
                          "followers_as_of = (SELECT s.as_of FROM follower_snapshots s WHERE s.creator_id = creators.id "
                          "ORDER BY s.as_of DESC, s.id DESC LIMIT 1), updated_at = ?, version = version + 1 WHERE id = ?"),
                      {Database::nowUtc(), id}))
            return false;
    }

    if (!run.run(QStringLiteral("DELETE FROM post_metrics WHERE import_batch_id = ?"), {batchId}, &rep.metricsDeleted))
        return false;
    if (!run.run(QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"), {Database::nowUtc(), batchId})
        || !tx.commit(err))
        return false;
    if (report)
        *report = rep;
    return true;
}

} // namespace rr
