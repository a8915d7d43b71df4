// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rr {

class Database;

// `redroster report creator ID|XHS-ID --pdf OUT [...]` (issue 6 §3) writes the one-page creator
// profile the same way, the creator found by number, XHS ID or nickname.
// `redroster report shortlist ID|NAME --pdf OUT [...]` writes the sheet of a shortlist's creators
// (issue 6 §2) on landscape A4.
// `redroster report campaign ID|NAME --pdf OUT [--lang zh_CN|en] [--db PATH] [--date YYYY-MM-DD]`:
// writes the campaign performance report (issue 6) as a PDF, headless. --lang defaults to the
// language the desktop app would use; --date fixes the report's date (default today).
// The options are kept as typed; validate() and run() check them.
struct ReportCommandArgs
{
    QString db;        // empty: the desktop app's database
    QString kind;      // campaign, creator or shortlist
    QString target;    // campaign id or name; creator id, XHS ID or nickname; shortlist id or name
    QString pdf;
    QString lang;      // empty: the interface language
    QString date;      // empty: today
    QStringList extra; // positional arguments after the target
};

class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::ReportCommand)
public:
    enum ExitCode { Ok = 0, UsageError = 64, CannotWrite = 73 };

    // If args[*i] is a report option (--pdf; --lang and --date only when `reportCommand`, the
    // command word "report" came before it, as --date is also the demo command's), stores it,
    // moves *i past its value and returns true; a missing value sets *error.
    static bool takeOption(const QStringList &args, int *i, ReportCommandArgs *a, QString *error,
                           bool reportCommand);
    // Stores a positional argument after the command word (kind, then target, then extra).
    static void takePositional(const QString &arg, ReportCommandArgs *a);
    // Usage problems found without opening the database; empty when the arguments are fine.
    static QString validate(const ReportCommandArgs &a);
    // Opens the database, finds the campaign, writes the PDF, prints a one-line summary.
    // Needs a QApplication (the charts are drawn with QtWidgets; the offscreen platform does).
    static int run(const ReportCommandArgs &a);
    // The usage lines for `redroster --help`.
    static QString usage();

private:
    // `report creator`: the rest of run() once the database is open.
    static int runCreator(Database &db, const ReportCommandArgs &a);
    // `report shortlist`: the sheet of a shortlist's creators (issue 6 §2).
    static int runShortlist(Database &db, const ReportCommandArgs &a);
};

} // namespace rr
