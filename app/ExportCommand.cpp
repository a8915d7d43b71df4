// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "CommandFailure.h"

#include "AppSettings.h"

#include "export/CampaignExport.h"
#include "export/CreatorRecordExport.h"
#include "export/ExportFile.h"
#include "export/RosterExport.h"
#include "report/RosterSheet.h"
#include "export/XlsxWriter.h"
#include "store/Database.h"
#include "store/SqlRunner.h"

#include <QDir>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <climits>
#include <memory>

namespace rr {

namespace {

int usageFailure(const QString &message)
{
    return CommandFailure::usage(message);
}

int storeFailure(const StoreError &error)
{
    return CommandFailure::store(error);
}

// The ids the statement returns (first column), in order; false on a database error.
bool ids(const Database &db, const QString &sql, const QVariantList &binds, QList<qint64> *out, StoreError *error)
{
    return SqlRunner(db, error, QStringLiteral("export")).ids(sql, binds, out);
}

bool isNumber(const QString &text, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok && *value > 0;
}

// 0 with *problem set when the argument names no row (or several).
qint64 findCampaign(const Database &db, const QString &target, QString *problem, StoreError *error)
{
    QList<qint64> found;
    qint64 number = 0;
    if (isNumber(target, &number)
        && !ids(db, QStringLiteral("SELECT id FROM campaigns WHERE id = ?"), {number}, &found, error))
        return -1;
    if (found.isEmpty()
        && !ids(db, QStringLiteral("SELECT id FROM campaigns WHERE name = ? ORDER BY id"), {target}, &found, error))
        return -1;
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty()) {
        *problem = ExportCommand::tr("No campaign with the number or name \"%1\". Give a campaign's number or its "
                                     "exact name; campaigns in this database: %2.")
                       .arg(target, CommandFailure::campaignList(db));
    } else {
        QStringList numbers;
        for (qint64 id : found)
            numbers << QString::number(id);
        *problem = ExportCommand::tr("%1 campaigns are named \"%2\" (numbers %3): give the number instead.")
                       .arg(found.size())
                       .arg(target, numbers.join(QLatin1String(", ")));
    }
    return 0;
}

// The same lookup as `report shortlist` (number, exact name, then the name in any case).
qint64 findShortlist(const Database &db, const QString &target, QString *problem, StoreError *error)
{
    const qint64 id = RosterSheetLoader::findShortlist(db, target, error);
    if (error->isError())
        return -1;
    if (id == 0)
        *problem = ExportCommand::tr("No shortlist named \"%1\" (names are shown in the roster's Shortlists… "
                                     "dialog; a shortlist's number works too).")
                       .arg(target);
    return id;
}

qint64 findCreator(const Database &db, const QString &target, QString *problem, StoreError *error)
{
    QList<qint64> found;
    qint64 number = 0;
    if (isNumber(target, &number)
        && !ids(db, QStringLiteral("SELECT id FROM creators WHERE id = ?"), {number}, &found, error))
        return -1;
    // Not a row number: an XHS ID (handle), compared as the editor's duplicate check does.
    if (found.isEmpty()
        && !ids(db, QStringLiteral("SELECT id FROM creators WHERE lower(handle) = lower(?) ORDER BY id"), {target},
                &found, error))
        return -1;
    if (found.isEmpty()) {
        *problem = ExportCommand::tr("No creator with the number or XHS ID \"%1\".").arg(target);
        return 0;
    }
    return found.first();
}

// The one line `export` prints on success. `posts` is the posts written beside the
// collaborations (a workbook's second sheet), or -1.
QString summaryLine(const ExportCommandArgs &a, qint64 id, qint64 rows, qint64 posts, const QString &file)
{
    const int n = int(std::min<qint64>(rows, INT_MAX));
    if (a.kind == QLatin1String("roster"))
        return ExportCommand::tr("Wrote %n creator(s) of the roster to %1.", nullptr, n).arg(file);
    if (a.kind == QLatin1String("shortlist"))
        return ExportCommand::tr("Wrote %n creator(s) of shortlist \"%1\" to %2.", nullptr, n).arg(a.target, file);
    if (a.kind == QLatin1String("campaign")) {
        if (posts >= 0)
            return ExportCommand::tr("Wrote %n collaboration(s) of campaign %1 and %2 post(s) to %3.", nullptr, n)
                .arg(id)
                .arg(posts)
                .arg(file);
        return a.posts ? ExportCommand::tr("Wrote %n post(s) of campaign %1 to %2.", nullptr, n).arg(id).arg(file)
                       : ExportCommand::tr("Wrote %n collaboration(s) of campaign %1 to %2.", nullptr, n).arg(id).arg(file);
    }
    return ExportCommand::tr("Wrote the record of creator %1 to %2.").arg(id).arg(file);
}

// `export roster|shortlist|campaign --xlsx OUT`: the workbook, a one-line summary, and a warning
// on stderr when rows were left out past Excel's row limit (exit code still 0: the file holds
// every row Excel can open).
int runXlsx(const ExportCommandArgs &a, Database &db, qint64 id, const TierThresholds &tiers, const Metrics &metrics)
{
    using C = ExportCommand;
    if (!XlsxWriter::available()) {
        QTextStream(stderr) << "redroster: " << XlsxWriter::unavailableMessage() << Qt::endl;
        return C::Unavailable;
    }
    XlsxResult result;
    bool ok = false;
    if (a.kind == QLatin1String("roster"))
        ok = RosterExport::writeXlsx(db, RosterFilter(), a.xlsx, &result, tiers);
    else if (a.kind == QLatin1String("shortlist"))
        ok = RosterExport::writeShortlistXlsx(db, id, a.xlsx, &result, tiers);
    else
        ok = CampaignExport::writeXlsx(db, id, a.xlsx, a.posts, &result, metrics);
    if (!ok) {
        if (result.error.isError())
            return storeFailure(result.error);
        QTextStream(stderr) << "redroster: "
                            << (result.fileError.isEmpty()
                                    ? ExportCommand::tr("Cannot write %1.").arg(QDir::toNativeSeparators(a.xlsx))
                                    : result.fileError)
                            << Qt::endl;
        return C::CannotWrite;
    }
    const QString summary = summaryLine(a, id, result.rows(0), a.posts ? result.rows(1) : -1,
                                        QDir::toNativeSeparators(a.xlsx));
    QTextStream(stdout) << summary << Qt::endl;
    if (result.omittedRows > 0)
        QTextStream(stderr) << "redroster: "
                            << ExportCommand::tr("Warning: Excel holds at most %1 rows per sheet; %n row(s) were left out of "
                                     "%2. Export as CSV (--csv) to get every row.",
                                     nullptr, int(std::min<qint64>(result.omittedRows, INT_MAX)))
                                   .arg(XlsxWriter::maxRows - 1)
                                   .arg(QDir::toNativeSeparators(a.xlsx))
                            << Qt::endl;
    return C::Ok;
}

} // namespace

bool ExportCommand::takeOption(const QStringList &args, int *i, ExportCommandArgs *a, QString *error,
                               bool exportCommand)
{
    const QString &arg = args.at(*i);
    if (arg == QLatin1String("--posts")) {
        a->posts = true;
        return true;
    }
    struct Single { const char *name; QString *target; };
    const Single singles[] = {{"--csv", &a->csv}, {"--xlsx", &a->xlsx}, {"--json", &a->json}};
    for (const Single &s : singles) {
        const QString name = QLatin1String(s.name);
        if (name == QLatin1String("--json") && !exportCommand)
            continue;
        const CommandFailure::Option o = CommandFailure::takeValue(args, i, name, s.target);
        if (o == CommandFailure::Option::MissingValue && error->isEmpty())
            *error = tr("%1 needs a value: the file to write.").arg(name);
        if (o != CommandFailure::Option::Absent)
            return true;
    }
    return false;
}

void ExportCommand::takePositional(const QString &arg, ExportCommandArgs *a)
{
    if (a->kind.isEmpty())
        a->kind = arg;
    else if (a->target.isEmpty() && a->kind != QLatin1String("roster"))
        a->target = arg;
    else
        a->extra << arg;
}

QString ExportCommand::validate(const ExportCommandArgs &a)
{
    const QString kinds = QStringLiteral("roster, shortlist, campaign, creator");
    if (a.kind.isEmpty())
        return tr("The export command needs what to export: %1.").arg(kinds);
    const bool roster = a.kind == QLatin1String("roster");
    const bool shortlist = a.kind == QLatin1String("shortlist");
    const bool campaign = a.kind == QLatin1String("campaign");
    const bool creator = a.kind == QLatin1String("creator");
    if (!roster && !shortlist && !campaign && !creator)
        return tr("Unknown export \"%1\": expected %2.").arg(a.kind, kinds);
    if (shortlist && a.target.isEmpty())
        return tr("export shortlist needs the shortlist's name (or number).");
    if (campaign && a.target.isEmpty())
        return tr("export campaign needs the campaign's number or name.");
    if (creator && a.target.isEmpty())
        return tr("export creator needs the creator's number or XHS ID.");
    if (!a.extra.isEmpty())
        return tr("Unexpected argument \"%1\" after export %2.").arg(a.extra.first(), a.kind);
    if (a.posts && !campaign)
        return tr("--posts only applies to export campaign.");
    if (creator) {
        if (!a.xlsx.isEmpty())
            return tr("export creator writes the whole record as JSON: use --json FILE instead of --xlsx.");
        if (!a.csv.isEmpty())
            return tr("export creator writes the whole record as JSON: use --json FILE instead of --csv.");
        if (a.json.isEmpty())
            return tr("export creator needs --json FILE: the file to write the creator's record to.");
        return {};
    }
    if (!a.json.isEmpty())
        return tr("--json only applies to export creator; export %1 writes --csv FILE or --xlsx FILE.").arg(a.kind);
    if (!a.csv.isEmpty() && !a.xlsx.isEmpty())
        return tr("Give either --csv FILE or --xlsx FILE, not both.");
    if (a.csv.isEmpty() && a.xlsx.isEmpty())
        return tr("export %1 needs --csv FILE or --xlsx FILE: the file to write.").arg(a.kind);
    return {};
}

int ExportCommand::run(const ExportCommandArgs &a)
{
    if (const QString problem = validate(a); !problem.isEmpty())
        return usageFailure(problem);

    int exitCode = 0;
    std::unique_ptr<Database> db = CommandFailure::openExisting(a.db, &exitCode);
    if (!db)
        return exitCode;
    StoreError error;

    QString problem;
    qint64 id = 0;
    if (a.kind == QLatin1String("shortlist"))
        id = findShortlist(*db, a.target, &problem, &error);
    else if (a.kind == QLatin1String("campaign"))
        id = findCampaign(*db, a.target, &problem, &error);
    else if (a.kind == QLatin1String("creator"))
        id = findCreator(*db, a.target, &problem, &error);
    if (id < 0)
        return storeFailure(error);
    if (!problem.isEmpty())
        return usageFailure(problem);

    const TierThresholds tiers = AppSettings::tierThresholds();
    const Metrics metrics(AppSettings::metricSettings());
    if (!a.xlsx.isEmpty())
        return runXlsx(a, *db, id, tiers, metrics);
    const QString out = a.kind == QLatin1String("creator") ? a.json : a.csv;
    qint64 rows = 0;
    const auto body = [&](QIODevice *device) {
        if (a.kind == QLatin1String("roster"))
            return RosterExport::writeCsv(*db, RosterFilter(), device, &rows, &error, tiers);
        if (a.kind == QLatin1String("shortlist"))
            return RosterExport::writeShortlistCsv(*db, id, device, &rows, &error, tiers);
        if (a.kind == QLatin1String("campaign"))
            return a.posts ? CampaignExport::writePostsCsv(*db, id, device, &rows, &error, metrics)
                           : CampaignExport::writeCollaborationsCsv(*db, id, device, &rows, &error, metrics);
        return CreatorRecordExport::writeJson(*db, id, device, &error);
    };
    QString fileError;
    if (!ExportFile::write(out, body, &fileError)) {
        if (error.isError())
            return storeFailure(error);
        QTextStream(stderr) << "redroster: "
                            << (fileError.isEmpty() ? tr("Cannot write %1.").arg(QDir::toNativeSeparators(out))
                                                    : fileError)
                            << Qt::endl;
        return CannotWrite;
    }

    const QString summary = summaryLine(a, id, rows, -1, QDir::toNativeSeparators(out));
    QTextStream(stdout) << summary << Qt::endl;
    return Ok;
}

QString ExportCommand::usage()
{
    return tr("       redroster export roster --csv FILE|--xlsx FILE [--db PATH]\n"
              "       redroster export shortlist NAME --csv FILE|--xlsx FILE [--db PATH]\n"
              "       redroster export campaign ID|NAME --csv FILE|--xlsx FILE [--posts] [--db PATH]\n"
              "                                        export as CSV for Excel (UTF-8 with BOM) or as an .xlsx\n"
              "                                        workbook: every creator, a shortlist's members, or a\n"
              "                                        campaign's collaborations with their figures (--posts:\n"
              "                                        one row per post; in .xlsx a second sheet)\n"
              "       redroster export creator ID|XHS-ID --json FILE [--db PATH]\n"
              "                                        a creator's whole record in one JSON file (privacy requests)\n");
}

} // namespace rr
