// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "AppSettings.h"
#include "CommandLine.h"
#include "DatabaseOpener.h"
#include "Icons.h"
#include "Language.h"
#include "MainWindow.h"

#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace rr {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RedRoster"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("redroster.app"));
    QCoreApplication::setApplicationName(QStringLiteral("RedRoster"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REDROSTER_VERSION));
}

int runApplication(int argc, char *argv[])
{
    if (const std::optional<int> code = CommandLine::runIfCommand(argc, argv))
        return *code;

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("RedRoster"));
    QApplication::setWindowIcon(appIcon());

    Language language;
    language.apply(AppSettings::language());

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("rr::Application", "SQLite database file to open."),
                                      QStringLiteral("path"));
    parser.addOption(dbOption);
    parser.process(app);
    const bool explicitPath = parser.isSet(dbOption);
    const QString path = explicitPath ? QFileInfo(parser.value(dbOption)).absoluteFilePath()
                                      : AppSettings::databasePath();

    std::unique_ptr<Database> db = DatabaseOpener::open(path, true, nullptr);
    if (!db)
        return 1;
    DatabaseOpener::offerDemoData(*db, nullptr);
    if (!explicitPath)
        AppSettings::setDatabasePath(db->spec().path);

    MainWindow window(std::move(db), language);
    window.show();
    window.showDueReminder();
    return app.exec();
}

} // namespace rr
