// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "campaign/CampaignRepository.h"
#include "domain/NumberFormat.h"
#include "campaign/CollaborationRollup.h"
#include "campaign/DueCampaigns.h"
#include "campaign/PostMetricsTableModel.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace rr;

namespace {

QVariant scalar(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TestCampaignRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void campaignCrud();
    void versionConflict();
    void closingRecordsTheDate();
    void collaborationsWithDeliverables();
    void dueRule_data();
    void dueRule();
    void rollupOntoCreator();
    void negativeFeeRefused();
    void overDeliveryRefused();
    void postOutsideCampaignRefused_data();
    void postOutsideCampaignRefused();
    void lowerMetricKeptAndFlagged();
    void kpisUseLatestSnapshot();
    void pasteAllOrNothing();
    void pasteUndoRedo();
    void undatedSortedAsOnSqlite();

private:
    qint64 addCreator(const QString &nickname);
    Campaign makeCampaign(CampaignStatus status = CampaignStatus::Live);
    qint64 addCollaboration(qint64 campaignId, qint64 creatorId, qint64 feeFen = 200000);
    qint64 addPost(qint64 collaborationId, qint64 creatorId, const QDate &published);
    qint64 addReading(qint64 postId, const QDate &asOf, qint64 views, qint64 likes, bool final = false);

    std::unique_ptr<test::TestDatabase> m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CampaignRepository> m_repo;
};

void TestCampaignRepository::init()
{
    m_scratch = std::make_unique<test::TestDatabase>();
    QVERIFY(m_scratch->isValid());
    StoreError error;
    m_db = m_scratch->open(QStringLiteral("c.sqlite"), &error);
    QVERIFY2(m_db, qPrintable(error.message));
    m_repo = std::make_unique<CampaignRepository>(*m_db);
}

void TestCampaignRepository::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_scratch.reset();
}

qint64 TestCampaignRepository::addCreator(const QString &nickname)
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("INSERT INTO creators (nickname, created_at, updated_at) VALUES (?, ?, ?) RETURNING id"));
    q.addBindValue(nickname);
    q.addBindValue(Database::nowUtc());
    q.addBindValue(Database::nowUtc());
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

Campaign TestCampaignRepository::makeCampaign(CampaignStatus status)
{
    Campaign c;
    c.name = QStringLiteral("Spring SPF");
    c.brand = QStringLiteral("Sunny");
    c.product = QStringLiteral("SPF50");
    c.objective = Objective::Seeding;
    c.startsOn = QDate(2026, 3, 1);
    c.endsOn = QDate(2026, 3, 31);
    c.budgetFen = 5000000;
    c.status = status;
    c.owner = QStringLiteral("Anna");
    return c;
}

qint64 TestCampaignRepository::addCollaboration(qint64 campaignId, qint64 creatorId, qint64 feeFen)
{
    Collaboration co;
    co.campaignId = campaignId;
    co.creatorId = creatorId;
    co.feeFen = feeFen;
    co.format = ContentFormat::Image;
    co.contractedPosts = 2;
    co.deliveredPosts = 1;
    if (!m_repo->insertCollaboration(co))
        return 0;
    return co.id;
}

qint64 TestCampaignRepository::addPost(qint64 collaborationId, qint64 creatorId, const QDate &published)
{
    Post p;
    p.collaborationId = collaborationId;
    p.creatorId = creatorId;
    p.title = QStringLiteral("Post %1").arg(published.toString(Qt::ISODate));
    p.publishedOn = published;
    if (!m_repo->insertPost(p))
        return 0;
    return p.id;
}

qint64 TestCampaignRepository::addReading(qint64 postId, const QDate &asOf, qint64 views, qint64 likes, bool final)
{
    MetricSnapshot s;
    s.postId = postId;
    s.asOf = asOf;
    s.counts.views = views;
    s.counts.likes = likes;
    s.counts.comments = 10;
    s.counts.saves = 20;
    s.isFinal = final;
    if (!m_repo->addSnapshot(s))
        return 0;
    return s.id;
}

void TestCampaignRepository::campaignCrud()
{
    QSignalSpy changed(m_repo.get(), &CampaignRepository::campaignsChanged);
    Campaign c = makeCampaign();
    QVERIFY(m_repo->insert(c));
    QVERIFY(c.id > 0);
    QCOMPARE(c.version, 1);
    QCOMPARE(changed.count(), 1);

    const std::optional<Campaign> loaded = m_repo->load(c.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->name, c.name);
    QCOMPARE(loaded->brand, c.brand);
    QCOMPARE(loaded->objective, Objective::Seeding);
    QCOMPARE(loaded->startsOn, QDate(2026, 3, 1));
    QCOMPARE(*loaded->budgetFen, qint64(5000000));
    QCOMPARE(loaded->status, CampaignStatus::Live);

    Campaign edited = *loaded;
    edited.name = QStringLiteral("Spring SPF 2");
    edited.budgetFen.reset();
    QVERIFY(m_repo->update(edited));
    QCOMPARE(edited.version, 2);
    QCOMPARE(m_repo->load(c.id)->name, QStringLiteral("Spring SPF 2"));
    QVERIFY(!m_repo->load(c.id)->budgetFen);
    QCOMPARE(m_repo->list().size(), 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'campaigns'")).toInt(), 2);

    QVERIFY(m_repo->remove(c.id));
    QVERIFY(m_repo->list().isEmpty());
    StoreError error;
    QVERIFY(!m_repo->load(c.id, &error));
    QCOMPARE(error.code, StoreError::Code::NotFound);
}

void TestCampaignRepository::versionConflict()
{
    Campaign c = makeCampaign();
    QVERIFY(m_repo->insert(c));
    Campaign mine = c;
    Campaign theirs = c;
    theirs.owner = QStringLiteral("Ben");
    QVERIFY(m_repo->update(theirs));
    mine.owner = QStringLiteral("Cleo");
    QSignalSpy failed(m_repo.get(), &CampaignRepository::writeFailed);
    StoreError error;
    QVERIFY(!m_repo->update(mine, &error));
    QCOMPARE(error.code, StoreError::Code::Conflict);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_repo->load(c.id)->owner, QStringLiteral("Ben"));

    QVERIFY(m_repo->remove(c.id));
    QVERIFY(!m_repo->update(theirs, &error));
    QCOMPARE(error.code, StoreError::Code::NotFound);

    // Collaborations are version-checked too.
    Campaign other = makeCampaign();
    QVERIFY(m_repo->insert(other));
    const qint64 creator = addCreator(QStringLiteral("莉莉"));
    const qint64 coId = addCollaboration(other.id, creator);
    Collaboration a = *m_repo->loadCollaboration(coId);
    Collaboration b = a;
    a.feeFen = 100;
    QVERIFY(m_repo->updateCollaboration(a));
    b.feeFen = 200;
    QVERIFY(!m_repo->updateCollaboration(b, &error));
    QCOMPARE(error.code, StoreError::Code::Conflict);
    QCOMPARE(*m_repo->loadCollaboration(coId)->feeFen, qint64(100));
}

void TestCampaignRepository::closingRecordsTheDate()
{
    Campaign c = makeCampaign(CampaignStatus::Live);
    QVERIFY(m_repo->insert(c));
    QVERIFY(!c.closedOn.isValid());
    c.status = CampaignStatus::Closed;
    QVERIFY(m_repo->update(c));
    QCOMPARE(m_repo->load(c.id)->closedOn, QDate::currentDate());
    c.status = CampaignStatus::Live; // reopened: no longer closed
    QVERIFY(m_repo->update(c));
    QVERIFY(!m_repo->load(c.id)->closedOn.isValid());
}

void TestCampaignRepository::collaborationsWithDeliverables()
{
    Campaign c = makeCampaign();
    QVERIFY(m_repo->insert(c));
    const qint64 creator = addCreator(QStringLiteral("小鹿"));
    const qint64 coId = addCollaboration(c.id, creator, 350000);
    const qint64 post = addPost(coId, creator, QDate(2026, 3, 10));
    Deliverable d1{0, coId, ContentFormat::Image, QDate(2026, 3, 10), post};
    Deliverable d2{0, coId, ContentFormat::Video, QDate(2026, 3, 20), 0};
    QVERIFY(m_repo->addDeliverable(d1));
    QVERIFY(m_repo->addDeliverable(d2));
    const QList<Collaboration> list = m_repo->collaborations(c.id);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).creatorName, QStringLiteral("小鹿"));
    QCOMPARE(*list.at(0).feeFen, qint64(350000));
    QCOMPARE(list.at(0).deliverables.size(), 2);
    QCOMPARE(list.at(0).deliverables.at(0).postId, post);
    QCOMPARE(list.at(0).deliverables.at(1).format, ContentFormat::Video);
    QCOMPARE(m_repo->posts(c.id).size(), 1);

    QVERIFY(m_repo->removeCollaboration(coId));
    QVERIFY(m_repo->collaborations(c.id).isEmpty());
    QVERIFY(m_repo->posts(c.id).isEmpty()); // cascades
}

void TestCampaignRepository::dueRule_data()
{
    QTest::addColumn<int>("closedDaysAgo"); // -1: not closed
    QTest::addColumn<bool>("allFinal");
    QTest::addColumn<int>("graceDays");
    QTest::addColumn<bool>("due");
    QTest::addColumn<int>("missing");
    QTest::newRow("closed 7 days, no final") << 7 << false << 7 << true << 2;
    QTest::newRow("closed 30 days, no final") << 30 << false << 7 << true << 2;
    QTest::newRow("closed 6 days, no final") << 6 << false << 7 << false << 0;
    QTest::newRow("closed 7 days, all final") << 7 << true << 7 << false << 0;
    QTest::newRow("live campaign") << -1 << false << 7 << false << 0;
    QTest::newRow("grace 3, closed 3 days") << 3 << false << 3 << true << 2;
    QTest::newRow("grace 14, closed 10 days") << 10 << false << 14 << false << 0;
}

void TestCampaignRepository::dueRule()
{
    QFETCH(int, closedDaysAgo);
    QFETCH(bool, allFinal);
    QFETCH(int, graceDays);
    QFETCH(bool, due);
    QFETCH(int, missing);
    const QDate today(2026, 5, 20);
    Campaign c = makeCampaign(closedDaysAgo >= 0 ? CampaignStatus::Closed : CampaignStatus::Live);
    if (closedDaysAgo >= 0)
        c.closedOn = today.addDays(-closedDaysAgo);
    QVERIFY(m_repo->insert(c));
    const qint64 creator = addCreator(QStringLiteral("A"));
    const qint64 coId = addCollaboration(c.id, creator);
    const qint64 p1 = addPost(coId, creator, QDate(2026, 3, 5));
    const qint64 p2 = addPost(coId, creator, QDate(2026, 3, 6));
    QVERIFY(addReading(p1, QDate(2026, 3, 10), 100, 10, allFinal));
    QVERIFY(addReading(p2, QDate(2026, 3, 10), 100, 10, false));
    if (allFinal) {
        const qint64 s = addReading(p2, QDate(2026, 3, 20), 200, 20, false);
        QVERIFY(m_repo->setFinal(s, true));
    }
    const QList<DueCampaign> list = DueCampaigns::find(*m_db, today, graceDays);
    QCOMPARE(list.isEmpty(), !due);
    if (due) {
        QCOMPARE(list.at(0).campaignId, c.id);
        QCOMPARE(list.at(0).postsWithoutFinal, missing);
        QCOMPARE(list.at(0).daysOverdue, closedDaysAgo - graceDays);
    }
}

void TestCampaignRepository::rollupOntoCreator()
{
    const qint64 creator = addCreator(QStringLiteral("Mia"));
    const int versionBefore = scalar(*m_db, QStringLiteral("SELECT version FROM creators WHERE id = ?"), {creator}).toInt();
    Campaign a = makeCampaign();
    Campaign b = makeCampaign();
    b.name = QStringLiteral("Autumn");
    b.startsOn = QDate(2026, 9, 1);
    b.endsOn = QDate(2026, 9, 30);
    QVERIFY(m_repo->insert(a));
    QVERIFY(m_repo->insert(b));
    const qint64 co1 = addCollaboration(a.id, creator);
    const qint64 co2 = addCollaboration(b.id, creator);

    CollaborationRating r1;
    r1.brandFit = 5;
    r1.reliability = 2;
    r1.renewal = Renewal::Maybe;
    r1.renewalReason = QStringLiteral("Late twice");
    r1.responseHours = 12.5;
    r1.pushbackNotes = QStringLiteral("Suggested a better hook");
    r1.revisionNotes = QStringLiteral("One round, quick");
    int version = m_repo->loadCollaboration(co1)->version;
    QVERIFY(m_repo->setRating(co1, r1, &version));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT brand_fit FROM creators WHERE id = ?"), {creator}).toDouble(), 5.0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT reliability FROM creators WHERE id = ?"), {creator}).toDouble(), 2.0);
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT version FROM creators WHERE id = ?"), {creator}).toInt() > versionBefore);

    CollaborationRating r2;
    r2.brandFit = 4;
    r2.reliability = 5;
    int version2 = m_repo->loadCollaboration(co2)->version;
    QVERIFY(m_repo->setRating(co2, r2, &version2));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT brand_fit FROM creators WHERE id = ?"), {creator}).toDouble(), 4.5);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT reliability FROM creators WHERE id = ?"), {creator}).toDouble(), 3.5);

    const std::optional<CreatorRollup> rollup = CollaborationRollup::load(*m_db, creator);
    QVERIFY(rollup);
    QCOMPARE(*rollup->brandFit, 4.5);
    QCOMPARE(rollup->brandFitCount, 2);
    QCOMPARE(rollup->history.size(), 2);
    QCOMPARE(rollup->history.at(0).campaignName, QStringLiteral("Autumn")); // latest first
    QCOMPARE(rollup->history.at(1).rating, r1);                           // every §3 field kept

    // A stale version is refused and changes nothing.
    StoreError error;
    int stale = 1;
    QVERIFY(!m_repo->setRating(co2, r1, &stale, &error));
    QCOMPARE(error.code, StoreError::Code::Conflict);

    // Removing a rated collaboration rolls the averages back.
    QVERIFY(m_repo->removeCollaboration(co2));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT brand_fit FROM creators WHERE id = ?"), {creator}).toDouble(), 5.0);
    QVERIFY(m_repo->removeCollaboration(co1));
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT brand_fit FROM creators WHERE id = ?"), {creator}).isNull());
}

void TestCampaignRepository::negativeFeeRefused()
{
    Campaign c = makeCampaign();
    QVERIFY(m_repo->insert(c));
    const qint64 creator = addCreator(QStringLiteral("N"));
    Collaboration co;
    co.campaignId = c.id;
    co.creatorId = creator;
    co.feeFen = -100;
    StoreError error;
    QVERIFY(!m_repo->insertCollaboration(co, &error));
    QVERIFY(error.message.contains(QStringLiteral("negative")));
    QCOMPARE(error.detail, QStringLiteral("refused"));
    QVERIFY(m_repo->collaborations(c.id).isEmpty());

    const qint64 id = addCollaboration(c.id, creator, 100);
    Collaboration edit = *m_repo->loadCollaboration(id);
    edit.feeFen = -5000;
    QVERIFY(!m_repo->updateCollaboration(edit, &error));
    QVERIFY(error.message.contains(QStringLiteral("negative")));
    QCOMPARE(*m_repo->loadCollaboration(id)->feeFen, qint64(100));
}

void TestCampaignRepository::overDeliveryRefused()
{
    Campaign c = makeCampaign();
    QVERIFY(m_repo->insert(c));
    const qint64 creator = addCreator(QStringLiteral("O"));
    const qint64 id = addCollaboration(c.id, creator);
    Collaboration edit = *m_repo->loadCollaboration(id);
    edit.deliveredPosts = 3; // contracted 2
    StoreError error;
    QVERIFY(!m_repo->updateCollaboration(edit, &error));
    QVERIFY2(error.message.contains(QStringLiteral("3 delivered but only 2 contracted")), qPrintable(error.message));
    QCOMPARE(m_repo->loadCollaboration(id)->deliveredPosts, 1);
    edit.contractedPosts = 3; // raising the contract first makes it fine
    QVERIFY(m_repo->updateCollaboration(edit));
    QCOMPARE(m_repo->loadCollaboration(id)->deliveredPosts, 3);
}

void TestCampaignRepository::postOutsideCampaignRefused_data()
{
    QTest::addColumn<QDate>("published");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("before start") << QDate(2026, 2, 28) << false;
    QTest::newRow("first day") << QDate(2026, 3, 1) << true;
    QTest::newRow("last day") << QDate(2026, 3, 31) << true;
    QTest::newRow("after end") << QDate(2026, 4, 1) << false;
}

void TestCampaignRepository::postOutsideCampaignRefused()
{
    QFETCH(QDate, published);
    QFETCH(bool, accepted);
    Campaign c = makeCampaign();
    QVERIFY(m_repo->insert(c));
    const qint64 creator = addCreator(QStringLiteral("P"));
    const qint64 co = addCollaboration(c.id, creator);
    Post p;
    p.collaborationId = co;
    p.creatorId = creator;
    p.publishedOn = published;
    StoreError error;
    QCOMPARE(m_repo->insertPost(p, &error), accepted);
    if (!accepted)
        QVERIFY(error.message.contains(NumberFormat::date(published, QLocale()))); // in the interface's date form

    // The same rule on an edit of the publication date (a cell of the metrics table).
    const qint64 post = addPost(co, creator, QDate(2026, 3, 15));
    MetricCellEdit edit;
    edit.target = MetricCellEdit::Target::Published;
    edit.postId = post;
    edit.value = published;
    QCOMPARE(m_repo->applyCellEdits({edit}, &error), accepted);
    const QDate stored = scalar(*m_db, QStringLiteral("SELECT published_on FROM posts WHERE id = ?"), {post}).toDate();
    QCOMPARE(stored, accepted ? published : QDate(2026, 3, 15));
}

void TestCampaignRepository::lowerMetricKeptAndFlagged()
{
    Campaign c = makeCampaign();
    QVERIFY(m_repo->insert(c));
    const qint64 creator = addCreator(QStringLiteral("L"));
    const qint64 co = addCollaboration(c.id, creator);
    const qint64 post = addPost(co, creator, QDate(2026, 3, 5));
    QVERIFY(addReading(post, QDate(2026, 3, 6), 1000, 100));
    MetricSnapshot lower;
    lower.postId = post;
    lower.asOf = QDate(2026, 3, 13);
    lower.counts.views = 1500;
    lower.counts.likes = 90; // lower than 100: kept and flagged
    QList<InputFlag> flags;
    QVERIFY(m_repo->addSnapshot(lower, nullptr, &flags));
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.at(0).rule, InputFlag::Rule::MetricDecreased);
    QVERIFY(!flags.at(0).refuses());
    QVERIFY(flags.at(0).reason.contains(NumberFormat::date(QDate(2026, 3, 6), QLocale())));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT likes FROM post_metrics WHERE id = ?"), {lower.id}).toInt(), 90);

    // The table shows the flag on that cell only.
    PostMetricsTableModel model(*m_repo, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCampaign(c.id);
    QCOMPARE(model.rowCount(), 2);
    using Col = PostMetricsTableModel::Column;
    QVERIFY(!model.index(1, int(Col::Likes)).data(PostMetricsTableModel::FlagRole).toString().isEmpty());
    QVERIFY(model.index(1, int(Col::Views)).data(PostMetricsTableModel::FlagRole).toString().isEmpty());
    QVERIFY(model.index(0, int(Col::Likes)).data(PostMetricsTableModel::FlagRole).toString().isEmpty());
}

void TestCampaignRepository::kpisUseLatestSnapshot()
{
    Campaign c = makeCampaign();
    QVERIFY(m_repo->insert(c));
    const qint64 creator = addCreator(QStringLiteral("K"));
    const qint64 co = addCollaboration(c.id, creator, 300000);
    const qint64 post = addPost(co, creator, QDate(2026, 3, 5));
    // Entered out of order: the later date counts, not the later insert.
    QVERIFY(addReading(post, QDate(2026, 3, 20), 3000, 300));
    QVERIFY(addReading(post, QDate(2026, 3, 8), 1000, 100));
    addPost(co, creator, QDate(2026, 3, 9)); // no readings yet
    const CampaignKpis k = m_repo->kpis(c.id);
    QCOMPARE(*k.value(Kpi::Views), 3000.0);
    QCOMPARE(*k.value(Kpi::Engagements), 330.0); // 300 + 10 + 20
    QCOMPARE(*k.value(Kpi::Spend), 3000.0);
    QCOMPARE(*k.value(Kpi::Cpe), 3000.0 / 330.0);
    QCOMPARE(k.unmeasuredPosts(), 1);
    QCOMPARE(k.contracted(), 2);
    QCOMPARE(k.delivered(), 1);
}

void TestCampaignRepository::pasteAllOrNothing()
{
    Campaign c = makeCampaign();
    QVERIFY(m_repo->insert(c));
    const qint64 creator = addCreator(QStringLiteral("T"));
    const qint64 co = addCollaboration(c.id, creator);
    const qint64 post = addPost(co, creator, QDate(2026, 3, 5));
    const qint64 s1 = addReading(post, QDate(2026, 3, 6), 1000, 100);
    const qint64 s2 = addReading(post, QDate(2026, 3, 13), 2000, 200);
    PostMetricsTableModel model(*m_repo, nullptr);
    model.setCampaign(c.id);
    using Col = PostMetricsTableModel::Column;
    const QModelIndex topLeft = model.index(0, int(Col::Views));

    // A cell that cannot be read: nothing is written, the error names row and column.
    QString error;
    QVERIFY(!model.pasteTsv(topLeft, QStringLiteral("1100\t110\t11\n2200\tabc\t22\n"), &error));
    QVERIFY2(error.contains(QStringLiteral("Row 2")) && error.contains(QStringLiteral("Likes")), qPrintable(error));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT views FROM post_metrics WHERE id = ?"), {s1}).toInt(), 1000);

    // Past the last row: refused as a whole.
    QVERIFY(!model.pasteTsv(topLeft, QStringLiteral("1\n2\n3"), &error));
    QVERIFY2(error.contains(QStringLiteral("Row 3")), qPrintable(error));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT views FROM post_metrics WHERE id = ?"), {s1}).toInt(), 1000);

    // A refusal inside the transaction (the published date) rolls back the cells before it.
    QVERIFY(!model.pasteTsv(model.index(0, int(Col::Published)), QStringLiteral("2026-03-07\t2026-03-08\t5\n"
                                                                                 "2027-01-01\t2026-03-14\t6"),
                            &error));
    QVERIFY2(error.contains(QStringLiteral("Row 2")) && error.contains(QStringLiteral("Published")), qPrintable(error));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT as_of FROM post_metrics WHERE id = ?"), {s1}).toString(),
             QStringLiteral("2026-03-06"));

    // A good 2x3 paste writes all six cells, numbers as people write them.
    QVERIFY2(model.pasteTsv(topLeft, QStringLiteral("1,100\t110\t11\r\n1.2w\t220\t22\r\n"), &error), qPrintable(error));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT views FROM post_metrics WHERE id = ?"), {s1}).toInt(), 1100);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT comments FROM post_metrics WHERE id = ?"), {s1}).toInt(), 11);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT views FROM post_metrics WHERE id = ?"), {s2}).toInt(), 12000);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT likes FROM post_metrics WHERE id = ?"), {s2}).toInt(), 220);
    QCOMPARE(model.index(1, int(Col::Views)).data(Qt::EditRole).toString(), QStringLiteral("12000"));
}

void TestCampaignRepository::pasteUndoRedo()
{
    Campaign c = makeCampaign();
    QVERIFY(m_repo->insert(c));
    const qint64 creator = addCreator(QStringLiteral("U"));
    const qint64 co = addCollaboration(c.id, creator);
    const qint64 post = addPost(co, creator, QDate(2026, 3, 5));
    const qint64 s1 = addReading(post, QDate(2026, 3, 6), 1000, 100);
    QUndoStack undo;
    PostMetricsTableModel model(*m_repo, &undo);
    model.setCampaign(c.id);
    using Col = PostMetricsTableModel::Column;
    QString error;
    QVERIFY(model.pasteTsv(model.index(0, int(Col::Views)), QStringLiteral("5000\t\t7"), &error)); // empty = unknown
    QCOMPARE(undo.count(), 1);
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT likes FROM post_metrics WHERE id = ?"), {s1}).isNull());
    undo.undo();
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT views FROM post_metrics WHERE id = ?"), {s1}).toInt(), 1000);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT likes FROM post_metrics WHERE id = ?"), {s1}).toInt(), 100);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT comments FROM post_metrics WHERE id = ?"), {s1}).toInt(), 10);
    QCOMPARE(model.index(0, int(Col::Views)).data(Qt::EditRole).toString(), QStringLiteral("1000"));
    undo.redo();
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT views FROM post_metrics WHERE id = ?"), {s1}).toInt(), 5000);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT comments FROM post_metrics WHERE id = ?"), {s1}).toInt(), 7);

    // A typed edit through setData is one more undo step; the final mark too.
    QVERIFY(model.setData(model.index(0, int(Col::Final)), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT is_final FROM post_metrics WHERE id = ?"), {s1}).toInt(), 1);
    QCOMPARE(undo.count(), 2);
    undo.undo();
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT is_final FROM post_metrics WHERE id = ?"), {s1}).toInt(), 0);
}

// An empty date sorts as SQLite sorts it, the smallest value, on PostgreSQL too (where NULL is the
// largest): an undated campaign after the dated ones (latest first), an undated post, its
// readings and an undated deliverable before the dated ones (earliest first).
void TestCampaignRepository::undatedSortedAsOnSqlite()
{
    Campaign undated = makeCampaign();
    undated.name = QStringLiteral("Undated");
    undated.startsOn = QDate();
    undated.endsOn = QDate();
    Campaign spring = makeCampaign();
    Campaign autumn = makeCampaign();
    autumn.name = QStringLiteral("Autumn");
    autumn.startsOn = QDate(2026, 9, 1);
    autumn.endsOn = QDate(2026, 9, 30);
    QVERIFY(m_repo->insert(undated));
    QVERIFY(m_repo->insert(spring));
    QVERIFY(m_repo->insert(autumn));
    QStringList names;
    for (const Campaign &c : m_repo->list())
        names << c.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Autumn"), QStringLiteral("Spring SPF"), QStringLiteral("Undated")}));

    const qint64 creator = addCreator(QStringLiteral("Mia"));
    QVERIFY(addCollaboration(undated.id, creator) > 0);
    QVERIFY(addCollaboration(autumn.id, creator) > 0);
    const qint64 coId = addCollaboration(spring.id, creator);
    QVERIFY(coId > 0);
    const std::optional<CreatorRollup> rollup = CollaborationRollup::load(*m_db, creator);
    QVERIFY(rollup);
    names.clear();
    for (const RatingHistoryEntry &e : rollup->history)
        names << e.campaignName;
    QCOMPARE(names, (QStringList{QStringLiteral("Autumn"), QStringLiteral("Spring SPF"), QStringLiteral("Undated")}));

    const qint64 late = addPost(coId, creator, QDate(2026, 3, 20));
    const qint64 none = addPost(coId, creator, QDate());
    const qint64 early = addPost(coId, creator, QDate(2026, 3, 10));
    QVERIFY(late > 0 && none > 0 && early > 0);
    QList<qint64> ids;
    for (const Post &p : m_repo->posts(spring.id))
        ids << p.id;
    QCOMPARE(ids, (QList<qint64>{none, early, late}));
    for (qint64 post : {late, none, early})
        QVERIFY(addReading(post, QDate(2026, 4, 1), 1000, 50) > 0);
    ids.clear();
    for (const MetricSnapshot &s : m_repo->snapshots(spring.id))
        ids << s.postId;
    QCOMPARE(ids, (QList<qint64>{none, early, late}));

    Deliverable dated{0, coId, ContentFormat::Image, QDate(2026, 3, 10), 0};
    Deliverable open{0, coId, ContentFormat::Video, QDate(), 0};
    QVERIFY(m_repo->addDeliverable(dated));
    QVERIFY(m_repo->addDeliverable(open));
    const QList<Collaboration> list = m_repo->collaborations(spring.id);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).deliverables.size(), 2);
    QCOMPARE(list.at(0).deliverables.at(0).id, open.id);
    QCOMPARE(list.at(0).deliverables.at(1).id, dated.id);
}

QTEST_GUILESS_MAIN(TestCampaignRepository)
#include "tst_campaignrepository.moc"
