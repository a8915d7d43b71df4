// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign screen's editing flows, offscreen: add creators through the dialog, edit a fee
// with undo/redo, add a deliverable, add posts (one refused for its date, one accepted).
#include "campaign/AddCollaborationDialog.h"
#include "domain/NumberFormat.h"
#include "campaign/AddPostDialog.h"
#include "campaign/CampaignListModel.h"
#include "campaign/CampaignRepository.h"
#include "campaign/CampaignScreen.h"
#include "campaign/CollaborationTableModel.h"
#include "campaign/DeliverableDialog.h"
#include "campaign/DeliverablesPanel.h"
#include "campaign/EditCollaborationDialog.h"
#include "campaign/PostMetricsTableModel.h"
#include "store/Database.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace rr;

namespace {

qint64 addCreator(const Database &db, const QString &nickname, const QString &handle, qint64 imagePriceFen)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO creators (nickname, handle, search_text, price_image_fen, created_at, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(nickname);
    q.addBindValue(handle);
    q.addBindValue((handle + QLatin1Char('|') + nickname).toLower());
    q.addBindValue(imagePriceFen);
    q.addBindValue(Database::nowUtc());
    q.addBindValue(Database::nowUtc());
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 count(const Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestCampaignEditing : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void editingFlow();
    void removeCollaborationUndo();
    void listNameColumnReadable();
    void grabDemo();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_campaign = 0;
    qint64 m_lily = 0;  // already in the campaign
    qint64 m_deer = 0;
    qint64 m_deer2 = 0;
};

void TestCampaignEditing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    StoreError error;
    m_db = Database::open(ConnectionSpec::sqlite(m_dir->filePath(QStringLiteral("e.sqlite"))), &error);
    QVERIFY2(m_db, qPrintable(error.message));
    CampaignRepository repo(*m_db);
    Campaign c;
    c.name = QStringLiteral("Spring seeding");
    c.objective = Objective::Seeding;
    c.startsOn = QDate(2026, 3, 1);
    c.endsOn = QDate(2026, 3, 31);
    c.status = CampaignStatus::Live;
    QVERIFY(repo.insert(c));
    m_campaign = c.id;
    m_lily = addCreator(*m_db, QStringLiteral("莉莉鹿"), QStringLiteral("lily01"), 150000);
    m_deer = addCreator(*m_db, QStringLiteral("小鹿"), QStringLiteral("deer01"), 350000);
    m_deer2 = addCreator(*m_db, QStringLiteral("鹿鹿"), QStringLiteral("deer02"), 0);
    addCreator(*m_db, QStringLiteral("阿花"), QStringLiteral("flower"), 0);
    Collaboration co;
    co.campaignId = m_campaign;
    co.creatorId = m_lily;
    QVERIFY(repo.insertCollaboration(co));
}

void TestCampaignEditing::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestCampaignEditing::editingFlow()
{
    QUndoStack undo;
    CampaignScreen screen(*m_db, &undo);
    screen.resize(1400, 900);
    screen.show();
    screen.selectCampaign(m_campaign);
    QCOMPARE(screen.currentCampaignId(), m_campaign);
    QCOMPARE(screen.collaborationModel()->rowCount(), 1);

    // 1. Two creators through the dialog; the one already in the campaign is listed, not pickable.
    AddCollaborationDialog dialog(*m_db, m_campaign, &screen);
    dialog.search(QStringLiteral("鹿"));
    QCOMPARE(dialog.results().size(), 3);
    QVERIFY(dialog.isInCampaign(m_lily));
    QVERIFY(!dialog.pick(m_lily));
    QVERIFY(dialog.pick(m_deer));
    dialog.search(QStringLiteral("DEER02")); // picks survive a new search
    QVERIFY(dialog.pick(m_deer2));
    QCOMPARE(dialog.pickedIds(), (QList<qint64>{m_deer, m_deer2}));
    QVERIFY(dialog.setFee(m_deer2, 88800)); // ¥888
    QVERIFY(dialog.setFormat(m_deer2, ContentFormat::Video));
    QVERIFY(dialog.setStatus(m_deer2, CollaborationStatus::Briefed));
    const QList<Collaboration> picked = dialog.collaborations();
    QCOMPARE(picked.size(), 2);
    QCOMPARE(*picked.at(0).feeFen, qint64(350000)); // from the rate card
    QVERIFY(screen.addCollaborations(picked));
    QCOMPARE(undo.count(), 1); // one command for both
    QCOMPARE(screen.collaborationModel()->rowCount(), 3);
    undo.undo();
    QCOMPARE(screen.collaborationModel()->rowCount(), 1);
    undo.redo();
    QCOMPARE(screen.collaborationModel()->rowCount(), 3);
    const qint64 deer2Co = screen.collaborationModel()
                               ->index(screen.collaborationModel()->rowOf(
                                           [&] {
                                               for (const Collaboration &c : screen.repository()->collaborations(m_campaign))
                                                   if (c.creatorId == m_deer2)
                                                       return c.id;
                                               return qint64(0);
                                           }()),
                                       0)
                               .data(CollaborationTableModel::CollaborationIdRole)
                               .toLongLong();
    QVERIFY(deer2Co > 0);
    std::optional<Collaboration> stored = screen.repository()->loadCollaboration(deer2Co);
    QCOMPARE(*stored->feeFen, qint64(88800));
    QCOMPARE(*stored->format, ContentFormat::Video);
    QCOMPARE(stored->status, CollaborationStatus::Briefed);

    // 2. Edit the fee through the edit dialog; undo and redo it.
    screen.selectCollaboration(deer2Co);
    QCOMPARE(screen.currentCollaborationId(), deer2Co);
    EditCollaborationDialog edit(*stored, &screen);
    edit.feeBox()->setValue(1200.50);
    edit.deliveredBox()->setValue(3); // more than contracted: refused in the dialog
    QVERIFY(!edit.refusal().isEmpty());
    edit.deliveredBox()->setValue(0);
    QVERIFY(edit.refusal().isEmpty());
    QVERIFY(screen.editCollaboration(edit.collaboration()));
    QCOMPARE(*screen.repository()->loadCollaboration(deer2Co)->feeFen, qint64(120050));
    const QModelIndex feeCell = screen.collaborationModel()->index(screen.collaborationModel()->rowOf(deer2Co),
                                                                   int(CollaborationTableModel::Column::Fee));
    QVERIFY(feeCell.data().toString().contains(QStringLiteral("1,201")) || feeCell.data().toString().contains(QStringLiteral("1201")));
    undo.undo();
    QCOMPARE(*screen.repository()->loadCollaboration(deer2Co)->feeFen, qint64(88800));
    undo.redo();
    QCOMPARE(*screen.repository()->loadCollaboration(deer2Co)->feeFen, qint64(120050));

    // 3. A deliverable for the selected collaboration, shown in the panel.
    DeliverableDialog addDeliverable(Deliverable{0, deer2Co, ContentFormat::Video, QDate(2026, 3, 20), 0}, {}, &screen);
    QVERIFY(screen.addDeliverable(addDeliverable.deliverable()));
    QCOMPARE(screen.deliverablesPanel()->collaborationId(), deer2Co);
    QCOMPARE(screen.deliverablesPanel()->table()->rowCount(), 1);
    QVERIFY(screen.deliverablesPanel()->summary().contains(QStringLiteral("1 contracted")));
    const QModelIndex deliverablesCell = screen.collaborationModel()->index(
        screen.collaborationModel()->rowOf(deer2Co), int(CollaborationTableModel::Column::Deliverables));
    QVERIFY(deliverablesCell.data().toString().contains(NumberFormat::date(QDate(2026, 3, 20), QLocale())));

    // 4. A post dated after the campaign: refused with the reason, nothing written or stacked.
    const std::optional<Campaign> campaign = screen.repository()->load(m_campaign);
    AddPostDialog postDialog(*campaign, screen.repository()->collaborations(m_campaign), &screen);
    QVERIFY(postDialog.setCollaboration(deer2Co));
    postDialog.titleEdit()->setText(QStringLiteral("防晒测评"));
    postDialog.linkEdit()->setText(QStringLiteral("https://www.xiaohongshu.com/explore/abc"));
    postDialog.publishedEdit()->setDate(QDate(2026, 4, 3));
    QVERIFY(postDialog.refusal().contains(NumberFormat::date(QDate(2026, 3, 31), QLocale())));
    const int stacked = undo.count();
    QVERIFY(!screen.addPost(postDialog.post()));
    QVERIFY2(screen.message().contains(NumberFormat::date(QDate(2026, 3, 31), QLocale())), qPrintable(screen.message()));
    QCOMPARE(count(*m_db, QStringLiteral("posts")), 0);
    QCOMPARE(undo.count(), stacked);

    // 5. The same post inside the campaign.
    postDialog.publishedEdit()->setDate(QDate(2026, 3, 18));
    QVERIFY(postDialog.refusal().isEmpty());
    QVERIFY(screen.addPost(postDialog.post()));
    QCOMPARE(undo.count(), stacked + 1);
    const QList<Post> posts = screen.repository()->posts(m_campaign);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.at(0).collaborationId, deer2Co);
    QCOMPARE(posts.at(0).creatorId, m_deer2);
    QCOMPARE(posts.at(0).format, ContentFormat::Video);
    QCOMPARE(screen.metricsModel()->rowCount() > 0, true);
    undo.undo();
    QCOMPARE(count(*m_db, QStringLiteral("posts")), 0);
    undo.redo();
    QCOMPARE(count(*m_db, QStringLiteral("posts")), 1);
}

void TestCampaignEditing::removeCollaborationUndo()
{
    QUndoStack undo;
    CampaignScreen screen(*m_db, &undo);
    screen.selectCampaign(m_campaign);
    const qint64 id = screen.repository()->collaborations(m_campaign).at(0).id;
    QVERIFY(screen.removeCollaboration(id));
    QCOMPARE(screen.collaborationModel()->rowCount(), 0);
    QCOMPARE(undo.count(), 1);
    undo.undo();
    QCOMPARE(screen.collaborationModel()->rowCount(), 1);
    QCOMPARE(screen.repository()->collaborations(m_campaign).at(0).id, id);

    // With a post: removed for good, not on the stack.
    Post p;
    p.collaborationId = id;
    p.creatorId = m_lily;
    p.publishedOn = QDate(2026, 3, 3);
    QVERIFY(screen.repository()->insertPost(p));
    QVERIFY(screen.removeCollaboration(id));
    QCOMPARE(screen.collaborationModel()->rowCount(), 0);
    QCOMPARE(undo.count(), 1);
}

void TestCampaignEditing::listNameColumnReadable()
{
    CampaignRepository repo(*m_db);
    Campaign c;
    c.name = QStringLiteral("Autumn skincare seeding with mid-tier KOLs");
    c.startsOn = QDate(2026, 9, 1);
    QVERIFY(repo.insert(c));
    QUndoStack undo;
    CampaignScreen screen(*m_db, &undo);
    screen.resize(1400, 900);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    const int nameWidth = screen.listView()->columnWidth(int(CampaignListModel::Column::Name));
    const int needed = screen.listView()->fontMetrics().horizontalAdvance(c.name);
    QVERIFY2(nameWidth >= needed, qPrintable(QStringLiteral("%1 < %2").arg(nameWidth).arg(needed)));
}

void TestCampaignEditing::grabDemo()
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
    screen.resize(1400, 950);
    screen.show();
    if (screen.collaborationModel()->rowCount() > 0)
        screen.collaborationView()->setCurrentIndex(screen.collaborationModel()->index(0, 0));
    QVERIFY(screen.grab().save(parts.at(1)));
}

QTEST_MAIN(TestCampaignEditing)
#include "tst_campaignediting.moc"
