// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseOpener.h"

#include "AppSettings.h"

#include "demo/DemoData.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>

namespace rr {

std::unique_ptr<Database> DatabaseOpener::open(const QString &firstPath, bool create, QWidget *parent)
{
    QString path = firstPath;
    for (;;) {
        StoreError error;
        OpenOptions options;
        options.create = create;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto db = Database::open(ConnectionSpec::sqlite(path), &error, options);
        QApplication::restoreOverrideCursor();
        if (db) {
            if (!db->upgradeBackupPath().isEmpty()) {
                QMessageBox::information(parent, tr("Database upgraded"),
                                         tr("The database was upgraded for this version of RedRoster. "
                                            "A copy of it as it was is kept at %1.")
                                             .arg(QDir::toNativeSeparators(db->upgradeBackupPath())));
            }
            return db;
        }

        QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"), error.message,
                        QMessageBox::NoButton, parent);
        if (!error.detail.isEmpty())
            box.setDetailedText(error.detail);
        QPushButton *other = box.addButton(tr("Open Another…"), QMessageBox::AcceptRole);
        QPushButton *fresh = box.addButton(tr("Create New…"), QMessageBox::ActionRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(other);
        box.exec();
        const QString folder = QFileInfo(path).absolutePath();
        if (box.clickedButton() == other) {
            path = QFileDialog::getOpenFileName(parent, tr("Open a database"), folder,
                                                tr("RedRoster database (*.sqlite *.db);;All files (*)"));
            create = false;
        } else if (box.clickedButton() == fresh) {
            path = QFileDialog::getSaveFileName(parent, tr("New database"),
                                                QDir(folder).filePath(QStringLiteral("redroster.sqlite")),
                                                tr("RedRoster database (*.sqlite)"));
            create = true;
        } else {
            Q_UNUSED(cancel);
            return nullptr;
        }
        if (path.isEmpty())
            return nullptr;
    }
}

void DatabaseOpener::offerDemoData(Database &db, QWidget *parent)
{
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
