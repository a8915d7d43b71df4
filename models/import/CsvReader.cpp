// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvReader.h"

#include <QIODevice>
#include <QStringView>

namespace rr {

namespace {

constexpr char16_t Cr = u'\r';
constexpr char16_t Lf = u'\n';

// Line breaks in s[from, to): CRLF, CR and LF each count once.
qint64 countBreaks(const char16_t *s, qsizetype from, qsizetype to)
{
    qint64 n = 0;
    for (qsizetype i = from; i < to; ++i) {
        if (s[i] == Lf)
            ++n;
        else if (s[i] == Cr && !(i + 1 < to && s[i + 1] == Lf))
            ++n;
    }
    return n;
}

qint64 countBreaks(const QString &text)
{
    return countBreaks(reinterpret_cast<const char16_t *>(text.utf16()), 0, text.size());
}

} // namespace

struct CsvReader::Private
{
    enum class Step { Record, Blank, NeedMore, End };

    QIODevice *device = nullptr;
    CsvFormat format;
    StreamDecoder decoder;
    QString buf;            // decoded text not yet consumed, from pos
    qsizetype pos = 0;
    bool eof = false;       // the device is exhausted and the decoder flushed
    qint64 line = 1;        // physical line at pos
    qint64 bytesRead = 0;
    qsizetype chunkSize = 64 * 1024;
    QByteArray raw;
    QList<CsvIssue> issues;
    QList<CsvIssue> pending; // issues of the record being parsed, kept only when it completes
    qsizetype expectedCells = -1;
    qint64 decodeErrorsSeen = 0;
    qint64 undecodedPending = 0; // U+FFFD from decoding errors not yet located in a record

    explicit Private(const CsvFormat &f) : format(f), decoder(f.encoding) {}

    bool fill();
    Step parse(CsvRecord *record);
    void addIssue(CsvIssue::Kind kind, qint64 atLine, int column, const QString &message)
    {
        pending.append(CsvIssue{kind, atLine, column, message});
    }
    void locateUndecodable(const CsvRecord &record);
};

bool CsvReader::Private::fill()
{
    if (eof)
        return false;
    if (pos > 0) {
        buf.remove(0, pos);
        pos = 0;
    }
    // A record longer than a chunk (a long quoted cell, or a quote never closed) is parsed again
    // from its start after each read: read as much again as is held, so that costs O(length).
    const qsizetype want = qMax(chunkSize, buf.size());
    raw.resize(want);
    qint64 n = device ? device->read(raw.data(), want) : -1;
    if (n == 0 && device && device->isSequential() && !device->atEnd()) {
        device->waitForReadyRead(30000);
        n = device->read(raw.data(), want);
    }
    if (n <= 0) {
        eof = true;
        buf.append(decoder.flush());
    } else {
        bytesRead += n;
        buf.append(decoder.decode(QByteArray::fromRawData(raw.constData(), n)));
    }
    const qint64 errors = decoder.errorCount();
    undecodedPending += errors - decodeErrorsSeen;
    decodeErrorsSeen = errors;
    return true;
}

CsvReader::Private::Step CsvReader::Private::parse(CsvRecord *record)
{
    const auto *s = reinterpret_cast<const char16_t *>(buf.utf16());
    const qsizetype n = buf.size();
    qsizetype i = pos;
    if (i >= n)
        return eof ? Step::End : Step::NeedMore;

    // An empty line is no record (blank lines, trailing ones above all, are skipped).
    if (s[i] == Lf || s[i] == Cr) {
        if (s[i] == Cr) {
            if (i + 1 >= n && !eof)
                return Step::NeedMore;
            pos = (i + 1 < n && s[i + 1] == Lf) ? i + 2 : i + 1;
        } else {
            pos = i + 1;
        }
        ++line;
        return Step::Blank;
    }

    const char16_t delim = format.delimiter.unicode();
    const int quote = (format.quote.isNull() || format.quote == format.delimiter
                       || format.quote.unicode() == Cr || format.quote.unicode() == Lf)
        ? -1 : format.quote.unicode();
    QStringList &cells = record->cells;
    cells.clear();
    pending.clear();
    qint64 breaks = 0; // line breaks inside quoted cells so far

    for (;;) {
        const int column = int(cells.size()) + 1;
        if (i < n && s[i] == quote) {
            const qint64 quoteLine = line + breaks;
            QString field;
            bool simple = true; // no doubled quote yet: the cell is one slice of the buffer
            qsizetype seg = i + 1;
            bool closed = false;
            while (!closed) {
                const qsizetype at = QStringView(s + seg, n - seg).indexOf(QChar(quote));
                if (at < 0) {
                    if (!eof)
                        return Step::NeedMore;
                    breaks += countBreaks(s, seg, n);
                    field.append(QStringView(s + seg, n - seg));
                    addIssue(CsvIssue::Kind::UnterminatedQuote, quoteLine, column,
                             CsvReader::tr("A quoted cell starts here but is never closed: expected a "
                                           "closing %1 before the end of the file.")
                                 .arg(QChar(quote)));
                    i = n;
                    break;
                }
                const qsizetype k = seg + at;
                if (k + 1 >= n && !eof)
                    return Step::NeedMore; // a doubled quote may follow in the next chunk
                breaks += countBreaks(s, seg, k);
                if (k + 1 < n && s[k + 1] == quote) {
                    field.append(QStringView(s + seg, k + 1 - seg)); // keeps one quote
                    simple = false;
                    seg = k + 2;
                    continue;
                }
                if (simple)
                    field = buf.mid(seg, k - seg);
                else
                    field.append(QStringView(s + seg, k - seg));
                i = k + 1;
                closed = true;
            }
            if (closed && i < n && s[i] != delim && s[i] != Cr && s[i] != Lf) {
                const qsizetype from = i;
                while (i < n && s[i] != delim && s[i] != Cr && s[i] != Lf)
                    ++i;
                if (i >= n && !eof)
                    return Step::NeedMore;
                field.append(QStringView(s + from, i - from));
                addIssue(CsvIssue::Kind::StrayQuote, line + breaks, column,
                         CsvReader::tr("Text after the closing quote: expected a delimiter or the end "
                                       "of the line after %1…%1.")
                             .arg(QChar(quote)));
            }
            cells.append(field);
        } else {
            const qsizetype from = i;
            bool stray = false;
            while (i < n) {
                const char16_t c = s[i];
                if (c == delim || c == Cr || c == Lf)
                    break;
                if (c == quote)
                    stray = true;
                ++i;
            }
            if (i >= n && !eof)
                return Step::NeedMore;
            if (stray)
                addIssue(CsvIssue::Kind::StrayQuote, line + breaks, column,
                         CsvReader::tr("A quote inside an unquoted cell: expected the whole cell in "
                                       "quotes, with inner quotes doubled (\"\")."));
            cells.append(buf.mid(from, i - from));
        }

        if (i >= n) {
            if (!eof)
                return Step::NeedMore;
            break; // no final line break
        }
        if (s[i] == delim) {
            ++i;
            continue;
        }
        if (s[i] == Cr) {
            if (i + 1 >= n && !eof)
                return Step::NeedMore;
            i += (i + 1 < n && s[i + 1] == Lf) ? 2 : 1;
        } else {
            ++i;
        }
        ++breaks;
        break;
    }

    record->line = line;
    line += breaks;
    pos = i;

    if (expectedCells < 0) {
        expectedCells = cells.size();
    } else if (cells.size() != expectedCells) {
        const bool tooMany = cells.size() > expectedCells;
        const QString message = tooMany
            ? CsvReader::tr("%1 cells where the first row has %2: expected %2 (the extra cells start at "
                            "column %3).")
                  .arg(cells.size()).arg(expectedCells).arg(expectedCells + 1)
            : CsvReader::tr("%1 cells where the first row has %2: expected %2 (column %3 and after are "
                            "missing).")
                  .arg(cells.size()).arg(expectedCells).arg(cells.size() + 1);
        pending.append(CsvIssue{CsvIssue::Kind::WrongCellCount, record->line,
                                int(tooMany ? expectedCells + 1 : cells.size() + 1), message});
    }
    if (undecodedPending > 0)
        locateUndecodable(*record);
    issues.append(pending);
    pending.clear();
    return Step::Record;
}

void CsvReader::Private::locateUndecodable(const CsvRecord &record)
{
    qint64 at = record.line;
    for (qsizetype c = 0; c < record.cells.size() && undecodedPending > 0; ++c) {
        const QString &cell = record.cells.at(c);
        const qsizetype hit = cell.indexOf(QChar::ReplacementCharacter);
        if (hit >= 0) {
            const qint64 where = at + countBreaks(cell.left(hit));
            undecodedPending -= qMax<qsizetype>(1, cell.count(QChar::ReplacementCharacter));
            pending.append(CsvIssue{
                CsvIssue::Kind::Undecodable, where, int(c) + 1,
                CsvReader::tr("Bytes that are not valid %1: expected text in that encoding (choose "
                              "another encoding if the text looks wrong).")
                    .arg(TextEncodingText::label(format.encoding))});
        }
        at += countBreaks(cell);
    }
    undecodedPending = qMax<qint64>(0, undecodedPending);
}

CsvReader::CsvReader(QIODevice *device, const CsvFormat &format)
    : d(std::make_unique<Private>(format))
{
    d->device = device;
}

CsvReader::~CsvReader() = default;

bool CsvReader::next(CsvRecord *record)
{
    CsvRecord local;
    if (!record)
        record = &local;
    for (;;) {
        switch (d->parse(record)) {
        case Private::Step::Record:
            return true;
        case Private::Step::End:
            record->cells.clear();
            return false;
        case Private::Step::Blank:
            break;
        case Private::Step::NeedMore:
            d->fill();
            break;
        }
    }
}

const QList<CsvIssue> &CsvReader::issues() const
{
    return d->issues;
}

qint64 CsvReader::bytesRead() const
{
    return d->bytesRead;
}

qint64 CsvReader::totalBytes() const
{
    if (!d->device || d->device->isSequential())
        return -1;
    return d->device->size();
}

void CsvReader::setChunkSize(qsizetype bytes)
{
    d->chunkSize = qMax<qsizetype>(1, bytes);
}

} // namespace rr
