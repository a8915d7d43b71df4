// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace rr {

enum class Backend { Sqlite, Postgres };

// Calendar buckets of the analytics trends.
enum class Period { Week, Month };

// Portable column kinds of the schema description.
enum class ColumnType {
    Id,       // surrogate primary key
    Integer,  // 64-bit integer
    Real,     // double
    Text,
    Date,     // ISO yyyy-MM-dd text on SQLite, DATE on PostgreSQL
    DateTime, // ISO 8601 UTC text on SQLite, TIMESTAMPTZ on PostgreSQL
    Bool,     // 0/1
    Money     // integer fen (CNY cents)
};

// Every difference between SQLite and PostgreSQL lives behind this class, so models and views
// never spell a dialect of their own.
class Dialect
{
public:
    virtual ~Dialect() = default;
    static std::unique_ptr<Dialect> create(Backend backend);

    virtual Backend backend() const = 0;
    virtual QString driverName() const = 0;                  // QSQLITE / QPSQL
    virtual QString columnType(ColumnType type) const = 0;    // full type for DDL
    // Statements run on every new connection (pragmas, session settings).
    virtual QStringList connectionSetup() const = 0;
    // Starts a write transaction that takes the write lock at once.
    virtual QString beginWrite() const = 0;
    // Appended to a SELECT inside a write transaction: locks the rows read until the commit, so a
    // compare-then-write cannot interleave with another connection's (SQLite's write transaction
    // already holds the whole file).
    virtual QString lockRead() const = 0;
    // Boolean SQL expression: `column` contains the bound text parameter (case-sensitive;
    // callers store a lower-cased search column and lower-case the needle).
    virtual QString containsExpr(const QString &column) const = 0;
    // Boolean SQL expression: `column` starts with a prefix, as an index-friendly range that
    // takes two bound values: the prefix and prefixUpperBound(prefix).
    QString prefixRangeExpr(const QString &column) const
    {
        return QStringLiteral("(%1 >= ? AND %1 < ?)").arg(column);
    }
    static QString prefixUpperBound(const QString &prefix);
    // ISO yyyy-MM-dd text of the first day (Monday for a week) of the period holding the date
    // expression `dateExpr`.
    virtual QString periodStart(const QString &dateExpr, Period period) const = 0;
    // Lower-case SQL function for ASCII case folding.
    virtual QString lower(const QString &expr) const { return QStringLiteral("lower(%1)").arg(expr); }
    // Identifier quoting; identifiers must still come from a whitelist.
    QString quote(const QString &identifier) const;
    // Text after CREATE TABLE to skip existing tables.
    QString createTableIfMissing() const { return QStringLiteral("CREATE TABLE IF NOT EXISTS"); }
};

} // namespace rr
