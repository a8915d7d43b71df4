// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportPlan.h"
#include "store/StoreError.h"

#include <QHash>
#include <QString>

#include <memory>

class QSqlQuery;

namespace rr {

class Database;

// Writes planned rows inside the caller's WriteTransaction with prepared statements reused for
// the whole file: the import_batches row, new creators (prospect, import_batch_id set), updates
// (version-checked), follower snapshots (source 'import'), tags, and for updates audit_log rows
// that carry {"import_batch": id} so ImportBatches::undo() can find them. New creators carry
// import_batch_id instead of an audit row each.
class ImportWriter
{
public:
    explicit ImportWriter(const Database &db);
    ~ImportWriter();

    struct BatchInfo
    {
        QString fileName;
        QString encoding;
        QString mappingJson;
        ColumnMapping mapping; // decides which creators columns new rows bind
        // SQLite bulk load: drop the creators indexes for the import and build them again at the
        // end (inside the same transaction, so a rollback brings them back as they were). Worth it
        // when the file adds at least as many creators as the table holds.
        bool deferIndexes = false;
    };
    struct Counts
    {
        qint64 total = 0;
        qint64 created = 0;
        qint64 updated = 0;
        qint64 skipped = 0;
    };

    bool beginBatch(const BatchInfo &info, StoreError *error);
    qint64 batchId() const { return m_batchId; }
    // Writes a Create or Update plan (a post_metrics row for a metrics plan); other actions are
    // ignored. Sets plan->creator.id on Create.
    bool write(RowPlan *plan, StoreError *error);
    // Flushes buffered rows and writes the batch's counts.
    bool finishBatch(const Counts &counts, StoreError *error);

private:
    bool takeId(qint64 *id, StoreError *error);
    struct Buffer
    {
        QString table;
        QStringList columns;
        QVariantList binds;
        int rows = 0;
    };
    bool flush(Buffer &b, StoreError *error);
    bool flushCreators(StoreError *error);
    QString createdSql(int rows);
    bool flushAll(StoreError *error);
    bool writeCreatedSideRows(StoreError *error);
    bool dropIndexes(StoreError *error);
    bool rebuildIndexes(StoreError *error);
    bool exec(QSqlQuery &q, StoreError *error);
    bool insertCreator(RowPlan &p, StoreError *error);
    bool updateCreator(RowPlan &p, StoreError *error);
    bool insertMetrics(const RowPlan &p, StoreError *error);
    bool snapshot(qint64 creatorId, const RowPlan &p, StoreError *error);
    bool addTags(qint64 creatorId, const QStringList &tags, StoreError *error);
    bool audit(const QString &action, qint64 rowId, const QJsonObject &changes, StoreError *error);
    QSqlQuery &prepared(const QString &sql);

    const Database &m_db;
    qint64 m_batchId = 0;
    QString m_now;
    QHash<QString, QSqlQuery *> m_queries;
    QHash<QString, qint64> m_tagIds;
    // New creators get their ids here and go in multi-row INSERTs of kChunk rows. SQLite: ids
    // follow MAX(id), the write lock being held. PostgreSQL: ids are reserved from the identity
    // sequence, kChunk at a time, so colleagues saving meanwhile never collide.
    bool m_postgres = false;
    bool m_indexesDropped = false;
    qint64 m_nextId = 0;
    qint64 m_firstId = 0;
    QList<qint64> m_reservedIds; // PostgreSQL: taken from the sequence, not used yet
    QList<int> m_insertColumns; // indexes into CreatorRecord's columns() bound for new creators
    Buffer m_creators;     // the columns of new creators
    Buffer m_created;                 // new creators waiting for flushCreators()
    QStringList m_placeholders;       // ":v0", ":v1", … made once
    QHash<int, QString> m_createdSql; // rows in a chunk → statement
    Buffer m_snapshots;
    Buffer m_audit;
};

} // namespace rr
