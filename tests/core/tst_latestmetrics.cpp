// SPDX-License-Identifier: GPL-3.0-or-later
// posts.latest_metrics_id is kept by the store's triggers: inserts in and out of date order,
// edits of the date or the post, deleting the latest or another snapshot, deleting the post;
// and a version-1 file gets it backfilled on upgrade.
#include "TestDatabase.h"

#include "store/Database.h"
#include "store/LatestMetrics.h"

#include <QSqlQuery>
#include <QTest>

using namespace rr;

class TestLatestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void followsEveryWrite();
    void backfillRepairs();

private:
    qint64 exec(const QString &sql, const QVariantList &binds = {});
    QVariant latest(qint64 postId);
    qint64 snapshot(qint64 postId, const QString &asOf);

    test::TestDatabase m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
};

void TestLatestMetrics::init()
{
    StoreError err;
    m_db = m_scratch.open(QStringLiteral("l.sqlite"), &err);
    QVERIFY2(m_db, qPrintable(err.message + err.detail));
    exec(QStringLiteral("INSERT INTO creators (nickname, created_at, updated_at) VALUES ('a', 'now', 'now')"));
    exec(QStringLiteral("INSERT INTO posts (creator_id, published_on) VALUES (1, '2025-01-01')"));
    exec(QStringLiteral("INSERT INTO posts (creator_id, published_on) VALUES (1, '2025-02-01')"));
}

void TestLatestMetrics::cleanup()
{
    m_db.reset();
    m_scratch.remove(QStringLiteral("l.sqlite"));
}

qint64 TestLatestMetrics::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->sql());
    if (!q.prepare(sql))
        return -1;
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return -1;
    return q.lastInsertId().toLongLong();
}

QVariant TestLatestMetrics::latest(qint64 postId)
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT latest_metrics_id FROM posts WHERE id = ?"));
    q.addBindValue(postId);
    return q.exec() && q.next() ? q.value(0) : QVariant(QStringLiteral("missing"));
}

qint64 TestLatestMetrics::snapshot(qint64 postId, const QString &asOf)
{
    return exec(QStringLiteral("INSERT INTO post_metrics (post_id, as_of, views) VALUES (?, ?, 100)"), {postId, asOf});
}

void TestLatestMetrics::followsEveryWrite()
{
    QVERIFY(latest(1).isNull());
    const qint64 jan10 = snapshot(1, QStringLiteral("2025-01-10"));
    QCOMPARE(latest(1).toLongLong(), jan10);
    const qint64 jan05 = snapshot(1, QStringLiteral("2025-01-05")); // older, arrives later
    QCOMPARE(latest(1).toLongLong(), jan10);
    const qint64 jan20 = snapshot(1, QStringLiteral("2025-01-20"));
    QCOMPARE(latest(1).toLongLong(), jan20);
    const qint64 jan20b = snapshot(1, QStringLiteral("2025-01-20")); // same day: the greater id wins
    QCOMPARE(latest(1).toLongLong(), jan20b);
    QVERIFY(latest(2).isNull());

    // Deleting the latest falls back to the next; deleting another leaves it.
    exec(QStringLiteral("DELETE FROM post_metrics WHERE id = ?"), {jan20b});
    QCOMPARE(latest(1).toLongLong(), jan20);
    exec(QStringLiteral("DELETE FROM post_metrics WHERE id = ?"), {jan05});
    QCOMPARE(latest(1).toLongLong(), jan20);

    // Moving a date: an older one becomes the latest, the latest becomes older.
    exec(QStringLiteral("UPDATE post_metrics SET as_of = '2025-03-01' WHERE id = ?"), {jan10});
    QCOMPARE(latest(1).toLongLong(), jan10);
    exec(QStringLiteral("UPDATE post_metrics SET as_of = '2024-12-01' WHERE id = ?"), {jan10});
    QCOMPARE(latest(1).toLongLong(), jan20);
    // A metric edit keeps it.
    exec(QStringLiteral("UPDATE post_metrics SET views = 5 WHERE id = ?"), {jan20});
    QCOMPARE(latest(1).toLongLong(), jan20);

    // Moving a snapshot to another post updates both posts.
    exec(QStringLiteral("UPDATE post_metrics SET post_id = 2 WHERE id = ?"), {jan20});
    QCOMPARE(latest(1).toLongLong(), jan10);
    QCOMPARE(latest(2).toLongLong(), jan20);

    // Deleting the last snapshot leaves none; deleting a post takes its snapshots along.
    exec(QStringLiteral("DELETE FROM post_metrics WHERE id = ?"), {jan10});
    QVERIFY(latest(1).isNull());
    exec(QStringLiteral("DELETE FROM posts WHERE id = 2"));
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM post_metrics")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestLatestMetrics::backfillRepairs()
{
    const qint64 a = snapshot(1, QStringLiteral("2025-01-10"));
    const qint64 b = snapshot(1, QStringLiteral("2025-01-03"));
    Q_UNUSED(b);
    const qint64 c = snapshot(2, QStringLiteral("2025-02-03"));
    // As a version-1 file would be: no value at all.
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE posts SET latest_metrics_id = NULL")));
    QVERIFY(q.exec(LatestMetrics::backfillStatement()));
    QCOMPARE(latest(1).toLongLong(), a);
    QCOMPARE(latest(2).toLongLong(), c);
}

QTEST_GUILESS_MAIN(TestLatestMetrics)
#include "tst_latestmetrics.moc"
