// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CreatorRepository.h"

#include "domain/CreatorRecord.h"
#include "domain/CreatorWriter.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rr {

namespace record = creator_record;
using creator_record::CreatorWriter;
using creator_record::kCreatorsTable;
using creator_record::run;

namespace {

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}


void fail(StoreError *error, StoreError::Code code, const Database &db, const QString &detail = {})
{
    if (error)
        *error = StoreError::make(code, StoreError::describe(code, db.spec().displayName()), detail);
}

QStringList stringColumn(const Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Fields whose values differ: {"field": [old, new]}.
QJsonObject changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject diff;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old != it.value())
            diff.insert(it.key(), QJsonArray{old, it.value()});
    }
    return diff;
}

QJsonObject insertedFields(const QJsonObject &fields)
{
    QJsonObject out;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const bool empty = it.value().isNull() || (it.value().isArray() && it.value().toArray().isEmpty());
        if (!empty)
            out.insert(it.key(), QJsonArray{QJsonValue(), it.value()});
    }
    return out;
}

// Emits writeFailed when a write method returns without having succeeded. Declared before the
// WriteTransaction so the rollback happens first. Points a null `error` at its own StoreError.
class FailureReport
{
public:
    FailureReport(CreatorRepository *repository, StoreError *&error) : m_repository(repository)
    {
        if (!error)
            error = &m_local;
        m_error = error;
    }
    ~FailureReport()
    {
        if (!m_succeeded)
            emit m_repository->writeFailed(*m_error);
    }
    FailureReport(const FailureReport &) = delete;
    FailureReport &operator=(const FailureReport &) = delete;
    void succeeded() { m_succeeded = true; }

private:
    CreatorRepository *m_repository;
    StoreError m_local;
    StoreError *m_error = nullptr;
    bool m_succeeded = false;
};

} // namespace

CreatorRepository::CreatorRepository(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

QList<Category> CreatorRepository::categories() const
{
    QList<Category> out;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, key, name_zh, name_en FROM categories ORDER BY sort_order, id")))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

QStringList CreatorRepository::knownTags() const
{
    return stringColumn(m_db, QStringLiteral("SELECT name FROM tags ORDER BY name"));
}

QStringList CreatorRepository::knownOwners() const
{
    return stringColumn(m_db, QStringLiteral("SELECT DISTINCT owner FROM creators WHERE owner IS NOT NULL "
                                             "AND owner <> '' ORDER BY owner"));
}

QStringList CreatorRepository::knownCities() const
{
    return stringColumn(m_db, QStringLiteral("SELECT DISTINCT city FROM creators WHERE city IS NOT NULL "
                                             "AND city <> '' ORDER BY city"));
}

std::optional<Creator> CreatorRepository::load(qint64 id, StoreError *error) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, version, %1 FROM creators WHERE id = ?")
                  .arg(record::columns().join(QStringLiteral(", "))));
    q.addBindValue(id);
    if (!run(q, m_db, error))
        return std::nullopt;
    if (!q.next()) {
        fail(error, StoreError::Code::NotFound, m_db);
        return std::nullopt;
    }
    Creator c;
    c.id = q.value(0).toLongLong();
    c.version = q.value(1).toInt();
    record::read(q, c);

    QSqlQuery tags(m_db.sql());
    tags.prepare(QStringLiteral("SELECT t.name FROM creator_tags ct JOIN tags t ON t.id = ct.tag_id "
                                "WHERE ct.creator_id = ? ORDER BY t.name"));
    tags.addBindValue(id);
    if (!run(tags, m_db, error))
        return std::nullopt;
    while (tags.next())
        c.tags << tags.value(0).toString();

    QSqlQuery cats(m_db.sql());
    cats.prepare(QStringLiteral("SELECT category_id FROM creator_categories WHERE creator_id = ? ORDER BY category_id"));
    cats.addBindValue(id);
    if (!run(cats, m_db, error))
        return std::nullopt;
    while (cats.next())
        c.secondaryCategoryIds << cats.value(0).toLongLong();
    return c;
}

bool CreatorRepository::insert(Creator &creator, StoreError *error, InsertMode mode)
{
    FailureReport report(this, error);
    const bool restore = mode == InsertMode::Restore && creator.id > 0;
    Creator row = creator;
    row.tags = record::normalizedTags(row.tags);
    if (row.followers && !row.followersAsOf.isValid())
        row.followersAsOf = QDate::currentDate();
    const int version = restore && row.version > 0 ? row.version : 1;

    WriteTransaction tx(m_db);
    if (!tx.begin(error))
        return false;

    QStringList cols = record::columns();
    QVariantList values = record::values(row);
    const QString key = normalizedProfileKey(row.profileUrl);
    const QString now = Database::nowUtc();
    cols << QStringLiteral("profile_key") << QStringLiteral("search_text") << QStringLiteral("created_at")
         << QStringLiteral("updated_at") << QStringLiteral("version");
    values << (key.isEmpty() ? QVariant() : QVariant(key)) << row.searchText() << now << now << version;
    if (restore) {
        cols << QStringLiteral("id");
        values << row.id;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO creators (%1) VALUES (%2) RETURNING id")
                  .arg(cols.join(QStringLiteral(", ")), placeholders(int(cols.size()))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!run(q, m_db, error, &tx) || !q.next())
        return false;
    row.id = q.value(0).toLongLong();
    q.finish();

    CreatorWriter w(m_db, error, &tx);
    if (!w.writeTags(row.id, row.tags) || !w.writeCategories(row.id, row.secondaryCategoryIds))
        return false;
    if (row.followers && w.addSnapshot(row.id, row.followersAsOf, *row.followers, QStringLiteral("manual")) == 0)
        return false;
    const QJsonObject changes = insertedFields(record::auditFields(row));
    if (!w.audit(QStringLiteral("insert"), row.id, &changes))
        return false;
    if (!tx.commit(error))
        return false;

    row.version = version;
    creator = row;
    report.succeeded();
    emit creatorAdded(creator.id);
    return true;
}

bool CreatorRepository::update(Creator &edited, StoreError *error, const UpdateOptions &options,
                               qint64 *createdSnapshotId)
{
    FailureReport report(this, error);
    if (createdSnapshotId)
        *createdSnapshotId = 0;
    WriteTransaction tx(m_db);
    if (!tx.begin(error))
        return false;

    const std::optional<Creator> stored = load(edited.id, error);
    if (!stored)
        return false; // NotFound or a query error, already reported
    if (stored->version != edited.version) {
        fail(error, StoreError::Code::Conflict, m_db,
             QStringLiteral("stored version %1, edited version %2").arg(stored->version).arg(edited.version));
        return false;
    }

    CreatorWriter w(m_db, error, &tx);
    Creator row = edited;
    row.tags = record::normalizedTags(row.tags);
    if (row.followers && !row.followersAsOf.isValid())
        row.followersAsOf = QDate::currentDate();

    if (options.removeSnapshotId > 0 && !w.removeSnapshot(row.id, options.removeSnapshotId))
        return false;
    const bool followersChanged = row.followers != stored->followers
        || (row.followers && row.followersAsOf != stored->followersAsOf);
    qint64 snapshotId = 0;
    if (followersChanged && row.followers && options.recordFollowerSnapshot) {
        snapshotId = w.addSnapshot(row.id, row.followersAsOf, *row.followers, QStringLiteral("manual"));
        if (snapshotId == 0)
            return false;
    }
    {
        // The stored count always mirrors the latest snapshot by date, whatever the edit (or the
        // undo of one) carries: snapshots added meanwhile outside this edit stay authoritative.
        bool ok = false;
        const std::optional<FollowerSnapshot> latest = w.latestSnapshot(row.id, &ok);
        if (!ok)
            return false;
        if (latest) {
            row.followers = latest->followers;
            row.followersAsOf = latest->asOf;
        }
    }

    QStringList assignments;
    for (const QString &c : record::columns())
        assignments << c + QStringLiteral(" = ?");
    assignments << QStringLiteral("profile_key = ?") << QStringLiteral("search_text = ?")
                << QStringLiteral("updated_at = ?") << QStringLiteral("version = version + 1");
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE creators SET %1 WHERE id = ? AND version = ?")
                  .arg(assignments.join(QStringLiteral(", "))));
    const QVariantList values = record::values(row);
    for (const QVariant &v : values)
        q.addBindValue(v);
    const QString key = normalizedProfileKey(row.profileUrl);
    q.addBindValue(key.isEmpty() ? QVariant() : QVariant(key));
    q.addBindValue(row.searchText());
    q.addBindValue(Database::nowUtc());
    q.addBindValue(row.id);
    q.addBindValue(edited.version);
    if (!run(q, m_db, error, &tx))
        return false;
    if (q.numRowsAffected() != 1) {
        fail(error, StoreError::Code::Conflict, m_db);
        return false;
    }

    if (!w.writeTags(row.id, row.tags) || !w.writeCategories(row.id, row.secondaryCategoryIds))
        return false;
    const QJsonObject changes = changedFields(record::auditFields(*stored), record::auditFields(row));
    if (!changes.isEmpty() && !w.audit(QStringLiteral("update"), row.id, &changes))
        return false;
    if (row.status != stored->status && !w.statusEvent(row.id, stored->status, row.status))
        return false;
    if (!tx.commit(error))
        return false;

    row.version = stored->version + 1;
    edited = row;
    if (createdSnapshotId)
        *createdSnapshotId = snapshotId;
    report.succeeded();
    emit creatorChanged(row.id);
    return true;
}

bool CreatorRepository::remove(qint64 id, StoreError *error)
{
    return remove(QList<qint64>{id}, error);
}

bool CreatorRepository::remove(const QList<qint64> &ids, StoreError *error)
{
    FailureReport report(this, error);
    WriteTransaction tx(m_db);
    if (!tx.begin(error))
        return false;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM creators WHERE id = ?"));
    // Earlier audit rows held the creator's values; keep that something happened, not what.
    QSqlQuery scrub(m_db.sql());
    scrub.prepare(QStringLiteral("UPDATE audit_log SET changes = NULL WHERE table_name = ? AND row_id = ?"));
    CreatorWriter w(m_db, error, &tx);
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!run(q, m_db, error, &tx))
            return false;
        if (q.numRowsAffected() != 1) {
            fail(error, StoreError::Code::NotFound, m_db);
            return false; // all or nothing: the transaction rolls back
        }
        scrub.addBindValue(kCreatorsTable);
        scrub.addBindValue(id);
        if (!run(scrub, m_db, error, &tx) || !w.audit(QStringLiteral("delete"), id, nullptr))
            return false;
    }
    if (!tx.commit(error))
        return false;
    report.succeeded();
    for (qint64 id : ids)
        emit creatorRemoved(id);
    emit creatorsRemoved(ids);
    return true;
}

QList<DuplicateHit> CreatorRepository::findDuplicates(const QString &handle, const QString &profileUrl,
                                                      qint64 excludeId) const
{
    QList<DuplicateHit> hits;
    const QString h = handle.trimmed().toLower();
    const QString key = normalizedProfileKey(profileUrl);
    QStringList conditions;
    if (!h.isEmpty())
        conditions << m_db.dialect().lower(QStringLiteral("handle")) + QStringLiteral(" = ?");
    if (!key.isEmpty())
        conditions << QStringLiteral("profile_key = ?");
    if (conditions.isEmpty())
        return hits;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, nickname, handle, profile_key FROM creators WHERE (%1) AND id <> ? ORDER BY id")
                  .arg(conditions.join(QStringLiteral(" OR "))));
    if (!h.isEmpty())
        q.addBindValue(h);
    if (!key.isEmpty())
        q.addBindValue(key);
    q.addBindValue(excludeId);
    if (!q.exec())
        return hits;
    while (q.next()) {
        DuplicateHit hit;
        hit.id = q.value(0).toLongLong();
        hit.nickname = q.value(1).toString();
        hit.handle = q.value(2).toString();
        const bool byHandle = !h.isEmpty() && hit.handle.toLower() == h;
        const bool byKey = !key.isEmpty() && q.value(3).toString() == key;
        hit.reason = byHandle && byKey ? DuplicateHit::Reason::Both
                     : byHandle        ? DuplicateHit::Reason::Handle
                                       : DuplicateHit::Reason::ProfileLink;
        hits << hit;
    }
    return hits;
}

QList<FollowerSnapshot> CreatorRepository::followerHistory(qint64 creatorId) const
{
    QList<FollowerSnapshot> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, as_of, followers, source FROM follower_snapshots WHERE creator_id = ? "
                             "ORDER BY as_of, id"));
    q.addBindValue(creatorId);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), creatorId, QDate::fromString(q.value(1).toString(), Qt::ISODate),
                    q.value(2).toLongLong(), q.value(3).toString()});
    }
    return out;
}

bool CreatorRepository::addFollowerSnapshot(qint64 creatorId, const QDate &asOf, qint64 followers,
                                            const QString &source, StoreError *error)
{
    FailureReport report(this, error);
    if (!asOf.isValid() || followers < 0) {
        fail(error, StoreError::Code::Query, m_db, QStringLiteral("invalid snapshot"));
        return false;
    }
    WriteTransaction tx(m_db);
    if (!tx.begin(error))
        return false;
    const std::optional<Creator> stored = load(creatorId, error);
    if (!stored)
        return false;
    CreatorWriter w(m_db, error, &tx);
    if (w.addSnapshot(creatorId, asOf, followers, source) == 0)
        return false;
    bool ok = false;
    const std::optional<FollowerSnapshot> latest = w.latestSnapshot(creatorId, &ok);
    if (!ok || !latest)
        return false;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE creators SET followers = ?, followers_as_of = ?, updated_at = ?, "
                             "version = version + 1 WHERE id = ?"));
    q.addBindValue(latest->followers);
    q.addBindValue(latest->asOf.toString(Qt::ISODate));
    q.addBindValue(Database::nowUtc());
    q.addBindValue(creatorId);
    if (!run(q, m_db, error, &tx))
        return false;
    Creator after = *stored;
    after.followers = latest->followers;
    after.followersAsOf = latest->asOf;
    const QJsonObject changes = changedFields(record::auditFields(*stored), record::auditFields(after));
    if (!changes.isEmpty() && !w.audit(QStringLiteral("update"), creatorId, &changes))
        return false;
    if (!tx.commit(error))
        return false;
    report.succeeded();
    emit creatorChanged(creatorId);
    return true;
}

} // namespace rr
