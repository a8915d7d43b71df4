// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace rr {

class Database;

// Opening a database from the desktop: a failure is explained in a dialog that offers another
// file instead of ending the app; an empty new database offers the demo data once.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(rr::DatabaseOpener)
public:
    // Opens `path`; on failure explains why and lets the user pick another file or give up
    // (null). `create` allows making a new file.
    static std::unique_ptr<Database> open(const QString &path, bool create, QWidget *parent);
    // Offers demo data when the database has no creators and was never offered it.
    static void offerDemoData(Database &db, QWidget *parent);
};

} // namespace rr
