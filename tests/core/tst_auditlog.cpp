// SPDX-License-Identifier: GPL-3.0-or-later
// Every change reaches the audit log with its user and time, filed under the creator it concerns:
// the profile, vetting, relationship events, collaborations, deliverables, posts, readings and
// shortlist membership (what "who changed what" in a creator's history reads).
#include "TestDatabase.h"

#include "campaign/CampaignRepository.h"
#include "domain/ChangeText.h"
#include "domain/CreatorRepository.h"
#include "relationship/RelationshipLog.h"
#include "roster/RosterFilter.h"
#include "shortlist/ShortlistRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "vetting/VettingRepository.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace rr;

class TestAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void everyKindOfChangeIsFiledUnderItsCreator();
    void failedWriteLeavesNoAuditRow();
    void otherCreatorsChangesStayOut();
    void changesReadAsWords();

private:
    // The (table, action) pairs of a creator's history, oldest first.
    QStringList history(qint64 creatorId) const
    {
        QStringList out;
        const QList<AuditEntry> entries = AuditLog::forCreator(*m_db, creatorId, 1000);
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            out << it->table + QLatin1Char(':') + it->action;
            if (it->user != QLatin1String("anna"))
                out << QStringLiteral("wrong user ") + it->user;
            if (!it->at.isValid() || it->at.timeSpec() != Qt::UTC)
                out << QStringLiteral("bad time");
        }
        return out;
    }
    qint64 addCreator(const QString &handle)
    {
        CreatorRepository repo(*m_db);
        Creator c;
        c.handle = handle;
        c.nickname = handle;
        c.followers = 20000;
        return repo.insert(c) ? c.id : 0;
    }

    test::TestDatabase m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
};

void TestAuditLog::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "¥12,000" as compared below
    m_db.reset();
    m_scratch.remove(QStringLiteral("a.sqlite"));
    StoreError err;
    m_db = m_scratch.open(QStringLiteral("a.sqlite"), &err);
    QVERIFY2(m_db, qPrintable(err.message + err.detail));
    m_db->setUserName(QStringLiteral("anna"));
}

void TestAuditLog::everyKindOfChangeIsFiledUnderItsCreator()
{
    const qint64 id = addCreator(QStringLiteral("momo_skin"));
    QVERIFY(id > 0);
    StoreError e;

    Vetting v;
    v.creatorId = id;
    v.commentQuality = 4;
    QVERIFY2(VettingRepository(*m_db).save(v, &e), qPrintable(e.message));

    RelationshipLog log(*m_db);
    RelationshipEvent event;
    event.creatorId = id;
    event.kind = QStringLiteral("contact");
    event.note = QStringLiteral("微信联系");
    QVERIFY(log.insertEvent(event, &e));
    QVERIFY(log.removeEvent(event.id, &e));

    CampaignRepository campaigns(*m_db);
    Campaign campaign;
    campaign.name = QStringLiteral("露慕 新品");
    campaign.startsOn = QDate(2026, 3, 1);
    campaign.endsOn = QDate(2026, 3, 31);
    QVERIFY(campaigns.insert(campaign, &e));
    Collaboration co;
    co.campaignId = campaign.id;
    co.creatorId = id;
    co.contractedPosts = 2;
    QVERIFY2(campaigns.insertCollaboration(co, &e), qPrintable(e.message));
    Deliverable d;
    d.collaborationId = co.id;
    d.dueOn = QDate(2026, 3, 20);
    QVERIFY2(campaigns.addDeliverable(d, &e), qPrintable(e.message));
    d.dueOn = QDate(2026, 3, 22);
    QVERIFY(campaigns.updateDeliverable(d, &e));
    Post post;
    post.collaborationId = co.id;
    post.creatorId = id;
    post.url = QStringLiteral("https://www.xiaohongshu.com/explore/1");
    post.publishedOn = QDate(2026, 3, 10);
    QVERIFY2(campaigns.insertPost(post, &e), qPrintable(e.message));
    MetricSnapshot s;
    s.postId = post.id;
    s.asOf = QDate(2026, 3, 12);
    setMetricValue(s.counts, MetricField::Views, 5000);
    QVERIFY(campaigns.addSnapshot(s, &e));
    MetricCellEdit cell;
    cell.target = MetricCellEdit::Target::Metric;
    cell.field = MetricField::Saves;
    cell.snapshotId = s.id;
    cell.value = 321;
    QVERIFY(campaigns.applyCellEdits({cell}, &e));
    QVERIFY(campaigns.removeSnapshot(s.id, &e));
    QVERIFY(campaigns.removeDeliverable(d.id, &e));
    QVERIFY(campaigns.removePost(post.id, &e));
    QVERIFY(campaigns.removeCollaboration(co.id, &e));

    ShortlistRepository shortlists(*m_db);
    const qint64 list = shortlists.create(QStringLiteral("护肤 Q2"), QString(), RosterFilter(), {id}, &e);
    QVERIFY(list > 0);
    QVERIFY(shortlists.removeMembers(list, {id}, &e));
    QVERIFY(shortlists.addMembers(list, {id}, &e));
    QVERIFY(shortlists.remove(list, &e));

    const QStringList expected{
        QStringLiteral("creators:insert"),          QStringLiteral("vetting:update"),
        QStringLiteral("relationship_events:insert"), QStringLiteral("relationship_events:delete"),
        QStringLiteral("collaborations:insert"),    QStringLiteral("deliverables:insert"),
        QStringLiteral("deliverables:update"),      QStringLiteral("posts:insert"),
        QStringLiteral("post_metrics:insert"),      QStringLiteral("post_metrics:update"),
        QStringLiteral("post_metrics:delete"),      QStringLiteral("deliverables:delete"),
        QStringLiteral("posts:delete"),             QStringLiteral("collaborations:delete"),
        QStringLiteral("shortlist_members:insert"), QStringLiteral("shortlist_members:delete"),
        QStringLiteral("shortlist_members:insert"), QStringLiteral("shortlist_members:delete")};
    QCOMPARE(history(id), expected);

    // An update says what changed, old and new.
    const QList<AuditEntry> entries = AuditLog::forCreator(*m_db, id, 1000);
    const auto edit = std::find_if(entries.begin(), entries.end(), [](const AuditEntry &a) {
        return a.table == QLatin1String("post_metrics") && a.action == QLatin1String("update");
    });
    QVERIFY(edit != entries.end());
    QCOMPARE(edit->changes.value(QStringLiteral("saves")).toArray().at(1).toInt(), 321);
}

void TestAuditLog::failedWriteLeavesNoAuditRow()
{
    const qint64 id = addCreator(QStringLiteral("xiaolu"));
    Vetting v;
    v.creatorId = id;
    v.commentQuality = 9; // refused: ratings go from 1 to 5
    QVERIFY(!VettingRepository(*m_db).save(v));
    RelationshipLog log(*m_db);
    QVERIFY(!log.removeEvent(424242));
    QCOMPARE(history(id), QStringList{QStringLiteral("creators:insert")});
}

void TestAuditLog::otherCreatorsChangesStayOut()
{
    const qint64 a = addCreator(QStringLiteral("a_creator"));
    const qint64 b = addCreator(QStringLiteral("b_creator"));
    RelationshipLog log(*m_db);
    QVERIFY(log.addNote(b, QStringLiteral("只和 B 有关")));
    QCOMPARE(history(a), QStringList{QStringLiteral("creators:insert")});
    QCOMPARE(history(b), (QStringList{QStringLiteral("creators:insert"), QStringLiteral("relationship_events:insert")}));
}

void TestAuditLog::changesReadAsWords()
{
    const qint64 id = addCreator(QStringLiteral("words"));
    CreatorRepository repo(*m_db);
    Creator c = *repo.load(id);
    c.status = Status::OutreachSent;
    c.owner = QStringLiteral("Lin Yue 林悦");
    c.priceImageFen = 1200000;
    QVERIFY(repo.update(c));
    ShortlistRepository shortlists(*m_db);
    QVERIFY(shortlists.create(QStringLiteral("护肤 Q2"), QString(), RosterFilter(), {id}) > 0);

    const QList<AuditEntry> entries = AuditLog::forCreator(*m_db, id, 10);
    QCOMPARE(entries.size(), 3);
    const QHash<QString, QString> names = ChangeText::names(*m_db, entries);
    QCOMPARE(ChangeText::describe(entries.at(0), names), QStringLiteral("Added to the shortlist 护肤 Q2"));
    const QString update = ChangeText::describe(entries.at(1), names);
    QVERIFY2(update.contains(QStringLiteral("Status: Prospect → Outreach Sent")), qPrintable(update));
    QVERIFY2(update.contains(QStringLiteral("Owner: (empty) → Lin Yue 林悦")), qPrintable(update));
    QVERIFY2(update.contains(QStringLiteral("Image-note price: (empty) → ¥12,000")), qPrintable(update));
    QCOMPARE(ChangeText::describe(entries.at(2), names), QStringLiteral("Added to the roster"));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
