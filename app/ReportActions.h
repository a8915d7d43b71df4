// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class QAction;
class QActionGroup;
class QMenu;
class QPrinter;
class QWidget;

namespace rr {

class Database;
class ExportActions;
class Workspace;

// File menu entries for reports and exports (issue 6 §3, §4): print preview, print and PDF of
// the campaign open on the Campaigns tab in the chosen report language (remembered, independent
// of the interface language), the selected creator's one-page profile, and the Export submenu
// (ExportActions), and the roster sheet: the creators the roster shows, as a landscape list.
// Owns the application's one printer, whose page setup survives restarts.
class ReportActions : public QObject
{
    Q_OBJECT
public:
    explicit ReportActions(QWidget *window);
    ~ReportActions() override;

    // The open database and its screens (null while none is open).
    void setContext(Database *db, Workspace *workspace);
    // Adds the entries to the File menu.
    void addTo(QMenu *fileMenu);
    void retranslate();
    // Enables what the current selection allows.
    void update();

    QString reportLanguage() const;

    // The actions, for tests.
    QAction *previewAction() const { return m_preview; }
    QAction *pdfAction() const { return m_pdf; }
    ExportActions *exports() const { return m_exports; }

private:
    bool prepare(); // builds the campaign's report document into m_document
    QPrinter *printer();
    void previewProfile();
    void exportProfile();
    void previewSheet();
    void exportSheet();
    void previewReport();
    void printReport();
    void exportPdf();
    QString saveName(const QString &title, const QString &baseName, const QString &filter);

    QWidget *m_window;
    ExportActions *m_exports = nullptr;
    Database *m_db = nullptr;
    Workspace *m_workspace = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    std::unique_ptr<class CampaignReportDocument> m_document;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languages = nullptr;
    QAction *m_chinese = nullptr;
    QAction *m_english = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_print = nullptr;
    QAction *m_pdf = nullptr;
    QAction *m_profilePreview = nullptr;
    QAction *m_profilePdf = nullptr;
    QAction *m_sheetPreview = nullptr;
    QAction *m_sheetPdf = nullptr;
};

} // namespace rr
