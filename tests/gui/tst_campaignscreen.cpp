// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CampaignFields.h"
#include "campaign/CampaignListModel.h"
#include "campaign/CampaignRepository.h"
#include "campaign/CampaignScreen.h"
#include "campaign/CollaborationTableModel.h"
#include "campaign/DueReminderDialog.h"
#include "campaign/KpiPanel.h"
#include "campaign/KpiTargetsDialog.h"
#include "campaign/MetricsTableView.h"
#include "campaign/PostMetricsTableModel.h"
#include "campaign/RatingEditor.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace rr;

namespace {

using Col = PostMetricsTableModel::Column;

qint64 addCreator(const Database &db, const QString &nickname)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO creators (nickname, created_at, updated_at) VALUES (?, ?, ?) RETURNING id"));
    q.addBindValue(nickname);
    q.addBindValue(Database::nowUtc());
    q.addBindValue(Database::nowUtc());
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QVariant scalar(const Database &db, const QString &sql, qint64 id)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

} // namespace

class TestCampaignScreen : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void selectCampaign();
    void outsideChangeKeepsUnsavedFields();
    void editMetricCell();
    void pasteBlockAndUndo();
    void refusedPasteShowsReason();
    void rateCollaboration();
    void editCampaignFieldsAndUndo();
    void targetsShownAndUndone();
    void targetsDialogRefusesBadInput();
    void dueBadgeAndReminder();
    void grabDemo();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_seeding = 0;   // live seeding campaign: two posts with readings
    qint64 m_awareness = 0; // closed long ago, no final metrics: due
    qint64 m_creator = 0;
    QList<qint64> m_snapshots;
};

void TestCampaignScreen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    StoreError error;
    m_db = Database::open(ConnectionSpec::sqlite(m_dir->filePath(QStringLiteral("s.sqlite"))), &error);
    QVERIFY2(m_db, qPrintable(error.message));
    CampaignRepository repo(*m_db);
    Campaign a;
    a.name = QStringLiteral("Summer glow");
    a.brand = QStringLiteral("Sunny");
    a.objective = Objective::Awareness;
    a.startsOn = QDate(2025, 6, 1);
    a.endsOn = QDate(2025, 6, 30);
    a.status = CampaignStatus::Closed;
    a.closedOn = QDate(2025, 7, 1);
    QVERIFY(repo.insert(a));
    m_awareness = a.id;
    Campaign s;
    s.name = QStringLiteral("Spring seeding");
    s.brand = QStringLiteral("Sunny");
    s.objective = Objective::Seeding;
    s.startsOn = QDate(2026, 3, 1);
    s.endsOn = QDate(2026, 3, 31);
    s.budgetFen = 1000000;
    s.status = CampaignStatus::Live;
    QVERIFY(repo.insert(s));
    m_seeding = s.id;

    m_creator = addCreator(*m_db, QStringLiteral("莉莉"));
    const qint64 other = addCreator(*m_db, QStringLiteral("小鹿"));
    m_snapshots.clear();
    int n = 0;
    for (qint64 creator : {m_creator, other}) {
        Collaboration co;
        co.campaignId = m_seeding;
        co.creatorId = creator;
        co.feeFen = 200000;
        co.format = ContentFormat::Image;
        QVERIFY(repo.insertCollaboration(co));
        Post p;
        p.collaborationId = co.id;
        p.creatorId = creator;
        p.title = QStringLiteral("Post %1").arg(++n);
        p.publishedOn = QDate(2026, 3, 5 + n);
        QVERIFY(repo.insertPost(p));
        MetricSnapshot m;
        m.postId = p.id;
        m.asOf = QDate(2026, 3, 20);
        m.counts = {1000 * n, 100 * n, 10 * n, 20 * n, 0, 5};
        QVERIFY(repo.addSnapshot(m));
        m_snapshots << m.id;

        Collaboration old;
        old.campaignId = m_awareness;
        old.creatorId = creator;
        old.feeFen = 100000;
        QVERIFY(repo.insertCollaboration(old));
        Post op;
        op.collaborationId = old.id;
        op.creatorId = creator;
        op.publishedOn = QDate(2025, 6, 10);
        QVERIFY(repo.insertPost(op));
    }
}

void TestCampaignScreen::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestCampaignScreen::selectCampaign()
{
    QUndoStack undo;
    CampaignScreen screen(*m_db, &undo);
    QAbstractItemModelTester t1(screen.listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(screen.metricsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(screen.collaborationModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    screen.resize(1400, 900);
    screen.show();
    QCOMPARE(screen.listModel()->rowCount(), 2);
    QSignalSpy changed(&screen, &CampaignScreen::currentCampaignChanged);
    screen.listView()->selectRow(screen.listModel()->rowOf(m_awareness));
    QCOMPARE(screen.currentCampaignId(), m_awareness);
    screen.listView()->selectRow(screen.listModel()->rowOf(m_seeding));
    QCOMPARE(screen.currentCampaignId(), m_seeding);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(screen.collaborationModel()->rowCount(), 2);
    QCOMPARE(screen.metricsModel()->rowCount(), 2);
    QCOMPARE(screen.fields()->nameEdit()->text(), QStringLiteral("Spring seeding"));
    // Seeding leads with engagements: (100+10+20) + (200+20+40) = 390.
    QCOMPARE(screen.kpiPanel()->shownValue(Kpi::Engagements), QLocale().toString(390));
}

// A colleague's commit (ChangeFeed → refreshFromOutside) reloads the lists but keeps what the user
// typed into the campaign's fields; without unsaved edits, the fields show the colleague's save.
void TestCampaignScreen::outsideChangeKeepsUnsavedFields()
{
    QUndoStack undo;
    CampaignScreen screen(*m_db, &undo);
    screen.show();
    screen.selectCampaign(m_seeding);
    CampaignRepository colleague(*m_db);
    Campaign theirs = *colleague.load(m_seeding);
    theirs.budgetFen = 9900000;
    QVERIFY(colleague.update(theirs));

    screen.fields()->nameEdit()->setText(QStringLiteral("Spring seeding — typed, not saved"));
    screen.refreshFromOutside();
    QCOMPARE(screen.fields()->nameEdit()->text(), QStringLiteral("Spring seeding — typed, not saved"));
    QCOMPARE(screen.currentCampaignId(), m_seeding);

    screen.fields()->nameEdit()->setText(QStringLiteral("Spring seeding")); // back to the stored name
    theirs = *colleague.load(m_seeding);
    theirs.name = QStringLiteral("Spring seeding (renamed by Ben)");
    QVERIFY(colleague.update(theirs));
    screen.refreshFromOutside();
    QCOMPARE(screen.fields()->nameEdit()->text(), QStringLiteral("Spring seeding (renamed by Ben)"));
}

void TestCampaignScreen::editMetricCell()
{
    QUndoStack undo;
    CampaignScreen screen(*m_db, &undo);
    screen.show();
    screen.selectCampaign(m_seeding);
    screen.tabs()->setCurrentIndex(1);
    MetricsTableView *view = screen.metricsView();
    const QModelIndex cell = screen.metricsModel()->index(0, int(Col::Views));
    QCOMPARE(cell.data(PostMetricsTableModel::SnapshotIdRole).toLongLong(), m_snapshots.at(0));
    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_4); // any key opens the editor and lands in it
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll(); // offscreen, the opening key may or may not reach the editor
    QTest::keyClicks(editor, QStringLiteral("4321"));
    QCOMPARE(editor->text(), QStringLiteral("4321"));
    // Commit as the delegate does on Return (key events to an unfocused offscreen editor are unreliable).
    view->itemDelegate()->setModelData(editor, screen.metricsModel(), cell);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT views FROM post_metrics WHERE id = ?"), m_snapshots.at(0)).toInt(), 4321);
    QCOMPARE(undo.count(), 1);
    QCOMPARE(screen.kpiPanel()->shownValue(Kpi::Views), QLocale().toString(4321 + 2000));
    undo.undo();
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT views FROM post_metrics WHERE id = ?"), m_snapshots.at(0)).toInt(), 1000);
    QCOMPARE(screen.kpiPanel()->shownValue(Kpi::Views), QLocale().toString(3000));
}

void TestCampaignScreen::pasteBlockAndUndo()
{
    QUndoStack undo;
    CampaignScreen screen(*m_db, &undo);
    screen.show();
    screen.selectCampaign(m_seeding);
    screen.tabs()->setCurrentIndex(1);
    MetricsTableView *view = screen.metricsView();
    view->setFocus();
    view->setCurrentIndex(screen.metricsModel()->index(0, int(Col::Views)));
    QGuiApplication::clipboard()->setText(QStringLiteral("5000\t500\t50\n6000\t600\t60\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QVERIFY2(screen.message().isEmpty(), qPrintable(screen.message()));
    QCOMPARE(undo.count(), 1);
    const auto views = [&](int i) {
        return scalar(*m_db, QStringLiteral("SELECT views FROM post_metrics WHERE id = ?"), m_snapshots.at(i)).toInt();
    };
    const auto comments = [&](int i) {
        return scalar(*m_db, QStringLiteral("SELECT comments FROM post_metrics WHERE id = ?"), m_snapshots.at(i)).toInt();
    };
    QCOMPARE(views(0), 5000);
    QCOMPARE(views(1), 6000);
    QCOMPARE(comments(0), 50);
    QCOMPARE(comments(1), 60);
    QCOMPARE(screen.metricsModel()->index(1, int(Col::Likes)).data().toString(), QLocale().toString(600));
    QCOMPARE(screen.kpiPanel()->shownValue(Kpi::Views), QLocale().toString(11000));

    undo.undo(); // the whole block at once
    QCOMPARE(views(0), 1000);
    QCOMPARE(views(1), 2000);
    QCOMPARE(comments(0), 10);
    QCOMPARE(comments(1), 20);
    QCOMPARE(screen.metricsModel()->index(1, int(Col::Likes)).data().toString(), QLocale().toString(200));
    QCOMPARE(screen.kpiPanel()->shownValue(Kpi::Views), QLocale().toString(3000));
    QCOMPARE(screen.currentCampaignId(), m_seeding);
    undo.redo();
    QCOMPARE(views(1), 6000);
}

void TestCampaignScreen::refusedPasteShowsReason()
{
    QUndoStack undo;
    CampaignScreen screen(*m_db, &undo);
    screen.show();
    screen.selectCampaign(m_seeding);
    MetricsTableView *view = screen.metricsView();
    view->setCurrentIndex(screen.metricsModel()->index(0, int(Col::Views)));
    QVERIFY(!view->pasteText(QStringLiteral("7000\t700\n8000\tlots\n")));
    QVERIFY2(screen.message().contains(QStringLiteral("Row 2")), qPrintable(screen.message()));
    QVERIFY(screen.message().contains(QStringLiteral("lots")));
    QCOMPARE(undo.count(), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT views FROM post_metrics WHERE id = ?"), m_snapshots.at(0)).toInt(), 1000);

    // A negative fee typed into the collaborations table is refused with the reason.
    const QModelIndex fee = screen.collaborationModel()->index(0, int(CollaborationTableModel::Column::Fee));
    QVERIFY(!screen.collaborationModel()->setData(fee, QStringLiteral("-500")));
    QVERIFY2(screen.message().contains(QStringLiteral("negative")), qPrintable(screen.message()));
    QCOMPARE(undo.count(), 0);
}

void TestCampaignScreen::rateCollaboration()
{
    QUndoStack undo;
    CampaignScreen screen(*m_db, &undo);
    screen.show();
    screen.selectCampaign(m_seeding);
    const int row = [&] {
        for (int r = 0; r < screen.collaborationModel()->rowCount(); ++r) {
            if (screen.collaborationModel()->collaborationAt(r)->creatorId == m_creator)
                return r;
        }
        return -1;
    }();
    QVERIFY(row >= 0);
    screen.collaborationView()->setCurrentIndex(screen.collaborationModel()->index(row, 0));
    RatingEditor *editor = screen.ratingEditor();
    QVERIFY(editor->isEnabled());
    editor->brandFitBox()->setValue(4);
    editor->reliabilityBox()->setValue(5);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QCOMPARE(undo.count(), 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT brand_fit FROM creators WHERE id = ?"), m_creator).toDouble(), 4.0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT reliability FROM creators WHERE id = ?"), m_creator).toDouble(), 5.0);
    QCOMPARE(screen.collaborationModel()->index(row, int(CollaborationTableModel::Column::BrandFit)).data().toString(),
             QStringLiteral("4"));
    undo.undo();
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT brand_fit FROM creators WHERE id = ?"), m_creator).isNull());
    QCOMPARE(editor->brandFitBox()->value(), 0);
}

void TestCampaignScreen::targetsShownAndUndone()
{
    QUndoStack undo;
    CampaignScreen screen(*m_db, &undo);
    screen.selectCampaign(m_seeding);
    QVERIFY(screen.kpiPanel()->targetsButton()->isEnabled());
    QVERIFY(screen.kpiPanel()->shownTarget(Kpi::Cpe).isEmpty());

    // Typed as a brand manager would: fees ¥4,000 over 390 engagements is a CPE of ¥10.26,
    // the engagement rate 390 / 3,000 views = 13%.
    KpiTargetsDialog dialog(QStringLiteral("Spring seeding"), Objective::Seeding, screen.repository()->kpis(m_seeding),
                            {}, &screen);
    QVERIFY(!dialog.edit(Kpi::Budget)); // the budget is a campaign field, not a target
    dialog.edit(Kpi::Cpe)->setText(QStringLiteral("¥12"));
    dialog.edit(Kpi::Engagements)->setText(QStringLiteral("1.2万"));
    dialog.edit(Kpi::EngagementRate)->setText(QStringLiteral("10%"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QMap<Kpi, double> targets = dialog.targets();
    QCOMPARE(targets.size(), 3);
    QCOMPARE(targets.value(Kpi::Engagements), 12000.0);

    QVERIFY(screen.setTargets(targets));
    QCOMPARE(undo.count(), 1);
    QVERIFY2(screen.kpiPanel()->shownTarget(Kpi::Cpe).contains(QStringLiteral("✓")),
             qPrintable(screen.kpiPanel()->shownTarget(Kpi::Cpe)));
    QVERIFY(screen.kpiPanel()->shownTarget(Kpi::Cpe).contains(QStringLiteral("12.00")));
    QVERIFY(screen.kpiPanel()->shownTarget(Kpi::Engagements).contains(QStringLiteral("✗")));
    QVERIFY(screen.kpiPanel()->shownTarget(Kpi::EngagementRate).contains(QStringLiteral("✓")));
    QVERIFY(screen.kpiPanel()->shownTarget(Kpi::Views).isEmpty());
    QCOMPARE(CampaignRepository(*m_db).targets(m_seeding), targets);

    // The same targets again change nothing and add no undo step.
    QVERIFY(!screen.setTargets(targets));
    QCOMPARE(undo.count(), 1);

    undo.undo();
    QVERIFY(CampaignRepository(*m_db).targets(m_seeding).isEmpty());
    QVERIFY(screen.kpiPanel()->shownTarget(Kpi::Cpe).isEmpty());
    undo.redo();
    QCOMPARE(CampaignRepository(*m_db).targets(m_seeding), targets);
    QVERIFY(!screen.kpiPanel()->shownTarget(Kpi::Cpe).isEmpty());
    // The other campaign keeps none.
    QVERIFY(CampaignRepository(*m_db).targets(m_awareness).isEmpty());
}

void TestCampaignScreen::targetsDialogRefusesBadInput()
{
    CampaignRepository repo(*m_db);
    const QMap<Kpi, double> stored{{Kpi::Cpe, 0.8}, {Kpi::SaveRate, 0.0125}};
    KpiTargetsDialog dialog(QStringLiteral("Spring seeding"), Objective::Seeding, repo.kpis(m_seeding), stored);
    // Stored targets come back as editable text that reads back the same.
    QCOMPARE(dialog.edit(Kpi::Cpe)->text(), QStringLiteral("¥0.80"));
    QCOMPARE(dialog.edit(Kpi::SaveRate)->text(), QStringLiteral("1.25%"));
    dialog.edit(Kpi::Views)->setText(QStringLiteral("lots"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.message().contains(QStringLiteral("lots")), qPrintable(dialog.message()));
    QVERIFY(dialog.message().contains(CampaignKpis::label(Kpi::Views)));
    dialog.edit(Kpi::Views)->setText(QStringLiteral("-3"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    dialog.edit(Kpi::Views)->clear();
    dialog.edit(Kpi::SaveRate)->clear(); // cleared: no target any more
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.targets(), (QMap<Kpi, double>{{Kpi::Cpe, 0.8}}));
    QVERIFY(dialog.message().isEmpty());

    // OK on an untouched dialog gives back exactly what was stored, whatever the text shows:
    // 0.013 reads as 1.3% and 1.3 / 100 is not 0.013 in binary.
    const QMap<Kpi, double> odd{{Kpi::SaveRate, 0.013}, {Kpi::EngagementRate, 0.007}, {Kpi::Cpr, 0.0035}};
    KpiTargetsDialog same(QStringLiteral("Spring seeding"), Objective::Seeding, repo.kpis(m_seeding), odd);
    same.accept();
    QCOMPARE(same.result(), int(QDialog::Accepted));
    QCOMPARE(same.targets(), odd);
}

void TestCampaignScreen::editCampaignFieldsAndUndo()
{
    QUndoStack undo;
    CampaignScreen screen(*m_db, &undo);
    screen.show();
    screen.selectCampaign(m_seeding);
    screen.fields()->nameEdit()->setText(QStringLiteral("Spring seeding v2"));
    QTest::mouseClick(screen.fields()->saveButton(), Qt::LeftButton);
    QCOMPARE(undo.count(), 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT name FROM campaigns WHERE id = ?"), m_seeding).toString(),
             QStringLiteral("Spring seeding v2"));
    QCOMPARE(screen.currentCampaignId(), m_seeding);
    undo.undo();
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT name FROM campaigns WHERE id = ?"), m_seeding).toString(),
             QStringLiteral("Spring seeding"));
    QCOMPARE(screen.fields()->nameEdit()->text(), QStringLiteral("Spring seeding"));
}

void TestCampaignScreen::dueBadgeAndReminder()
{
    QUndoStack undo;
    CampaignScreen screen(*m_db, &undo);
    QCOMPARE(screen.dueCount(), 1);
    const int row = screen.listModel()->rowOf(m_awareness);
    QVERIFY(screen.listModel()->index(row, 0).data(CampaignListModel::DueRole).toBool());
    QCOMPARE(screen.listModel()->index(row, 0).data(CampaignListModel::DuePostsRole).toInt(), 2);
    QVERIFY(!screen.listModel()->index(row, int(CampaignListModel::Column::Due)).data().toString().isEmpty());
    QVERIFY(!screen.listModel()->index(screen.listModel()->rowOf(m_seeding), 0).data(CampaignListModel::DueRole).toBool());

    DueReminderDialog dialog(screen.dueCampaigns(), 7);
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    QCOMPARE(dialog.list()->topLevelItem(0)->text(0), QStringLiteral("Summer glow"));
    QSignalSpy chosen(&dialog, &DueReminderDialog::campaignChosen);
    connect(&dialog, &DueReminderDialog::campaignChosen, &screen, &CampaignScreen::selectCampaign);
    emit dialog.list()->itemDoubleClicked(dialog.list()->topLevelItem(0), 0);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(screen.currentCampaignId(), m_awareness);

    // Entering final metrics for both posts clears the badge.
    QSignalSpy dueChanged(&screen, &CampaignScreen::dueCountChanged);
    CampaignRepository *repo = screen.repository();
    for (const Post &p : repo->posts(m_awareness)) {
        MetricSnapshot s;
        s.postId = p.id;
        s.asOf = QDate(2025, 7, 3);
        s.counts.views = 100;
        s.isFinal = true;
        QVERIFY(repo->addSnapshot(s));
    }
    QCOMPARE(screen.dueCount(), 0);
    QVERIFY(!dueChanged.isEmpty());
    QCOMPARE(dueChanged.last().at(0).toInt(), 0);
}

void TestCampaignScreen::grabDemo()
{
    // Optional picture: REDROSTER_CAMPAIGN_GRAB=/path/demo.sqlite:/path/out.png
    const QString spec = qEnvironmentVariable("REDROSTER_CAMPAIGN_GRAB");
    if (spec.isEmpty())
        QSKIP("set REDROSTER_CAMPAIGN_GRAB=db:png to render the screen");
    const QStringList parts = spec.split(QLatin1Char(':'));
    QCOMPARE(parts.size(), 2);
    StoreError error;
    auto db = Database::open(ConnectionSpec::sqlite(parts.at(0)), &error);
    QVERIFY2(db, qPrintable(error.message));
    QUndoStack undo;
    CampaignScreen screen(*db, &undo);
    screen.resize(1600, 1000);
    screen.show();
    screen.tabs()->setCurrentIndex(qEnvironmentVariableIntValue("REDROSTER_CAMPAIGN_TAB"));
    if (screen.collaborationModel()->rowCount() > 0)
        screen.collaborationView()->setCurrentIndex(screen.collaborationModel()->index(0, 0));
    QVERIFY(screen.grab().save(parts.at(1)));
}

QTEST_MAIN(TestCampaignScreen)
#include "tst_campaignscreen.moc"
