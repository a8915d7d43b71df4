// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "Icons.h"
#include "ImportFormatBar.h"
#include "ImportPreviewModel.h"
#include "MappingPanel.h"

#include "import/ImportReport.h"
#include "store/Database.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

// The first rows of a dry run, filled on the worker thread.
struct PreviewBuffer
{
    static constexpr int Limit = 100;
    QMutex mutex;
    QList<PreviewRow> rows;
};

ImportDialog::ImportDialog(Database &db, const QStringList &files, QWidget *parent)
    : QDialog(parent), m_db(db), m_files(files)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import creators"));
    m_done = QList<bool>(files.size(), false);
    buildUi();
    resize(1100, 720);
    if (!m_files.isEmpty())
        showFile(0);
}

ImportDialog::~ImportDialog()
{
    // Jobs are children: their destructors cancel and wait for their threads.
    ++m_generation;
}

void ImportDialog::buildUi()
{
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_prevButton = new QPushButton(tr("Previous file"), this);
    m_prevButton->setObjectName(QStringLiteral("previousFileButton"));
    m_nextButton = new QPushButton(tr("Next file"), this);
    m_nextButton->setObjectName(QStringLiteral("nextFileButton"));
    connect(m_prevButton, &QPushButton::clicked, this, [this] { showFile(m_index - 1); });
    connect(m_nextButton, &QPushButton::clicked, this, [this] { showFile(m_index + 1); });

    m_format = new ImportFormatBar(this);
    m_format->setObjectName(QStringLiteral("formatBar"));
    connect(m_format, &ImportFormatBar::formatEdited, this, &ImportDialog::startPreview);

    m_mappingPanel = new MappingPanel(this);
    connect(m_mappingPanel, &MappingPanel::mappingEdited, this, [this] {
        m_mapping = m_mappingPanel->mapping();
        startPreview();
    });

    m_model = new ImportPreviewModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(120);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setWordWrap(true);
    m_refusalLabel = new QLabel(this);
    m_refusalLabel->setObjectName(QStringLiteral("refusalLabel"));
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setStyleSheet(QStringLiteral("color: #b42318; font-weight: bold;"));
    m_refusalLabel->hide();

    auto *policyBox = new QGroupBox(tr("Creators already in the database"), this);
    m_policy = new QButtonGroup(this);
    auto *policyLayout = new QHBoxLayout(policyBox);
    const std::pair<DuplicatePolicy, QString> policies[] = {
        {DuplicatePolicy::Skip, tr("&Skip them")},
        {DuplicatePolicy::Fill, tr("&Fill their empty fields")},
        {DuplicatePolicy::Overwrite, tr("&Overwrite with the file's values")}};
    for (const auto &[p, text] : policies) {
        auto *radio = new QRadioButton(text, policyBox);
        radio->setObjectName(QStringLiteral("policy_") + ImportText::policyKey(p));
        m_policy->addButton(radio, int(p));
        policyLayout->addWidget(radio);
    }
    m_policy->button(int(DuplicatePolicy::Skip))->setChecked(true);
    policyLayout->addStretch(1);
    connect(m_policy, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            startPreview();
    });

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_outcomeLabel = new QLabel(this);
    m_outcomeLabel->setObjectName(QStringLiteral("outcomeLabel"));
    m_outcomeLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_reportButton = buttons->addButton(tr("Save &report…"), QDialogButtonBox::ActionRole);
    m_reportButton->setObjectName(QStringLiteral("saveReportButton"));
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setIcon(themedIcon(QStringLiteral("file-import")));
    m_cancelButton = buttons->addButton(tr("Cancel import"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    // The button box must not accept or reject on its own: each button has its own job.
    connect(m_reportButton, &QPushButton::clicked, this, &ImportDialog::saveReport);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_importJob)
            m_importJob->cancel();
    });
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::reject);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_prevButton);
    fileRow->addWidget(m_nextButton);

    auto *previewSide = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_table, 1);
    previewLayout->addWidget(m_countsLabel);
    previewLayout->addWidget(m_refusalLabel);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_mappingPanel);
    splitter->addWidget(previewSide);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_format);
    layout->addWidget(splitter, 1);
    layout->addWidget(policyBox);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcomeLabel);
    layout->addWidget(buttons);
}

void ImportDialog::showFile(int index)
{
    if (index < 0 || index >= m_files.size() || m_importJob)
        return;
    m_index = index;
    const QString path = m_files.at(index);
    m_fileLabel->setText(tr("File %1 of %2: %3").arg(index + 1).arg(m_files.size())
                             .arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    QByteArray head;
    if (file.open(QIODevice::ReadOnly))
        head = file.read(64 * 1024);
    m_format->setFormat(sniffCsvFormat(head));
    m_mapping.reset();
    m_haveResult = false;
    m_planned = false;
    m_outcomeLabel->setText(m_done.at(index) ? tr("This file has been imported.") : QString());
    startPreview();
}

ImportRequest ImportDialog::request(bool dryRun) const
{
    ImportRequest rq;
    rq.filePath = m_files.value(m_index);
    rq.format = m_format->format();
    rq.mapping = m_mapping;
    rq.policy = policy();
    rq.dryRun = dryRun;
    return rq;
}

DuplicatePolicy ImportDialog::policy() const
{
    return DuplicatePolicy(m_policy->checkedId());
}

void ImportDialog::retireJob(ImportJob *&job)
{
    if (!job)
        return;
    job->cancel();
    disconnect(job, nullptr, this, nullptr);
    if (job->isRunning())
        connect(job, &ImportJob::finished, job, &QObject::deleteLater);
    else
        job->deleteLater();
    job = nullptr;
}

void ImportDialog::startPreview()
{
    if (m_index < 0 || m_importJob)
        return;
    retireJob(m_previewJob);
    m_planned = false; // until this preview says otherwise
    const quint64 generation = ++m_generation;
    auto buffer = std::make_shared<PreviewBuffer>();
    auto *job = new ImportJob(request(true), this);
    job->setRowCallback([buffer](const CsvRecord &record, const RowPlan &plan) {
        const QMutexLocker lock(&buffer->mutex);
        if (buffer->rows.size() < PreviewBuffer::Limit)
            buffer->rows.push_back({record, plan});
    });
    connect(job, &ImportJob::finished, this, [this, generation, buffer](const ImportResult &result) {
        if (generation == m_generation)
            previewFinished(result, buffer);
    });
    m_previewJob = job;
    m_countsLabel->setText(tr("Reading the file…"));
    updateButtons();
    job->start(m_db);
}

void ImportDialog::previewFinished(const ImportResult &result, const std::shared_ptr<PreviewBuffer> &buffer)
{
    retireJob(m_previewJob);
    m_last = result;
    m_haveResult = true;
    m_planned = result.outcome == ImportResult::Outcome::DryRun;
    m_mappingPanel->setMapping(result.header, result.mapping);
    QList<PreviewRow> rows;
    {
        const QMutexLocker lock(&buffer->mutex);
        rows = buffer->rows;
    }
    m_model->setPreview(result.mapping, rows);
    m_table->resizeColumnsToContents();
    const bool refused = result.outcome != ImportResult::Outcome::DryRun;
    if (refused) {
        QString text = result.message;
        if (result.issue && !text.contains(QString::number(result.issue->line)))
            text = tr("Line %1, column %2: %3").arg(result.issue->line).arg(result.issue->column).arg(text);
        m_refusalLabel->setText(tr("This file cannot be imported. %1").arg(text));
    }
    m_refusalLabel->setVisible(refused);
    m_countsLabel->setText(countsText(result));
    updateButtons();
    emit previewReady();
}

QString ImportDialog::countsText(const ImportResult &r) const
{
    const QLocale l;
    return tr("%1 rows: %2 to create, %3 to update, %4 skipped (%5 already stored, %6 duplicates in the file, "
              "%7 do not contact), %8 rejected; %9 doubtful and %10 invalid cells.")
        .arg(l.toString(r.rowsTotal), l.toString(r.created), l.toString(r.updated), l.toString(r.skipped()),
             l.toString(r.skippedExisting + r.unchanged), l.toString(r.duplicatesInFile),
             l.toString(r.doNotContact), l.toString(r.rejected), l.toString(r.doubtfulCells))
        .arg(l.toString(r.invalidCells));
}

void ImportDialog::startImport()
{
    if (m_index < 0 || m_importJob || !m_planned)
        return;
    retireJob(m_previewJob);
    ++m_generation;
    auto *job = new ImportJob(request(false), this);
    connect(job, &ImportJob::progress, this, [this](qint64 read, qint64 total, qint64) {
        if (total > 0)
            m_progress->setValue(int(read * 1000 / total));
    });
    connect(job, &ImportJob::finished, this, &ImportDialog::importFinished);
    m_importJob = job;
    m_progress->setValue(0);
    m_progress->show();
    m_outcomeLabel->setText(tr("Importing…"));
    updateButtons();
    job->start(m_db);
}

void ImportDialog::importFinished(const ImportResult &result)
{
    retireJob(m_importJob);
    m_progress->hide();
    m_last = result;
    m_haveResult = true;
    const QLocale l;
    switch (result.outcome) {
    case ImportResult::Outcome::Committed:
        m_done[m_index] = true;
        m_outcomeLabel->setText(tr("Imported: %1 created, %2 updated, %3 skipped, %4 rejected.")
                                    .arg(l.toString(result.created), l.toString(result.updated),
                                         l.toString(result.skipped()), l.toString(result.rejected)));
        emit imported(result);
        break;
    case ImportResult::Outcome::Cancelled:
        m_outcomeLabel->setText(tr("Cancelled: nothing was written."));
        break;
    default:
        m_outcomeLabel->setText(tr("The import failed: nothing was written. %1").arg(result.message));
        break;
    }
    updateButtons();
    if (m_closeWhenDone)
        QDialog::reject();
}

void ImportDialog::saveReport()
{
    if (!m_haveResult)
        return;
    const QFileInfo source(m_files.value(m_index));
    const QString suggested = source.dir().filePath(source.completeBaseName() + QStringLiteral("-report.csv"));
    const QString target = QFileDialog::getSaveFileName(this, tr("Save import report"), suggested,
                                                        tr("CSV file (*.csv)"));
    if (target.isEmpty())
        return;
    QString error;
    if (!saveReportTo(target, &error))
        QMessageBox::warning(this, tr("Save import report"), error);
}

bool ImportDialog::saveReportTo(const QString &path, QString *error) const
{
    QFile out(path);
    if (!m_haveResult || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !ImportReport::writeCsv(m_last, m_files.value(m_index), &out)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    return true;
}

void ImportDialog::updateButtons()
{
    const bool importing = m_importJob != nullptr;
    const bool current = m_index >= 0 && m_index < m_done.size();
    const bool ready = current && !importing && !m_previewJob && m_planned && !m_done.at(m_index) && !m_db.isReadOnly();
    m_importButton->setEnabled(ready);
    m_cancelButton->setVisible(importing);
    m_closeButton->setEnabled(!importing);
    m_reportButton->setEnabled(m_haveResult && !importing && !m_previewJob);
    m_prevButton->setEnabled(!importing && m_index > 0);
    m_nextButton->setEnabled(!importing && m_index + 1 < m_files.size());
    m_prevButton->setVisible(m_files.size() > 1);
    m_nextButton->setVisible(m_files.size() > 1);
    m_format->setEnabled(!importing && !(current && m_done.at(m_index)));
    m_mappingPanel->setEnabled(!importing && !(current && m_done.at(m_index)));
    for (QAbstractButton *b : m_policy->buttons())
        b->setEnabled(!importing);
}

void ImportDialog::reject()
{
    if (m_importJob) {
        m_closeWhenDone = true;
        m_importJob->cancel(); // the dialog closes when the job has rolled back
        return;
    }
    QDialog::reject();
}

} // namespace rr
