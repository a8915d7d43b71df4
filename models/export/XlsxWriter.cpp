// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/XlsxWriter.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#ifdef REDROSTER_HAVE_XLSX
#include <xlsxwriter.h>
#endif

namespace rr {

#ifdef REDROSTER_HAVE_XLSX

namespace {

bool isNumeric(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// A sheet name Excel accepts: no []:*?/\, not starting or ending with an apostrophe, 1..31 characters.
QString sheetName(const QString &wanted, int number)
{
    QString name;
    for (const QChar c : wanted)
        name += QStringLiteral("[]:*?/\\").contains(c) ? QChar(u'_') : c;
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    name = name.left(31);
    while (name.endsWith(u'\''))
        name.chop(1);
    if (name.trimmed().isEmpty())
        name = QStringLiteral("Sheet%1").arg(number);
    return name;
}

} // namespace

struct XlsxWriter::Impl
{
    QString target;
    QString error;
    std::unique_ptr<QTemporaryFile> temp;
    QByteArray tempName;
    QByteArray tmpDir;
    lxw_workbook *workbook = nullptr;
    lxw_worksheet *sheet = nullptr;
    QList<lxw_worksheet *> sheets;
    lxw_format *bold = nullptr;
    lxw_format *money = nullptr;
    lxw_format *ratio = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;
    QSet<QString> sheetNamesLower;
    QList<qint64> sheetRows;
    QList<CellKind> kinds;
    lxw_row_t nextRow = 0;
    int columns = 0;
    qint64 omitted = 0;

    bool fail(lxw_error e)
    {
        if (e == LXW_NO_ERROR)
            return true;
        error = XlsxWriter::tr("Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(target), QString::fromUtf8(lxw_strerror(e)));
        return false;
    }
    // The autofilter over the sheet's header and rows; libxlsxwriter keeps it until close().
    void finishSheet()
    {
        if (sheet && columns > 0)
            worksheet_autofilter(sheet, 0, 0, nextRow > 0 ? nextRow - 1 : 0, lxw_col_t(columns - 1));
    }
    // Closes libxlsxwriter's workbook (writing the temporary file); false on failure.
    bool closeWorkbook()
    {
        if (!workbook)
            return true;
        finishSheet();
        const lxw_error e = workbook_close(workbook);
        workbook = nullptr;
        sheet = nullptr;
        sheets.clear();
        return fail(e);
    }
    // Frees an unfinished workbook without writing it (a failed export must not spend time
    // zipping what is thrown away). lxw_workbook_free leaves each constant-memory sheet's row
    // file open, so those are closed first (a later libxlsxwriter that closes them finds null).
    void discardWorkbook()
    {
        if (!workbook)
            return;
        for (lxw_worksheet *s : std::as_const(sheets)) {
            if (s->optimize_tmpfile) {
                fclose(s->optimize_tmpfile);
                s->optimize_tmpfile = nullptr;
            }
        }
        lxw_workbook_free(workbook);
        workbook = nullptr;
        sheet = nullptr;
        sheets.clear();
    }
};

bool XlsxWriter::available()
{
    return true;
}

#else

struct XlsxWriter::Impl
{
    QString error;
    QList<qint64> sheetRows;
    qint64 omitted = 0;
};

bool XlsxWriter::available()
{
    return false;
}

#endif

QString XlsxWriter::unavailableMessage()
{
    return tr("This build of RedRoster has no .xlsx support (it was built without libxlsxwriter); export as CSV "
              "instead.");
}

XlsxWriter::XlsxWriter() : d(std::make_unique<Impl>()) {}

XlsxWriter::~XlsxWriter()
{
#ifdef REDROSTER_HAVE_XLSX
    d->discardWorkbook(); // a workbook close() did not write; the temporary file goes with `temp`
#endif
}

bool XlsxWriter::exportTo(const QString &path, const std::function<bool(TableSink &, StoreError *)> &body,
                          XlsxResult *result)
{
    XlsxResult local;
    XlsxResult &r = result ? *result : local;
    r = XlsxResult();
    XlsxWriter xlsx;
    if (!xlsx.open(path)) {
        r.fileError = xlsx.errorString();
        return false;
    }
    const bool ok = body(xlsx, &r.error);
    r.sheetRows = xlsx.sheetRows();
    r.omittedRows = xlsx.omittedRows();
    if (!ok) {
        if (!r.error.isError())
            r.fileError = xlsx.errorString();
        return false; // the destructor discards the workbook: the target stays as it was
    }
    if (const QString e = xlsx.close(); !e.isEmpty()) {
        r.fileError = e;
        return false;
    }
    return true;
}

QString XlsxWriter::errorString() const
{
    return d->error;
}

qint64 XlsxWriter::omittedRows() const
{
    return d->omitted;
}

QList<qint64> XlsxWriter::sheetRows() const
{
    return d->sheetRows;
}

bool XlsxWriter::begin(const QString &sheet, const QStringList &headers, const QList<CellKind> &kinds)
{
    if (!addSheet(sheet) || !writeHeader(headers))
        return false;
#ifdef REDROSTER_HAVE_XLSX
    d->kinds = kinds;
#else
    Q_UNUSED(kinds)
#endif
    return true;
}

#ifdef REDROSTER_HAVE_XLSX

bool XlsxWriter::row(const QVariantList &cells)
{
    return writeRow(cells, d->kinds);
}

bool XlsxWriter::open(const QString &path)
{
    if (d->workbook) {
        d->error = tr("An .xlsx workbook is already open.");
        return false;
    }
    d->target = path;
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        d->error = tr("Cannot write %1: the folder does not exist.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    d->temp = std::make_unique<QTemporaryFile>(QDir(QDir::tempPath()).filePath(QStringLiteral("redroster-XXXXXX.xlsx")));
    if (!d->temp->open()) {
        d->error = tr("Cannot create a temporary file in %1: %2")
                       .arg(QDir::toNativeSeparators(QDir::tempPath()), d->temp->errorString());
        return false;
    }
    d->temp->close(); // the name stays reserved; libxlsxwriter writes it at close()
    // libxlsxwriter opens files through lxw_fopen, which on Windows reads the name as UTF-8 and
    // calls _wfopen (a temp folder under C:/Users/张三 must work); elsewhere the local 8-bit name.
#ifdef Q_OS_WIN
    d->tempName = QDir::toNativeSeparators(d->temp->fileName()).toUtf8();
    d->tmpDir = QDir::toNativeSeparators(QDir::tempPath()).toUtf8();
#else
    d->tempName = QFile::encodeName(d->temp->fileName());
    d->tmpDir = QFile::encodeName(QDir::tempPath());
#endif
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = d->tmpDir.data();
    options.use_zip64 = LXW_TRUE; // a million-row sheet passes 4 GB uncompressed
    d->workbook = workbook_new_opt(d->tempName.constData(), &options);
    if (!d->workbook) {
        d->error = tr("Cannot start the workbook %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    d->bold = workbook_add_format(d->workbook);
    format_set_bold(d->bold);
    d->money = workbook_add_format(d->workbook);
    format_set_num_format(d->money, "\xC2\xA5#,##0.00"); // ¥ in UTF-8
    d->ratio = workbook_add_format(d->workbook);
    format_set_num_format(d->ratio, "0.00%");
    d->date = workbook_add_format(d->workbook);
    format_set_num_format(d->date, "yyyy-mm-dd");
    d->dateTime = workbook_add_format(d->workbook);
    format_set_num_format(d->dateTime, "yyyy-mm-dd hh:mm:ss");
    d->sheetRows.clear();
    d->sheetNamesLower.clear();
    d->omitted = 0;
    return true;
}

bool XlsxWriter::addSheet(const QString &wanted)
{
    if (!d->workbook) {
        d->error = tr("No .xlsx workbook is open.");
        return false;
    }
    d->finishSheet();
    const int number = int(d->sheetRows.size()) + 1;
    QString name = sheetName(wanted, number);
    for (int n = 2; d->sheetNamesLower.contains(name.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = sheetName(wanted, number).left(31 - int(suffix.size())) + suffix;
    }
    d->sheetNamesLower.insert(name.toLower());
    d->sheet = workbook_add_worksheet(d->workbook, name.toUtf8().constData());
    if (d->sheet)
        d->sheets << d->sheet;
    if (!d->sheet) {
        d->error = tr("Cannot add the sheet \"%1\" to %2.").arg(name, QDir::toNativeSeparators(d->target));
        return false;
    }
    d->sheetRows << 0;
    d->nextRow = 0;
    d->columns = 0;
    d->kinds.clear();
    return true;
}

bool XlsxWriter::writeHeader(const QStringList &names)
{
    if (!d->sheet) {
        d->error = tr("No sheet to write to.");
        return false;
    }
    // Widths before any cell: constant-memory mode writes the column list ahead of the rows.
    for (int c = 0; c < names.size(); ++c) {
        const double width = std::clamp(double(names.at(c).size()) * 1.3 + 2.0, 10.0, 40.0);
        if (!d->fail(worksheet_set_column(d->sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr)))
            return false;
    }
    for (int c = 0; c < names.size(); ++c) {
        if (!d->fail(worksheet_write_string(d->sheet, 0, lxw_col_t(c), names.at(c).toUtf8().constData(), d->bold)))
            return false;
    }
    worksheet_freeze_panes(d->sheet, 1, 0);
    d->columns = int(names.size());
    d->nextRow = 1;
    return true;
}

bool XlsxWriter::writeRow(const QVariantList &cells, const QList<CellKind> &kinds)
{
    if (!d->sheet) {
        d->error = tr("No sheet to write to.");
        return false;
    }
    if (d->nextRow >= maxRows) {
        ++d->omitted;
        return true;
    }
    const lxw_row_t r = d->nextRow;
    for (int c = 0; c < cells.size(); ++c) {
        const QVariant &v = cells.at(c);
        if (v.isNull() || v.typeId() == QMetaType::UnknownType)
            continue;
        const lxw_col_t col = lxw_col_t(c);
        const CellKind kind = kinds.value(c, CellKind::Text);
        lxw_error e = LXW_NO_ERROR;
        bool asText = true;
        if (isNumeric(v) && kind != CellKind::Text && kind != CellKind::Phone && kind != CellKind::Date
            && kind != CellKind::DateTime) {
            const double x = v.toDouble();
            if (!std::isfinite(x))
                continue;
            lxw_format *f = kind == CellKind::Money ? d->money : kind == CellKind::Ratio ? d->ratio : nullptr;
            e = worksheet_write_number(d->sheet, r, col, x, f);
            asText = false;
        } else if (kind == CellKind::Date || kind == CellKind::DateTime) {
            const QString s = v.toString();
            lxw_datetime dt{};
            if (kind == CellKind::Date) {
                const QDate day = QDate::fromString(s, Qt::ISODate);
                if (day.isValid() && day.year() >= 1900) {
                    dt = {day.year(), day.month(), day.day(), 0, 0, 0.0};
                    e = worksheet_write_datetime(d->sheet, r, col, &dt, d->date);
                    asText = false;
                }
            } else {
                const QDateTime at = QDateTime::fromString(s, Qt::ISODate);
                if (at.isValid() && at.date().year() >= 1900) {
                    const QDateTime utc = at.toUTC();
                    dt = {utc.date().year(), utc.date().month(), utc.date().day(), utc.time().hour(),
                          utc.time().minute(), utc.time().second() + utc.time().msec() / 1000.0};
                    e = worksheet_write_datetime(d->sheet, r, col, &dt, d->dateTime);
                    asText = false;
                }
            }
        }
        if (asText) {
            const QString s = v.toString();
            if (s.isEmpty())
                continue;
            // Always a string cell: worksheet_write_string never makes a formula.
            e = worksheet_write_string(d->sheet, r, col, s.left(maxTextLength).toUtf8().constData(), nullptr);
        }
        if (!d->fail(e))
            return false;
    }
    ++d->nextRow;
    ++d->sheetRows.last();
    return true;
}

QString XlsxWriter::close()
{
    if (!d->workbook) {
        if (d->error.isEmpty())
            d->error = tr("No .xlsx workbook is open.");
        return d->error;
    }
    if (!d->closeWorkbook())
        return d->error;
    QFile built(d->temp->fileName());
    QSaveFile out(d->target);
    const QString target = QDir::toNativeSeparators(d->target);
    if (!built.open(QIODevice::ReadOnly)) {
        d->error = tr("Cannot read the finished workbook %1: %2")
                       .arg(QDir::toNativeSeparators(built.fileName()), built.errorString());
        return d->error;
    }
    if (!out.open(QIODevice::WriteOnly)) {
        d->error = tr("Cannot write %1: %2").arg(target, out.errorString());
        return d->error;
    }
    QByteArray chunk;
    while (!(chunk = built.read(1 << 20)).isEmpty()) {
        if (out.write(chunk) != chunk.size()) {
            d->error = tr("Cannot write %1: %2").arg(target, out.errorString());
            out.cancelWriting();
            return d->error;
        }
    }
    if (built.error() != QFileDevice::NoError || !out.commit()) {
        d->error = tr("Cannot write %1: %2")
                       .arg(target, built.error() != QFileDevice::NoError ? built.errorString() : out.errorString());
        return d->error;
    }
    d->temp.reset();
    d->error.clear();
    return {};
}

#else // no libxlsxwriter: every call fails with the same message

bool XlsxWriter::row(const QVariantList &)
{
    d->error = unavailableMessage();
    return false;
}

bool XlsxWriter::open(const QString &)
{
    d->error = unavailableMessage();
    return false;
}

bool XlsxWriter::addSheet(const QString &)
{
    d->error = unavailableMessage();
    return false;
}

bool XlsxWriter::writeHeader(const QStringList &)
{
    d->error = unavailableMessage();
    return false;
}

bool XlsxWriter::writeRow(const QVariantList &, const QList<CellKind> &)
{
    d->error = unavailableMessage();
    return false;
}

QString XlsxWriter::close()
{
    d->error = unavailableMessage();
    return d->error;
}

#endif

} // namespace rr
