// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Metrics.h"
#include "domain/Tier.h"

#include <QByteArray>
#include <QString>

namespace rr {

// Every persisted setting, typed, with its default in one place (QSettings underneath).
class AppSettings
{
public:
    static QString defaultDatabasePath(); // <AppDataLocation>/redroster.sqlite
    // The database last opened: a file path, or a team server's postgresql:// URL (never with a
    // password); the default file when none was.
    static QString databaseLocation();
    static void setDatabaseLocation(const QString &pathOrUrl);
    // The team server last connected to (URL without password), to offer it again after the user
    // went back to a local file. Empty when none.
    static QString lastServerUrl();
    static void setLastServerUrl(const QString &url);

    static bool demoOffered(const QString &databasePath);
    static void setDemoOffered(const QString &databasePath);

    // The one-week rule: days after a campaign closes before its missing final metrics are due.
    static int dueGraceDays();
    static void setDueGraceDays(int days);

    static TierThresholds tierThresholds();
    // Metric settings with the tier thresholds above (what reports, exports and charts use).
    static MetricSettings metricSettings();
    static void setTierThresholds(const TierThresholds &thresholds);

    static QString language(); // "zh_CN" or "en"; empty = follow the system
    static void setLanguage(const QString &language);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

    static QByteArray rosterHeaderState();
    static void setRosterHeaderState(const QByteArray &state);

    static QString lastBackupFolder();
    static void setLastBackupFolder(const QString &folder);
};

} // namespace rr
