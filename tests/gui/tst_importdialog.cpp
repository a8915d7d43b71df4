// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog offscreen: encoding detected and changeable (UTF-8 and GB18030 files with
// Chinese headers), the dry-run preview with parsed values and marked cells, a real import into
// the creators table, and CSV files dropped on the real main window opening the dialog.
#include "ScratchSettings.h"
#include "Language.h"
#include "MainWindow.h"

#include "import/HeaderMatcher.h"
#include "import/ImportDialog.h"
#include "import/ImportPreviewModel.h"
#include "import/MappingPanel.h"
#include "roster/RosterModel.h"
#include "roster/RosterScreen.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace rr;

namespace {

// 小红书号,昵称,粉丝数,城市 / gb_one,小美,1.2万,上海 / gb_two,阿强,3500,北京 in GB18030, CRLF.
const char gbBytes[] =
    "\xd0\xa1\xba\xec\xca\xe9\xba\xc5,\xea\xc7\xb3\xc6,\xb7\xdb\xcb\xbf\xca\xfd,\xb3\xc7\xca\xd0\r\n"
    "gb_one,\xd0\xa1\xc3\xc0,1.2\xcd\xf2,\xc9\xcf\xba\xa3\r\n"
    "gb_two,\xb0\xa2\xc7\xbf,3500,\xb1\xb1\xbe\xa9\r\n";

QString cell(const ImportPreviewModel *model, int row, ImportField field)
{
    const int column = model->columnOf(field);
    return column < 0 ? QString() : model->index(row, column).data().toString();
}

QString nicknameOf(const Database &db, const QString &handle)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT nickname FROM creators WHERE handle = ?"));
    q.addBindValue(handle);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void detectsEncodingAndPreviews_data();
    void detectsEncodingAndPreviews();
    void encodingChangeRereads();
    void marksInvalidCellsAndImports();
    void refusesBrokenFile();
    void mappingEditsReachThePreview();
    void profileLoadsIntoThePreview();
    void duplicatePolicyChangesActions_data();
    void duplicatePolicyChangesActions();
    void stepsThroughSeveralFiles();
    void savesReport();
    void cancelRollsBack();
    void dropOnMainWindowOpensDialog();
    void dropOfOtherFilesIsIgnored();

private:
    std::unique_ptr<Database> freshDb(const QString &name);
    void writeFile(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    Language m_language;
};

void TestImportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useScratchSettings(m_dir.path(), QStringLiteral("RedRosterImportTest"));
    m_language.apply(QStringLiteral("en"));
    writeFile(QStringLiteral("utf8.csv"),
              QStringLiteral("小红书号,昵称,粉丝数,城市\nu_one,小红,1.2w,上海\nu_two,小蓝,abc,北京\n").toUtf8());
    writeFile(QStringLiteral("gbk.csv"), QByteArray(gbBytes));
    writeFile(QStringLiteral("changed.csv"),
              QStringLiteral("小红书号,昵称,粉丝数,城市\nu_one,小红,1.2w,杭州\n").toUtf8());
    writeFile(QStringLiteral("broken.csv"), QByteArrayLiteral("handle,nickname\nh1,\"open quote\nh2,x\n"));
    writeFile(QStringLiteral("notes.pdf"), QByteArrayLiteral("%PDF-1.4\n"));
}

void TestImportDialog::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile f(m_dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

std::unique_ptr<Database> TestImportDialog::freshDb(const QString &name)
{
    StoreError err;
    QFile::remove(m_dir.filePath(name));
    auto db = Database::open(ConnectionSpec::sqlite(m_dir.filePath(name)), &err);
    if (!db)
        qWarning("%s", qPrintable(err.detail));
    return db;
}

void TestImportDialog::detectsEncodingAndPreviews_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("nickname");
    QTest::addColumn<qint64>("followers");
    QTest::addColumn<QString>("city");
    QTest::newRow("utf-8") << QStringLiteral("utf8.csv") << int(TextEncoding::Utf8) << QStringLiteral("u_one")
                           << QStringLiteral("小红") << qint64(12000) << QStringLiteral("上海");
    QTest::newRow("gb18030") << QStringLiteral("gbk.csv") << int(TextEncoding::Gb18030) << QStringLiteral("gb_one")
                             << QStringLiteral("小美") << qint64(12000) << QStringLiteral("上海");
}

void TestImportDialog::detectsEncodingAndPreviews()
{
    QFETCH(QString, file);
    QFETCH(int, encoding);
    QFETCH(QString, handle);
    QFETCH(QString, nickname);
    QFETCH(qint64, followers);
    QFETCH(QString, city);
    auto db = freshDb(QStringLiteral("preview.sqlite"));
    QVERIFY(db);
    ImportDialog dialog(*db, {m_dir.filePath(file)});
    QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    auto *model = dialog.previewModel();
    QTRY_VERIFY(!dialog.isPreviewing() && model->rowCount() == 2);
    if (qEnvironmentVariableIsSet("RR_GRAB"))
        dialog.grab().save(QString::fromLocal8Bit(qgetenv("RR_GRAB")) + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png"));
    QCOMPARE(dialog.lastResult().outcome, ImportResult::Outcome::DryRun);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("encodingCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toInt(), encoding);
    QCOMPARE(model->index(0, ImportPreviewModel::ActionColumn).data(ImportPreviewModel::RowActionRole).toInt(),
             int(RowAction::Create));
    QCOMPARE(cell(model, 0, ImportField::Handle), handle);
    QCOMPARE(cell(model, 0, ImportField::Nickname), nickname);
    QCOMPARE(cell(model, 0, ImportField::Followers), QLocale().toString(followers));
    QCOMPARE(cell(model, 0, ImportField::City), city);
    // The mapping panel shows one target per file column.
    auto *followersCombo = dialog.findChild<QComboBox *>(QStringLiteral("fieldCombo2"));
    QVERIFY(followersCombo);
    QCOMPARE(followersCombo->currentData().toInt(), int(ImportField::Followers));
}

void TestImportDialog::encodingChangeRereads()
{
    auto db = freshDb(QStringLiteral("reread.sqlite"));
    QVERIFY(db);
    ImportDialog dialog(*db, {m_dir.filePath(QStringLiteral("gbk.csv"))});
    dialog.show();
    auto *model = dialog.previewModel();
    QTRY_VERIFY(!dialog.isPreviewing() && model->rowCount() == 2);
    QCOMPARE(cell(model, 0, ImportField::Nickname), QStringLiteral("小美"));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("encodingCombo"));
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(combo && importButton);
    QVERIFY(importButton->isEnabled());

    // Read as UTF-8, the GB18030 bytes are refused (or at least no longer read as 小美).
    combo->setCurrentIndex(combo->findData(int(TextEncoding::Utf8)));
    QTRY_VERIFY(!dialog.isPreviewing() && dialog.lastResult().format.encoding == TextEncoding::Utf8);
    QVERIFY(cell(model, 0, ImportField::Nickname) != QStringLiteral("小美"));
    QCOMPARE(dialog.lastResult().outcome, ImportResult::Outcome::Refused);
    QVERIFY(!importButton->isEnabled());
    auto *refusal = dialog.findChild<QLabel *>(QStringLiteral("refusalLabel"));
    QVERIFY(refusal && !refusal->isHidden());

    // Back to GB18030: the preview is right again.
    combo->setCurrentIndex(combo->findData(int(TextEncoding::Gb18030)));
    QTRY_VERIFY(!dialog.isPreviewing() && dialog.lastResult().format.encoding == TextEncoding::Gb18030
                && model->rowCount() == 2);
    QCOMPARE(cell(model, 1, ImportField::Nickname), QStringLiteral("阿强"));
    QVERIFY(importButton->isEnabled());
}

void TestImportDialog::marksInvalidCellsAndImports()
{
    auto db = freshDb(QStringLiteral("import.sqlite"));
    QVERIFY(db);
    ImportDialog dialog(*db, {m_dir.filePath(QStringLiteral("utf8.csv"))});
    dialog.show();
    auto *model = dialog.previewModel();
    QTRY_VERIFY(!dialog.isPreviewing() && model->rowCount() == 2);
    const int followers = model->columnOf(ImportField::Followers);
    QVERIFY(followers > 0);
    const QModelIndex bad = model->index(1, followers);
    QCOMPARE(bad.data(ImportPreviewModel::SeverityRole).toInt(), int(CellNote::Severity::Invalid));
    QCOMPARE(bad.data().toString(), QStringLiteral("abc")); // the text as read, to be seen
    QVERIFY(!bad.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(bad.data(Qt::BackgroundRole).isValid());
    QCOMPARE(model->index(0, followers).data(ImportPreviewModel::SeverityRole).toInt(), -1);
    QVERIFY(!model->index(0, followers).data(Qt::BackgroundRole).isValid());
    QCOMPARE(dialog.lastResult().invalidCells, 1);
    QCOMPARE(nicknameOf(*db, QStringLiteral("u_one")), QString()); // a dry run wrote nothing

    QSignalSpy imported(&dialog, &ImportDialog::imported);
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(importButton && importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_COMPARE(imported.size(), 1);
    QTRY_VERIFY(!dialog.isImporting());
    QCOMPARE(dialog.lastResult().outcome, ImportResult::Outcome::Committed);
    QCOMPARE(dialog.lastResult().created, 2);
    QCOMPARE(nicknameOf(*db, QStringLiteral("u_one")), QStringLiteral("小红"));
    QCOMPARE(nicknameOf(*db, QStringLiteral("u_two")), QStringLiteral("小蓝"));
    QVERIFY(!importButton->isEnabled()); // the same file is not imported twice by accident
    auto *outcome = dialog.findChild<QLabel *>(QStringLiteral("outcomeLabel"));
    QVERIFY(outcome && outcome->text().contains(QStringLiteral("2 created")));
}

void TestImportDialog::refusesBrokenFile()
{
    auto db = freshDb(QStringLiteral("broken.sqlite"));
    QVERIFY(db);
    ImportDialog dialog(*db, {m_dir.filePath(QStringLiteral("broken.csv"))});
    dialog.show();
    QTRY_VERIFY(!dialog.isPreviewing() && dialog.lastResult().outcome == ImportResult::Outcome::Refused);
    QVERIFY(dialog.lastResult().issue);
    auto *refusal = dialog.findChild<QLabel *>(QStringLiteral("refusalLabel"));
    QVERIFY(refusal && !refusal->isHidden());
    QVERIFY2(refusal->text().contains(QStringLiteral("line %1").arg(dialog.lastResult().issue->line)),
             qPrintable(refusal->text()));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
}

void TestImportDialog::mappingEditsReachThePreview()
{
    auto db = freshDb(QStringLiteral("mapping.sqlite"));
    QVERIFY(db);
    ImportDialog dialog(*db, {m_dir.filePath(QStringLiteral("utf8.csv"))});
    dialog.show();
    auto *model = dialog.previewModel();
    QTRY_VERIFY(!dialog.isPreviewing() && model->rowCount() == 2);
    QVERIFY(model->columnOf(ImportField::City) > 0);
    // 城市 (column 4) ignored, then mapped to the owner field.
    auto *cityCombo = dialog.findChild<QComboBox *>(QStringLiteral("fieldCombo3"));
    QVERIFY(cityCombo);
    int index = cityCombo->findData(int(ImportField::Ignore));
    cityCombo->setCurrentIndex(index);
    emit cityCombo->activated(index);
    QTRY_VERIFY(!dialog.isPreviewing() && model->columnOf(ImportField::City) < 0);
    QCOMPARE(model->rowCount(), 2);
    cityCombo = dialog.findChild<QComboBox *>(QStringLiteral("fieldCombo3"));
    index = cityCombo->findData(int(ImportField::Owner));
    cityCombo->setCurrentIndex(index);
    emit cityCombo->activated(index);
    QTRY_VERIFY(!dialog.isPreviewing() && model->columnOf(ImportField::Owner) > 0);
    QCOMPARE(cell(model, 1, ImportField::Owner), QStringLiteral("北京"));
}

void TestImportDialog::profileLoadsIntoThePreview()
{
    ColumnMapping profile = HeaderMatcher::automatic({QStringLiteral("小红书号"), QStringLiteral("昵称"),
                                                      QStringLiteral("粉丝数"), QStringLiteral("城市")});
    profile.fields[3] = ImportField::Ignore;
    profile.name = QStringLiteral("no city");
    {
        QSettings settings;
        QVERIFY(MappingProfiles::save(settings, profile));
    }
    auto db = freshDb(QStringLiteral("profile.sqlite"));
    QVERIFY(db);
    ImportDialog dialog(*db, {m_dir.filePath(QStringLiteral("gbk.csv"))});
    dialog.show();
    auto *model = dialog.previewModel();
    QTRY_VERIFY(!dialog.isPreviewing() && model->rowCount() == 2);
    QVERIFY(model->columnOf(ImportField::City) > 0);
    auto *panel = dialog.findChild<MappingPanel *>();
    QVERIFY(panel);
    auto *profiles = dialog.findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QVERIFY(profiles && profiles->findText(QStringLiteral("no city")) >= 0);
    QVERIFY(panel->loadProfile(QStringLiteral("no city")));
    QTRY_VERIFY(!dialog.isPreviewing() && model->columnOf(ImportField::City) < 0);
    QCOMPARE(cell(model, 0, ImportField::Nickname), QStringLiteral("小美"));
    QCOMPARE(dialog.lastResult().mapping.name, QStringLiteral("no city"));
}

void TestImportDialog::duplicatePolicyChangesActions_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("city");
    QTest::newRow("skip") << QStringLiteral("skip") << int(RowAction::SkipExisting) << QStringLiteral("上海");
    QTest::newRow("fill") << QStringLiteral("fill") << int(RowAction::SkipUnchanged) << QStringLiteral("上海");
    QTest::newRow("overwrite") << QStringLiteral("overwrite") << int(RowAction::Update) << QStringLiteral("杭州");
}

void TestImportDialog::duplicatePolicyChangesActions()
{
    QFETCH(QString, policy);
    QFETCH(int, action);
    QFETCH(QString, city);
    auto db = freshDb(QStringLiteral("policy.sqlite"));
    QVERIFY(db);
    {
        ImportRequest rq;
        rq.filePath = m_dir.filePath(QStringLiteral("utf8.csv"));
        ImportJob job(rq);
        QCOMPARE(job.run(*db).outcome, ImportResult::Outcome::Committed);
    }
    ImportDialog dialog(*db, {m_dir.filePath(QStringLiteral("changed.csv"))});
    dialog.show();
    auto *model = dialog.previewModel();
    QTRY_VERIFY(!dialog.isPreviewing() && model->rowCount() == 1);
    auto *radio = dialog.findChild<QRadioButton *>(QStringLiteral("policy_") + policy);
    QVERIFY(radio);
    radio->click();
    QTRY_VERIFY(!dialog.isPreviewing() && model->rowCount() == 1);
    QCOMPARE(model->index(0, 0).data(ImportPreviewModel::RowActionRole).toInt(), action);
    QCOMPARE(cell(model, 0, ImportField::City), city);
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_VERIFY(!dialog.isImporting() && dialog.lastResult().outcome == ImportResult::Outcome::Committed);
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT city FROM creators WHERE handle = 'u_one'")) && q.next());
    QCOMPARE(q.value(0).toString(), city);
}

void TestImportDialog::stepsThroughSeveralFiles()
{
    auto db = freshDb(QStringLiteral("several.sqlite"));
    QVERIFY(db);
    ImportDialog dialog(*db, {m_dir.filePath(QStringLiteral("utf8.csv")), m_dir.filePath(QStringLiteral("gbk.csv"))});
    dialog.show();
    auto *model = dialog.previewModel();
    QTRY_VERIFY(!dialog.isPreviewing() && model->rowCount() == 2);
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("fileLabel"));
    QVERIFY(label->text().startsWith(QStringLiteral("File 1 of 2")));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_COMPARE(imported.size(), 1);
    QTRY_VERIFY(!dialog.isImporting());
    auto *next = dialog.findChild<QPushButton *>(QStringLiteral("nextFileButton"));
    QVERIFY(next && next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(label->text().startsWith(QStringLiteral("File 2 of 2")));
    QTRY_VERIFY(!dialog.isPreviewing() && cell(model, 0, ImportField::Nickname) == QStringLiteral("小美"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("encodingCombo"))->currentData().toInt(),
             int(TextEncoding::Gb18030));
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_COMPARE(imported.size(), 2);
    // Two batches.
    QTRY_VERIFY(!dialog.isImporting());
    QVERIFY(imported.at(0).at(0).value<ImportResult>().batchId != imported.at(1).at(0).value<ImportResult>().batchId);
    QCOMPARE(nicknameOf(*db, QStringLiteral("gb_two")), QStringLiteral("阿强"));
    QCOMPARE(nicknameOf(*db, QStringLiteral("u_two")), QStringLiteral("小蓝"));
}

void TestImportDialog::savesReport()
{
    auto db = freshDb(QStringLiteral("report.sqlite"));
    QVERIFY(db);
    ImportDialog dialog(*db, {m_dir.filePath(QStringLiteral("utf8.csv"))});
    dialog.show();
    QTRY_VERIFY(!dialog.isPreviewing() && dialog.previewModel()->rowCount() == 2);
    const QString path = m_dir.filePath(QStringLiteral("report.csv"));
    QVERIFY(dialog.saveReportTo(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(QStringLiteral("abc")), qPrintable(text)); // the invalid follower count
}

void TestImportDialog::cancelRollsBack()
{
    // Large enough to be a bulk load and to take a while: Cancel lands mid-way.
    QByteArray csv = QStringLiteral("小红书号,昵称,粉丝数\n").toUtf8();
    for (int i = 0; i < 60000; ++i)
        csv += QStringLiteral("cancel_%1,博主%1,%2万\n").arg(i).arg(1 + i % 50).toUtf8();
    writeFile(QStringLiteral("big.csv"), csv);
    auto db = freshDb(QStringLiteral("cancel.sqlite"));
    QVERIFY(db);
    const auto count = [&](const QString &sql) {
        QSqlQuery q(db->sql());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 indexes = count(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'creators'"));
    QVERIFY(indexes > 10);
    ImportDialog dialog(*db, {m_dir.filePath(QStringLiteral("big.csv"))});
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewing() && dialog.previewModel()->rowCount() > 0, 20000);
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    auto *cancelButton = dialog.findChild<QPushButton *>(QStringLiteral("cancelImportButton"));
    QVERIFY(importButton && cancelButton);
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY(dialog.isImporting());
    QVERIFY(cancelButton->isVisible());
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 20000);
    QCOMPARE(dialog.lastResult().outcome, ImportResult::Outcome::Cancelled);
    QCOMPARE(imported.size(), 0);
    auto *outcome = dialog.findChild<QLabel *>(QStringLiteral("outcomeLabel"));
    QVERIFY(outcome && outcome->text().contains(QStringLiteral("nothing was written")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM creators")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM import_batches")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'creators'")), indexes);
    QVERIFY(importButton->isEnabled()); // the file can be imported after all
}

void TestImportDialog::dropOnMainWindowOpensDialog()
{
    auto db = freshDb(QStringLiteral("window.sqlite"));
    QVERIFY(db);
    MainWindow window(std::move(db), m_language);
    window.show();
    window.rosterScreen()->model()->waitForIdle();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("gbk.csv")))});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());

    ImportDialog *dialog = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<ImportDialog *>(w); d && d->isVisible())
            dialog = d;
    }
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->isPreviewing() && dialog->previewModel()->rowCount() == 2);
    auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(importButton && importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isImporting() && dialog->lastResult().outcome == ImportResult::Outcome::Committed);
    // The roster shows the new creators and the status bar says what happened.
    QTRY_COMPARE(window.rosterScreen()->model()->totalCount(), 2);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("2 created")));
    QPointer<ImportDialog> guard(dialog);
    dialog->close(); // deletes itself on close
    QTRY_VERIFY(guard.isNull());
}

void TestImportDialog::dropOfOtherFilesIsIgnored()
{
    auto db = freshDb(QStringLiteral("ignored.sqlite"));
    QVERIFY(db);
    MainWindow window(std::move(db), m_language);
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.pdf"))),
                  QUrl(QStringLiteral("https://www.xiaohongshu.com/user/profile/x.csv"))});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(!enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY(!qobject_cast<ImportDialog *>(w));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
