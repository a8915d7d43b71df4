// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace rr {

// CSV that Excel on a Chinese Windows opens correctly: UTF-8 with a BOM, CRLF line ends, RFC 4180
// quoting. Text cells a spreadsheet would run as a formula (starting with = + - @, tab or CR) get
// a leading apostrophe (OWASP CSV injection); numbers are written as numbers, untouched.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);

    // Writes the BOM on the first row. Strings are text cells; integers and doubles are numbers;
    // null variants are empty cells.
    bool writeRow(const QVariantList &cells);
    bool writeHeader(const QStringList &names);
    QString errorString() const;

    static QString textCell(const QString &text);   // guarded and quoted as needed
    static QString numberCell(double value);        // shortest exact form, '.' as decimal point
    // A phone-number column's cell: a plain number ("+86 138 0000 0000", "13800000000",
    // "+1-555-0100": an optional '+', then digits, spaces and hyphens, digits at both ends) cannot
    // run as a formula and is written intact; anything else is guarded like textCell().
    static QString phoneCell(const QString &text);
    // A cell as writeRow() writes it (number, empty or guarded text).
    static QString cell(const QVariant &value);
    // Writes cells already formatted by cell(), textCell(), numberCell() or phoneCell().
    bool writeFormattedRow(const QStringList &cells);

private:
    QIODevice *m_device;
    bool m_started = false;
    bool m_failed = false;
};

} // namespace rr
