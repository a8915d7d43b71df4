// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace rr {

// Writes an export file through QSaveFile: the target is replaced only when `body` returned true
// and everything reached the disk; otherwise an existing file stays as it was.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(rr::ExportFile)
public:
    // False when `body` failed (its own error says why; *fileError stays empty) or the file could
    // not be opened or written (*fileError names the file and the reason).
    static bool write(const QString &path, const std::function<bool(QIODevice *)> &body, QString *fileError);
};

} // namespace rr
