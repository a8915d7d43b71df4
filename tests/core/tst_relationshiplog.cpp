// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "domain/CreatorRepository.h"
#include "relationship/RelationshipLog.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace rr;

class TestRelationshipLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void statusChangeLogsItself();
    void statusEventShareTheUpdateTransaction();
    void timelineMergesCollaborationsNewestFirst();
    void statusEntriesParsed();
    void addRefusesEmptyText();
    void firstContact_data();
    void firstContact();
    void describeCollaboration();

private:
    qint64 addCreator(const QString &name, Status status = Status::Prospect, const QString &owner = {});
    qint64 exec(const QString &sql, const QVariantList &values);
    int eventCount(qint64 creatorId);

    std::unique_ptr<test::TestDatabase> m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CreatorRepository> m_repo;
};

void TestRelationshipLog::init()
{
    m_scratch = std::make_unique<test::TestDatabase>();
    QVERIFY(m_scratch->isValid());
    StoreError err;
    m_db = m_scratch->open(QStringLiteral("r.redroster"), &err);
    QVERIFY2(m_db, qPrintable(err.message + err.detail));
    m_db->setUserName(QStringLiteral("Anna"));
    m_repo = std::make_unique<CreatorRepository>(*m_db);
}

void TestRelationshipLog::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_scratch.reset();
}

qint64 TestRelationshipLog::addCreator(const QString &name, Status status, const QString &owner)
{
    Creator c;
    c.nickname = name;
    c.status = status;
    c.owner = owner;
    if (!m_repo->insert(c))
        return 0;
    return c.id;
}

qint64 TestRelationshipLog::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db->sql());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qWarning("%s", qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

int TestRelationshipLog::eventCount(qint64 creatorId)
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM relationship_events WHERE creator_id = ?"));
    q.addBindValue(creatorId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestRelationshipLog::statusChangeLogsItself()
{
    const qint64 id = addCreator(QStringLiteral("莉莉"), Status::Prospect, QStringLiteral("Ben"));
    QVERIFY(id > 0);
    QCOMPARE(eventCount(id), 0);
    std::optional<Creator> c = m_repo->load(id);
    QVERIFY(c);
    c->status = Status::OutreachSent;
    QVERIFY(m_repo->update(*c));

    RelationshipLog log(*m_db);
    const QList<TimelineEntry> entries = log.timeline(id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).kind, TimelineEntry::Kind::Status);
    QCOMPARE(entries.at(0).note, QStringLiteral("prospect \u2192 outreach_sent"));
    QCOMPARE(entries.at(0).owner, QStringLiteral("Anna")); // who made the change
    QCOMPARE(entries.at(0).on, QDate::currentDate());

    // Another edit without a status change adds nothing.
    c->notes = QStringLiteral("likes SPF");
    QVERIFY(m_repo->update(*c));
    QCOMPARE(eventCount(id), 1);
}

void TestRelationshipLog::statusEventShareTheUpdateTransaction()
{
    const qint64 id = addCreator(QStringLiteral("rollback"));
    // Make the event insert fail: the status change must roll back with it.
    QVERIFY(test::TestDatabase::refuseInserts(*m_db, QStringLiteral("refuse_events"), QStringLiteral("relationship_events")));
    std::optional<Creator> c = m_repo->load(id);
    QVERIFY(c);
    const int version = c->version;
    c->status = Status::Negotiating;
    StoreError error;
    QVERIFY(!m_repo->update(*c, &error));
    QVERIFY(error.isError());
    const std::optional<Creator> stored = m_repo->load(id);
    QVERIFY(stored);
    QCOMPARE(stored->status, Status::Prospect);
    QCOMPARE(stored->version, version);
    QCOMPARE(eventCount(id), 0);

    QVERIFY(test::TestDatabase::dropRefusal(*m_db, QStringLiteral("refuse_events"), QStringLiteral("relationship_events")));
    c->version = version;
    QVERIFY(m_repo->update(*c));
    QCOMPARE(m_repo->load(id)->status, Status::Negotiating);
    QCOMPARE(eventCount(id), 1);
}

void TestRelationshipLog::timelineMergesCollaborationsNewestFirst()
{
    const qint64 id = addCreator(QStringLiteral("timeline"), Status::Prospect, QStringLiteral("Anna"));
    const qint64 other = addCreator(QStringLiteral("someone else"));
    RelationshipLog log(*m_db);
    QVERIFY(log.addContact(id, QStringLiteral("DM on XHS"), QDate(2026, 1, 5)));
    QVERIFY(log.addNote(id, QStringLiteral("Prefers video"), QDate(2026, 2, 1)));
    QVERIFY(log.addContact(id, QStringLiteral("WeChat call"), QDate(2026, 2, 1))); // same day, later
    QVERIFY(log.addNote(other, QStringLiteral("not mine"), QDate(2026, 2, 2)));

    const QString now = Database::nowUtc();
    const qint64 campaign = exec(QStringLiteral("INSERT INTO campaigns (name, objective, starts_on, owner, created_at, "
                                                "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                 {QStringLiteral("Spring SPF"), QStringLiteral("awareness"), QStringLiteral("2026-03-01"),
                                  QStringLiteral("Ben"), now, now});
    const qint64 collab = exec(QStringLiteral("INSERT INTO collaborations (campaign_id, creator_id, fee_fen, contracted_posts, "
                                              "delivered_posts, status, brand_fit, reliability, renewal, created_at, "
                                              "updated_at) VALUES (?, ?, ?, 2, 1, 'in_progress', 4, 5, 'yes', ?, ?)"),
                               {campaign, id, 200000, now, now});
    const qint64 post = exec(QStringLiteral("INSERT INTO posts (collaboration_id, creator_id, published_on) VALUES (?, ?, ?)"),
                             {collab, id, QStringLiteral("2026-03-04")});
    // Two snapshots of one post: only the latest counts.
    exec(QStringLiteral("INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves) VALUES (?, ?, ?, ?, ?, ?)"),
         {post, QStringLiteral("2026-03-05"), 1000, 10, 1, 5});
    exec(QStringLiteral("INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves) VALUES (?, ?, ?, ?, ?, ?)"),
         {post, QStringLiteral("2026-03-12"), 5000, 300, 20, 80});

    std::optional<Creator> c = m_repo->load(id);
    c->status = Status::Negotiating;
    QVERIFY(m_repo->update(*c));

    StoreError error;
    const QList<TimelineEntry> entries = log.timeline(id, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QCOMPARE(entries.size(), 5);
    using K = TimelineEntry::Kind;
    QCOMPARE(entries.at(0).kind, K::Status);
    QCOMPARE(entries.at(1).kind, K::Collaboration);
    QCOMPARE(entries.at(2).kind, K::Contact);
    QCOMPARE(entries.at(2).note, QStringLiteral("WeChat call"));
    QCOMPARE(entries.at(3).kind, K::Note);
    QCOMPARE(entries.at(4).kind, K::Contact);
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).on >= entries.at(i).on);

    const TimelineEntry &co = entries.at(1);
    QCOMPARE(co.on, QDate(2026, 3, 1));
    QCOMPARE(co.campaignName, QStringLiteral("Spring SPF"));
    QCOMPARE(co.objectiveKey, QStringLiteral("awareness"));
    QCOMPARE(co.collaborationId, collab);
    QCOMPARE(co.contractedPosts, 2);
    QCOMPARE(co.deliveredPosts, 1);
    QCOMPARE(co.feeFen, std::optional<qint64>(200000));
    QCOMPARE(co.views, std::optional<qint64>(5000));
    QCOMPARE(co.engagements, std::optional<qint64>(400));
    QCOMPARE(co.brandFit, std::optional<int>(4));
    QCOMPARE(co.reliability, std::optional<int>(5));
    QCOMPARE(co.renewal, QStringLiteral("yes"));
    QCOMPARE(co.owner, QStringLiteral("Ben"));
    QCOMPARE(entries.at(2).owner, QStringLiteral("Anna"));
}

void TestRelationshipLog::statusEntriesParsed()
{
    const qint64 id = addCreator(QStringLiteral("parsed"));
    std::optional<Creator> c = m_repo->load(id);
    c->status = Status::ActivePartner;
    QVERIFY(m_repo->update(*c));
    const QList<TimelineEntry> entries = RelationshipLog(*m_db).timeline(id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).fromStatus, std::optional<Status>(Status::Prospect));
    QCOMPARE(entries.at(0).toStatus, std::optional<Status>(Status::ActivePartner));
    QCOMPARE(RelationshipLog::describe(entries.at(0)),
             StatusText::label(Status::Prospect) + QStringLiteral(" \u2192 ") + StatusText::label(Status::ActivePartner));
}

void TestRelationshipLog::addRefusesEmptyText()
{
    const qint64 id = addCreator(QStringLiteral("empty"));
    RelationshipLog log(*m_db);
    StoreError error;
    QVERIFY(!log.addNote(id, QStringLiteral("   "), QDate(), &error));
    QVERIFY(error.isError());
    QCOMPARE(eventCount(id), 0);
    QVERIFY(log.addNote(id, QStringLiteral("  trimmed  ")));
    QCOMPARE(log.timeline(id).at(0).note, QStringLiteral("trimmed"));
    QCOMPARE(log.timeline(id).at(0).on, QDate::currentDate());
}

void TestRelationshipLog::firstContact_data()
{
    QTest::addColumn<QDate>("profile");
    QTest::addColumn<QList<QDate>>("contacts");
    QTest::addColumn<QList<QDate>>("notes");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<bool>("fromProfile");
    const QDate jan(2026, 1, 10), feb(2026, 2, 3), mar(2026, 3, 7), dec(2025, 12, 1);
    QTest::newRow("nothing") << QDate() << QList<QDate>{} << QList<QDate>{} << QDate() << false;
    QTest::newRow("earliest contact") << QDate() << QList<QDate>{mar, jan, feb} << QList<QDate>{} << jan << false;
    QTest::newRow("notes do not count") << QDate() << QList<QDate>{feb} << QList<QDate>{dec} << feb << false;
    QTest::newRow("profile date wins") << mar << QList<QDate>{jan} << QList<QDate>{} << mar << true;
    QTest::newRow("profile date alone") << dec << QList<QDate>{} << QList<QDate>{} << dec << true;
}

void TestRelationshipLog::firstContact()
{
    QFETCH(QDate, profile);
    QFETCH(QList<QDate>, contacts);
    QFETCH(QList<QDate>, notes);
    QFETCH(QDate, expected);
    QFETCH(bool, fromProfile);
    Creator c;
    c.nickname = QStringLiteral("first");
    c.firstContactOn = profile;
    c.owner = QStringLiteral("Chen");
    QVERIFY(m_repo->insert(c));
    RelationshipLog log(*m_db);
    for (const QDate &d : contacts)
        QVERIFY(log.addContact(c.id, QStringLiteral("contact"), d));
    for (const QDate &d : notes)
        QVERIFY(log.addNote(c.id, QStringLiteral("note"), d));
    QCOMPARE(log.firstContact(c.id), expected);
    const RelationshipSummary s = log.summary(c.id);
    QCOMPARE(s.firstContact, expected);
    QCOMPARE(s.firstContactFromProfile, fromProfile);
    QCOMPARE(s.owner, QStringLiteral("Chen"));
}

void TestRelationshipLog::describeCollaboration()
{
    TimelineEntry e;
    e.kind = TimelineEntry::Kind::Collaboration;
    e.campaignName = QStringLiteral("Spring SPF");
    e.objectiveKey = QStringLiteral("seeding");
    e.collaborationStatus = QStringLiteral("delivered");
    e.contractedPosts = 2;
    e.deliveredPosts = 2;
    e.views = 12345;
    const QString text = RelationshipLog::describe(e);
    QVERIFY2(text.contains(QStringLiteral("Spring SPF")), qPrintable(text));
    QVERIFY2(text.contains(ObjectiveText::label(Objective::Seeding)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2 of 2")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(12345)), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("fee")), qPrintable(text)); // unknown fee left out
}

QTEST_GUILESS_MAIN(TestRelationshipLog)
#include "tst_relationshiplog.moc"
