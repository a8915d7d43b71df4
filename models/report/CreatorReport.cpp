// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/CreatorReport.h"

#include "domain/CreatorRepository.h"
#include "relationship/RelationshipLog.h"
#include "store/Database.h"
#include "store/SqlRunner.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace rr {

namespace {

std::optional<qint64> optLong(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

} // namespace

int CreatorReportData::measuredPosts() const
{
    int n = 0;
    for (const CreatorReportCollaboration &c : collaborations)
        n += c.measuredPosts;
    return n;
}

PostCounts CreatorReportData::totals() const
{
    PostCounts sum;
    bool first = true;
    for (const CreatorReportCollaboration &c : collaborations) {
        if (c.measuredPosts == 0)
            continue;
        sum = first ? c.totals : addCounts(sum, c.totals);
        first = false;
    }
    return sum;
}

std::optional<qint64> CreatorReportData::measuredFeeFen() const
{
    std::optional<qint64> sum;
    bool first = true;
    for (const CreatorReportCollaboration &c : collaborations) {
        if (c.measuredPosts == 0)
            continue;
        sum = first ? c.feeFen : (sum && c.feeFen ? std::optional<qint64>(*sum + *c.feeFen) : std::nullopt);
        first = false;
    }
    return sum;
}

bool CreatorReportLoader::load(Database &db, qint64 creatorId, const MetricSettings &settings, const QDate &today,
                               CreatorReportData *out, StoreError *error)
{
    *out = CreatorReportData{};
    out->settings = settings;
    out->generatedOn = today;
    StoreError e;
    CreatorRepository creators(db);
    const std::optional<Creator> creator = creators.load(creatorId, &e);
    if (!creator) {
        *error = e;
        return false;
    }
    out->creator = *creator;
    out->tier = creator->tier(settings.tiers);

    SqlRunner run(db, error, QStringLiteral("creator report"));
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    // Categories: the primary one first, then the secondary ones in the list's order.
    if (!run.exec(q,
                  QStringLiteral("SELECT g.name_zh, g.name_en FROM categories g WHERE g.id = ? UNION ALL "
                                 "SELECT g.name_zh, g.name_en FROM categories g JOIN creator_categories cc "
                                 "ON cc.category_id = g.id WHERE cc.creator_id = ? AND g.id <> ?"),
                  {creator->primaryCategoryId ? QVariant(*creator->primaryCategoryId) : QVariant(), creatorId,
                   creator->primaryCategoryId ? QVariant(*creator->primaryCategoryId) : QVariant(qint64(0))}))
        return false;
    while (q.next())
        out->categories << CategoryName{q.value(0).toString(), q.value(1).toString()};

    if (!run.exec(q,
                  QStringLiteral("SELECT as_of, followers FROM follower_snapshots WHERE creator_id = ? "
                                 "ORDER BY as_of DESC, id DESC LIMIT ?"),
                  {creatorId, CreatorReportData::kFollowerPoints}))
        return false;
    while (q.next())
        out->followerHistory.prepend({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong()});

    VettingRepository vetting(db);
    out->vetting = vetting.load(creatorId, &e);
    if (e.isError()) {
        *error = e;
        return false;
    }
    const std::optional<CreatorRollup> rollup = CollaborationRollup::load(db, creatorId, &e);
    if (!rollup) {
        *error = e;
        return false;
    }
    out->rollup = *rollup;

    // Collaborations, the latest campaign first.
    if (!run.exec(q,
                  QStringLiteral("SELECT k.id, k.campaign_id, c.name, c.starts_on, k.fee_fen, k.contracted_posts, "
                                 "k.delivered_posts, k.status FROM collaborations k JOIN campaigns c "
                                 "ON c.id = k.campaign_id WHERE k.creator_id = ? "
                                 "ORDER BY c.starts_on DESC NULLS LAST, k.id DESC"),
                  {creatorId}))
        return false;
    QHash<qint64, int> rowOf;
    while (q.next()) {
        CreatorReportCollaboration c;
        c.collaborationId = q.value(0).toLongLong();
        c.campaignId = q.value(1).toLongLong();
        c.campaignName = q.value(2).toString();
        c.campaignStart = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        c.feeFen = optLong(q.value(4));
        c.contracted = q.value(5).toInt();
        c.delivered = q.value(6).toInt();
        c.status = CampaignText::collaborationStatusFromKey(q.value(7).toString()).value_or(CollaborationStatus::Planned);
        rowOf.insert(c.collaborationId, int(out->collaborations.size()));
        out->collaborations << c;
    }

    // Each post with its latest snapshot (posts.latest_metrics_id, kept by triggers).
    if (!run.exec(q,
                  QStringLiteral("SELECT p.collaboration_id, m.id, m.views, m.likes, m.comments, m.saves, m.shares, "
                                 "m.clicks FROM posts p LEFT JOIN post_metrics m ON m.id = p.latest_metrics_id "
                                 "WHERE p.creator_id = ? ORDER BY p.id"),
                  {creatorId}))
        return false;
    while (q.next()) {
        const auto row = rowOf.constFind(q.value(0).toLongLong());
        if (row == rowOf.constEnd())
            continue;
        CreatorReportCollaboration &c = out->collaborations[*row];
        ++c.posts;
        if (q.value(1).isNull())
            continue;
        const PostCounts counts{optLong(q.value(2)), optLong(q.value(3)), optLong(q.value(4)),
                                optLong(q.value(5)), optLong(q.value(6)), optLong(q.value(7))};
        c.totals = c.measuredPosts == 0 ? counts : addCounts(c.totals, counts);
        ++c.measuredPosts;
    }

    RelationshipLog log(db);
    const QList<TimelineEntry> timeline = log.timeline(creatorId, &e);
    if (e.isError()) {
        *error = e;
        return false;
    }
    for (const TimelineEntry &t : timeline) {
        if (t.kind == TimelineEntry::Kind::Collaboration)
            continue;
        if (out->events.size() >= CreatorReportData::kEvents)
            break;
        out->events << CreatorReportEvent{t.on, t.kindKey, t.owner, t.note};
    }
    return true;
}

qint64 CreatorReportLoader::findCreator(const Database &db, const QString &idOrHandle, StoreError *error)
{
    QSqlQuery q(db.sql());
    SqlRunner run(db, error, QStringLiteral("creator report"));
    bool isNumber = false;
    const qint64 id = idOrHandle.toLongLong(&isNumber);
    if (isNumber) {
        if (!run.exec(q, QStringLiteral("SELECT id FROM creators WHERE id = ?"), {id}))
            return 0;
        if (q.next())
            return id;
    }
    if (!run.exec(q, QStringLiteral("SELECT id FROM creators WHERE lower(handle) = lower(?) LIMIT 1"), {idOrHandle}))
        return 0;
    if (q.next())
        return q.value(0).toLongLong();
    if (!run.exec(q, QStringLiteral("SELECT id FROM creators WHERE nickname = ? LIMIT 2"), {idOrHandle}))
        return 0;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids.size() == 1 ? ids.first() : ids.isEmpty() ? 0 : -1;
}

} // namespace rr
