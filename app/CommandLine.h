// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <optional>

namespace rr {

// The command line of the `redroster` binary: `--version`, `--help`, `demo` and `check`, for
// scripts and support, with no display needed. Exit codes: 0 ok, 2 check found problems,
// 64 usage error, StoreError::exitCode() for database errors (3 cannot open, 4 not a database,
// 5 newer schema, 6 read-only, 7 locked, ...). `--db PATH` may come before or after the command.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(rr::CommandLine)
public:
    enum ExitCode { Ok = 0, ProblemsFound = 2, UsageError = 64 };

    // Returns nullopt when no command was given (plain `redroster`, `redroster --db PATH`, Qt's
    // own options): the desktop application starts. Otherwise runs the command in its own
    // QCoreApplication and returns the process exit code.
    static std::optional<int> runIfCommand(int argc, char *argv[]);
    // True for an existing file that is not a command's name: `redroster prospects.csv`, as the
    // desktop's "Open with" runs it, starts the application and imports the file.
    static bool isFileToOpen(const QString &arg);
};

} // namespace rr
