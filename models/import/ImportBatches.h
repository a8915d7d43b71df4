// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rr {

class Database;

struct ImportBatch
{
    qint64 id = 0;
    QString fileName;
    QString encoding;
    QString importedAt;   // ISO UTC
    QString importedBy;
    qint64 rowsTotal = 0;
    qint64 rowsCreated = 0;
    qint64 rowsUpdated = 0;
    qint64 rowsSkipped = 0;
    QString undoneAt;     // empty while the batch stands
    QString mappingJson;
    bool isUndone() const { return !undoneAt.isEmpty(); }
};

// What undo did, and what it left alone.
struct UndoReport
{
    qint64 creatorsDeleted = 0;
    qint64 creatorsRestored = 0;       // fields put back on creators the batch updated
    qint64 snapshotsDeleted = 0;
    qint64 metricsDeleted = 0;        // post_metrics rows of a metrics import
    // Creators the batch created but someone worked on since (edited, put in a campaign,
    // shortlist or relationship log): kept, detached from the batch.
    QList<qint64> keptEdited;
    // Creators the batch updated that were edited again since: left as they are.
    QList<qint64> conflicts;
};

// Import batches: the list, and undo of a whole batch in one transaction.
//
// Undo (a batch can be undone once):
//  - creators the batch created are deleted (with their tags, categories and snapshots), except
//    those edited since the import (version > 1) or referenced by a collaboration, shortlist or
//    relationship event: those are kept and listed in keptEdited, so nobody's later work (or a
//    do-not-contact mark) is lost;
//  - fields the batch filled or overwrote are restored from its audit rows when the creator's
//    version is still the one the batch left; otherwise the creator is listed in conflicts and left;
//  - the batch's follower snapshots are deleted and creators.followers re-pointed to the latest
//    remaining snapshot;
//  - the batch's post_metrics rows are deleted;
//  - audit rows record the undo; import_batches.undone_at is set.
class ImportBatches
{
    Q_DECLARE_TR_FUNCTIONS(rr::ImportBatches)
public:
    // Newest first.
    static QList<ImportBatch> list(const Database &db, StoreError *error);
    static std::optional<ImportBatch> get(const Database &db, qint64 batchId, StoreError *error);
    // Fails with NotFound for an unknown batch and Conflict for one already undone.
    static bool undo(const Database &db, qint64 batchId, StoreError *error, UndoReport *report = nullptr);
};

} // namespace rr
