// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileOpenEvents.h"

#include <QFileOpenEvent>

namespace rr {

FileOpenEvents::FileOpenEvents(QObject *parent) : QObject(parent)
{
}

bool FileOpenEvents::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QString path = static_cast<QFileOpenEvent *>(event)->file();
        if (!path.isEmpty()) {
            emit fileOpened(path);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rr
