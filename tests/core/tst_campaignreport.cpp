// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign report's content against hand-computed figures of tests/support/ReportFixture.h
// (English, the source language; the Chinese rendering is covered by the golden PDF test).
#include "report/CampaignReportData.h"
#include "report/CampaignReportHtml.h"
#include "report/ReportText.h"
#include "store/Database.h"

#include "../support/ReportFixture.h"
#include "TestDatabase.h"

#include <QTest>

using namespace rr;

class TestCampaignReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        StoreError err;
        m_db = m_scratch.open(QStringLiteral("r.sqlite"), &err);
        QVERIFY2(m_db, qPrintable(err.message));
        test::ReportFixture fixture(*m_db);
        QVERIFY2(fixture.build(), qPrintable(fixture.error()));
        m_campaign = fixture.campaignId;
        m_empty = fixture.emptyCampaignId;
    }

    void figures()
    {
        CampaignReportData d;
        StoreError err;
        QVERIFY2(CampaignReportLoader::load(*m_db, m_campaign, {}, QDate(2026, 4, 10), &d, &err), qPrintable(err.detail));
        QCOMPARE(d.posts.size(), 5);
        QCOMPARE(d.measuredPosts(), 4);
        QCOMPARE(d.kpis.spendFen().value_or(-1), qint64(2680000));
        QCOMPARE(d.kpis.totals().views.value_or(-1), qint64(222000));
        QVERIFY(std::abs(*d.kpis.value(Kpi::EngagementRate) - 12200.0 / 222000.0) < 1e-12);
        QCOMPARE(d.firstAsOf, QDate(2026, 4, 2));
        QCOMPARE(d.lastAsOf, QDate(2026, 4, 7));
        QCOMPARE(d.finalPosts, 3);
        QCOMPARE(d.finalUpdateDue(), QDate(2026, 4, 7));
        QCOMPARE(d.sources.value(QStringLiteral("manual")), 2);
        QCOMPARE(d.sources.value(QStringLiteral("pugongying")), 2);
        QCOMPARE(d.creators.size(), 3);
        // By name: Tom's Kitchen, 夏夏的日常, 莉莉爱护肤 in the locale's collation; find each.
        for (const ReportCreatorRow &c : d.creators) {
            if (c.handle == QLatin1String("lily_skin")) {
                QCOMPARE(c.tier, std::optional<Tier>(Tier::Mega));
                QCOMPARE(c.measuredPosts, 2);
                QCOMPARE(c.totals.views.value_or(-1), qint64(180000));
                QCOMPARE(c.totals.saves.value_or(-1), qint64(3300));
            } else if (c.handle == QLatin1String("xiaxia")) {
                QCOMPARE(c.tier, std::optional<Tier>(Tier::Micro));
                QCOMPARE(c.posts, 1);
                QCOMPARE(c.measuredPosts, 0);
            } else {
                QCOMPARE(c.handle, QStringLiteral("tom_eats"));
                QCOMPARE(c.tier, std::optional<Tier>(Tier::Mid));
                QCOMPARE(c.totals.likes.value_or(-1), qint64(1500));
            }
        }
        const QList<ReportPost> top = d.topBySaveRate(3);
        QCOMPARE(top.size(), 3);
        QCOMPARE(top[0].title, QStringLiteral("Night routine"));       // 3.00%
        QCOMPARE(top[1].title, QStringLiteral("精华测评｜一周见效"));    // 2.00%
        QCOMPARE(top[2].title, QStringLiteral("Breakfast glow"));      // 1.50%, published before the other 1.50%
    }

    void htmlInEnglish()
    {
        CampaignReportData d;
        StoreError err;
        QVERIFY(CampaignReportLoader::load(*m_db, m_campaign, {}, QDate(2026, 4, 10), &d, &err));
        const ReportText text(QStringLiteral("en"));
        const QString html = CampaignReportHtml::build(d, text);
        for (const QString &expected :
             {QStringLiteral("Campaign performance report"), QStringLiteral("春季新品种草"), QStringLiteral("Mar 1, 2026 to Mar 31, 2026"),
              QStringLiteral("¥26,800"), QStringLiteral("5.50%"), QStringLiteral("1.85%"), QStringLiteral("¥2.20"),
              QStringLiteral("222,000 (222K)"), QStringLiteral("¥20,000"), QStringLiteral("¥2.06"), QStringLiteral("3.00%"),
              QStringLiteral("&lt;b&gt;Tips&lt;/b&gt; &amp; &quot;tricks&quot;"), QStringLiteral("chart:trend"),
              QStringLiteral("https://www.xiaohongshu.com/explore/aaa111"), QStringLiteral("not measured"),
              QStringLiteral("3 of 4 measured post"), QStringLiteral("Pugongying"), QStringLiteral("Apr 2, 2026 to Apr 7, 2026")}) {
            QVERIFY2(html.contains(expected), qPrintable(expected));
        }
        QVERIFY(!html.contains(QStringLiteral("<b>Tips</b>"))); // the title stays text
    }

    void targetsAgainstActuals()
    {
        CampaignReportData d;
        StoreError err;
        QVERIFY(CampaignReportLoader::load(*m_db, m_campaign, {}, QDate(2026, 4, 10), &d, &err));
        QCOMPARE(d.targets.size(), 2);
        QCOMPARE(d.targets.value(Kpi::Engagements), 10000.0);
        QCOMPARE(d.targets.value(Kpi::Cpe), 2.0);
        const QString html = CampaignReportHtml::build(d, ReportText(QStringLiteral("en")));
        QVERIFY(html.contains(QStringLiteral(">Target<")));
        QVERIFY2(html.contains(QStringLiteral("10,000 · ✓ met")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("¥2.00 · ✗ not met (110% of target)")));
        // Cost KPIs: lower is better; the others: higher is better.
        QVERIFY(CampaignKpis::meets(Kpi::Cpe, 1.9, 2.0));
        QVERIFY(!CampaignKpis::meets(Kpi::Cpe, 2.2, 2.0));
        QVERIFY(CampaignKpis::meets(Kpi::Spend, 100.0, 100.0));
        QVERIFY(CampaignKpis::meets(Kpi::Engagements, 12200.0, 10000.0));
        QVERIFY(!CampaignKpis::meets(Kpi::SaveRate, 0.01, 0.02));
    }

    void noTargetsNoTargetColumn()
    {
        CampaignReportData d;
        StoreError err;
        QVERIFY(CampaignReportLoader::load(*m_db, m_empty, {}, QDate(2026, 4, 10), &d, &err));
        QVERIFY(d.targets.isEmpty());
        const QString html = CampaignReportHtml::build(d, ReportText(QStringLiteral("en")));
        QVERIFY(!html.contains(QStringLiteral(">Target<")));
        QVERIFY(!html.contains(QStringLiteral("✓")));
        QVERIFY(!html.contains(QStringLiteral("✗")));
    }

    void emptyCampaignSaysSo()
    {
        CampaignReportData d;
        StoreError err;
        QVERIFY(CampaignReportLoader::load(*m_db, m_empty, {}, QDate(2026, 4, 10), &d, &err));
        QVERIFY(d.posts.isEmpty());
        const QString html = CampaignReportHtml::build(d, ReportText(QStringLiteral("en")));
        QVERIFY(html.contains(QStringLiteral("No posts have been recorded for this campaign yet")));
        QVERIFY(!html.contains(QStringLiteral("chart:trend")));
        QVERIFY(!html.contains(QStringLiteral("Appendix")));
        QVERIFY(html.contains(QStringLiteral("Tom&#x27;s Kitchen")) || html.contains(QStringLiteral("Tom's Kitchen")));
    }

    void findsCampaignsByIdOrName()
    {
        QCOMPARE(CampaignReportLoader::findCampaign(*m_db, QString::number(m_campaign)), m_campaign);
        QCOMPARE(CampaignReportLoader::findCampaign(*m_db, QStringLiteral("Empty launch")), m_empty);
        QCOMPARE(CampaignReportLoader::findCampaign(*m_db, QStringLiteral("nope")), 0);
        CampaignReportData d;
        StoreError err;
        QVERIFY(!CampaignReportLoader::load(*m_db, 999, {}, QDate(2026, 4, 10), &d, &err));
        QCOMPARE(err.code, StoreError::Code::NotFound);
    }

private:
    test::TestDatabase m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
    qint64 m_campaign = 0;
    qint64 m_empty = 0;
};

QTEST_GUILESS_MAIN(TestCampaignReport)
#include "tst_campaignreport.moc"
