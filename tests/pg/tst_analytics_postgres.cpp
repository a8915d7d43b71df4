// SPDX-License-Identifier: GPL-3.0-or-later
// The analytics SQL on a real PostgreSQL server gives exactly what it gives on SQLite for the same
// fixture (tests/core/tst_analytics.cpp pins the SQLite figures against hand-computed values).
#include "AnalyticsFixture.h"
#include "PgTestServer.h"

#include "analytics/AnalyticsQueries.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rr;

namespace {

QString text(std::optional<double> v)
{
    return v ? QString::number(*v, 'g', 12) : QStringLiteral("—");
}

QStringList trends(const Database &db, Period period, TrendGroup group, const AnalyticsFilter &filter = {})
{
    QList<TrendPoint> t;
    StoreError err;
    if (!AnalyticsQueries(db).trend(filter, period, group, &t, &err))
        return {QStringLiteral("error: ") + err.detail};
    QStringList out;
    for (const TrendPoint &p : t)
        out << QStringLiteral("%1 %2 %3 %4 %5").arg(p.group, p.periodStart.toString(Qt::ISODate)).arg(p.posts)
                   .arg(text(p.engagementRate), text(p.saveRate));
    return out;
}

QStringList comparison(const Database &db, CompareBy by)
{
    QList<GroupStats> s;
    StoreError err;
    if (!AnalyticsQueries(db).compare({}, by, &s, &err))
        return {QStringLiteral("error: ") + err.detail};
    QStringList out;
    for (const GroupStats &g : s) {
        QString line = QStringLiteral("%1 %2").arg(g.group).arg(g.posts);
        for (const Median &m : {g.engagementRate, g.saveRate, g.cpe, g.cpm})
            line += QStringLiteral(" %1/%2").arg(text(m.value)).arg(m.count);
        out << line;
    }
    return out;
}

QStringList others(const Database &db, qint64 similarTo)
{
    AnalyticsQueries a(db);
    StoreError err;
    QStringList out;
    QList<CostPoint> c;
    if (!a.costEfficiency({}, &c, &err))
        return {QStringLiteral("error: ") + err.detail};
    for (const CostPoint &p : c)
        out << QStringLiteral("cost %1 %2 %3 %4").arg(p.nickname).arg(p.feeYuan).arg(p.engagements).arg(p.posts);
    for (RankBy by : {RankBy::SaveRate, RankBy::EngagementRate, RankBy::Cpe, RankBy::Reliability}) {
        QList<RankedCreator> r;
        if (!a.rank({}, by, 1, 10, &r, &err))
            return {QStringLiteral("error: ") + err.detail};
        for (const RankedCreator &x : r)
            out << QStringLiteral("rank %1 %2 %3 %4").arg(int(by)).arg(x.nickname, text(x.value)).arg(x.sample);
    }
    QList<RankedCreator> s;
    if (!a.similar(similarTo, {}, &s, &err))
        return {QStringLiteral("error: ") + err.detail};
    for (const RankedCreator &x : s)
        out << QStringLiteral("similar %1").arg(x.nickname);
    return out;
}

} // namespace

class TestAnalyticsPostgres : public QObject
{
    Q_OBJECT
    test::PgTestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_pg;
    std::unique_ptr<Database> m_lite;
    std::unique_ptr<test::AnalyticsFixture> m_pgFixture;
    std::unique_ptr<test::AnalyticsFixture> m_liteFixture;

private slots:
    void initTestCase()
    {
        if (!m_server.isAvailable())
            QFAIL(qPrintable(m_server.why()));
        StoreError err;
        m_pg = Database::open(m_server.freshDatabase(), &err);
        QVERIFY2(m_pg, qPrintable(err.detail + m_server.lastError()));
        m_lite = Database::open(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("a.sqlite"))), &err);
        QVERIFY2(m_lite, qPrintable(err.detail));
        m_pgFixture = std::make_unique<test::AnalyticsFixture>(*m_pg);
        m_liteFixture = std::make_unique<test::AnalyticsFixture>(*m_lite);
        QVERIFY2(m_pgFixture->build(), qPrintable(m_pgFixture->error()));
        QVERIFY2(m_liteFixture->build(), qPrintable(m_liteFixture->error()));
    }

    void trendsMatch_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<int>("group");
        QTest::newRow("month, all") << int(Period::Month) << int(TrendGroup::None);
        QTest::newRow("week, all") << int(Period::Week) << int(TrendGroup::None);
        QTest::newRow("month, tier") << int(Period::Month) << int(TrendGroup::Tier);
        QTest::newRow("week, creator") << int(Period::Week) << int(TrendGroup::Creator);
    }
    void trendsMatch()
    {
        QFETCH(int, period);
        QFETCH(int, group);
        const QStringList pg = trends(*m_pg, Period(period), TrendGroup(group));
        const QStringList lite = trends(*m_lite, Period(period), TrendGroup(group));
        QVERIFY(!lite.isEmpty());
        if (TrendGroup(group) == TrendGroup::Creator)
            QCOMPARE(pg.size(), lite.size()); // ids may differ between servers; the shape may not
        else
            QCOMPARE(pg, lite);
    }

    void filteredTrendMatches()
    {
        AnalyticsFilter f;
        f.from = QDate(2026, 3, 10);
        f.owners = {QStringLiteral("Ben")};
        f.tiers = {Tier::Mid};
        f.objective = Objective::Conversion;
        const QStringList lite = trends(*m_lite, Period::Month, TrendGroup::None, f);
        QCOMPARE(lite.size(), 1);
        QCOMPARE(trends(*m_pg, Period::Month, TrendGroup::None, f), lite);
    }

    void comparisonsMatch()
    {
        QCOMPARE(comparison(*m_pg, CompareBy::Tier), comparison(*m_lite, CompareBy::Tier));
        QCOMPARE(comparison(*m_pg, CompareBy::Category).size(), 1);
    }

    void costRankingsAndSimilarMatch()
    {
        const QStringList lite = others(*m_lite, m_liteFixture->id(QStringLiteral("B")));
        QVERIFY(lite.size() > 5);
        QCOMPARE(others(*m_pg, m_pgFixture->id(QStringLiteral("B"))), lite);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsPostgres)
#include "tst_analytics_postgres.moc"
