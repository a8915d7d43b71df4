// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rr {

// `redroster copy [--db FILE | --pg URL] --to-pg URL | --to-db FILE`: copies a whole database
// (without --db or --pg the desktop app's own) into an empty one, a local file onto a team's
// server or a server database into a local file (created when missing, removed again if the
// copy fails). The options are kept as typed; validate() and run() check them.
struct CopyCommandArgs
{
    QString db;   // the source as --db / --pg gave it; empty: the desktop app's database
    QString toDb; // --to-db FILE
    QString toPg; // --to-pg URL
};

class CopyCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::CopyCommand)
public:
    // If args[*i] is --to-db or --to-pg (--name value or --name=value), stores it, moves *i past
    // its value and returns true; a missing or repeated value sets *error (when still empty).
    static bool takeOption(const QStringList &args, int *i, CopyCommandArgs *a, QString *error);
    // Usage problems found without opening anything; empty when the arguments are fine.
    static QString validate(const CopyCommandArgs &a);
    // Opens both databases, copies, prints the rows per table.
    static int run(const CopyCommandArgs &a);
    // Its lines of --help.
    static QString usage();
};

} // namespace rr
