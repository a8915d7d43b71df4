// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportBatchesDialog.h"

#include "Icons.h"
#include "import/ImportBatches.h"
#include "store/Database.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

namespace {
constexpr int idRole = Qt::UserRole + 1;

QString shownTime(const QString &isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : isoUtc;
}
} // namespace

ImportBatchesDialog::ImportBatchesDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Import batches"));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Batch"), tr("Imported"), tr("File"), tr("By"), tr("Rows"),
                                        tr("New / updated / skipped"), tr("Undone")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("undoResult"));
    m_result->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo Batch…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoBatchButton"));
    m_undo->setIcon(themedIcon(QStringLiteral("arrow-back-up")));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedBatch())
            undoBatch(id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportBatchesDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(900, 420);
    reload();
}

void ImportBatchesDialog::reload()
{
    StoreError error;
    const QList<ImportBatch> batches = ImportBatches::list(m_db, &error);
    m_table->setRowCount(0);
    if (error) {
        m_result->setText(error.message);
        return;
    }
    const QLocale locale;
    for (const ImportBatch &b : batches) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{QStringLiteral("#%1").arg(b.id), shownTime(b.importedAt), b.fileName, b.importedBy,
                                locale.toString(b.rowsTotal),
                                QStringLiteral("%1 / %2 / %3").arg(locale.toString(b.rowsCreated),
                                                                   locale.toString(b.rowsUpdated),
                                                                   locale.toString(b.rowsSkipped)),
                                b.isUndone() ? shownTime(b.undoneAt) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(idRole, b.id);
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

qint64 ImportBatchesDialog::selectedBatch() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(idRole).toLongLong();
}

void ImportBatchesDialog::updateButtons()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    const bool undone = !items.isEmpty() && !m_table->item(items.first()->row(), 6)->text().isEmpty();
    m_undo->setEnabled(!items.isEmpty() && !undone && !m_db.isReadOnly());
}

bool ImportBatchesDialog::undoBatch(qint64 batchId, bool confirm)
{
    if (confirm) {
        const auto answer = QMessageBox::question(
            this, tr("Undo import batch"),
            tr("Undo batch #%1? Creators it added are deleted and fields it changed are put back, in one "
               "step. Creators someone worked on since the import are kept.").arg(batchId));
        if (answer != QMessageBox::Yes)
            return false;
    }
    StoreError error;
    UndoReport report;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ImportBatches::undo(m_db, batchId, &error, &report);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        m_result->setText(tr("Nothing was undone: %1").arg(error.message));
        return false;
    }
    QString text = tr("Batch #%1 undone: %2 creators deleted, %3 restored.")
                       .arg(batchId).arg(report.creatorsDeleted).arg(report.creatorsRestored);
    if (!report.keptEdited.isEmpty() || !report.conflicts.isEmpty())
        text += QLatin1Char(' ') + tr("Kept %1 creators worked on since the import; left %2 edited again.")
                                       .arg(report.keptEdited.size()).arg(report.conflicts.size());
    m_result->setText(text);
    reload();
    emit batchUndone(batchId);
    return true;
}

} // namespace rr
