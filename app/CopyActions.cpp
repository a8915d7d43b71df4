// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopyActions.h"

#include "AppSettings.h"
#include "DatabaseOpener.h"

#include "settings/ConnectionDialog.h"
#include "store/Database.h"
#include "store/DatabaseCopy.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRadioButton>

namespace rr {

namespace {

bool copyWithProgress(const Database &main, const Database &to, QWidget *parent, StoreError *error, bool *cancelled)
{
    // Its own connection: the progress dialog lets the window's timers and reloads run meanwhile,
    // and a forward-only read on the window's connection would lose its rows to them.
    const std::unique_ptr<Database> own = main.openSibling(error);
    if (!own)
        return false;
    const Database &from = *own;
    QProgressDialog progress(CopyActions::tr("Copying %1 to %2…").arg(from.spec().displayName(), to.spec().displayName()),
                             CopyActions::tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    CopySummary summary;
    const bool ok = DatabaseCopy::copy(
        from, to,
        [&progress](qint64 done, qint64 total) {
            progress.setMaximum(int(std::min<qint64>(total, INT_MAX)));
            progress.setValue(int(std::min<qint64>(done, INT_MAX)));
            return !progress.wasCanceled();
        },
        error, &summary);
    *cancelled = summary.cancelled;
    return ok && !summary.cancelled;
}

void showFailure(const QString &title, const StoreError &error, QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box.setDetailedText(error.detail);
    box.exec();
}

} // namespace

bool CopyActions::copyToFile(const Database &from, const QString &target, QWidget *parent)
{
    const QString partial = target + QStringLiteral(".partial");
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(partial + QLatin1String(suffix));
    StoreError error;
    bool cancelled = false;
    bool ok = false;
    {
        auto to = Database::open(ConnectionSpec::sqlite(partial), &error);
        ok = to && copyWithProgress(from, *to, parent, &error, &cancelled);
    }
    if (ok) {
        QFile::remove(target);
        ok = QFile::rename(partial, target);
        if (!ok)
            error = StoreError::make(StoreError::Code::BackupFailed,
                                     StoreError::describe(StoreError::Code::BackupFailed, QDir::toNativeSeparators(target)));
    }
    if (!ok) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(partial + QLatin1String(suffix));
        if (!cancelled)
            showFailure(tr("Backup failed"), error, parent);
    }
    return ok;
}

std::unique_ptr<Database> CopyActions::copyToServer(const Database &from, QWidget *parent)
{
    ConnectionDialog dialog(ConnectionSpec(), AppSettings::lastServerUrl(), false, parent);
    dialog.setWindowTitle(tr("Copy to a Team Server"));
    dialog.serverChoice()->setChecked(true);
    dialog.fileChoice()->setEnabled(false);
    dialog.setMessage(tr("Everything in %1 is copied into an empty database on the server, which you must own. "
                         "The file stays as it is.").arg(from.spec().displayName()));
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    const std::optional<ConnectionSpec> server = dialog.spec();
    if (!server)
        return nullptr;
    auto to = DatabaseOpener::open(*server, true, parent);
    if (!to)
        return nullptr;
    StoreError error;
    bool cancelled = false;
    if (!copyWithProgress(from, *to, parent, &error, &cancelled)) {
        if (!cancelled)
            showFailure(tr("Copy failed"), error, parent);
        return nullptr;
    }
    return to;
}

} // namespace rr
