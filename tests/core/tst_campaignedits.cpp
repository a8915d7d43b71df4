// SPDX-License-Identifier: GPL-3.0-or-later
// CampaignRepository writes behind the campaign screen's editing: collaborations in bulk,
// deliverables (with the over-delivery flag), posts, their undo commands and the creator search.
#include "TestDatabase.h"

#include "campaign/CampaignCommands.h"
#include "domain/NumberFormat.h"
#include "campaign/CampaignRepository.h"
#include "campaign/CreatorSearch.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace rr;

namespace {

qint64 count(const Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestCampaignEdits : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void insertCollaborationsIsOneTransaction();
    void addCollaborationsUndoRedoKeepsIds();
    void removeCollaborationUndoRestoresDeliverables();
    void deliverableOverDeliveryRefused_data();
    void deliverableOverDeliveryRefused();
    void deliverableUpdateRemoveAndUndo();
    void deliverablePostOfOtherCollaborationRefused();
    void addPostCommandRefusesOutsideCampaign();
    void creatorSearch_data();
    void creatorSearch();
    void creatorSearchLimits();

private:
    qint64 addCreator(const QString &nickname, const QString &handle = {});
    Collaboration collab(qint64 creatorId, int contracted = 2) const;
    qint64 addPost(qint64 collaborationId, qint64 creatorId);

    std::unique_ptr<test::TestDatabase> m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CampaignRepository> m_repo;
    qint64 m_campaign = 0;
};

void TestCampaignEdits::init()
{
    m_scratch = std::make_unique<test::TestDatabase>();
    QVERIFY(m_scratch->isValid());
    StoreError error;
    m_db = m_scratch->open(QStringLiteral("e.sqlite"), &error);
    QVERIFY2(m_db, qPrintable(error.message));
    m_repo = std::make_unique<CampaignRepository>(*m_db);
    Campaign c;
    c.name = QStringLiteral("Spring SPF");
    c.startsOn = QDate(2026, 3, 1);
    c.endsOn = QDate(2026, 3, 31);
    QVERIFY(m_repo->insert(c));
    m_campaign = c.id;
}

void TestCampaignEdits::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_scratch.reset();
}

qint64 TestCampaignEdits::addCreator(const QString &nickname, const QString &handle)
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("INSERT INTO creators (nickname, handle, search_text, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(nickname);
    q.addBindValue(handle.isEmpty() ? QVariant() : QVariant(handle));
    q.addBindValue((handle + QLatin1Char('|') + nickname).toLower());
    q.addBindValue(Database::nowUtc());
    q.addBindValue(Database::nowUtc());
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Collaboration TestCampaignEdits::collab(qint64 creatorId, int contracted) const
{
    Collaboration c;
    c.campaignId = m_campaign;
    c.creatorId = creatorId;
    c.feeFen = 250000;
    c.format = ContentFormat::Video;
    c.contractedPosts = contracted;
    return c;
}

qint64 TestCampaignEdits::addPost(qint64 collaborationId, qint64 creatorId)
{
    Post p;
    p.collaborationId = collaborationId;
    p.creatorId = creatorId;
    p.publishedOn = QDate(2026, 3, 10);
    return m_repo->insertPost(p) ? p.id : 0;
}

void TestCampaignEdits::insertCollaborationsIsOneTransaction()
{
    const qint64 a = addCreator(QStringLiteral("小鹿"));
    const qint64 b = addCreator(QStringLiteral("阿花"));
    Collaboration bad = collab(b);
    bad.feeFen = -100; // refused: nothing of the batch is written
    QList<Collaboration> rows{collab(a), bad};
    StoreError error;
    QVERIFY(!m_repo->insertCollaborations(rows, &error));
    QCOMPARE(error.detail, QStringLiteral("refused"));
    QCOMPARE(count(*m_db, QStringLiteral("collaborations")), 0);

    // A creator already in the campaign fails the whole batch, with the creator named.
    rows = {collab(a)};
    QVERIFY(m_repo->insertCollaborations(rows));
    QList<Collaboration> again{collab(b), collab(a)};
    QVERIFY(!m_repo->insertCollaborations(again, &error));
    QVERIFY2(error.message.contains(QStringLiteral("小鹿")), qPrintable(error.message));
    QCOMPARE(count(*m_db, QStringLiteral("collaborations")), 1);

    QSignalSpy changed(m_repo.get(), &CampaignRepository::collaborationsChanged);
    QList<Collaboration> one{collab(b)};
    QVERIFY(m_repo->insertCollaborations(one));
    QVERIFY(one.at(0).id > 0);
    QCOMPARE(one.at(0).version, 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(*m_repo->loadCollaboration(one.at(0).id)->feeFen, qint64(250000));
}

void TestCampaignEdits::addCollaborationsUndoRedoKeepsIds()
{
    QUndoStack stack;
    const qint64 a = addCreator(QStringLiteral("A"));
    const qint64 b = addCreator(QStringLiteral("B"));
    auto *add = new AddCollaborationsCommand(*m_repo, {collab(a), collab(b)});
    stack.push(add);
    const QList<qint64> ids = add->collaborationIds();
    QCOMPARE(ids.size(), 2);
    QCOMPARE(m_repo->collaborations(m_campaign).size(), 2);

    // An edit on top keeps working across undo/redo of the add (same id and version).
    Collaboration before = *m_repo->loadCollaboration(ids.at(0));
    Collaboration after = before;
    after.feeFen = 300000;
    stack.push(new EditCollaborationCommand(*m_repo, before, after, false, before.version));
    QCOMPARE(*m_repo->loadCollaboration(ids.at(0))->feeFen, qint64(300000));
    stack.undo();
    stack.undo();
    QCOMPARE(m_repo->collaborations(m_campaign).size(), 0);
    stack.redo();
    QCOMPARE(m_repo->collaborations(m_campaign).size(), 2);
    QVERIFY(m_repo->loadCollaboration(ids.at(0)).has_value());
    stack.redo();
    QCOMPARE(*m_repo->loadCollaboration(ids.at(0))->feeFen, qint64(300000));
    QCOMPARE(stack.count(), 2);
}

void TestCampaignEdits::removeCollaborationUndoRestoresDeliverables()
{
    const qint64 a = addCreator(QStringLiteral("A"));
    QList<Collaboration> rows{collab(a)};
    rows[0].notes = QStringLiteral("likes the brief");
    QVERIFY(m_repo->insertCollaborations(rows));
    Deliverable d{0, rows.at(0).id, ContentFormat::Video, QDate(2026, 3, 20), 0};
    QVERIFY(m_repo->addDeliverable(d));

    QUndoStack stack;
    stack.push(new RemoveCollaborationCommand(*m_repo, *m_repo->loadCollaboration(rows.at(0).id)));
    QCOMPARE(count(*m_db, QStringLiteral("collaborations")), 0);
    QCOMPARE(count(*m_db, QStringLiteral("deliverables")), 0);
    stack.undo();
    const QList<Collaboration> back = m_repo->collaborations(m_campaign);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.at(0).id, rows.at(0).id);
    QCOMPARE(back.at(0).notes, QStringLiteral("likes the brief"));
    QCOMPARE(back.at(0).deliverables.size(), 1);
    QCOMPARE(back.at(0).deliverables.at(0).id, d.id);
    QCOMPARE(back.at(0).deliverables.at(0).dueOn, QDate(2026, 3, 20));
    stack.redo();
    QCOMPARE(count(*m_db, QStringLiteral("collaborations")), 0);
}

void TestCampaignEdits::deliverableOverDeliveryRefused_data()
{
    QTest::addColumn<int>("contracted");
    QTest::addColumn<int>("deliveredBefore");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("first of two") << 2 << 0 << true;
    QTest::newRow("second of two") << 2 << 1 << true;
    QTest::newRow("third of two") << 2 << 2 << false;
    QTest::newRow("none contracted") << 0 << 0 << false;
}

void TestCampaignEdits::deliverableOverDeliveryRefused()
{
    QFETCH(int, contracted);
    QFETCH(int, deliveredBefore);
    QFETCH(bool, accepted);
    const qint64 a = addCreator(QStringLiteral("A"));
    QList<Collaboration> rows{collab(a, contracted)};
    QVERIFY(m_repo->insertCollaborations(rows));
    const qint64 co = rows.at(0).id;
    for (int i = 0; i < deliveredBefore; ++i) {
        Deliverable d{0, co, ContentFormat::Image, QDate(2026, 3, 5), addPost(co, a)};
        QVERIFY(m_repo->addDeliverable(d));
    }
    const qint64 before = count(*m_db, QStringLiteral("deliverables"));
    Deliverable d{0, co, ContentFormat::Image, QDate(2026, 3, 9), addPost(co, a)};
    StoreError error;
    QSignalSpy failed(m_repo.get(), &CampaignRepository::writeFailed);
    QCOMPARE(m_repo->addDeliverable(d, &error), accepted);
    QCOMPARE(count(*m_db, QStringLiteral("deliverables")), before + (accepted ? 1 : 0));
    if (!accepted) {
        QCOMPARE(failed.count(), 1);
        QCOMPARE(error.detail, QStringLiteral("refused"));
        QVERIFY2(error.message.contains(QString::number(contracted)), qPrintable(error.message));
        // Not delivered yet: a contracted deliverable is fine.
        d.postId = 0;
        QVERIFY(m_repo->addDeliverable(d));
    }
}

void TestCampaignEdits::deliverableUpdateRemoveAndUndo()
{
    const qint64 a = addCreator(QStringLiteral("A"));
    QList<Collaboration> rows{collab(a, 1)};
    QVERIFY(m_repo->insertCollaborations(rows));
    const qint64 co = rows.at(0).id;
    const qint64 post = addPost(co, a);
    const qint64 post2 = addPost(co, a);
    QUndoStack stack;
    auto *add = new DeliverableCommand(*m_repo, DeliverableCommand::Kind::Add, {},
                                       Deliverable{0, co, ContentFormat::Image, QDate(2026, 3, 5), 0});
    stack.push(add);
    const qint64 id = add->deliverableId();
    QVERIFY(id > 0);
    Deliverable second{0, co, ContentFormat::Video, QDate(2026, 3, 25), 0};
    QVERIFY(m_repo->addDeliverable(second));

    // Delivered by a post, new due date and format.
    Deliverable edited = *m_repo->loadDeliverable(id);
    edited.postId = post;
    edited.dueOn = QDate(2026, 3, 12);
    edited.format = ContentFormat::Video;
    stack.push(new DeliverableCommand(*m_repo, DeliverableCommand::Kind::Edit, *m_repo->loadDeliverable(id), edited));
    QCOMPARE(m_repo->loadDeliverable(id)->postId, post);
    QCOMPARE(m_repo->loadDeliverable(id)->dueOn, QDate(2026, 3, 12));

    // One contracted: the second deliverable cannot be delivered too.
    second.postId = post2;
    StoreError error;
    QVERIFY(!m_repo->updateDeliverable(second, &error));
    QCOMPARE(error.detail, QStringLiteral("refused"));
    QCOMPARE(m_repo->loadDeliverable(second.id)->postId, qint64(0));

    stack.undo();
    QCOMPARE(m_repo->loadDeliverable(id)->postId, qint64(0));
    QCOMPARE(m_repo->loadDeliverable(id)->dueOn, QDate(2026, 3, 5));
    stack.redo();

    stack.push(new DeliverableCommand(*m_repo, DeliverableCommand::Kind::Remove, *m_repo->loadDeliverable(id), {}));
    QVERIFY(!m_repo->loadDeliverable(id).has_value());
    stack.undo();
    QCOMPARE(m_repo->loadDeliverable(id)->postId, post); // back under its id, still delivered
    stack.undo();
    stack.undo();
    QVERIFY(!m_repo->loadDeliverable(id).has_value());
    QVERIFY(!m_repo->removeDeliverable(id, &error));
    QCOMPARE(error.code, StoreError::Code::NotFound);
}

void TestCampaignEdits::deliverablePostOfOtherCollaborationRefused()
{
    const qint64 a = addCreator(QStringLiteral("A"));
    const qint64 b = addCreator(QStringLiteral("B"));
    QList<Collaboration> rows{collab(a), collab(b)};
    QVERIFY(m_repo->insertCollaborations(rows));
    const qint64 postOfB = addPost(rows.at(1).id, b);
    Deliverable d{0, rows.at(0).id, ContentFormat::Image, QDate(2026, 3, 5), postOfB};
    StoreError error;
    QVERIFY(!m_repo->addDeliverable(d, &error));
    QCOMPARE(error.detail, QStringLiteral("refused"));
    QCOMPARE(count(*m_db, QStringLiteral("deliverables")), 0);
}

void TestCampaignEdits::addPostCommandRefusesOutsideCampaign()
{
    const qint64 a = addCreator(QStringLiteral("A"));
    QList<Collaboration> rows{collab(a)};
    QVERIFY(m_repo->insertCollaborations(rows));
    QUndoStack stack;
    Post p;
    p.collaborationId = rows.at(0).id;
    p.creatorId = a;
    p.title = QStringLiteral("Too late");
    p.publishedOn = QDate(2026, 4, 2);
    QSignalSpy failed(m_repo.get(), &CampaignRepository::writeFailed);
    stack.push(new AddPostCommand(*m_repo, p));
    QCOMPARE(stack.count(), 0); // obsolete: not on the stack
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).value<StoreError>().message.contains(NumberFormat::date(QDate(2026, 3, 31), QLocale())));
    QCOMPARE(count(*m_db, QStringLiteral("posts")), 0);

    p.publishedOn = QDate(2026, 3, 30);
    auto *add = new AddPostCommand(*m_repo, p);
    stack.push(add);
    const qint64 id = add->postId();
    QCOMPARE(m_repo->posts(m_campaign).size(), 1);
    stack.undo();
    QCOMPARE(m_repo->posts(m_campaign).size(), 0);
    stack.redo();
    QCOMPARE(m_repo->posts(m_campaign).size(), 1);
    QCOMPARE(m_repo->posts(m_campaign).at(0).id, id);
}

void TestCampaignEdits::creatorSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nickname part") << QStringLiteral("鹿") << QStringList{QStringLiteral("小鹿"), QStringLiteral("鹿鹿")};
    QTest::newRow("handle any case") << QStringLiteral("RED123") << QStringList{QStringLiteral("阿花")};
    QTest::newRow("wildcards are literal") << QStringLiteral("%") << QStringList{QStringLiteral("100%棉")};
    QTest::newRow("underscore literal") << QStringLiteral("a_b") << QStringList{QStringLiteral("下划线")};
    QTest::newRow("blank") << QStringLiteral("  ") << QStringList{};
    QTest::newRow("none") << QStringLiteral("zzz") << QStringList{};
}

void TestCampaignEdits::creatorSearch()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    addCreator(QStringLiteral("小鹿"), QStringLiteral("deer01"));
    addCreator(QStringLiteral("鹿鹿"), QStringLiteral("deer02"));
    addCreator(QStringLiteral("阿花"), QStringLiteral("red123"));
    addCreator(QStringLiteral("100%棉"), QStringLiteral("cotton"));
    addCreator(QStringLiteral("下划线"), QStringLiteral("a_b"));
    addCreator(QStringLiteral("无关"), QStringLiteral("axb"));
    QStringList names;
    for (const CreatorHit &h : CreatorSearch::find(*m_db, text))
        names << h.nickname;
    names.sort();
    expected.sort();
    QCOMPARE(names, expected);
}

void TestCampaignEdits::creatorSearchLimits()
{
    QSqlQuery q(m_db->sql());
    QVERIFY(m_db->sql().transaction());
    q.prepare(QStringLiteral("INSERT INTO creators (nickname, handle, search_text, created_at, updated_at) VALUES (?,?,?,?,?)"));
    for (int i = 0; i < 300; ++i) {
        q.addBindValue(QStringLiteral("美妆%1").arg(i));
        q.addBindValue(QStringLiteral("mz%1").arg(i));
        q.addBindValue(QStringLiteral("mz%1|美妆%1").arg(i));
        q.addBindValue(Database::nowUtc());
        q.addBindValue(Database::nowUtc());
        QVERIFY(q.exec());
    }
    QVERIFY(m_db->sql().commit());
    QCOMPARE(CreatorSearch::find(*m_db, QStringLiteral("美妆")).size(), CreatorSearch::kDefaultLimit);
    QCOMPARE(CreatorSearch::find(*m_db, QStringLiteral("美妆"), 7).size(), 7);
    // An exact XHS ID comes first even among many matches.
    const QList<CreatorHit> hits = CreatorSearch::find(*m_db, QStringLiteral("MZ299"), 5);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.at(0).handle, QStringLiteral("mz299"));

    const qint64 a = addCreator(QStringLiteral("A"));
    QList<Collaboration> rows{collab(a)};
    QVERIFY(m_repo->insertCollaborations(rows));
    QCOMPARE(CreatorSearch::inCampaign(*m_db, m_campaign), QSet<qint64>{a});
}

QTEST_GUILESS_MAIN(TestCampaignEdits)
#include "tst_campaignedits.moc"
