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

private:
    QIODevice *m_device;
    bool m_started = false;
    bool m_failed = false;
};

} // namespace rr
