// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortlist/ShortlistRepository.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SqlRunner.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace rr {

namespace {

QList<qint64> distinctIds(const QList<qint64> &ids)
{
    QList<qint64> out;
    out.reserve(ids.size());
    QSet<qint64> seen;
    seen.reserve(ids.size());
    for (qint64 id : ids)
        if (!seen.contains(id)) {
            seen.insert(id);
            out.append(id);
        }
    return out;
}

QString memberInsertSql(qsizetype rows)
{
    QString sql = QStringLiteral("INSERT INTO shortlist_members (shortlist_id, creator_id, added_at) VALUES ");
    for (qsizetype i = 0; i < rows; ++i)
        sql += i == 0 ? QStringLiteral("(?, ?, ?)") : QStringLiteral(", (?, ?, ?)");
    sql += QStringLiteral(" ON CONFLICT (shortlist_id, creator_id) DO NOTHING");
    return sql;
}

ShortlistInfo readInfo(const QSqlQuery &q)
{
    ShortlistInfo s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.purpose = q.value(2).toString();
    s.filterJson = q.value(3).toString();
    s.createdBy = q.value(4).toString();
    s.createdAt = q.value(5).toString();
    s.memberCount = q.value(6).toLongLong();
    return s;
}

QString filterText(const RosterFilter &filter)
{
    return filter.isEmpty() ? QString()
                            : QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
}

const QString kInfoSelect = QStringLiteral(
    "SELECT s.id, s.name, s.purpose, s.filter, s.created_by, s.created_at, "
    "(SELECT COUNT(*) FROM shortlist_members m WHERE m.shortlist_id = s.id) FROM shortlists s ");

} // namespace

RosterFilter ShortlistInfo::filter() const
{
    return RosterFilter::fromJson(QJsonDocument::fromJson(filterJson.toUtf8()).object());
}

ShortlistRepository::ShortlistRepository(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

bool ShortlistRepository::nameInUse(const QString &name) const
{
    QVariant found;
    return SqlRunner(m_db, nullptr).scalar(QStringLiteral("SELECT 1 FROM shortlists WHERE name = ?"), {name.trimmed()}, &found)
           && found.isValid();
}

bool ShortlistRepository::insertMembers(qint64 shortlistId, const QList<qint64> &creatorIds, int *added,
                                        StoreError *error, WriteTransaction &tx)
{
    SqlRunner run(m_db, error, QStringLiteral("shortlist members"), &tx);
    const QList<qint64> ids = distinctIds(creatorIds);
    const QString now = Database::nowUtc();
    QSqlQuery full(m_db.sql());
    full.prepare(memberInsertSql(insertChunk));
    int count = 0;
    for (qsizetype start = 0; start < ids.size(); start += insertChunk) {
        const qsizetype n = std::min<qsizetype>(insertChunk, ids.size() - start);
        QSqlQuery tail(m_db.sql());
        QSqlQuery &q = n == insertChunk ? full : tail;
        if (n != insertChunk)
            tail.prepare(memberInsertSql(n));
        for (qsizetype i = start; i < start + n; ++i) {
            q.addBindValue(shortlistId);
            q.addBindValue(ids.at(i));
            q.addBindValue(now);
        }
        if (!run.exec(q))
            return false;
        count += q.numRowsAffected();
    }
    // Each creator's history shows the shortlist they joined (not those already on it).
    if (count > 0
        && !run.run(QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, row_id, action, creator_id) "
                                   "SELECT ?, ?, 'shortlist_members', shortlist_id, 'insert', creator_id "
                                   "FROM shortlist_members WHERE shortlist_id = ? AND added_at = ?"),
                    {now, m_db.userName(), shortlistId, now}))
        return false;
    if (added)
        *added = count;
    return true;
}

qint64 ShortlistRepository::create(const QString &name, const QString &purpose, const RosterFilter &filter,
                                   const QList<qint64> &creatorIds, StoreError *error)
{
    WriteTransaction tx(m_db);
    SqlRunner run(m_db, error, QStringLiteral("shortlist create"), &tx);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        run.fail(StoreError::make(StoreError::Code::Query, tr("A shortlist needs a name.")));
        return 0;
    }
    if (!tx.begin(error))
        return 0;
    // Checked inside the transaction, so nobody takes the name in between.
    if (nameInUse(trimmed)) {
        run.fail(StoreError::make(StoreError::Code::Conflict, tr("A shortlist named “%1” already exists.").arg(trimmed)));
        return 0;
    }
    if (!run.run(QStringLiteral("INSERT INTO shortlists (name, purpose, filter, created_by, created_at) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {trimmed, purpose.trimmed(), filterText(filter), m_db.userName(), Database::nowUtc()}))
        return 0;
    // lastInsertId() is not available on every driver: read the row back by its unique name.
    QVariant id;
    if (!run.scalar(QStringLiteral("SELECT id FROM shortlists WHERE name = ?"), {trimmed}, &id) || !id.isValid())
        return 0;
    if (!insertMembers(id.toLongLong(), creatorIds, nullptr, error, tx) || !tx.commit(error))
        return 0;
    emit shortlistsChanged();
    return id.toLongLong();
}

bool ShortlistRepository::restore(const ShortlistInfo &info, const QList<qint64> &members, StoreError *error)
{
    WriteTransaction tx(m_db);
    SqlRunner run(m_db, error, QStringLiteral("shortlist restore"), &tx);
    if (!tx.begin(error))
        return false;
    if (nameInUse(info.name))
        return run.fail(StoreError::make(StoreError::Code::Conflict,
                                         tr("A shortlist named “%1” already exists.").arg(info.name)));
    if (!run.run(QStringLiteral("INSERT INTO shortlists (id, name, purpose, filter, created_by, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 {info.id, info.name, info.purpose, info.filterJson, info.createdBy, info.createdAt})
        || !insertMembers(info.id, members, nullptr, error, tx) || !tx.commit(error))
        return false;
    emit shortlistsChanged();
    return true;
}

bool ShortlistRepository::addMembers(qint64 shortlistId, const QList<qint64> &creatorIds, StoreError *error,
                                     int *added)
{
    WriteTransaction tx(m_db);
    if (!tx.begin(error))
        return false;
    if (!find(shortlistId, error)) {
        if (error && !error->isError())
            *error = StoreError::make(StoreError::Code::NotFound, tr("The shortlist no longer exists."));
        return false;
    }
    if (!insertMembers(shortlistId, creatorIds, added, error, tx) || !tx.commit(error))
        return false;
    emit shortlistsChanged();
    return true;
}

bool ShortlistRepository::removeMembers(qint64 shortlistId, const QList<qint64> &creatorIds, StoreError *error)
{
    WriteTransaction tx(m_db);
    SqlRunner run(m_db, error, QStringLiteral("shortlist members"), &tx);
    if (!tx.begin(error))
        return false;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM shortlist_members WHERE shortlist_id = ? AND creator_id = ?"));
    for (qint64 id : creatorIds) {
        q.addBindValue(shortlistId);
        q.addBindValue(id);
        if (!run.exec(q))
            return false;
        if (q.numRowsAffected() == 1
            && !AuditLog::record(m_db, QStringLiteral("shortlist_members"), shortlistId, QStringLiteral("delete"), id,
                                 nullptr, error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    emit shortlistsChanged();
    return true;
}

bool ShortlistRepository::remove(qint64 shortlistId, StoreError *error)
{
    WriteTransaction tx(m_db);
    SqlRunner run(m_db, error, QStringLiteral("shortlist remove"), &tx);
    if (!tx.begin(error))
        return false;
    qint64 removed = 0;
    // Members go by ON DELETE CASCADE; each one's history says so first.
    if (!run.run(QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, row_id, action, creator_id) "
                                "SELECT ?, ?, 'shortlist_members', shortlist_id, 'delete', creator_id "
                                "FROM shortlist_members WHERE shortlist_id = ?"),
                 {Database::nowUtc(), m_db.userName(), shortlistId})
        || !run.run(QStringLiteral("DELETE FROM shortlists WHERE id = ?"), {shortlistId}, &removed))
        return false;
    if (removed != 1)
        return run.fail(StoreError::make(StoreError::Code::NotFound, tr("The shortlist no longer exists.")));
    if (!AuditLog::record(m_db, QStringLiteral("shortlists"), shortlistId, QStringLiteral("delete"), 0, nullptr, error)
        || !tx.commit(error))
        return false;
    emit shortlistsChanged();
    return true;
}

QList<ShortlistInfo> ShortlistRepository::list(StoreError *error) const
{
    QList<ShortlistInfo> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!SqlRunner(m_db, error, QStringLiteral("shortlists")).exec(q, kInfoSelect + QStringLiteral("ORDER BY s.name, s.id")))
        return out;
    while (q.next())
        out.append(readInfo(q));
    return out;
}

std::optional<ShortlistInfo> ShortlistRepository::find(qint64 shortlistId, StoreError *error) const
{
    QSqlQuery q(m_db.sql());
    if (!SqlRunner(m_db, error, QStringLiteral("shortlists")).exec(q, kInfoSelect + QStringLiteral("WHERE s.id = ?"), {shortlistId})
        || !q.next())
        return std::nullopt;
    return readInfo(q);
}

QList<qint64> ShortlistRepository::members(qint64 shortlistId, StoreError *error) const
{
    QList<qint64> out;
    SqlRunner(m_db, error, QStringLiteral("shortlist members"))
        .ids(QStringLiteral("SELECT creator_id FROM shortlist_members WHERE shortlist_id = ? ORDER BY creator_id"),
             {shortlistId}, &out);
    return out;
}

QList<CampaignChoice> ShortlistRepository::campaigns(StoreError *error) const
{
    QList<CampaignChoice> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!SqlRunner(m_db, error, QStringLiteral("campaign choices"))
             .exec(q, QStringLiteral("SELECT id, name, brand, status FROM campaigns "
                                     "ORDER BY CASE status WHEN 'closed' THEN 1 ELSE 0 END, name, id")))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

bool ShortlistRepository::addToCampaign(qint64 shortlistId, qint64 campaignId, AddToCampaignResult *result,
                                        StoreError *error)
{
    WriteTransaction tx(m_db);
    SqlRunner run(m_db, error, QStringLiteral("shortlist to campaign"), &tx);
    if (!tx.begin(error))
        return false;
    QSqlQuery check(m_db.sql());
    if (!run.exec(check, QStringLiteral("SELECT (SELECT COUNT(*) FROM campaigns WHERE id = ?), "
                                        "(SELECT COUNT(*) FROM shortlists WHERE id = ?)"),
                  {campaignId, shortlistId})
        || !check.next())
        return false;
    if (check.value(0).toInt() != 1 || check.value(1).toInt() != 1)
        return run.fail(StoreError::make(StoreError::Code::NotFound,
                                         check.value(0).toInt() != 1 ? tr("The campaign no longer exists.")
                                                                     : tr("The shortlist no longer exists.")));
    QVariant alreadyThere;
    if (!run.scalar(QStringLiteral("SELECT COUNT(*) FROM shortlist_members m WHERE m.shortlist_id = ? AND EXISTS "
                                   "(SELECT 1 FROM collaborations co WHERE co.campaign_id = ? AND co.creator_id = m.creator_id)"),
                    {shortlistId, campaignId}, &alreadyThere))
        return false;

    const QString now = Database::nowUtc();
    QList<qint64> created;
    if (!run.ids(QStringLiteral(
                     "INSERT INTO collaborations (campaign_id, creator_id, status, contracted_posts, created_at, updated_at) "
                     "SELECT ?, m.creator_id, 'planned', 1, ?, ? FROM shortlist_members m WHERE m.shortlist_id = ? AND NOT EXISTS "
                     "(SELECT 1 FROM collaborations co WHERE co.campaign_id = ? AND co.creator_id = m.creator_id) "
                     "ORDER BY m.creator_id RETURNING id"),
                 {campaignId, now, now, shortlistId, campaignId}, &created)
        || !run.run(QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, row_id, action, creator_id) "
                                   "SELECT ?, ?, 'collaborations', id, 'insert', creator_id FROM collaborations "
                                   "WHERE campaign_id = ? AND created_at = ?"),
                    {now, m_db.userName(), campaignId, now})
        || !tx.commit(error))
        return false;
    const int added = int(created.size());
    if (result)
        *result = {added, alreadyThere.toInt(), created};
    if (added > 0)
        emit collaborationsAdded(campaignId, added);
    return true;
}

bool ShortlistRepository::removeCollaborations(qint64 campaignId, const QList<qint64> &collaborationIds,
                                               StoreError *error)
{
    WriteTransaction tx(m_db);
    SqlRunner run(m_db, error, QStringLiteral("shortlist to campaign undo"), &tx);
    if (!tx.begin(error))
        return false;
    QSqlQuery check(m_db.sql());
    check.prepare(QStringLiteral("SELECT co.status = 'planned' AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.collaboration_id = co.id) "
                                 "FROM collaborations co WHERE co.id = ? AND co.campaign_id = ?"));
    int movedOn = 0;
    for (qint64 id : collaborationIds) {
        check.addBindValue(id);
        check.addBindValue(campaignId);
        if (!run.exec(check))
            return false;
        if (!check.next() || !check.value(0).toBool())
            ++movedOn;
        check.finish();
    }
    if (movedOn > 0)
        return run.fail(StoreError::make(
            StoreError::Code::Conflict,
            tr("%n of the collaborations this step added were deleted, moved past 'planned' or have posts since; "
               "nothing was undone.", nullptr, movedOn)));
    QSqlQuery del(m_db.sql());
    del.prepare(QStringLiteral("DELETE FROM collaborations WHERE id = ? RETURNING creator_id"));
    for (qint64 id : collaborationIds) {
        del.addBindValue(id);
        if (!run.exec(del) || !del.next())
            return run.fail(del);
        const qint64 creatorId = del.value(0).toLongLong();
        del.finish();
        if (!AuditLog::record(m_db, QStringLiteral("collaborations"), id, QStringLiteral("delete"), creatorId, nullptr,
                              error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    if (!collaborationIds.isEmpty())
        emit collaborationsRemoved(campaignId, int(collaborationIds.size()));
    return true;
}

} // namespace rr
