// SPDX-License-Identifier: GPL-3.0-or-later
// Analytics at scale (issue 5 §4): a database of N creators (default 100,000) with campaigns,
// collaborations, posts and M post-metric snapshots (default 1,000,000), then each analytics
// query timed through AnalyticsQueries beside the same SQL run straight through QSqlQuery in
// the same run (median of 3). Prints figures, never asserts on time.
// Usage: bench_analytics [--creators N] [--snapshots M] [--db PATH] [--keep]
#include "analytics/AnalyticsQueries.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace rr;

namespace {

void out(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool exec(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (q.exec())
        return true;
    out(QStringLiteral("failed: %1\n%2").arg(q.lastError().text(), sql.left(300)));
    return false;
}

// Fills the database in a few set-based statements (recursive counters, SQLite's random()).
bool fill(const Database &db, qint64 creators, qint64 snapshots)
{
    const qint64 posts = std::max<qint64>(1, snapshots / 5);
    const qint64 collaborations = std::max<qint64>(1, posts / 4);
    const qint64 campaigns = std::max<qint64>(1, collaborations / 250);
    const QString seq = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) ");
    return exec(db, QStringLiteral("BEGIN"))
           && exec(db, seq + QStringLiteral(
                             "INSERT INTO creators (handle, nickname, followers, primary_category_id, owner, city, "
                             "avg_engagement_rate, created_at, updated_at) SELECT 'h' || i, '博主' || i, "
                             "abs(random() % 900000) + 500, 1 + abs(random() % 12), 'owner' || (i % 5), 'city' || (i % 30), "
                             "(abs(random() % 1000) + 1) / 10000.0, 'now', 'now' FROM n"),
                   {creators})
           && exec(db, seq + QStringLiteral(
                             "INSERT INTO campaigns (name, objective, starts_on, ends_on, budget_fen, status, created_at, updated_at) "
                             "SELECT 'Campaign ' || i, CASE i % 3 WHEN 0 THEN 'awareness' WHEN 1 THEN 'conversion' ELSE 'seeding' END, "
                             "date('2024-01-01', '+' || (i * 3) || ' days'), date('2024-01-01', '+' || (i * 3 + 30) || ' days'), "
                             "100000000, 'closed', 'now', 'now' FROM n"),
                   {campaigns})
           && exec(db, seq + QStringLiteral(
                             "INSERT OR IGNORE INTO collaborations (campaign_id, creator_id, fee_fen, reliability, brand_fit, "
                             "contracted_posts, delivered_posts, created_at, updated_at) SELECT 1 + (i % ?), "
                             "1 + abs(random() % ?), 100000 + abs(random() % 5000000), 1 + abs(random() % 5), 1 + abs(random() % 5), "
                             "4, 4, 'now', 'now' FROM n"),
                   {collaborations, campaigns, creators})
           && exec(db, seq + QStringLiteral(
                             "INSERT INTO posts (collaboration_id, creator_id, format, published_on) "
                             "SELECT k.id, k.creator_id, CASE n.i % 2 WHEN 0 THEN 'image' ELSE 'video' END, "
                             "date(m.starts_on, '+' || (n.i % 30) || ' days') FROM n "
                             "JOIN collaborations k ON k.id = 1 + (n.i % (SELECT MAX(id) FROM collaborations)) "
                             "JOIN campaigns m ON m.id = k.campaign_id"),
                   {posts})
           && exec(db, QStringLiteral(
                           "WITH RECURSIVE s(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM s WHERE j < 5) "
                           "INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves, shares, clicks, source) "
                           "SELECT p.id, date(p.published_on, '+' || (s.j * 3) || ' days'), 1000 * s.j + abs(random() % 50000), "
                           "50 * s.j + abs(random() % 2000), 5 * s.j + abs(random() % 200), 20 * s.j + abs(random() % 1000), "
                           "abs(random() % 100), abs(random() % 300), 'manual' FROM posts p, s"))
           && exec(db, QStringLiteral("COMMIT")) && exec(db, QStringLiteral("ANALYZE"));
}

double medianMs(const std::function<bool()> &f)
{
    QList<double> ms;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        if (!f())
            return -1;
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("creators"), QStringLiteral("Creators."), QStringLiteral("n"), QStringLiteral("100000")});
    p.addOption({QStringLiteral("snapshots"), QStringLiteral("Post metric snapshots."), QStringLiteral("m"), QStringLiteral("1000000")});
    p.addOption({QStringLiteral("db"), QStringLiteral("Database file (kept)."), QStringLiteral("path")});
    p.process(app);

    QTemporaryDir tmp;
    const QString path = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : tmp.filePath(QStringLiteral("a.sqlite"));
    StoreError err;
    auto db = Database::open(ConnectionSpec::sqlite(path), &err);
    if (!db) {
        out(err.message);
        return 1;
    }
    {
        QSqlQuery q(db->sql());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM post_metrics"));
        if (!q.next() || q.value(0).toLongLong() == 0) {
            QElapsedTimer t;
            t.start();
            if (!fill(*db, p.value(QStringLiteral("creators")).toLongLong(), p.value(QStringLiteral("snapshots")).toLongLong()))
                return 1;
            out(QStringLiteral("filled in %1 s").arg(double(t.elapsed()) / 1000.0, 0, 'f', 1));
        }
        for (const char *table : {"creators", "collaborations", "posts", "post_metrics"}) {
            q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
            q.next();
            out(QStringLiteral("%1: %2").arg(QLatin1String(table), -16).arg(q.value(0).toLongLong()));
        }
    }

    AnalyticsQueries a(*db);
    AnalyticsFilter none;
    AnalyticsFilter oneCampaign;
    oneCampaign.campaignIds = {7};
    AnalyticsFilter midSkincare;
    midSkincare.tiers = {Tier::Mid};
    midSkincare.categoryIds = {1};
    // The bare reference: the facts prefix and a plain grouped count, straight through QSqlQuery.
    const auto bare = [&](const QString &select) {
        return [&db, &a, select] {
            QVariantList binds;
            const QString sql = a.factsSql(&binds) + select;
            QSqlQuery q(db->sql());
            q.setForwardOnly(true);
            q.prepare(sql);
            for (const QVariant &v : binds)
                q.addBindValue(v);
            if (!q.exec())
                return false;
            while (q.next()) {}
            return true;
        };
    };
    struct Case { QString name; std::function<bool()> model; std::function<bool()> reference; };
    QList<TrendPoint> t;
    QList<GroupStats> g;
    QList<CostPoint> c;
    QList<RankedCreator> r;
    const QList<Case> cases{
        {QStringLiteral("trend by month, all posts"), [&] { return a.trend(none, Period::Month, TrendGroup::None, &t, &err); },
         bare(QStringLiteral("SELECT substr(day, 1, 7), COUNT(*) FROM facts GROUP BY 1"))},
        {QStringLiteral("trend by week, one campaign"), [&] { return a.trend(oneCampaign, Period::Week, TrendGroup::None, &t, &err); },
         bare(QStringLiteral("SELECT day, COUNT(*) FROM facts WHERE campaign_id = 7 GROUP BY 1"))},
        {QStringLiteral("trend by month per tier"), [&] { return a.trend(none, Period::Month, TrendGroup::Tier, &t, &err); },
         bare(QStringLiteral("SELECT tier, substr(day, 1, 7), COUNT(*) FROM facts GROUP BY 1, 2"))},
        {QStringLiteral("medians by tier"), [&] { return a.compare(none, CompareBy::Tier, &g, &err); },
         bare(QStringLiteral("SELECT tier, COUNT(*) FROM facts GROUP BY 1"))},
        {QStringLiteral("medians by category, mid tier"), [&] { return a.compare(midSkincare, CompareBy::Category, &g, &err); },
         bare(QStringLiteral("SELECT category_id, COUNT(*) FROM facts WHERE tier = 'mid' GROUP BY 1"))},
        {QStringLiteral("cost efficiency"), [&] { return a.costEfficiency(none, &c, &err); },
         bare(QStringLiteral("SELECT collaboration_id, SUM(engagements) FROM facts GROUP BY 1"))},
        {QStringLiteral("rank by save rate"), [&] { return a.rank(none, RankBy::SaveRate, 3, 50, &r, &err); },
         bare(QStringLiteral("SELECT creator_id, SUM(saves) FROM facts GROUP BY 1"))},
        {QStringLiteral("rank by reliability"), [&] { return a.rank(none, RankBy::Reliability, 2, 50, &r, &err); },
         bare(QStringLiteral("SELECT creator_id, COUNT(*) FROM facts GROUP BY 1"))},
    };
    out(QStringLiteral("%1 | %2 | %3 | %4").arg(QStringLiteral("query"), -32).arg(QStringLiteral("model ms"), 9)
            .arg(QStringLiteral("bare SQL ms"), 11).arg(QStringLiteral("ratio"), 5));
    for (const Case &k : cases) {
        const double m = medianMs(k.model);
        const double b = medianMs(k.reference);
        out(QStringLiteral("%1 | %2 | %3 | %4").arg(k.name, -32).arg(m, 9, 'f', 1).arg(b, 11, 'f', 1)
                .arg(b > 0 ? m / b : 0.0, 5, 'f', 2));
    }
    return 0;
}
