// SPDX-License-Identifier: GPL-3.0-or-later
// CampaignRepository: posts, metric snapshots, cell edits and KPI input.
#include "campaign/CampaignRepository.h"

#include "campaign/CampaignSql.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QHash>

namespace rr {

using namespace campaign_sql;

namespace {

const QString kSnapshotColumns = QStringLiteral(
    "m.id, m.post_id, m.as_of, m.views, m.likes, m.comments, m.saves, m.shares, m.clicks, m.source, m.is_final");

MetricSnapshot readSnapshot(const QSqlQuery &q)
{
    MetricSnapshot s;
    s.id = q.value(0).toLongLong();
    s.postId = q.value(1).toLongLong();
    s.asOf = toDate(q.value(2));
    for (int i = 0; i < int(allMetricFields.size()); ++i)
        setMetricValue(s.counts, allMetricFields[size_t(i)], toInt64(q.value(3 + i)));
    s.source = q.value(9).toString();
    s.isFinal = q.value(10).toInt() != 0;
    return s;
}

// The creator of a post, for the audit log (0 when the post is gone).
qint64 creatorOfPost(const Database &db, qint64 postId)
{
    QSqlQuery q(db.sql());
    if (!exec(q, db, QStringLiteral("SELECT creator_id FROM posts WHERE id = ?"), {postId}, nullptr) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

// A post's or a reading's values as the audit log keeps them (new values only).
QJsonObject snapshotChanges(const MetricSnapshot &s)
{
    QJsonObject o{{QStringLiteral("post_id"), s.postId}, {QStringLiteral("as_of"), s.asOf.toString(Qt::ISODate)}};
    for (MetricField f : allMetricFields) {
        if (const auto v = metricValue(s.counts, f))
            o.insert(metricColumn(f), QJsonArray{QJsonValue(), *v});
    }
    return o;
}

// The campaign dates of a post (through its collaboration); false when the post has none.
bool campaignDatesOfPost(const Database &db, qint64 postId, QDate *start, QDate *end, StoreError *error)
{
    QSqlQuery q(db.sql());
    if (!exec(q, db,
              QStringLiteral("SELECT ca.starts_on, ca.ends_on FROM posts p JOIN collaborations co ON co.id = p.collaboration_id "
                             "JOIN campaigns ca ON ca.id = co.campaign_id WHERE p.id = ?"),
              {postId}, error))
        return false;
    if (q.next()) {
        *start = toDate(q.value(0));
        *end = toDate(q.value(1));
    }
    return true;
}

} // namespace

QList<Post> CampaignRepository::posts(qint64 campaignId, StoreError *error) const
{
    QList<Post> out;
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db,
              QStringLiteral("SELECT p.id, p.collaboration_id, p.creator_id, p.url, p.title, p.format, p.published_on "
                             "FROM posts p JOIN collaborations co ON co.id = p.collaboration_id "
                             "WHERE co.campaign_id = ? ORDER BY p.published_on NULLS FIRST, p.id"),
              {campaignId}, error))
        return out;
    while (q.next()) {
        Post p;
        p.id = q.value(0).toLongLong();
        p.collaborationId = q.value(1).toLongLong();
        p.creatorId = q.value(2).toLongLong();
        p.url = q.value(3).toString();
        p.title = q.value(4).toString();
        p.format = FormatText::fromKey(q.value(5).toString()).value_or(ContentFormat::Image);
        p.publishedOn = toDate(q.value(6));
        out << p;
    }
    return out;
}

bool CampaignRepository::insertPost(Post &post, StoreError *error)
{
    StoreError e;
    const qint64 campaignId = campaignOfCollaboration(post.collaborationId);
    if (const std::optional<Campaign> campaign = load(campaignId)) {
        if (const auto flag = InputFlags::postDate(post.publishedOn, campaign->startsOn, campaign->endsOn))
            return failed(error, refused(flag->reason));
    }
    WriteTransaction tx(m_db);
    if (!tx.begin(&e))
        return failed(error, e);
    QSqlQuery q(m_db.sql());
    const bool keepId = post.id > 0;
    QVariantList values{post.collaborationId, post.creatorId, text(post.url), text(post.title),
                        FormatText::key(post.format), date(post.publishedOn)};
    if (keepId)
        values.prepend(post.id);
    if (!exec(q, m_db,
              QStringLiteral("INSERT INTO posts (%1collaboration_id, creator_id, url, title, format, published_on) "
                             "VALUES (%2?,?,?,?,?,?) RETURNING id")
                  .arg(keepId ? QStringLiteral("id, ") : QString(), keepId ? QStringLiteral("?,") : QString()),
              values, &e)
        || !q.next())
        return failed(error, e);
    post.id = q.value(0).toLongLong();
    q.finish();
    const QJsonObject what{{QStringLiteral("url"), post.url}, {QStringLiteral("title"), post.title},
                           {QStringLiteral("published_on"), post.publishedOn.toString(Qt::ISODate)}};
    if (!AuditLog::record(m_db, QStringLiteral("posts"), post.id, QStringLiteral("insert"), post.creatorId, &what, &e)
        || !tx.commit(&e))
        return failed(error, e);
    emit metricsChanged(campaignId);
    return true;
}

QList<MetricSnapshot> CampaignRepository::snapshots(qint64 campaignId, StoreError *error) const
{
    QList<MetricSnapshot> out;
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db,
              QStringLiteral("SELECT %1 FROM post_metrics m JOIN posts p ON p.id = m.post_id "
                             "JOIN collaborations co ON co.id = p.collaboration_id WHERE co.campaign_id = ? "
                             "ORDER BY p.published_on NULLS FIRST, p.id, m.as_of, m.id").arg(kSnapshotColumns),
              {campaignId}, error))
        return out;
    while (q.next())
        out << readSnapshot(q);
    return out;
}

bool CampaignRepository::addSnapshot(MetricSnapshot &s, StoreError *error, QList<InputFlag> *flags)
{
    StoreError e;
    for (MetricField f : allMetricFields) {
        const auto v = metricValue(s.counts, f);
        if (v && *v < 0)
            return failed(error, refused(tr("%1 cannot be negative").arg(metricLabel(f))));
    }
    if (!s.asOf.isValid())
        return failed(error, refused(tr("A reading needs its as-of date")));
    WriteTransaction tx(m_db);
    if (!tx.begin(&e))
        return failed(error, e);
    QSqlQuery prev(m_db.sql());
    if (!exec(prev, m_db,
              QStringLiteral("SELECT %1 FROM post_metrics m WHERE m.post_id = ? AND m.as_of <= ? "
                             "ORDER BY m.as_of DESC, m.id DESC LIMIT 1").arg(kSnapshotColumns),
              {s.postId, date(s.asOf)}, &e))
        return failed(error, e);
    if (prev.next() && flags) {
        const MetricSnapshot p = readSnapshot(prev);
        for (MetricField f : allMetricFields) {
            if (const auto flag = InputFlags::metricDecrease(f, metricValue(s.counts, f), metricValue(p.counts, f), p.asOf))
                *flags << *flag;
        }
    }
    QSqlQuery q(m_db.sql());
    QVariantList values{s.postId, date(s.asOf)};
    for (MetricField f : allMetricFields)
        values << opt(metricValue(s.counts, f));
    values << (s.source.isEmpty() ? QStringLiteral("manual") : s.source) << (s.isFinal ? 1 : 0);
    if (!exec(q, m_db,
              QStringLiteral("INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves, shares, clicks, "
                             "source, is_final) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id"),
              values, &e)
        || !q.next())
        return failed(error, e);
    s.id = q.value(0).toLongLong();
    q.finish();
    const QJsonObject what = snapshotChanges(s);
    if (!AuditLog::record(m_db, QStringLiteral("post_metrics"), s.id, QStringLiteral("insert"),
                          creatorOfPost(m_db, s.postId), &what, &e)
        || !tx.commit(&e))
        return failed(error, e);
    emit metricsChanged(campaignOfPost(s.postId));
    return true;
}

bool CampaignRepository::removeSnapshot(qint64 snapshotId, StoreError *error)
{
    StoreError e;
    WriteTransaction tx(m_db);
    if (!tx.begin(&e))
        return failed(error, e);
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db, QStringLiteral("SELECT post_id FROM post_metrics WHERE id = ?"), {snapshotId}, &e))
        return failed(error, e);
    if (!q.next())
        return failed(error, notFound());
    const qint64 postId = q.value(0).toLongLong();
    if (!exec(q, m_db, QStringLiteral("DELETE FROM post_metrics WHERE id = ?"), {snapshotId}, &e)
        || !AuditLog::record(m_db, QStringLiteral("post_metrics"), snapshotId, QStringLiteral("delete"),
                             creatorOfPost(m_db, postId), nullptr, &e)
        || !tx.commit(&e))
        return failed(error, e);
    emit metricsChanged(campaignOfPost(postId));
    return true;
}

bool CampaignRepository::setFinal(qint64 snapshotId, bool isFinal, StoreError *error)
{
    MetricCellEdit edit;
    edit.target = MetricCellEdit::Target::Final;
    edit.snapshotId = snapshotId;
    edit.value = isFinal;
    return applyCellEdits({edit}, error);
}

bool CampaignRepository::applyCellEdits(const QList<MetricCellEdit> &edits, StoreError *error, int *failedIndex)
{
    StoreError e;
    if (failedIndex)
        *failedIndex = -1;
    if (edits.isEmpty())
        return true;
    WriteTransaction tx(m_db);
    if (!tx.begin(&e))
        return failed(error, e);
    for (int i = 0; i < edits.size(); ++i) {
        const MetricCellEdit &edit = edits.at(i);
        if (failedIndex)
            *failedIndex = i;
        QSqlQuery q(m_db.sql());
        QString sql;
        QString column; // for the audit log
        QVariant value = edit.value;
        qint64 rowId = edit.snapshotId;
        switch (edit.target) {
        case MetricCellEdit::Target::Metric:
            if (!value.isNull() && value.toLongLong() < 0)
                return failed(error, refused(tr("%1 cannot be negative").arg(metricLabel(edit.field))));
            column = metricColumn(edit.field);
            sql = QStringLiteral("UPDATE post_metrics SET %1 = ? WHERE id = ?").arg(column);
            value = value.isNull() ? QVariant() : QVariant(value.toLongLong());
            break;
        case MetricCellEdit::Target::AsOf:
            if (!value.toDate().isValid())
                return failed(error, refused(tr("A reading needs its as-of date")));
            column = QStringLiteral("as_of");
            sql = QStringLiteral("UPDATE post_metrics SET as_of = ? WHERE id = ?");
            value = date(value.toDate());
            break;
        case MetricCellEdit::Target::Final:
            column = QStringLiteral("is_final");
            sql = QStringLiteral("UPDATE post_metrics SET is_final = ? WHERE id = ?");
            value = value.toBool() ? 1 : 0;
            break;
        case MetricCellEdit::Target::Source:
            column = QStringLiteral("source");
            sql = QStringLiteral("UPDATE post_metrics SET source = ? WHERE id = ?");
            value = value.toString().trimmed().isEmpty() ? QStringLiteral("manual") : value.toString().trimmed();
            break;
        case MetricCellEdit::Target::Published: {
            QDate start, end;
            if (!campaignDatesOfPost(m_db, edit.postId, &start, &end, &e))
                return failed(error, e);
            if (const auto flag = InputFlags::postDate(value.toDate(), start, end))
                return failed(error, refused(flag->reason));
            column = QStringLiteral("published_on");
            sql = QStringLiteral("UPDATE posts SET published_on = ? WHERE id = ?");
            value = date(value.toDate());
            rowId = edit.postId;
            break;
        }
        }
        const QVariant old = cellValue(edit, nullptr);
        if (!exec(q, m_db, sql, {value, rowId}, &e))
            return failed(error, e);
        if (q.numRowsAffected() != 1)
            return failed(error, notFound());
        const bool onPost = edit.target == MetricCellEdit::Target::Published;
        qint64 postId = edit.postId;
        if (!onPost && (!exec(q, m_db, QStringLiteral("SELECT post_id FROM post_metrics WHERE id = ?"), {rowId}, &e)
                        || !q.next()))
            return failed(error, e);
        if (!onPost)
            postId = q.value(0).toLongLong();
        const QJsonObject what{{column, QJsonArray{QJsonValue::fromVariant(old), QJsonValue::fromVariant(value)}}};
        if (!AuditLog::record(m_db, onPost ? QStringLiteral("posts") : QStringLiteral("post_metrics"), rowId,
                              QStringLiteral("update"), creatorOfPost(m_db, postId), &what, &e))
            return failed(error, e);
    }
    if (!tx.commit(&e))
        return failed(error, e);
    if (failedIndex)
        *failedIndex = -1;
    // Every edit of one call normally belongs to one campaign; name it through a snapshot when needed.
    qint64 campaignId = 0;
    for (const MetricCellEdit &edit : edits) {
        if (edit.postId > 0) {
            campaignId = campaignOfPost(edit.postId);
            break;
        }
        QSqlQuery q(m_db.sql());
        if (exec(q, m_db, QStringLiteral("SELECT post_id FROM post_metrics WHERE id = ?"), {edit.snapshotId}, nullptr)
            && q.next()) {
            campaignId = campaignOfPost(q.value(0).toLongLong());
            break;
        }
    }
    emit metricsChanged(campaignId);
    return true;
}

QVariant CampaignRepository::cellValue(const MetricCellEdit &cell, StoreError *error) const
{
    QSqlQuery q(m_db.sql());
    QString sql;
    qint64 rowId = cell.snapshotId;
    switch (cell.target) {
    case MetricCellEdit::Target::Metric:
        sql = QStringLiteral("SELECT %1 FROM post_metrics WHERE id = ?").arg(metricColumn(cell.field));
        break;
    case MetricCellEdit::Target::AsOf: sql = QStringLiteral("SELECT as_of FROM post_metrics WHERE id = ?"); break;
    case MetricCellEdit::Target::Final: sql = QStringLiteral("SELECT is_final FROM post_metrics WHERE id = ?"); break;
    case MetricCellEdit::Target::Source: sql = QStringLiteral("SELECT source FROM post_metrics WHERE id = ?"); break;
    case MetricCellEdit::Target::Published:
        sql = QStringLiteral("SELECT published_on FROM posts WHERE id = ?");
        rowId = cell.postId;
        break;
    }
    if (!exec(q, m_db, sql, {rowId}, error))
        return {};
    if (!q.next()) {
        if (error)
            *error = notFound();
        return {};
    }
    const QVariant v = q.value(0);
    if (v.isNull())
        return {};
    switch (cell.target) {
    case MetricCellEdit::Target::Metric: return v.toLongLong();
    case MetricCellEdit::Target::AsOf:
    case MetricCellEdit::Target::Published: return toDate(v);
    case MetricCellEdit::Target::Final: return v.toInt() != 0;
    case MetricCellEdit::Target::Source: return v.toString();
    }
    return v;
}

KpiInput CampaignRepository::kpiInput(qint64 campaignId, StoreError *error) const
{
    KpiInput in;
    if (const std::optional<Campaign> c = load(campaignId, error))
        in.budgetFen = c->budgetFen;
    else
        return in;
    for (const Collaboration &co : collaborations(campaignId, error)) {
        in.feesFen << co.feeFen;
        in.contracted += co.contractedPosts;
        in.delivered += co.deliveredPosts;
    }
    QHash<qint64, PostCounts> latest; // snapshots come by date, so the last one per post wins
    for (const MetricSnapshot &s : snapshots(campaignId, error))
        latest.insert(s.postId, s.counts);
    for (const Post &p : posts(campaignId, error)) {
        const auto it = latest.constFind(p.id);
        in.latestPerPost << (it == latest.constEnd() ? std::optional<PostCounts>() : std::optional<PostCounts>(*it));
    }
    return in;
}

CampaignKpis CampaignRepository::kpis(qint64 campaignId, const Metrics &metrics, StoreError *error) const
{
    return CampaignKpis::compute(kpiInput(campaignId, error), metrics);
}

} // namespace rr
