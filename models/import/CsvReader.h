// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/TextEncoding.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;

namespace rr {

// How a delimited text file is written. Detected by sniffCsvFormat(), changeable by the user.
struct CsvFormat
{
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter = QLatin1Char(',');   // , ; \t |
    QChar quote = QLatin1Char('"');       // QChar() = no quoting
    bool hasHeader = true;

    bool operator==(const CsvFormat &) const = default;
};

// Looks at the first bytes of a file (say 64 KiB): encoding, then the delimiter that splits the
// first lines most consistently, the quote, and whether the first row is a header (text cells
// above rows with numbers, or known column names).
CsvFormat sniffCsvFormat(const QByteArray &head);

// One record as read, before any mapping: the cells as strings.
struct CsvRecord
{
    QStringList cells;
    qint64 line = 0;        // 1-based physical line where the record starts
};

// A problem with the file's structure, naming where it is.
struct CsvIssue
{
    enum class Kind {
        UnterminatedQuote,   // end of file inside a quoted field
        StrayQuote,          // a quote inside an unquoted field, or text after a closing quote
        WrongCellCount,      // more or fewer cells than the header (reported, never guessed)
        Undecodable          // bytes not valid in the chosen encoding
    };
    Kind kind;
    qint64 line = 0;
    int column = 0;          // 1-based, 0 when not about one cell
    QString message;         // translated, says what was expected
};

// A streaming RFC 4180 reader: quoted fields with delimiters, doubled quotes and line breaks,
// CRLF / LF / CR endings, empty fields, a missing final newline, blank trailing lines skipped.
// Never holds the file whole.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(rr::CsvReader)
public:
    CsvReader(QIODevice *device, const CsvFormat &format);
    ~CsvReader();

    // Reads the next record; false at the end of the file.
    bool next(CsvRecord *record);
    // Problems met so far (structure and decoding).
    const QList<CsvIssue> &issues() const;
    qint64 bytesRead() const;       // for progress
    qint64 totalBytes() const;      // -1 when unknown
    // How many bytes to read from the device at a time (default 64 KiB); tests use tiny chunks.
    void setChunkSize(qsizetype bytes);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rr
