// SPDX-License-Identifier: GPL-3.0-or-later
// post_facts is kept by the store's triggers: after every kind of write that changes a measured
// post's figures, grouping or fee share, the table equals a recomputation from scratch (and the
// changed figure is checked by value, so an empty or frozen table cannot pass).
#include "TestDatabase.h"

#include "store/Database.h"
#include "store/PostFacts.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace rr;

class TestPostFacts : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void followsEveryWrite();
    void rebuildRepairs();

private:
    qint64 exec(const QString &sql, const QVariantList &binds = {});
    QVariant fact(qint64 postId, const char *column);
    QList<QVariantList> rows();
    bool consistent();

    test::TestDatabase m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
};

void TestPostFacts::init()
{
    StoreError err;
    m_db = m_scratch.open(QStringLiteral("f.sqlite"), &err);
    QVERIFY2(m_db, qPrintable(err.message + err.detail));
    const QString now = QStringLiteral("2026-01-01T00:00:00Z");
    QCOMPARE(exec(QStringLiteral("INSERT INTO creators (nickname, followers, owner, primary_category_id, created_at,"
                                 " updated_at) VALUES ('a', 60000, 'Ann', 1, ?, ?)"), {now, now}), 1);
    QCOMPARE(exec(QStringLiteral("INSERT INTO campaigns (name, objective, created_at, updated_at)"
                                 " VALUES ('c1', 'seeding', ?, ?)"), {now, now}), 1);
    QCOMPARE(exec(QStringLiteral("INSERT INTO collaborations (campaign_id, creator_id, fee_fen, created_at, updated_at)"
                                 " VALUES (1, 1, 1000000, ?, ?)"), {now, now}), 1);
    QCOMPARE(exec(QStringLiteral("INSERT INTO posts (collaboration_id, creator_id, published_on) VALUES (1, 1, '2025-01-05')")), 1);
    QCOMPARE(exec(QStringLiteral("INSERT INTO posts (creator_id, published_on) VALUES (1, '2025-02-01')")), 2);
}

void TestPostFacts::cleanup()
{
    m_db.reset();
    m_scratch.remove(QStringLiteral("f.sqlite"));
}

qint64 TestPostFacts::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->sql());
    if (!q.prepare(sql)) {
        qWarning() << q.lastError().text();
        return -1;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

QVariant TestPostFacts::fact(qint64 postId, const char *column)
{
    // `column` is one of this test's literals.
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT %1 FROM post_facts WHERE post_id = ?").arg(QLatin1String(column)));
    q.addBindValue(postId);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

QList<QVariantList> TestPostFacts::rows()
{
    QList<QVariantList> out;
    QSqlQuery q(m_db->sql());
    q.exec(QStringLiteral("SELECT * FROM post_facts ORDER BY post_id"));
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

// The trigger-kept rows equal a rebuild from scratch.
bool TestPostFacts::consistent()
{
    const QList<QVariantList> kept = rows();
    for (const QString &sql : PostFacts::rebuildStatements()) {
        if (exec(sql) < 0)
            return false;
    }
    const QList<QVariantList> rebuilt = rows();
    if (kept != rebuilt)
        qWarning() << "kept" << kept << "\nrebuilt" << rebuilt;
    return kept == rebuilt;
}

void TestPostFacts::followsEveryWrite()
{
    QVERIFY(rows().isEmpty()); // no post is measured yet
    QVERIFY(consistent());

    // A snapshot makes a fact; the post carries the whole fee while alone in its collaboration.
    const qint64 s1 = exec(QStringLiteral("INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves, shares)"
                                          " VALUES (1, '2025-01-12', 1000, 50, 5, 20, 2)"));
    QCOMPARE(fact(1, "views").toInt(), 1000);
    QCOMPARE(fact(1, "cost_fen").toDouble(), 1000000.0);
    QCOMPARE(fact(1, "objective").toString(), QStringLiteral("seeding"));
    QCOMPARE(fact(1, "owner").toString(), QStringLiteral("Ann"));
    QVERIFY(consistent());
    // An older snapshot does not replace the latest.
    exec(QStringLiteral("INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves, shares)"
                        " VALUES (1, '2025-01-08', 400, 10, 1, 4, 0)"));
    QCOMPARE(fact(1, "views").toInt(), 1000);
    QVERIFY(consistent());

    // A second post in the collaboration halves the first one's share, measured or not.
    exec(QStringLiteral("INSERT INTO posts (collaboration_id, creator_id, published_on) VALUES (1, 1, '2025-01-20')"));
    QCOMPARE(fact(1, "cost_fen").toDouble(), 500000.0);
    QVERIFY(consistent());

    // Editing the latest snapshot's counts.
    exec(QStringLiteral("UPDATE post_metrics SET saves = 33 WHERE id = ?"), {s1});
    QCOMPARE(fact(1, "saves").toInt(), 33);
    QVERIFY(consistent());

    // The creator's followers, override, category and owner.
    exec(QStringLiteral("UPDATE creators SET followers = 700000, owner = 'Ben', primary_category_id = 2 WHERE id = 1"));
    QCOMPARE(fact(1, "followers").toInt(), 700000);
    QCOMPARE(fact(1, "owner").toString(), QStringLiteral("Ben"));
    QCOMPARE(fact(1, "category_id").toInt(), 2);
    exec(QStringLiteral("UPDATE creators SET tier_override = 'micro' WHERE id = 1"));
    QCOMPARE(fact(1, "tier_override").toString(), QStringLiteral("micro"));
    QVERIFY(consistent());

    // The fee, the collaboration's own objective, then the campaign's objective under it.
    exec(QStringLiteral("UPDATE collaborations SET fee_fen = 300000 WHERE id = 1"));
    QCOMPARE(fact(1, "cost_fen").toDouble(), 150000.0);
    exec(QStringLiteral("UPDATE campaigns SET objective = 'awareness' WHERE id = 1"));
    QCOMPARE(fact(1, "objective").toString(), QStringLiteral("awareness"));
    exec(QStringLiteral("UPDATE collaborations SET objective = 'conversion' WHERE id = 1"));
    QCOMPARE(fact(1, "objective").toString(), QStringLiteral("conversion"));
    QVERIFY(consistent());

    // Moving the post to another collaboration: its share there, and the date.
    const QString now = QStringLiteral("2026-01-01T00:00:00Z");
    exec(QStringLiteral("INSERT INTO campaigns (name, objective, created_at, updated_at) VALUES ('c2', 'seeding', ?, ?)"),
         {now, now});
    exec(QStringLiteral("INSERT INTO collaborations (campaign_id, creator_id, fee_fen, created_at, updated_at)"
                        " VALUES (2, 1, 80000, ?, ?)"), {now, now});
    exec(QStringLiteral("UPDATE posts SET collaboration_id = 2, published_on = '2025-03-01' WHERE id = 1"));
    QCOMPARE(fact(1, "campaign_id").toInt(), 2);
    QCOMPARE(fact(1, "cost_fen").toDouble(), 80000.0);
    QCOMPARE(fact(1, "day").toString(), QStringLiteral("2025-03-01"));
    QVERIFY(consistent());

    // A post without a collaboration is measured with no cost.
    exec(QStringLiteral("INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves, shares)"
                        " VALUES (2, '2025-02-08', 500, 5, 0, 1, 0)"));
    QCOMPARE(fact(2, "views").toInt(), 500);
    QVERIFY(fact(2, "cost_fen").isNull());
    QVERIFY(consistent());

    // Deleting the latest snapshot falls back to the earlier one; deleting all removes the fact.
    exec(QStringLiteral("DELETE FROM post_metrics WHERE id = ?"), {s1});
    QCOMPARE(fact(1, "views").toInt(), 400);
    QVERIFY(consistent());
    exec(QStringLiteral("DELETE FROM post_metrics WHERE post_id = 1"));
    QVERIFY(!fact(1, "views").isValid());
    QVERIFY(consistent());

    // Deleting a post, and a campaign with everything under it.
    exec(QStringLiteral("DELETE FROM posts WHERE id = 2"));
    QVERIFY(!fact(2, "views").isValid());
    exec(QStringLiteral("INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves, shares)"
                        " VALUES (3, '2025-01-25', 900, 9, 9, 9, 9)"));
    QCOMPARE(fact(3, "cost_fen").toDouble(), 300000.0); // p1 moved away: p3 is alone in collaboration 1
    QVERIFY(consistent());
    exec(QStringLiteral("DELETE FROM campaigns WHERE id = 1"));
    QVERIFY(rows().isEmpty());
    QVERIFY(consistent());
}

void TestPostFacts::rebuildRepairs()
{
    exec(QStringLiteral("INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves, shares)"
                        " VALUES (1, '2025-01-12', 1000, 50, 5, 20, 2)"));
    exec(QStringLiteral("INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves, shares)"
                        " VALUES (2, '2025-02-12', 300, 3, 0, 1, 0)"));
    const QList<QVariantList> kept = rows();
    QCOMPARE(kept.size(), 2);
    exec(QStringLiteral("DELETE FROM post_facts"));
    exec(QStringLiteral("INSERT INTO post_facts (post_id, creator_id, views) VALUES (99, 1, 5)")); // a stray row
    for (const QString &sql : PostFacts::rebuildStatements())
        QVERIFY(exec(sql) >= 0);
    QCOMPARE(rows(), kept);
}

QTEST_GUILESS_MAIN(TestPostFacts)
#include "tst_postfacts.moc"
