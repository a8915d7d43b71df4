// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandFailure.h"

#include "AppSettings.h"
#include "store/Database.h"
#include "store/SqlRunner.h"
#include "store/StoreError.h"

#include <QSqlQuery>
#include <QTextStream>

namespace rr {

int CommandFailure::usage(const QString &message)
{
    QTextStream(stderr) << "redroster: " << message << Qt::endl
                        << tr("Run \"redroster --help\" for usage.") << Qt::endl;
    return UsageError;
}

int CommandFailure::store(const StoreError &error)
{
    QTextStream err(stderr);
    err << "redroster: " << error.message << Qt::endl;
    if (!error.detail.isEmpty())
        err << "  (" << error.detail << ')' << Qt::endl;
    return error.exitCode() ? error.exitCode() : 12;
}

std::unique_ptr<Database> CommandFailure::openExisting(const QString &dbArg, int *exitCode)
{
    OpenOptions options;
    options.create = false;
    StoreError error;
    std::unique_ptr<Database> db = Database::open(specFor(dbArg), &error, options);
    if (!db)
        *exitCode = store(error);
    return db;
}

ConnectionSpec CommandFailure::specFor(const QString &dbArg)
{
    // Without --db or --pg: the database the desktop app last opened, file or server.
    const QString where = dbArg.isEmpty() ? AppSettings::databaseLocation() : dbArg;
    if (ConnectionSpec::isPostgresUrl(where)) {
        QString why;
        if (const std::optional<ConnectionSpec> spec = ConnectionSpec::fromPostgresUrl(where, &why))
            return *spec;
        // CommandLine::parse refused a bad URL already; a server of that name would fail to open.
    }
    return ConnectionSpec::sqlite(where);
}

QString CommandFailure::campaignList(const Database &db)
{
    constexpr int listed = 20;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    QStringList items;
    if (SqlRunner(db, nullptr).exec(q, QStringLiteral("SELECT id, name FROM campaigns ORDER BY id"))) {
        while (q.next() && items.size() < listed)
            items << QStringLiteral("%1 \"%2\"").arg(q.value(0).toLongLong()).arg(q.value(1).toString());
    }
    return items.isEmpty() ? tr("(none)") : items.join(QLatin1String(", "));
}

CommandFailure::Option CommandFailure::takeValue(const QStringList &args, int *i, const QString &name, QString *out)
{
    const QString &arg = args.at(*i);
    if (arg == name) {
        if (*i + 1 >= args.size() || args.at(*i + 1).isEmpty() || args.at(*i + 1).startsWith(QLatin1String("--")))
            return Option::MissingValue;
        *out = args.at(++*i);
        return Option::Taken;
    }
    if (arg.startsWith(name + QLatin1Char('='))) {
        *out = arg.mid(name.size() + 1);
        return out->isEmpty() ? Option::MissingValue : Option::Taken;
    }
    return Option::Absent;
}

} // namespace rr
