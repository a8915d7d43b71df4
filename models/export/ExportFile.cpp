// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportFile.h"

#include <QDir>
#include <QSaveFile>

namespace rr {

bool ExportFile::write(const QString &path, const std::function<bool(QIODevice *)> &body, QString *fileError)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (fileError)
            *fileError = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!body(&file)) {
        const bool deviceFailed = file.error() != QFileDevice::NoError;
        if (deviceFailed && fileError)
            *fileError = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (fileError)
            *fileError = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace rr
