// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CreatorWriter.h"

#include "domain/CreatorRecord.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rr::creator_record {

bool run(QSqlQuery &q, const Database &db, StoreError *error, WriteTransaction *tx)
{
    if (q.exec())
        return true;
    if (error)
        *error = db.errorFrom(q.lastError());
    if (tx && tx->isActive())
        tx->rollback();
    return false;
}

bool CreatorWriter::audit(const QString &action, qint64 rowId, const QJsonObject *changes)
{
    return AuditLog::record(m_db, kCreatorsTable, rowId, action, rowId, changes, m_error);
}

bool CreatorWriter::writeTags(qint64 id, const QStringList &tags)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM creator_tags WHERE creator_id = ?"));
    q.addBindValue(id);
    if (!run(q, m_db, m_error, m_tx))
        return false;
    for (const QString &name : normalizedTags(tags)) {
        qint64 tagId = tagIdFor(name);
        if (tagId == 0) {
            QSqlQuery ins(m_db.sql());
            ins.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
            ins.addBindValue(name);
            if (!run(ins, m_db, m_error, m_tx))
                return false;
            tagId = tagIdFor(name);
        }
        if (tagId < 0)
            return false;
        QSqlQuery link(m_db.sql());
        link.prepare(QStringLiteral("INSERT INTO creator_tags (creator_id, tag_id) VALUES (?, ?)"));
        link.addBindValue(id);
        link.addBindValue(tagId);
        if (!run(link, m_db, m_error, m_tx))
            return false;
    }
    return true;
}

bool CreatorWriter::writeCategories(qint64 id, const QList<qint64> &categoryIds)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM creator_categories WHERE creator_id = ?"));
    q.addBindValue(id);
    if (!run(q, m_db, m_error, m_tx))
        return false;
    QList<qint64> done;
    for (qint64 cat : categoryIds) {
        if (done.contains(cat))
            continue;
        done << cat;
        QSqlQuery ins(m_db.sql());
        ins.prepare(QStringLiteral("INSERT INTO creator_categories (creator_id, category_id) VALUES (?, ?)"));
        ins.addBindValue(id);
        ins.addBindValue(cat);
        if (!run(ins, m_db, m_error, m_tx))
            return false;
    }
    return true;
}

qint64 CreatorWriter::addSnapshot(qint64 creatorId, const QDate &asOf, qint64 followers, const QString &source)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO follower_snapshots (creator_id, as_of, followers, source) "
                             "VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(creatorId);
    q.addBindValue(asOf.toString(Qt::ISODate));
    q.addBindValue(followers);
    q.addBindValue(source.trimmed().isEmpty() ? QStringLiteral("manual") : source.trimmed());
    if (!run(q, m_db, m_error, m_tx) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool CreatorWriter::removeSnapshot(qint64 creatorId, qint64 snapshotId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM follower_snapshots WHERE id = ? AND creator_id = ?"));
    q.addBindValue(snapshotId);
    q.addBindValue(creatorId);
    return run(q, m_db, m_error, m_tx);
}

std::optional<FollowerSnapshot> CreatorWriter::latestSnapshot(qint64 creatorId, bool *ok)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, as_of, followers FROM follower_snapshots WHERE creator_id = ? "
                             "ORDER BY as_of DESC, id DESC LIMIT 1"));
    q.addBindValue(creatorId);
    *ok = run(q, m_db, m_error, m_tx);
    if (!*ok || !q.next())
        return std::nullopt;
    FollowerSnapshot s;
    s.id = q.value(0).toLongLong();
    s.creatorId = creatorId;
    s.asOf = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    s.followers = q.value(2).toLongLong();
    return s;
}

bool CreatorWriter::statusEvent(qint64 creatorId, Status from, Status to)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO relationship_events (creator_id, occurred_on, kind, owner, note, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(creatorId);
    q.addBindValue(QDate::currentDate().toString(Qt::ISODate));
    q.addBindValue(QStringLiteral("status"));
    q.addBindValue(m_db.userName());
    q.addBindValue(StatusText::key(from) + QStringLiteral(" \u2192 ") + StatusText::key(to));
    q.addBindValue(Database::nowUtc());
    return run(q, m_db, m_error, m_tx);
}

qint64 CreatorWriter::tagIdFor(const QString &name)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    q.addBindValue(name);
    if (!run(q, m_db, m_error, m_tx))
        return -1;
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace rr::creator_record
