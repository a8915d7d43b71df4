// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortlist/ShortlistRepository.h"

#include "store/Database.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
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

const QString kInfoSelect = QStringLiteral(
    "SELECT s.id, s.name, s.purpose, s.filter, s.created_by, s.created_at, "
    "(SELECT COUNT(*) FROM shortlist_members m WHERE m.shortlist_id = s.id) FROM shortlists s ");

} // namespace

RosterFilter ShortlistInfo::filter() const
{
    return RosterFilter::fromJson(QJsonDocument::fromJson(filterJson.toUtf8()).object());
}

ShortlistRepository::ShortlistRepository(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

bool ShortlistRepository::fail(const QSqlQuery &q, StoreError *error) const
{
    if (error)
        *error = m_db.errorFrom(q.lastError());
    return false;
}

bool ShortlistRepository::nameInUse(const QString &name) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM shortlists WHERE name = ?"));
    q.addBindValue(name.trimmed());
    return q.exec() && q.next();
}

bool ShortlistRepository::insertMembers(qint64 shortlistId, const QList<qint64> &creatorIds, int *added,
                                        StoreError *error)
{
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
        if (!q.exec())
            return fail(q, error);
        count += q.numRowsAffected();
    }
    if (added)
        *added = count;
    return true;
}

qint64 ShortlistRepository::create(const QString &name, const QString &purpose, const RosterFilter &filter,
                                   const QList<qint64> &creatorIds, StoreError *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = StoreError::make(StoreError::Code::Query, tr("A shortlist needs a name."));
        return 0;
    }
    WriteTransaction tx(m_db);
    if (!tx.begin(error))
        return 0;
    // Checked inside the transaction, so nobody takes the name in between.
    if (nameInUse(trimmed)) {
        if (error)
            *error = StoreError::make(StoreError::Code::Conflict,
                                      tr("A shortlist named “%1” already exists.").arg(trimmed));
        return 0;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO shortlists (name, purpose, filter, created_by, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(trimmed);
    q.addBindValue(purpose.trimmed());
    q.addBindValue(filter.isEmpty() ? QString()
                                    : QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_db.userName());
    q.addBindValue(Database::nowUtc());
    if (!q.exec()) {
        fail(q, error);
        return 0;
    }
    // lastInsertId() is not available on every driver: read the row back by its unique name.
    QSqlQuery idq(m_db.sql());
    idq.prepare(QStringLiteral("SELECT id FROM shortlists WHERE name = ?"));
    idq.addBindValue(trimmed);
    if (!idq.exec() || !idq.next()) {
        fail(idq, error);
        return 0;
    }
    const qint64 id = idq.value(0).toLongLong();
    if (!insertMembers(id, creatorIds, nullptr, error))
        return 0;
    if (!tx.commit(error))
        return 0;
    emit shortlistsChanged();
    return id;
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
    if (!insertMembers(shortlistId, creatorIds, added, error) || !tx.commit(error))
        return false;
    emit shortlistsChanged();
    return true;
}

bool ShortlistRepository::removeMembers(qint64 shortlistId, const QList<qint64> &creatorIds, StoreError *error)
{
    WriteTransaction tx(m_db);
    if (!tx.begin(error))
        return false;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM shortlist_members WHERE shortlist_id = ? AND creator_id = ?"));
    for (qint64 id : creatorIds) {
        q.addBindValue(shortlistId);
        q.addBindValue(id);
        if (!q.exec())
            return fail(q, error);
    }
    if (!tx.commit(error))
        return false;
    emit shortlistsChanged();
    return true;
}

bool ShortlistRepository::remove(qint64 shortlistId, StoreError *error)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM shortlists WHERE id = ?")); // members go by ON DELETE CASCADE
    q.addBindValue(shortlistId);
    if (!q.exec())
        return fail(q, error);
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = StoreError::make(StoreError::Code::NotFound, tr("The shortlist no longer exists."));
        return false;
    }
    emit shortlistsChanged();
    return true;
}

QList<ShortlistInfo> ShortlistRepository::list(StoreError *error) const
{
    QList<ShortlistInfo> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(kInfoSelect + QStringLiteral("ORDER BY s.name, s.id"))) {
        fail(q, error);
        return out;
    }
    while (q.next())
        out.append(readInfo(q));
    return out;
}

std::optional<ShortlistInfo> ShortlistRepository::find(qint64 shortlistId, StoreError *error) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(kInfoSelect + QStringLiteral("WHERE s.id = ?"));
    q.addBindValue(shortlistId);
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readInfo(q);
}

QList<qint64> ShortlistRepository::members(qint64 shortlistId, StoreError *error) const
{
    QList<qint64> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT creator_id FROM shortlist_members WHERE shortlist_id = ? ORDER BY creator_id"));
    q.addBindValue(shortlistId);
    if (!q.exec()) {
        fail(q, error);
        return out;
    }
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

QList<CampaignChoice> ShortlistRepository::campaigns(StoreError *error) const
{
    QList<CampaignChoice> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, brand, status FROM campaigns "
                               "ORDER BY CASE status WHEN 'closed' THEN 1 ELSE 0 END, name, id"))) {
        fail(q, error);
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

bool ShortlistRepository::addToCampaign(qint64 shortlistId, qint64 campaignId, AddToCampaignResult *result,
                                        StoreError *error)
{
    WriteTransaction tx(m_db);
    if (!tx.begin(error))
        return false;
    QSqlQuery check(m_db.sql());
    check.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM campaigns WHERE id = ?), "
                                 "(SELECT COUNT(*) FROM shortlists WHERE id = ?)"));
    check.addBindValue(campaignId);
    check.addBindValue(shortlistId);
    if (!check.exec() || !check.next())
        return fail(check, error);
    if (check.value(0).toInt() != 1 || check.value(1).toInt() != 1) {
        if (error)
            *error = StoreError::make(StoreError::Code::NotFound,
                                      check.value(0).toInt() != 1 ? tr("The campaign no longer exists.")
                                                                  : tr("The shortlist no longer exists."));
        return false;
    }
    QSqlQuery already(m_db.sql());
    already.prepare(QStringLiteral("SELECT COUNT(*) FROM shortlist_members m WHERE m.shortlist_id = ? AND EXISTS "
                                   "(SELECT 1 FROM collaborations co WHERE co.campaign_id = ? AND co.creator_id = m.creator_id)"));
    already.addBindValue(shortlistId);
    already.addBindValue(campaignId);
    if (!already.exec() || !already.next())
        return fail(already, error);
    const int alreadyThere = already.value(0).toInt();

    const QString now = Database::nowUtc();
    QSqlQuery ins(m_db.sql());
    ins.prepare(QStringLiteral(
        "INSERT INTO collaborations (campaign_id, creator_id, status, contracted_posts, created_at, updated_at) "
        "SELECT ?, m.creator_id, 'planned', 1, ?, ? FROM shortlist_members m WHERE m.shortlist_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM collaborations co WHERE co.campaign_id = ? AND co.creator_id = m.creator_id) "
        "ORDER BY m.creator_id"));
    ins.addBindValue(campaignId);
    ins.addBindValue(now);
    ins.addBindValue(now);
    ins.addBindValue(shortlistId);
    ins.addBindValue(campaignId);
    if (!ins.exec())
        return fail(ins, error);
    const int added = ins.numRowsAffected();
    if (!tx.commit(error))
        return false;
    if (result)
        *result = {added, alreadyThere};
    if (added > 0)
        emit collaborationsAdded(campaignId, added);
    return true;
}

} // namespace rr
