// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopyCommand.h"

#include "CommandFailure.h"

#include "store/Database.h"
#include "store/DatabaseCopy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <memory>

namespace rr {

namespace {

// The source, upgraded if it is older; a file on read-only media is read as it is.
std::unique_ptr<Database> openSource(const ConnectionSpec &spec, StoreError *error)
{
    OpenOptions options;
    options.create = false;
    std::unique_ptr<Database> db = Database::open(spec, error, options);
    if (!db && spec.backend == Backend::Sqlite && error->code == StoreError::Code::ReadOnly) {
        options.readOnly = true;
        db = Database::open(spec, error, options);
    }
    return db;
}

bool sameDatabase(const ConnectionSpec &a, const ConnectionSpec &b)
{
    if (a.backend != b.backend)
        return false;
    if (a.backend == Backend::Postgres)
        return a.displayName() == b.displayName();
    const QFileInfo x(a.path);
    const QFileInfo y(b.path);
    return x.exists() && y.exists() ? x.canonicalFilePath() == y.canonicalFilePath()
                                    : x.absoluteFilePath() == y.absoluteFilePath();
}

void removeDatabaseFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

bool CopyCommand::takeOption(const QStringList &args, int *i, CopyCommandArgs *a, QString *error)
{
    struct Target { const char *name; QString *value; };
    const Target targets[] = {{"--to-db", &a->toDb}, {"--to-pg", &a->toPg}};
    for (const Target &t : targets) {
        const QString name = QLatin1String(t.name);
        QString value;
        const CommandFailure::Option o = CommandFailure::takeValue(args, i, name, &value);
        if (o == CommandFailure::Option::Absent)
            continue;
        if (error->isEmpty()) {
            if (o == CommandFailure::Option::MissingValue)
                *error = name == QLatin1String("--to-db") ? tr("--to-db needs a value: the database file to copy into.")
                                                          : tr("--to-pg needs a value: the server database to copy into.");
            else if (!t.value->isEmpty() && *t.value != value)
                *error = tr("%1 was given twice; a copy has one target.").arg(name);
        }
        if (o == CommandFailure::Option::Taken)
            *t.value = value;
        return true;
    }
    return false;
}

QString CopyCommand::validate(const CopyCommandArgs &a)
{
    if (a.toDb.isEmpty() && a.toPg.isEmpty())
        return tr("The copy command needs where to copy to: --to-db FILE (a local file) or --to-pg URL (a team's "
                  "PostgreSQL server).");
    if (!a.toDb.isEmpty() && !a.toPg.isEmpty())
        return tr("Give either --to-db or --to-pg, not both: a copy has one target.");
    if (!a.toPg.isEmpty()) {
        if (!ConnectionSpec::isPostgresUrl(a.toPg))
            return tr("--to-pg expects a server address like postgresql://user@host/database, not \"%1\".").arg(a.toPg);
        QString why;
        if (!ConnectionSpec::fromPostgresUrl(a.toPg, &why))
            return why;
    }
    if (ConnectionSpec::isPostgresUrl(a.toDb))
        return tr("--to-db expects a file name; copy to a server with --to-pg URL.");
    return {};
}

QString CopyCommand::usage()
{
    return tr("       redroster copy [--db PATH | --pg URL] --to-pg URL | --to-db FILE\n"
              "                                        copy a whole database into an empty one: a file onto a team's\n"
              "                                        server, or the server's data into a file (created if missing)\n");
}

int CopyCommand::run(const CopyCommandArgs &a)
{
    const ConnectionSpec sourceSpec = CommandFailure::specFor(a.db);
    const ConnectionSpec targetSpec = a.toPg.isEmpty() ? ConnectionSpec::sqlite(a.toDb)
                                                       : CommandFailure::specFor(a.toPg);
    if (sameDatabase(sourceSpec, targetSpec))
        return CommandFailure::usage(tr("%1 cannot be copied onto itself.").arg(sourceSpec.displayName()));

    StoreError error;
    std::unique_ptr<Database> from = openSource(sourceSpec, &error);
    if (!from)
        return CommandFailure::store(error);

    const bool newFile = targetSpec.backend == Backend::Sqlite && !QFileInfo::exists(targetSpec.path);
    CopySummary summary;
    QElapsedTimer timer;
    timer.start();
    bool copied = false;
    {
        std::unique_ptr<Database> to = Database::open(targetSpec, &error);
        copied = to && DatabaseCopy::copy(*from, *to, {}, &error, &summary);
    } // closed before a file made for it is removed
    if (!copied) {
        if (newFile)
            removeDatabaseFile(targetSpec.path);
        return CommandFailure::store(error);
    }

    QTextStream out(stdout);
    out << tr("Copied %1 rows from %2 to %3 in %4 s:")
               .arg(summary.rows)
               .arg(from->spec().displayName(), targetSpec.displayName())
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    int width = 0;
    for (const CopiedTable &t : std::as_const(summary.tables))
        width = std::max(width, int(t.name.size()));
    for (const CopiedTable &t : std::as_const(summary.tables))
        out << "  " << t.name.leftJustified(width) << "  " << QString::number(t.rows).rightJustified(9) << Qt::endl;
    if (targetSpec.backend == Backend::Postgres)
        out << tr("Give colleagues access with: redroster roles --pg URL --editor NAME --viewer NAME") << Qt::endl;
    return 0;
}

} // namespace rr
