// SPDX-License-Identifier: GPL-3.0-or-later
// Analytics aggregations against hand-computed values on a small fixture: latest snapshots only,
// unknown denominators left out of sums and medians, costs shared by a collaboration's posts.
#include "analytics/AnalyticsQueries.h"
#include "store/Database.h"

#include "AnalyticsFixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rr;

namespace {

constexpr double kEps = 1e-9;

bool near(std::optional<double> v, double expected)
{
    return v && std::abs(*v - expected) < 1e-6;
}

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    std::unique_ptr<test::AnalyticsFixture> m_fixture;
    QHash<QString, qint64> m_id;

    qint64 categoryId(const char *key) { return m_fixture->categoryId(key); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        StoreError err;
        m_db = Database::open(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("a.sqlite"))), &err);
        QVERIFY2(m_db, qPrintable(err.detail));
        m_fixture = std::make_unique<test::AnalyticsFixture>(*m_db);
        QVERIFY2(m_fixture->build(), qPrintable(m_fixture->error()));
        for (const char *name : {"A", "B", "C", "D", "E", "F", "c1", "c2", "k1", "k2", "k3", "vip"})
            m_id[QLatin1String(name)] = m_fixture->id(QLatin1String(name));
    }

    void monthlyTrend()
    {
        AnalyticsQueries a(*m_db);
        QList<TrendPoint> t;
        StoreError err;
        QVERIFY2(a.trend({}, Period::Month, TrendGroup::None, &t, &err), qPrintable(err.detail));
        QCOMPARE(t.size(), 2);
        QCOMPARE(t[0].periodStart, QDate(2026, 3, 1));
        QCOMPARE(t[0].posts, 3);
        QVERIFY(near(t[0].engagementRate, 8000.0 / 170000)); // latest snapshots only
        QVERIFY(near(t[0].saveRate, 2600.0 / 170000));
        QCOMPARE(t[1].periodStart, QDate(2026, 4, 1));
        QCOMPARE(t[1].posts, 2);
        QVERIFY(near(t[1].engagementRate, 500.0 / 10000)); // p4 has no views: left out, not zero
        QVERIFY(near(t[1].saveRate, 250.0 / 10000));
    }

    void weeklyTrendByTier()
    {
        AnalyticsQueries a(*m_db);
        QList<TrendPoint> t;
        StoreError err;
        QVERIFY2(a.trend({}, Period::Week, TrendGroup::None, &t, &err), qPrintable(err.detail));
        QCOMPARE(t.size(), 4);
        QCOMPARE(t[0].periodStart, QDate(2026, 3, 2)); // Monday of the week of 3 March
        QVERIFY(near(t[0].engagementRate, 6000.0 / 120000));
        QCOMPARE(t[1].periodStart, QDate(2026, 3, 16));
        QCOMPARE(t[2].periodStart, QDate(2026, 3, 30));
        QVERIFY(!t[2].engagementRate); // only p4, whose views are unknown
        QCOMPARE(t[3].periodStart, QDate(2026, 4, 13));

        QVERIFY(a.trend({}, Period::Month, TrendGroup::Tier, &t, &err));
        QCOMPARE(t.size(), 3);
        QCOMPARE(t[0].group, QStringLiteral("mega"));
        QVERIFY(near(t[0].engagementRate, 7000.0 / 150000));
        QCOMPARE(t[1].group, QStringLiteral("mid"));
        QCOMPARE(t[1].periodStart, QDate(2026, 3, 1));
        QCOMPARE(t[2].periodStart, QDate(2026, 4, 1));
    }

    void filters_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<qint64>("posts");
        QTest::newRow("campaign") << 0 << qint64(2);
        QTest::newRow("owner") << 1 << qint64(2);
        QTest::newRow("tier") << 2 << qint64(3);
        QTest::newRow("from date") << 3 << qint64(3);
        QTest::newRow("tag") << 4 << qint64(3);
        QTest::newRow("objective") << 5 << qint64(3);
        QTest::newRow("category without posts") << 6 << qint64(0);
    }
    void filters()
    {
        QFETCH(int, which);
        QFETCH(qint64, posts);
        AnalyticsFilter f;
        switch (which) {
        case 0: f.campaignIds = {m_id.value(QStringLiteral("c2"))}; break;
        case 1: f.owners = {QStringLiteral("Anna")}; break;
        case 2: f.tiers = {Tier::Mid}; break;
        case 3: f.from = QDate(2026, 3, 10); break;
        case 4: f.tagIds = {m_id.value(QStringLiteral("vip"))}; break;
        case 5: f.objective = Objective::Awareness; break;
        default: f.categoryIds = {categoryId("makeup")}; break;
        }
        AnalyticsQueries a(*m_db);
        QList<TrendPoint> t;
        StoreError err;
        QVERIFY2(a.trend(f, Period::Month, TrendGroup::None, &t, &err), qPrintable(err.detail));
        qint64 total = 0;
        for (const TrendPoint &p : t)
            total += p.posts;
        QCOMPARE(total, posts);
    }

    void mediansByTier()
    {
        AnalyticsQueries a(*m_db);
        QList<GroupStats> s;
        StoreError err;
        QVERIFY2(a.compare({}, CompareBy::Tier, &s, &err), qPrintable(err.detail));
        QCOMPARE(s.size(), 2);
        const GroupStats &mega = s[0];
        QCOMPARE(mega.group, QStringLiteral("mega"));
        QCOMPARE(mega.posts, 2);
        QVERIFY(near(mega.engagementRate.value, 0.045));
        QCOMPARE(mega.engagementRate.count, 2);
        QVERIFY(near(mega.saveRate.value, 0.0155));
        QVERIFY(near(mega.cpe.value, 1.75));   // 5000 yuan per post / 5000 and / 2000 engagements
        QVERIFY(near(mega.cpm.value, 75.0));   // 50 and 100
        const GroupStats &mid = s[1];
        QCOMPARE(mid.group, QStringLiteral("mid"));
        QCOMPARE(mid.posts, 3);
        QVERIFY(near(mid.engagementRate.value, 0.05));
        QCOMPARE(mid.engagementRate.count, 2); // p4's unknown views leave it out
        QVERIFY(near(mid.saveRate.value, 0.02));
        QVERIFY(near(mid.cpe.value, 3.0));     // 2.0, 3.0, 9.375
        QCOMPARE(mid.cpe.count, 3);
        QVERIFY(near(mid.cpm.value, 125.0));   // 100 and 150
        QCOMPARE(mid.cpm.count, 2);

        QVERIFY(a.compare({}, CompareBy::Category, &s, &err));
        QCOMPARE(s.size(), 1); // only skincare creators have posts
        QCOMPARE(s[0].group, QString::number(categoryId("skincare")));
        QCOMPARE(s[0].posts, 5);
    }

    void costEfficiency()
    {
        AnalyticsQueries a(*m_db);
        QList<CostPoint> c;
        StoreError err;
        QVERIFY2(a.costEfficiency({}, &c, &err), qPrintable(err.detail));
        QCOMPARE(c.size(), 3);
        QCOMPARE(c[0].collaborationId, m_id.value(QStringLiteral("k1")));
        QVERIFY(std::abs(c[0].feeYuan - 10000) < kEps);
        QCOMPARE(c[0].engagements, 7000);
        QCOMPARE(c[0].posts, 2);
        QCOMPARE(c[2].engagements, 660);
        QCOMPARE(c[2].nickname, QStringLiteral("B"));
    }

    void rankings()
    {
        AnalyticsQueries a(*m_db);
        QList<RankedCreator> r;
        StoreError err;
        QVERIFY2(a.rank({}, RankBy::SaveRate, 1, 10, &r, &err), qPrintable(err.detail));
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].nickname, QStringLiteral("B"));
        QVERIFY(std::abs(r[0].value - 550.0 / 30000) < 1e-9);
        QCOMPARE(r[0].sample, 2);
        QVERIFY(a.rank({}, RankBy::SaveRate, 3, 10, &r, &err));
        QVERIFY(r.isEmpty()); // nobody has three posts with known saves and views
        QVERIFY(a.rank({}, RankBy::Cpe, 1, 10, &r, &err));
        QCOMPARE(r[0].nickname, QStringLiteral("A")); // cheapest first
        QVERIFY(std::abs(r[0].value - 10000.0 / 7000) < 1e-9);
        QVERIFY(std::abs(r[1].value - 5000.0 / 1660) < 1e-9);
        QVERIFY(a.rank({}, RankBy::Reliability, 1, 10, &r, &err));
        QCOMPARE(r[0].nickname, QStringLiteral("A"));
        QVERIFY(std::abs(r[1].value - 3.5) < 1e-9);
        QCOMPARE(r[1].sample, 2);
        AnalyticsFilter ben;
        ben.owners = {QStringLiteral("Ben")};
        QVERIFY(a.rank(ben, RankBy::Reliability, 1, 10, &r, &err));
        QCOMPARE(r.size(), 1);
    }

    void findSimilar()
    {
        AnalyticsQueries a(*m_db);
        QList<RankedCreator> r;
        StoreError err;
        QVERIFY2(a.similar(m_id.value(QStringLiteral("B")), {}, &r, &err), qPrintable(err.detail));
        QCOMPARE(r.size(), 1); // D: E's rate is out of the band, F is do-not-contact, A is mega, C makeup
        QCOMPARE(r[0].nickname, QStringLiteral("D"));
        SimilarOptions wide;
        wide.engagementBand = 2.0;
        QVERIFY(a.similar(m_id.value(QStringLiteral("B")), wide, &r, &err));
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].nickname, QStringLiteral("D")); // closest rate first
        QCOMPARE(r[1].nickname, QStringLiteral("E"));
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
