// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Dialect.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QSqlDatabase;

namespace rr {

// The schema as data: each table, column and index knows the version that added it, so a fresh
// database and an upgrade are made from the same description (see Migrator).
struct ColumnDef
{
    QString name;
    ColumnType type = ColumnType::Text;
    QString constraints; // portable SQL: NOT NULL, DEFAULT, REFERENCES ..., CHECK (...)
    int since = 1;
};

struct TableDef
{
    QString name;
    std::vector<ColumnDef> columns;
    QStringList tableConstraints; // e.g. PRIMARY KEY (a, b), UNIQUE (...)
    int since = 1;
};

struct IndexDef
{
    QString name;
    QString table;
    QString columns; // "a, b"
    bool unique = false;
    QString where;   // partial index condition, portable SQL
    int since = 1;
    // Dropped before a bulk import and built once after it (ImportWriter): set on indexes whose
    // keys arrive in random order, where each imported row would cost a b-tree page write.
    bool rebuildAfterBulkLoad = false;
};

// Data or structure changes that a plain "add what is new" cannot express, run inside the
// upgrade transaction of the version they belong to, after its tables and columns exist.
struct MigrationHook
{
    int version = 0;
    std::function<bool(QSqlDatabase &, const Dialect &, QString *error)> run;
};

struct SchemaDef
{
    int version = 1;
    std::vector<TableDef> tables;
    std::vector<IndexDef> indexes;
    std::vector<MigrationHook> hooks;

    const TableDef *table(const QString &name) const;
    bool hasColumn(const QString &table, const QString &column) const;
};

// The application's schema at its current version.
const SchemaDef &currentSchema();

} // namespace rr
