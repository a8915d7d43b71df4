// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportWriter.h"

#include "domain/CreatorRecord.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rr {

namespace record = creator_record;

namespace {

QString placeholders(qsizetype n)
{
    QStringList p;
    p.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        p << QStringLiteral("?");
    return p.join(QStringLiteral(", "));
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariant keyValue(const Creator &c)
{
    const QString k = normalizedProfileKey(c.profileUrl);
    return k.isEmpty() ? QVariant() : QVariant(k);
}

} // namespace

ImportWriter::ImportWriter(const Database &db) : m_db(db), m_now(Database::nowUtc()) {}

ImportWriter::~ImportWriter()
{
    qDeleteAll(m_queries);
}

QSqlQuery &ImportWriter::prepared(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto *q = new QSqlQuery(m_db.sql());
        q->prepare(sql);
        it = m_queries.insert(sql, q);
    }
    return **it;
}

bool ImportWriter::exec(QSqlQuery &q, StoreError *error)
{
    if (q.exec())
        return true;
    *error = m_db.errorFrom(q.lastError());
    return false;
}

bool ImportWriter::beginBatch(const BatchInfo &info, StoreError *error)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO import_batches (file_name, encoding, imported_at, imported_by, mapping) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(info.fileName);
    q.addBindValue(info.encoding);
    q.addBindValue(m_now);
    q.addBindValue(m_db.userName());
    q.addBindValue(info.mappingJson);
    if (!exec(q, error))
        return false;
    if (!q.next()) {
        *error = StoreError::make(StoreError::Code::Query, QStringLiteral("import_batches: no id returned"));
        return false;
    }
    m_batchId = q.value(0).toLongLong();
    return true;
}

bool ImportWriter::finishBatch(const Counts &c, StoreError *error)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE import_batches SET rows_total = ?, rows_created = ?, rows_updated = ?, "
                             "rows_skipped = ? WHERE id = ?"));
    q.addBindValue(c.total);
    q.addBindValue(c.created);
    q.addBindValue(c.updated);
    q.addBindValue(c.skipped);
    q.addBindValue(m_batchId);
    return exec(q, error);
}

bool ImportWriter::write(RowPlan *plan, StoreError *error)
{
    if (plan->action == RowAction::Create)
        return insertCreator(*plan, error);
    if (plan->action == RowAction::Update)
        return updateCreator(*plan, error);
    return true;
}

bool ImportWriter::insertCreator(RowPlan &p, StoreError *error)
{
    static const QString sql = [] {
        QStringList cols = record::columns();
        cols << QStringLiteral("profile_key") << QStringLiteral("search_text") << QStringLiteral("import_batch_id")
             << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("version");
        return QStringLiteral("INSERT INTO creators (%1) VALUES (%2) RETURNING id")
            .arg(cols.join(QStringLiteral(", ")), placeholders(cols.size()));
    }();
    Creator &c = p.creator;
    c.status = Status::Prospect;
    QSqlQuery &q = prepared(sql);
    const QVariantList values = record::values(c);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(keyValue(c));
    q.addBindValue(c.searchText());
    q.addBindValue(m_batchId);
    q.addBindValue(m_now);
    q.addBindValue(m_now);
    q.addBindValue(1);
    if (!exec(q, error))
        return false;
    if (!q.next()) {
        *error = StoreError::make(StoreError::Code::Query, QStringLiteral("creators: no id returned"));
        return false;
    }
    c.id = q.value(0).toLongLong();
    c.version = 1;
    q.finish();

    if (!c.tags.isEmpty() && !addTags(c.id, c.tags, error))
        return false;
    if (p.snapshotFollowers && !snapshot(c.id, p, error))
        return false;
    QJsonObject changes;
    const QStringList &cols = record::columns();
    for (int i = 0; i < cols.size(); ++i) {
        const QVariant &v = values.at(i);
        if (!v.isNull())
            changes.insert(cols.at(i), QJsonArray{QJsonValue(), QJsonValue::fromVariant(v)});
    }
    if (!c.tags.isEmpty())
        changes.insert(QStringLiteral("tags"), QJsonArray{QJsonValue(), QJsonArray::fromStringList(c.tags)});
    changes.insert(QStringLiteral("import_batch"), m_batchId);
    return audit(QStringLiteral("insert"), c.id, changes, error);
}

bool ImportWriter::updateCreator(RowPlan &p, StoreError *error)
{
    Creator &c = p.creator;
    const qint64 id = p.existingId;
    const QStringList &all = record::columns();
    const QVariantList values = record::values(c);
    QStringList sets;
    QVariantList binds;
    for (const QString &col : std::as_const(p.changedColumns)) {
        const qsizetype i = all.indexOf(col);
        if (i < 0)
            continue; // only whitelisted column names reach SQL
        sets << all.at(i) + QStringLiteral(" = ?");
        binds << values.at(i);
    }
    sets << QStringLiteral("profile_key = ?") << QStringLiteral("search_text = ?") << QStringLiteral("updated_at = ?")
         << QStringLiteral("version = version + 1");
    binds << keyValue(c) << c.searchText() << m_now;
    QSqlQuery &q = prepared(QStringLiteral("UPDATE creators SET %1 WHERE id = ? AND version = ?")
                                .arg(sets.join(QStringLiteral(", "))));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(id);
    q.addBindValue(p.existingVersion);
    if (!exec(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = StoreError::make(StoreError::Code::Conflict,
                                  StoreError::describe(StoreError::Code::Conflict, m_db.spec().displayName()),
                                  QStringLiteral("creator %1 changed during the import").arg(id));
        return false;
    }
    c.id = id;
    c.version = p.existingVersion + 1;
    if (p.tagsChanged && !addTags(id, c.tags, error))
        return false;
    if (p.snapshotFollowers && !snapshot(id, p, error))
        return false;
    QJsonObject changes = p.changes;
    changes.insert(QStringLiteral("import_batch"), m_batchId);
    changes.insert(QStringLiteral("import_version"), c.version);
    return audit(QStringLiteral("update"), id, changes, error);
}

bool ImportWriter::snapshot(qint64 creatorId, const RowPlan &p, StoreError *error)
{
    QSqlQuery &q = prepared(QStringLiteral("INSERT INTO follower_snapshots (creator_id, as_of, followers, source, "
                                           "import_batch_id) VALUES (?, ?, ?, 'import', ?)"));
    q.addBindValue(creatorId);
    q.addBindValue(p.snapshotAsOf.toString(Qt::ISODate));
    q.addBindValue(*p.snapshotFollowers);
    q.addBindValue(m_batchId);
    return exec(q, error);
}

bool ImportWriter::addTags(qint64 creatorId, const QStringList &tags, StoreError *error)
{
    for (const QString &name : tags) {
        qint64 tagId = m_tagIds.value(name, 0);
        if (!tagId) {
            QSqlQuery &find = prepared(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
            find.addBindValue(name);
            if (!exec(find, error))
                return false;
            if (find.next()) {
                tagId = find.value(0).toLongLong();
            } else {
                QSqlQuery &ins = prepared(QStringLiteral("INSERT INTO tags (name) VALUES (?) RETURNING id"));
                ins.addBindValue(name);
                if (!exec(ins, error) || !ins.next())
                    return false;
                tagId = ins.value(0).toLongLong();
                ins.finish();
            }
            find.finish();
            m_tagIds.insert(name, tagId);
        }
        QSqlQuery &link = prepared(QStringLiteral("INSERT INTO creator_tags (creator_id, tag_id) VALUES (?, ?) "
                                                  "ON CONFLICT DO NOTHING"));
        link.addBindValue(creatorId);
        link.addBindValue(tagId);
        if (!exec(link, error))
            return false;
    }
    return true;
}

bool ImportWriter::audit(const QString &action, qint64 rowId, const QJsonObject &changes, StoreError *error)
{
    QSqlQuery &q = prepared(QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, row_id, action, changes) "
                                           "VALUES (?, ?, 'creators', ?, ?, ?)"));
    q.addBindValue(m_now);
    q.addBindValue(m_db.userName());
    q.addBindValue(rowId);
    q.addBindValue(action);
    q.addBindValue(compact(changes));
    return exec(q, error);
}

} // namespace rr
