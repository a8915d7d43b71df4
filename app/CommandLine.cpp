// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "AppIdentity.h"
#include "AppSettings.h"
#include "ChartCommand.h"
#include "CommandFailure.h"
#include "CopyCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "ReportCommand.h"
#include "RolesCommand.h"
#include "Language.h"

#include "demo/DemoData.h"
#include "store/Database.h"
#include "store/IntegrityCheck.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace rr {

namespace {

// What the arguments ask for, before anything runs.
struct Request
{
    QString command;       // demo, check, help, version; empty: none
    QString db;
    RolesCommand::Args roles;
    QStringList rolesOptionsSeen;
    bool dbGiven = false;
    bool help = false;
    bool version = false;
    QString creators, seed, date; // demo options, as typed
    QStringList demoOptionsSeen;
    ImportCommandArgs import;        // import options and files
    QStringList importOptionsSeen;
    ChartCommandArgs chart;          // chart kind and options
    QStringList chartOptionsSeen;
    ExportCommandArgs exportArgs;    // export kind, target and options
    QStringList exportOptionsSeen;
    ReportCommandArgs report;        // report kind, target and options
    QStringList reportOptionsSeen;
    CopyCommandArgs copy;            // copy target
    QStringList copyOptionsSeen;
    QString usageError;    // the first problem found
};

const QStringList &commandNames()
{
    static const QStringList commands{QStringLiteral("demo"), QStringLiteral("check"), QStringLiteral("import"),
                                      QStringLiteral("batches"), QStringLiteral("undo-import"),
                                      QStringLiteral("chart"), QStringLiteral("export"), QStringLiteral("report"),
                                      QStringLiteral("roles"), QStringLiteral("copy"), QStringLiteral("help"),
                                      QStringLiteral("version")};
    return commands;
}

bool isQtValueOption(const QString &arg)
{
    // Options QGuiApplication consumes together with the following value.
    static const QStringList names{
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"), QStringLiteral("style"), QStringLiteral("stylesheet"), QStringLiteral("session"),
        QStringLiteral("display"), QStringLiteral("geometry"), QStringLiteral("title"), QStringLiteral("name"),
        QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowtitle"), QStringLiteral("qwindowicon"),
        QStringLiteral("qmljsdebugger"), QStringLiteral("lang")};
    QString name = arg;
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    return !name.contains(QLatin1Char('=')) && names.contains(name);
}

Request parse(const QStringList &args)
{
    Request r;
    QStringList unknown;
    QStringList extra;
    auto setError = [&r](const QString &message) {
        if (r.usageError.isEmpty())
            r.usageError = message;
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        // --name value or --name=value
        auto value = [&](const QString &name, QString *out) {
            if (arg == name) {
                if (i + 1 >= args.size() || args.at(i + 1).isEmpty()) {
                    setError(CommandLine::tr("%1 needs a value.").arg(name));
                    return true;
                }
                *out = args.at(++i);
                return true;
            }
            if (arg.startsWith(name + QLatin1Char('='))) {
                *out = arg.mid(name.size() + 1);
                if (out->isEmpty())
                    setError(CommandLine::tr("%1 needs a value.").arg(name));
                return true;
            }
            return false;
        };
        if (QString pg; value(QStringLiteral("--pg"), &pg)) {
            // A team's PostgreSQL server instead of a file: --pg URL, or --db URL.
            if (r.dbGiven && r.db != pg)
                setError(CommandLine::tr("Give either --db or --pg, not both."));
            if (!ConnectionSpec::isPostgresUrl(pg)) // never a local file by mistake
                setError(CommandLine::tr("--pg expects a server address like postgresql://user@host/database, not \"%1\".").arg(pg));
            r.db = pg;
            r.dbGiven = true;
        } else if (QString db; value(QStringLiteral("--db"), &db)) {
            if (r.dbGiven && r.db != db)
                setError(CommandLine::tr("Give either --db or --pg, not both."));
            r.db = db;
            r.dbGiven = true;
        } else if (const int reportAt = i; ReportCommand::takeOption(args, &i, &r.report, &r.usageError,
                                                                    r.command == QLatin1String("report"))) {
            r.reportOptionsSeen << args.at(reportAt).section(QLatin1Char('='), 0, 0);
        } else if (const int copyAt = i; CopyCommand::takeOption(args, &i, &r.copy, &r.usageError)) {
            r.copyOptionsSeen << args.at(copyAt).section(QLatin1Char('='), 0, 0);
        } else if (value(QStringLiteral("--creators"), &r.creators)) {
            r.demoOptionsSeen << QStringLiteral("--creators");
        } else if (value(QStringLiteral("--seed"), &r.seed)) {
            r.demoOptionsSeen << QStringLiteral("--seed");
        } else if (value(QStringLiteral("--date"), &r.date)) {
            r.demoOptionsSeen << QStringLiteral("--date");
        } else if (QString editor; value(QStringLiteral("--editor"), &editor)) {
            r.roles.editors << editor;
            r.rolesOptionsSeen << QStringLiteral("--editor");
        } else if (QString viewer; value(QStringLiteral("--viewer"), &viewer)) {
            r.roles.viewers << viewer;
            r.rolesOptionsSeen << QStringLiteral("--viewer");
        } else if (value(QStringLiteral("--mapping"), &r.import.mapping)) {
            r.importOptionsSeen << QStringLiteral("--mapping");
        } else if (value(QStringLiteral("--encoding"), &r.import.encoding)) {
            r.importOptionsSeen << QStringLiteral("--encoding");
        } else if (value(QStringLiteral("--delimiter"), &r.import.delimiter)) {
            r.importOptionsSeen << QStringLiteral("--delimiter");
        } else if (value(QStringLiteral("--on-duplicate"), &r.import.onDuplicate)) {
            r.importOptionsSeen << QStringLiteral("--on-duplicate");
        } else if (value(QStringLiteral("--report"), &r.import.report)) {
            r.importOptionsSeen << QStringLiteral("--report");
        } else if (const int exportAt = i; ExportCommand::takeOption(args, &i, &r.exportArgs, &r.usageError,
                                                                    r.command == QLatin1String("export"))) {
            r.exportOptionsSeen << args.at(exportAt).section(QLatin1Char('='), 0, 0);
        } else if (arg == QLatin1String("--dry-run")) {
            r.import.dryRun = true;
            r.importOptionsSeen << arg;
        } else if (arg == QLatin1String("--json")) {
            r.import.json = true;
            r.importOptionsSeen << arg;
        } else if (const int at = i; ChartCommand::takeOption(args, &i, &r.chart, &r.usageError)) {
            r.chartOptionsSeen << args.at(at).section(QLatin1Char('='), 0, 0);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("-?")) {
            r.help = true;
        } else if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            r.version = true;
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            if (isQtValueOption(arg))
                ++i; // the GUI's business; skip its value too
            unknown << arg;
        } else if (r.command.isEmpty()) {
            r.command = arg;
        } else if (r.command == QLatin1String("import") || r.command == QLatin1String("undo-import")) {
            r.import.files << arg;
        } else if (r.command == QLatin1String("chart")) {
            if (r.chart.kind.isEmpty())
                r.chart.kind = arg;
            else
                r.chart.extra << arg;
        } else if (r.command == QLatin1String("export")) {
            ExportCommand::takePositional(arg, &r.exportArgs);
        } else if (r.command == QLatin1String("report")) {
            ReportCommand::takePositional(arg, &r.report);
        } else {
            extra << arg;
        }
    }
    if (r.command.isEmpty())
        return r;
    if (!commandNames().contains(r.command)) {
        r.usageError = CommandLine::tr("Unknown command \"%1\".").arg(r.command);
        return r;
    }
    if (!unknown.isEmpty())
        setError(CommandLine::tr("Unknown option \"%1\" for \"%2\".").arg(unknown.first(), r.command));
    if (!extra.isEmpty())
        setError(CommandLine::tr("Unexpected argument \"%1\".").arg(extra.first()));
    if (r.command != QLatin1String("demo") && !r.demoOptionsSeen.isEmpty())
        setError(CommandLine::tr("%1 only applies to the demo command.").arg(r.demoOptionsSeen.first()));
    if (r.command != QLatin1String("import") && !r.importOptionsSeen.isEmpty())
        setError(CommandLine::tr("%1 only applies to the import command.").arg(r.importOptionsSeen.first()));
    if (r.command != QLatin1String("chart") && !r.chartOptionsSeen.isEmpty())
        setError(CommandLine::tr("%1 only applies to the chart command.").arg(r.chartOptionsSeen.first()));
    if (r.command != QLatin1String("export") && !r.exportOptionsSeen.isEmpty())
        setError(CommandLine::tr("%1 only applies to the export command.").arg(r.exportOptionsSeen.first()));
    if (r.command != QLatin1String("report") && !r.reportOptionsSeen.isEmpty())
        setError(CommandLine::tr("%1 only applies to the report command.").arg(r.reportOptionsSeen.first()));
    if (r.command == QLatin1String("report") && !r.help) {
        r.report.db = r.db;
        const QString problem = ReportCommand::validate(r.report);
        if (!problem.isEmpty())
            setError(problem);
    }
    if (r.command == QLatin1String("export") && !r.help) {
        r.exportArgs.db = r.db;
        const QString problem = ExportCommand::validate(r.exportArgs);
        if (!problem.isEmpty())
            setError(problem);
    }
    if (r.command == QLatin1String("chart") && !r.help) {
        r.chart.db = r.db;
        const QString problem = ChartCommand::validate(r.chart);
        if (!problem.isEmpty())
            setError(problem);
    }
    if (r.command == QLatin1String("import") && !r.help) {
        r.import.db = r.db;
        const QString problem = ImportCommand::validate(r.import);
        if (!problem.isEmpty())
            setError(problem);
    }
    if (r.command != QLatin1String("roles") && !r.rolesOptionsSeen.isEmpty())
        setError(CommandLine::tr("%1 only applies to the roles command.").arg(r.rolesOptionsSeen.first()));
    if (r.command == QLatin1String("roles") && !r.help) {
        r.roles.db = r.db;
        const QString problem = RolesCommand::validate(r.roles);
        if (!problem.isEmpty())
            setError(problem);
    }
    if (r.command != QLatin1String("copy") && !r.copyOptionsSeen.isEmpty())
        setError(CommandLine::tr("%1 only applies to the copy command.").arg(r.copyOptionsSeen.first()));
    if (r.command == QLatin1String("copy") && !r.help) {
        r.copy.db = r.db;
        const QString problem = CopyCommand::validate(r.copy);
        if (!problem.isEmpty())
            setError(problem);
    }
    if (r.command == QLatin1String("undo-import") && !r.help && r.import.files.size() != 1)
        setError(CommandLine::tr("The undo-import command needs one batch number (see redroster batches)."));
    if ((r.command == QLatin1String("demo") || r.command == QLatin1String("check")) && !r.help && !r.dbGiven)
        setError(CommandLine::tr("The %1 command needs --db PATH (the database file to use) or --pg URL (a team's "
                                 "PostgreSQL server).").arg(r.command));
    if (ConnectionSpec::isPostgresUrl(r.db)) {
        QString why;
        if (!ConnectionSpec::fromPostgresUrl(r.db, &why))
            setError(why);
    }
    return r;
}

QString helpText()
{
    const QString text = CommandLine::tr(
        "Usage: redroster [--db PATH] [FILE.csv...]\n"
        "                                        start the desktop application; files given open in the import preview\n"
        "       redroster demo --db PATH [--creators N] [--seed N] [--date YYYY-MM-DD]\n"
        "                                        create PATH if needed and fill it with fictional demo data\n"
        "       redroster check --db PATH        check a database (read-only) and print a report\n"
        "       redroster import FILE... [--db PATH] [--mapping NAME|FILE] [--encoding NAME]\n"
        "                        [--delimiter comma|semicolon|tab|pipe] [--on-duplicate skip|fill|overwrite]\n"
        "                        [--dry-run [--json]] [--report OUT]\n"
        "                                        import creators (or post metrics) from CSV files, each file\n"
        "                                        one batch in one transaction; without --db into the app's database\n"
        "       redroster batches [--db PATH]    list import batches\n"
        "       redroster undo-import BATCH [--db PATH]\n"
        "                                        undo one import batch as a whole\n"
        "%1"
        "%2"
        "       redroster --version | --help\n"
        "\n"
        "--pg URL works wherever --db PATH does in the commands above, for a team's PostgreSQL server:\n"
        "postgresql://user@host:port/database[?sslmode=require]; the password comes from\n"
        "PGPASSWORD or ~/.pgpass.\n"
        "\n"
        "Exit codes: 0 ok, 2 check found problems, 3 cannot open, 4 not a RedRoster database,\n"
        "5 written by a newer RedRoster, 6 read-only, 7 locked, 8 disk full, 9 damaged,\n"
        "10 needs an upgrade or the upgrade failed, 12 other database error,\n"
        "13 not allowed for your role on the server, 14 server connection lost, 64 usage error,\n"
        "65 a file could not be imported (its line and column are named), 66 no such file,\n"
        "73 the chart, export or report file could not be written.\n");
    return text.arg(ChartCommand::usage(), ExportCommand::usage() + ReportCommand::usage() + RolesCommand::usage()
                                                + CopyCommand::usage());
}

int usageError(const QString &message)
{
    QTextStream err(stderr);
    err << "redroster: " << message << Qt::endl
        << CommandLine::tr("Run \"redroster --help\" for usage.") << Qt::endl;
    return CommandLine::UsageError;
}

int storeError(const StoreError &error)
{
    QTextStream err(stderr);
    err << "redroster: " << error.message << Qt::endl;
    if (!error.detail.isEmpty())
        err << "  (" << error.detail << ')' << Qt::endl;
    return error.exitCode();
}

int runDemo(const Request &r)
{
    DemoOptions options;
    if (!r.creators.isEmpty()) {
        bool ok = false;
        options.creators = r.creators.toInt(&ok);
        if (!ok || options.creators < DemoOptions::minCreators || options.creators > DemoOptions::maxCreators)
            return usageError(CommandLine::tr("--creators expects a number from %1 to %2, not \"%3\".")
                                  .arg(DemoOptions::minCreators).arg(DemoOptions::maxCreators).arg(r.creators));
    }
    if (!r.seed.isEmpty()) {
        bool ok = false;
        options.seed = r.seed.toUInt(&ok);
        if (!ok)
            return usageError(CommandLine::tr("--seed expects a whole number from 0 to 4294967295, not \"%1\".").arg(r.seed));
    }
    if (!r.date.isEmpty()) {
        options.referenceDate = QDate::fromString(r.date, Qt::ISODate);
        if (!options.referenceDate.isValid())
            return usageError(CommandLine::tr("--date expects a date like 2026-03-05, not \"%1\".").arg(r.date));
    }
    StoreError error;
    std::unique_ptr<Database> db = Database::open(CommandFailure::specFor(r.db), &error);
    if (!db)
        return storeError(error);
    DemoSummary summary;
    if (!DemoData::generate(*db, options, &error, &summary))
        return storeError(error);
    QTextStream out(stdout);
    out << CommandLine::tr("Created demo data in %1 (seed %2, reference date %3):")
               .arg(db->spec().displayName()).arg(options.seed).arg(options.referenceDate.toString(Qt::ISODate))
        << Qt::endl
        << DemoData::describe(summary);
    out.flush();
    return CommandLine::Ok;
}

int runCheck(const Request &r)
{
    OpenOptions options;
    options.create = false;
    options.readOnly = true;
    options.migrate = false;
    StoreError error;
    std::unique_ptr<Database> db = Database::open(CommandFailure::specFor(r.db), &error, options);
    if (!db)
        return storeError(error);
    const IntegrityReport report = IntegrityCheck::run(*db);
    QTextStream out(stdout);
    out << report.toText();
    out.flush();
    if (report.error)
        return storeError(report.error);
    return report.ok() ? CommandLine::Ok : CommandLine::ProblemsFound;
}

} // namespace

bool CommandLine::isFileToOpen(const QString &arg)
{
    return !commandNames().contains(arg) && QFileInfo(arg).isFile();
}

std::optional<int> CommandLine::runIfCommand(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const Request first = parse(args);
    if (first.command.isEmpty() && !first.help && !first.version)
        return std::nullopt; // the desktop application, which handles --db itself
    if (!first.help && !first.version && isFileToOpen(first.command))
        return std::nullopt; // "Open with RedRoster" on a spreadsheet: the desktop application imports it

    std::unique_ptr<QCoreApplication> ownApp;
    if (!QCoreApplication::instance()) {
        if ((first.command == QLatin1String("chart") || first.command == QLatin1String("report")) && !first.help) {
            // Charts (also in reports) are drawn with QtWidgets: a QApplication. On Linux on no display
            // unless one is chosen; Windows and macOS packages ship only their native platform plugin,
            // which draws off screen as well.
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
            ownApp = std::make_unique<QApplication>(argc, argv);
        } else {
            ownApp = std::make_unique<QCoreApplication>(argc, argv);
        }
    }
    setApplicationIdentity();
    Language language;
    language.apply(AppSettings::language());
    // Parsed again now that the language is loaded: usage errors in the user's language.
    const Request r = parse(args);

    if (!r.usageError.isEmpty())
        return usageError(r.usageError);
    if (r.version || r.command == QLatin1String("version")) {
        QTextStream(stdout) << "RedRoster " << REDROSTER_VERSION_FULL << Qt::endl;
        return Ok;
    }
    if (r.help || r.command == QLatin1String("help")) {
        QTextStream(stdout) << helpText();
        return Ok;
    }
    if (r.command == QLatin1String("demo"))
        return runDemo(r);
    if (r.command == QLatin1String("import"))
        return ImportCommand::run(r.import);
    if (r.command == QLatin1String("chart"))
        return ChartCommand::run(r.chart);
    if (r.command == QLatin1String("export"))
        return ExportCommand::run(r.exportArgs);
    if (r.command == QLatin1String("report"))
        return ReportCommand::run(r.report);
    if (r.command == QLatin1String("roles"))
        return RolesCommand::run(r.roles);
    if (r.command == QLatin1String("copy"))
        return CopyCommand::run(r.copy);
    if (r.command == QLatin1String("batches"))
        return ImportCommand::listBatches(r.db);
    if (r.command == QLatin1String("undo-import"))
        return ImportCommand::undoBatch(r.db, r.import.files.value(0));
    return runCheck(r);
}

} // namespace rr
