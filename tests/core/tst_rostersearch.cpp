// SPDX-License-Identifier: GPL-3.0-or-later
// Roster search through the in-memory search index: Chinese of any length, edits and deletions
// seen after a refresh, results scrolled page by page in sort order, and the SQL path for a
// needle too common to list.
#include "TestDatabase.h"

#include "domain/Creator.h"
#include "roster/RosterModel.h"
#include "roster/RosterQuery.h"
#include "roster/SearchIndex.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace rr;

class TestRosterSearch : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;

    qint64 insert(const QString &handle, const QString &nickname, const QString &notes, qint64 followers,
                  const QString &updatedAt = Database::nowUtc())
    {
        Creator c;
        c.handle = handle;
        c.nickname = nickname;
        c.notes = notes;
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("INSERT INTO creators (handle, nickname, notes, search_text, followers, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : QVariantList{handle, nickname, notes, c.searchText(), followers, updatedAt, updatedAt})
            q.addBindValue(v);
        if (!q.exec())
            qFatal("insert failed: %s", qPrintable(q.lastError().text()));
        return q.lastInsertId().toLongLong();
    }

    QStringList handles(RosterModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r, toInt(RosterColumn::Handle));
            if (!i.data(LoadedRole).toBool())
                model.waitForIdle();
            out << i.data().toString();
        }
        return out;
    }

    QStringList search(RosterModel &model, const QString &needle)
    {
        RosterFilter f;
        f.search = needle;
        model.setFilter(f);
        [&] { QVERIFY(model.waitForIdle()); }();
        QStringList h = handles(model);
        h.sort();
        return h;
    }

private slots:
    void init()
    {
        QVERIFY(m_scratch.isValid());
        const QString name = QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite");
        StoreError error;
        m_db = m_scratch.open(name, &error);
        QVERIFY2(m_db, qPrintable(error.message + error.detail));
        insert(QStringLiteral("mei_mei"), QStringLiteral("小美酱"), QStringLiteral("护肤达人"), 500000);
        insert(QStringLiteral("BeautyQueen"), QStringLiteral("Queen"), QStringLiteral("喜欢小美的风格"), 499999);
        insert(QStringLiteral("foodie_li"), QStringLiteral("李吃货"), QString(), 50000);
    }
    void cleanup() { m_db.reset(); }

    void indexFindsSubstrings()
    {
        SearchIndex index;
        QString error;
        QVERIFY2(index.sync(*m_db, &error), qPrintable(error));
        QCOMPARE(index.entryCount(), 3);
        QCOMPARE(index.find(QStringLiteral("美")).size(), 2);     // one character
        QCOMPARE(index.find(QStringLiteral("小美")).size(), 2);   // nickname of one, notes of the other
        QCOMPARE(index.find(QStringLiteral("QUEEN")).size(), 1);  // latin, any case
        QCOMPARE(index.find(QStringLiteral("吃货")).size(), 1);
        QCOMPARE(index.find(QStringLiteral("不存在")).size(), 0);
        // A needle never spans two creators' texts.
        QCOMPARE(index.find(QStringLiteral("风格\nfoodie")).size(), 0);
        QVERIFY(index.memoryBytes() > 0);
    }

    void indexSyncsEditsIncrementally()
    {
        SearchIndex index;
        QVERIFY(index.sync(*m_db, nullptr));
        // An edit a second later, as the repository writes it.
        const QString later = QDateTime::currentDateTimeUtc().addSecs(5).toString(Qt::ISODateWithMs);
        const qint64 id = insert(QStringLiteral("late"), QStringLiteral("晚到的博主"), QString(), 10, later);
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("UPDATE creators SET nickname = ?, search_text = ?, updated_at = ? WHERE handle = ?"));
        q.addBindValue(QStringLiteral("阿May"));
        q.addBindValue(QStringLiteral("mei_mei\n阿may"));
        q.addBindValue(later);
        q.addBindValue(QStringLiteral("mei_mei"));
        QVERIFY(q.exec());
        QVERIFY(index.sync(*m_db, nullptr));
        QCOMPARE(index.find(QStringLiteral("晚到")), QList<qint64>{id});
        QCOMPARE(index.find(QStringLiteral("小美")).size(), 1);  // the old nickname is gone
        QCOMPARE(index.find(QStringLiteral("阿may")).size(), 1);
        QCOMPARE(index.entryCount(), 5); // the replaced entry stays until compaction
    }

    void modelSearchesThroughIndex()
    {
        RosterModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.waitForIdle());
        QCOMPARE(search(model, QStringLiteral("小美")), (QStringList{QStringLiteral("BeautyQueen"), QStringLiteral("mei_mei")}));
        QCOMPARE(model.filteredCount(), 2);
        QCOMPARE(search(model, QStringLiteral("美")).size(), 2);
        QCOMPARE(search(model, QStringLiteral("queen")), QStringList{QStringLiteral("BeautyQueen")});
        QVERIFY(search(model, QStringLiteral("没有这个人")).isEmpty());
        QCOMPARE(model.filteredCount(), 0);

        // Deleted and edited creators show correctly after a refresh.
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM creators WHERE handle = 'mei_mei'")));
        model.refresh();
        QCOMPARE(search(model, QStringLiteral("小美")), QStringList{QStringLiteral("BeautyQueen")});
        QCOMPARE(model.filteredCount(), 1);
        QCOMPARE(model.totalCount(), 2);
    }

    void searchResultsScrollInSortOrder()
    {
        {
            WriteTransaction tx(*m_db);
            QVERIFY(tx.begin(nullptr));
            for (int i = 0; i < 1000; ++i)
                insert(QStringLiteral("bulk_%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("批量博主%1").arg(i),
                       QString(), 20000 + (i * 37) % 1000);
            QVERIFY(tx.commit(nullptr));
        }
        RosterModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(toInt(RosterColumn::Followers), Qt::DescendingOrder);
        RosterFilter f;
        f.search = QStringLiteral("批量");
        f.minFollowers = 20500;
        model.setFilter(f);
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.filteredCount(), 500);
        QCOMPARE(model.rowCount(), 500); // known at once: no count to wait for
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r, toInt(RosterColumn::Followers));
            if (!i.data(LoadedRole).toBool())
                QVERIFY(model.waitForIdle());
            const qint64 followers = i.data(Qt::EditRole).toLongLong();
            QVERIFY(followers >= 20500);
            QVERIFY(followers <= previous);
            previous = followers;
            QVERIFY(model.index(r, toInt(RosterColumn::Nickname)).data().toString().startsWith(QStringLiteral("批量")));
        }
    }

    // A whole selection resolves to ids, also for rows whose pages were never loaded.
    void creatorIdsCoverUnloadedRows()
    {
        {
            WriteTransaction tx(*m_db);
            QVERIFY(tx.begin(nullptr));
            for (int i = 0; i < 1000; ++i)
                insert(QStringLiteral("sel_%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("选择%1").arg(i),
                       QString(), 1000 + i);
            QVERIFY(tx.commit(nullptr));
        }
        QList<qint64> expected;
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM creators ORDER BY followers DESC, id DESC")));
        while (q.next())
            expected << q.value(0).toLongLong();
        RosterModel model(*m_db);
        model.sort(toInt(RosterColumn::Followers), Qt::DescendingOrder);
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.rowCount(), 1003);
        QCOMPARE(model.creatorIds({{0, 1002}}), expected);
        QCOMPARE(model.creatorIds({{5, 9}, {900, 901}}), expected.mid(5, 5) + expected.mid(900, 2));
        // The same through a search answered by the search index.
        RosterFilter f;
        f.search = QStringLiteral("选择");
        model.setFilter(f);
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.creatorIds({{0, 999}}), expected.mid(3, 1000)); // the three seeded rows have more followers
    }

    // The tier column sorts by the tier as shown: a manual tier counts, then followers.
    void tierSortHonoursManualTier()
    {
        const qint64 id = insert(QStringLiteral("manual_mega"), QStringLiteral("手动头部"), QString(), 1000);
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("UPDATE creators SET tier_override = 'mega' WHERE id = ?"));
        q.addBindValue(id);
        QVERIFY(q.exec());
        RosterModel model(*m_db);
        model.sort(toInt(RosterColumn::Tier), Qt::DescendingOrder);
        QVERIFY(model.waitForIdle());
        QCOMPARE(handles(model), (QStringList{QStringLiteral("mei_mei"), QStringLiteral("manual_mega"),
                                              QStringLiteral("BeautyQueen"), QStringLiteral("foodie_li")}));
        model.sort(toInt(RosterColumn::Tier), Qt::AscendingOrder);
        QVERIFY(model.waitForIdle());
        QCOMPARE(handles(model), (QStringList{QStringLiteral("foodie_li"), QStringLiteral("BeautyQueen"),
                                              QStringLiteral("manual_mega"), QStringLiteral("mei_mei")}));
        // Through the search index path too.
        RosterFilter f;
        f.search = QStringLiteral("_");
        model.setFilter(f);
        QVERIFY(model.waitForIdle());
        QCOMPARE(handles(model), (QStringList{QStringLiteral("foodie_li"), QStringLiteral("manual_mega"), QStringLiteral("mei_mei")}));
    }

    void commonNeedleUsesSqlPath()
    {
        const int n = RosterQuery::maxIndexedMatches + 25;
        {
            WriteTransaction tx(*m_db);
            QVERIFY(tx.begin(nullptr));
            QSqlQuery q(m_db->sql());
            q.prepare(QStringLiteral("INSERT INTO creators (handle, nickname, search_text, followers, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
            const QString now = Database::nowUtc();
            for (int i = 0; i < n; ++i) {
                const QString handle = QStringLiteral("common_%1").arg(i);
                q.addBindValue(handle);
                q.addBindValue(handle);
                q.addBindValue(handle);
                q.addBindValue(i);
                q.addBindValue(now);
                q.addBindValue(now);
                QVERIFY(q.exec());
            }
            QVERIFY(tx.commit(nullptr));
        }
        RosterModel model(*m_db);
        RosterFilter f;
        f.search = QStringLiteral("common_");
        model.setFilter(f);
        QVERIFY(model.waitForIdle(60000));
        QCOMPARE(model.filteredCount(), n);
        QCOMPARE(model.rowCount(), n);
        const QModelIndex far = model.index(n - 1, toInt(RosterColumn::Handle));
        far.data();
        QVERIFY(model.waitForIdle());
        QVERIFY(far.data().toString().startsWith(QStringLiteral("common_")));
    }
};

QTEST_GUILESS_MAIN(TestRosterSearch)
#include "tst_rostersearch.moc"
