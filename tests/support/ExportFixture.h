// SPDX-License-Identifier: GPL-3.0-or-later
// A small database for the export tests (tst_exports, tst_exportcli), written with bound SQL:
// four creators, three of them with formula-looking text, two campaigns, posts with two
// snapshots, a shortlist, vetting, history and tags. Figures the tests compare by hand:
//   campaign "Spring" (seeding), collaboration of creator xhs001: fee ¥3,000, 2 contracted,
//   2 delivered; post 1 latest: views 10000 likes 300 comments 50 saves 150 shares 20 (an older
//   snapshot views 1000 likes 10 comments 5 saves 5); post 2: views 5000 likes 100 comments 20
//   saves 80 → views 15000, engagements 700, saves 230, ER 700/15000, SR 230/15000, CPE 3000/700.
//   collaboration of creator xhs002: fee ¥1,000, 1 contracted, 0 delivered, no posts.
#pragma once

#include "store/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace rr::test {

class ExportFixture
{
public:
    explicit ExportFixture(Database &db) : m_db(db) {}

    qint64 exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db.sql());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec()) {
            if (m_error.isEmpty())
                m_error = sql + QStringLiteral(": ") + q.lastError().text();
            return 0;
        }
        return q.lastInsertId().toLongLong();
    }
    QString error() const { return m_error; }
    qint64 id(const QString &name) const { return m_ids.value(name); }

    bool build()
    {
        const QString now = QStringLiteral("2026-03-20T08:00:00Z");
        const QVariant null;
        const qint64 skincare = scalar(QStringLiteral("SELECT id FROM categories WHERE key = 'skincare'"));
        const qint64 makeup = scalar(QStringLiteral("SELECT id FROM categories WHERE key = 'makeup'"));
        const QString insertCreator = QStringLiteral(
            "INSERT INTO creators (handle, nickname, real_name, phone, email, wechat, followers, status, city, "
            "primary_category_id, price_image_fen, avg_engagement_rate, notes, owner, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_ids[QStringLiteral("c1")] = exec(insertCreator,
            {QStringLiteral("xhs001"), QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("王小红"),
             QStringLiteral("+86 138 0000 0000"), QStringLiteral("wang@example.com"), QStringLiteral("wxid_wang"),
             600000, QStringLiteral("active"), QStringLiteral("上海"), skincare, 200000, 0.05,
             QStringLiteral("likes, \"quotes\"\nand lines"), QStringLiteral("Lin"), now, now});
        m_ids[QStringLiteral("c2")] = exec(insertCreator,
            {QStringLiteral("xhs002"), QStringLiteral("+SUM(1)"), null, QStringLiteral("+8613800000000"), null, null,
             20000, QStringLiteral("prospect"), QStringLiteral("北京"), null, null, null, QStringLiteral("@cmd"),
             QStringLiteral("Lin"), now, now});
        m_ids[QStringLiteral("c3")] = exec(insertCreator,
            {QStringLiteral("xhs003"), QStringLiteral("-2+3"), QStringLiteral("\tTabbed"), null, null, null, 5000,
             QStringLiteral("prospect"), null, null, null, null, null, null, now, now});
        m_ids[QStringLiteral("c4")] = exec(insertCreator,
            {QStringLiteral("xhs004"), QStringLiteral("普通博主"), null, null, null, null, null,
             QStringLiteral("paused"), null, null, null, null, null, null, now, now});
        const qint64 c1 = id(QStringLiteral("c1"));
        const qint64 c2 = id(QStringLiteral("c2"));
        // What CreatorWriter keeps for the roster's search.
        exec(QStringLiteral("UPDATE creators SET search_text = lower(coalesce(handle, '') || '|' || nickname || '|' || "
                            "coalesce(real_name, '') || '|' || coalesce(notes, ''))"));

        exec(QStringLiteral("INSERT INTO creator_categories (creator_id, category_id) VALUES (?, ?)"), {c1, makeup});
        const qint64 vip = exec(QStringLiteral("INSERT INTO tags (name) VALUES ('vip')"));
        const qint64 beauty = exec(QStringLiteral("INSERT INTO tags (name) VALUES ('beauty')"));
        exec(QStringLiteral("INSERT INTO creator_tags (creator_id, tag_id) VALUES (?, ?)"), {c1, vip});
        exec(QStringLiteral("INSERT INTO creator_tags (creator_id, tag_id) VALUES (?, ?)"), {c1, beauty});
        exec(QStringLiteral("INSERT INTO creator_tags (creator_id, tag_id) VALUES (?, ?)"), {c2, vip});
        for (const auto &[day, n] : {std::pair{"2026-01-01", 500000}, std::pair{"2026-03-01", 600000}})
            exec(QStringLiteral("INSERT INTO follower_snapshots (creator_id, as_of, followers) VALUES (?, ?, ?)"),
                 {c1, QLatin1String(day), n});
        exec(QStringLiteral("INSERT INTO follower_snapshots (creator_id, as_of, followers) VALUES (?, '2026-03-01', 20000)"),
             {c2});
        exec(QStringLiteral("INSERT INTO vetting (creator_id, comment_quality, notes) VALUES (?, 4, 'solid comments')"),
             {c1});
        const qint64 list = exec(QStringLiteral("INSERT INTO shortlists (name, purpose, created_at) VALUES "
                                                "('Shortlist A', 'spring', ?)"), {now});
        m_ids[QStringLiteral("shortlist")] = list;
        for (qint64 c : {c1, c2})
            exec(QStringLiteral("INSERT INTO shortlist_members (shortlist_id, creator_id, added_at) VALUES (?, ?, ?)"),
                 {list, c, now});
        exec(QStringLiteral("INSERT INTO relationship_events (creator_id, occurred_on, kind, note, created_at) "
                            "VALUES (?, '2026-02-01', 'contact', 'first call with creator one', ?)"), {c1, now});
        exec(QStringLiteral("INSERT INTO relationship_events (creator_id, occurred_on, kind, note, created_at) "
                            "VALUES (?, '2026-02-02', 'note', 'secret about creator two', ?)"), {c2, now});
        exec(QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, row_id, action, changes) VALUES "
                            "(?, 'lin', 'creators', ?, 'update', '{\"city\": [\"北京\", \"上海\"]}')"), {now, c1});
        exec(QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, row_id, action) VALUES "
                            "(?, 'lin', 'creators', ?, 'insert')"), {now, c2});

        const QString insertCampaign = QStringLiteral(
            "INSERT INTO campaigns (name, brand, objective, starts_on, ends_on, status, created_at, updated_at) "
            "VALUES (?, 'Acme', ?, '2026-03-01', '2026-03-31', 'live', ?, ?)");
        const qint64 spring = exec(insertCampaign, {QStringLiteral("Spring"), QStringLiteral("seeding"), now, now});
        const qint64 other = exec(insertCampaign, {QStringLiteral("Other"), QStringLiteral("awareness"), now, now});
        m_ids[QStringLiteral("spring")] = spring;
        m_ids[QStringLiteral("other")] = other;
        const QString insertCollab = QStringLiteral(
            "INSERT INTO collaborations (campaign_id, creator_id, fee_fen, contracted_posts, delivered_posts, status, "
            "brand_fit, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const qint64 a = exec(insertCollab, {spring, c1, 300000, 2, 2, QStringLiteral("delivered"), 5, now, now});
        m_ids[QStringLiteral("collabA")] = a;
        m_ids[QStringLiteral("collabB")] =
            exec(insertCollab, {spring, c2, 100000, 1, 0, QStringLiteral("briefed"), null, now, now});
        const qint64 c = exec(insertCollab, {other, c2, 50000, 1, 1, QStringLiteral("delivered"), null, now, now});
        const QString insertPost = QStringLiteral(
            "INSERT INTO posts (collaboration_id, creator_id, url, title, format, published_on) VALUES (?, ?, ?, ?, ?, ?)");
        const qint64 p1 = exec(insertPost, {a, c1, QStringLiteral("https://www.xiaohongshu.com/explore/p1"),
                                            QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("image"),
                                            QStringLiteral("2026-03-05")});
        const qint64 p2 = exec(insertPost, {a, c1, QStringLiteral("https://www.xiaohongshu.com/explore/p2"),
                                            QStringLiteral("Second note"), QStringLiteral("video"),
                                            QStringLiteral("2026-03-08")});
        const qint64 p3 = exec(insertPost, {c, c2, QStringLiteral("https://www.xiaohongshu.com/explore/p3"),
                                            QStringLiteral("other creator's note"), QStringLiteral("image"),
                                            QStringLiteral("2026-03-09")});
        m_ids[QStringLiteral("p1")] = p1;
        const QString insertMetrics = QStringLiteral(
            "INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves, shares) VALUES (?, ?, ?, ?, ?, ?, ?)");
        exec(insertMetrics, {p1, QStringLiteral("2026-03-06"), 1000, 10, 5, 5, 0});
        exec(insertMetrics, {p1, QStringLiteral("2026-03-10"), 10000, 300, 50, 150, 20});
        exec(insertMetrics, {p2, QStringLiteral("2026-03-10"), 5000, 100, 20, 80, 0});
        exec(insertMetrics, {p3, QStringLiteral("2026-03-10"), 777777, 7, 7, 7, 7});
        return m_error.isEmpty();
    }

private:
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db.sql());
        if (!q.exec(sql) || !q.next()) {
            m_error = sql + QStringLiteral(": ") + q.lastError().text();
            return 0;
        }
        return q.value(0).toLongLong();
    }

    Database &m_db;
    QString m_error;
    QHash<QString, qint64> m_ids;
};

} // namespace rr::test
