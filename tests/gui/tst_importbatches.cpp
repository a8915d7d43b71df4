// SPDX-License-Identifier: GPL-3.0-or-later
// The batches dialog lists committed imports and undoes one as a whole.
#include "import/ImportBatchesDialog.h"
#include "import/ImportJob.h"
#include "store/Database.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

class TestImportBatches : public QObject
{
    Q_OBJECT
private slots:
    void listAndUndo()
    {
        QTemporaryDir dir;
        StoreError err;
        auto db = Database::open(ConnectionSpec::sqlite(dir.filePath(QStringLiteral("b.sqlite"))), &err);
        QVERIFY2(db, qPrintable(err.detail));
        ImportRequest request;
        request.filePath = QStringLiteral(REDROSTER_TEST_DATA "/import/creators_utf8.csv");
        ImportJob job(request);
        const ImportResult result = job.run(*db);
        QCOMPARE(result.outcome, ImportResult::Outcome::Committed);
        QCOMPARE(result.created, 3);

        ImportBatchesDialog dialog(*db);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("batchTable"));
        auto *undo = dialog.findChild<QPushButton *>(QStringLiteral("undoBatchButton"));
        QVERIFY(table && undo);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("creators_utf8.csv"));
        QVERIFY(!undo->isEnabled());
        table->selectRow(0);
        QVERIFY(undo->isEnabled());

        QSignalSpy undone(&dialog, &ImportBatchesDialog::batchUndone);
        QVERIFY(dialog.undoBatch(result.batchId, false));
        QCOMPARE(undone.count(), 1);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM creators")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(!table->item(0, 6)->text().isEmpty()); // shown as undone
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("undoResult"))->text().contains(QStringLiteral("3")));
        // Not twice.
        QVERIFY(!dialog.undoBatch(result.batchId, false));
        table->selectRow(0);
        QVERIFY(!undo->isEnabled());
    }
};

QTEST_MAIN(TestImportBatches)
#include "tst_importbatches.moc"
