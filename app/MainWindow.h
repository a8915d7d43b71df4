// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QMimeData;
class QLabel;
class QMenu;
class QUndoStack;

namespace rr {

class CreatorRepository;
class Database;
class Language;
class RosterScreen;
class Workspace;
struct ImportResult;
struct Preferences;

// The shell: menus, tool bar, status bar and the current screen. Screens are their own classes;
// this window only wires them to the open database, the undo stack and the settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Database> db, Language &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_db; }
    RosterScreen *rosterScreen() const { return m_roster; }
    Workspace *workspace() const { return m_workspace; }
    QUndoStack *undoStack() const { return m_undo; }

    // Replaces the open database (File → Open / New), closing the old one.
    void setDatabase(std::unique_ptr<Database> db);

    void newCreator();
    void editCreator(qint64 id);
    void deleteSelectedCreators();
    void backUp();
    void openDatabase();
    void newDatabase();
    // File → Database Connection: a file or a team's server, chosen in a dialog.
    void chooseConnection();
    // File → Copy to a Team Server: this file's data onto an empty server database.
    void copyToServer();
    // Opens the import dialog for CSV / TSV / TXT files (File → Import…, drops); asks for files when empty.
    void importFiles(const QStringList &files = {});
    void showImportBatches();
    // The one-week rule on start: lists the campaigns whose final metrics are due, if any.
    void showDueReminder();
    // Edit → Preferences: the dialog, then applyPreferences() when it is accepted.
    void openPreferences();
    // Saves the preferences and applies them to every screen (the language at once).
    void applyPreferences(const Preferences &preferences);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void buildScreens();
    void updateUndoTexts();
    void retranslate();
    void updateCounts(int filtered, int total);
    void updateActions();
    void showStoreError(const QString &title, const class StoreError &error);
    void setLanguage(const QString &language);
    static QStringList importableFiles(const QMimeData *mime);
    void importCommitted(const ImportResult &result);

    std::unique_ptr<Database> m_db;
    Language &m_language;
    CreatorRepository *m_repository = nullptr;
    Workspace *m_workspace = nullptr;
    class ReportActions *m_reports = nullptr; // print, PDF and exports
    RosterScreen *m_roster = nullptr; // the workspace's roster
    QUndoStack *m_undo = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_dbLabel = nullptr;
    QLabel *m_connectionLabel = nullptr; // "connection lost" while a team server is away
    class ConnectionMonitor *m_monitor = nullptr; // the workspace's
    bool m_mergingEdit = false; // editCreator(): a Conflict is merged again, not reported
    int m_filtered = -1;
    int m_total = -1;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    class QToolBar *m_toolBar = nullptr;
    QAction *m_newDbAction = nullptr;
    QAction *m_openDbAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_copyToServerAction = nullptr;
    QAction *m_teamMembersAction = nullptr; // on a server only
    QAction *m_backupAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_batchesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newCreatorAction = nullptr;
    QAction *m_editCreatorAction = nullptr;
    QAction *m_deleteCreatorAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_shortlistsAction = nullptr;
    QAction *m_creatorChartsAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_preferencesAction = nullptr;
};

} // namespace rr
