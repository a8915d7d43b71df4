// SPDX-License-Identifier: GPL-3.0-or-later
// A scratch folder with a fixture database, for the tests that run the `redroster` binary on it.
#pragma once

#include "CliRunner.h"

#include "store/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace rr::test {

class CliScratch
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return path(QString::fromUtf8(name)); }
    // The database the commands run on (the test fills it through open()).
    QString db() const { return path("fixture.sqlite"); }

    // The database, created on first use; null with *why set when it cannot be opened.
    std::unique_ptr<Database> open(QString *why) const
    {
        StoreError error;
        std::unique_ptr<Database> opened = Database::open(ConnectionSpec::sqlite(db()), &error);
        if (!opened)
            *why = error.message + QLatin1Char(' ') + error.detail;
        return opened;
    }

    // `redroster COMMAND... ARGS... --db fixture.sqlite`
    CliRun run(const QStringList &command, const QStringList &args) const
    {
        return runRedroster(command + args + QStringList{QStringLiteral("--db"), db()});
    }

    // Whether pdftotext and pdfinfo (poppler-utils) are here to read a PDF back.
    static bool hasPoppler()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
               && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
    }

private:
    QTemporaryDir m_dir;
};

} // namespace rr::test

// Skips the test function when poppler-utils are missing (QSKIP must run in the test itself).
#define RR_REQUIRE_POPPLER()                                                                                  \
    do {                                                                                                      \
        if (!rr::test::CliScratch::hasPoppler())                                                              \
            QSKIP("pdftotext/pdfinfo (poppler-utils) not installed: cannot read the PDF back");                \
    } while (false)
