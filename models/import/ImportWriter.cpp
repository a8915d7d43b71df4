// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportWriter.h"

#include "domain/CreatorRecord.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Schema.h"

#include <algorithm>

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

constexpr int kChunk = 128;      // rows per multi-row INSERT (binds stay far below SQLite's 32766)
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
    m_postgres = m_db.dialect().backend() == Backend::Postgres;
    m_reservedIds.clear();
    // Never on a shared server: DROP INDEX would lock every colleague out of the table.
    if (!m_postgres && info.deferIndexes && !dropIndexes(error))
        return false;
    if (m_postgres) {
        m_firstId = 0; // the first reservation sets it
        cols.prepend(QStringLiteral("id"));
    } else {
        // The write transaction holds the lock: nobody else can take these ids meanwhile.
        QSqlQuery maxId(m_db.sql());
        if (!maxId.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM creators")) || !maxId.next()) {
            *error = m_db.errorFrom(maxId.lastError());
            return false;
        }
        m_nextId = maxId.value(0).toLongLong() + 1;
        m_firstId = m_nextId;
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
                QStringLiteral("action"), QStringLiteral("changes"), QStringLiteral("creator_id")},
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

bool ImportWriter::takeId(qint64 *id, StoreError *error)
{
    if (!m_postgres) {
        *id = m_nextId++;
        return true;
    }
    if (m_reservedIds.isEmpty()) {
        QSqlQuery &q = prepared(QStringLiteral("SELECT nextval(pg_get_serial_sequence('creators', 'id')) "
                                               "FROM generate_series(1, ?)"));
        q.addBindValue(kChunk);
        if (!exec(q, error))
            return false;
        while (q.next())
            m_reservedIds << q.value(0).toLongLong();
        q.finish();
        if (m_reservedIds.isEmpty()) {
            *error = StoreError::make(StoreError::Code::Query, QStringLiteral("creators: no ids reserved"));
            return false;
        }
        std::sort(m_reservedIds.begin(), m_reservedIds.end());
        if (m_firstId == 0)
            m_firstId = m_reservedIds.first(); // a sequence only grows: every later id is larger
    }
    *id = m_reservedIds.takeFirst();
    return true;
}

bool ImportWriter::flushCreators(StoreError *error)
{
    if (m_created.rows == 0)
        return true;
    if (m_postgres) {
        // Plain multi-row VALUES, whose parameter types PostgreSQL takes from the columns.
        const int perRow = int(m_creators.columns.size()) - 3;
        QSqlQuery &q = prepared(rowsSql(m_creators.table, m_creators.columns, m_created.rows));
        for (qsizetype i = 0; i < m_created.binds.size(); ++i) {
            q.addBindValue(m_created.binds.at(i));
            if ((i + 1) % perRow == 0) {
                q.addBindValue(m_batchId);
                q.addBindValue(m_now);
                q.addBindValue(m_now);
            }
        }
        m_created.binds.clear();
        m_created.rows = 0;
        return exec(q, error);
    }
    // One statement per chunk of rows. The three values every row shares are bound once, and
    // placeholders are named: QSqlQuery's positional binding formats and hashes a name per value,
    // which at a million rows costs more than SQLite's insert itself.
    const int perRow = int(m_creators.columns.size()) - 3;
    const QString sql = m_createdSql.value(m_created.rows);
    QSqlQuery &q = prepared(sql.isEmpty() ? createdSql(m_created.rows) : sql);
    q.bindValue(QStringLiteral(":batch"), m_batchId);
    q.bindValue(QStringLiteral(":created"), m_now);
    q.bindValue(QStringLiteral(":updated"), m_now);
    for (qsizetype i = 0; i < m_created.binds.size(); ++i)
        q.bindValue(m_placeholders.at(i), m_created.binds.at(i));
    Q_ASSERT(m_created.binds.size() == qsizetype(m_created.rows) * perRow);
    m_created.binds.clear();
    m_created.rows = 0;
    return exec(q, error);
}

QString ImportWriter::createdSql(int rows)
{
    // INSERT INTO creators (id, …, import_batch_id, created_at, updated_at)
    //   SELECT column1, …, :batch, :created, :updated FROM (VALUES (:v0, …), (…), …)
    const int perRow = int(m_creators.columns.size()) - 3;
    while (m_placeholders.size() < qsizetype(rows) * perRow)
        m_placeholders << QStringLiteral(":v%1").arg(m_placeholders.size());
    QStringList select;
    for (int i = 1; i <= perRow; ++i)
        select << QStringLiteral("column%1").arg(i);
    select << QStringLiteral(":batch") << QStringLiteral(":created") << QStringLiteral(":updated");
    QStringList tuples;
    for (int r = 0; r < rows; ++r)
        tuples << QLatin1Char('(') + m_placeholders.mid(qsizetype(r) * perRow, perRow).join(QStringLiteral(", ")) + QLatin1Char(')');
    const QString sql = QStringLiteral("INSERT INTO creators (%1) SELECT %2 FROM (VALUES %3)")
                            .arg(m_creators.columns.join(QStringLiteral(", ")), select.join(QStringLiteral(", ")),
                                 tuples.join(QStringLiteral(", ")));
    m_createdSql.insert(rows, sql);
    return sql;
}

bool ImportWriter::flushAll(StoreError *error)
{
    // Parents first: snapshots and audit rows name creators.
    return flushCreators(error) && flush(m_snapshots, error) && flush(m_audit, error);
}

bool ImportWriter::writeCreatedSideRows(StoreError *error)
{
    if (m_firstId == 0)
        return true; // no new creators (PostgreSQL sets m_firstId with the first reserved id)
    // A follower snapshot for each new creator with a count: the row holds the file's count and date.
    QSqlQuery s(m_db.sql());
    s.prepare(QStringLiteral("INSERT INTO follower_snapshots (creator_id, as_of, followers, source, import_batch_id) "
                             "SELECT id, followers_as_of, followers, 'import', import_batch_id FROM creators "
                             "WHERE id >= ? AND import_batch_id = ? AND followers IS NOT NULL ORDER BY id"));
    s.addBindValue(m_firstId); // the batch's rows only: a range of ids, not a scan of the table
    s.addBindValue(m_batchId);
    if (!exec(s, error))
        return false;
    // No audit row per new creator: its import_batch_id names the import_batches row, which
    // records who imported which file when and with which mapping (a million audit rows would
    // cost as much as the creators themselves).
    return true;
}

bool ImportWriter::dropIndexes(StoreError *error)
{
    // The indexes the schema marks rebuildAfterBulkLoad; names come from it, never from input.
    QSqlQuery q(m_db.sql());
    for (const IndexDef &i : m_db.schema().indexes) {
        if (!i.rebuildAfterBulkLoad)
            continue;
        if (!q.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(m_db.dialect().quote(i.name)))) {
            *error = m_db.errorFrom(q.lastError());
            return false;
        }
    }
    m_indexesDropped = true;
    return true;
}

bool ImportWriter::rebuildIndexes(StoreError *error)
{
    if (!m_indexesDropped)
        return true;
    // The same statements the migrator runs, so the database is as if it had never been dropped.
    QSqlQuery q(m_db.sql());
    for (const IndexDef &i : m_db.schema().indexes) {
        if (i.rebuildAfterBulkLoad && !q.exec(Migrator::createIndex(m_db.dialect(), i))) {
            *error = m_db.errorFrom(q.lastError());
            return false;
        }
    }
    m_indexesDropped = false;
    return true;
}

bool ImportWriter::finishBatch(const Counts &c, StoreError *error)
{
    if (!flushAll(error) || !rebuildIndexes(error) || !writeCreatedSideRows(error))
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
    c.version = 1;
    const QVariantList values = record::values(c);
    // The row joins the pending chunk; follower snapshots of new creators are written from
    // the creators rows in one statement by finishBatch().
    if (!takeId(&c.id, error))
        return false;
    m_created.binds << c.id;
    for (int i : std::as_const(m_insertColumns))
        m_created.binds << values.at(i);
    m_created.binds << (p.profileKey.isEmpty() ? QVariant() : QVariant(p.profileKey)) << c.searchText();
    ++m_created.rows;
    if (!c.tags.isEmpty() && (!flushAll(error) || !addTags(c.id, c.tags, error)))
        return false;
    return m_created.rows >= kChunk ? flushCreators(error) : true;
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
    if (m_snapshots.rows >= kChunk || m_audit.rows >= kChunk)
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
            const bool found = find.next();
            if (found)
                tagId = find.value(0).toLongLong();
            find.finish();
            if (!found) {
                // A colleague importing the same new tag on the team's server may have added it
                // since: then nothing is inserted, and the name is looked up again.
                QSqlQuery &ins = prepared(QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING RETURNING id"));
                ins.addBindValue(name);
                if (!exec(ins, error))
                    return false;
                if (ins.next())
                    tagId = ins.value(0).toLongLong();
                ins.finish();
                if (!tagId) {
                    find.addBindValue(name);
                    if (!exec(find, error))
                        return false;
                    if (!find.next()) {
                        *error = StoreError::make(StoreError::Code::Query, QStringLiteral("tag %1: neither inserted nor found").arg(name));
                        return false;
                    }
                    tagId = find.value(0).toLongLong();
                    find.finish();
                }
            }
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
    m_audit.binds << m_now << m_db.userName() << QStringLiteral("creators") << rowId << action << compact(changes)
                  << rowId;
    ++m_audit.rows;
    return true;
}

} // namespace rr
