// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace rr {

class Database;

// Moving data from the desktop (issue 9 §6), through DatabaseCopy with a progress dialog that
// can cancel: a team server's data into a local file (the backup of a server), and a local file
// onto an empty team server (a solo user becoming a team).
class CopyActions
{
    Q_DECLARE_TR_FUNCTIONS(rr::CopyActions)
public:
    // Writes `from` into a new SQLite file at `target` (through a temporary file beside it, so a
    // failed or cancelled copy leaves any existing file alone). False with the reason shown.
    static bool copyToFile(const Database &from, const QString &target, QWidget *parent);
    // Asks for a server (the connection dialog), copies `from` onto it and returns the server's
    // database to switch to, or null (cancelled, refused or failed; the reason shown).
    static std::unique_ptr<Database> copyToServer(const Database &from, QWidget *parent);
};

} // namespace rr
