// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/CsvWriter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace rr {

// What a column holds, so each file format writes it its own way: CSV writes numbers as numbers
// and text guarded (CsvWriter); .xlsx writes typed cells with a number format.
enum class CellKind {
    Text,     // a string (never a formula)
    Integer,  // a whole number
    Number,   // a real number, shown as it is
    Money,    // yuan (a real number), shown as ¥#,##0.00 in a workbook
    Ratio,    // 0..1, shown as a percentage in a workbook
    Date,     // ISO yyyy-MM-dd text; a date cell in a workbook
    DateTime, // ISO timestamp text (UTC); a date-time cell in a workbook
    Phone     // text; CSV writes a plain phone number intact (CsvWriter::phoneCell)
};

// Where an exporter's rows go: one table (a CSV file, or one sheet of a workbook) per begin().
// A null QVariant is an empty cell, never 0.
class TableSink
{
public:
    virtual ~TableSink() = default;
    // Starts a table: `sheet` names it where the format has names (a workbook's sheet tab).
    virtual bool begin(const QString &sheet, const QStringList &headers, const QList<CellKind> &kinds) = 0;
    // One row, cells in header order.
    virtual bool row(const QVariantList &cells) = 0;
};

// The CSV the exports always wrote: one table per file (a second begin() fails).
class CsvSink : public TableSink
{
public:
    explicit CsvSink(QIODevice *device) : m_csv(device) {}
    bool begin(const QString &sheet, const QStringList &headers, const QList<CellKind> &kinds) override;
    bool row(const QVariantList &cells) override;

private:
    CsvWriter m_csv;
    QList<CellKind> m_kinds;
    bool m_begun = false;
};

} // namespace rr
