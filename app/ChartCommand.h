// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rr {

// `redroster chart KIND [filters] --out FILE [--db PATH]`: renders the analytics chart KIND
// (trend, compare, cost, followers, posts) headless, as PNG, SVG or PDF, or writes its data as
// CSV, by the suffix of FILE. The options are kept as typed; run() checks them.
struct ChartCommandArgs
{
    QString db;            // empty: the desktop app's database
    QString kind;
    QString out;
    QString size;          // WxH
    QString period;        // week | month
    QString group;         // none | tier | category | campaign
    QString rates;         // both | er | sr
    QString by;            // tier | category
    QString metric;        // er | sr | cpe | cpm
    QString creator;       // database id or XHS handle
    QString from, to;      // YYYY-MM-DD
    QString objective;     // awareness | conversion | seeding
    QStringList campaigns; // ids, each may be a comma list
    QStringList tiers;     // mega | mid | micro | koc, each may be a comma list
    QStringList categories;// key or id
    QStringList tags;      // names
    QStringList owners;    // names
    QStringList extra;     // positional arguments after KIND
};

class ChartCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::ChartCommand)
public:
    enum ExitCode { Ok = 0, UsageError = 64, CannotWrite = 73 };

    // If args[*i] is one of the chart options (--name value or --name=value), stores it, moves
    // *i past its value and returns true; a missing value sets *error (the option named).
    static bool takeOption(const QStringList &args, int *i, ChartCommandArgs *a, QString *error);
    // Usage problems found without opening the database; empty when the options are fine.
    static QString validate(const ChartCommandArgs &a);
    // Opens the database, builds the chart, writes it, prints a one-line summary. Needs a
    // QApplication (charts are widgets-based; the offscreen platform does).
    static int run(const ChartCommandArgs &a);
    // The usage lines for `redroster --help`.
    static QString usage();
};

} // namespace rr
