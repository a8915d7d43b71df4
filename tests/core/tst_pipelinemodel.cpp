// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "pipeline/PipelineModel.h"
#include "store/Database.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <map>
#include <memory>

using namespace rr;

Q_DECLARE_METATYPE(rr::PipelineFilter)

namespace {

// Fixed timestamps so the order by updated_at is known: creator i was updated at second i.
QString stamp(int i)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i).toString(Qt::ISODateWithMs);
}

} // namespace

class TestPipelineModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void countsPerStatus();
    void firstPageNewestFirstThenMore();
    void filters_data();
    void filters();
    void emptyColumns();
    void twentyThousandCreators();
    void pagesComeFromTheStatusIndex_data();
    void pagesComeFromTheStatusIndex();

private:
    // Inserts creators in one transaction; returns their ids in order.
    QList<qint64> seed(int n, const std::function<Status(int)> &status, const std::function<QString(int)> &owner);
    void exec(const QString &sql, const QVariantList &values = {});

    std::unique_ptr<test::TestDatabase> m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
};

void TestPipelineModel::init()
{
    m_scratch = std::make_unique<test::TestDatabase>();
    QVERIFY(m_scratch->isValid());
    StoreError err;
    m_db = m_scratch->open(QStringLiteral("p.redroster"), &err);
    QVERIFY2(m_db, qPrintable(err.message + err.detail));
}

void TestPipelineModel::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

void TestPipelineModel::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db->sql());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        QFAIL(qPrintable(q.lastError().text()));
}

QList<qint64> TestPipelineModel::seed(int n, const std::function<Status(int)> &status,
                                      const std::function<QString(int)> &owner)
{
    QList<qint64> ids;
    WriteTransaction tx(*m_db);
    if (!tx.begin(nullptr))
        return ids;
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("INSERT INTO creators (handle, nickname, followers, status, owner, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < n; ++i) {
        q.addBindValue(QStringLiteral("h%1").arg(i));
        q.addBindValue(QStringLiteral("creator %1").arg(i));
        q.addBindValue(qint64(i) * 100);
        q.addBindValue(StatusText::key(status(i)));
        const QString o = owner(i);
        q.addBindValue(o.isEmpty() ? QVariant() : QVariant(o));
        q.addBindValue(stamp(i));
        q.addBindValue(stamp(i));
        if (!q.exec()) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return {};
        }
        ids << q.lastInsertId().toLongLong();
    }
    tx.commit(nullptr);
    return ids;
}

void TestPipelineModel::countsPerStatus()
{
    // i % 6 picks the status: 60 creators, 10 in each.
    const QList<qint64> ids = seed(61, [](int i) { return allStatuses[size_t(i % 6)]; }, [](int) { return QString(); });
    QCOMPARE(ids.size(), 61);
    PipelineModel model(*m_db);
    QSignalSpy reset(&model, &PipelineModel::reset);
    QVERIFY(model.reload());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.count(Status::Prospect), 11);
    for (Status s : {Status::OutreachSent, Status::Negotiating, Status::ActivePartner, Status::Paused, Status::Declined})
        QCOMPARE(model.count(s), 10);
    QCOMPARE(model.totalCount(), 61);
    for (Status s : allStatuses) {
        QCOMPARE(model.cards(s).size(), model.count(s));
        QVERIFY(!model.canFetchMore(s));
        for (const PipelineCard &card : model.cards(s))
            QCOMPARE(card.status, s);
    }
}

void TestPipelineModel::firstPageNewestFirstThenMore()
{
    // Same updated_at for a run of rows too, so paging must break ties by id.
    const QList<qint64> ids = seed(25, [](int) { return Status::Negotiating; }, [](int) { return QStringLiteral("Anna"); });
    exec(QStringLiteral("UPDATE creators SET updated_at = ? WHERE id IN (?, ?, ?, ?)"),
         {stamp(100), ids.at(3), ids.at(4), ids.at(5), ids.at(6)});
    exec(QStringLiteral("INSERT INTO tags (name) VALUES ('spf'), ('food')"));
    exec(QStringLiteral("INSERT INTO creator_tags (creator_id, tag_id) SELECT ?, id FROM tags"), {ids.at(24)});

    PipelineModel model(*m_db);
    model.setPageSize(10);
    QVERIFY(model.reload());
    QCOMPARE(model.count(Status::Negotiating), 25);
    QList<PipelineCard> cards = model.cards(Status::Negotiating);
    QCOMPARE(cards.size(), 10);
    QVERIFY(model.canFetchMore(Status::Negotiating));
    // The four rows updated last come first, highest id first; then newest by time.
    const QList<qint64> expectedHead{ids.at(6), ids.at(5), ids.at(4), ids.at(3), ids.at(24), ids.at(23)};
    for (qsizetype i = 0; i < expectedHead.size(); ++i)
        QCOMPARE(cards.at(i).id, expectedHead.at(i));
    QCOMPARE(cards.at(4).tags, (QStringList{QStringLiteral("food"), QStringLiteral("spf")}));
    QCOMPARE(cards.at(4).nickname, QStringLiteral("creator 24"));
    QCOMPARE(cards.at(4).handle, QStringLiteral("h24"));
    QCOMPARE(cards.at(4).followers, std::optional<qint64>(2400));
    QCOMPARE(cards.at(4).owner, QStringLiteral("Anna"));
    QCOMPARE(cards.at(4).tier(TierThresholds{}), std::optional<Tier>(Tier::Koc));

    QVERIFY(model.fetchMore(Status::Negotiating));
    QCOMPARE(model.cards(Status::Negotiating).size(), 20);
    QVERIFY(model.fetchMore(Status::Negotiating));
    QCOMPARE(model.cards(Status::Negotiating).size(), 25);
    QVERIFY(!model.canFetchMore(Status::Negotiating));
    QSet<qint64> seen;
    for (const PipelineCard &c : model.cards(Status::Negotiating))
        seen.insert(c.id);
    QCOMPARE(seen.size(), 25); // every creator once, none twice
    QVERIFY(model.findCard(ids.at(0)));
    QVERIFY(!model.findCard(999999));
}

void TestPipelineModel::filters_data()
{
    QTest::addColumn<PipelineFilter>("filter");
    QTest::addColumn<QList<qint64>>("expected"); // counts in allStatuses order

    // 24 creators: status i % 6; owner Anna for i % 3 == 0, Ben for i % 3 == 1, nobody else;
    // tag "spf" on even i; campaign 1 holds i < 6.
    PipelineFilter anyone;
    QTest::newRow("none") << anyone << QList<qint64>{4, 4, 4, 4, 4, 4};
    PipelineFilter anna;
    anna.owner = QStringLiteral("Anna");
    QTest::newRow("owner Anna") << anna << QList<qint64>{4, 0, 0, 4, 0, 0};
    PipelineFilter nobody;
    nobody.owner = QString();
    QTest::newRow("nobody") << nobody << QList<qint64>{0, 0, 4, 0, 0, 4};
    PipelineFilter spf;
    spf.tag = QStringLiteral("spf");
    QTest::newRow("tag") << spf << QList<qint64>{4, 0, 4, 0, 4, 0};
    PipelineFilter campaign;
    campaign.campaignId = 1;
    QTest::newRow("campaign") << campaign << QList<qint64>{1, 1, 1, 1, 1, 1};
    PipelineFilter all;
    all.owner = QStringLiteral("Ben");
    all.tag = QStringLiteral("spf");
    all.campaignId = 1;
    QTest::newRow("all three") << all << QList<qint64>{0, 0, 0, 0, 1, 0};
    PipelineFilter quote;
    quote.owner = QStringLiteral("Anna' OR 1=1 --");
    QTest::newRow("bound, not pasted") << quote << QList<qint64>{0, 0, 0, 0, 0, 0};
}

void TestPipelineModel::filters()
{
    QFETCH(PipelineFilter, filter);
    QFETCH(QList<qint64>, expected);
    const QList<qint64> ids = seed(24, [](int i) { return allStatuses[size_t(i % 6)]; }, [](int i) {
        return i % 3 == 0 ? QStringLiteral("Anna") : i % 3 == 1 ? QStringLiteral("Ben") : QString();
    });
    const QString now = Database::nowUtc();
    exec(QStringLiteral("INSERT INTO tags (id, name) VALUES (1, 'spf')"));
    exec(QStringLiteral("INSERT INTO campaigns (id, name, objective, created_at, updated_at) VALUES (1, 'C1', 'awareness', ?, ?)"),
         {now, now});
    exec(QStringLiteral("INSERT INTO campaigns (id, name, objective, created_at, updated_at) VALUES (2, 'C2', 'seeding', ?, ?)"),
         {now, now});
    for (int i = 0; i < ids.size(); ++i) {
        if (i % 2 == 0)
            exec(QStringLiteral("INSERT INTO creator_tags (creator_id, tag_id) VALUES (?, 1)"), {ids.at(i)});
        exec(QStringLiteral("INSERT INTO collaborations (campaign_id, creator_id, created_at, updated_at) VALUES (?, ?, ?, ?)"),
             {i < 6 ? 1 : 2, ids.at(i), now, now});
    }
    PipelineModel model(*m_db);
    model.setFilter(filter);
    QVERIFY(model.reload());
    for (size_t i = 0; i < allStatuses.size(); ++i) {
        const Status s = allStatuses[i];
        QCOMPARE(model.count(s), expected.at(qsizetype(i)));
        QCOMPARE(model.cards(s).size(), expected.at(qsizetype(i)));
        for (const PipelineCard &card : model.cards(s)) {
            if (filter.owner)
                QCOMPARE(card.owner, *filter.owner);
            if (!filter.tag.isEmpty())
                QVERIFY(card.tags.contains(filter.tag));
        }
    }
    QCOMPARE(model.owners(), (QStringList{QStringLiteral("Anna"), QStringLiteral("Ben")}));
    QCOMPARE(model.tags(), QStringList{QStringLiteral("spf")});
    QCOMPARE(model.campaigns().size(), 2);
    QCOMPARE(model.campaigns().at(0).second, QStringLiteral("C2"));
}

void TestPipelineModel::emptyColumns()
{
    PipelineModel model(*m_db);
    QVERIFY(model.reload());
    for (Status s : allStatuses) {
        QCOMPARE(model.count(s), 0);
        QVERIFY(model.cards(s).isEmpty());
        QVERIFY(!model.canFetchMore(s));
        QVERIFY(model.fetchMore(s));
    }
}

void TestPipelineModel::twentyThousandCreators()
{
    const int n = 20000;
    // An uneven spread: status from i % 10 mapped onto the six statuses.
    auto statusOf = [](int i) {
        static const Status spread[10] = {Status::Prospect, Status::Prospect, Status::Prospect, Status::Prospect,
                                          Status::OutreachSent, Status::OutreachSent, Status::Negotiating,
                                          Status::ActivePartner, Status::Paused, Status::Declined};
        return spread[i % 10];
    };
    const QList<qint64> ids = seed(n, statusOf, [](int i) { return i % 7 == 0 ? QStringLiteral("Chen") : QString(); });
    QCOMPARE(ids.size(), n);
    std::map<Status, qint64> expected;
    std::map<Status, qint64> expectedChen;
    for (int i = 0; i < n; ++i) {
        ++expected[statusOf(i)];
        if (i % 7 == 0)
            ++expectedChen[statusOf(i)];
    }
    PipelineModel model(*m_db);
    QCOMPARE(model.pageSize(), PipelineModel::kDefaultPageSize);
    QVERIFY(model.reload());
    QCOMPARE(model.totalCount(), n);
    for (Status s : allStatuses) {
        QCOMPARE(model.count(s), expected[s]);
        QCOMPARE(model.cards(s).size(), qMin<qint64>(expected[s], PipelineModel::kDefaultPageSize));
        QVERIFY(model.canFetchMore(s));
        // Newest first: the first card is the last creator of that status inserted.
        qint64 newest = 0;
        for (int i = n - 1; i >= 0 && newest == 0; --i) {
            if (statusOf(i) == s)
                newest = ids.at(i);
        }
        QCOMPARE(model.cards(s).first().id, newest);
    }
    QVERIFY(model.fetchMore(Status::Prospect));
    QCOMPARE(model.cards(Status::Prospect).size(), 2 * PipelineModel::kDefaultPageSize);
    QCOMPARE(model.count(Status::Prospect), expected[Status::Prospect]); // counts unchanged by paging

    PipelineFilter chen;
    chen.owner = QStringLiteral("Chen");
    model.setFilter(chen);
    QVERIFY(model.reload());
    for (Status s : allStatuses)
        QCOMPARE(model.count(s), expectedChen[s]);
}

void TestPipelineModel::pagesComeFromTheStatusIndex_data()
{
    QTest::addColumn<bool>("continuing");
    QTest::addColumn<bool>("analyzed");
    QTest::newRow("first page") << false << false;
    QTest::newRow("next page") << true << false;
    QTest::newRow("first page, analyzed") << false << true;
    QTest::newRow("next page, analyzed") << true << true;
}

void TestPipelineModel::pagesComeFromTheStatusIndex()
{
    QFETCH(bool, continuing);
    QFETCH(bool, analyzed);
    // SQLite's planner and EXPLAIN QUERY PLAN output; PostgreSQL picks its plan from the table's
    // statistics (a sequential scan and a sort may well be its best choice for 3,000 rows).
    if (test::TestDatabase::isPostgres())
        QSKIP("SQLite only: checks SQLite's query plan");
    // Schema version 2: a column's page is read from (status, updated_at, id) in index order,
    // never sorted in a temporary b-tree (at a million creators that sort is the whole cost).
    const QList<qint64> ids = seed(3000, [](int i) { return allStatuses[size_t(i % 6)]; },
                                   [](int i) { return QStringLiteral("owner%1").arg(i % 4); });
    QCOMPARE(ids.size(), 3000);
    if (analyzed)
        exec(QStringLiteral("ANALYZE"));
    QSqlQuery q(m_db->sql());
    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + PipelineModel::pageSql(continuing)));
    q.addBindValue(StatusText::key(Status::Negotiating));
    if (continuing) {
        q.addBindValue(stamp(1500));
        q.addBindValue(stamp(1500));
        q.addBindValue(ids.at(1500));
    }
    q.addBindValue(PipelineModel::kDefaultPageSize);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    const QString text = plan.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("ix_creators_status_updated")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestPipelineModel)
#include "tst_pipelinemodel.moc"
