// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rr {

// `redroster import FILE... [--db PATH] [--mapping NAME|FILE] [--encoding NAME] [--delimiter C]
//  [--on-duplicate skip|fill|overwrite] [--dry-run] [--json] [--report OUT]`
struct ImportCommandArgs
{
    QStringList files;
    QString db;            // empty: the desktop app's database
    QString mapping;
    QString encoding;
    QString delimiter;
    QString onDuplicate;
    QString report;
    bool dryRun = false;
    bool json = false;
};

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::ImportCommand)
public:
    enum ExitCode { BadInputFile = 65, MissingInputFile = 66 };
    // Checks the options before anything is opened; an empty string when they are fine.
    static QString validate(const ImportCommandArgs &args);
    static int run(const ImportCommandArgs &args);
    // `redroster batches --db PATH`: the import batches, newest first.
    static int listBatches(const QString &db);
    // `redroster undo-import BATCH --db PATH`: undoes one committed batch in one transaction.
    static int undoBatch(const QString &db, const QString &batch);
};

} // namespace rr
