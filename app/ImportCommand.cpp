// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "AppSettings.h"
#include "CommandFailure.h"

#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/ImportBatches.h"
#include "import/ImportJob.h"
#include "import/ImportReport.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

namespace rr {

namespace {

std::optional<QChar> delimiterFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String(",") || n == QLatin1String("comma"))
        return QLatin1Char(',');
    if (n == QLatin1String(";") || n == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (n == QLatin1String("\\t") || n == QLatin1String("\t") || n == QLatin1String("tab"))
        return QLatin1Char('\t');
    if (n == QLatin1String("|") || n == QLatin1String("pipe"))
        return QLatin1Char('|');
    return std::nullopt;
}

QString delimiterName(QChar c)
{
    switch (c.unicode()) {
    case ',': return QStringLiteral("comma");
    case ';': return QStringLiteral("semicolon");
    case '\t': return QStringLiteral("tab");
    case '|': return QStringLiteral("pipe");
    default: return QString(c);
    }
}

// Where the report of one file goes: OUT itself for a single file, else OUT with the file's
// name before the extension.
QString reportPath(const QString &out, const QString &file, bool several)
{
    if (!several)
        return out;
    const QFileInfo o(out);
    return o.dir().filePath(QStringLiteral("%1-%2.%3").arg(o.completeBaseName(), QFileInfo(file).completeBaseName(),
                                                           o.suffix().isEmpty() ? QStringLiteral("csv") : o.suffix()));
}

void writeJson(QTextStream &out, const QJsonValue &v)
{
    out << QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                          : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

} // namespace

QString ImportCommand::validate(const ImportCommandArgs &a)
{
    if (a.files.isEmpty())
        return tr("The import command needs at least one file to import.");
    if (!a.encoding.isEmpty() && !TextEncodingText::fromName(a.encoding))
        return tr("Unknown encoding \"%1\": expected utf-8, utf-8-bom, gb18030 (gbk), utf-16le or utf-16be.").arg(a.encoding);
    if (!a.delimiter.isEmpty() && !delimiterFromName(a.delimiter))
        return tr("Unknown delimiter \"%1\": expected comma, semicolon, tab or pipe.").arg(a.delimiter);
    if (!a.onDuplicate.isEmpty() && !ImportText::policyFromKey(a.onDuplicate))
        return tr("Unknown --on-duplicate \"%1\": expected skip, fill or overwrite.").arg(a.onDuplicate);
    if (a.json && !a.dryRun)
        return tr("--json describes a dry run: add --dry-run.");
    return {};
}

int ImportCommand::run(const ImportCommandArgs &a)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    for (const QString &f : a.files) {
        if (!QFileInfo(f).isFile()) {
            err << "redroster: " << tr("%1: no such file.").arg(QDir::toNativeSeparators(f)) << Qt::endl;
            return MissingInputFile;
        }
    }
    std::optional<ColumnMapping> mapping;
    if (!a.mapping.isEmpty()) {
        QSettings settings;
        QString why;
        mapping = MappingProfiles::resolve(settings, a.mapping, &why);
        if (!mapping) {
            err << "redroster: " << tr("Mapping \"%1\": %2").arg(a.mapping, why) << Qt::endl;
            return 64;
        }
    }

    ConnectionSpec spec = CommandFailure::specFor(a.db);
    // A dry run against a database file that does not exist yet plans against an empty one, made
    // in a temporary folder: a dry run never creates the real file.
    QTemporaryDir scratch;
    if (a.dryRun && spec.backend == Backend::Sqlite && !QFileInfo::exists(spec.path))
        spec = ConnectionSpec::sqlite(scratch.filePath(QStringLiteral("empty.sqlite")));
    StoreError error;
    auto db = Database::open(spec, &error);
    if (!db) {
        err << "redroster: " << error.message << Qt::endl;
        if (!error.detail.isEmpty())
            err << "  (" << error.detail << ")" << Qt::endl;
        return error.exitCode();
    }

    const bool several = a.files.size() > 1;
    int exitCode = 0;
    if (a.json)
        out << "{\"files\":[";
    for (int i = 0; i < a.files.size(); ++i) {
        const QString &file = a.files.at(i);
        ImportRequest request;
        request.filePath = file;
        request.mapping = mapping;
        request.dryRun = a.dryRun;
        if (!a.onDuplicate.isEmpty())
            request.policy = *ImportText::policyFromKey(a.onDuplicate);
        if (!a.encoding.isEmpty() || !a.delimiter.isEmpty()) {
            // Start from what the file looks like, then apply what was asked for.
            QFile f(file);
            QByteArray head;
            if (f.open(QIODevice::ReadOnly))
                head = f.read(64 * 1024);
            CsvFormat format = sniffCsvFormat(head);
            if (!a.encoding.isEmpty())
                format.encoding = *TextEncodingText::fromName(a.encoding);
            if (!a.delimiter.isEmpty())
                format.delimiter = *delimiterFromName(a.delimiter);
            request.format = format;
        }

        ImportJob job(request);
        bool headerWritten = false;
        if (a.json) {
            // Streamed: a million rows are never held as one JSON document.
            if (i > 0)
                out << ',';
            out << "{\"file\":";
            writeJson(out, QJsonArray{QDir::toNativeSeparators(file)});
            job.setHeaderCallback([&out, &headerWritten](const CsvFormat &format, const QStringList &header, const ColumnMapping &) {
                out << ",\"encoding\":\"" << TextEncodingText::key(format.encoding) << "\",\"delimiter\":\""
                    << delimiterName(format.delimiter) << "\",\"header\":";
                writeJson(out, QJsonArray::fromStringList(header));
                out << ",\"rows\":[";
                headerWritten = true;
            });
            bool first = true;
            job.setRowCallback([&out, &first](const CsvRecord &record, const RowPlan &plan) {
                if (!first)
                    out << ',';
                first = false;
                writeJson(out, ImportReport::row(record, plan));
            });
        }
        const ImportResult result = job.run(*db);
        if (a.json) {
            if (!headerWritten)
                out << ",\"rows\":["; // refused before a header was read
            out << "],\"summary\":";
            writeJson(out, ImportReport::summary(result, file));
            out << '}';
        }

        if (!a.report.isEmpty()) {
            const QString path = reportPath(a.report, file, several);
            QFile report(path);
            if (!report.open(QIODevice::WriteOnly | QIODevice::Truncate) || !ImportReport::writeCsv(result, file, &report))
                err << "redroster: " << tr("Could not write the report %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        }

        const QString name = QDir::toNativeSeparators(file);
        switch (result.outcome) {
        case ImportResult::Outcome::Committed:
        case ImportResult::Outcome::DryRun:
            if (!a.json) {
                const QString what = result.outcome == ImportResult::Outcome::DryRun
                    ? tr("%1: dry run, nothing written.").arg(name)
                    : tr("%1: imported as batch %2.").arg(name).arg(result.batchId);
                out << what << ' '
                    << tr("%1 rows: %2 new, %3 updated, %4 skipped (%5 duplicates in the file, %6 do-not-contact, "
                          "%7 without handle or nickname); %8 doubtful and %9 invalid cells.")
                           .arg(result.rowsTotal).arg(result.created).arg(result.updated).arg(result.skipped())
                           .arg(result.duplicatesInFile).arg(result.doNotContact).arg(result.rejected)
                           .arg(result.doubtfulCells).arg(result.invalidCells)
                    << Qt::endl;
            }
            break;
        case ImportResult::Outcome::Refused:
        case ImportResult::Outcome::Cancelled:
            err << "redroster: " << result.message << Qt::endl;
            exitCode = exitCode ? exitCode : BadInputFile;
            break;
        case ImportResult::Outcome::Failed:
            err << "redroster: " << result.message << Qt::endl;
            exitCode = exitCode ? exitCode : (result.error ? result.error.exitCode() : BadInputFile);
            break;
        }
    }
    if (a.json)
        out << "]}" << Qt::endl;
    return exitCode;
}

namespace {
std::unique_ptr<Database> openForBatches(const QString &path, QTextStream &err, int *exitCode)
{
    StoreError error;
    OpenOptions options;
    options.create = false;
    auto db = Database::open(CommandFailure::specFor(path), &error, options);
    if (!db) {
        err << "redroster: " << error.message << Qt::endl;
        *exitCode = error.exitCode();
    }
    return db;
}
} // namespace

int ImportCommand::listBatches(const QString &path)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    int code = 0;
    auto db = openForBatches(path, err, &code);
    if (!db)
        return code;
    StoreError error;
    const QList<ImportBatch> batches = ImportBatches::list(*db, &error);
    if (error) {
        err << "redroster: " << error.message << Qt::endl;
        return error.exitCode();
    }
    for (const ImportBatch &b : batches) {
        out << tr("#%1  %2  %3 by %4: %5 rows, %6 new, %7 updated, %8 skipped")
                   .arg(b.id).arg(b.importedAt, b.fileName, b.importedBy.isEmpty() ? QStringLiteral("-") : b.importedBy)
                   .arg(b.rowsTotal).arg(b.rowsCreated).arg(b.rowsUpdated).arg(b.rowsSkipped);
        if (b.isUndone())
            out << "  " << tr("(undone %1)").arg(b.undoneAt);
        out << Qt::endl;
    }
    if (batches.isEmpty())
        out << tr("No import batches.") << Qt::endl;
    return 0;
}

int ImportCommand::undoBatch(const QString &path, const QString &batch)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok = false;
    const qint64 id = batch.toLongLong(&ok);
    if (!ok || id <= 0) {
        err << "redroster: " << tr("Expected a batch number such as 3, not \"%1\" (see redroster batches).").arg(batch)
            << Qt::endl;
        return 64;
    }
    int code = 0;
    auto db = openForBatches(path, err, &code);
    if (!db)
        return code;
    StoreError error;
    UndoReport report;
    if (!ImportBatches::undo(*db, id, &error, &report)) {
        err << "redroster: " << error.message << Qt::endl;
        if (!error.detail.isEmpty())
            err << "  (" << error.detail << ")" << Qt::endl;
        return error.exitCode() ? error.exitCode() : 12;
    }
    out << tr("Batch %1 undone: %2 creators deleted, %3 restored, %4 follower snapshots and %5 metric rows removed.")
               .arg(id).arg(report.creatorsDeleted).arg(report.creatorsRestored).arg(report.snapshotsDeleted)
               .arg(report.metricsDeleted)
        << Qt::endl;
    if (!report.keptEdited.isEmpty())
        out << tr("Kept %1 creators that were worked on after the import.").arg(report.keptEdited.size()) << Qt::endl;
    if (!report.conflicts.isEmpty())
        out << tr("Left %1 creators that were edited again after the import.").arg(report.conflicts.size()) << Qt::endl;
    return 0;
}

} // namespace rr
