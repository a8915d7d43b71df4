// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "AppIdentity.h"
#include "AppSettings.h"
#include "CommandLine.h"
#include "DatabaseOpener.h"
#include "FileOpenEvents.h"
#include "Icons.h"
#include "Language.h"
#include "MainWindow.h"

#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace rr {

int runApplication(int argc, char *argv[])
{
    if (const std::optional<int> code = CommandLine::runIfCommand(argc, argv))
        return *code;

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(appIcon());

    Language language;
    language.apply(AppSettings::language());

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("rr::Application", "SQLite database file to open."),
                                      QStringLiteral("path"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("rr::Application", "CSV files of creators to import."),
                                 QStringLiteral("[files...]"));
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
    QStringList toImport;
    for (const QString &file : parser.positionalArguments())
        if (CommandLine::isFileToOpen(file))
            toImport << QFileInfo(file).absoluteFilePath();
    if (!toImport.isEmpty())
        QTimer::singleShot(0, &window, [&window, toImport] { window.importFiles(toImport); });
    FileOpenEvents openEvents;
    app.installEventFilter(&openEvents);
    QObject::connect(&openEvents, &FileOpenEvents::fileOpened, &window,
                     [&window](const QString &file) { window.importFiles({file}); });
    return app.exec();
}

} // namespace rr
