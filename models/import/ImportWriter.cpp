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

constexpr int kChunk = 128; // rows per multi-row INSERT (binds stay far below SQLite's 32766)

// The creators columns an import can fill from each field.
QStringList columnsFor(ImportField f)
{
    switch (f) {
    case ImportField::Handle: return {QStringLiteral("handle")};
    case ImportField::ProfileUrl: return {QStringLiteral("profile_url")};
    case ImportField::Nickname: return {QStringLiteral("nickname")};
    case ImportField::RealName: return {QStringLiteral("real_name")};
    case ImportField::Followers: return {QStringLiteral("followers"), QStringLiteral("followers_as_of")};
    case ImportField::LikesAndSaves: return {QStringLiteral("notes")};
    case ImportField::Category: return {QStringLiteral("primary_category_id")};
    case ImportField::City: return {QStringLiteral("city")};
    case ImportField::Agency: return {QStringLiteral("has_agency"), QStringLiteral("agency_name")};
    case ImportField::Wechat: return {QStringLiteral("wechat")};
    case ImportField::Phone: return {QStringLiteral("phone")};
    case ImportField::Email: return {QStringLiteral("email")};
    case ImportField::PriceImage: return {QStringLiteral("price_image_fen")};
    case ImportField::PriceVideo: return {QStringLiteral("price_video_fen")};
    case ImportField::EngagementRate: return {QStringLiteral("avg_engagement_rate")};
    case ImportField::Languages: return {QStringLiteral("languages")};
    case ImportField::Owner: return {QStringLiteral("owner")};
    case ImportField::Notes: return {QStringLiteral("notes")};
    default: return {};
    }
}

QString rowsSql(const QString &table, const QStringList &columns, int rows)
{
    const QString one = QLatin1Char('(') + placeholders(columns.size()) + QLatin1Char(')');
    QStringList all;
    all.reserve(rows);
    for (int i = 0; i < rows; ++i)
        all << one;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(table, columns.join(QStringLiteral(", ")),
                                                              all.join(QStringLiteral(", ")));
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
    q.finish();

    const QStringList &all = record::columns();
    QStringList wanted;
    for (ImportField f : info.mapping.fields)
        wanted << columnsFor(f);
    m_insertColumns.clear();
    QStringList cols;
    for (int i = 0; i < all.size(); ++i) {
        if (wanted.contains(all.at(i))) {
            m_insertColumns << i;
            cols << all.at(i);
        }
    }
    m_explicitIds = m_db.dialect().backend() == Backend::Sqlite;
    if (m_explicitIds) {
        // The write transaction holds the lock: nobody else can take these ids meanwhile.
        QSqlQuery maxId(m_db.sql());
        if (!maxId.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM creators")) || !maxId.next()) {
            *error = m_db.errorFrom(maxId.lastError());
            return false;
        }
        m_nextId = maxId.value(0).toLongLong() + 1;
        cols.prepend(QStringLiteral("id"));
    }
    cols << QStringLiteral("profile_key") << QStringLiteral("search_text") << QStringLiteral("import_batch_id")
         << QStringLiteral("created_at") << QStringLiteral("updated_at");
    m_creators = {QStringLiteral("creators"), cols, {}, 0};
    m_snapshots = {QStringLiteral("follower_snapshots"),
                   {QStringLiteral("creator_id"), QStringLiteral("as_of"), QStringLiteral("followers"),
                    QStringLiteral("source"), QStringLiteral("import_batch_id")},
                   {}, 0};
    m_audit = {QStringLiteral("audit_log"),
               {QStringLiteral("at"), QStringLiteral("user_name"), QStringLiteral("table_name"), QStringLiteral("row_id"),
                QStringLiteral("action"), QStringLiteral("changes")},
               {}, 0};
    return true;
}

bool ImportWriter::flush(Buffer &b, StoreError *error)
{
    if (b.rows == 0)
        return true;
    QSqlQuery &q = prepared(rowsSql(b.table, b.columns, b.rows));
    for (const QVariant &v : std::as_const(b.binds))
        q.addBindValue(v);
    b.binds.clear();
    b.rows = 0;
    return exec(q, error);
}

bool ImportWriter::flushAll(StoreError *error)
{
    // Parents first: snapshots and audit rows name creators.
    return flush(m_creators, error) && flush(m_snapshots, error) && flush(m_audit, error);
}

bool ImportWriter::writeCreatedSideRows(StoreError *error)
{
    if (!m_explicitIds)
        return true;
    // A follower snapshot for each new creator with a count: the row holds the file's count and date.
    QSqlQuery s(m_db.sql());
    s.prepare(QStringLiteral("INSERT INTO follower_snapshots (creator_id, as_of, followers, source, import_batch_id) "
                             "SELECT id, followers_as_of, followers, 'import', import_batch_id FROM creators "
                             "WHERE import_batch_id = ? AND followers IS NOT NULL ORDER BY id"));
    s.addBindValue(m_batchId);
    if (!exec(s, error))
        return false;
    // Audit rows: {"import_batch": id, column: [null, value] for each column the import wrote}.
    // Column names come from CreatorRecord's whitelist (m_creators.columns).
    QStringList parts{QStringLiteral("'import_batch', import_batch_id")};
    static const QStringList bookkeeping{QStringLiteral("id"), QStringLiteral("profile_key"), QStringLiteral("search_text"),
                                         QStringLiteral("import_batch_id"), QStringLiteral("created_at"),
                                         QStringLiteral("updated_at")};
    for (const QString &col : std::as_const(m_creators.columns)) {
        if (!bookkeeping.contains(col))
            parts << QStringLiteral("'%1', json_array(NULL, %1)").arg(col);
    }
    QSqlQuery a(m_db.sql());
    a.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, row_id, action, changes) "
                             "SELECT ?, ?, 'creators', id, 'insert', json_object(%1) FROM creators "
                             "WHERE import_batch_id = ? ORDER BY id").arg(parts.join(QStringLiteral(", "))));
    a.addBindValue(m_now);
    a.addBindValue(m_db.userName());
    a.addBindValue(m_batchId);
    return exec(a, error);
}

bool ImportWriter::finishBatch(const Counts &c, StoreError *error)
{
    if (!flushAll(error) || !writeCreatedSideRows(error))
        return false;
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
    if (plan->metrics)
        return plan->action == RowAction::Create ? insertMetrics(*plan, error) : true;
    if (plan->action == RowAction::Create)
        return insertCreator(*plan, error);
    if (plan->action == RowAction::Update)
        return updateCreator(*plan, error);
    return true;
}

bool ImportWriter::insertCreator(RowPlan &p, StoreError *error)
{
    Creator &c = p.creator;
    c.status = Status::Prospect;
    const QVariantList values = record::values(c);
    QVariantList row;
    row.reserve(m_creators.columns.size());
    if (m_explicitIds)
        row << m_nextId;
    for (int i : std::as_const(m_insertColumns))
        row << values.at(i);
    row << keyValue(c) << c.searchText() << m_batchId << m_now << m_now;
    if (m_explicitIds) {
        c.id = m_nextId++;
        m_creators.binds << row;
        ++m_creators.rows;
    } else {
        QSqlQuery &q = prepared(rowsSql(m_creators.table, m_creators.columns, 1) + QStringLiteral(" RETURNING id"));
        for (const QVariant &v : std::as_const(row))
            q.addBindValue(v);
        if (!exec(q, error))
            return false;
        if (!q.next()) {
            *error = StoreError::make(StoreError::Code::Query, QStringLiteral("creators: no id returned"));
            return false;
        }
        c.id = q.value(0).toLongLong();
        q.finish();
    }
    c.version = 1;

    if (m_explicitIds) {
        // Snapshots and audit rows of new creators are written from the creators rows in two
        // statements by finishBatch(): no per-row binding or JSON building here.
        if (!c.tags.isEmpty() && (!flushAll(error) || !addTags(c.id, c.tags, error)))
            return false;
        return m_creators.rows >= kChunk ? flushAll(error) : true;
    }
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
    if (!audit(QStringLiteral("insert"), c.id, changes, error))
        return false;
    if (!c.tags.isEmpty()) {
        if (!flushAll(error)) // creator_tags names the creator: write it first
            return false;
        if (!addTags(c.id, c.tags, error))
            return false;
    }
    if (m_creators.rows >= kChunk || m_snapshots.rows >= kChunk || m_audit.rows >= kChunk || !m_explicitIds)
        return flushAll(error);
    return true;
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
    if (!audit(QStringLiteral("update"), id, changes, error))
        return false;
    if (m_snapshots.rows >= kChunk || m_audit.rows >= kChunk || !m_explicitIds)
        return flushAll(error);
    return true;
}

bool ImportWriter::insertMetrics(const RowPlan &p, StoreError *error)
{
    const MetricsRow &m = *p.metrics;
    const auto opt = [](const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); };
    QSqlQuery &q = prepared(QStringLiteral("INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves, "
                                           "shares, clicks, source, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m.postId);
    q.addBindValue(m.asOf.toString(Qt::ISODate));
    q.addBindValue(opt(m.views));
    q.addBindValue(opt(m.likes));
    q.addBindValue(opt(m.comments));
    q.addBindValue(opt(m.saves));
    q.addBindValue(opt(m.shares));
    q.addBindValue(opt(m.clicks));
    q.addBindValue(m.source);
    q.addBindValue(m_batchId);
    return exec(q, error);
}

bool ImportWriter::snapshot(qint64 creatorId, const RowPlan &p, StoreError *error)
{
    Q_UNUSED(error);
    m_snapshots.binds << creatorId << p.snapshotAsOf.toString(Qt::ISODate) << *p.snapshotFollowers
                      << QStringLiteral("import") << m_batchId;
    ++m_snapshots.rows;
    return true;
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
    Q_UNUSED(error);
    m_audit.binds << m_now << m_db.userName() << QStringLiteral("creators") << rowId << action << compact(changes);
    ++m_audit.rows;
    return true;
}

} // namespace rr
