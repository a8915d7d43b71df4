// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rr {

// `redroster roles --pg URL [--editor NAME]... [--viewer NAME]...`: on a team's PostgreSQL server,
// sets up the viewer and editor roles and puts colleagues in them, or lists who is in which.
class RolesCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::RolesCommand)
public:
    struct Args
    {
        QString db;
        QStringList editors;
        QStringList viewers;
    };
    // A usage problem (not a server, a bad name), or empty.
    static QString validate(const Args &a);
    static int run(const Args &a);
    // Its lines of --help.
    static QString usage();
};

} // namespace rr
