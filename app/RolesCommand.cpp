// SPDX-License-Identifier: GPL-3.0-or-later
#include "RolesCommand.h"

#include "CommandFailure.h"

#include "store/Database.h"
#include "store/TeamRoles.h"

#include <QTextStream>

namespace rr {

QString RolesCommand::validate(const Args &a)
{
    if (!ConnectionSpec::isPostgresUrl(a.db))
        return tr("The roles command needs --pg URL: roles exist on a team's PostgreSQL server, not in a file.");
    for (const QString &name : a.editors + a.viewers)
        if (!TeamRoles::isValidUserName(name))
            return tr("\"%1\" is not a user name the server accepts unquoted: use lower-case letters, digits and _.")
                .arg(name);
    for (const QString &name : a.editors)
        if (a.viewers.contains(name))
            return tr("%1 cannot be both an editor and a viewer.").arg(name);
    return {};
}

QString RolesCommand::usage()
{
    return tr("       redroster roles --pg URL [--editor NAME]... [--viewer NAME]...\n"
              "                                        on a team's server: who may change the data (editors) and\n"
              "                                        who may only read it (viewers); without names, lists them\n");
}

int RolesCommand::run(const Args &a)
{
    int exitCode = 0;
    std::unique_ptr<Database> db = CommandFailure::openExisting(a.db, &exitCode);
    if (!db)
        return exitCode;
    StoreError error;
    if (!TeamRoles::setUp(*db, &error))
        return CommandFailure::store(error);
    QTextStream out(stdout);
    for (const QString &name : a.editors) {
        if (!TeamRoles::assign(*db, name, TeamRoles::Role::Editor, &error))
            return CommandFailure::store(error);
        out << tr("%1 is an editor.").arg(name) << Qt::endl;
    }
    for (const QString &name : a.viewers) {
        if (!TeamRoles::assign(*db, name, TeamRoles::Role::Viewer, &error))
            return CommandFailure::store(error);
        out << tr("%1 is a viewer.").arg(name) << Qt::endl;
    }
    const QList<TeamRoles::Member> members = TeamRoles::members(*db, &error);
    if (error)
        return CommandFailure::store(error);
    out << tr("Team of %1:").arg(db->spec().displayName()) << Qt::endl;
    if (members.isEmpty())
        out << "  " << tr("(nobody yet: add colleagues with --editor NAME or --viewer NAME)") << Qt::endl;
    for (const TeamRoles::Member &m : members)
        out << "  " << m.user << "  " << (m.role == TeamRoles::Role::Editor ? tr("editor") : tr("viewer")) << Qt::endl;
    return 0;
}

} // namespace rr
