// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportActions.h"

#include "WindowWarning.h"

#include "AppSettings.h"
#include "Icons.h"
#include "Workspace.h"
#include "campaign/CampaignScreen.h"
#include "export/CampaignExport.h"
#include "export/CreatorRecordExport.h"
#include "export/ExportFile.h"
#include "export/RosterExport.h"
#include "export/XlsxWriter.h"
#include "roster/FilterBar.h"
#include "roster/RosterScreen.h"
#include "store/Database.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <climits>
#include <QMenu>
#include <QStandardPaths>
#include <QWidget>

namespace rr {

namespace {

bool isXlsx(const QString &file)
{
    return QFileInfo(file).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

Metrics metrics()
{
    return Metrics(AppSettings::metricSettings());
}

} // namespace

ExportActions::ExportActions(QWidget *window, QObject *parent) : QObject(parent), m_window(window)
{
    const auto make = [this](auto slot) {
        auto *a = new QAction(this);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_roster = make(&ExportActions::exportRoster);
    m_campaign = make(&ExportActions::exportCampaign);
    m_creator = make(&ExportActions::exportCreator);
}

void ExportActions::setContext(Database *db, Workspace *workspace)
{
    m_db = db;
    m_workspace = workspace;
    update();
}

void ExportActions::addTo(QMenu *fileMenu)
{
    m_menu = fileMenu->addMenu(themedIcon(QStringLiteral("download")), QString());
    m_menu->addAction(m_roster);
    m_menu->addAction(m_campaign);
    m_menu->addAction(m_creator);
    retranslate();
}

void ExportActions::retranslate()
{
    if (m_menu)
        m_menu->setTitle(tr("E&xport"));
    m_roster->setText(tr("&Roster…"));
    m_roster->setToolTip(tr("Every creator the roster's filters show, as an Excel workbook or CSV"));
    m_campaign->setText(tr("&Campaign…"));
    m_campaign->setToolTip(tr("The open campaign's creators and, in a workbook, its posts"));
    m_creator->setText(tr("Creator's &Whole Record…"));
    m_creator->setToolTip(tr("Everything stored about the selected creator, in one file (for a privacy request)"));
}

void ExportActions::update()
{
    m_roster->setEnabled(m_db && m_workspace);
    m_campaign->setEnabled(m_db && m_workspace && m_workspace->campaigns()->currentCampaignId() > 0);
    m_creator->setEnabled(m_db && m_workspace && m_workspace->roster()->currentCreatorId() > 0);
}

QString ExportActions::tableFileName(const QString &title, const QString &baseName)
{
    const QString workbook = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    const bool xlsx = XlsxWriter::available();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QFileDialog dialog(m_window, title, dir);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters(xlsx ? QStringList{workbook, csv} : QStringList{csv});
    // The suffix is added before the dialog asks about overwriting, so a name typed without one
    // is checked as the file it will be.
    const auto suffixFor = [workbook](const QString &filter) {
        return filter == workbook ? QStringLiteral("xlsx") : QStringLiteral("csv");
    };
    dialog.setDefaultSuffix(suffixFor(dialog.selectedNameFilter()));
    connect(&dialog, &QFileDialog::filterSelected, &dialog,
            [&dialog, suffixFor](const QString &filter) { dialog.setDefaultSuffix(suffixFor(filter)); });
    dialog.selectFile(baseName + u'.' + dialog.defaultSuffix());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

bool ExportActions::finish(const QString &title, bool ok, const QString &error)
{
    if (!ok)
        warn(title, error);
    return ok;
}

void ExportActions::warn(const QString &title, const QString &text)
{
    m_lastMessage = text;
    showWindowWarning(m_window, title, text);
}

void ExportActions::warnOmitted(const QString &title, qint64 omitted)
{
    if (omitted <= 0)
        return;
    warn(title, tr("An Excel sheet holds at most %1 rows: %n row(s) were left out. Export as CSV to keep every "
                   "row.", nullptr, int(qMin<qint64>(omitted, INT_MAX)))
                    .arg(QLocale().toString(XlsxWriter::maxRows - 1)));
}

bool ExportActions::exportRosterTo(const QString &file)
{
    m_lastMessage.clear();
    if (!m_db || !m_workspace)
        return false;
    const QString title = tr("Export roster");
    const RosterFilter filter = m_workspace->roster()->filterBar()->filter();
    if (isXlsx(file)) {
        if (!XlsxWriter::available())
            return finish(title, false, XlsxWriter::unavailableMessage());
        XlsxResult result;
        const bool ok = RosterExport::writeXlsx(*m_db, filter, file, &result, AppSettings::tierThresholds());
        if (ok)
            warnOmitted(title, result.omittedRows);
        return finish(title, ok, result.message());
    }
    StoreError error;
    QString fileError;
    const bool ok = ExportFile::write(file, [&](QIODevice *device) {
        return RosterExport::writeCsv(*m_db, filter, device, nullptr, &error, AppSettings::tierThresholds());
    }, &fileError);
    return finish(title, ok, fileError.isEmpty() ? error.message : fileError);
}

bool ExportActions::exportCampaignTo(const QString &file)
{
    m_lastMessage.clear();
    const qint64 id = m_workspace ? m_workspace->campaigns()->currentCampaignId() : 0;
    if (!m_db || id <= 0)
        return false;
    const QString title = tr("Export campaign");
    if (isXlsx(file)) {
        if (!XlsxWriter::available())
            return finish(title, false, XlsxWriter::unavailableMessage());
        XlsxResult result;
        const bool ok = CampaignExport::writeXlsx(*m_db, id, file, true, &result, metrics());
        return finish(title, ok, result.message());
    }
    StoreError error;
    QString fileError;
    const bool ok = ExportFile::write(file, [&](QIODevice *device) {
        return CampaignExport::writeCollaborationsCsv(*m_db, id, device, nullptr, &error, metrics());
    }, &fileError);
    return finish(title, ok, fileError.isEmpty() ? error.message : fileError);
}

bool ExportActions::exportCreatorTo(const QString &file)
{
    m_lastMessage.clear();
    const qint64 id = m_workspace ? m_workspace->roster()->currentCreatorId() : 0;
    if (!m_db || id <= 0)
        return false;
    StoreError error;
    QString fileError;
    const bool ok = ExportFile::write(file, [&](QIODevice *device) {
        return CreatorRecordExport::writeJson(*m_db, id, device, &error);
    }, &fileError);
    return finish(tr("Export creator's whole record"), ok, fileError.isEmpty() ? error.message : fileError);
}

void ExportActions::exportRoster()
{
    const QString file = tableFileName(tr("Export roster"), tr("roster"));
    if (!file.isEmpty())
        exportRosterTo(file);
}

void ExportActions::exportCampaign()
{
    const QString file = tableFileName(tr("Export campaign"), tr("campaign"));
    if (!file.isEmpty())
        exportCampaignTo(file);
}

void ExportActions::exportCreator()
{
    const qint64 id = m_workspace ? m_workspace->roster()->currentCreatorId() : 0;
    if (id <= 0)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export creator's whole record"),
                                                      QDir(dir).filePath(tr("creator-%1").arg(id) + QStringLiteral(".json")),
                                                      tr("JSON (*.json)"));
    if (!file.isEmpty())
        exportCreatorTo(file);
}

} // namespace rr
