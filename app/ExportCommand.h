// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rr {

// `redroster export KIND [TARGET] --csv OUT | --xlsx OUT | --json OUT [--db PATH]`:
//   roster --csv|--xlsx OUT           every creator
//   shortlist NAME|ID --csv|--xlsx OUT the members of a shortlist
//   campaign ID|NAME --csv OUT [--posts]
//                                     one row per collaboration (with --posts: one per post)
//   campaign ID|NAME --xlsx OUT [--posts]
//                                     a Creators sheet (with --posts: and a Posts sheet)
//   creator ID|XHS-ID --json OUT       the creator's whole record (privacy requests)
// The options are kept as typed; validate() and run() check them.
struct ExportCommandArgs
{
    QString db;        // empty: the desktop app's database
    QString kind;      // roster | shortlist | campaign | creator
    QString target;    // shortlist name or id, campaign id or name, creator id or handle
    QString csv;
    QString xlsx;
    QString json;
    bool posts = false;
    QStringList extra; // positional arguments after the target
};

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::ExportCommand)
public:
    enum ExitCode { Ok = 0, UsageError = 64, Unavailable = 69, CannotWrite = 73 };

    // If args[*i] is an export option (--csv, --xlsx, --json, --posts; --name value or --name=value),
    // stores it, moves *i past its value and returns true; a missing value sets *error.
    // `--json` is also the import command's flag: it is taken only when `exportCommand` (the
    // command word "export" came before it).
    static bool takeOption(const QStringList &args, int *i, ExportCommandArgs *a, QString *error,
                           bool exportCommand);
    // Stores a positional argument after the command word (kind, then target, then extra).
    static void takePositional(const QString &arg, ExportCommandArgs *a);
    // Usage problems found without opening the database; empty when the arguments are fine.
    static QString validate(const ExportCommandArgs &a);
    // Opens the database, finds the target, writes the file, prints a one-line summary.
    static int run(const ExportCommandArgs &a);
    // The usage lines for `redroster --help`.
    static QString usage();
};

} // namespace rr
