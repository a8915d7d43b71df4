// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace rr {

class Database;
struct ConnectionSpec;
struct StoreError;

// What the headless commands (chart, export, report, ...) share: how a failure is told on
// stderr with its exit code, and reading an option given as `--name VALUE` or `--name=VALUE`.
class CommandFailure
{
    Q_DECLARE_TR_FUNCTIONS(rr::CommandFailure)
public:
    static constexpr int UsageError = 64;

    // "redroster: MESSAGE" and where to find the usage; returns UsageError.
    static int usage(const QString &message);
    // The store's message (and detail); returns the store's exit code (12 when it has none).
    static int store(const StoreError &error);

    // Opens the existing database `dbArg` (empty: the desktop app's), migrating it if needed;
    // on failure tells why and sets *exitCode.
    static std::unique_ptr<Database> openExisting(const QString &dbArg, int *exitCode);
    // The database a command works on: --db FILE, --pg URL (parsed and checked beforehand), or
    // without either the app's own database file.
    static ConnectionSpec specFor(const QString &dbArg);

    // `3 "Spring launch", 5 "..."` (the first 20 campaigns), or "(none)": for a message that
    // must say which campaigns exist.
    static QString campaignList(const Database &db);

    enum class Option { Absent, Taken, MissingValue };
    // If args[*i] is `name` (then its value is the next argument, which must not be empty or
    // another option) or `name=VALUE`, stores the value in *out and moves *i past it.
    static Option takeValue(const QStringList &args, int *i, const QString &name, QString *out);
};

} // namespace rr
