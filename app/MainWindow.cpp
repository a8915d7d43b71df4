// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppSettings.h"
#include "ConnectionMonitor.h"
#include "CopyActions.h"
#include "DatabaseOpener.h"
#include "Icons.h"
#include "import/ImportBatchesDialog.h"
#include "Language.h"
#include "ReportActions.h"
#include "Workspace.h"
#include "settings/SettingsDialog.h"
#include "editor/EditorCommit.h"
#include "settings/TeamMembersDialog.h"
#include "shortlist/ShortlistRepository.h"
#include "campaign/DueCampaigns.h"
#include "campaign/DueReminderDialog.h"
#include "pipeline/PipelineBoard.h"

#include "CreatorEditor.h"
#include "import/ImportDialog.h"
#include "domain/CreatorCommands.h"
#include "domain/CreatorRepository.h"
#include "roster/RosterModel.h"
#include "roster/RosterScreen.h"
#include "store/ChangeFeed.h"
#include "store/Database.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>
#include <QUndoStack>

namespace rr {

MainWindow::MainWindow(std::unique_ptr<Database> db, Language &language, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_language(language)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());
    setAcceptDrops(true);
    m_undo = new QUndoStack(this);
    m_undo->setUndoLimit(200);
    createActions();
    createMenus();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_busyLabel = new QLabel(this);
    m_dbLabel = new QLabel(this);
    m_dbLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_busyLabel);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_dbLabel);

    buildScreens();
    retranslate();

    if (!restoreGeometry(AppSettings::windowGeometry()))
        resize(1360, 820);
    restoreState(AppSettings::windowState());
    m_roster->restoreHeaderState(AppSettings::rosterHeaderState());
}

MainWindow::~MainWindow()
{
    // Screens hold models reading the database, and undo commands name its repositories: the
    // commands and the screens go first.
    m_undo->clear();
    delete m_workspace;
    m_workspace = nullptr;
    m_monitor = nullptr; // went with the workspace
    m_roster = nullptr;
}

void MainWindow::createActions()
{
    auto make = [this](const char *icon, QKeySequence shortcut, auto slot) {
        auto *a = new QAction(this);
        if (icon)
            a->setIcon(themedIcon(QString::fromLatin1(icon)));
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newDbAction = make("database-plus", QKeySequence(), &MainWindow::newDatabase);
    m_openDbAction = make("folder-open", QKeySequence::Open, &MainWindow::openDatabase);
    m_connectAction = make("server", QKeySequence(), &MainWindow::chooseConnection);
    m_copyToServerAction = make("transfer", QKeySequence(), &MainWindow::copyToServer);
    m_teamMembersAction = make("users-group", QKeySequence(), [this] {
        TeamMembersDialog dialog(*m_db, this);
        dialog.exec();
    });
    m_backupAction = make("database-export", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), &MainWindow::backUp);
    m_importAction = make("file-import", QKeySequence(Qt::CTRL | Qt::Key_I), [this] { importFiles(); });
    m_batchesAction = make("file-check", QKeySequence(), &MainWindow::showImportBatches);
    m_quitAction = make("logout", QKeySequence::Quit, &MainWindow::close);
    m_newCreatorAction = make("user-plus", QKeySequence::New, &MainWindow::newCreator);
    m_editCreatorAction = make("user-edit", QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        if (const qint64 id = m_roster->currentCreatorId())
            editCreator(id);
    });
    m_deleteCreatorAction = make("trash", QKeySequence::Delete, &MainWindow::deleteSelectedCreators);
    m_findAction = make("search", QKeySequence::Find, [this] { m_roster->focusSearch(); });
    m_shortlistsAction = make("star", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                              [this] { m_workspace->showShortlists(); });
    m_creatorChartsAction = make("chart-line", QKeySequence(), [this] {
        if (const qint64 id = m_roster->currentCreatorId())
            m_workspace->openCreatorCharts(id);
    });
    m_refreshAction = make("refresh", QKeySequence::Refresh, [this] {
        m_roster->reloadLookups();
        m_roster->refresh();
    });
    m_preferencesAction = make("settings", QKeySequence::Preferences, &MainWindow::openPreferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole); // the application menu on macOS
    m_reports = new ReportActions(this);
    m_aboutAction = make("info-circle", QKeySequence(), [this] {
        QMessageBox::about(this, tr("About RedRoster"),
                           tr("<h3>RedRoster 红人簿 %1</h3><p>Creator partnerships on Xiaohongshu: roster, "
                              "campaigns, analytics and reports.</p><p>Free software under the GNU General "
                              "Public License, version 3 or later. Icons: Tabler Icons (MIT).</p>")
                               .arg(QString::fromUtf8(REDROSTER_VERSION_FULL).toHtmlEscaped()));
    });

    // Our own undo and redo actions, not QUndoStack's: those keep the "Undo" prefix of the
    // language they were made in.
    m_undoAction = new QAction(themedIcon(QStringLiteral("arrow-back-up")), QString(), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    m_redoAction = new QAction(themedIcon(QStringLiteral("arrow-forward-up")), QString(), this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(m_undo, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
    m_undoAction->setEnabled(m_undo->canUndo());
    m_redoAction->setEnabled(m_undo->canRedo());

    auto *langGroup = new QActionGroup(this);
    m_chineseAction = new QAction(QStringLiteral("中文"), langGroup);
    m_englishAction = new QAction(QStringLiteral("English"), langGroup);
    for (QAction *a : {m_chineseAction, m_englishAction})
        a->setCheckable(true);
    (m_language.current() == QLatin1String("zh_CN") ? m_chineseAction : m_englishAction)->setChecked(true);
    connect(m_chineseAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("zh_CN")); });
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newDbAction);
    m_fileMenu->addAction(m_openDbAction);
    m_fileMenu->addAction(m_connectAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_copyToServerAction);
    m_fileMenu->addAction(m_teamMembersAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_batchesAction);
    m_fileMenu->addSeparator();
    m_reports->addTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_newCreatorAction);
    m_editMenu->addAction(m_editCreatorAction);
    m_editMenu->addAction(m_deleteCreatorAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_shortlistsAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_columnsMenu = m_viewMenu->addMenu(themedIcon(QStringLiteral("columns")), QString());
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_creatorChartsAction);
    m_languageMenu = m_viewMenu->addMenu(themedIcon(QStringLiteral("language")), QString());
    m_languageMenu->addAction(m_chineseAction);
    m_languageMenu->addAction(m_englishAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_newCreatorAction);
    m_toolBar->addAction(m_editCreatorAction);
    m_toolBar->addAction(m_deleteCreatorAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_backupAction);
}

void MainWindow::buildScreens()
{
    m_repository = new CreatorRepository(*m_db, this);
    m_workspace = new Workspace(*m_db, *m_repository, m_undo, AppSettings::tierThresholds(),
                                AppSettings::dueGraceDays(), this);
    setCentralWidget(m_workspace);
    m_roster = m_workspace->roster();
    connect(m_workspace, &Workspace::creatorActivated, this, &MainWindow::editCreator);
    connect(m_roster->shortlistRepository(), &ShortlistRepository::writeFailed, this,
            [this](const StoreError &e) { showStoreError(tr("The change was not saved"), e); });
    connect(m_workspace, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_workspace->changeFeed(), &ChangeFeed::changed, this, [this] {
        statusBar()->showMessage(tr("Updated with changes saved elsewhere"), 5000);
    });
    // A team server that restarts or a network that drops: said at once, reconnected when back.
    m_monitor = new ConnectionMonitor(*m_db, m_workspace);
    m_connectionLabel->clear();
    connect(m_monitor, &ConnectionMonitor::lost, this, [this](const StoreError &error) {
        m_connectionLabel->setText(error.code == StoreError::Code::LoginRefused
                                       ? tr("The server refused the password: File → Database Connection")
                                       : tr("Server connection lost: reconnecting…"));
        m_connectionLabel->setToolTip(error.message + QLatin1Char('\n') + error.detail);
        statusBar()->showMessage(error.message, 10000);
    });
    connect(m_monitor, &ConnectionMonitor::restored, this, [this] {
        m_connectionLabel->clear();
        m_connectionLabel->setToolTip(QString());
        m_workspace->changeFeed()->restart();
        m_workspace->showOutsideChanges({}); // whatever happened meanwhile
        statusBar()->showMessage(tr("Connected to the server again"), 8000);
    });
    m_columnsMenu->clear();
    m_columnsMenu->addActions(m_roster->columnActions());

    connect(m_roster, &RosterScreen::creatorActivated, this, &MainWindow::editCreator);
    connect(m_roster, &RosterScreen::countsChanged, this, &MainWindow::updateCounts);
    connect(m_roster, &RosterScreen::currentCreatorChanged, this, &MainWindow::updateActions);
    connect(m_roster, &RosterScreen::busyChanged, this, [this](bool busy) {
        m_busyLabel->setText(busy ? tr("Searching…") : QString());
    });
    connect(m_roster->model(), &RosterModel::queryFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    // Any change through the repository (including undo and redo) shows in the roster.
    auto refresh = [this] { m_roster->refresh(); };
    connect(m_repository, &CreatorRepository::creatorAdded, this, refresh);
    connect(m_repository, &CreatorRepository::creatorChanged, this, refresh);
    connect(m_repository, &CreatorRepository::creatorsRemoved, this, refresh);
    // A failed write says why, whether it came from a dialog, an undo or a redo.
    connect(m_repository, &CreatorRepository::writeFailed, this, [this](const StoreError &e) {
        if (!(m_mergingEdit && e.code == StoreError::Code::Conflict))
            showStoreError(tr("The change was not saved"), e);
    });

    const bool writable = !m_db->isReadOnly();
    m_newCreatorAction->setEnabled(writable);
    m_importAction->setEnabled(writable);
    m_copyToServerAction->setVisible(m_db->spec().backend == Backend::Sqlite);
    m_teamMembersAction->setVisible(m_db->spec().backend == Backend::Postgres);
    m_dbLabel->setText(m_db->spec().displayName());
    // The database's name; Qt adds the application's display name (RedRoster / 红人簿) on Windows
    // and Linux, and macOS shows the document's name alone.
    const ConnectionSpec &spec = m_db->spec();
    setWindowTitle(spec.backend == Backend::Postgres ? tr("%1 on %2").arg(spec.database, spec.host)
                                                     : QFileInfo(spec.path).fileName());
    m_reports->setContext(m_db.get(), m_workspace);
    updateActions();
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    AppSettings::setRosterHeaderState(m_roster->saveHeaderState());
    const QByteArray header = m_roster->saveHeaderState();
    m_undo->clear();
    m_reports->setContext(nullptr, nullptr);
    delete m_workspace;
    m_workspace = nullptr;
    m_monitor = nullptr; // went with the workspace
    m_roster = nullptr;
    delete m_repository;
    m_repository = nullptr;
    m_db = std::move(db);
    m_filtered = m_total = -1;
    buildScreens();
    m_roster->restoreHeaderState(header);
    AppSettings::setDatabaseLocation(DatabaseOpener::location(m_db->spec()));
}

void MainWindow::showDueReminder()
{
    const QList<DueCampaign> due = DueCampaigns::find(*m_db, QDate::currentDate(), AppSettings::dueGraceDays());
    if (due.isEmpty())
        return;
    auto *dialog = new DueReminderDialog(due, AppSettings::dueGraceDays(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DueReminderDialog::campaignChosen, this, [this](qint64 id) { m_workspace->openCampaign(id); });
    dialog->open();
}

void MainWindow::updateCounts(int filtered, int total)
{
    m_filtered = filtered;
    m_total = total;
    const QLocale locale;
    if (total < 0) {
        m_countLabel->setText(tr("Counting…"));
    } else if (filtered < 0 || filtered == total) {
        m_countLabel->setText(tr("%Ln creator(s)", nullptr, total));
    } else {
        m_countLabel->setText(tr("%1 of %Ln creator(s)", nullptr, total).arg(locale.toString(filtered)));
    }
}

void MainWindow::updateActions()
{
    const bool writable = !m_db->isReadOnly();
    // Edit and Delete act on the roster's selection: only while the roster is the screen shown
    // (Delete in a campaign table must never remove creators).
    const bool onRoster = m_workspace && m_workspace->current() == Workspace::Screen::Roster;
    const bool hasCurrent = onRoster && m_roster && m_roster->currentCreatorId() > 0;
    m_editCreatorAction->setEnabled(hasCurrent);
    m_deleteCreatorAction->setEnabled(hasCurrent && writable);
    m_creatorChartsAction->setEnabled(hasCurrent);
}

void MainWindow::newCreator()
{
    CreatorEditor editor(*m_repository, AppSettings::tierThresholds(), this);
    editor.setWindowTitle(tr("New creator"));
    editor.setCreator(Creator{});
    if (editor.exec() != QDialog::Accepted)
        return;
    m_undo->push(new AddCreatorCommand(*m_repository, editor.creator()));
}

void MainWindow::editCreator(qint64 id)
{
    StoreError error;
    const std::optional<Creator> before = m_repository->load(id, &error);
    if (!before) {
        showStoreError(tr("Cannot open the creator"), error);
        m_roster->refresh();
        return;
    }
    CreatorEditor editor(*m_repository, AppSettings::tierThresholds(), this);
    editor.setWindowTitle(tr("Creator: %1").arg(creatorDisplayName(*before)));
    editor.setCreator(*before);
    if (m_db->isReadOnly())
        editor.setEnabled(false);
    editor.setUndoStack(m_undo); // contacts and notes logged on the History tab
    // OK while the server cannot be reached saves nothing; the editor comes back with the edits.
    for (;;) {
        if (editor.exec() != QDialog::Accepted || m_db->isReadOnly())
            return;
        if (m_monitor->ensureConnected())
            break;
        QMessageBox box(QMessageBox::Warning, tr("Server unreachable"),
                        tr("The server cannot be reached, so nothing was saved. Your changes are kept in the "
                           "editor: save them again once the connection is back."),
                        QMessageBox::NoButton, this);
        QPushButton *back = box.addButton(tr("Back to the Editor"), QMessageBox::AcceptRole);
        box.addButton(tr("Discard My Changes"), QMessageBox::DestructiveRole);
        box.setDefaultButton(back);
        box.exec();
        if (box.clickedButton() != back)
            return;
    }
    // Merged with what someone else saved meanwhile, then saved as one undo step.
    const CreatorSaveOutcome outcome = saveCreatorEdit(m_undo, *m_repository, editOf(*before, editor), *m_db, this,
                                                       m_mergingEdit);
    if (!outcome.saved)
        m_roster->refresh();
    else if (outcome.merged)
        statusBar()->showMessage(tr("Saved together with the changes someone else made meanwhile"), 8000);
}

void MainWindow::deleteSelectedCreators()
{
    const QList<qint64> ids = m_roster->selectedCreatorIds();
    if (ids.isEmpty() || m_db->isReadOnly())
        return;
    QString who;
    if (ids.size() == 1) {
        if (const auto c = m_repository->load(ids.first()))
            who = creatorDisplayName(*c);
    }
    const QString question = ids.size() == 1
        ? tr("Delete %1 and everything recorded about them (follower history, collaborations, posts, "
             "notes)? This cannot be undone.").arg(who)
        : tr("Delete %Ln creator(s) and everything recorded about them (follower history, collaborations, "
             "posts, notes)? This cannot be undone.", nullptr, int(ids.size()));
    QMessageBox box(QMessageBox::Warning, tr("Delete permanently"), question, QMessageBox::Cancel, this);
    box.setInformativeText(tr("Use this when a creator asks to be forgotten. To stop contacting someone, "
                              "set the status to Declined instead."));
    QPushButton *remove = box.addButton(tr("Delete permanently"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    // A hard delete cannot be undone; edits of the deleted rows on the stack would fail.
    m_undo->clear();
    StoreError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_repository->remove(ids, &error); // one transaction: all or none
    QApplication::restoreOverrideCursor();
    if (!ok)
        showStoreError(tr("Nothing was deleted"), error);
    m_roster->reloadLookups();
}

void MainWindow::backUp()
{
    QString folder = AppSettings::lastBackupFolder();
    if (folder.isEmpty())
        folder = QFileInfo(m_db->spec().path).absolutePath();
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1-%2.sqlite").arg(QFileInfo(m_db->spec().path).completeBaseName(),
                                           QDate::currentDate().toString(Qt::ISODate)));
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                                        tr("RedRoster database (*.sqlite *.db)"));
    if (target.isEmpty())
        return;
    AppSettings::setLastBackupFolder(QFileInfo(target).absolutePath());
    if (m_db->spec().backend == Backend::Postgres) { // the server's data into a local file
        if (CopyActions::copyToFile(*m_db, target, this))
            statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)), 8000);
        return;
    }
    StoreError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_db->backupTo(target, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showStoreError(tr("Backup failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a database"),
                                                      QFileInfo(m_db->spec().path).absolutePath(),
                                                      tr("RedRoster database (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto db = DatabaseOpener::open(ConnectionSpec::sqlite(path), false, this))
        setDatabase(std::move(db));
}

void MainWindow::copyToServer()
{
    auto server = CopyActions::copyToServer(*m_db, this);
    if (!server)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Copied to the Server"),
        tr("Everything was copied to %1. Work on the server from now on? Colleagues need editor rights there "
           "(redroster roles).").arg(server->spec().displayName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        setDatabase(std::move(server));
}

void MainWindow::chooseConnection()
{
    if (auto db = DatabaseOpener::choose(m_db->spec(), this)) {
        DatabaseOpener::offerDemoData(*db, this);
        setDatabase(std::move(db));
    }
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"),
                                                      QFileInfo(m_db->spec().path).absolutePath(),
                                                      tr("RedRoster database (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("%1 already exists. Choose a new file name, or use Open to open it.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (auto db = DatabaseOpener::open(ConnectionSpec::sqlite(path), true, this)) {
        DatabaseOpener::offerDemoData(*db, this);
        setDatabase(std::move(db));
    }
}

QStringList MainWindow::importableFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    static const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt")};
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isFile() && suffixes.contains(info.suffix().toLower()))
            files << info.absoluteFilePath();
    }
    return files;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_db->isReadOnly() && !importableFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = importableFiles(event->mimeData());
    if (files.isEmpty() || m_db->isReadOnly()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    importFiles(files);
}

void MainWindow::showImportBatches()
{
    auto *dialog = new ImportBatchesDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportBatchesDialog::batchUndone, this, [this] {
        m_undo->clear(); // edits on the stack may name creators the undo removed
        m_roster->reloadLookups();
        m_roster->refresh();
    });
    dialog->open();
}

void MainWindow::importFiles(const QStringList &files)
{
    if (m_db->isReadOnly())
        return;
    QStringList chosen = files;
    if (chosen.isEmpty()) {
        chosen = QFileDialog::getOpenFileNames(this, tr("Import creators"),
                                               QFileInfo(m_db->spec().path).absolutePath(),
                                               tr("Text tables (*.csv *.tsv *.txt);;All files (*)"));
        if (chosen.isEmpty())
            return;
    }
    auto *dialog = new ImportDialog(*m_db, chosen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &MainWindow::importCommitted);
    dialog->open();
}

void MainWindow::importCommitted(const ImportResult &result)
{
    // Every screen showing creators reloads; the change feed is told this commit was ours.
    m_workspace->showOutsideChanges({});
    m_workspace->changeFeed()->catchUp();
    const QLocale locale;
    statusBar()->showMessage(tr("Imported: %1 created, %2 updated, %3 skipped, %4 rejected")
                                 .arg(locale.toString(result.created), locale.toString(result.updated),
                                      locale.toString(result.skipped()), locale.toString(result.rejected)),
                             15000);
}

void MainWindow::showStoreError(const QString &title, const StoreError &error)
{
    QMessageBox box(QMessageBox::Critical, title, error.message, QMessageBox::Ok, this);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

void MainWindow::setLanguage(const QString &language)
{
    AppSettings::setLanguage(language);
    m_language.apply(language);
    (m_language.current() == QLatin1String("zh_CN") ? m_chineseAction : m_englishAction)->setChecked(true);
}

void MainWindow::openPreferences()
{
    const Preferences current{AppSettings::language(), AppSettings::tierThresholds(), AppSettings::dueGraceDays()};
    SettingsDialog dialog(current, this);
    if (dialog.exec() == QDialog::Accepted)
        applyPreferences(dialog.preferences());
}

void MainWindow::applyPreferences(const Preferences &p)
{
    if (p.tiers != AppSettings::tierThresholds() || p.dueGraceDays != AppSettings::dueGraceDays()) {
        AppSettings::setTierThresholds(p.tiers);
        AppSettings::setDueGraceDays(p.dueGraceDays);
        m_workspace->applySettings(p.tiers, p.dueGraceDays);
    }
    if (p.language != AppSettings::language()) {
        AppSettings::setLanguage(p.language);
        // "Follow the system" may name the language already shown: nothing to switch then.
        if (Language::resolve(p.language) != m_language.current())
            setLanguage(p.language);
    }
}

void MainWindow::updateUndoTexts()
{
    // A command's own text is shown, not read as an accelerator ("A & B").
    const QString undo = QString(m_undo->undoText()).replace(QLatin1Char('&'), QLatin1String("&&"));
    const QString redo = QString(m_undo->redoText()).replace(QLatin1Char('&'), QLatin1String("&&"));
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_columnsMenu->setTitle(tr("&Columns"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main tool bar"));
    m_newDbAction->setText(tr("&New Database…"));
    m_openDbAction->setText(tr("&Open Database…"));
    m_connectAction->setText(tr("Database &Connection…"));
    m_connectAction->setToolTip(tr("Work on a database file or on a team's PostgreSQL server"));
    m_copyToServerAction->setText(tr("Copy to a &Team Server…"));
    m_copyToServerAction->setToolTip(tr("Put this file's data on an empty PostgreSQL server database for the team"));
    m_teamMembersAction->setText(tr("Team &Members…"));
    m_teamMembersAction->setToolTip(tr("Who may change the team's data and who may only read it (the database's owner)"));
    m_backupAction->setText(tr("&Back Up…"));
    m_backupAction->setToolTip(tr("Write a consistent copy of the open database"));
    m_importAction->setText(tr("&Import…"));
    m_batchesAction->setText(tr("Import &Batches…"));
    m_importAction->setToolTip(tr("Import creators from CSV files (you can also drop files on the window)"));
    m_quitAction->setText(tr("&Quit"));
    m_newCreatorAction->setText(tr("&New Creator…"));
    m_editCreatorAction->setText(tr("&Edit Creator…"));
    m_deleteCreatorAction->setText(tr("&Delete Creator…"));
    m_findAction->setText(tr("&Find"));
    m_shortlistsAction->setText(tr("S&hortlists…"));
    m_shortlistsAction->setToolTip(tr("Saved shortlists: show one in the roster, add its creators to a campaign"));
    m_creatorChartsAction->setText(tr("&Charts for This Creator"));
    m_creatorChartsAction->setToolTip(tr("Follower history and post metrics of the selected creator"));
    m_refreshAction->setText(tr("&Refresh"));
    m_aboutAction->setText(tr("&About RedRoster"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_preferencesAction->setToolTip(tr("Language, tier thresholds and when final metrics are overdue"));
    updateUndoTexts();
    m_reports->retranslate();
    updateCounts(m_filtered, m_total);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setWindowLayout(saveGeometry(), saveState());
    AppSettings::setRosterHeaderState(m_roster->saveHeaderState());
    event->accept();
}

} // namespace rr
