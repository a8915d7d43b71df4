// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign report fixture (issue 6 golden tests): campaign "春季新品种草" (seeding, closed
// 2026-03-31, budget ¥50,000) with three creators in three tiers, five posts (one unmeasured, one
// with a title full of HTML specials), snapshots from two sources with the last ones marked final,
// targets for engagements (10,000: met) and CPE (¥2.00: not met);
// and campaign "Empty launch" with one creator and no posts. Fixed dates and ids, bound values.
#pragma once

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace rr::test {

class ReportFixture
{
public:
    explicit ReportFixture(const Database &db) : m_db(db) {}

    bool build()
    {
        const qint64 lily = creator(QStringLiteral("lily_skin"), QStringLiteral("莉莉爱护肤"), 620000);
        const qint64 tom = creator(QStringLiteral("tom_eats"), QStringLiteral("Tom's Kitchen"), 56000);
        const qint64 xia = creator(QStringLiteral("xiaxia"), QStringLiteral("夏夏的日常"), 18200);
        campaignId = exec(QStringLiteral("INSERT INTO campaigns (name, brand, product, objective, starts_on, ends_on, "
                                         "budget_fen, status, closed_on, owner, created_at, updated_at) VALUES "
                                         "(?, ?, ?, 'seeding', '2026-03-01', '2026-03-31', 5000000, 'closed', "
                                         "'2026-03-31', 'Anna', 'now', 'now')"),
                          {QStringLiteral("春季新品种草"), QStringLiteral("Glow Lab"), QStringLiteral("Serum 2")});
        const qint64 k1 = collab(campaignId, lily, 2000000, 2, 2, 5, 4);
        const qint64 k2 = collab(campaignId, tom, 600000, 2, 2, 4, 5);
        const qint64 k3 = collab(campaignId, xia, 80000, 1, 0, QVariant(), QVariant());
        const qint64 p1 = post(k1, lily, "2026-03-05", QStringLiteral("精华测评｜一周见效"), QStringLiteral("https://www.xiaohongshu.com/explore/aaa111"));
        const qint64 p2 = post(k1, lily, "2026-03-18", QStringLiteral("<b>Tips</b> & \"tricks\""), QStringLiteral("https://www.xiaohongshu.com/explore/bbb222"));
        const qint64 p3 = post(k2, tom, "2026-03-10", QStringLiteral("Breakfast glow"), QString());
        const qint64 p4 = post(k2, tom, "2026-03-25", QStringLiteral("Night routine"), QString());
        post(k3, xia, "2026-03-28", QStringLiteral("夏夏的护肤日记"), QString()); // never measured
        snapshot(p1, "2026-03-12", "manual", false, {80000, 3000, 400, 1600, 200});
        snapshot(p1, "2026-04-07", "pugongying", true, {120000, 4200, 520, 2400, 300});
        snapshot(p2, "2026-04-07", "pugongying", true, {60000, 1500, 180, 900, 90});
        snapshot(p3, "2026-04-07", "manual", true, {30000, 1200, 150, 450, 60});
        snapshot(p4, "2026-04-02", "manual", false, {12000, 300, 40, 360, 12});
        // KPI targets (campaign_targets): engagements 12,200 against 10,000 (met), CPE ¥2.20 against
        // ¥2.00 (not met, 110% of target: lower is better).
        exec(QStringLiteral("INSERT INTO campaign_targets (campaign_id, kpi, target) VALUES (?, 'engagements', 10000), "
                            "(?, 'cpe', 2.0)"),
             {campaignId, campaignId});
        emptyCampaignId = exec(QStringLiteral("INSERT INTO campaigns (name, objective, starts_on, ends_on, status, "
                                              "created_at, updated_at) VALUES ('Empty launch', 'awareness', "
                                              "'2026-05-01', '2026-05-31', 'planning', 'now', 'now')"));
        collab(emptyCampaignId, tom, 300000, 1, 0, QVariant(), QVariant());
        return m_error.isEmpty();
    }

    QString error() const { return m_error; }
    qint64 campaignId = 0;
    qint64 emptyCampaignId = 0;

private:
    qint64 creator(const QString &handle, const QString &nickname, qint64 followers)
    {
        return exec(QStringLiteral("INSERT INTO creators (handle, nickname, followers, primary_category_id, owner, "
                                   "created_at, updated_at) VALUES (?, ?, ?, 1, 'Anna', 'now', 'now')"),
                    {handle, nickname, followers});
    }
    qint64 collab(qint64 campaign, qint64 creatorId, qint64 feeFen, int contracted, int delivered,
                  const QVariant &brandFit, const QVariant &reliability)
    {
        return exec(QStringLiteral("INSERT INTO collaborations (campaign_id, creator_id, fee_fen, contracted_posts, "
                                   "delivered_posts, brand_fit, reliability, status, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, 'delivered', 'now', 'now')"),
                    {campaign, creatorId, feeFen, contracted, delivered, brandFit, reliability});
    }
    qint64 post(qint64 collaboration, qint64 creatorId, const char *published, const QString &title, const QString &url)
    {
        return exec(QStringLiteral("INSERT INTO posts (collaboration_id, creator_id, published_on, title, url) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {collaboration, creatorId, QString::fromLatin1(published), title, url.isEmpty() ? QVariant() : url});
    }
    void snapshot(qint64 postId, const char *asOf, const char *source, bool isFinal, const QList<qint64> &c)
    {
        exec(QStringLiteral("INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves, shares, source, "
                            "is_final) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {postId, QString::fromLatin1(asOf), c[0], c[1], c[2], c[3], c[4], QString::fromLatin1(source),
              isFinal ? 1 : 0});
    }
    qint64 exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db.sql());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec()) {
            m_error += q.lastError().text() + QLatin1Char('\n');
            return 0;
        }
        return q.lastInsertId().toLongLong();
    }

    const Database &m_db;
    QString m_error;
};

} // namespace rr::test
