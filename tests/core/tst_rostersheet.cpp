// SPDX-License-Identifier: GPL-3.0-or-later
// The roster / shortlist sheet (issue 6 §2): which creators a shortlist sheet lists and in what
// order, tiers from the followers with the thresholds in force (a manual override kept and marked),
// the row cap and its "first N of M" words, the filter in words, totals, and each language's
// number forms in the HTML. On tests/support/ReportFixture.h: lily_skin 620,000 followers,
// tom_eats 56,000, xiaxia 18,200 (all skincare, owner Anna); a shortlist adds two more creators.
#include "report/ReportText.h"
#include "report/RosterSheet.h"
#include "store/Database.h"

#include "../support/ReportFixture.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace rr;

class TestRosterSheet : public QObject
{
    Q_OBJECT

    test::TestDatabase m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
    qint64 m_shortlist = 0;
    qint64 m_lily = 0, m_tom = 0, m_xia = 0, m_hand = 0, m_unknown = 0, m_outside = 0;

    qint64 exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db->sql());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return -1;
        return q.lastInsertId().toLongLong();
    }
    qint64 idOf(const QString &handle)
    {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("SELECT id FROM creators WHERE handle = ?"));
        q.addBindValue(handle);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    RosterSheetData shortlist(const MetricSettings &settings = {}, int maxRows = RosterSheetData::kMaxRows)
    {
        RosterSheetData d;
        StoreError err;
        if (!RosterSheetLoader::loadShortlist(*m_db, m_shortlist, settings, QDate(2026, 4, 10), &d, &err, maxRows))
            qWarning("%s", qPrintable(err.message + QLatin1Char(' ') + err.detail));
        return d;
    }
    static QStringList handles(const RosterSheetData &d)
    {
        QStringList out;
        for (const RosterSheetRow &r : d.rows)
            out << r.handle;
        return out;
    }

private slots:
    void initTestCase()
    {
        StoreError err;
        m_db = m_scratch.open(QStringLiteral("s.sqlite"), &err);
        QVERIFY2(m_db, qPrintable(err.message));
        test::ReportFixture fixture(*m_db);
        QVERIFY2(fixture.build(), qPrintable(fixture.error()));
        m_lily = idOf(QStringLiteral("lily_skin"));
        m_tom = idOf(QStringLiteral("tom_eats"));
        m_xia = idOf(QStringLiteral("xiaxia"));
        // A KOC by followers whose tier was set to Mid by hand, with prices, ratings and a stated ER.
        m_hand = exec(QStringLiteral("INSERT INTO creators (handle, nickname, followers, tier_override, city, status, "
                                     "do_not_contact, price_image_fen, price_video_fen, avg_engagement_rate, brand_fit, "
                                     "reliability, created_at, updated_at) VALUES ('hand_set', '<i>Hand</i>', 4000, "
                                     "'mid', '上海', 'negotiating', 1, 1200000, 3500000, 0.05, 4.5, 4, 'now', 'now')"));
        // No follower count: tier unknown.
        m_unknown = exec(QStringLiteral("INSERT INTO creators (handle, nickname, avg_engagement_rate, created_at, updated_at) "
                                        "VALUES ('no_count', '无粉丝数', 0.03, 'now', 'now')"));
        m_outside = exec(QStringLiteral("INSERT INTO creators (handle, nickname, followers, created_at, updated_at) "
                                        "VALUES ('not_listed', 'Outsider', 900000, 'now', 'now')"));
        m_shortlist = exec(QStringLiteral("INSERT INTO shortlists (name, purpose, created_by, created_at) VALUES "
                                          "('Q2 护肤候选', 'Serum launch: <mid-tier> first', 'Anna', 'now')"));
        QVERIFY(m_lily > 0 && m_tom > 0 && m_xia > 0 && m_hand > 0 && m_unknown > 0 && m_outside > 0 && m_shortlist > 0);
        for (const qint64 id : {m_xia, m_unknown, m_lily, m_hand, m_tom})
            QVERIFY(exec(QStringLiteral("INSERT INTO shortlist_members (shortlist_id, creator_id, added_at) VALUES (?, ?, 'now')"),
                         {m_shortlist, id}) >= 0);
        QVERIFY(exec(QStringLiteral("INSERT INTO shortlists (name, created_at) VALUES ('Empty one', 'now')")) > 0);
    }

    void findShortlist_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("found");
        QTest::newRow("name") << "Q2 护肤候选" << true;
        QTest::newRow("name, other case") << "q2 护肤候选" << true;
        QTest::newRow("unknown") << "Nope" << false;
        QTest::newRow("unknown number") << "999" << false;
    }
    void findShortlist()
    {
        QFETCH(QString, key);
        QFETCH(bool, found);
        QCOMPARE(RosterSheetLoader::findShortlist(*m_db, key), found ? m_shortlist : qint64(0));
        QCOMPARE(RosterSheetLoader::findShortlist(*m_db, QString::number(m_shortlist)), m_shortlist);
        QVERIFY(RosterSheetLoader::shortlistList(*m_db).contains(QStringLiteral("%1 \"Q2 护肤候选\"").arg(m_shortlist)));
    }

    void membersInTierOrder()
    {
        const RosterSheetData d = shortlist();
        QCOMPARE(d.shortlistName, QStringLiteral("Q2 护肤候选"));
        QCOMPARE(d.matched, qint64(5));
        QVERIFY(!d.isCapped());
        // Largest tier first, by followers within a tier (the override counts as its tier);
        // the creator outside the shortlist is not there.
        QCOMPARE(handles(d), (QStringList{QStringLiteral("lily_skin"), QStringLiteral("tom_eats"), QStringLiteral("hand_set"),
                                          QStringLiteral("xiaxia"), QStringLiteral("no_count")}));
        const RosterSheetRow &hand = d.rows.at(2);
        QCOMPARE(hand.tier, std::optional<Tier>(Tier::Mid));
        QVERIFY(hand.tierSetByHand);
        QVERIFY(hand.doNotContact);
        QCOMPARE(hand.status, Status::Negotiating);
        QCOMPARE(hand.priceVideoFen.value_or(-1), qint64(3500000));
        QCOMPARE(hand.brandFit.value_or(-1), 4.5);
        QCOMPARE(d.rows.first().category.en, QStringLiteral("Skincare"));
        QCOMPARE(d.rows.last().tier, std::optional<Tier>());
        QCOMPARE(d.followerSum().value_or(-1), qint64(620000 + 56000 + 4000 + 18200));
        QCOMPARE(d.medianEngagementRate().value_or(-1), 0.04); // 3% and 5%
        QCOMPARE(d.tierCount(Tier::Mid), 2);
        QCOMPARE(d.tierCount(std::nullopt), 1);
    }

    void tiersFollowTheThresholds_data()
    {
        QTest::addColumn<qint64>("mega");
        QTest::addColumn<qint64>("mid");
        QTest::addColumn<qint64>("micro");
        QTest::addColumn<int>("lilyTier");
        QTest::addColumn<int>("xiaTier");
        QTest::newRow("defaults") << qint64(500000) << qint64(50000) << qint64(10000) << int(Tier::Mega) << int(Tier::Micro);
        QTest::newRow("1万/10万/100万") << qint64(1000000) << qint64(100000) << qint64(10000) << int(Tier::Mid) << int(Tier::Micro);
        QTest::newRow("micro from 20k") << qint64(500000) << qint64(50000) << qint64(20000) << int(Tier::Mega) << int(Tier::Koc);
    }
    void tiersFollowTheThresholds()
    {
        QFETCH(qint64, mega);
        QFETCH(qint64, mid);
        QFETCH(qint64, micro);
        QFETCH(int, lilyTier);
        QFETCH(int, xiaTier);
        MetricSettings settings;
        settings.tiers = TierThresholds{mega, mid, micro};
        const RosterSheetData d = shortlist(settings);
        QCOMPARE(d.rows.size(), 5);
        for (const RosterSheetRow &r : d.rows) {
            if (r.id == m_lily)
                QCOMPARE(int(r.tier.value_or(Tier::Koc)), lilyTier);
            if (r.id == m_xia)
                QCOMPARE(int(r.tier.value_or(Tier::Mega)), xiaTier);
            if (r.id == m_hand)
                QCOMPARE(r.tier, std::optional<Tier>(Tier::Mid)); // the override, whatever the thresholds
        }
    }

    void capSaysFirstNOfM()
    {
        const RosterSheetData d = shortlist({}, 2);
        QCOMPARE(d.rows.size(), 2);
        QCOMPARE(d.matched, qint64(5));
        QVERIFY(d.isCapped());
        const QString html = RosterSheetHtml::build(d, ReportText(QStringLiteral("en")));
        QVERIFY2(html.contains(QStringLiteral("the first 2 of 5 are listed")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("The first 2 of 5 matching creators are listed")));
        QVERIFY(html.contains(QStringLiteral("Total: 2 creator")));
        QVERIFY(!html.contains(QStringLiteral("xiaxia")));
    }

    void unknownShortlist()
    {
        RosterSheetData d;
        StoreError err;
        QVERIFY(!RosterSheetLoader::loadShortlist(*m_db, 999, {}, QDate(2026, 4, 10), &d, &err));
        QCOMPARE(err.code, StoreError::Code::NotFound);
    }

    void htmlInEachLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("en") << "en"
                            << QStringList{QStringLiteral("Shortlist: Q2 护肤候选"),
                                           QStringLiteral("Serum launch: &lt;mid-tier&gt; first"),
                                           QStringLiteral("&lt;i&gt;Hand&lt;/i&gt;"), // escaped
                                           QStringLiteral("莉莉爱护肤"), QStringLiteral("lily_skin"),
                                           QStringLiteral("Mega KOL"), QStringLiteral("Mid-tier KOL*"),
                                           QStringLiteral("620K"), QStringLiteral("698K"), // 698,200 followers in all (70万 in Chinese)
                                           QStringLiteral("¥12,000"), QStringLiteral("¥35,000"),
                                           QStringLiteral("5.00%"), QStringLiteral("median 4.00%"),
                                           QStringLiteral("Negotiating · do not contact"), QStringLiteral("4.5 · 4.0"),
                                           QStringLiteral("Skincare"), QStringLiteral("Apr 10, 2026"),
                                           QStringLiteral("Total: 5 creator"),
                                           QStringLiteral("Mega KOL from 500K, Mid-tier KOL from 50K, Micro KOL from 10K"),
                                           QStringLiteral("tier unknown 1")};
        QTest::newRow("zh_CN") << "zh_CN"
                               << QStringList{QStringLiteral("62万"), QStringLiteral("70万"), QStringLiteral("¥12,000"),
                                              QStringLiteral("2026年4月10日"), QStringLiteral("护肤"),
                                              QStringLiteral("莉莉爱护肤"), QStringLiteral("5.00%")};
    }
    void htmlInEachLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        const QString html = RosterSheetHtml::build(shortlist(), ReportText(lang));
        for (const QString &s : expected)
            QVERIFY2(html.contains(s), qPrintable(s + QStringLiteral(" not in:\n") + html));
        QVERIFY(!html.contains(QStringLiteral("Outsider")));
        if (lang == QLatin1String("zh_CN"))
            QVERIFY(!html.contains(QStringLiteral("Skincare")));
    }

    void rosterFilterInWords()
    {
        RosterFilter filter;
        filter.tiers = {Tier::Mega, Tier::Mid};
        filter.categoryIds = {1};
        filter.minFollowers = 50000;
        filter.hideDoNotContact = true;
        RosterSheetData d;
        StoreError err;
        QVERIFY2(RosterSheetLoader::loadRoster(*m_db, filter, {}, QDate(2026, 4, 10), &d, &err), qPrintable(err.detail));
        // hand_set (Mid by hand) has 4,000 followers and is do-not-contact: left out; Outsider has no category.
        QCOMPARE(handles(d), (QStringList{QStringLiteral("lily_skin"), QStringLiteral("tom_eats")}));
        QCOMPARE(d.filterCategories.size(), 1);
        const QString html = RosterSheetHtml::build(d, ReportText(QStringLiteral("en")));
        for (const QString &s : {QStringLiteral("Creator roster"), QStringLiteral("Tier: Mega KOL, Mid-tier KOL"),
                                 QStringLiteral("Categories: Skincare"), QStringLiteral("Followers: from 50K"),
                                 QStringLiteral("do-not-contact creators left out")})
            QVERIFY2(html.contains(s), qPrintable(s + QStringLiteral(" not in:\n") + html));

        QVERIFY(RosterSheetLoader::loadRoster(*m_db, RosterFilter{}, {}, QDate(2026, 4, 10), &d, &err));
        QCOMPARE(d.matched, qint64(6));
        QVERIFY(RosterSheetHtml::build(d, ReportText(QStringLiteral("en"))).contains(QStringLiteral("All creators, no filter.")));
    }

    void emptyShortlist()
    {
        RosterSheetData d;
        StoreError err;
        QVERIFY(RosterSheetLoader::loadShortlist(*m_db, RosterSheetLoader::findShortlist(*m_db, QStringLiteral("Empty one")),
                                                 {}, QDate(2026, 4, 10), &d, &err));
        QVERIFY(d.rows.isEmpty());
        QVERIFY(RosterSheetHtml::build(d, ReportText(QStringLiteral("en"))).contains(QStringLiteral("No creators to list.")));
    }
};

QTEST_GUILESS_MAIN(TestRosterSheet)
#include "tst_rostersheet.moc"
