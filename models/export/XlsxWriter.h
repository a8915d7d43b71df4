// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/TableSink.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace rr {

// What an export to .xlsx did: rows written per sheet, rows left out past Excel's limit, and on
// failure either the store's error or the file's.
struct XlsxResult
{
    QList<qint64> sheetRows; // data rows written, per sheet in order
    qint64 omittedRows = 0;  // rows not written: past 1,048,575 data rows on a sheet
    StoreError error;        // the database failed (the file was not written)
    QString fileError;       // the workbook could not be written (empty when `error` says why)

    qint64 rows(int sheet = 0) const { return sheetRows.value(sheet); }
    // One line for the user: the store's or the file's error, empty on success.
    QString message() const { return error.isError() ? error.message : fileError; }
};

// An .xlsx workbook written with libxlsxwriter in constant-memory mode: rows stream to a
// temporary file as they come, so a million-row roster needs no more memory than one row.
// The workbook is built in a temporary file and copied over the target through QSaveFile only
// when close() succeeds: a failed or abandoned export leaves an existing file as it was.
// Text is always a string cell (never a formula); numbers are number cells; money (yuan) shows
// as ¥#,##0.00, ratios (0..1) as 0.00%, ISO dates and timestamps as date cells.
// Each sheet: a bold header row, frozen, with an autofilter over the rows written.
// Excel holds at most 1,048,576 rows per sheet (header included): rows past that are not
// written and are counted by omittedRows(); callers must say so (the exports report it).
// Built without libxlsxwriter (REDROSTER_HAVE_XLSX undefined), available() is false and open()
// fails saying this build has no .xlsx support.
class XlsxWriter : public TableSink
{
    Q_DECLARE_TR_FUNCTIONS(rr::XlsxWriter)
public:
    static constexpr qint64 maxRows = 1048576;           // Excel's rows per sheet
    static constexpr qsizetype maxTextLength = 32767;    // Excel's characters per cell

    static bool available();
    static QString unavailableMessage();

    XlsxWriter();
    ~XlsxWriter() override; // a workbook not closed is discarded
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    // Starts a workbook that close() will write to `path`.
    bool open(const QString &path);
    // Starts a sheet; the name is made valid for Excel (31 characters, no []:*?/\) and unique.
    bool addSheet(const QString &name);
    // Row 1 of the current sheet, bold and frozen; sets column widths (call before any row).
    bool writeHeader(const QStringList &names);
    // The next row of the current sheet, each cell written as its kind says (a cell whose
    // value does not fit its kind, e.g. text in a number column, is written as text).
    bool writeRow(const QVariantList &cells, const QList<CellKind> &kinds);
    // Writes the workbook and replaces the target. Empty on success, else what went wrong.
    QString close();

    QString errorString() const;
    // Rows not written because a sheet was full, over all sheets.
    qint64 omittedRows() const;
    // Data rows written per sheet (header not counted), in sheet order.
    QList<qint64> sheetRows() const;

    // Opens `path`, runs `body` on the workbook, closes it: the target is replaced only when
    // `body` returned true and the workbook was written. False on any failure (*result says why).
    static bool exportTo(const QString &path, const std::function<bool(TableSink &, StoreError *)> &body,
                         XlsxResult *result);

    // TableSink: addSheet() + writeHeader(); row() is writeRow() with begin()'s kinds.
    bool begin(const QString &sheet, const QStringList &headers, const QList<CellKind> &kinds) override;
    bool row(const QVariantList &cells) override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace rr
