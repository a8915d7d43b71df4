// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportActions.h"

#include "WindowWarning.h"

#include "AppSettings.h"
#include "ExportActions.h"
#include "Icons.h"
#include "Language.h"
#include "Workspace.h"
#include "campaign/CampaignScreen.h"
#include "report/CampaignReportDocument.h"
#include "report/CreatorReport.h"
#include "report/CreatorReportDocument.h"
#include "report/PageSetupStore.h"
#include "report/ReportPreview.h"
#include "report/RosterSheet.h"
#include "report/RosterSheetDocument.h"
#include "roster/FilterBar.h"
#include "roster/RosterScreen.h"
#include "store/Database.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QWidget>

namespace rr {

namespace {

const char *const kLanguageKey = "report/language";

} // namespace

ReportActions::ReportActions(QWidget *window) : QObject(window), m_window(window)
{
    const auto make = [this](const char *icon, auto slot) {
        auto *a = new QAction(this);
        if (icon)
            a->setIcon(themedIcon(QString::fromLatin1(icon)));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_preview = make("printer", &ReportActions::previewReport);
    m_print = make(nullptr, &ReportActions::printReport);
    m_print->setShortcut(QKeySequence::Print);
    m_pdf = make("file-type-pdf", &ReportActions::exportPdf);
    m_exports = new ExportActions(window, this);
    m_profilePreview = make(nullptr, &ReportActions::previewProfile);
    m_profilePdf = make(nullptr, &ReportActions::exportProfile);
    m_sheetPreview = make(nullptr, &ReportActions::previewSheet);
    m_sheetPdf = make(nullptr, &ReportActions::exportSheet);

    m_languages = new QActionGroup(this);
    m_chinese = new QAction(QStringLiteral("中文"), m_languages);
    m_english = new QAction(QStringLiteral("English"), m_languages);
    m_chinese->setCheckable(true);
    m_english->setCheckable(true);
    QString language = QSettings().value(QLatin1String(kLanguageKey)).toString();
    if (language.isEmpty())
        language = Language::resolve(AppSettings::language()); // the interface's at first
    (language == QLatin1String("zh_CN") ? m_chinese : m_english)->setChecked(true);
    connect(m_languages, &QActionGroup::triggered, this,
            [this] { QSettings().setValue(QLatin1String(kLanguageKey), reportLanguage()); });
}

ReportActions::~ReportActions() = default;

void ReportActions::setContext(Database *db, Workspace *workspace)
{
    m_db = db;
    m_workspace = workspace;
    m_document.reset();
    m_exports->setContext(db, workspace);
    if (workspace) {
        connect(workspace->campaigns(), &CampaignScreen::currentCampaignChanged, this, &ReportActions::update);
        connect(workspace->roster(), &RosterScreen::currentCreatorChanged, this, &ReportActions::update);
    }
    update();
}

void ReportActions::addTo(QMenu *fileMenu)
{
    fileMenu->addAction(m_preview);
    fileMenu->addAction(m_print);
    fileMenu->addAction(m_pdf);
    fileMenu->addAction(m_profilePreview);
    fileMenu->addAction(m_profilePdf);
    fileMenu->addAction(m_sheetPreview);
    fileMenu->addAction(m_sheetPdf);
    m_languageMenu = fileMenu->addMenu(themedIcon(QStringLiteral("language")), QString());
    m_languageMenu->addAction(m_chinese);
    m_languageMenu->addAction(m_english);
    m_exports->addTo(fileMenu);
    retranslate();
}

void ReportActions::retranslate()
{
    m_preview->setText(tr("Print Pre&view…"));
    m_preview->setToolTip(tr("Preview the report of the campaign open on the Campaigns tab"));
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("Export Report as P&DF…"));
    if (m_languageMenu)
        m_languageMenu->setTitle(tr("Report &Language"));
    m_profilePreview->setText(tr("Preview Creator &Profile…"));
    m_profilePreview->setToolTip(tr("A one-page profile of the creator selected in the roster"));
    m_profilePdf->setText(tr("Export Creator Profile as PDF…"));
    m_sheetPreview->setText(tr("Preview Roster &Sheet…"));
    m_sheetPreview->setToolTip(tr("The creators the roster shows (a shortlist when it shows one), as a printable list"));
    m_sheetPdf->setText(tr("Export Roster Sheet as PDF…"));
    m_exports->retranslate();
}

void ReportActions::update()
{
    const bool campaign = m_workspace && m_workspace->campaigns()->currentCampaignId() > 0;
    for (QAction *a : {m_preview, m_print, m_pdf})
        a->setEnabled(campaign);
    m_exports->update();
    const bool creator = m_workspace && m_workspace->roster()->currentCreatorId() > 0;
    for (QAction *a : {m_profilePreview, m_profilePdf})
        a->setEnabled(creator);
    for (QAction *a : {m_sheetPreview, m_sheetPdf})
        a->setEnabled(m_db && m_workspace);
}

QString ReportActions::reportLanguage() const
{
    return m_chinese->isChecked() ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool ReportActions::prepare()
{
    const qint64 id = m_workspace ? m_workspace->campaigns()->currentCampaignId() : 0;
    if (!m_db || id <= 0)
        return false;
    CampaignReportData data;
    StoreError error;
    if (!CampaignReportLoader::load(*m_db, id, AppSettings::metricSettings(), QDate::currentDate(), &data, &error)) {
        showWindowWarning(m_window, tr("Report"), tr("The report could not be made: %1").arg(error.message));
        return false;
    }
    m_document = std::make_unique<CampaignReportDocument>(*m_db, data, reportLanguage());
    // A warning about the document itself (no CJK font) is read before the preview opens, so it
    // waits for OK; failures that end an action are window-modal (showWindowWarning).
    if (!m_document->warning().isEmpty())
        QMessageBox::warning(m_window, tr("Report"), m_document->warning());
    printer();
    m_printer->setDocName(m_document->decor().title);
    return true;
}

namespace {

// The profile of the roster's current creator, or null (with the reason shown).
std::unique_ptr<CreatorReportDocument> creatorProfile(Database *db, Workspace *workspace, const QString &language,
                                                      QWidget *window)
{
    const qint64 id = workspace ? workspace->roster()->currentCreatorId() : 0;
    if (!db || id <= 0)
        return nullptr;
    CreatorReportData data;
    StoreError error;
    if (!CreatorReportLoader::load(*db, id, AppSettings::metricSettings(), QDate::currentDate(), &data, &error)) {
        showWindowWarning(window, ReportActions::tr("Report"),
                          ReportActions::tr("The report could not be made: %1").arg(error.message));
        return nullptr;
    }
    auto doc = std::make_unique<CreatorReportDocument>(data, language);
    if (!doc->warning().isEmpty())
        QMessageBox::warning(window, ReportActions::tr("Report"), doc->warning());
    return doc;
}

// The roster as filtered and sorted on screen (a shortlist when the roster shows one), as a
// printable sheet, or null (with the reason shown).
std::unique_ptr<RosterSheetDocument> rosterSheet(Database *db, Workspace *workspace, const QString &language,
                                                 QWidget *window)
{
    if (!db || !workspace)
        return nullptr;
    RosterScreen *roster = workspace->roster();
    const QHeaderView *header = roster->view()->horizontalHeader();
    const int section = header->sortIndicatorSection();
    const bool sorted = section >= 0 && section < rosterColumnCount;
    RosterSheetData data;
    StoreError error;
    if (!RosterSheetLoader::loadRoster(*db, roster->filterBar()->filter(), AppSettings::metricSettings(), QDate::currentDate(), &data,
                                       &error, RosterSheetData::kMaxRows,
                                       sorted ? static_cast<RosterColumn>(section) : RosterColumn::Tier,
                                       sorted ? header->sortIndicatorOrder() : Qt::DescendingOrder)) {
        showWindowWarning(window, ReportActions::tr("Report"),
                          ReportActions::tr("The report could not be made: %1").arg(error.message));
        return nullptr;
    }
    auto doc = std::make_unique<RosterSheetDocument>(data, language);
    if (!doc->warning().isEmpty())
        QMessageBox::warning(window, ReportActions::tr("Report"), doc->warning());
    return doc;
}

} // namespace

void ReportActions::previewSheet()
{
    const std::unique_ptr<RosterSheetDocument> doc = rosterSheet(m_db, m_workspace, reportLanguage(), m_window);
    if (!doc)
        return;
    // The sheet is landscape; the reports' remembered page setup stays as it was.
    QPrinter *p = printer();
    const QPageLayout reports = p->pageLayout();
    p->setPageOrientation(QPageLayout::Landscape);
    ReportPreview::preview(doc->document(), doc->decor(), p, m_window);
    p->setPageLayout(reports);
}

void ReportActions::exportSheet()
{
    const std::unique_ptr<RosterSheetDocument> doc = rosterSheet(m_db, m_workspace, reportLanguage(), m_window);
    if (!doc)
        return;
    const QString file = saveName(tr("Export roster sheet as PDF"), doc->decor().headerRight + QStringLiteral(".pdf"),
                                  tr("PDF document (*.pdf)"));
    if (file.isEmpty())
        return;
    QPageLayout layout = printer()->pageLayout();
    layout.setOrientation(QPageLayout::Landscape);
    QString error;
    if (!doc->writePdf(file, layout, &error))
        showWindowWarning(m_window, tr("Export roster sheet as PDF"), error);
}

QPrinter *ReportActions::printer()
{
    // The application's one printer: created on first use with the page setup last used.
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        if (!PageSetupStore::restore(m_printer.get()))
            m_printer->setPageLayout(ReportPrinter::defaultLayout());
    }
    return m_printer.get();
}

void ReportActions::previewProfile()
{
    const std::unique_ptr<CreatorReportDocument> doc = creatorProfile(m_db, m_workspace, reportLanguage(), m_window);
    if (!doc)
        return;
    printer();
    ReportPreview::preview(doc->document(), doc->decor(), m_printer.get(), m_window);
    PageSetupStore::save(*m_printer);
}

void ReportActions::exportProfile()
{
    const std::unique_ptr<CreatorReportDocument> doc = creatorProfile(m_db, m_workspace, reportLanguage(), m_window);
    if (!doc)
        return;
    const QString file = saveName(tr("Export creator profile as PDF"), doc->decor().headerRight + QStringLiteral(".pdf"),
                                  tr("PDF document (*.pdf)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!doc->writePdf(file, printer()->pageLayout(), &error))
        showWindowWarning(m_window, tr("Export creator profile as PDF"), error);
}

void ReportActions::previewReport()
{
    if (!prepare())
        return;
    ReportPreview::preview(m_document->document(), m_document->decor(), m_printer.get(), m_window);
    PageSetupStore::save(*m_printer);
}

void ReportActions::printReport()
{
    if (!prepare())
        return;
    QPrintDialog dialog(m_printer.get(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!ReportPrinter::print(m_document->document(), m_printer.get(), m_document->decor(), &error))
        showWindowWarning(m_window, tr("Print"), error);
    PageSetupStore::save(*m_printer);
}

QString ReportActions::saveName(const QString &title, const QString &baseName, const QString &filter)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(m_window, title, QDir(dir).filePath(baseName), filter);
}

void ReportActions::exportPdf()
{
    if (!prepare())
        return;
    const QString file = saveName(tr("Export report as PDF"), m_document->decor().headerRight + QStringLiteral(".pdf"),
                                  tr("PDF document (*.pdf)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!m_document->writePdf(file, m_printer->pageLayout(), &error))
        showWindowWarning(m_window, tr("Export report as PDF"), error);
}

} // namespace rr
