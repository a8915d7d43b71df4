// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AuditLog.h"

#include "store/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rr {

namespace {

QDateTime utc(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QDateTime)
        return v.toDateTime().toUTC();
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC(); // written with its Z (Database::nowUtc)
}

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.at = utc(q.value(0));
    e.user = q.value(1).toString();
    e.table = q.value(2).toString();
    e.rowId = q.value(3).toLongLong();
    e.action = q.value(4).toString();
    e.changes = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    return e;
}

const QString kColumns = QStringLiteral("at, user_name, table_name, row_id, action, changes");

} // namespace

bool AuditLog::record(const Database &db, const QString &table, qint64 rowId, const QString &action, qint64 creatorId,
                      const QJsonObject *changes, StoreError *error)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, row_id, action, changes, creator_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Database::nowUtc());
    q.addBindValue(db.userName());
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.addBindValue(action);
    q.addBindValue(changes ? QVariant(QString::fromUtf8(QJsonDocument(*changes).toJson(QJsonDocument::Compact)))
                           : QVariant());
    q.addBindValue(creatorId > 0 ? QVariant(creatorId) : QVariant());
    if (q.exec())
        return true;
    if (error)
        *error = db.errorFrom(q.lastError());
    return false;
}

QList<AuditEntry> AuditLog::forCreator(const Database &db, qint64 creatorId, int limit, StoreError *error)
{
    QList<AuditEntry> out;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE creator_id = ? ORDER BY at DESC, id DESC LIMIT ?").arg(kColumns));
    q.addBindValue(creatorId);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out << readEntry(q);
    }
    if (q.lastError().isValid() && error)
        *error = db.errorFrom(q.lastError());
    return out;
}

std::optional<AuditEntry> AuditLog::lastChange(const Database &db, const QString &table, qint64 rowId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY at DESC, id DESC LIMIT 1")
                  .arg(kColumns));
    q.addBindValue(table);
    q.addBindValue(rowId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntry(q);
}

} // namespace rr
