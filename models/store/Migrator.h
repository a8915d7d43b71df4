// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Schema.h"
#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QStringList>

namespace rr {

// Brings a database from its version to the schema's, one version per transaction. Version 0
// is an empty database; every step only adds what its version introduced, so a fresh database
// and an upgraded one end up with the same tables, columns and indexes.
class Migrator
{
public:
    Migrator(QSqlDatabase db, const Dialect &dialect, const SchemaDef &schema, QString target);

    // Applies steps from+1 .. schema.version. Stops at the first failure, which leaves the
    // database at the last completed version.
    bool migrate(int from, StoreError *error);

    // The DDL of one step, for inspection and tests.
    QStringList statementsForStep(int version) const;
    // CREATE INDEX for one index of the schema (also used to rebuild indexes after a bulk load).
    static QString createIndex(const Dialect &dialect, const IndexDef &index);

private:
    bool runStep(int version, StoreError *error);
    QString createTable(const TableDef &table, int version) const;
    QString columnSql(const ColumnDef &column) const;

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    const SchemaDef &m_schema;
    QString m_target;
};

} // namespace rr
