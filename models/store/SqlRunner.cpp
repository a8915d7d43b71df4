// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlRunner.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rr {

namespace {

// SELECT, INSERT, UPDATE, DELETE, WITH, ...: the first word of the statement.
QString statementKind(const QString &sql)
{
    const QString trimmed = sql.trimmed();
    qsizetype end = 0;
    while (end < trimmed.size() && trimmed.at(end).isLetter())
        ++end;
    return end > 0 ? trimmed.left(end).toUpper() : QStringLiteral("SQL");
}

} // namespace

SqlRunner::SqlRunner(const Database &db, StoreError *error, QString context, WriteTransaction *tx)
    : m_db(db), m_error(error), m_context(std::move(context)), m_tx(tx)
{
}

bool SqlRunner::fail(const QSqlQuery &q)
{
    if (m_error) {
        *m_error = m_db.errorFrom(q.lastError());
        const QString where = m_context.isEmpty() ? statementKind(q.lastQuery())
                                                  : QStringLiteral("%1 (%2)").arg(statementKind(q.lastQuery()), m_context);
        m_error->detail = where + QStringLiteral(": ") + q.lastError().text();
    }
    if (m_tx && m_tx->isActive())
        m_tx->rollback();
    return false;
}

bool SqlRunner::fail(const StoreError &error)
{
    if (m_error)
        *m_error = error;
    return false;
}

bool SqlRunner::exec(QSqlQuery &q)
{
    return q.exec() || fail(q);
}

bool SqlRunner::exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return fail(q);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return exec(q);
}

bool SqlRunner::execNamed(QSqlQuery &q, const QString &sql, const QVariantMap &values)
{
    if (!q.prepare(sql))
        return fail(q);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
    return exec(q);
}

bool SqlRunner::run(const QString &sql, const QVariantList &values, qint64 *affected)
{
    QSqlQuery q(m_db.sql());
    if (!exec(q, sql, values))
        return false;
    if (affected)
        *affected += q.numRowsAffected();
    return true;
}

bool SqlRunner::scalar(const QString &sql, const QVariantList &values, QVariant *value)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!exec(q, sql, values))
        return false;
    *value = q.next() ? q.value(0) : QVariant();
    return true;
}

bool SqlRunner::ids(const QString &sql, const QVariantList &values, QList<qint64> *out)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!exec(q, sql, values))
        return false;
    while (q.next())
        out->append(q.value(0).toLongLong());
    if (q.lastError().isValid()) // a failure while stepping ends next() early: not the whole list
        return fail(q);
    return true;
}

} // namespace rr
