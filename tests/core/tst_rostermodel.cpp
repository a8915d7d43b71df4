// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "domain/Creator.h"
#include "roster/RosterModel.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace rr;

Q_DECLARE_METATYPE(rr::RosterFilter)

namespace {

struct Seed
{
    QString handle;
    QString nickname;
    QString notes;
    std::optional<qint64> followers;
    QString tierOverride;
    std::optional<qint64> category;
    QList<qint64> secondary;
    QString city;
    QString status = QStringLiteral("prospect");
    QString owner;
    QString agency;          // empty: independent
    std::optional<double> brandFit;
    std::optional<double> reliability;
    bool doNotContact = false;
    std::optional<qint64> priceImageFen;
    std::optional<double> engagement;
};

QString s(const char *utf8) { return QString::fromUtf8(utf8); }

template<typename T>
QVariant opt(const std::optional<T> &v) { return v ? QVariant(*v) : QVariant(); }
QVariant textOrNull(const QString &v) { return v.isEmpty() ? QVariant() : QVariant(v); }

} // namespace

class TestRosterModel : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RosterModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_tagId = 0;

    qint64 insert(const Seed &seed)
    {
        Creator c;
        c.handle = seed.handle;
        c.nickname = seed.nickname;
        c.notes = seed.notes;
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral(
            "INSERT INTO creators (handle, nickname, notes, search_text, followers, tier_override, "
            "primary_category_id, city, status, owner, has_agency, agency_name, brand_fit, reliability, "
            "do_not_contact, price_image_fen, avg_engagement_rate, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QString now = Database::nowUtc();
        for (const QVariant &v : QVariantList{seed.handle, seed.nickname, textOrNull(seed.notes), c.searchText(),
                                              opt(seed.followers), textOrNull(seed.tierOverride), opt(seed.category),
                                              textOrNull(seed.city), seed.status, textOrNull(seed.owner),
                                              seed.agency.isEmpty() ? 0 : 1, textOrNull(seed.agency),
                                              opt(seed.brandFit), opt(seed.reliability), seed.doNotContact ? 1 : 0,
                                              opt(seed.priceImageFen), opt(seed.engagement), now, now}) {
            q.addBindValue(v);
        }
        if (!q.exec())
            qFatal("insert failed: %s", qPrintable(q.lastError().text()));
        const qint64 id = q.lastInsertId().toLongLong();
        for (qint64 cat : seed.secondary) {
            QSqlQuery cc(m_db->sql());
            cc.prepare(QStringLiteral("INSERT INTO creator_categories (creator_id, category_id) VALUES (?, ?)"));
            cc.addBindValue(id);
            cc.addBindValue(cat);
            if (!cc.exec())
                qFatal("insert failed: %s", qPrintable(cc.lastError().text()));
        }
        return id;
    }

    void tag(qint64 creatorId)
    {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("INSERT INTO creator_tags (creator_id, tag_id) VALUES (?, ?)"));
        q.addBindValue(creatorId);
        q.addBindValue(m_tagId);
        QVERIFY(q.exec());
    }

    void makeModel()
    {
        m_tester.reset();
        m_model = std::make_unique<RosterModel>(*m_db);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_model->waitForIdle());
    }

    QStringList handles()
    {
        [&] { QVERIFY(m_model->waitForIdle()); }();
        QStringList out;
        for (int r = 0; r < m_model->rowCount(); ++r)
            out << m_model->index(r, toInt(RosterColumn::Handle)).data().toString();
        return out;
    }

    QStringList sortedHandles()
    {
        QStringList h = handles();
        h.sort();
        return h;
    }

    QVariant cell(const QString &handle, RosterColumn column, int role = Qt::DisplayRole)
    {
        const QStringList h = handles();
        const int row = int(h.indexOf(handle));
        return row < 0 ? QVariant() : m_model->index(row, toInt(column)).data(role);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        StoreError error;
        const QString name = QStringLiteral("%1.redroster").arg(QString::fromLatin1(QTest::currentTestFunction()));
        m_scratch.remove(name);
        m_db = m_scratch.open(name, &error);
        QVERIFY2(m_db, qPrintable(error.message + error.detail));
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('pet friendly')")));
        m_tagId = q.lastInsertId().toLongLong();
        // Categories are seeded: 1 skincare, 2 makeup, 3 fashion, 4 food, 5 travel.
        insert({s("mei_mei"), s("小美酱"), s("护肤达人"), 500000, {}, 1, {}, s("上海"), s("prospect"), s("alice"),
                s("星图MCN"), 4.5, 4.0, false, 200000, 0.035});
        const qint64 queen = insert({s("BeautyQueen"), s("Queen"), s("喜欢小美的风格"), 499999, {}, 2, {1},
                                     s("北京"), s("active"), s("bob"), {}, 3.0, 5.0, false, {}, {}});
        insert({s("foodie_li"), s("李吃货"), {}, 50000, {}, 4, {}, s("上海"), s("negotiating"), s("alice"), {},
                {}, {}, false, 123450, {}});
        insert({s("koc_wang"), s("王小小"), {}, 9999, {}, 3, {}, s("广州"), s("declined"), s("carol"), {}, {}, {},
                true, {}, {}});
        const qint64 zhang = insert({s("micro_zhang"), s("张三"), {}, 10000, {}, 5, {4}, s("成都"), s("paused"),
                                     s("bob"), s("如涵"), 2.0, 3.0, false, {}, {}});
        insert({s("override_guy"), s("手动"), {}, 1000, s("mega"), 1, {}, s("上海"), s("prospect"), {}, {}, {}, {},
                false, {}, {}});
        insert({s("no_followers"), s("无粉"), {}, {}, {}, {}, {}, {}, s("prospect"), {}, {}, {}, {}, false, {}, {}});
        tag(queen);
        tag(zhang);
        makeModel();
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_db.reset();
    }

    void counts()
    {
        QCOMPARE(m_model->rowCount(), 7);
        QCOMPARE(m_model->filteredCount(), 7);
        QCOMPARE(m_model->totalCount(), 7);
        QCOMPARE(m_model->columnCount(), rosterColumnCount);
        QVERIFY(!m_model->isBusy());
        RosterFilter f;
        f.cities = {s("上海")};
        QSignalSpy counts(m_model.get(), &RosterModel::countsChanged);
        m_model->setFilter(f);
        QVERIFY(m_model->waitForIdle());
        QCOMPARE(m_model->filteredCount(), 3);
        QCOMPARE(m_model->totalCount(), 7);
        QVERIFY(!counts.isEmpty());
        QCOMPARE(m_model->filter(), f);
    }

    void filters_data()
    {
        QTest::addColumn<RosterFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        const auto make = [](auto fn) { RosterFilter f; fn(f); return f; };

        QTest::newRow("chinese in nickname or notes") << make([](RosterFilter &f) { f.search = s("小美"); })
                                                      << QStringList{s("BeautyQueen"), s("mei_mei")};
        QTest::newRow("chinese whole nickname") << make([](RosterFilter &f) { f.search = s("小美酱"); })
                                                << QStringList{s("mei_mei")};
        QTest::newRow("latin case-insensitive") << make([](RosterFilter &f) { f.search = s("BEAUTYq"); })
                                                << QStringList{s("BeautyQueen")};
        QTest::newRow("latin padded") << make([](RosterFilter &f) { f.search = s("  Foodie "); })
                                      << QStringList{s("foodie_li")};
        QTest::newRow("no match") << make([](RosterFilter &f) { f.search = s("zzz"); }) << QStringList{};
        QTest::newRow("tier mega incl. override and edge")
            << make([](RosterFilter &f) { f.tiers = {Tier::Mega}; })
            << QStringList{s("mei_mei"), s("override_guy")};
        QTest::newRow("tier mid edges") << make([](RosterFilter &f) { f.tiers = {Tier::Mid}; })
                                        << QStringList{s("BeautyQueen"), s("foodie_li")};
        QTest::newRow("tier micro edge") << make([](RosterFilter &f) { f.tiers = {Tier::Micro}; })
                                         << QStringList{s("micro_zhang")};
        QTest::newRow("tier koc without overridden") << make([](RosterFilter &f) { f.tiers = {Tier::Koc}; })
                                                     << QStringList{s("koc_wang")};
        QTest::newRow("two tiers") << make([](RosterFilter &f) { f.tiers = {Tier::Micro, Tier::Koc}; })
                                   << QStringList{s("koc_wang"), s("micro_zhang")};
        QTest::newRow("category primary or secondary")
            << make([](RosterFilter &f) { f.categoryIds = {1}; })
            << QStringList{s("BeautyQueen"), s("mei_mei"), s("override_guy")};
        QTest::newRow("category secondary only") << make([](RosterFilter &f) { f.categoryIds = {4}; })
                                                 << QStringList{s("foodie_li"), s("micro_zhang")};
        QTest::newRow("two categories") << make([](RosterFilter &f) { f.categoryIds = {2, 3}; })
                                        << QStringList{s("BeautyQueen"), s("koc_wang")};
        QTest::newRow("city") << make([](RosterFilter &f) { f.cities = {s("上海")}; })
                              << QStringList{s("foodie_li"), s("mei_mei"), s("override_guy")};
        QTest::newRow("status") << make([](RosterFilter &f) { f.statuses = {Status::ActivePartner}; })
                                << QStringList{s("BeautyQueen")};
        QTest::newRow("two statuses") << make([](RosterFilter &f) { f.statuses = {Status::Declined, Status::Paused}; })
                                      << QStringList{s("koc_wang"), s("micro_zhang")};
        QTest::newRow("tag") << make([](RosterFilter &f) { f.tagIds = {1}; })
                             << QStringList{s("BeautyQueen"), s("micro_zhang")};
        QTest::newRow("owner") << make([](RosterFilter &f) { f.owners = {s("bob")}; })
                               << QStringList{s("BeautyQueen"), s("micro_zhang")};
        QTest::newRow("agency by name") << make([](RosterFilter &f) { f.agencies = {s("星图MCN")}; })
                                        << QStringList{s("mei_mei")};
        QTest::newRow("independent") << make([](RosterFilter &f) { f.agencies = {QString()}; })
                                     << QStringList{s("BeautyQueen"), s("foodie_li"), s("koc_wang"),
                                                    s("no_followers"), s("override_guy")};
        QTest::newRow("agency or independent")
            << make([](RosterFilter &f) { f.agencies = {s("如涵"), QString()}; })
            << QStringList{s("BeautyQueen"), s("foodie_li"), s("koc_wang"), s("micro_zhang"), s("no_followers"),
                           s("override_guy")};
        QTest::newRow("follower range") << make([](RosterFilter &f) { f.minFollowers = 10000; f.maxFollowers = 50000; })
                                        << QStringList{s("foodie_li"), s("micro_zhang")};
        QTest::newRow("min brand fit") << make([](RosterFilter &f) { f.minBrandFit = 4.0; })
                                       << QStringList{s("mei_mei")};
        QTest::newRow("min reliability") << make([](RosterFilter &f) { f.minReliability = 4.5; })
                                         << QStringList{s("BeautyQueen")};
        QTest::newRow("hide do not contact") << make([](RosterFilter &f) { f.hideDoNotContact = true; })
                                             << QStringList{s("BeautyQueen"), s("foodie_li"), s("mei_mei"),
                                                            s("micro_zhang"), s("no_followers"), s("override_guy")};
        QTest::newRow("city and tier") << make([](RosterFilter &f) { f.cities = {s("上海")}; f.tiers = {Tier::Mega}; })
                                       << QStringList{s("mei_mei"), s("override_guy")};
        QTest::newRow("city, tier and search")
            << make([](RosterFilter &f) { f.cities = {s("上海")}; f.tiers = {Tier::Mega}; f.search = s("小美"); })
            << QStringList{s("mei_mei")};
        QTest::newRow("owner and category") << make([](RosterFilter &f) { f.owners = {s("bob")}; f.categoryIds = {1}; })
                                            << QStringList{s("BeautyQueen")};
    }

    void filters()
    {
        QFETCH(RosterFilter, filter);
        QFETCH(QStringList, expected);
        m_model->setFilter(filter);
        QCOMPARE(sortedHandles(), expected);
        QCOMPARE(m_model->filteredCount(), expected.size());
        QCOMPARE(m_model->totalCount(), 7);
        m_model->setFilter({});
        QCOMPARE(handles().size(), 7);
    }

    void shortlist()
    {
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO shortlists (name, created_at) VALUES ('spring', '2026-01-01')")));
        const qint64 list = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO shortlist_members (shortlist_id, creator_id, added_at) "
                                      "SELECT %1, id, '2026-01-01' FROM creators WHERE city = '北京'").arg(list)));
        RosterFilter f;
        f.shortlistId = list;
        m_model->setFilter(f);
        QCOMPARE(sortedHandles(), QStringList{s("BeautyQueen")});
    }

    void coalescedRequests()
    {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        RosterFilter f;
        const QString typed = s("foodie");
        for (qsizetype i = 1; i <= typed.size(); ++i) {
            f.search = typed.left(i);
            m_model->setFilter(f);
        }
        QVERIFY(m_model->isBusy());
        QCOMPARE(sortedHandles(), QStringList{s("foodie_li")});
        QCOMPARE(resets.size(), 1); // intermediate requests were superseded, not shown
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("followers desc") << toInt(RosterColumn::Followers) << Qt::DescendingOrder
                                        << QStringList{s("mei_mei"), s("BeautyQueen"), s("foodie_li"), s("micro_zhang"),
                                                       s("koc_wang"), s("override_guy"), s("no_followers")};
        QTest::newRow("followers asc") << toInt(RosterColumn::Followers) << Qt::AscendingOrder
                                       << QStringList{s("no_followers"), s("override_guy"), s("koc_wang"),
                                                      s("micro_zhang"), s("foodie_li"), s("BeautyQueen"), s("mei_mei")};
        QStringList byNick{s("Queen"), s("小美酱"), s("李吃货"), s("王小小"), s("张三"), s("手动"), s("无粉")};
        byNick.sort();
        const QHash<QString, QString> handleOf{{s("Queen"), s("BeautyQueen")}, {s("小美酱"), s("mei_mei")},
                                               {s("李吃货"), s("foodie_li")}, {s("王小小"), s("koc_wang")},
                                               {s("张三"), s("micro_zhang")}, {s("手动"), s("override_guy")},
                                               {s("无粉"), s("no_followers")}};
        QStringList expected;
        for (const QString &n : byNick)
            expected << handleOf.value(n);
        QTest::newRow("nickname asc") << toInt(RosterColumn::Nickname) << Qt::AscendingOrder << expected;
        std::reverse(expected.begin(), expected.end());
        QTest::newRow("nickname desc") << toInt(RosterColumn::Nickname) << Qt::DescendingOrder << expected;
    }

    void sorting()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        m_model->sort(column, order);
        QCOMPARE(handles(), expected);
    }

    void display()
    {
        QCOMPARE(cell(s("mei_mei"), RosterColumn::Followers).toString(), s("500,000"));
        QCOMPARE(cell(s("mei_mei"), RosterColumn::Followers, Qt::EditRole).toLongLong(), 500000);
        QCOMPARE(cell(s("mei_mei"), RosterColumn::Tier).toString(), TierText::label(Tier::Mega));
        QVERIFY(cell(s("override_guy"), RosterColumn::Tier).toString().startsWith(TierText::label(Tier::Mega)));
        QCOMPARE(cell(s("BeautyQueen"), RosterColumn::Status).toString(), StatusText::label(Status::ActivePartner));
        QCOMPARE(cell(s("mei_mei"), RosterColumn::PriceImage).toString(), s("¥2,000"));
        QCOMPARE(cell(s("foodie_li"), RosterColumn::PriceImage).toString(), s("¥1,234.50"));
        QCOMPARE(cell(s("foodie_li"), RosterColumn::PriceImage, SortValueRole).toLongLong(), 123450);
        QCOMPARE(cell(s("BeautyQueen"), RosterColumn::PriceImage).toString(), s("—"));
        QCOMPARE(cell(s("mei_mei"), RosterColumn::EngagementRate).toString(), s("3.5%"));
        QCOMPARE(cell(s("mei_mei"), RosterColumn::BrandFit).toString(), s("4.5"));
        QCOMPARE(cell(s("mei_mei"), RosterColumn::Agency).toString(), s("星图MCN"));
        QCOMPARE(cell(s("mei_mei"), RosterColumn::Category).toString(), s("Skincare"));
        QCOMPARE(cell(s("mei_mei"), RosterColumn::Followers, Qt::TextAlignmentRole).toInt() & Qt::AlignRight,
                 int(Qt::AlignRight));
        QVERIFY(cell(s("koc_wang"), RosterColumn::Handle, Qt::ForegroundRole).value<QBrush>().color() != QColor(Qt::black));
        QVERIFY(cell(s("koc_wang"), RosterColumn::Handle, Qt::ForegroundRole).isValid());
        QVERIFY(!cell(s("mei_mei"), RosterColumn::Handle, Qt::ForegroundRole).isValid());
        QVERIFY(!cell(s("koc_wang"), RosterColumn::Handle, Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(cell(s("koc_wang"), RosterColumn::Handle, LoadedRole).toBool());
        QVERIFY(cell(s("koc_wang"), RosterColumn::Handle, CreatorIdRole).toLongLong() > 0);
        QCOMPARE(m_model->headerData(toInt(RosterColumn::Followers), Qt::Horizontal).toString(),
                 RosterColumnText::title(RosterColumn::Followers));
        QVERIFY(!(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsEditable));

        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(cell(s("mei_mei"), RosterColumn::Category).toString(), s("护肤"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void manyRows()
    {
        {
            WriteTransaction tx(*m_db);
            QVERIFY(tx.begin(nullptr));
            for (int i = 0; i < 1000; ++i)
                insert({QStringLiteral("bulk_%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("Bulk %1").arg(i),
                        {}, 20000 + i, {}, 1, {}, s("杭州"), s("prospect"), {}, {}, {}, {}, false, {}, {}});
            QVERIFY(tx.commit(nullptr));
        }
        m_model->refresh();
        QVERIFY(m_model->waitForIdle());
        QCOMPARE(m_model->rowCount(), 1007);
        QCOMPARE(m_model->filteredCount(), 1007);
        QCOMPARE(m_model->totalCount(), 1007);

        // Storage order: row 7 + i is bulk_i. A far row is not loaded until asked for.
        const QModelIndex far = m_model->index(7 + 900, toInt(RosterColumn::Handle));
        QCOMPARE(m_model->creatorId(7 + 900), 0);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QCOMPARE(far.data(LoadedRole).toBool(), false);
        QVERIFY(!far.data().isValid());
        QVERIFY(m_model->isBusy());
        QVERIFY(m_model->waitForIdle());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(far.data(LoadedRole).toBool(), true);
        QCOMPARE(far.data().toString(), s("bulk_0900"));
        QVERIFY(m_model->creatorId(7 + 900) > 0);

        // Sorted by followers descending, the filter applied: the last row is the smallest bulk one.
        RosterFilter f;
        f.cities = {s("杭州")};
        m_model->setFilter(f);
        m_model->sort(toInt(RosterColumn::Followers), Qt::DescendingOrder);
        QVERIFY(m_model->waitForIdle());
        QCOMPARE(m_model->rowCount(), 1000);
        const QModelIndex last = m_model->index(999, toInt(RosterColumn::Followers));
        last.data();
        QVERIFY(m_model->waitForIdle());
        QCOMPARE(last.data(Qt::EditRole).toLongLong(), 20000);
        QCOMPARE(m_model->index(0, toInt(RosterColumn::Followers)).data(Qt::EditRole).toLongLong(), 20999);

        // Touch every row: the page cache stays bounded and the tester sees consistent data.
        for (int r = 0; r < m_model->rowCount(); r += 50)
            m_model->index(r, 0).data();
        QVERIFY(m_model->waitForIdle());
        for (int r = 0; r < m_model->rowCount(); r += 50)
            QCOMPARE(m_model->index(r, toInt(RosterColumn::Followers)).data(Qt::EditRole).toLongLong(), 20999 - r);
    }

    void sequentialScroll_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("storage order") << -1 << Qt::AscendingOrder;
        QTest::newRow("storage order desc") << -1 << Qt::DescendingOrder;
        QTest::newRow("nickname asc") << toInt(RosterColumn::Nickname) << Qt::AscendingOrder;
        QTest::newRow("nickname desc") << toInt(RosterColumn::Nickname) << Qt::DescendingOrder;
        QTest::newRow("followers desc") << toInt(RosterColumn::Followers) << Qt::DescendingOrder;
    }

    // Scrolling down page by page (each page starts after the last row of the one above) gives
    // every row exactly once, in order.
    void sequentialScroll()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        {
            WriteTransaction tx(*m_db);
            QVERIFY(tx.begin(nullptr));
            for (int i = 0; i < 1000; ++i) // duplicate nicknames exercise the id tie-breaker
                insert({QStringLiteral("bulk_%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("Bulk %1").arg(i % 300),
                        {}, 20000 + (i * 37) % 500, {}, 1, {}, s("杭州"), s("prospect"), {}, {}, {}, {}, false, {}, {}});
            QVERIFY(tx.commit(nullptr));
        }
        // The expected order, straight from SQL with the same ordering rules.
        QStringList expected;
        {
            QSqlQuery q(m_db->sql());
            const QString dir = order == Qt::DescendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC");
            QString by = QStringLiteral("id %1").arg(dir);
            if (column == toInt(RosterColumn::Nickname))
                by.prepend(QStringLiteral("nickname %1, ").arg(dir));
            else if (column == toInt(RosterColumn::Followers)) // unknown counts as the smallest, on either backend
                by.prepend(QStringLiteral("followers %1 NULLS %2, ").arg(dir, order == Qt::DescendingOrder ? QStringLiteral("LAST")
                                                                                                          : QStringLiteral("FIRST")));
            QVERIFY(q.exec(QStringLiteral("SELECT handle FROM creators ORDER BY ") + by));
            while (q.next())
                expected << q.value(0).toString();
        }
        m_model->refresh();
        m_model->sort(column, order);
        QVERIFY(m_model->waitForIdle());
        QCOMPARE(m_model->rowCount(), 1007);
        QStringList seen;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex i = m_model->index(r, toInt(RosterColumn::Handle));
            if (!i.data(LoadedRole).toBool())
                QVERIFY(m_model->waitForIdle());
            QVERIFY(i.data(LoadedRole).toBool());
            seen << i.data().toString();
        }
        QCOMPARE(seen, expected);
    }

    void refreshSeesNewRow()
    {
        insert({s("newcomer"), s("新人"), {}, 800, {}, {}, {}, s("上海"), s("prospect"), {}, {}, {}, {}, false, {}, {}});
        QCOMPARE(m_model->rowCount(), 7);
        m_model->refresh();
        QCOMPARE(handles().size(), 8);
        QVERIFY(handles().contains(s("newcomer")));
        QCOMPARE(m_model->totalCount(), 8);
    }

    void thresholdsChangeTierFilter()
    {
        RosterFilter f;
        f.tiers = {Tier::Mid};
        m_model->setFilter(f);
        QCOMPARE(sortedHandles(), (QStringList{s("BeautyQueen"), s("foodie_li")}));
        TierThresholds t;
        t.mega = 1000000;
        t.mid = 100000;
        t.micro = 10000;
        m_model->setTierThresholds(t);
        QCOMPARE(sortedHandles(), (QStringList{s("BeautyQueen"), s("mei_mei")}));
        QCOMPARE(cell(s("mei_mei"), RosterColumn::Tier).toString(), TierText::label(Tier::Mid));
    }

    void queryFailureIsReported()
    {
        // A store without the creators table: the failure arrives as a signal, not a crash.
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE creators RENAME TO creators_gone")));
        QSignalSpy failed(m_model.get(), &RosterModel::queryFailed);
        m_model->refresh();
        QVERIFY(m_model->waitForIdle());
        QVERIFY(!failed.isEmpty());
        QCOMPARE(m_model->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRosterModel)
#include "tst_rostermodel.moc"
