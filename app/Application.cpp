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
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("rr::Application", "Database to open: a file, or a team server as postgresql://user@host/database."),
                                      QStringLiteral("path|url"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("rr::Application", "CSV files of creators to import."),
                                 QStringLiteral("[files...]"));
    parser.process(app);
    // --db names a file or a team server's postgresql:// URL; without it, what was open last.
    const bool explicitLocation = parser.isSet(dbOption);
    const QString location = explicitLocation ? parser.value(dbOption) : AppSettings::databaseLocation();
    ConnectionSpec spec = ConnectionSpec::sqlite(QFileInfo(location).absoluteFilePath());
    if (ConnectionSpec::isPostgresUrl(location)) {
        QString why;
        const std::optional<ConnectionSpec> server = ConnectionSpec::fromPostgresUrl(location, &why);
        if (!server) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("rr::Application", "RedRoster"), why);
            return CommandLine::UsageError;
        }
        spec = *server;
    }

    std::unique_ptr<Database> db = DatabaseOpener::open(spec, true, nullptr);
    if (!db)
        return 1;
    DatabaseOpener::offerDemoData(*db, nullptr);
    if (!explicitLocation)
        AppSettings::setDatabaseLocation(DatabaseOpener::location(db->spec()));

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
