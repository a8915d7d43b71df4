// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/CampaignReportData.h"

#include "campaign/CampaignRepository.h"
#include "store/Database.h"
#include "store/SqlRunner.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace rr {

namespace {

struct CreatorInfo
{
    QString handle;
    std::optional<qint64> followers;
    QString tierOverride;
};

} // namespace

int CampaignReportData::measuredPosts() const
{
    return int(std::count_if(posts.cbegin(), posts.cend(), [](const ReportPost &p) { return p.latest.has_value(); }));
}

QDate CampaignReportData::finalUpdateDue() const
{
    const QDate end = campaign.closedOn.isValid() ? campaign.closedOn : campaign.endsOn;
    return end.isValid() ? end.addDays(7) : QDate();
}

QList<ReportPost> CampaignReportData::topBySaveRate(int count) const
{
    const Metrics metrics(settings);
    QList<ReportPost> ranked;
    for (const ReportPost &p : posts) {
        if (p.latest && metrics.saveRate(*p.latest))
            ranked << p;
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&metrics](const ReportPost &a, const ReportPost &b) {
        return *metrics.saveRate(*a.latest) > *metrics.saveRate(*b.latest);
    });
    return ranked.mid(0, count);
}

bool CampaignReportLoader::load(Database &db, qint64 campaignId, const MetricSettings &settings, const QDate &today,
                                CampaignReportData *out, StoreError *error)
{
    *out = CampaignReportData{};
    out->settings = settings;
    out->generatedOn = today;
    CampaignRepository repo(db);
    StoreError e;
    const std::optional<Campaign> campaign = repo.load(campaignId, &e);
    if (!campaign) {
        *error = e;
        return false;
    }
    out->campaign = *campaign;
    const QList<Collaboration> collaborations = repo.collaborations(campaignId, &e);
    const QList<Post> posts = repo.posts(campaignId, &e);
    const QList<MetricSnapshot> snapshots = repo.snapshots(campaignId, &e);
    if (e.code != StoreError::Code::None) {
        *error = e;
        return false;
    }
    out->kpis = CampaignKpis::compute(repo.kpiInput(campaignId, &e), Metrics(settings));
    out->targets = repo.targets(campaignId, &e);
    if (e.code != StoreError::Code::None) {
        *error = e;
        return false;
    }

    QHash<qint64, CreatorInfo> creators;
    QSqlQuery q(db.sql());
    if (!SqlRunner(db, error, QStringLiteral("report")).exec(q,
              QStringLiteral("SELECT c.id, c.handle, c.followers, c.tier_override FROM creators c"
                             " JOIN collaborations k ON k.creator_id = c.id WHERE k.campaign_id = ?"),
              {campaignId}))
        return false;
    while (q.next()) {
        creators.insert(q.value(0).toLongLong(),
                        {q.value(1).toString(),
                         q.value(2).isNull() ? std::nullopt : std::optional<qint64>(q.value(2).toLongLong()),
                         q.value(3).toString()});
    }

    // Snapshots come by post, then date: the last one of each post is its latest.
    QHash<qint64, MetricSnapshot> latest;
    for (const MetricSnapshot &s : snapshots)
        latest.insert(s.postId, s);
    QHash<qint64, int> postsPerCollaboration;
    for (const Post &p : posts)
        ++postsPerCollaboration[p.collaborationId];

    QHash<qint64, int> rowOf;
    for (const Collaboration &c : collaborations) {
        ReportCreatorRow row;
        row.collaborationId = c.id;
        row.creatorId = c.creatorId;
        row.name = c.creatorName;
        const CreatorInfo info = creators.value(c.creatorId);
        row.handle = info.handle;
        if (const std::optional<Tier> t = TierText::fromKey(info.tierOverride))
            row.tier = t;
        else if (info.followers)
            row.tier = settings.tiers.tierFor(*info.followers);
        row.feeFen = c.feeFen;
        row.contracted = c.contractedPosts;
        row.delivered = c.deliveredPosts;
        row.status = c.status;
        row.brandFit = c.rating.brandFit;
        row.reliability = c.rating.reliability;
        rowOf.insert(c.id, int(out->creators.size()));
        out->creators << row;
    }

    QHash<qint64, std::optional<qint64>> feeOf;
    for (const Collaboration &c : collaborations)
        feeOf.insert(c.id, c.feeFen);
    for (const Post &p : posts) {
        ReportPost r;
        r.id = p.id;
        r.collaborationId = p.collaborationId;
        r.creatorId = p.creatorId;
        r.title = p.title;
        r.url = p.url;
        r.publishedOn = p.publishedOn;
        const auto row = rowOf.constFind(p.collaborationId);
        if (row != rowOf.constEnd())
            r.creatorName = out->creators.at(*row).name;
        if (const std::optional<qint64> fee = feeOf.value(p.collaborationId))
            r.costFen = double(*fee) / postsPerCollaboration.value(p.collaborationId, 1);
        const auto s = latest.constFind(p.id);
        if (s != latest.constEnd()) {
            r.latest = s->counts;
            r.asOf = s->asOf;
            r.source = s->source;
            r.isFinal = s->isFinal;
            ++out->sources[s->source];
            if (s->isFinal)
                ++out->finalPosts;
            if (!out->firstAsOf.isValid() || s->asOf < out->firstAsOf)
                out->firstAsOf = s->asOf;
            if (!out->lastAsOf.isValid() || s->asOf > out->lastAsOf)
                out->lastAsOf = s->asOf;
        }
        if (row != rowOf.constEnd()) {
            ReportCreatorRow &c = out->creators[*row];
            ++c.posts;
            if (r.latest) {
                c.totals = c.measuredPosts == 0 ? *r.latest : addCounts(c.totals, *r.latest);
                ++c.measuredPosts;
            }
        }
        out->posts << r;
    }
    std::stable_sort(out->creators.begin(), out->creators.end(), [](const ReportCreatorRow &a, const ReportCreatorRow &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return true;
}

qint64 CampaignReportLoader::findCampaign(const Database &db, const QString &idOrName, StoreError *error)
{
    QSqlQuery q(db.sql());
    SqlRunner run(db, error, QStringLiteral("report"));
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    if (isNumber) {
        if (!run.exec(q, QStringLiteral("SELECT id FROM campaigns WHERE id = ?"), {id}))
            return 0;
        if (q.next())
            return id;
    }
    if (!run.exec(q, QStringLiteral("SELECT id FROM campaigns WHERE name = ? LIMIT 2"), {idOrName}))
        return 0;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids.size() == 1 ? ids.first() : ids.isEmpty() ? 0 : -1;
}

} // namespace rr
