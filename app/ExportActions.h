// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace rr {

class Database;
class Workspace;

// File → Export (issue 6 §4): the roster as its filters show it and the open campaign, each as
// an Excel workbook (.xlsx, typed cells) or UTF-8 CSV, chosen in the save dialog; and the
// selected creator's whole record as JSON (a privacy request). Errors name the file.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    ExportActions(QWidget *window, QObject *parent);

    void setContext(Database *db, Workspace *workspace);
    void addTo(QMenu *fileMenu);
    void retranslate();
    void update();

    // The work behind the menu items once a file is chosen; the format follows the file's
    // suffix (.xlsx or else CSV). False, after telling the user why, when nothing was written.
    bool exportRosterTo(const QString &file);
    bool exportCampaignTo(const QString &file);
    bool exportCreatorTo(const QString &file);

    QAction *rosterAction() const { return m_roster; }
    QAction *campaignAction() const { return m_campaign; }
    // The last message shown to the user (for tests), empty when none.
    QString lastMessage() const { return m_lastMessage; }

private:
    void exportRoster();
    void exportCampaign();
    void exportCreator();
    // A save dialog offering .xlsx (when this build has it) and .csv; a name without a suffix
    // gets the chosen filter's. Empty when cancelled.
    QString tableFileName(const QString &title, const QString &baseName);
    bool finish(const QString &title, bool ok, const QString &error);
    void warnOmitted(const QString &title, qint64 omitted);
    void warn(const QString &title, const QString &text);

    QWidget *m_window;
    Database *m_db = nullptr;
    Workspace *m_workspace = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_roster = nullptr;
    QAction *m_campaign = nullptr;
    QAction *m_creator = nullptr;
    QString m_lastMessage;
};

} // namespace rr
