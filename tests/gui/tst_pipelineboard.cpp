// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreatorEditor.h"
#include "domain/NumberFormat.h"
#include "domain/CreatorRepository.h"
#include "editor/TimelinePanel.h"
#include "pipeline/PipelineBoard.h"
#include "pipeline/PipelineColumn.h"
#include "store/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace rr;
using pipeline::PipelineColumn;

class TestPipelineBoard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void columnsShowCounts();
    void dropChangesStatusAndUndoRestores();
    void ownerWarningAsksFirst();
    void staleCardIsRefused();
    void moreLoadsNextPage();
    void filterByOwner();
    void doubleClickActivates();
    void editorHistoryTab();
    void grabForReview();

private:
    qint64 add(const QString &name, Status status, const QString &owner);
    // Sends the drag-enter and drop events a real drag ends with onto a column's cards.
    bool drop(qint64 id, Status target);
    Status storedStatus(qint64 id);
    int events(qint64 id, const QString &kind);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CreatorRepository> m_repo;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<PipelineBoard> m_board;
    qint64 m_mine = 0;
    qint64 m_bens = 0;
};

void TestPipelineBoard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    StoreError err;
    m_db = Database::open(ConnectionSpec::sqlite(m_dir->filePath(QStringLiteral("b.redroster"))), &err);
    QVERIFY2(m_db, qPrintable(err.detail));
    m_db->setUserName(QStringLiteral("Anna"));
    m_repo = std::make_unique<CreatorRepository>(*m_db);
    m_undo = std::make_unique<QUndoStack>();
    m_mine = add(QStringLiteral("莉莉爱护肤"), Status::Prospect, QStringLiteral("Anna"));
    m_bens = add(QStringLiteral("Ben's creator"), Status::Prospect, QStringLiteral("Ben"));
    add(QStringLiteral("partner"), Status::ActivePartner, QString());
    m_board = std::make_unique<PipelineBoard>(*m_db, *m_repo, m_undo.get());
    m_board->setConfirmTakeover([](const QString &) { return false; });
    m_board->resize(1400, 700);
    m_board->show();
    m_board->reload();
}

void TestPipelineBoard::cleanup()
{
    m_board.reset();
    m_undo.reset();
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestPipelineBoard::add(const QString &name, Status status, const QString &owner)
{
    Creator c;
    c.nickname = name;
    c.handle = name.toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('\''));
    c.status = status;
    c.owner = owner;
    c.followers = 60000;
    c.tags = {QStringLiteral("spf")};
    return m_repo->insert(c) ? c.id : 0;
}

bool TestPipelineBoard::drop(qint64 id, Status target)
{
    QWidget *viewport = m_board->column(target)->list()->viewport();
    std::unique_ptr<QMimeData> data(pipeline::cardMimeData(id));
    const QPoint at(viewport->width() / 2, 10);
    QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropEvent(QPointF(at), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &dropEvent);
    return dropEvent.isAccepted();
}

Status TestPipelineBoard::storedStatus(qint64 id)
{
    return m_repo->load(id).value_or(Creator{}).status;
}

int TestPipelineBoard::events(qint64 id, const QString &kind)
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM relationship_events WHERE creator_id = ? AND kind = ?"));
    q.addBindValue(id);
    q.addBindValue(kind);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void TestPipelineBoard::columnsShowCounts()
{
    QVERIFY(m_board->column(Status::Prospect)->headerText().contains(QStringLiteral("(2)")));
    QVERIFY(m_board->column(Status::ActivePartner)->headerText().contains(QStringLiteral("(1)")));
    QVERIFY(m_board->column(Status::Declined)->headerText().contains(QStringLiteral("(0)")));
    QCOMPARE(m_board->column(Status::Prospect)->list()->count(), 2);
    QVERIFY(m_board->column(Status::Prospect)->moreButton()->isHidden());
}

void TestPipelineBoard::dropChangesStatusAndUndoRestores()
{
    QSignalSpy warned(m_board.get(), &PipelineBoard::ownerWarningShown);
    QVERIFY(drop(m_mine, Status::Negotiating));
    QCOMPARE(warned.count(), 0); // Anna owns it herself
    QCOMPARE(storedStatus(m_mine), Status::Negotiating);
    QCOMPARE(events(m_mine, QStringLiteral("status")), 1);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_board->model().count(Status::Negotiating), 1);
    QCOMPARE(m_board->model().count(Status::Prospect), 1);
    QCOMPARE(m_board->column(Status::Negotiating)->list()->count(), 1);

    m_undo->undo();
    QCOMPARE(storedStatus(m_mine), Status::Prospect);
    QCOMPARE(events(m_mine, QStringLiteral("status")), 2); // the way back is logged too
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(); // the board reloads after the repository's signal
    QCOMPARE(m_board->model().count(Status::Prospect), 2);
    QCOMPARE(m_board->model().count(Status::Negotiating), 0);

    m_undo->redo();
    QCOMPARE(storedStatus(m_mine), Status::Negotiating);

    // Dropping on its own column does nothing.
    const int before = m_undo->count();
    QVERIFY(drop(m_mine, Status::Negotiating));
    QCOMPARE(m_undo->count(), before);
}

void TestPipelineBoard::ownerWarningAsksFirst()
{
    QString asked;
    bool answer = false;
    m_board->setConfirmTakeover([&](const QString &warning) {
        asked = warning;
        return answer;
    });
    QSignalSpy warned(m_board.get(), &PipelineBoard::ownerWarningShown);
    QVERIFY(drop(m_bens, Status::OutreachSent));
    QCOMPARE(warned.count(), 1);
    QVERIFY2(asked.contains(QStringLiteral("Ben")), qPrintable(asked));
    QCOMPARE(storedStatus(m_bens), Status::Prospect); // declined: nothing moved
    QCOMPARE(events(m_bens, QStringLiteral("status")), 0);
    QCOMPARE(m_undo->count(), 0);
    QVERIFY(m_board->message().contains(QStringLiteral("Ben")));

    answer = true;
    QVERIFY(m_board->moveCreator(m_bens, Status::OutreachSent));
    QCOMPARE(warned.count(), 2);
    QCOMPARE(storedStatus(m_bens), Status::OutreachSent);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_repo->load(m_bens)->owner, QStringLiteral("Ben")); // the move does not take the relationship
}

void TestPipelineBoard::staleCardIsRefused()
{
    // Someone else edits the creator after the board loaded: the card's version is stale.
    std::optional<Creator> c = m_repo->load(m_mine);
    QVERIFY(c);
    m_board->setConfirmTakeover([](const QString &) { return true; });
    {
        QSignalBlocker block(m_repo.get()); // the board does not hear of it
        c->notes = QStringLiteral("edited elsewhere");
        QVERIFY(m_repo->update(*c));
    }
    QSignalSpy failed(m_board.get(), &PipelineBoard::moveFailed);
    QVERIFY(!m_board->moveCreator(m_mine, Status::Declined));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(storedStatus(m_mine), Status::Prospect);
    QCOMPARE(m_undo->count(), 0);
    // The board reloaded; the next try works.
    QVERIFY(m_board->moveCreator(m_mine, Status::Declined));
    QCOMPARE(storedStatus(m_mine), Status::Declined);
}

void TestPipelineBoard::moreLoadsNextPage()
{
    for (int i = 0; i < 5; ++i)
        add(QStringLiteral("extra %1").arg(i), Status::Prospect, QStringLiteral("Anna"));
    m_board->setPageSize(3);
    PipelineColumn *prospects = m_board->column(Status::Prospect);
    QCOMPARE(prospects->list()->count(), 3);
    QVERIFY(!prospects->moreButton()->isHidden());
    QVERIFY(prospects->headerText().contains(QStringLiteral("(7)")));
    QTest::mouseClick(prospects->moreButton(), Qt::LeftButton);
    QCOMPARE(prospects->list()->count(), 6);
    QTest::mouseClick(prospects->moreButton(), Qt::LeftButton);
    QCOMPARE(prospects->list()->count(), 7);
    QVERIFY(prospects->moreButton()->isHidden());
}

void TestPipelineBoard::filterByOwner()
{
    PipelineFilter f;
    f.owner = QStringLiteral("Ben");
    m_board->setFilter(f);
    QCOMPARE(m_board->model().count(Status::Prospect), 1);
    QCOMPARE(m_board->model().count(Status::ActivePartner), 0);
    f.owner = QString(); // nobody holds it yet
    m_board->setFilter(f);
    QCOMPARE(m_board->model().count(Status::Prospect), 0);
    QCOMPARE(m_board->model().count(Status::ActivePartner), 1);
    auto *ownerCombo = m_board->findChild<QComboBox *>(QStringLiteral("ownerFilter"));
    QVERIFY(ownerCombo);
    ownerCombo->setCurrentIndex(0); // anyone, through the filter bar
    QCOMPARE(m_board->model().totalCount(), 3);
}

void TestPipelineBoard::doubleClickActivates()
{
    QSignalSpy activated(m_board.get(), &PipelineBoard::creatorActivated);
    QListWidget *list = m_board->column(Status::ActivePartner)->list();
    QCOMPARE(list->count(), 1);
    const QPoint at = list->visualItemRect(list->item(0)).center();
    // A real double-click: press and release, then a press that the platform reports as double.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mousePress(list->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), list->item(0)->data(int(pipeline::CardRole::Id)).toLongLong());
}

void TestPipelineBoard::editorHistoryTab()
{
    CreatorEditor editor(*m_repo, TierThresholds{});
    auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    auto *panel = editor.findChild<TimelinePanel *>(QStringLiteral("timelinePanel"));
    QVERIFY(tabs && panel);
    const int index = tabs->indexOf(panel);
    QVERIFY(index >= 0);
    QVERIFY(!tabs->isTabVisible(index)); // a new creator has no history yet

    QVERIFY(m_board->moveCreator(m_mine, Status::OutreachSent));
    editor.setCreator(*m_repo->load(m_mine));
    QVERIFY(tabs->isTabVisible(index));
    QCOMPARE(panel->entries().size(), 1);
    QVERIFY(panel->summaryText().contains(QStringLiteral("Anna")));

    auto *text = panel->findChild<QLineEdit *>(QStringLiteral("timelineTextEdit"));
    auto *addContact = panel->findChild<QPushButton *>(QStringLiteral("addContactButton"));
    QVERIFY(text && addContact);
    QSignalSpy added(panel, &TimelinePanel::eventAdded);
    QTest::mouseClick(addContact, Qt::LeftButton); // empty: refused
    QCOMPARE(added.count(), 0);
    text->setText(QStringLiteral("Sent the brief on WeChat"));
    QTest::mouseClick(addContact, Qt::LeftButton);
    QCOMPARE(added.count(), 1);
    QCOMPARE(events(m_mine, QStringLiteral("contact")), 1);
    QCOMPARE(panel->entries().size(), 2);
    QVERIFY(panel->summaryText().contains(NumberFormat::date(QDate::currentDate(), QLocale())));
    auto *list = panel->findChild<QTreeWidget *>(QStringLiteral("timelineList"));
    QCOMPARE(list->topLevelItemCount(), 2);
}

void TestPipelineBoard::grabForReview()
{
    // Optional picture for review: REDROSTER_GRAB_DIR=/tmp/x writes the board's image there.
    const QString dir = qEnvironmentVariable("REDROSTER_GRAB_DIR");
    if (dir.isEmpty())
        QSKIP("set REDROSTER_GRAB_DIR to write a picture");
    QVERIFY(m_board->grab().save(dir + QStringLiteral("/pipelineboard.png")));
}

QTEST_MAIN(TestPipelineBoard)
#include "tst_pipelineboard.moc"
