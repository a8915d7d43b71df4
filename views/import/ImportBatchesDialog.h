// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rr {

class Database;

// The import batches of the open database, newest first, each undoable as a whole.
class ImportBatchesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportBatchesDialog(Database &db, QWidget *parent = nullptr);

    void reload();
    // Undoes the batch in one transaction; asks first unless `confirm` is false. True when undone.
    bool undoBatch(qint64 batchId, bool confirm = true);

signals:
    void batchUndone(qint64 batchId);

private:
    qint64 selectedBatch() const;
    void updateButtons();

    Database &m_db;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace rr
