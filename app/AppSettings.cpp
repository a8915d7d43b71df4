// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace rr {

namespace {
namespace key {
const QString databasePath = QStringLiteral("database/path");
const QString lastServer = QStringLiteral("database/lastServer");
const QString demoOffered = QStringLiteral("database/demoOffered/");
const QString tierMega = QStringLiteral("tiers/mega");
const QString tierMid = QStringLiteral("tiers/mid");
const QString tierMicro = QStringLiteral("tiers/micro");
const QString language = QStringLiteral("ui/language");
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
const QString rosterHeader = QStringLiteral("roster/header");
const QString backupFolder = QStringLiteral("database/backupFolder");
const QString dueGraceDays = QStringLiteral("campaigns/dueGraceDays");
} // namespace key

QString pathKey(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(QDir::cleanPath(path).toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

QString AppSettings::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("redroster.sqlite"));
}

QString AppSettings::databaseLocation()
{
    return QSettings().value(key::databasePath, defaultDatabasePath()).toString();
}

void AppSettings::setDatabaseLocation(const QString &pathOrUrl)
{
    QSettings().setValue(key::databasePath, pathOrUrl);
}

QString AppSettings::lastServerUrl()
{
    return QSettings().value(key::lastServer).toString();
}

void AppSettings::setLastServerUrl(const QString &url)
{
    QSettings().setValue(key::lastServer, url);
}

bool AppSettings::demoOffered(const QString &databasePath)
{
    return QSettings().value(key::demoOffered + pathKey(databasePath), false).toBool();
}

void AppSettings::setDemoOffered(const QString &databasePath)
{
    QSettings().setValue(key::demoOffered + pathKey(databasePath), true);
}

int AppSettings::dueGraceDays()
{
    const int days = QSettings().value(key::dueGraceDays, 7).toInt();
    return days >= 0 && days <= 365 ? days : 7;
}

void AppSettings::setDueGraceDays(int days)
{
    QSettings().setValue(key::dueGraceDays, days);
}

MetricSettings AppSettings::metricSettings()
{
    MetricSettings settings;
    settings.tiers = tierThresholds();
    return settings;
}

TierThresholds AppSettings::tierThresholds()
{
    QSettings s;
    const TierThresholds defaults;
    TierThresholds t;
    t.mega = s.value(key::tierMega, defaults.mega).toLongLong();
    t.mid = s.value(key::tierMid, defaults.mid).toLongLong();
    t.micro = s.value(key::tierMicro, defaults.micro).toLongLong();
    return t.isValid() ? t : defaults;
}

void AppSettings::setTierThresholds(const TierThresholds &thresholds)
{
    QSettings s;
    s.setValue(key::tierMega, thresholds.mega);
    s.setValue(key::tierMid, thresholds.mid);
    s.setValue(key::tierMicro, thresholds.micro);
}

QString AppSettings::language()
{
    return QSettings().value(key::language).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(key::language, language);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(key::geometry).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(key::state).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    QSettings s;
    s.setValue(key::geometry, geometry);
    s.setValue(key::state, state);
}

QByteArray AppSettings::rosterHeaderState()
{
    return QSettings().value(key::rosterHeader).toByteArray();
}

void AppSettings::setRosterHeaderState(const QByteArray &state)
{
    QSettings().setValue(key::rosterHeader, state);
}

QString AppSettings::lastBackupFolder()
{
    return QSettings().value(key::backupFolder).toString();
}

void AppSettings::setLastBackupFolder(const QString &folder)
{
    QSettings().setValue(key::backupFolder, folder);
}

} // namespace rr
