// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseOpener.h"

#include "AppSettings.h"
#include "PasswordStore.h"

#include "demo/DemoData.h"
#include "settings/ConnectionDialog.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>

namespace rr {

namespace {

struct Attempt
{
    ConnectionSpec spec;
    bool create = true;
    bool remember = false; // keep the password in the keychain once it worked
    QString message;       // why the dialog is shown again
};

// The connection dialog for another try; false when the user cancels.
bool askConnection(Attempt *attempt, bool forPassword, QWidget *parent)
{
    ConnectionDialog dialog(attempt->spec, AppSettings::lastServerUrl(), PasswordStore::isAvailable(), parent);
    dialog.setMessage(attempt->message);
    if (forPassword)
        dialog.focusPassword();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const std::optional<ConnectionSpec> chosen = dialog.spec();
    if (!chosen)
        return false;
    attempt->spec = *chosen;
    attempt->create = true;
    attempt->remember = dialog.rememberPassword();
    return true;
}

// A failed file: open another, create a new one, or give up.
bool askFile(Attempt *attempt, const StoreError &error, QWidget *parent)
{
    QMessageBox box(QMessageBox::Critical, DatabaseOpener::tr("Cannot open the database"), error.message,
                    QMessageBox::NoButton, parent);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    QPushButton *other = box.addButton(DatabaseOpener::tr("Open Another…"), QMessageBox::AcceptRole);
    QPushButton *fresh = box.addButton(DatabaseOpener::tr("Create New…"), QMessageBox::ActionRole);
    QPushButton *settings = box.addButton(DatabaseOpener::tr("Connection…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(other);
    box.exec();
    const QString folder = QFileInfo(attempt->spec.path).absolutePath();
    QString path;
    if (box.clickedButton() == other) {
        path = QFileDialog::getOpenFileName(parent, DatabaseOpener::tr("Open a database"), folder,
                                            DatabaseOpener::tr("RedRoster database (*.sqlite *.db);;All files (*)"));
        attempt->create = false;
    } else if (box.clickedButton() == fresh) {
        path = QFileDialog::getSaveFileName(parent, DatabaseOpener::tr("New database"),
                                            QDir(folder).filePath(QStringLiteral("redroster.sqlite")),
                                            DatabaseOpener::tr("RedRoster database (*.sqlite)"));
        attempt->create = true;
    } else if (box.clickedButton() == settings) {
        attempt->message.clear();
        return askConnection(attempt, false, parent);
    }
    if (path.isEmpty())
        return false;
    attempt->spec = ConnectionSpec::sqlite(path);
    return true;
}

// A server that failed for another reason than the password: try again, change the settings,
// or give up.
bool askServer(Attempt *attempt, const StoreError &error, QWidget *parent)
{
    QMessageBox box(QMessageBox::Critical, DatabaseOpener::tr("Cannot connect to the server"), error.message,
                    QMessageBox::NoButton, parent);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    QPushButton *retry = box.addButton(QMessageBox::Retry);
    QPushButton *settings = box.addButton(DatabaseOpener::tr("Connection…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(retry);
    box.exec();
    if (box.clickedButton() == retry)
        return true;
    if (box.clickedButton() != settings)
        return false;
    attempt->message.clear();
    return askConnection(attempt, false, parent);
}

} // namespace

QString DatabaseOpener::location(const ConnectionSpec &spec)
{
    return spec.backend == Backend::Postgres ? spec.postgresUrl() : spec.path;
}

namespace {

// Tries until the database opens or the user gives up.
std::unique_ptr<Database> openAttempt(Attempt attempt, QWidget *parent)
{
    for (;;) {
        const bool server = attempt.spec.backend == Backend::Postgres;
        const QString account = server ? attempt.spec.postgresUrl() : QString();
        bool fromKeychain = false;
        if (server && attempt.spec.password.isEmpty()) {
            if (const std::optional<QString> kept = PasswordStore::read(account)) {
                attempt.spec.password = *kept;
                fromKeychain = true;
            }
        }
        StoreError error;
        OpenOptions options;
        options.create = attempt.create;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto db = Database::open(attempt.spec, &error, options);
        QApplication::restoreOverrideCursor();
        if (db) {
            if (server) {
                AppSettings::setLastServerUrl(account);
                if (attempt.remember && !attempt.spec.password.isEmpty() && !fromKeychain)
                    PasswordStore::write(account, attempt.spec.password);
            }
            if (!db->upgradeBackupPath().isEmpty()) {
                QMessageBox::information(parent, DatabaseOpener::tr("Database upgraded"),
                                         DatabaseOpener::tr("The database was upgraded for this version of RedRoster. "
                                            "A copy of it as it was is kept at %1.")
                                             .arg(QDir::toNativeSeparators(db->upgradeBackupPath())));
            }
            return db;
        }
        if (error.code == StoreError::Code::LoginRefused) {
            if (fromKeychain)
                PasswordStore::remove(account); // changed on the server since it was kept
            attempt.spec.password.clear();
            attempt.message = error.message;
            if (!askConnection(&attempt, true, parent))
                return nullptr;
            continue;
        }
        if (fromKeychain)
            attempt.spec.password.clear(); // read again on the next try
        if (!(server ? askServer(&attempt, error, parent) : askFile(&attempt, error, parent)))
            return nullptr;
    }
}

} // namespace

std::unique_ptr<Database> DatabaseOpener::open(const ConnectionSpec &spec, bool create, QWidget *parent)
{
    return openAttempt(Attempt{spec, create, false, {}}, parent);
}

std::unique_ptr<Database> DatabaseOpener::choose(const ConnectionSpec &current, QWidget *parent)
{
    Attempt attempt{current, true, false, {}};
    attempt.spec.password.clear();
    if (!askConnection(&attempt, false, parent))
        return nullptr;
    return openAttempt(attempt, parent);
}

void DatabaseOpener::offerDemoData(Database &db, QWidget *parent)
{
    // A team's server is shared: fictional creators there would reach colleagues' rosters.
    if (db.spec().backend != Backend::Sqlite)
        return;
    const QString path = db.spec().path;
    if (db.isReadOnly() || AppSettings::demoOffered(path))
        return;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM creators)")) || !q.next() || q.value(0).toBool())
        return;
    AppSettings::setDemoOffered(path);
    const auto answer = QMessageBox::question(
        parent, tr("Start with demo data?"),
        tr("This database is empty. Load a fictional demo roster (360 creators over every tier, "
           "12 campaigns with posts and metrics) to explore RedRoster? You can start a clean "
           "database later with File → New Database."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    StoreError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = DemoData::generate(db, DemoOptions{}, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox box(QMessageBox::Warning, tr("Demo data not loaded"), error.message, QMessageBox::Ok, parent);
        box.setDetailedText(error.detail);
        box.exec();
    }
}

} // namespace rr
