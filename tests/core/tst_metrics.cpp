// SPDX-License-Identifier: GPL-3.0-or-later
// Metric formulas of the domain notes, with expectations computed by hand.
#include "domain/Metrics.h"

#include <QTest>

#include <cmath>
#include <optional>

using namespace rr;

Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(std::optional<qint64>)
Q_DECLARE_METATYPE(rr::PostCounts)

namespace {
constexpr double unknown = -1.0; // sentinel in the data tables: "expected unknown"

std::optional<qint64> opt(qint64 v)
{
    if (v < 0)
        return std::nullopt;
    return v;
}

PostCounts counts(qint64 views, qint64 likes, qint64 comments, qint64 saves, qint64 shares, qint64 clicks)
{
    return {opt(views), opt(likes), opt(comments), opt(saves), opt(shares), opt(clicks)};
}

void compare(std::optional<double> actual, double expected)
{
    if (expected == unknown) {
        QVERIFY2(!actual.has_value(), qPrintable(QStringLiteral("expected unknown, got %1").arg(actual.value_or(0))));
        return;
    }
    QVERIFY(actual.has_value());
    QVERIFY(std::isfinite(*actual));
    QVERIFY2(std::abs(*actual - expected) < 1e-9,
             qPrintable(QStringLiteral("got %1, expected %2").arg(*actual, 0, 'g', 12).arg(expected, 0, 'g', 12)));
}
} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void tier_data();
    void tier();
    void customThresholds();
    void rates_data();
    void rates();
    void sharesSetting();
    void costs_data();
    void costs();
    void viral();
};

void TestMetrics::tier_data()
{
    QTest::addColumn<qint64>("followers");
    QTest::addColumn<int>("tier");
    QTest::newRow("zero") << qint64(0) << int(Tier::Koc);
    QTest::newRow("koc top") << qint64(9999) << int(Tier::Koc);
    QTest::newRow("micro edge") << qint64(10000) << int(Tier::Micro);
    QTest::newRow("micro top") << qint64(49999) << int(Tier::Micro);
    QTest::newRow("mid edge") << qint64(50000) << int(Tier::Mid);
    QTest::newRow("mid top") << qint64(499999) << int(Tier::Mid);
    QTest::newRow("mega edge") << qint64(500000) << int(Tier::Mega);
    QTest::newRow("mega big") << qint64(12000000) << int(Tier::Mega);
}

void TestMetrics::tier()
{
    QFETCH(qint64, followers);
    QFETCH(int, tier);
    QCOMPARE(int(Metrics().tier(followers)), tier);
}

void TestMetrics::customThresholds()
{
    // Other sources cut at 1万 / 10万 / 50万.
    MetricSettings s;
    s.tiers = {500000, 100000, 10000};
    QVERIFY(s.tiers.isValid());
    Metrics m(s);
    QCOMPARE(m.tier(99999), Tier::Micro);
    QCOMPARE(m.tier(100000), Tier::Mid);
    QCOMPARE(s.tiers.lowerBound(Tier::Mid), qint64(100000));
    QCOMPARE(s.tiers.upperBound(Tier::Mid).value(), qint64(500000));
    QVERIFY(!s.tiers.upperBound(Tier::Mega).has_value());
    QVERIFY(!(TierThresholds{100, 200, 300}.isValid()));
}

void TestMetrics::rates_data()
{
    QTest::addColumn<PostCounts>("c");
    QTest::addColumn<qint64>("engagements"); // -1 unknown
    QTest::addColumn<double>("engagementRate");
    QTest::addColumn<double>("saveRate");
    QTest::addColumn<double>("likesPerSave");
    // 1200 + 80 + 320 = 1600 engagements over 20000 views = 8 %; saves 320 / 20000 = 1.6 %.
    QTest::newRow("typical") << counts(20000, 1200, 80, 320, 45, -1) << qint64(1600) << 0.08 << 0.016 << 3.75;
    QTest::newRow("zero views") << counts(0, 10, 1, 2, 0, -1) << qint64(13) << unknown << unknown << 5.0;
    QTest::newRow("unknown views") << counts(-1, 10, 1, 2, 0, -1) << qint64(13) << unknown << unknown << 5.0;
    QTest::newRow("unknown saves") << counts(1000, 10, 1, -1, 0, -1) << qint64(-1) << unknown << unknown << unknown;
    QTest::newRow("zero saves") << counts(1000, 10, 1, 0, 0, -1) << qint64(11) << 0.011 << 0.0 << unknown;
    QTest::newRow("all zero but views") << counts(500, 0, 0, 0, 0, 0) << qint64(0) << 0.0 << 0.0 << unknown;
}

void TestMetrics::rates()
{
    QFETCH(PostCounts, c);
    QFETCH(qint64, engagements);
    QFETCH(double, engagementRate);
    QFETCH(double, saveRate);
    QFETCH(double, likesPerSave);
    Metrics m;
    QCOMPARE(m.engagements(c), opt(engagements));
    compare(m.engagementRate(c), engagementRate);
    compare(m.saveRate(c), saveRate);
    compare(m.likesPerSave(c), likesPerSave);
}

void TestMetrics::sharesSetting()
{
    MetricSettings s;
    s.sharesCountAsEngagement = true;
    Metrics m(s);
    const PostCounts c = counts(20000, 1200, 80, 320, 45, -1);
    QCOMPARE(m.engagements(c).value(), qint64(1645));
    compare(m.engagementRate(c), 1645.0 / 20000.0);
    // With shares required, unknown shares make engagements unknown.
    QVERIFY(!m.engagements(counts(20000, 1200, 80, 320, -1, -1)).has_value());
}

void TestMetrics::costs_data()
{
    QTest::addColumn<qint64>("costFen");
    QTest::addColumn<PostCounts>("c");
    QTest::addColumn<double>("cpe");
    QTest::addColumn<double>("cpm");
    QTest::addColumn<double>("cpr");
    QTest::addColumn<double>("cpc");
    // ¥8,000 fee; 1600 engagements → ¥5.00 CPE; 20000 views → ¥400 CPM, ¥0.40 per read;
    // 250 clicks → ¥32 per click.
    QTest::newRow("typical") << qint64(800000) << counts(20000, 1200, 80, 320, 45, 250) << 5.0 << 400.0 << 0.4 << 32.0;
    QTest::newRow("no clicks tracked") << qint64(800000) << counts(20000, 1200, 80, 320, 45, -1) << 5.0 << 400.0 << 0.4 << unknown;
    QTest::newRow("zero engagements") << qint64(50000) << counts(100, 0, 0, 0, 0, 0) << unknown << 5000.0 << 5.0 << unknown;
    QTest::newRow("unknown cost") << qint64(-1) << counts(20000, 1200, 80, 320, 45, 250) << unknown << unknown << unknown << unknown;
    QTest::newRow("free post") << qint64(0) << counts(1000, 10, 5, 5, 0, 2) << 0.0 << 0.0 << 0.0 << 0.0;
}

void TestMetrics::costs()
{
    QFETCH(qint64, costFen);
    QFETCH(PostCounts, c);
    QFETCH(double, cpe);
    QFETCH(double, cpm);
    QFETCH(double, cpr);
    QFETCH(double, cpc);
    Metrics m;
    compare(m.cpe(opt(costFen), c), cpe);
    compare(m.cpm(opt(costFen), c), cpm);
    compare(m.cpr(opt(costFen), c), cpr);
    compare(m.cpc(opt(costFen), c), cpc);
}

void TestMetrics::viral()
{
    Metrics m;
    QVERIFY(m.isViral(counts(50000, 800, 50, 150, 0, -1)));   // exactly 1000
    QVERIFY(!m.isViral(counts(50000, 799, 50, 150, 0, -1)));
    QVERIFY(!m.isViral(counts(50000, -1, 50, 150, 0, -1)));
    MetricSettings s;
    s.viralEngagements = 5000;
    QVERIFY(!Metrics(s).isViral(counts(50000, 800, 50, 150, 0, -1)));
}


QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
