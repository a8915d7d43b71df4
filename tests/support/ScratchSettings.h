// SPDX-License-Identifier: GPL-3.0-or-later
// Settings for a GUI test go to its temporary folder, never the user's: INI files under
// `folder`/settings for both formats, under an organisation and application of the test's own.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QString>

namespace rr::test {

inline void useScratchSettings(const QString &folder, const QString &application)
{
    const QString path = QDir(folder).filePath(QStringLiteral("settings"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path);
    QCoreApplication::setOrganizationName(QStringLiteral("RedRosterTest"));
    QCoreApplication::setApplicationName(application);
}

} // namespace rr::test
