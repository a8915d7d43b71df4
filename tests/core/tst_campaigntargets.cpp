// SPDX-License-Identifier: GPL-3.0-or-later
// KPI targets of a campaign (campaign_targets): the key whitelist, round trip, replacing the set,
// refusals, the cascade on campaign delete and the undo command.
#include "TestDatabase.h"

#include "campaign/CampaignRepository.h"
#include "campaign/CampaignTargetsCommand.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <limits>
#include <memory>

using namespace rr;

class TestCampaignTargets : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void keys_data();
    void keys();
    void unknownKeyRefused();
    void roundTrip();
    void replacesTheSet();
    void unknownCampaignRefused();
    void badTargetRefused_data();
    void badTargetRefused();
    void cascadeOnCampaignDelete();
    void undoRedo();

private:
    qint64 rowCount() const;

    std::unique_ptr<test::TestDatabase> m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CampaignRepository> m_repo;
    qint64 m_campaign = 0;
};

void TestCampaignTargets::init()
{
    m_scratch = std::make_unique<test::TestDatabase>();
    QVERIFY(m_scratch->isValid());
    StoreError error;
    m_db = m_scratch->open(QStringLiteral("t.sqlite"), &error);
    QVERIFY2(m_db, qPrintable(error.message));
    m_repo = std::make_unique<CampaignRepository>(*m_db);
    Campaign c;
    c.name = QStringLiteral("Spring SPF");
    c.objective = Objective::Seeding;
    QVERIFY(m_repo->insert(c));
    m_campaign = c.id;
}

void TestCampaignTargets::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_scratch.reset();
}

qint64 TestCampaignTargets::rowCount() const
{
    QSqlQuery q(m_db->sql());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM campaign_targets")) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestCampaignTargets::keys_data()
{
    QTest::addColumn<Kpi>("kpi");
    QTest::addColumn<QString>("key");
    QTest::newRow("cpe") << Kpi::Cpe << QStringLiteral("cpe");
    QTest::newRow("engagements") << Kpi::Engagements << QStringLiteral("engagements");
    QTest::newRow("save rate") << Kpi::SaveRate << QStringLiteral("save_rate");
    QTest::newRow("delivered") << Kpi::Delivered << QStringLiteral("delivered");
}

void TestCampaignTargets::keys()
{
    QFETCH(Kpi, kpi);
    QFETCH(QString, key);
    QCOMPARE(CampaignKpis::key(kpi), key);
    QCOMPARE(CampaignKpis::kpiFromKey(key), std::optional<Kpi>(kpi));
}

void TestCampaignTargets::unknownKeyRefused()
{
    QCOMPARE(CampaignKpis::kpiFromKey(QStringLiteral("CPE")), std::nullopt);
    QCOMPARE(CampaignKpis::kpiFromKey(QString()), std::nullopt);
    // Every KPI has its own key.
    QSet<QString> seen;
    for (Kpi k : CampaignKpis::kpisFor(Objective::Awareness)) {
        QVERIFY(!CampaignKpis::key(k).isEmpty());
        seen.insert(CampaignKpis::key(k));
        QCOMPARE(CampaignKpis::kpiFromKey(CampaignKpis::key(k)), std::optional<Kpi>(k));
    }
    QCOMPARE(seen.size(), 14);
}

void TestCampaignTargets::roundTrip()
{
    QVERIFY(m_repo->targets(m_campaign).isEmpty());
    const QMap<Kpi, double> set{{Kpi::Engagements, 10000}, {Kpi::Cpe, 2.0}, {Kpi::EngagementRate, 0.05}};
    StoreError err;
    QVERIFY2(m_repo->setTargets(m_campaign, set, &err), qPrintable(err.detail));
    QCOMPARE(m_repo->targets(m_campaign), set);
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT kpi FROM campaign_targets ORDER BY kpi")));
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    QCOMPARE(keys, (QStringList{QStringLiteral("cpe"), QStringLiteral("engagement_rate"), QStringLiteral("engagements")}));
}

void TestCampaignTargets::replacesTheSet()
{
    QVERIFY(m_repo->setTargets(m_campaign, {{Kpi::Engagements, 10000}, {Kpi::Cpe, 2.0}}));
    const QMap<Kpi, double> second{{Kpi::Cpe, 1.5}, {Kpi::Views, 500000}};
    QVERIFY(m_repo->setTargets(m_campaign, second));
    QCOMPARE(m_repo->targets(m_campaign), second);
    QVERIFY(m_repo->setTargets(m_campaign, {}));
    QVERIFY(m_repo->targets(m_campaign).isEmpty());
    QCOMPARE(rowCount(), 0);
}

void TestCampaignTargets::unknownCampaignRefused()
{
    StoreError err;
    QVERIFY(!m_repo->setTargets(m_campaign + 100, {{Kpi::Cpe, 2.0}}, &err));
    QCOMPARE(err.code, StoreError::Code::NotFound);
    QCOMPARE(rowCount(), 0);
}

void TestCampaignTargets::badTargetRefused_data()
{
    QTest::addColumn<double>("target");
    QTest::newRow("negative") << -1.0;
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity();
}

void TestCampaignTargets::badTargetRefused()
{
    QFETCH(double, target);
    QVERIFY(m_repo->setTargets(m_campaign, {{Kpi::Views, 1000}}));
    StoreError err;
    QVERIFY(!m_repo->setTargets(m_campaign, {{Kpi::Cpe, target}, {Kpi::Clicks, 10}}, &err));
    QCOMPARE(err.code, StoreError::Code::Query);
    QCOMPARE(m_repo->targets(m_campaign), (QMap<Kpi, double>{{Kpi::Views, 1000}})); // unchanged
}

void TestCampaignTargets::cascadeOnCampaignDelete()
{
    Campaign other;
    other.name = QStringLiteral("Other");
    QVERIFY(m_repo->insert(other));
    QVERIFY(m_repo->setTargets(m_campaign, {{Kpi::Cpe, 2.0}, {Kpi::Engagements, 10000}}));
    QVERIFY(m_repo->setTargets(other.id, {{Kpi::Views, 1000}}));
    QCOMPARE(rowCount(), 3);
    QVERIFY(m_repo->remove(m_campaign));
    QCOMPARE(rowCount(), 1);
    QCOMPARE(m_repo->targets(other.id).size(), 1);
}

void TestCampaignTargets::undoRedo()
{
    const QMap<Kpi, double> before{{Kpi::Cpe, 2.0}};
    const QMap<Kpi, double> after{{Kpi::Cpe, 1.8}, {Kpi::Engagements, 12000}};
    QVERIFY(m_repo->setTargets(m_campaign, before));
    QUndoStack stack;
    stack.push(new SetTargetsCommand(*m_repo, m_campaign, before, after));
    QCOMPARE(m_repo->targets(m_campaign), after);
    stack.undo();
    QCOMPARE(m_repo->targets(m_campaign), before);
    stack.redo();
    QCOMPARE(m_repo->targets(m_campaign), after);

    // A write that fails (the campaign is gone) makes the command obsolete; nothing thrown.
    auto *failing = new SetTargetsCommand(*m_repo, m_campaign + 100, {}, before);
    failing->redo();
    QVERIFY(failing->isObsolete());
    QCOMPARE(failing->lastError().code, StoreError::Code::NotFound);
    delete failing;
}

QTEST_GUILESS_MAIN(TestCampaignTargets)
#include "tst_campaigntargets.moc"
