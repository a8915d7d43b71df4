// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportJob.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace rr {

class Database;
class ImportFormatBar;
class ImportPreviewModel;
class MappingPanel;
struct PreviewBuffer;

// Imports one or several CSV / TSV files, one after another, each as its own batch: format and
// mapping choices, a dry-run preview of the first rows as they will be stored, the duplicate
// policy, then the real import off the GUI thread with progress and Cancel.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Database &db, const QStringList &files, QWidget *parent = nullptr);
    ~ImportDialog() override;

    int currentFile() const { return m_index; }
    // The result of the last dry run or import of the current file.
    const ImportResult &lastResult() const { return m_last; }
    bool isPreviewing() const { return m_previewJob != nullptr; }
    bool isImporting() const { return m_importJob != nullptr; }
    ImportPreviewModel *previewModel() const { return m_model; }

    void showFile(int index);
    // Writes the report of the last dry run or import (ImportReport::writeCsv); false with a reason.
    bool saveReportTo(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    // A file was imported and committed (emitted once per file).
    void imported(const rr::ImportResult &result);
    void previewReady();

protected:
    void reject() override;

private:
    void buildUi();
    void startPreview();
    void previewFinished(const ImportResult &result, const std::shared_ptr<PreviewBuffer> &buffer);
    void startImport();
    void importFinished(const ImportResult &result);
    void saveReport();
    void updateButtons();
    void retireJob(ImportJob *&job);
    ImportRequest request(bool dryRun) const;
    DuplicatePolicy policy() const;
    QString countsText(const ImportResult &r) const;

    Database &m_db;
    QStringList m_files;
    int m_index = -1;
    std::optional<ColumnMapping> m_mapping; // the user's mapping; automatic when unset
    ImportResult m_last;
    bool m_haveResult = false;
    bool m_planned = false; // the current file's dry run succeeded: it can be imported (again after a cancel)
    QList<bool> m_done;                     // per file: committed
    quint64 m_generation = 0;
    bool m_closeWhenDone = false;
    ImportJob *m_previewJob = nullptr;
    ImportJob *m_importJob = nullptr;

    QLabel *m_fileLabel = nullptr;
    QPushButton *m_prevButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    ImportFormatBar *m_format = nullptr;
    MappingPanel *m_mappingPanel = nullptr;
    ImportPreviewModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_refusalLabel = nullptr;
    QButtonGroup *m_policy = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QPushButton *m_reportButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace rr
