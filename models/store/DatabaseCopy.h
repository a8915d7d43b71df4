// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace rr {

class Database;
struct SchemaDef;

struct CopiedTable
{
    QString name;
    qint64 rows = 0;
};

struct CopySummary
{
    QList<CopiedTable> tables; // in the order they were copied
    qint64 rows = 0;
    bool cancelled = false;    // the progress callback said stop; nothing was written
};

// Copies a whole RedRoster database into another, empty one: a local file onto a team's
// PostgreSQL server, a server database into a local file (a backup), or any other pairing.
//
// - Both must be at the same schema version, the target holding no data: nothing but its own
//   schema version and the categories every new database starts with (which the source's
//   replace). A target with data is refused; two databases are never merged.
// - Every table of the schema is copied in foreign-key order with its ids, every column named
//   from the schema description and every value bound, converted to the column's type.
// - The source is read as one consistent snapshot, forward-only, a chunk of rows at a time, and
//   written in one transaction on the target: a failure or a cancel leaves the target as it was.
// - Rows the target's triggers derive while the copy runs (post_facts) are replaced by the
//   source's; on PostgreSQL every id counter is then moved past the largest copied id.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(rr::DatabaseCopy)
public:
    // Called after each chunk of rows; returning false cancels (the target is rolled back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static bool copy(const Database &from, const Database &to, const Progress &progress, StoreError *error,
                     CopySummary *summary = nullptr);

    // The schema's tables with every table after those its REFERENCES name (schema order where
    // that allows); empty with *problem set for a reference cycle or an unknown table.
    static QStringList tableOrder(const SchemaDef &schema, QString *problem = nullptr);
};

} // namespace rr
