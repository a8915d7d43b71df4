// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "roster/RosterFilter.h"
#include "shortlist/ShortlistRepository.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace rr;

namespace {

QList<qint64> addCreators(const Database &db, int n)
{
    QList<qint64> ids;
    WriteTransaction tx(db);
    tx.begin(nullptr);
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO creators (nickname, created_at, updated_at) VALUES (?, ?, ?)"));
    for (int i = 0; i < n; ++i) {
        q.addBindValue(QStringLiteral("c%1").arg(i));
        q.addBindValue(Database::nowUtc());
        q.addBindValue(Database::nowUtc());
        q.exec();
        ids.append(q.lastInsertId().toLongLong());
    }
    tx.commit(nullptr);
    return ids;
}

qint64 addCampaign(const Database &db, const QString &name)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO campaigns (name, objective, created_at, updated_at) VALUES (?, 'seeding', ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(Database::nowUtc());
    q.addBindValue(Database::nowUtc());
    q.exec();
    return q.lastInsertId().toLongLong();
}

int scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestShortlists : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void filterJsonRoundTrip_data();
    void filterJsonRoundTrip();
    void createWithFilterAndMembers();
    void createRefusesDuplicateNameAndEmptyName();
    void unknownCreatorRollsBackWholeCreate();
    void manyMembersInOneTransaction();
    void addMembersAndRemove();
    void addToCampaignCountsAndNoDuplicates();
    void addToCampaignRollsBackOnError();
    void addToMissingCampaign();

private:
    std::unique_ptr<test::TestDatabase> m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
};

void TestShortlists::init()
{
    m_scratch = std::make_unique<test::TestDatabase>();
    QVERIFY(m_scratch->isValid());
    StoreError err;
    m_db = m_scratch->open(QStringLiteral("s.sqlite"), &err);
    QVERIFY2(m_db, qPrintable(err.message));
    m_db->setUserName(QStringLiteral("Ben"));
}

void TestShortlists::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

void TestShortlists::filterJsonRoundTrip_data()
{
    QTest::addColumn<RosterFilter>("filter");
    QTest::newRow("empty") << RosterFilter{};
    RosterFilter f;
    f.search = QStringLiteral("防晒");
    f.tiers = {Tier::Micro, Tier::Koc};
    f.categoryIds = {1, 3};
    f.cities = {QStringLiteral("上海"), QStringLiteral("杭州")};
    f.statuses = {Status::Prospect, Status::Declined};
    f.tagIds = {7};
    f.owners = {QStringLiteral("Anna")};
    f.agencies = {QString(), QStringLiteral("星光MCN")};
    f.minFollowers = 10000;
    f.maxFollowers = 4000000000LL; // beyond 32 bits
    f.minBrandFit = 3.5;
    f.minReliability = 4.0;
    f.shortlistId = 12;
    f.hideDoNotContact = true;
    QTest::newRow("every criterion") << f;
    RosterFilter zero;
    zero.minFollowers = 0; // set to zero is not the same as unset
    QTest::newRow("zero bound") << zero;
}

void TestShortlists::filterJsonRoundTrip()
{
    QFETCH(RosterFilter, filter);
    const QByteArray text = QJsonDocument(filter.toJson()).toJson();
    QCOMPARE(RosterFilter::fromJson(QJsonDocument::fromJson(text).object()), filter);
}

void TestShortlists::createWithFilterAndMembers()
{
    const QList<qint64> ids = addCreators(*m_db, 5);
    ShortlistRepository repo(*m_db);
    QSignalSpy changed(&repo, &ShortlistRepository::shortlistsChanged);
    RosterFilter f;
    f.tiers = {Tier::Micro};
    f.cities = {QStringLiteral("上海")};
    StoreError err;
    // Duplicated ids are stored once.
    const qint64 id = repo.create(QStringLiteral("  Q3 sunscreen  "), QStringLiteral("Seeding for the SPF50 launch"), f,
                                  {ids[0], ids[2], ids[4], ids[2]}, &err);
    QVERIFY2(id > 0, qPrintable(err.message));
    QCOMPARE(changed.size(), 1);

    const auto info = repo.find(id);
    QVERIFY(info);
    QCOMPARE(info->name, QStringLiteral("Q3 sunscreen"));
    QCOMPARE(info->purpose, QStringLiteral("Seeding for the SPF50 launch"));
    QCOMPARE(info->createdBy, QStringLiteral("Ben"));
    QCOMPARE(info->memberCount, 3);
    QCOMPARE(info->filter(), f);
    QVERIFY(info->filterJson.contains(QStringLiteral("\"micro\"")));
    QCOMPARE(repo.members(id), (QList<qint64>{ids[0], ids[2], ids[4]}));

    const qint64 second = repo.create(QStringLiteral("All"), QString(), RosterFilter{}, ids);
    const auto all = repo.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("All"));
    QCOMPARE(all.at(0).id, second);
    QCOMPARE(all.at(0).memberCount, 5);
    QVERIFY(all.at(0).filterJson.isEmpty());
    QCOMPARE(all.at(1).memberCount, 3);
}

void TestShortlists::createRefusesDuplicateNameAndEmptyName()
{
    const QList<qint64> ids = addCreators(*m_db, 2);
    ShortlistRepository repo(*m_db);
    QVERIFY(repo.create(QStringLiteral("A"), QString(), {}, ids) > 0);
    StoreError err;
    QCOMPARE(repo.create(QStringLiteral("A "), QString(), {}, ids, &err), 0);
    QCOMPARE(err.code, StoreError::Code::Conflict);
    QVERIFY(err.message.contains(QStringLiteral("A")));
    err = {};
    QCOMPARE(repo.create(QStringLiteral("   "), QString(), {}, ids, &err), 0);
    QVERIFY(err.isError());
    QCOMPARE(repo.list().size(), 1);
}

void TestShortlists::unknownCreatorRollsBackWholeCreate()
{
    QList<qint64> ids = addCreators(*m_db, 3);
    ids.insert(1, 987654); // no such creator
    ShortlistRepository repo(*m_db);
    StoreError err;
    QCOMPARE(repo.create(QStringLiteral("Broken"), QString(), {}, ids, &err), 0);
    QVERIFY(err.isError());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM shortlists")), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM shortlist_members")), 0);
    // The name is free again.
    ids.removeAt(1);
    QVERIFY(repo.create(QStringLiteral("Broken"), QString(), {}, ids) > 0);
}

void TestShortlists::manyMembersInOneTransaction()
{
    // More ids than one chunk, with a failing id in the last chunk: nothing of earlier chunks stays.
    QList<qint64> ids = addCreators(*m_db, ShortlistRepository::insertChunk * 3 + 17);
    ShortlistRepository repo(*m_db);
    const qint64 ok = repo.create(QStringLiteral("Big"), QString(), {}, ids);
    QVERIFY(ok > 0);
    QCOMPARE(repo.find(ok)->memberCount, ids.size());

    ids.append(-5);
    QCOMPARE(repo.create(QStringLiteral("Big 2"), QString(), {}, ids), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM shortlist_members")), int(ids.size() - 1));
}

void TestShortlists::addMembersAndRemove()
{
    const QList<qint64> ids = addCreators(*m_db, 6);
    ShortlistRepository repo(*m_db);
    const qint64 id = repo.create(QStringLiteral("S"), QString(), {}, ids.mid(0, 3));
    int added = -1;
    QVERIFY(repo.addMembers(id, ids.mid(2, 4), nullptr, &added));
    QCOMPARE(added, 3); // ids[2] was there already
    QCOMPARE(repo.members(id), ids);
    QVERIFY(!repo.addMembers(id, {ids[5], 424242}));
    QCOMPARE(repo.members(id).size(), 6);
    QVERIFY(!repo.addMembers(99999, {ids[0]}));

    QVERIFY(repo.removeMembers(id, {ids[0], ids[1]}));
    QCOMPARE(repo.members(id), ids.mid(2));
    QVERIFY(repo.remove(id));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM shortlist_members")), 0);
    StoreError err;
    QVERIFY(!repo.remove(id, &err));
    QCOMPARE(err.code, StoreError::Code::NotFound);
    // Creators are untouched.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators")), 6);
}

void TestShortlists::addToCampaignCountsAndNoDuplicates()
{
    const QList<qint64> ids = addCreators(*m_db, 5);
    const qint64 campaign = addCampaign(*m_db, QStringLiteral("Spring"));
    ShortlistRepository repo(*m_db);
    // ids[1] is already in the campaign, with its own status.
    QSqlQuery pre(m_db->sql());
    pre.prepare(QStringLiteral("INSERT INTO collaborations (campaign_id, creator_id, status, contracted_posts, created_at, updated_at) "
                               "VALUES (?, ?, 'briefed', 3, ?, ?)"));
    pre.addBindValue(campaign);
    pre.addBindValue(ids[1]);
    pre.addBindValue(Database::nowUtc());
    pre.addBindValue(Database::nowUtc());
    QVERIFY(pre.exec());

    const qint64 list = repo.create(QStringLiteral("L"), QString(), {}, ids.mid(0, 4));
    QSignalSpy spy(&repo, &ShortlistRepository::collaborationsAdded);
    AddToCampaignResult r;
    StoreError err;
    QVERIFY2(repo.addToCampaign(list, campaign, &r, &err), qPrintable(err.message));
    QCOMPARE(r.added, 3);
    QCOMPARE(r.alreadyThere, 1);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(1).toInt(), 3);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations WHERE campaign_id = ?"), {campaign}), 4);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations WHERE status = 'planned' AND contracted_posts = 1 "
                                          "AND created_at <> '' AND updated_at = created_at")), 3);
    // The existing collaboration is left as it was.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT contracted_posts FROM collaborations WHERE creator_id = ?"), {ids[1]}), 3);

    // Again: nothing new. Then one more member: only that one is added.
    QVERIFY(repo.addToCampaign(list, campaign, &r));
    QCOMPARE(r.added, 0);
    QCOMPARE(r.alreadyThere, 4);
    QVERIFY(repo.addMembers(list, {ids[4]}));
    QVERIFY(repo.addToCampaign(list, campaign, &r));
    QCOMPARE(r.added, 1);
    QCOMPARE(r.alreadyThere, 4);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations")), 5);
}

void TestShortlists::addToCampaignRollsBackOnError()
{
    const QList<qint64> ids = addCreators(*m_db, 4);
    const qint64 campaign = addCampaign(*m_db, QStringLiteral("Summer"));
    ShortlistRepository repo(*m_db);
    const qint64 list = repo.create(QStringLiteral("L"), QString(), {}, ids);
    // The store refuses the last creator: none of the others may be added.
    QVERIFY(test::TestDatabase::refuseInserts(*m_db, QStringLiteral("refuse"), QStringLiteral("collaborations"),
                                              QStringLiteral("NEW.creator_id = %1").arg(ids.last())));
    AddToCampaignResult r{-1, -1, {}};
    StoreError err;
    QVERIFY(!repo.addToCampaign(list, campaign, &r, &err));
    QVERIFY(err.isError());
    QCOMPARE(r.added, -1); // untouched on failure
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations")), 0);
    QVERIFY(test::TestDatabase::dropRefusal(*m_db, QStringLiteral("refuse"), QStringLiteral("collaborations")));
    QVERIFY(repo.addToCampaign(list, campaign, &r));
    QCOMPARE(r.added, 4);
}

void TestShortlists::addToMissingCampaign()
{
    const QList<qint64> ids = addCreators(*m_db, 2);
    ShortlistRepository repo(*m_db);
    const qint64 list = repo.create(QStringLiteral("L"), QString(), {}, ids);
    AddToCampaignResult r;
    StoreError err;
    QVERIFY(!repo.addToCampaign(list, 777, &r, &err));
    QCOMPARE(err.code, StoreError::Code::NotFound);
    const qint64 campaign = addCampaign(*m_db, QStringLiteral("Autumn"));
    err = {};
    QVERIFY(!repo.addToCampaign(list + 1, campaign, &r, &err));
    QCOMPARE(err.code, StoreError::Code::NotFound);
    QCOMPARE(repo.campaigns().size(), 1);
    QCOMPARE(repo.campaigns().first().name, QStringLiteral("Autumn"));
}

QTEST_GUILESS_MAIN(TestShortlists)
#include "tst_shortlists.moc"
