// SPDX-License-Identifier: GPL-3.0-or-later
// The small analytics fixture (tests/core/tst_analytics.cpp has its hand-computed figures): six
// creators in three tiers, two campaigns, three collaborations, five posts with an old and a
// latest metric snapshot each, one of them without views. Backend-neutral SQL, bound values.
#pragma once

#include "store/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace rr::test {

class AnalyticsFixture
{
public:
    explicit AnalyticsFixture(const Database &db) : m_db(db) {}

    // Fills the database; false (with error()) when a statement fails.
    bool build()
    {
        creator(QStringLiteral("A"), 600000, "skincare", QStringLiteral("Anna"), 0.05);
        creator(QStringLiteral("B"), 60000, "skincare", QStringLiteral("Ben"), 0.04);
        creator(QStringLiteral("C"), 20000, "makeup", QStringLiteral("Anna"), 0.045);
        creator(QStringLiteral("D"), 70000, "skincare", QStringLiteral("Ben"), 0.042);
        creator(QStringLiteral("E"), 80000, "skincare", QStringLiteral("Ben"), 0.10);
        creator(QStringLiteral("F"), 90000, "skincare", QStringLiteral("Ben"), 0.03, true);
        m_id[QStringLiteral("c1")] = exec(QStringLiteral("INSERT INTO campaigns (name, objective, starts_on, ends_on, created_at, updated_at) "
                                                         "VALUES ('Spring', 'awareness', '2026-03-01', '2026-03-31', 'now', 'now')"));
        m_id[QStringLiteral("c2")] = exec(QStringLiteral("INSERT INTO campaigns (name, objective, starts_on, ends_on, created_at, updated_at) "
                                                         "VALUES ('April', 'conversion', '2026-04-01', '2026-04-30', 'now', 'now')"));
        const auto collab = [&](const QString &name, const QString &campaign, const QString &who, qint64 feeFen, int reliability) {
            m_id[name] = exec(QStringLiteral("INSERT INTO collaborations (campaign_id, creator_id, fee_fen, reliability, created_at, updated_at) "
                                             "VALUES (?, ?, ?, ?, 'now', 'now')"),
                              {m_id.value(campaign), m_id.value(who), feeFen, reliability});
        };
        collab(QStringLiteral("k1"), QStringLiteral("c1"), QStringLiteral("A"), 1000000, 5);
        collab(QStringLiteral("k2"), QStringLiteral("c1"), QStringLiteral("B"), 200000, 3);
        collab(QStringLiteral("k3"), QStringLiteral("c2"), QStringLiteral("B"), 300000, 4);
        //                                                                views    likes  comments saves
        post(QStringLiteral("p1"), QStringLiteral("k1"), QStringLiteral("A"), "2026-03-03", {100000, 3000, 500, 1500});
        post(QStringLiteral("p2"), QStringLiteral("k1"), QStringLiteral("A"), "2026-03-20", {50000, 1000, 200, 800});
        post(QStringLiteral("p3"), QStringLiteral("k2"), QStringLiteral("B"), "2026-03-05", {20000, 600, 100, 300});
        post(QStringLiteral("p4"), QStringLiteral("k3"), QStringLiteral("B"), "2026-04-02", {QVariant(), 100, 10, 50});
        post(QStringLiteral("p5"), QStringLiteral("k3"), QStringLiteral("B"), "2026-04-15", {10000, 200, 50, 250});
        const qint64 tag = exec(QStringLiteral("INSERT INTO tags (name) VALUES ('vip')"));
        m_id[QStringLiteral("vip")] = tag;
        exec(QStringLiteral("INSERT INTO creator_tags (creator_id, tag_id) VALUES (?, ?)"), {m_id.value(QStringLiteral("B")), tag});
        return m_error.isEmpty();
    }

    qint64 id(const QString &name) const { return m_id.value(name); }
    QString error() const { return m_error; }
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
    qint64 categoryId(const char *key)
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT id FROM categories WHERE key = ?"));
        q.addBindValue(QLatin1String(key));
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    void creator(const QString &name, qint64 followers, const char *category, const QString &owner, double rate,
                 bool doNotContact = false)
    {
        m_id[name] = exec(QStringLiteral("INSERT INTO creators (handle, nickname, followers, primary_category_id, owner, "
                                         "avg_engagement_rate, do_not_contact, city, created_at, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, '上海', 'now', 'now')"),
                          {name.toLower(), name, followers, categoryId(category), owner, rate, doNotContact ? 1 : 0});
    }
    void post(const QString &name, const QString &collab, const QString &creatorName, const char *published,
              const QVariantList &latest)
    {
        const qint64 id = exec(QStringLiteral("INSERT INTO posts (collaboration_id, creator_id, published_on) VALUES (?, ?, ?)"),
                               {m_id.value(collab), m_id.value(creatorName), QLatin1String(published)});
        m_id[name] = id;
        // An older snapshot that must not count, then the latest one.
        exec(QStringLiteral("INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves) VALUES (?, '2026-03-04', 1, 1, 1, 1)"),
             {id});
        exec(QStringLiteral("INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves) VALUES (?, '2026-05-01', ?, ?, ?, ?)"),
             QVariantList{id} + latest);
    }


private:
    const Database &m_db;
    QHash<QString, qint64> m_id;
    QString m_error;
};

} // namespace rr::test
