// SPDX-License-Identifier: GPL-3.0-or-later
// Two connections to one database (Anna's and Ben's apps): a vetting checklist or a deliverable
// written over a state that someone else changed meanwhile is refused with Conflict instead of
// overwriting it, by the repository and by the undo commands in both directions; and the
// three-way merges that let the later save keep both people's work. Runs on a SQLite file and,
// as tst_staleedits_postgres, on the test server.
#include "TestDatabase.h"

#include "campaign/CampaignCommands.h"
#include "campaign/CampaignRepository.h"
#include "campaign/CollaborationMerge.h"
#include "domain/CreatorRepository.h"
#include "store/Database.h"
#include "vetting/VettingCommands.h"
#include "vetting/VettingMerge.h"
#include "vetting/VettingRepository.h"

#include <QTest>
#include <QUndoStack>

using namespace rr;

class TestStaleEdits : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void vettingOverAChangedChecklistIsRefused();
    void firstChecklistTwiceIsRefused();
    void vettingUndoKeepsAColleaguesLaterSave();
    void vettingMergeKeepsBothSides();
    void deliverableOverAChangedRowIsRefused();
    void deliverableUndoKeepsAColleaguesLaterSave();
    void deliverableMergeKeepsBothSides();

private:
    std::unique_ptr<test::TestDatabase> m_scratch;
    std::unique_ptr<Database> m_anna;
    std::unique_ptr<Database> m_ben;
    qint64 m_creator = 0;
    Deliverable m_deliverable;
};

void TestStaleEdits::init()
{
    m_scratch = std::make_unique<test::TestDatabase>();
    StoreError e;
    m_anna = m_scratch->open(QStringLiteral("team.redroster"), &e);
    QVERIFY2(m_anna, qPrintable(e.message + e.detail));
    m_ben = m_scratch->open(QStringLiteral("team.redroster"), &e);
    QVERIFY2(m_ben, qPrintable(e.message + e.detail));
    m_anna->setUserName(QStringLiteral("anna"));
    m_ben->setUserName(QStringLiteral("ben"));

    Creator c;
    c.handle = QStringLiteral("momo_skin");
    c.nickname = QStringLiteral("Momo的护肤日记");
    c.followers = 48000;
    QVERIFY(CreatorRepository(*m_anna).insert(c, &e));
    m_creator = c.id;

    CampaignRepository campaigns(*m_anna);
    Campaign campaign;
    campaign.name = QStringLiteral("露慕 新品");
    campaign.startsOn = QDate(2026, 3, 1);
    campaign.endsOn = QDate(2026, 3, 31);
    QVERIFY2(campaigns.insert(campaign, &e), qPrintable(e.message));
    Collaboration co;
    co.campaignId = campaign.id;
    co.creatorId = m_creator;
    co.contractedPosts = 2;
    QVERIFY2(campaigns.insertCollaboration(co, &e), qPrintable(e.message));
    m_deliverable = Deliverable{0, co.id, ContentFormat::Image, QDate(2026, 3, 10), 0};
    QVERIFY2(campaigns.addDeliverable(m_deliverable, &e), qPrintable(e.message));
}

void TestStaleEdits::vettingOverAChangedChecklistIsRefused()
{
    VettingRepository anna(*m_anna);
    VettingRepository ben(*m_ben);
    Vetting first = emptyVetting(m_creator);
    first.commentQuality = 3;
    QVERIFY(anna.save(first, std::nullopt));
    const std::optional<Vetting> loaded = anna.load(m_creator); // Anna's editor opens

    Vetting benSave = *ben.load(m_creator);
    benSave.fakeFollowerFlag = true;
    StoreError e;
    QVERIFY2(ben.save(benSave, loaded, &e), qPrintable(e.message));

    Vetting annaSave = *loaded;
    annaSave.notes = QStringLiteral("评论真实");
    QVERIFY(!anna.save(annaSave, loaded, &e));
    QCOMPARE(e.code, StoreError::Code::Conflict);
    QCOMPARE(anna.load(m_creator)->fakeFollowerFlag, true); // Ben's flag stands
    QVERIFY(anna.load(m_creator)->notes.isEmpty());
    QVERIFY(!anna.remove(m_creator, loaded, &e));
    QCOMPARE(e.code, StoreError::Code::Conflict);
    QVERIFY(anna.load(m_creator));

    // Over what is stored now, it is saved.
    QVERIFY2(anna.save(annaSave, anna.load(m_creator), &e), qPrintable(e.message));
    QCOMPARE(anna.load(m_creator)->vettedBy, QStringLiteral("anna"));
}

void TestStaleEdits::firstChecklistTwiceIsRefused()
{
    Vetting ben = emptyVetting(m_creator);
    ben.contentConsistency = 5;
    QVERIFY(VettingRepository(*m_ben).save(ben, std::nullopt));
    Vetting anna = emptyVetting(m_creator);
    anna.contentConsistency = 2;
    StoreError e;
    QVERIFY(!VettingRepository(*m_anna).save(anna, std::nullopt, &e)); // she saw no checklist
    QCOMPARE(e.code, StoreError::Code::Conflict);
    QCOMPARE(VettingRepository(*m_anna).load(m_creator)->contentConsistency, std::optional<int>(5));
}

void TestStaleEdits::vettingUndoKeepsAColleaguesLaterSave()
{
    QUndoStack stack;
    Vetting mine = emptyVetting(m_creator);
    mine.commentQuality = 4;
    StoreError failure;
    auto *command = new SaveVettingCommand(VettingRepository(*m_anna), m_creator, std::nullopt, mine);
    command->setFailureReporter([&failure](const StoreError &e) { failure = e; });
    stack.push(command);
    QCOMPARE(stack.count(), 1);

    VettingRepository ben(*m_ben);
    Vetting benSave = *ben.load(m_creator);
    benSave.notes = QStringLiteral("Ben: 档期紧");
    QVERIFY(ben.save(benSave, ben.load(m_creator)));

    // Undoing Anna's save would remove the row with Ben's notes: refused, the notes stay.
    stack.undo();
    QCOMPARE(failure.code, StoreError::Code::Conflict);
    QCOMPARE(VettingRepository(*m_anna).load(m_creator)->notes, QStringLiteral("Ben: 档期紧"));
}

void TestStaleEdits::vettingMergeKeepsBothSides()
{
    Vetting base = emptyVetting(m_creator);
    base.commentQuality = 3;
    Vetting mine = base;
    mine.commentQuality = 4;                     // only Anna
    mine.notes = QStringLiteral("Anna: 评论真实"); // both
    Vetting theirs = base;
    theirs.fakeFollowerFlag = true;              // only Ben
    theirs.notes = QStringLiteral("Ben: 疑似刷量");
    theirs.vettedBy = QStringLiteral("ben");
    const VettingMerge merge(base, mine, theirs);
    QCOMPARE(merge.conflicts().size(), 1);
    QCOMPARE(merge.conflicts().at(0).key, QStringLiteral("vetting.notes"));
    QCOMPARE(merge.conflicts().at(0).mine, QStringLiteral("Anna: 评论真实"));
    QCOMPARE(merge.conflicts().at(0).theirs, QStringLiteral("Ben: 疑似刷量"));
    const Vetting theirsKept = merge.merged({});
    QCOMPARE(theirsKept.commentQuality, std::optional<int>(4));
    QVERIFY(theirsKept.fakeFollowerFlag);
    QCOMPARE(theirsKept.notes, QStringLiteral("Ben: 疑似刷量"));
    QCOMPARE(merge.merged({QStringLiteral("vetting.notes")}).notes, QStringLiteral("Anna: 评论真实"));

    // No checklist on either side counts as an empty one: Ben's first checklist and Anna's meet.
    const VettingMerge fromNothing(std::nullopt, mine, theirs);
    QVERIFY(fromNothing.changedByMe().contains(QStringLiteral("vetting.comment_quality")));
    QCOMPARE(fromNothing.conflicts().size(), 2); // the rating and the notes differ from both
}

void TestStaleEdits::deliverableOverAChangedRowIsRefused()
{
    CampaignRepository anna(*m_anna);
    CampaignRepository ben(*m_ben);
    const Deliverable loaded = *anna.loadDeliverable(m_deliverable.id); // Anna's dialog opens
    Deliverable benEdit = *ben.loadDeliverable(m_deliverable.id);
    benEdit.dueOn = QDate(2026, 3, 14);
    StoreError e;
    QVERIFY2(ben.updateDeliverable(benEdit, loaded, &e), qPrintable(e.message));

    Deliverable annaEdit = loaded;
    annaEdit.format = ContentFormat::Video;
    QVERIFY(!anna.updateDeliverable(annaEdit, loaded, &e));
    QCOMPARE(e.code, StoreError::Code::Conflict);
    QCOMPARE(anna.loadDeliverable(m_deliverable.id)->dueOn, QDate(2026, 3, 14));
    QCOMPARE(anna.loadDeliverable(m_deliverable.id)->format, ContentFormat::Image);
}

void TestStaleEdits::deliverableUndoKeepsAColleaguesLaterSave()
{
    CampaignRepository anna(*m_anna);
    QUndoStack stack;
    Deliverable after = m_deliverable;
    after.format = ContentFormat::Video;
    stack.push(new DeliverableCommand(anna, DeliverableCommand::Kind::Edit, m_deliverable, after));
    QCOMPARE(anna.loadDeliverable(m_deliverable.id)->format, ContentFormat::Video);

    CampaignRepository ben(*m_ben);
    Deliverable benEdit = *ben.loadDeliverable(m_deliverable.id);
    benEdit.dueOn = QDate(2026, 3, 20);
    QVERIFY(ben.updateDeliverable(benEdit, after));

    stack.undo(); // would put back the old due date over Ben's
    const Deliverable now = *anna.loadDeliverable(m_deliverable.id);
    QCOMPARE(now.dueOn, QDate(2026, 3, 20));
    QCOMPARE(now.format, ContentFormat::Video);
    QCOMPARE(stack.count(), 0); // the refused command left the stack
}

void TestStaleEdits::deliverableMergeKeepsBothSides()
{
    Post post;
    post.id = 77;
    post.title = QStringLiteral("春季新品试用");
    Deliverable mine = m_deliverable;
    mine.postId = 77;
    Deliverable theirs = m_deliverable;
    theirs.dueOn = QDate(2026, 3, 12);
    const DeliverableMerge merge(m_deliverable, mine, theirs, {post});
    QVERIFY(merge.conflicts().isEmpty());
    const Deliverable merged = merge.merged({});
    QCOMPARE(merged.postId, qint64(77));
    QCOMPARE(merged.dueOn, QDate(2026, 3, 12));

    theirs.postId = 0;
    theirs.format = ContentFormat::Video;
    mine.format = ContentFormat::Image;
    Deliverable mineVideo = mine;
    mineVideo.format = ContentFormat::Video; // same change on both sides: no conflict
    QVERIFY(DeliverableMerge(m_deliverable, mineVideo, theirs, {post}).conflicts().isEmpty());
    Deliverable other = theirs;
    other.postId = 78;
    const DeliverableMerge clash(m_deliverable, mine, other, {post});
    QCOMPARE(clash.conflicts().size(), 1);
    QCOMPARE(clash.conflicts().at(0).mine, QStringLiteral("春季新品试用")); // the post by its title
    QCOMPARE(clash.conflicts().at(0).theirs, QStringLiteral("Post #78"));
}

QTEST_GUILESS_MAIN(TestStaleEdits)
#include "tst_staleedits.moc"
