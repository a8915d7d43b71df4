// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "campaign/CampaignRepository.h"
#include "demo/DemoData.h"
#include "domain/Creator.h"
#include "domain/Status.h"
#include "domain/Tier.h"
#include "store/Database.h"
#include "store/IntegrityCheck.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace rr;

namespace {

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

DemoOptions fixedOptions()
{
    DemoOptions o;
    o.seed = 4242;
    o.referenceDate = QDate(2026, 11, 30);
    return o;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fillsEveryScreen();
    void tiersCategoriesStatuses();
    void campaignsCoverObjectivesAndStatuses();
    void postsHaveGrowingMetrics();
    void followersMatchLatestSnapshot();
    void derivedColumnsMatchDomain();
    void oneClosedCampaignLacksFinalMetrics();
    void sameSeedSameData();
    void refusesNonEmptyDatabase();
    void integrityCheckIsClean();

private:
    std::unique_ptr<Database> openFresh(const QString &name);
    test::TestDatabase m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
    DemoSummary m_summary;
};

std::unique_ptr<Database> TestDemoData::openFresh(const QString &name)
{
    StoreError err;
    auto db = m_scratch.open(name, &err);
    if (!db)
        qWarning("%s", qPrintable(err.message + QLatin1Char(' ') + err.detail));
    return db;
}

void TestDemoData::init()
{
    QVERIFY(m_scratch.isValid());
    m_db = openFresh(QStringLiteral("demo-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY(m_db);
    StoreError err;
    QVERIFY2(DemoData::generate(*m_db, fixedOptions(), &err, &m_summary), qPrintable(err.message + err.detail));
}

void TestDemoData::cleanup()
{
    m_db.reset();
}

void TestDemoData::fillsEveryScreen()
{
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators")) >= 300);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators")), qint64(m_summary.creators));
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM tags")) >= 5);
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creator_tags")) > 50);
    const qint64 shortlists = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM shortlists WHERE purpose <> ''"));
    QVERIFY(shortlists >= 2 && shortlists <= 3);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM shortlists s WHERE NOT EXISTS "
                                          "(SELECT 1 FROM shortlist_members m WHERE m.shortlist_id = s.id)")), qint64(0));
    // Vetting for about 40% of creators; the suspicious spikes are flagged.
    const qint64 vetted = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM vetting"));
    QVERIFY(vetted >= m_summary.creators * 35 / 100 && vetted <= m_summary.creators * 45 / 100);
    const qint64 flagged = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM vetting WHERE fake_follower_flag = 1"));
    QVERIFY(flagged >= 3 && flagged <= 5);
    // Every creator past prospect has a relationship history; prospects none.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators c WHERE status <> 'prospect' AND NOT EXISTS "
                                          "(SELECT 1 FROM relationship_events e WHERE e.creator_id = c.id)")), qint64(0));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM relationship_events e JOIN creators c ON c.id = e.creator_id "
                                          "WHERE c.status = 'prospect'")), qint64(0));
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators WHERE do_not_contact = 1 AND status = 'declined'")) >= 1);
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT COUNT(DISTINCT city) FROM creators")) >= 12);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(DISTINCT owner) FROM creators WHERE owner IS NOT NULL")), qint64(5));
    const qint64 agencies = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators WHERE has_agency = 1 AND agency_name <> ''"));
    QVERIFY(agencies > m_summary.creators / 5 && agencies < m_summary.creators * 2 / 5);
    // Prices grow with the tier: the cheapest mega note costs more than the dearest KOC note.
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT MIN(price_image_fen) FROM creators WHERE followers >= 500000"))
            > scalar(*m_db, QStringLiteral("SELECT MAX(price_image_fen) FROM creators WHERE followers < 10000")));
    // Nothing in the future.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM relationship_events WHERE occurred_on > '2026-11-30'")), qint64(0));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM post_metrics WHERE as_of > '2026-11-30'")), qint64(0));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM posts WHERE published_on > '2026-11-30'")), qint64(0));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators WHERE first_contact_on > '2026-11-30' "
                                          "OR followers_as_of > '2026-11-30'")), qint64(0));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM vetting WHERE vetted_on > '2026-11-30'")), qint64(0));
    // First contact before any relationship event.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM relationship_events e JOIN creators c ON c.id = e.creator_id "
                                          "WHERE e.occurred_on < c.first_contact_on")), qint64(0));
}

void TestDemoData::tiersCategoriesStatuses()
{
    const TierThresholds thresholds;
    QSet<Tier> tiers;
    QSet<QString> statuses;
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT followers, status FROM creators")));
    while (q.next()) {
        tiers.insert(thresholds.tierFor(q.value(0).toLongLong()));
        statuses.insert(q.value(1).toString());
    }
    for (Tier t : allTiers)
        QVERIFY2(tiers.contains(t), qPrintable(TierText::key(t)));
    for (Status s : allStatuses)
        QVERIFY2(statuses.contains(StatusText::key(s)), qPrintable(StatusText::key(s)));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM categories c WHERE NOT EXISTS "
                                          "(SELECT 1 FROM creators r WHERE r.primary_category_id = c.id)")), qint64(0));
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT COUNT(DISTINCT creator_id) FROM creator_categories")) > 50);
    // Tier shares roughly as promised.
    const qint64 mega = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators WHERE followers >= 500000"));
    QVERIFY(mega >= m_summary.creators * 6 / 100 && mega <= m_summary.creators * 10 / 100);
}

void TestDemoData::campaignsCoverObjectivesAndStatuses()
{
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM campaigns")), qint64(12));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(DISTINCT objective) FROM campaigns")), qint64(3));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(DISTINCT status) FROM campaigns")), qint64(3));
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT COUNT(DISTINCT brand) FROM campaigns")) >= 3);
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT c.id, COUNT(l.id) FROM campaigns c LEFT JOIN collaborations l "
                                  "ON l.campaign_id = c.id GROUP BY c.id")));
    int campaigns = 0;
    while (q.next()) {
        ++campaigns;
        QVERIFY2(q.value(1).toInt() >= 5 && q.value(1).toInt() <= 20, qPrintable(q.value(0).toString()));
    }
    QCOMPARE(campaigns, 12);
    // Some creators delivered short; closed collaborations carry a renewal verdict with a reason.
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations l JOIN campaigns c ON c.id = l.campaign_id "
                                         "WHERE c.status = 'closed' AND l.delivered_posts < l.contracted_posts")) >= 2);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations l JOIN campaigns c ON c.id = l.campaign_id "
                                          "WHERE c.status = 'closed' AND (l.renewal IS NULL OR l.renewal_reason IS NULL)")),
             qint64(0));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(DISTINCT renewal) FROM collaborations WHERE renewal IS NOT NULL")), qint64(3));
    // Measured campaigns have targets for their leading KPIs, some met and some missed.
    CampaignRepository repo(*m_db);
    int met = 0, missed = 0, targeted = 0;
    QSqlQuery cq(m_db->sql());
    QVERIFY(cq.exec(QStringLiteral("SELECT id FROM campaigns")));
    while (cq.next()) {
        const qint64 id = cq.value(0).toLongLong();
        const QMap<Kpi, double> targets = repo.targets(id);
        const CampaignKpis kpis = repo.kpis(id);
        targeted += targets.isEmpty() ? 0 : 1;
        QVERIFY(targets.isEmpty() == (kpis.postCount() == kpis.unmeasuredPosts()));
        for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
            if (const std::optional<double> actual = kpis.value(it.key()))
                (CampaignKpis::meets(it.key(), *actual, it.value()) ? met : missed) += 1;
        }
    }
    QVERIFY(targeted >= 6);
    QVERIFY2(met >= 5 && missed >= 5, qPrintable(QStringLiteral("%1 met, %2 missed").arg(met).arg(missed)));
    // Deliverables match the contract; delivered ones point at posts.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM deliverables")),
             scalar(*m_db, QStringLiteral("SELECT SUM(contracted_posts) FROM collaborations")));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM deliverables WHERE post_id IS NOT NULL")),
             scalar(*m_db, QStringLiteral("SELECT SUM(delivered_posts) FROM collaborations")));
    // Rolled-up ratings equal the average of the creator's collaborations.
    QCOMPARE(scalar(*m_db, QStringLiteral(
                 "SELECT COUNT(*) FROM creators c WHERE EXISTS (SELECT 1 FROM collaborations l WHERE l.creator_id = c.id "
                 "AND l.brand_fit IS NOT NULL) AND abs(c.brand_fit - (SELECT AVG(brand_fit) FROM collaborations l "
                 "WHERE l.creator_id = c.id)) > 1e-9")), qint64(0));
}

void TestDemoData::postsHaveGrowingMetrics()
{
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM posts")) > 30);
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM post_metrics")) > 100);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM posts WHERE url NOT LIKE 'https://www.xiaohongshu.com/explore/%' "
                                          "OR length(url) <> 60")), qint64(0));
    // Order of magnitude: views ≫ likes > saves > comments > shares.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM post_metrics WHERE views > 1000 AND NOT "
                                          "(views > likes * 5 AND likes > saves AND saves > comments AND comments >= shares)")),
             qint64(0));
    // Later snapshots never shrink.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM post_metrics a JOIN post_metrics b ON a.post_id = b.post_id "
                                          "AND b.as_of > a.as_of WHERE b.views < a.views OR b.likes < a.likes")), qint64(0));
    // Clicks only where trackable: conversion campaigns.
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM post_metrics m JOIN posts p ON p.id = m.post_id JOIN collaborations l "
                                         "ON l.id = p.collaboration_id WHERE l.objective = 'conversion' AND m.clicks > 0")) > 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM post_metrics m JOIN posts p ON p.id = m.post_id JOIN collaborations l "
                                          "ON l.id = p.collaboration_id WHERE l.objective <> 'conversion' AND m.clicks IS NOT NULL")),
             qint64(0));
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT COUNT(DISTINCT source) FROM post_metrics")) >= 2);
}

void TestDemoData::followersMatchLatestSnapshot()
{
    // IS DISTINCT FROM: NULL-safe on both backends (SQLite's own IS NOT means something else on PostgreSQL).
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators c WHERE c.followers IS DISTINCT FROM (SELECT s.followers FROM "
                                          "follower_snapshots s WHERE s.creator_id = c.id ORDER BY s.as_of DESC LIMIT 1)")),
             qint64(0));
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM follower_snapshots")) >= qint64(m_summary.creators) * 3);
}

void TestDemoData::derivedColumnsMatchDomain()
{
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT handle, nickname, real_name, notes, search_text, profile_url, profile_key, version "
                                  "FROM creators")));
    while (q.next()) {
        Creator c;
        c.handle = q.value(0).toString();
        c.nickname = q.value(1).toString();
        c.realName = q.value(2).toString();
        c.notes = q.value(3).toString();
        QCOMPARE(q.value(4).toString(), c.searchText());
        QVERIFY(q.value(5).toString().startsWith(QLatin1String("https://www.xiaohongshu.com/user/profile/")));
        QCOMPARE(q.value(6).toString(), normalizedProfileKey(q.value(5).toString()));
        QCOMPARE(q.value(7).toInt(), 1);
    }
}

void TestDemoData::oneClosedCampaignLacksFinalMetrics()
{
    const QString closedWithoutFinal = QStringLiteral(
        "SELECT COUNT(*) FROM campaigns c WHERE c.status = 'closed' AND EXISTS (SELECT 1 FROM collaborations l JOIN posts p "
        "ON p.collaboration_id = l.id WHERE l.campaign_id = c.id) AND NOT EXISTS (SELECT 1 FROM collaborations l JOIN posts p "
        "ON p.collaboration_id = l.id JOIN post_metrics m ON m.post_id = p.id WHERE l.campaign_id = c.id AND m.is_final = 1)");
    QCOMPARE(scalar(*m_db, closedWithoutFinal), qint64(1));
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE status = 'closed'")) >= 6);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM post_metrics m JOIN posts p ON p.id = m.post_id JOIN collaborations l "
                                          "ON l.id = p.collaboration_id JOIN campaigns c ON c.id = l.campaign_id "
                                          "WHERE c.status <> 'closed' AND m.is_final = 1")), qint64(0));
}

void TestDemoData::sameSeedSameData()
{
    auto other = openFresh(QStringLiteral("again.sqlite"));
    QVERIFY(other);
    StoreError err;
    QVERIFY(DemoData::generate(*other, fixedOptions(), &err));
    // Every handle in id order, read here rather than joined in SQL (group_concat is SQLite's).
    const auto handles = [](const Database &db) {
        QStringList out;
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("SELECT handle FROM creators ORDER BY id")))
            return QStringList{QStringLiteral("error: ") + q.lastError().text()};
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    const QStringList mine = handles(*m_db);
    QVERIFY(mine.size() > 1);
    QCOMPARE(handles(*other), mine);
    QCOMPARE(scalar(*other, QStringLiteral("SELECT SUM(followers) FROM creators")),
             scalar(*m_db, QStringLiteral("SELECT SUM(followers) FROM creators")));
    QCOMPARE(scalar(*other, QStringLiteral("SELECT SUM(views) FROM post_metrics")),
             scalar(*m_db, QStringLiteral("SELECT SUM(views) FROM post_metrics")));

    auto third = openFresh(QStringLiteral("other-seed.sqlite"));
    DemoOptions o = fixedOptions();
    o.seed = 7;
    QVERIFY(DemoData::generate(*third, o, &err));
    QVERIFY(scalar(*third, QStringLiteral("SELECT SUM(followers) FROM creators"))
            != scalar(*m_db, QStringLiteral("SELECT SUM(followers) FROM creators")));
}

void TestDemoData::refusesNonEmptyDatabase()
{
    const qint64 creators = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators"));
    const qint64 metrics = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM post_metrics"));
    StoreError err;
    QVERIFY(!DemoData::generate(*m_db, fixedOptions(), &err));
    QVERIFY(err.isError());
    QVERIFY2(err.message.contains(QLatin1String("already has")), qPrintable(err.message));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators")), creators);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM post_metrics")), metrics);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM campaigns")), qint64(12));
    // No transaction left open: a normal write still works.
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('after')")));
}

void TestDemoData::integrityCheckIsClean()
{
    const IntegrityReport report = IntegrityCheck::run(*m_db);
    QVERIFY2(report.ok(), qPrintable(report.toText()));
    QCOMPARE(report.rows(QStringLiteral("creators")), qint64(m_summary.creators));
    QCOMPARE(report.rows(QStringLiteral("post_metrics")), qint64(m_summary.metrics));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
