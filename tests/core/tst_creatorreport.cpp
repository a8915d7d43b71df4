// SPDX-License-Identifier: GPL-3.0-or-later
// The one-page creator profile (issue 6 §2) against hand-computed figures of
// tests/support/ReportFixture.h: lily_skin (莉莉爱护肤, 620,000 followers) has one collaboration,
// fee ¥20,000, 2 of 2 posts delivered, latest figures views 120,000 + 60,000, likes 4,200 + 1,500,
// comments 520 + 180, saves 2,400 + 900. English (the source language).
#include "report/CreatorReport.h"
#include "report/ReportText.h"
#include "store/Database.h"

#include "../support/ReportFixture.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace rr;

class TestCreatorReport : public QObject
{
    Q_OBJECT

    test::TestDatabase m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
    qint64 m_lily = 0;

    bool exec(const QString &sql, const QVariantList &binds)
    {
        QSqlQuery q(m_db->sql());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        return q.exec();
    }

private slots:
    void initTestCase()
    {
        StoreError err;
        m_db = m_scratch.open(QStringLiteral("r.sqlite"), &err);
        QVERIFY2(m_db, qPrintable(err.message));
        test::ReportFixture fixture(*m_db);
        QVERIFY2(fixture.build(), qPrintable(fixture.error()));
        m_lily = CreatorReportLoader::findCreator(*m_db, QStringLiteral("lily_skin"));
        QVERIFY(m_lily > 0);
        // Six events (the page shows the latest five) and a vetting checklist.
        for (int day = 1; day <= 6; ++day)
            QVERIFY(exec(QStringLiteral("INSERT INTO relationship_events (creator_id, occurred_on, kind, owner, note, "
                                        "created_at) VALUES (?, ?, 'contact', 'Anna', ?, 'now')"),
                         {m_lily, QStringLiteral("2026-02-%1").arg(day, 2, 10, QLatin1Char('0')),
                          QStringLiteral("call number %1").arg(day)}));
        QVERIFY(exec(QStringLiteral("INSERT INTO vetting (creator_id, comment_quality, content_consistency, "
                                    "fake_follower_flag, competitor_conflict, vetted_on, vetted_by) "
                                    "VALUES (?, 4, 3, 1, 0, '2026-02-20', 'Anna')"),
                     {m_lily}));
    }

    void findCreator_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("found");
        QTest::newRow("handle") << "lily_skin" << true;
        QTest::newRow("handle, other case") << "LILY_SKIN" << true;
        QTest::newRow("nickname") << "莉莉爱护肤" << true;
        QTest::newRow("unknown") << "nobody_here" << false;
        QTest::newRow("unknown number") << "999" << false;
    }
    void findCreator()
    {
        QFETCH(QString, key);
        QFETCH(bool, found);
        QCOMPARE(CreatorReportLoader::findCreator(*m_db, key), found ? m_lily : qint64(0));
        QCOMPARE(CreatorReportLoader::findCreator(*m_db, QString::number(m_lily)), m_lily);
    }

    void figures()
    {
        CreatorReportData d;
        StoreError err;
        QVERIFY2(CreatorReportLoader::load(*m_db, m_lily, {}, QDate(2026, 4, 10), &d, &err), qPrintable(err.detail));
        QCOMPARE(d.creator.nickname, QStringLiteral("莉莉爱护肤"));
        QCOMPARE(d.tier, std::optional<Tier>(Tier::Mega));
        QCOMPARE(d.collaborations.size(), 1);
        const CreatorReportCollaboration &c = d.collaborations.first();
        QCOMPARE(c.campaignName, QStringLiteral("春季新品种草"));
        QCOMPARE(c.posts, 2);
        QCOMPARE(c.measuredPosts, 2);
        QCOMPARE(c.totals.views.value_or(-1), qint64(180000));
        QCOMPARE(c.totals.saves.value_or(-1), qint64(3300));
        QCOMPARE(Metrics(d.settings).engagements(d.totals()).value_or(-1), qint64(9700)); // 5,700 + 700 + 3,300
        QCOMPARE(d.measuredFeeFen().value_or(-1), qint64(2000000));
        QCOMPARE(d.rollup.brandFit.value_or(-1), 5.0);
        QCOMPARE(d.rollup.reliability.value_or(-1), 4.0);
        QVERIFY(d.vetting.has_value());
        QCOMPARE(d.events.size(), CreatorReportData::kEvents); // six logged, newest five kept
        QCOMPARE(d.events.first().note, QStringLiteral("call number 6"));
    }

    void html()
    {
        CreatorReportData d;
        StoreError err;
        QVERIFY(CreatorReportLoader::load(*m_db, m_lily, {}, QDate(2026, 4, 10), &d, &err));
        const ReportText text(QStringLiteral("en"));
        const QString html = CreatorReportHtml::build(d, text);
        const QStringList expected = {
            QStringLiteral("Creator profile"), QStringLiteral("莉莉爱护肤"), QStringLiteral("lily_skin"),
            QStringLiteral("Mega KOL"), QStringLiteral("620,000"), QStringLiteral("春季新品种草"),
            QStringLiteral("¥20,000"), QStringLiteral("2 / 2"), QStringLiteral("180K"),
            QStringLiteral("9.7K"),                                 // engagements 9,700
            QStringLiteral("5.39%"),                                // ER 9,700 ÷ 180,000
            QStringLiteral("1.83%"),                                // SR 3,300 ÷ 180,000
            QStringLiteral("¥2.06"),                                // CPE 20,000 ÷ 9,700
            QStringLiteral("5.0/5 (n=1)"), QStringLiteral("4.0/5 (n=1)"),
            QStringLiteral("comment quality 4/5"), QStringLiteral("suspected fake followers"),
            QStringLiteral("call number 6"), QStringLiteral("call number 2"), QStringLiteral("Apr 10, 2026"),
            QStringLiteral("2 of 2 post")};
        for (const QString &s : expected)
            QVERIFY2(html.contains(s), qPrintable(s));
        QVERIFY(!html.contains(QStringLiteral("call number 1"))); // the oldest event is left out
        QVERIFY(!html.contains(QStringLiteral("All collaborations"))); // one collaboration: no total row
        QVERIFY(!html.contains(QStringLiteral("chart:followers")));     // no follower history
    }

    void noCollaborations()
    {
        const qint64 xia = CreatorReportLoader::findCreator(*m_db, QStringLiteral("xiaxia"));
        QVERIFY(exec(QStringLiteral("INSERT INTO creators (handle, nickname, followers, created_at, updated_at) "
                                    "VALUES ('new_one', '<b>New</b>', 900, 'now', 'now')"),
                     {}));
        const qint64 fresh = CreatorReportLoader::findCreator(*m_db, QStringLiteral("new_one"));
        QVERIFY(xia > 0 && fresh > 0);
        CreatorReportData d;
        StoreError err;
        QVERIFY(CreatorReportLoader::load(*m_db, fresh, {}, QDate(2026, 4, 10), &d, &err));
        const QString html = CreatorReportHtml::build(d, ReportText(QStringLiteral("en")));
        QVERIFY(html.contains(QStringLiteral("No collaborations yet.")));
        QVERIFY(html.contains(QStringLiteral("not vetted yet")));
        QVERIFY(html.contains(QStringLiteral("KOC")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;New&lt;/b&gt;"))); // escaped
    }

    // Run last: gives lily a collaboration in a campaign without a start date. It is listed
    // after the dated ones (latest first), where SQLite puts an empty date, on PostgreSQL too.
    void undatedCampaignListedLast()
    {
        QVERIFY(exec(QStringLiteral("INSERT INTO campaigns (name, objective, created_at, updated_at) "
                                    "VALUES ('Undated', 'seeding', 'now', 'now')"),
                     {}));
        QVERIFY(exec(QStringLiteral("INSERT INTO collaborations (campaign_id, creator_id, created_at, updated_at) "
                                    "SELECT id, ?, 'now', 'now' FROM campaigns WHERE name = 'Undated'"),
                     {m_lily}));
        CreatorReportData d;
        StoreError err;
        QVERIFY2(CreatorReportLoader::load(*m_db, m_lily, {}, QDate(2026, 4, 10), &d, &err), qPrintable(err.detail));
        QCOMPARE(d.collaborations.size(), 2);
        QCOMPARE(d.collaborations.first().campaignName, QStringLiteral("春季新品种草"));
        QCOMPARE(d.collaborations.last().campaignName, QStringLiteral("Undated"));
        QCOMPARE(d.rollup.history.size(), 2);
        QCOMPARE(d.rollup.history.first().campaignName, QStringLiteral("春季新品种草"));
        QCOMPARE(d.rollup.history.last().campaignName, QStringLiteral("Undated"));
    }
};

QTEST_GUILESS_MAIN(TestCreatorReport)
#include "tst_creatorreport.moc"
