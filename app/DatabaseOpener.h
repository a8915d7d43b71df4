// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace rr {

class Database;
struct ConnectionSpec;

// Opening a database from the desktop: a failure is explained in a dialog that offers another
// file or other connection settings instead of ending the app; a team server that wants a
// password asks for it (and keeps it in the system keychain when the user allows); an empty new
// local database offers the demo data once.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(rr::DatabaseOpener)
public:
    // Opens `spec`; on failure explains why and lets the user choose again or give up (null).
    // `create` allows making a new file (a server's empty database always gets the schema).
    static std::unique_ptr<Database> open(const ConnectionSpec &spec, bool create, QWidget *parent);
    // File → Database Connection: the connection dialog, then open() of what was chosen; null
    // when cancelled. `current` fills the dialog.
    static std::unique_ptr<Database> choose(const ConnectionSpec &current, QWidget *parent);
    // Offers demo data when a local database has no creators and was never offered it.
    static void offerDemoData(Database &db, QWidget *parent);
    // Where the app remembers `spec`: the file path, or the server URL without password.
    static QString location(const ConnectionSpec &spec);
};

} // namespace rr
