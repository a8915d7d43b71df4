// SPDX-License-Identifier: GPL-3.0-or-later
// Chart data from the analytics fixture: series, points, bars and samples match the hand-computed
// aggregates; the CSV export is what Excel reads (BOM, guarded text, one row per point).
#include "analytics/ChartBuilder.h"
#include "export/CsvWriter.h"
#include "store/Database.h"

#include "AnalyticsFixture.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QTest>

#include <algorithm>

#include <memory>

using namespace rr;

namespace {

bool near(double v, double expected)
{
    return std::abs(v - expected) < 1e-6;
}

double dayMs(int y, int m, int d)
{
    return double(QDate(y, m, d).startOfDay().toMSecsSinceEpoch());
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT

    test::TestDatabase m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::AnalyticsFixture> m_fixture;

    qint64 id(const char *name) const { return m_fixture->id(QLatin1String(name)); }

    ChartData build(const ChartRequest &r)
    {
        ChartData d;
        StoreError err;
        if (!ChartBuilder(*m_db).build(r, &d, &err))
            qWarning() << err.message << err.detail;
        return d;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_scratch.isValid());
        StoreError err;
        m_db = m_scratch.open(QStringLiteral("c.sqlite"), &err);
        QVERIFY2(m_db, qPrintable(err.detail));
        m_fixture = std::make_unique<test::AnalyticsFixture>(*m_db);
        QVERIFY2(m_fixture->build(), qPrintable(m_fixture->error()));
        // Follower history of A, entered out of order.
        for (const auto &[day, n] : {std::pair{"2026-02-01", 550000}, std::pair{"2026-01-01", 500000},
                                     std::pair{"2026-03-01", 600000}})
            m_fixture->exec(QStringLiteral("INSERT INTO follower_snapshots (creator_id, as_of, followers) VALUES (?, ?, ?)"),
                            {id("A"), QLatin1String(day), n});
        QVERIFY2(m_fixture->error().isEmpty(), qPrintable(m_fixture->error()));
    }

    void kindKeysRoundTrip()
    {
        for (ChartKind k : {ChartKind::Trend, ChartKind::Compare, ChartKind::Cost, ChartKind::Followers,
                            ChartKind::PostMetrics})
            QCOMPARE(ChartBuilder::kindFromKey(ChartBuilder::kindKey(k)), k);
        QVERIFY(!ChartBuilder::kindFromKey(QStringLiteral("pie")));
        QCOMPARE(ChartBuilder::compareMetricFromKey(QStringLiteral("cpm")), CompareMetric::Cpm);
        QVERIFY(!ChartBuilder::compareMetricFromKey(QStringLiteral("roi")));
    }

    void trendBothRates()
    {
        ChartRequest r;
        const ChartData d = build(r);
        QCOMPARE(d.xAxis, AxisKind::Date);
        QCOMPARE(d.yAxis, AxisKind::Percent);
        QCOMPARE(d.series.size(), 2);
        const ChartSeries &er = d.series[0];
        QCOMPARE(er.key, QStringLiteral("er"));
        QCOMPARE(er.points.size(), 2);
        QCOMPARE(er.points[0].x, dayMs(2026, 3, 1));
        QVERIFY(near(er.points[0].y, 800000.0 / 170000)); // 8000 / 170000 as percent
        QCOMPARE(er.points[0].count, 3);
        QVERIFY(near(er.points[1].y, 5.0));               // p4 without views left out
        QCOMPARE(d.series[1].key, QStringLiteral("sr"));
        QVERIFY(near(d.series[1].points[0].y, 260000.0 / 170000));
        QVERIFY(er.points[0].label.contains(QStringLiteral("from 3 post")));
    }

    void trendByTierOneMetric()
    {
        ChartRequest r;
        r.group = TrendGroup::Tier;
        r.metrics = TrendMetrics::SaveRate;
        const ChartData d = build(r);
        QCOMPARE(d.series.size(), 2); // one line per tier, smallest tier first
        QCOMPARE(d.series[0].key, QStringLiteral("mid:sr"));
        QCOMPARE(d.series[0].name, TierText::label(Tier::Mid));
        QCOMPARE(d.series[0].points.size(), 2);
        QCOMPARE(d.series[1].key, QStringLiteral("mega:sr"));
        QVERIFY(near(d.series[1].points[0].y, 230000.0 / 150000));
    }

    void trendByCampaignNamesLines()
    {
        ChartRequest r;
        r.group = TrendGroup::Campaign;
        r.metrics = TrendMetrics::EngagementRate;
        const ChartData d = build(r);
        QStringList names;
        for (const ChartSeries &s : d.series)
            names << s.name;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("April"), QStringLiteral("Spring")}));
    }

    void compareByTier_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<int>("axis");
        QTest::addColumn<double>("mid");
        QTest::addColumn<qint64>("midCount");
        QTest::addColumn<double>("mega");
        QTest::newRow("engagement rate") << int(CompareMetric::EngagementRate) << int(AxisKind::Percent) << 5.0
                                         << qint64(2) << 4.5;
        QTest::newRow("save rate") << int(CompareMetric::SaveRate) << int(AxisKind::Percent) << 2.0 << qint64(2) << 1.55;
        QTest::newRow("cpe") << int(CompareMetric::Cpe) << int(AxisKind::Money) << 3.0 << qint64(3) << 1.75;
        QTest::newRow("cpm") << int(CompareMetric::Cpm) << int(AxisKind::Money) << 125.0 << qint64(2) << 75.0;
    }
    void compareByTier()
    {
        QFETCH(int, metric);
        QFETCH(int, axis);
        QFETCH(double, mid);
        QFETCH(qint64, midCount);
        QFETCH(double, mega);
        ChartRequest r;
        r.kind = ChartKind::Compare;
        r.compareMetric = CompareMetric(metric);
        const ChartData d = build(r);
        QCOMPARE(d.xAxis, AxisKind::Category);
        QCOMPARE(int(d.yAxis), axis);
        QCOMPARE(d.categories.size(), 2);
        QVERIFY(d.categories[0].startsWith(TierText::label(Tier::Mid)));
        QVERIFY(d.categories[0].endsWith(QStringLiteral("(n=%1)").arg(midCount)));
        QCOMPARE(d.series.size(), 1);
        QCOMPARE(d.series[0].points.size(), 2);
        QCOMPARE(d.series[0].points[0].x, 0.0);
        QVERIFY(near(d.series[0].points[0].y, mid));
        QCOMPARE(d.series[0].points[0].count, midCount);
        QCOMPARE(d.series[0].points[1].x, 1.0);
        QVERIFY(near(d.series[0].points[1].y, mega));
    }

    void compareByCategoryNamesBars()
    {
        ChartRequest r;
        r.kind = ChartKind::Compare;
        r.compareBy = CompareBy::Category;
        const ChartData d = build(r);
        QCOMPARE(d.categories.size(), 1); // only skincare creators have posts
        QVERIFY(d.categories[0].startsWith(QStringLiteral("Skincare")) || d.categories[0].startsWith(QStringLiteral("护肤")));
    }

    void costPointsOpenTheirCreator()
    {
        ChartRequest r;
        r.kind = ChartKind::Cost;
        const ChartData d = build(r);
        QCOMPARE(d.xAxis, AxisKind::Log);
        QCOMPARE(d.yAxis, AxisKind::Log);
        // One series per tier, smallest first, each point a collaboration opening its creator.
        QStringList tiers;
        QList<ChartPoint> p;
        for (const ChartSeries &s : d.series) {
            tiers << s.key;
            p += s.points;
        }
        QCOMPARE(tiers, (QStringList{QStringLiteral("mid"), QStringLiteral("mega")}));
        QCOMPARE(p.size(), 3);
        std::sort(p.begin(), p.end(), [](const ChartPoint &a, const ChartPoint &b) { return a.y > b.y; });
        QVERIFY(near(p[0].x, 10000));
        QVERIFY(near(p[0].y, 7000));
        QCOMPARE(p[0].id, id("A"));
        QVERIFY(p[0].label.contains(QStringLiteral("A")));
        QCOMPARE(d.series[1].points.size(), 1); // A is the only mega creator
        QCOMPARE(d.series[1].points[0].id, id("A"));
        QCOMPARE(d.series[0].points.size(), 2);

        r.filter.owners = {QStringLiteral("Ben")};
        QCOMPARE(build(r).pointCount(), 2);
    }

    void followerHistoryInDateOrder()
    {
        ChartRequest r;
        r.kind = ChartKind::Followers;
        r.creatorId = id("A");
        const ChartData d = build(r);
        QCOMPARE(d.series.size(), 1);
        const QList<ChartPoint> &p = d.series[0].points;
        QCOMPARE(p.size(), 3);
        QCOMPARE(p[0].x, dayMs(2026, 1, 1));
        QCOMPARE(p[0].y, 500000.0);
        QCOMPARE(p[2].y, 600000.0);
        QVERIFY(d.title.contains(QStringLiteral("A")));
        r.creatorId = id("E"); // no history
        QVERIFY(build(r).isEmpty());
    }

    void postMetricsLatestPosts()
    {
        ChartRequest r;
        r.kind = ChartKind::PostMetrics;
        r.creatorId = id("B");
        ChartData d = build(r);
        QCOMPARE(d.categories.size(), 3);
        QCOMPARE(d.series.size(), 4);
        QCOMPARE(d.series[0].key, QStringLiteral("likes"));
        QCOMPARE(d.series[0].points.size(), 3);
        QCOMPARE(d.series[0].points[0].y, 600.0); // p3, 5 March: latest snapshot only
        QCOMPARE(d.series[2].points[2].y, 250.0); // p5 saves
        QCOMPARE(d.series[3].points.size(), 0);   // shares never recorded

        r.postLimit = 2;
        d = build(r);
        QCOMPARE(d.categories.size(), 2); // the latest two, oldest first
        QCOMPARE(d.series[0].points[0].y, 100.0);
        QVERIFY(d.categories[0].startsWith(QStringLiteral("04-02")));
    }

    void csvExport()
    {
        ChartRequest r;
        r.kind = ChartKind::Compare;
        ChartData d = build(r);
        d.series[0].name = QStringLiteral("=HYPERLINK(\"x\")");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeChartCsv(d, &buffer));
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[1].startsWith(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")));
        QVERIFY2(lines[1].contains(QStringLiteral(",5,2,")), qPrintable(lines[1])); // median 5 %, 2 posts

        ChartRequest t; // a date axis writes ISO dates
        buffer.close();
        buffer.setData({});
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeChartCsv(build(t), &buffer));
        QVERIFY(QString::fromUtf8(buffer.data()).contains(QStringLiteral(",2026-03-01,")));
    }

    void csvCells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("护肤") << QStringLiteral("护肤");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("minus") << QStringLiteral("-cmd") << QStringLiteral("'-cmd");
        QTest::newRow("at") << QStringLiteral("@x") << QStringLiteral("'@x");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    }
    void csvCells()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(CsvWriter::textCell(text), cell);
    }

    // Run last: adds an undated post to B. It counts as B's oldest, as SQLite sorts an empty
    // date; PostgreSQL (NULL the largest value) would show it as the latest, and in the cut.
    void postMetricsUndatedPostIsOldest()
    {
        const qint64 post = m_fixture->exec(QStringLiteral("INSERT INTO posts (creator_id, title, published_on) "
                                                           "VALUES (?, 'Undated', NULL)"),
                                            {id("B")});
        m_fixture->exec(QStringLiteral("INSERT INTO post_metrics (post_id, as_of, likes) VALUES (?, '2026-04-20', 7)"),
                        {post});
        QVERIFY2(m_fixture->error().isEmpty(), qPrintable(m_fixture->error()));
        ChartRequest r;
        r.kind = ChartKind::PostMetrics;
        r.creatorId = id("B");
        ChartData d = build(r);
        QCOMPARE(d.categories.size(), 4);
        QCOMPARE(d.categories.first(), QStringLiteral("Undated")); // oldest first
        QCOMPARE(d.series[0].points[0].y, 7.0);
        r.postLimit = 3;
        d = build(r);
        QCOMPARE(d.categories.size(), 3); // the latest three dated ones
        QVERIFY(!d.categories.contains(QStringLiteral("Undated")));
        QCOMPARE(d.series[0].points[0].y, 600.0);
    }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
