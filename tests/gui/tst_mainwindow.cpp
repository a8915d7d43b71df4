// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on a demo database, offscreen: counts, search through the filter bar,
// column chooser, undo of an edit reaching the roster, language switch, layout remembered.
#include "ScratchSettings.h"
#include "CommandLine.h"
#include "ExportActions.h"
#include "FileOpenEvents.h"
#include "Language.h"
#include "MainWindow.h"
#include "ReportActions.h"
#include "Workspace.h"

#include "campaign/CampaignScreen.h"
#include "demo/DemoData.h"
#include "export/XlsxWriter.h"
#include "import/ImportDialog.h"
#include "domain/CreatorCommands.h"
#include "domain/CreatorRepository.h"
#include "roster/FilterBar.h"
#include "roster/RosterModel.h"
#include "roster/RosterScreen.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileOpenEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rr;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensOnDemoData();
    void searchFiltersThroughTheBar();
    void columnChooserHidesColumns();
    void undoOfAnEditShowsInRoster();
    void languageSwitchRetranslates();
    void fileMenuExports();
    void filesGivenToOpenAreImported();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QTemporaryDir m_dir;
    QString m_path;
    Language m_language;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Settings go to the temporary folder, not the user's.
    test::useScratchSettings(m_dir.path(), QStringLiteral("RedRosterTest"));
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    StoreError err;
    auto db = Database::open(ConnectionSpec::sqlite(m_path), &err);
    QVERIFY2(db, qPrintable(err.detail));
    DemoOptions o;
    o.creators = 360;
    QVERIFY2(DemoData::generate(*db, o, &err), qPrintable(err.detail));
    m_language.apply(QStringLiteral("en"));
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    StoreError err;
    auto db = Database::open(ConnectionSpec::sqlite(m_path), &err);
    if (!db)
        return nullptr;
    auto w = std::make_unique<MainWindow>(std::move(db), m_language);
    w->show();
    w->rosterScreen()->model()->waitForIdle();
    return w;
}

// File → Export writes what the screens show, in the format of the file's suffix; a file that
// cannot be written is named in the message and nothing is left behind.
void TestMainWindow::fileMenuExports()
{
    auto w = makeWindow();
    QVERIFY(w);
    auto *reports = w->findChild<ReportActions *>();
    QVERIFY(reports);
    ExportActions *exports = reports->exports();
    QVERIFY(exports);
    QVERIFY(exports->rosterAction()->isEnabled());
    w->workspace()->campaigns()->selectCampaign(2);
    QVERIFY(exports->campaignAction()->isEnabled());
    QVERIFY(reports->previewAction()->isEnabled());

    const QString csv = m_dir.filePath(QStringLiteral("roster.csv"));
    QVERIFY2(exports->exportRosterTo(csv), qPrintable(exports->lastMessage()));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, for Excel
    QCOMPARE(bytes.count('\n'), 361);          // the header and every creator

    const QString workbook = m_dir.filePath(QStringLiteral("campaign.xlsx"));
    if (XlsxWriter::available()) {
        QVERIFY2(exports->exportCampaignTo(workbook), qPrintable(exports->lastMessage()));
        QFile x(workbook);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QVERIFY(x.read(2) == "PK"); // a zip: the .xlsx container
    } else {
        QVERIFY(!exports->exportCampaignTo(workbook));
        QCOMPARE(exports->lastMessage(), XlsxWriter::unavailableMessage());
    }

    const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/roster.csv"));
    QVERIFY(!exports->exportRosterTo(nowhere));
    QVERIFY2(exports->lastMessage().contains(QDir::toNativeSeparators(nowhere)), qPrintable(exports->lastMessage()));
    QVERIFY(!QFile::exists(nowhere));
}

void TestMainWindow::opensOnDemoData()
{
    auto w = makeWindow();
    QVERIFY(w);
    RosterModel *model = w->rosterScreen()->model();
    QCOMPARE(model->totalCount(), 360);
    QCOMPARE(model->rowCount(), 360);
    auto *count = w->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(count);
    QTRY_COMPARE(count->text(), QStringLiteral("360 creators"));
    QVERIFY(w->windowTitle().contains(QStringLiteral("demo.sqlite")));
}

void TestMainWindow::searchFiltersThroughTheBar()
{
    auto w = makeWindow();
    QVERIFY(w);
    RosterModel *model = w->rosterScreen()->model();
    // Pick a nickname from the data and search a Chinese part of it.
    const QString nickname = model->index(0, toInt(RosterColumn::Nickname)).data().toString();
    QVERIFY(!nickname.isEmpty());
    const QString needle = nickname.left(2);
    auto *search = w->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    // keyClicks only types ASCII; the text arrives as an input method would commit it.
    search->setFocus();
    search->insert(needle);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(model->filteredCount() >= 1 && model->filteredCount() < 360 && !model->isBusy());
    model->waitForIdle();
    // Every row shown really contains the text.
    CreatorRepository repo(w->database());
    for (int row = 0; row < model->rowCount(); ++row) {
        model->index(row, 0).data();
        model->waitForIdle();
        const auto creator = repo.load(model->creatorId(row));
        QVERIFY(creator);
        QVERIFY2(creator->searchText().contains(needle.toLower()), qPrintable(creator->nickname));
    }
    auto *count = w->findChild<QLabel *>(QStringLiteral("countLabel"));
    QTRY_VERIFY(count->text().startsWith(QLocale().toString(model->filteredCount()) + QStringLiteral(" of 360")));
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(model->filteredCount(), 360);
}

void TestMainWindow::columnChooserHidesColumns()
{
    auto w = makeWindow();
    QVERIFY(w);
    QTableView *view = w->rosterScreen()->view();
    QAction *city = w->rosterScreen()->columnActions().at(toInt(RosterColumn::City));
    QVERIFY(city->isChecked());
    QVERIFY(!view->isColumnHidden(toInt(RosterColumn::City)));
    city->trigger();
    QVERIFY(view->isColumnHidden(toInt(RosterColumn::City)));
    // The layout survives a restart.
    w->close();
    w.reset();
    auto again = makeWindow();
    QVERIFY(again->rosterScreen()->view()->isColumnHidden(toInt(RosterColumn::City)));
    QVERIFY(!again->rosterScreen()->columnActions().at(toInt(RosterColumn::City))->isChecked());
    again->rosterScreen()->columnActions().at(toInt(RosterColumn::City))->trigger();
    again->close();
}

void TestMainWindow::undoOfAnEditShowsInRoster()
{
    auto w = makeWindow();
    QVERIFY(w);
    RosterModel *model = w->rosterScreen()->model();
    const qint64 id = model->creatorId(0);
    QVERIFY(id > 0);
    CreatorRepository repo(w->database());
    const auto before = repo.load(id);
    QVERIFY(before);
    Creator after = *before;
    after.nickname = QStringLiteral("改名测试");
    // The window's repository signals the roster; the command goes through the window's stack.
    auto *windowRepo = w->findChild<CreatorRepository *>();
    QVERIFY(windowRepo);
    w->undoStack()->push(new EditCreatorCommand(*windowRepo, *before, after));
    QTRY_COMPARE(model->index(0, toInt(RosterColumn::Nickname)).data().toString(), QStringLiteral("改名测试"));
    w->undoStack()->undo();
    QTRY_COMPARE(model->index(0, toInt(RosterColumn::Nickname)).data().toString(), before->nickname);
}

void TestMainWindow::languageSwitchRetranslates()
{
    auto w = makeWindow();
    QVERIFY(w);
    RosterModel *model = w->rosterScreen()->model();
    const QString english = model->headerData(toInt(RosterColumn::Followers), Qt::Horizontal).toString();
    QCOMPARE(english, QStringLiteral("Followers"));
    m_language.apply(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    QCOMPARE(model->headerData(toInt(RosterColumn::Followers), Qt::Horizontal).toString(), QStringLiteral("粉丝数"));
    QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("红人簿")); // ends window titles
    auto *count = w->findChild<QLabel *>(QStringLiteral("countLabel"));
    QTRY_VERIFY(count->text().contains(QStringLiteral("位博主")));
    m_language.apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(model->headerData(toInt(RosterColumn::Followers), Qt::Horizontal).toString(), QStringLiteral("Followers"));
    QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("RedRoster"));
}

void TestMainWindow::filesGivenToOpenAreImported()
{
    // `redroster prospects.csv`, as a desktop's "Open with" runs it: an existing file that is not a
    // command's name starts the application, which opens the import dialog on it.
    const QString csv = m_dir.filePath(QStringLiteral("prospects.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("昵称,小红书号,粉丝数\n小鹿,deer_01,1.2万\n");
    file.close();
    QVERIFY(CommandLine::isFileToOpen(csv));
    QVERIFY(!CommandLine::isFileToOpen(m_dir.filePath(QStringLiteral("missing.csv"))));
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path()));
    QFile demo(QStringLiteral("demo")); // a file named like a command: the command wins
    QVERIFY(demo.open(QIODevice::WriteOnly));
    demo.close();
    const bool commandWins = !CommandLine::isFileToOpen(QStringLiteral("demo"));
    QFile::remove(QStringLiteral("demo"));
    QDir::setCurrent(cwd);
    QVERIFY(commandWins);

    auto w = makeWindow();
    QVERIFY(w);
    w->importFiles({csv});
    auto *dialog = w->findChild<ImportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    static_cast<QDialog *>(dialog)->reject();
    QTRY_VERIFY(!w->findChild<ImportDialog *>()); // deleted on close

    // macOS hands the file over as a QFileOpenEvent instead (Finder's Open With).
    FileOpenEvents openEvents;
    qApp->installEventFilter(&openEvents);
    QSignalSpy opened(&openEvents, &FileOpenEvents::fileOpened);
    connect(&openEvents, &FileOpenEvents::fileOpened, w.get(), [&w](const QString &path) { w->importFiles({path}); });
    QFileOpenEvent event(csv);
    QCoreApplication::sendEvent(qApp, &event);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), csv);
    dialog = w->findChild<ImportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    static_cast<QDialog *>(dialog)->reject();
    qApp->removeEventFilter(&openEvents);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
