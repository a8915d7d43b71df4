// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreError.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

class QSqlQuery;

namespace rr {

class Database;
class WriteTransaction;

// Prepare, bind, execute, and turn a failure into a StoreError: the one place repositories do it.
// Values are always bound (positional "?" or named ":name"), never spliced into the SQL text.
// On failure the error's message is the store's sentence for the driver error and its detail
// names the statement kind, the context given here and the driver's text, e.g.
// "DELETE (shortlist remove): FOREIGN KEY constraint failed".
//
//     SqlRunner run(db, error, QStringLiteral("shortlist create"));
//     QSqlQuery q(db.sql());
//     if (!run.exec(q, QStringLiteral("SELECT id FROM shortlists WHERE name = ?"), {name}))
//         return false;
class SqlRunner
{
public:
    // `error` may be null (failures are then only reported by the return value). Given `tx`, a
    // statement that fails rolls that transaction back at once, before its query goes: PostgreSQL
    // cannot free a prepared statement in an aborted transaction ("Unable to free statement").
    SqlRunner(const Database &db, StoreError *error, QString context = {}, WriteTransaction *tx = nullptr);

    // Prepares `sql` on `q`, binds `values` in order and executes; read the rows from `q`.
    bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values = {});
    // The same with named placeholders: {{QStringLiteral(":id"), id}, ...}.
    bool execNamed(QSqlQuery &q, const QString &sql, const QVariantMap &values);
    // Executes a query already prepared and bound by the caller (loops over one statement).
    bool exec(QSqlQuery &q);

    // A statement whose rows are not read; adds the rows it changed to *affected.
    bool run(const QString &sql, const QVariantList &values = {}, qint64 *affected = nullptr);
    // The first column of the first row in *value (an invalid QVariant when there is no row).
    bool scalar(const QString &sql, const QVariantList &values, QVariant *value);
    // The first column of every row, appended to *out as ids.
    bool ids(const QString &sql, const QVariantList &values, QList<qint64> *out);

    // Fills the error from the query's last error (and rolls the transaction back); always returns false.
    bool fail(const QSqlQuery &q);
    // Sets an error of the caller's own (a refusal, NotFound, ...); always returns false.
    bool fail(const StoreError &error);

    const Database &database() const { return m_db; }
    StoreError *error() const { return m_error; }
    const QString &context() const { return m_context; }

private:
    const Database &m_db;
    StoreError *m_error;
    QString m_context;
    WriteTransaction *m_tx;
};

} // namespace rr
