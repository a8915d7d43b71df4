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
#include <QMessageBox>
#include <QTimer>

namespace rr {

int runApplication(int argc, char *argv[])
{
    if (const std::optional<int> code = CommandLine::runIfCommand(argc, argv))
        return *code;

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(appIcon());
    // macOS may hand over a file to open (Finder's Open With) as soon as the event loop runs,
    // even inside the first dialog: collected from the start, imported once the window is up.
    FileOpenEvents openEvents;
    app.installEventFilter(&openEvents);
    QStringList toImport;
    QObject::connect(&openEvents, &FileOpenEvents::fileOpened, &app, [&toImport](const QString &file) { toImport << file; });

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
    if (ConnectionSpec::isPostgresUrl(parser.value(dbOption))) {
        // Team mode comes to the desktop application later (issue 9); a URL is not a file name.
        QMessageBox::critical(nullptr, QCoreApplication::translate("rr::Application", "RedRoster"),
                              QCoreApplication::translate("rr::Application",
                                                          "The desktop application opens database files only. Use a "
                                                          "PostgreSQL server with the commands (redroster --help)."));
        return CommandLine::UsageError;
    }
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
    for (const QString &file : parser.positionalArguments())
        if (CommandLine::isFileToOpen(file))
            toImport << QFileInfo(file).absoluteFilePath();
    if (!toImport.isEmpty())
        QTimer::singleShot(0, &window, [&window, toImport] { window.importFiles(toImport); });
    QObject::disconnect(&openEvents, &FileOpenEvents::fileOpened, &app, nullptr);
    QObject::connect(&openEvents, &FileOpenEvents::fileOpened, &window,
                     [&window](const QString &file) { window.importFiles({file}); });
    return app.exec();
}

} // namespace rr
