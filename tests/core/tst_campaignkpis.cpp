// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CampaignKpis.h"

#include <QTest>

#include <cmath>

using namespace rr;

Q_DECLARE_METATYPE(rr::Objective)
Q_DECLARE_METATYPE(rr::Kpi)
Q_DECLARE_METATYPE(QList<rr::Kpi>)

namespace {

PostCounts counts(qint64 views, qint64 likes, qint64 comments, qint64 saves, qint64 shares, qint64 clicks)
{
    PostCounts c;
    c.views = views;
    c.likes = likes;
    c.comments = comments;
    c.saves = saves;
    c.shares = shares;
    c.clicks = clicks;
    return c;
}

// Two measured posts, fees ¥2,000 + ¥3,000, budget ¥10,000.
KpiInput standard()
{
    KpiInput in;
    in.budgetFen = 1000000;
    in.feesFen = {200000, 300000};
    in.latestPerPost = {counts(10000, 500, 100, 400, 50, 200), counts(30000, 1500, 300, 600, 0, 300)};
    in.contracted = 3;
    in.delivered = 2;
    return in;
}

constexpr double kUnknown = -1.0; // marks an expected unknown in the data tables

} // namespace

class TestCampaignKpis : public QObject
{
    Q_OBJECT
private slots:
    void handComputed_data();
    void handComputed();
    void unknowns_data();
    void unknowns();
    void objectiveKpis_data();
    void objectiveKpis();
    void sharesSetting();
    void unmeasuredPosts();
    void formatting();
};

void TestCampaignKpis::handComputed_data()
{
    QTest::addColumn<Kpi>("kpi");
    QTest::addColumn<double>("expected");
    // views 40,000; engagements 500+100+400 + 1500+300+600 = 3,400; saves 1,000; clicks 500; spend ¥5,000.
    QTest::newRow("spend") << Kpi::Spend << 5000.0;
    QTest::newRow("budget") << Kpi::Budget << 10000.0;
    QTest::newRow("spend of budget") << Kpi::SpendOfBudget << 0.5;
    QTest::newRow("views") << Kpi::Views << 40000.0;
    QTest::newRow("engagements") << Kpi::Engagements << 3400.0;
    QTest::newRow("engagement rate") << Kpi::EngagementRate << 0.085;
    QTest::newRow("saves") << Kpi::Saves << 1000.0;
    QTest::newRow("save rate") << Kpi::SaveRate << 0.025;
    QTest::newRow("clicks") << Kpi::Clicks << 500.0;
    QTest::newRow("CPE") << Kpi::Cpe << 5000.0 / 3400.0;
    QTest::newRow("CPM") << Kpi::Cpm << 125.0;
    QTest::newRow("CPR") << Kpi::Cpr << 0.125;
    QTest::newRow("CPC") << Kpi::Cpc << 10.0;
    QTest::newRow("delivered") << Kpi::Delivered << 2.0 / 3.0;
}

void TestCampaignKpis::handComputed()
{
    QFETCH(Kpi, kpi);
    QFETCH(double, expected);
    const CampaignKpis k = CampaignKpis::compute(standard());
    const std::optional<double> v = k.value(kpi);
    QVERIFY(v.has_value());
    QVERIFY2(std::abs(*v - expected) < 1e-9, qPrintable(QString::number(*v, 'g', 12)));
}

void TestCampaignKpis::unknowns_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<Kpi>("kpi");
    QTest::addColumn<double>("expected");
    // 0: the second post has no clicks recorded; 1: one fee unknown; 2: zero views on both posts;
    // 3: no budget; 4: no collaborations (spend 0).
    QTest::newRow("clicks unknown → clicks") << 0 << Kpi::Clicks << kUnknown;
    QTest::newRow("clicks unknown → CPC") << 0 << Kpi::Cpc << kUnknown;
    QTest::newRow("clicks unknown → views still known") << 0 << Kpi::Views << 40000.0;
    QTest::newRow("fee unknown → spend") << 1 << Kpi::Spend << kUnknown;
    QTest::newRow("fee unknown → CPE") << 1 << Kpi::Cpe << kUnknown;
    QTest::newRow("fee unknown → CPM") << 1 << Kpi::Cpm << kUnknown;
    QTest::newRow("fee unknown → engagements known") << 1 << Kpi::Engagements << 3400.0;
    QTest::newRow("zero views → engagement rate") << 2 << Kpi::EngagementRate << kUnknown;
    QTest::newRow("zero views → CPM") << 2 << Kpi::Cpm << kUnknown;
    QTest::newRow("zero views → views are 0") << 2 << Kpi::Views << 0.0;
    QTest::newRow("no budget → spend of budget") << 3 << Kpi::SpendOfBudget << kUnknown;
    QTest::newRow("no budget → spend known") << 3 << Kpi::Spend << 5000.0;
    QTest::newRow("no collaborations → spend 0") << 4 << Kpi::Spend << 0.0;
    QTest::newRow("no collaborations → CPE 0") << 4 << Kpi::Cpe << 0.0;
}

void TestCampaignKpis::unknowns()
{
    QFETCH(int, variant);
    QFETCH(Kpi, kpi);
    QFETCH(double, expected);
    KpiInput in = standard();
    switch (variant) {
    case 0: in.latestPerPost[1]->clicks.reset(); break;
    case 1: in.feesFen[1].reset(); break;
    case 2:
        in.latestPerPost[0]->views = 0;
        in.latestPerPost[1]->views = 0;
        break;
    case 3: in.budgetFen.reset(); break;
    case 4: in.feesFen.clear(); break;
    }
    const std::optional<double> v = CampaignKpis::compute(in).value(kpi);
    if (expected == kUnknown) {
        QVERIFY2(!v.has_value(), qPrintable(QString::number(v.value_or(0))));
    } else {
        QVERIFY(v.has_value());
        QCOMPARE(*v, expected);
    }
}

void TestCampaignKpis::objectiveKpis_data()
{
    QTest::addColumn<Objective>("objective");
    QTest::addColumn<QList<Kpi>>("headline");
    QTest::newRow("awareness") << Objective::Awareness << QList<Kpi>{Kpi::Views, Kpi::Cpm, Kpi::Cpr};
    QTest::newRow("conversion") << Objective::Conversion
                                << QList<Kpi>{Kpi::Clicks, Kpi::Cpc, Kpi::Saves, Kpi::SaveRate};
    QTest::newRow("seeding") << Objective::Seeding << QList<Kpi>{Kpi::Engagements, Kpi::Cpe, Kpi::EngagementRate};
}

void TestCampaignKpis::objectiveKpis()
{
    QFETCH(Objective, objective);
    QFETCH(QList<Kpi>, headline);
    QCOMPARE(CampaignKpis::headlineKpis(objective), headline);
    const QList<Kpi> all = CampaignKpis::kpisFor(objective);
    QCOMPARE(all.mid(0, headline.size()), headline); // its own metrics lead
    QCOMPARE(all.size(), 14);                        // every KPI once
    for (Kpi k : all)
        QCOMPARE(all.count(k), 1);
}

void TestCampaignKpis::sharesSetting()
{
    MetricSettings settings;
    settings.sharesCountAsEngagement = true;
    const CampaignKpis k = CampaignKpis::compute(standard(), Metrics(settings));
    QCOMPARE(*k.value(Kpi::Engagements), 3450.0);
}

void TestCampaignKpis::unmeasuredPosts()
{
    KpiInput in = standard();
    in.latestPerPost << std::nullopt; // a post without any snapshot
    const CampaignKpis k = CampaignKpis::compute(in);
    QCOMPARE(k.postCount(), 3);
    QCOMPARE(k.unmeasuredPosts(), 1);
    QCOMPARE(*k.value(Kpi::Views), 40000.0);

    KpiInput none = standard();
    none.latestPerPost = {std::nullopt};
    const CampaignKpis empty = CampaignKpis::compute(none);
    QVERIFY(!empty.value(Kpi::Views));
    QVERIFY(!empty.value(Kpi::Cpm));
    QCOMPARE(*empty.value(Kpi::Spend), 5000.0);
}

void TestCampaignKpis::formatting()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    KpiInput in = standard();
    in.latestPerPost[1]->clicks.reset();
    const CampaignKpis k = CampaignKpis::compute(in);
    QCOMPARE(k.formatted(Kpi::Cpc), QStringLiteral("—"));
    QCOMPARE(k.formatted(Kpi::Cpm), QStringLiteral("¥125.00"));
    QCOMPARE(k.formatted(Kpi::EngagementRate), QStringLiteral("8.50%"));
    QCOMPARE(k.formatted(Kpi::Views), QStringLiteral("40,000"));
    QCOMPARE(k.formatted(Kpi::Delivered), QStringLiteral("2 / 3"));
}

QTEST_GUILESS_MAIN(TestCampaignKpis)
#include "tst_campaignkpis.moc"
