// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Migrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rr {

Migrator::Migrator(QSqlDatabase db, const Dialect &dialect, const SchemaDef &schema, QString target)
    : m_db(std::move(db)), m_dialect(dialect), m_schema(schema), m_target(std::move(target))
{
}

QString Migrator::columnSql(const ColumnDef &column) const
{
    QString sql = m_dialect.quote(column.name) + QLatin1Char(' ') + m_dialect.columnType(column.type);
    if (!column.constraints.isEmpty())
        sql += QLatin1Char(' ') + column.constraints;
    return sql;
}

QString Migrator::createTable(const TableDef &table, int version) const
{
    QStringList parts;
    for (const ColumnDef &c : table.columns) {
        if (c.since <= version)
            parts << columnSql(c);
    }
    parts << table.tableConstraints;
    return m_dialect.createTableIfMissing() + QLatin1Char(' ') + m_dialect.quote(table.name)
           + QLatin1String(" (") + parts.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString Migrator::createIndex(const Dialect &dialect, const IndexDef &index)
{
    QString sql = QStringLiteral("CREATE %1INDEX IF NOT EXISTS %2 ON %3 (%4)")
                      .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(),
                           dialect.quote(index.name), dialect.quote(index.table), index.columns);
    if (!index.where.isEmpty())
        sql += QLatin1String(" WHERE ") + index.where;
    return sql;
}

QStringList Migrator::statementsForStep(int version) const
{
    QStringList out;
    for (const TableDef &t : m_schema.tables) {
        if (t.since == version)
            out << createTable(t, version);
    }
    for (const TableDef &t : m_schema.tables) {
        if (t.since >= version)
            continue;
        for (const ColumnDef &c : t.columns) {
            if (c.since == version)
                out << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                           .arg(m_dialect.quote(t.name), columnSql(c));
        }
    }
    for (const IndexDef &i : m_schema.indexes) {
        if (i.since == version)
            out << createIndex(m_dialect, i);
    }
    return out;
}

bool Migrator::runStep(int version, StoreError *error)
{
    auto fail = [&](const QSqlError &e) {
        if (error) {
            *error = StoreError::fromSql(e, m_target, m_dialect.backend());
            if (error->code == StoreError::Code::Query) {
                error->code = StoreError::Code::MigrationFailed;
                error->message = StoreError::describe(error->code, m_target);
            } else if (error->code == StoreError::Code::PermissionDenied) {
                error->message = StoreError::ownerMustUpgrade(m_target);
            }
            error->detail = QStringLiteral("schema step %1: %2").arg(version).arg(e.text());
        }
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };

    QSqlQuery q(m_db);
    if (!q.exec(m_dialect.beginWrite()))
        return fail(q.lastError());

    for (const TableDef &t : m_schema.tables) {
        if (t.since >= version)
            continue;
        // Idempotent: a column this step adds may already be there after an interrupted run.
        const QSqlRecord existing = m_db.record(t.name);
        for (const ColumnDef &c : t.columns) {
            if (c.since != version || existing.contains(c.name))
                continue;
            if (!q.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(m_dialect.quote(t.name), columnSql(c))))
                return fail(q.lastError());
        }
    }
    for (const TableDef &t : m_schema.tables) {
        if (t.since == version && !q.exec(createTable(t, version)))
            return fail(q.lastError());
    }
    for (const IndexDef &i : m_schema.indexes) {
        if (i.since == version && !q.exec(createIndex(m_dialect, i)))
            return fail(q.lastError());
    }
    for (const MigrationHook &hook : m_schema.hooks) {
        if (hook.version != version)
            continue;
        QString hookError;
        if (!hook.run(m_db, m_dialect, &hookError)) {
            QSqlError e(hookError, hookError, QSqlError::StatementError);
            return fail(e);
        }
    }

    QSqlQuery up(m_db);
    up.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    up.addBindValue(QStringLiteral("schema_version"));
    if (!up.exec())
        return fail(up.lastError());
    up.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    up.addBindValue(QStringLiteral("schema_version"));
    up.addBindValue(QString::number(version));
    if (!up.exec())
        return fail(up.lastError());
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q.lastError());
    return true;
}

bool Migrator::migrate(int from, StoreError *error)
{
    for (int v = from + 1; v <= m_schema.version; ++v) {
        if (!runStep(v, error))
            return false;
    }
    return true;
}

} // namespace rr
