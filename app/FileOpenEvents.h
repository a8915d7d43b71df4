// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace rr {

// macOS opens documents by sending the application a QFileOpenEvent (Finder's "Open With",
// dropping a CSV on the Dock icon) instead of passing the path on the command line. Installed on
// the application, this turns each into fileOpened(path).
class FileOpenEvents : public QObject
{
    Q_OBJECT
public:
    explicit FileOpenEvents(QObject *parent = nullptr);

signals:
    void fileOpened(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace rr
