// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CreatorRecordExport.h"

#include "store/Database.h"
#include "store/Schema.h"
#include "store/SqlRunner.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rr {

namespace {

// Reads rows of one table as JSON objects keyed by column name. Table names are constants of
// this file; column names come from the schema description (a whitelist), never from data.
class RowReader
{
public:
    RowReader(const Database &db, StoreError *error) : m_db(db), m_run(db, error, QStringLiteral("creator record")) {}

    QStringList columns(const QString &table, const QStringList &skip = {}) const
    {
        QStringList out;
        if (const TableDef *t = m_db.schema().table(table)) {
            for (const ColumnDef &c : t->columns)
                if (c.since <= m_db.schemaVersion() && !skip.contains(c.name))
                    out << c.name;
        }
        return out;
    }

    // SELECT <columns of table> FROM table t <tail>; false on a database error.
    bool rows(const QString &table, const QString &tail, const QVariantList &binds, QJsonArray *out,
              const QStringList &skip = {})
    {
        const QStringList cols = columns(table, skip);
        QStringList qualified;
        for (const QString &c : cols)
            qualified << QStringLiteral("t.") + c;
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        if (!m_run.exec(q, QStringLiteral("SELECT %1 FROM %2 t %3").arg(qualified.join(QLatin1String(", ")), table, tail),
                        binds))
            return false;
        while (q.next()) {
            QJsonObject row;
            for (int i = 0; i < cols.size(); ++i)
                row.insert(cols.at(i), toJson(cols.at(i), q.value(i)));
            out->append(row);
        }
        return true;
    }

    bool strings(const QString &sql, const QVariantList &binds, QJsonArray *out)
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        if (!m_run.exec(q, sql, binds))
            return false;
        while (q.next())
            out->append(q.value(0).toString());
        return true;
    }

private:
    static QJsonValue toJson(const QString &column, const QVariant &v)
    {
        if (v.isNull())
            return QJsonValue::Null;
        if (column == QLatin1String("changes")) { // audit_log: JSON text
            const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
            if (doc.isObject())
                return doc.object();
        }
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            return QJsonValue(v.toLongLong());
        case QMetaType::Double:
        case QMetaType::Float:
            return QJsonValue(v.toDouble());
        default:
            return QJsonValue(v.toString());
        }
    }

    const Database &m_db;
    SqlRunner m_run;
};

QJsonArray groupedBy(const QJsonArray &rows, const QString &key, qint64 id)
{
    QJsonArray out;
    for (const QJsonValue &r : rows)
        if (r.toObject().value(key).toInteger() == id)
            out.append(r);
    return out;
}

} // namespace

std::optional<QJsonObject> CreatorRecordExport::build(const Database &db, qint64 creatorId, StoreError *error)
{
    RowReader read(db, error);
    const QVariantList id{creatorId};

    QJsonArray profiles;
    // search_text only repeats handle, names and notes in lower case.
    if (!read.rows(QStringLiteral("creators"), QStringLiteral("WHERE t.id = ?"), id, &profiles,
                   {QStringLiteral("search_text")}))
        return std::nullopt;
    if (profiles.isEmpty()) {
        if (error)
            *error = StoreError::make(StoreError::Code::NotFound, tr("There is no creator number %1.").arg(creatorId));
        return std::nullopt;
    }
    QJsonObject record;
    record.insert(QStringLiteral("format"), QStringLiteral("redroster-creator-record/1"));
    record.insert(QStringLiteral("exported_at"), Database::nowUtc());
    record.insert(QStringLiteral("creator_id"), creatorId);
    record.insert(QStringLiteral("profile"), profiles.first());

    QJsonArray primary, secondary, tags;
    if (!read.rows(QStringLiteral("categories"),
                   QStringLiteral("WHERE t.id = (SELECT primary_category_id FROM creators WHERE id = ?)"), id, &primary)
        || !read.rows(QStringLiteral("categories"),
                      QStringLiteral("JOIN creator_categories cc ON cc.category_id = t.id WHERE cc.creator_id = ? "
                                     "ORDER BY t.sort_order, t.id"),
                      id, &secondary)
        || !read.strings(QStringLiteral("SELECT tg.name FROM tags tg JOIN creator_tags ct ON ct.tag_id = tg.id "
                                        "WHERE ct.creator_id = ? ORDER BY tg.name"),
                         id, &tags))
        return std::nullopt;
    record.insert(QStringLiteral("categories"),
                  QJsonObject{{QStringLiteral("primary"), primary.isEmpty() ? QJsonValue() : primary.first()},
                              {QStringLiteral("secondary"), secondary}});
    record.insert(QStringLiteral("tags"), tags);

    QJsonArray followers, vetting, shortlists;
    if (!read.rows(QStringLiteral("follower_snapshots"), QStringLiteral("WHERE t.creator_id = ? ORDER BY t.as_of, t.id"),
                   id, &followers)
        || !read.rows(QStringLiteral("vetting"), QStringLiteral("WHERE t.creator_id = ?"), id, &vetting)
        // The shortlist itself (name, purpose, saved filter), never its other members.
        || !read.rows(QStringLiteral("shortlists"),
                      QStringLiteral("JOIN shortlist_members sm ON sm.shortlist_id = t.id WHERE sm.creator_id = ? "
                                     "ORDER BY t.name"),
                      id, &shortlists))
        return std::nullopt;
    record.insert(QStringLiteral("follower_history"), followers);
    record.insert(QStringLiteral("vetting"), vetting.isEmpty() ? QJsonValue() : vetting.first());
    record.insert(QStringLiteral("shortlists"), shortlists);

    QJsonArray collaborations, campaigns, deliverables, posts, metrics;
    const QString ofCreator = QStringLiteral("WHERE t.id IN (SELECT campaign_id FROM collaborations WHERE creator_id = ?)");
    if (!read.rows(QStringLiteral("collaborations"), QStringLiteral("WHERE t.creator_id = ? ORDER BY t.id"), id,
                   &collaborations)
        || !read.rows(QStringLiteral("campaigns"), ofCreator, id, &campaigns,
                      {QStringLiteral("notes"), QStringLiteral("version")})
        || !read.rows(QStringLiteral("deliverables"),
                      QStringLiteral("WHERE t.collaboration_id IN (SELECT id FROM collaborations WHERE creator_id = ?) "
                                     "ORDER BY t.id"),
                      id, &deliverables)
        || !read.rows(QStringLiteral("posts"), QStringLiteral("WHERE t.creator_id = ? ORDER BY t.published_on NULLS FIRST, t.id"),
                      id, &posts, {QStringLiteral("latest_metrics_id")})
        || !read.rows(QStringLiteral("post_metrics"),
                      QStringLiteral("WHERE t.post_id IN (SELECT id FROM posts WHERE creator_id = ?) "
                                     "ORDER BY t.post_id, t.as_of, t.id"),
                      id, &metrics))
        return std::nullopt;
    QHash<qint64, QJsonObject> campaignById;
    for (const QJsonValue &c : campaigns)
        campaignById.insert(c.toObject().value(QStringLiteral("id")).toInteger(), c.toObject());
    QJsonArray postsWithMetrics;
    for (const QJsonValue &p : posts) {
        QJsonObject post = p.toObject();
        post.insert(QStringLiteral("metrics"),
                    groupedBy(metrics, QStringLiteral("post_id"), post.value(QStringLiteral("id")).toInteger()));
        postsWithMetrics.append(post);
    }
    QJsonArray collaborationsOut;
    QList<qint64> collaborationIds;
    for (const QJsonValue &c : collaborations) {
        QJsonObject co = c.toObject();
        const qint64 coId = co.value(QStringLiteral("id")).toInteger();
        collaborationIds << coId;
        co.insert(QStringLiteral("campaign"),
                  campaignById.value(co.value(QStringLiteral("campaign_id")).toInteger()));
        co.insert(QStringLiteral("deliverables"), groupedBy(deliverables, QStringLiteral("collaboration_id"), coId));
        co.insert(QStringLiteral("posts"), groupedBy(postsWithMetrics, QStringLiteral("collaboration_id"), coId));
        collaborationsOut.append(co);
    }
    record.insert(QStringLiteral("collaborations"), collaborationsOut);
    QJsonArray otherPosts;
    for (const QJsonValue &p : postsWithMetrics)
        if (!collaborationIds.contains(p.toObject().value(QStringLiteral("collaboration_id")).toInteger()))
            otherPosts.append(p);
    record.insert(QStringLiteral("other_posts"), otherPosts);

    QJsonArray events, audit;
    if (!read.rows(QStringLiteral("relationship_events"),
                   QStringLiteral("WHERE t.creator_id = ? ORDER BY t.occurred_on, t.id"), id, &events)
        || !read.rows(QStringLiteral("audit_log"),
                      QStringLiteral("WHERE (t.table_name = 'creators' AND t.row_id = ?) OR (t.table_name = "
                                     "'collaborations' AND t.row_id IN (SELECT id FROM collaborations WHERE "
                                     "creator_id = ?)) ORDER BY t.at, t.id"),
                      {creatorId, creatorId}, &audit))
        return std::nullopt;
    record.insert(QStringLiteral("relationship_events"), events);
    record.insert(QStringLiteral("audit_log"), audit);
    return record;
}

bool CreatorRecordExport::writeJson(const Database &db, qint64 creatorId, QIODevice *device, StoreError *error)
{
    const std::optional<QJsonObject> record = build(db, creatorId, error);
    if (!record)
        return false;
    const QByteArray bytes = QJsonDocument(*record).toJson(QJsonDocument::Indented);
    return device->write(bytes) == bytes.size();
}

} // namespace rr
