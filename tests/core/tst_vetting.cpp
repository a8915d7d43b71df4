// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "store/Database.h"
#include "domain/NumberFormat.h"
#include "vetting/VettingRepository.h"
#include "vetting/VettingWarnings.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace rr;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {

// Inserts a creator; `tierOverride` empty for none, negative followers/rate for NULL.
qint64 addCreator(const Database &db, qint64 followers, double rate, const QString &tierOverride = {})
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO creators (nickname, followers, avg_engagement_rate, tier_override, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QStringLiteral("c"));
    q.addBindValue(followers < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(followers));
    q.addBindValue(rate < 0 ? QVariant(QMetaType::fromType<double>()) : QVariant(rate));
    q.addBindValue(tierOverride.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(tierOverride));
    q.addBindValue(Database::nowUtc());
    q.addBindValue(Database::nowUtc());
    if (!q.exec())
        return 0;
    QSqlQuery id(db.sql());
    id.exec(QStringLiteral("SELECT MAX(id) FROM creators"));
    id.next();
    return id.value(0).toLongLong();
}

bool addSnapshot(const Database &db, qint64 creatorId, const QString &asOf, qint64 followers)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO follower_snapshots (creator_id, as_of, followers) VALUES (?, ?, ?)"));
    q.addBindValue(creatorId);
    q.addBindValue(asOf);
    q.addBindValue(followers);
    return q.exec();
}

} // namespace

class TestVetting : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void saveAndLoad();
    void saveReplacesAndRejectsBadRatings();
    void tierMediansHandComputed();
    void lowEngagementBoundary_data();
    void lowEngagementBoundary();
    void lowEngagementForCreator();
    void followerJump_data();
    void followerJump();
    void followerJumpForCreator();

private:
    std::unique_ptr<test::TestDatabase> m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
};

void TestVetting::init()
{
    m_scratch = std::make_unique<test::TestDatabase>();
    QVERIFY(m_scratch->isValid());
    StoreError err;
    m_db = m_scratch->open(QStringLiteral("v.sqlite"), &err);
    QVERIFY2(m_db, qPrintable(err.message));
    m_db->setUserName(QStringLiteral("Anna"));
}

void TestVetting::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

void TestVetting::saveAndLoad()
{
    const qint64 id = addCreator(*m_db, 20000, 0.05);
    QVERIFY(id > 0);
    VettingRepository repo(*m_db);
    QVERIFY(!repo.load(id));

    Vetting v;
    v.creatorId = id;
    v.commentQuality = 4;
    v.audienceNotes = QStringLiteral("女性 25–34, 上海/杭州");
    v.pastCollaborations = QStringLiteral("SK-II, Lancôme");
    v.competitorConflict = true;
    v.fakeFollowerFlag = false;
    v.notes = QStringLiteral("Comments are real questions");
    StoreError err;
    QVERIFY2(repo.save(v, &err), qPrintable(err.message));
    QCOMPARE(v.vettedBy, QStringLiteral("Anna"));
    QCOMPARE(v.vettedOn, QDate::currentDate());

    const auto loaded = repo.load(id, &err);
    QVERIFY(loaded);
    QCOMPARE(*loaded, v);
    QVERIFY(!loaded->contentConsistency); // unknown stays unknown, not 0
}

void TestVetting::saveReplacesAndRejectsBadRatings()
{
    const qint64 id = addCreator(*m_db, 20000, 0.05);
    VettingRepository repo(*m_db);
    Vetting v;
    v.creatorId = id;
    v.commentQuality = 2;
    v.fakeFollowerFlag = true;
    QVERIFY(repo.save(v));
    v.commentQuality = 5;
    v.contentConsistency = 3;
    v.fakeFollowerFlag = false;
    QVERIFY(repo.save(v));
    QCOMPARE(repo.load(id)->commentQuality, std::optional<int>(5));
    QCOMPARE(repo.load(id)->contentConsistency, std::optional<int>(3));
    QVERIFY(!repo.load(id)->fakeFollowerFlag);
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM vetting")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    Vetting bad = v;
    bad.contentConsistency = 6;
    StoreError err;
    QVERIFY(!repo.save(bad, &err));
    QVERIFY(err.isError());
    QCOMPARE(repo.load(id)->contentConsistency, std::optional<int>(3));

    Vetting orphan;
    orphan.creatorId = 999999; // no such creator: the foreign key refuses it
    QVERIFY(!repo.save(orphan));

    QVERIFY(repo.remove(id));
    QVERIFY(!repo.load(id));
}

void TestVetting::tierMediansHandComputed()
{
    // Mega (≥ 500k): 0.01, 0.03, 0.02 → median 0.02 (odd count).
    addCreator(*m_db, 600000, 0.01);
    addCreator(*m_db, 900000, 0.03);
    addCreator(*m_db, 500000, 0.02);
    // Mid (50k–499,999): 0.04, 0.06, 0.08, 0.10 → median (0.06 + 0.08) / 2 = 0.07 (even count);
    // one by override although its followers say KOC.
    addCreator(*m_db, 60000, 0.04);
    addCreator(*m_db, 499999, 0.10);
    addCreator(*m_db, 70000, 0.08);
    addCreator(*m_db, 500, 0.06, QStringLiteral("mid"));
    // Micro: one creator; a second without a rate is left out.
    addCreator(*m_db, 10000, 0.09);
    addCreator(*m_db, 20000, -1);
    // KOC: none with a rate. Unknown followers and no override: no tier, left out.
    addCreator(*m_db, 9999, -1);
    addCreator(*m_db, -1, 0.5);

    StoreError err;
    const auto m = TierMedians::compute(*m_db, TierThresholds{}, &err);
    QVERIFY2(m, qPrintable(err.message));
    QCOMPARE(m->sampleSize(Tier::Mega), 3);
    QCOMPARE(*m->median(Tier::Mega), 0.02);
    QCOMPARE(m->sampleSize(Tier::Mid), 4);
    QVERIFY(qAbs(*m->median(Tier::Mid) - 0.07) < 1e-12);
    QCOMPARE(m->sampleSize(Tier::Micro), 1);
    QCOMPARE(*m->median(Tier::Micro), 0.09);
    QCOMPARE(m->sampleSize(Tier::Koc), 0);
    QVERIFY(!m->median(Tier::Koc));

    // Other thresholds move creators between tiers: 10k+ is Mid, 60k+ Mega.
    const auto m2 = TierMedians::compute(*m_db, TierThresholds{60000, 10000, 5000});
    QVERIFY(m2);
    QCOMPARE(m2->sampleSize(Tier::Mega), 6);    // 600k 900k 500k 60k 499,999 70k
    QCOMPARE(m2->sampleSize(Tier::Mid), 2);     // override mid + 10k
}

void TestVetting::lowEngagementBoundary_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<std::optional<double>>("median");
    QTest::addColumn<bool>("warned");
    // Binary-exact numbers: half of 0.0625 is exactly 0.03125.
    QTest::newRow("well below") << 0.01 << std::optional<double>(0.0625) << true;
    QTest::newRow("just below") << 0.0312 << std::optional<double>(0.0625) << true;
    QTest::newRow("exactly half") << 0.03125 << std::optional<double>(0.0625) << false;
    QTest::newRow("above half") << 0.04 << std::optional<double>(0.0625) << false;
    QTest::newRow("no median") << 0.001 << std::optional<double>() << false;
    QTest::newRow("zero median") << 0.0 << std::optional<double>(0.0) << false;
}

void TestVetting::lowEngagementBoundary()
{
    QFETCH(double, rate);
    QFETCH(std::optional<double>, median);
    QFETCH(bool, warned);
    const auto w = VettingWarnings::lowEngagement(Tier::Micro, rate, median, 0.5);
    QCOMPARE(bool(w), warned);
    if (w) {
        QCOMPARE(w->kind, VettingWarning::Kind::LowEngagement);
        QCOMPARE(w->rate, rate);
        QCOMPARE(w->tierMedian, *median);
        QVERIFY(w->text.contains(QStringLiteral("50%")));
        QVERIFY(w->text.contains(QStringLiteral("6.25%")));
    }
}

void TestVetting::lowEngagementForCreator()
{
    // Micro tier rates 0.0625 ×3 and 0.03125 and 0.02 → median 0.0625.
    addCreator(*m_db, 20000, 0.0625);
    addCreator(*m_db, 30000, 0.0625);
    addCreator(*m_db, 40000, 0.0625);
    const qint64 atHalf = addCreator(*m_db, 15000, 0.03125);
    const qint64 below = addCreator(*m_db, 12000, 0.02);
    // A mega creator at 0.02 is the only one of its tier: median 0.02, no warning.
    const qint64 mega = addCreator(*m_db, 800000, 0.02);

    VettingWarnings warnings(*m_db);
    StoreError err;
    QVERIFY(warnings.forCreator(atHalf, &err).isEmpty());
    QVERIFY(!err.isError());
    const auto w = warnings.forCreator(below);
    QCOMPARE(w.size(), 1);
    QCOMPARE(w.first().tier, Tier::Micro);
    QCOMPARE(w.first().tierMedian, 0.0625);
    QVERIFY(warnings.forCreator(mega).isEmpty());

    // Medians are cached: a new low creator does not move them until invalidated.
    const TierMedians *before = warnings.medians();
    QVERIFY(before);
    addCreator(*m_db, 11000, 0.001);
    addCreator(*m_db, 11000, 0.001);
    QCOMPARE(*warnings.medians()->median(Tier::Micro), 0.0625);
    warnings.invalidateMedians();
    // 7 rates: 0.001 0.001 0.02 0.03125 0.0625 0.0625 0.0625 → 0.03125.
    QCOMPARE(*warnings.medians()->median(Tier::Micro), 0.03125);
}

void TestVetting::followerJump_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("warned");
    QTest::newRow("doubled in a week") << qint64(10000) << qint64(20000) << 7 << true;
    QTest::newRow("exactly 50%") << qint64(10000) << qint64(15000) << 10 << false;
    QTest::newRow("just over 50%") << qint64(10000) << qint64(15001) << 10 << true;
    QTest::newRow("on day 30") << qint64(10000) << qint64(30000) << 30 << true;
    QTest::newRow("on day 31") << qint64(10000) << qint64(30000) << 31 << false;
    QTest::newRow("drop") << qint64(30000) << qint64(10000) << 5 << false;
    QTest::newRow("from zero") << qint64(0) << qint64(10000) << 5 << false;
}

void TestVetting::followerJump()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, days);
    QFETCH(bool, warned);
    const QDate d0(2026, 3, 1);
    const auto w = VettingWarnings::followerJumps({{d0, from}, {d0.addDays(days), to}}, 50.0, 30);
    QCOMPARE(w.size(), warned ? 1 : 0);
    if (warned) {
        QCOMPARE(w.first().fromDate, d0);
        QCOMPARE(w.first().toDate, d0.addDays(days));
        QCOMPARE(w.first().fromFollowers, from);
        QCOMPARE(w.first().toFollowers, to);
        QVERIFY(w.first().text.contains(NumberFormat::date(d0, QLocale())));
        QVERIFY(w.first().text.contains(NumberFormat::date(d0.addDays(days), QLocale())));
    }
}

void TestVetting::followerJumpForCreator()
{
    const qint64 id = addCreator(*m_db, 50000, -1);
    // Steady, then a spike between consecutive snapshots only: Jan → Mar is slow, Mar 1 → Mar 20 jumps.
    QVERIFY(addSnapshot(*m_db, id, QStringLiteral("2026-03-01"), 20000));
    QVERIFY(addSnapshot(*m_db, id, QStringLiteral("2026-01-01"), 18000));
    QVERIFY(addSnapshot(*m_db, id, QStringLiteral("2026-03-20"), 48000));
    QVERIFY(addSnapshot(*m_db, id, QStringLiteral("2026-06-20"), 50000));
    VettingWarnings warnings(*m_db);
    const auto w = warnings.forCreator(id);
    QCOMPARE(w.size(), 1);
    QCOMPARE(w.first().kind, VettingWarning::Kind::FollowerJump);
    QCOMPARE(w.first().fromDate, QDate(2026, 3, 1));
    QCOMPARE(w.first().toDate, QDate(2026, 3, 20));
    QCOMPARE(w.first().fromFollowers, 20000);
    QCOMPARE(w.first().toFollowers, 48000);
    QCOMPARE(w.first().risePercent, 140.0);

    // A stricter setting: the same data, 19 days apart, is outside a 14-day window.
    VettingWarningSettings s;
    s.jumpWithinDays = 14;
    QVERIFY(VettingWarnings(*m_db, s).forCreator(id).isEmpty());
}

QTEST_GUILESS_MAIN(TestVetting)
#include "tst_vetting.moc"
