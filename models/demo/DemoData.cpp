// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoData.h"

#include "campaign/CampaignKpis.h"
#include "campaign/CampaignRepository.h"
#include "demo/DemoNames.h"
#include "demo/DemoPlan.h"
#include "store/Database.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <optional>

namespace rr {

using namespace demo;

namespace {

template <typename T> QVariant opt(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// Prepared statements of one write, with the first failure kept.
class Writer
{
public:
    explicit Writer(const Database &db) : m_db(db) {}

    QSqlQuery &prepare(const QString &key, const QString &sql)
    {
        std::unique_ptr<QSqlQuery> &q = m_queries[key];
        if (!q) {
            q = std::make_unique<QSqlQuery>(m_db.sql());
            if (!q->prepare(sql))
                fail(*q);
        }
        return *q;
    }
    // Binds `values` in order and runs.
    void exec(const QString &key, const QString &sql, const QVariantList &values) { run(key, sql, values, false); }
    // An INSERT that returns the new row's id (through RETURNING: PostgreSQL's driver has no
    // lastInsertId for tables without OIDs).
    qint64 insert(const QString &key, const QString &sql, const QVariantList &values)
    {
        return run(key, sql + QStringLiteral(" RETURNING id"), values, true);
    }
    bool failed() const { return m_error.isError(); }
    StoreError error() const { return m_error; }

private:
    qint64 run(const QString &key, const QString &sql, const QVariantList &values, bool returnsId)
    {
        if (m_error)
            return 0;
        QSqlQuery &q = prepare(key, sql);
        if (m_error)
            return 0;
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec()) {
            fail(q);
            return 0;
        }
        if (!returnsId)
            return 0;
        const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return id;
    }

    void fail(const QSqlQuery &q)
    {
        if (!m_error)
            m_error = m_db.errorFrom(q.lastError());
    }

    const Database &m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    StoreError m_error;
};

QString formatsText(const QList<ContentFormat> &formats)
{
    QStringList keys;
    for (ContentFormat f : formats)
        keys << FormatText::key(f);
    return keys.join(QLatin1Char(','));
}

std::vector<qint64> writeCreators(Writer &w, const DemoPlan &plan, const QString &now, DemoSummary &s)
{
    std::vector<qint64> ids;
    ids.reserve(plan.creators.size());
    const QString insert = QStringLiteral(
        "INSERT INTO creators (handle, profile_url, profile_key, nickname, real_name, contact_method, wechat, phone, "
        "email, primary_category_id, followers, followers_as_of, avg_engagement_rate, city, languages, has_agency, "
        "agency_name, price_image_fen, price_video_fen, fee_min_fen, fee_max_fen, formats, first_contact_on, owner, "
        "status, do_not_contact, brand_fit, reliability, communication_notes, notes, search_text, created_at, "
        "updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)");
    const QString snapshot = QStringLiteral(
        "INSERT INTO follower_snapshots (creator_id, as_of, followers, source) VALUES (?,?,?,?)");
    const QString secondary = QStringLiteral("INSERT INTO creator_categories (creator_id, category_id) VALUES (?,?)");
    for (const PlanCreator &p : plan.creators) {
        const Creator &c = p.c;
        const qint64 id = w.insert(QStringLiteral("creator"), insert, {
            text(c.handle), text(c.profileUrl), text(normalizedProfileKey(c.profileUrl)), c.nickname,
            text(c.realName), text(c.contactMethod), text(c.wechat), text(c.phone), text(c.email),
            opt(c.primaryCategoryId), opt(c.followers), date(c.followersAsOf), opt(c.avgEngagementRate),
            text(c.city), text(c.languages.join(QLatin1Char(','))), c.hasAgency ? 1 : 0, text(c.agencyName),
            opt(c.priceImageFen), opt(c.priceVideoFen), opt(c.feeMinFen), opt(c.feeMaxFen), text(formatsText(c.formats)),
            date(c.firstContactOn), text(c.owner), StatusText::key(c.status), c.doNotContact ? 1 : 0,
            opt(c.brandFit), opt(c.reliability), text(c.communicationNotes), text(c.notes), c.searchText(), now, now});
        ids.push_back(id);
        ++s.creators;
        ++s.perTier[int(p.tier)];
        for (const PlanSnapshot &snap : p.snapshots) {
            w.exec(QStringLiteral("snapshot"), snapshot, {id, date(snap.asOf), snap.followers, snap.source});
            ++s.snapshots;
        }
        for (qint64 category : c.secondaryCategoryIds)
            w.exec(QStringLiteral("secondary"), secondary, {id, category});
        if (w.failed())
            break;
    }
    return ids;
}

void writeTagsAndLists(Writer &w, const DemoPlan &plan, const std::vector<qint64> &ids, const QString &now,
                       DemoSummary &s)
{
    QHash<QString, qint64> tagIds;
    for (const TagTemplate &t : tags()) {
        tagIds.insert(t.name, w.insert(QStringLiteral("tag"), QStringLiteral("INSERT INTO tags (name, color) VALUES (?,?)"),
                                     {t.name, t.color}));
        ++s.tags;
    }
    for (size_t i = 0; i < plan.creators.size() && !w.failed(); ++i) {
        for (const QString &name : plan.creators[i].c.tags) {
            w.exec(QStringLiteral("tagging"), QStringLiteral("INSERT INTO creator_tags (creator_id, tag_id) VALUES (?,?)"),
                   {ids[i], tagIds.value(name)});
            ++s.taggings;
        }
    }
    for (const PlanShortlist &list : plan.shortlists) {
        const qint64 id = w.insert(QStringLiteral("shortlist"),
                                 QStringLiteral("INSERT INTO shortlists (name, purpose, created_by, created_at) VALUES (?,?,?,?)"),
                                 {list.name, list.purpose, list.createdBy, now});
        ++s.shortlists;
        for (int member : list.members)
            w.exec(QStringLiteral("member"),
                   QStringLiteral("INSERT INTO shortlist_members (shortlist_id, creator_id, added_at) VALUES (?,?,?)"),
                   {id, ids[size_t(member)], now});
    }
    for (size_t i = 0; i < plan.creators.size() && !w.failed(); ++i) {
        const std::optional<PlanVetting> &v = plan.creators[i].vetting;
        if (!v)
            continue;
        w.exec(QStringLiteral("vetting"),
               QStringLiteral("INSERT INTO vetting (creator_id, comment_quality, content_consistency, audience_notes, "
                              "past_collaborations, competitor_conflict, fake_follower_flag, notes, vetted_on, vetted_by) "
                              "VALUES (?,?,?,?,?,?,?,?,?,?)"),
               {ids[i], v->commentQuality, v->contentConsistency, text(v->audienceNotes), text(v->pastCollaborations),
                v->competitorConflict ? 1 : 0, v->fakeFollowerFlag ? 1 : 0, text(v->notes), date(v->vettedOn),
                text(v->vettedBy)});
        ++s.vetting;
    }
}

void writePost(Writer &w, const PlanPost &post, qint64 collaborationId, qint64 creatorId, qint64 *postId,
               DemoSummary &s)
{
    *postId = w.insert(QStringLiteral("post"),
                     QStringLiteral("INSERT INTO posts (collaboration_id, creator_id, url, title, format, published_on) "
                                    "VALUES (?,?,?,?,?,?)"),
                     {collaborationId, creatorId, post.url, post.title, post.format, date(post.publishedOn)});
    ++s.posts;
    for (const PlanMetric &m : post.metrics) {
        w.exec(QStringLiteral("metric"),
               QStringLiteral("INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves, shares, clicks, "
                              "source, is_final) VALUES (?,?,?,?,?,?,?,?,?,?)"),
               {*postId, date(m.asOf), m.views, m.likes, m.comments, m.saves, m.shares, opt(m.clicks), post.source,
                m.isFinal ? 1 : 0});
        ++s.metrics;
    }
}

std::vector<qint64> writeCampaigns(Writer &w, const DemoPlan &plan, const std::vector<qint64> &creatorIds,
                                   const QString &now, DemoSummary &s, std::vector<qint64> &campaignIds)
{
    for (const PlanCampaign &c : plan.campaigns) {
        campaignIds.push_back(w.insert(
            QStringLiteral("campaign"),
            QStringLiteral("INSERT INTO campaigns (name, brand, product, objective, starts_on, ends_on, budget_fen, status, "
                           "closed_on, owner, notes, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1)"),
            {c.name, c.brand, c.product, c.objective, date(c.starts), date(c.ends), c.budgetFen, c.status,
             date(c.closedOn), c.owner, text(c.notes), now, now}));
        ++s.campaigns;
    }
    std::vector<qint64> collaborationIds;
    for (const PlanCollab &c : plan.collaborations) {
        const qint64 creatorId = creatorIds[size_t(c.creator)];
        const qint64 id = w.insert(
            QStringLiteral("collaboration"),
            QStringLiteral("INSERT INTO collaborations (campaign_id, creator_id, objective, fee_fen, format, contracted_posts, "
                           "delivered_posts, due_on, status, brand_fit, reliability, renewal, renewal_reason, response_hours, "
                           "pushback_notes, revision_notes, notes, created_at, updated_at, version) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)"),
            {campaignIds[size_t(c.campaign)], creatorId, plan.campaigns[size_t(c.campaign)].objective, c.feeFen, c.format,
             c.contracted, c.delivered, date(c.due), c.status, opt(c.brandFit), opt(c.reliability), text(c.renewal),
             text(c.renewalReason), opt(c.responseHours), text(c.pushback), text(c.revision), text(c.notes), now, now});
        collaborationIds.push_back(id);
        ++s.collaborations;
        std::vector<qint64> postIds(c.posts.size(), 0);
        for (size_t k = 0; k < c.posts.size(); ++k)
            writePost(w, c.posts[k], id, creatorId, &postIds[k], s);
        for (const PlanDeliverable &d : c.deliverables) {
            w.exec(QStringLiteral("deliverable"),
                   QStringLiteral("INSERT INTO deliverables (collaboration_id, format, due_on, post_id) VALUES (?,?,?,?)"),
                   {id, d.format, date(d.due), d.post >= 0 ? QVariant(postIds[size_t(d.post)]) : QVariant()});
            ++s.deliverables;
        }
        if (w.failed())
            break;
    }
    return collaborationIds;
}

// Targets for each measured campaign's leading KPIs, set near what it achieved (alternately a
// little above and below) so that the screens and reports show targets both met and missed.
void writeTargets(Writer &w, Database &db, const DemoPlan &plan, const std::vector<qint64> &campaignIds)
{
    const CampaignRepository repository(db);
    static constexpr double factors[] = {0.9, 1.15, 1.05, 0.8};
    int turn = 0;
    for (size_t i = 0; i < campaignIds.size() && !w.failed(); ++i) {
        const std::optional<Objective> objective = ObjectiveText::fromKey(plan.campaigns[i].objective);
        const CampaignKpis kpis = repository.kpis(campaignIds[i]);
        if (!objective || kpis.postCount() == kpis.unmeasuredPosts())
            continue;
        QList<Kpi> targeted = CampaignKpis::headlineKpis(*objective);
        targeted << Kpi::Delivered;
        for (Kpi kpi : std::as_const(targeted)) {
            const std::optional<double> actual = kpis.value(kpi);
            if (!actual || *actual <= 0)
                continue;
            double target = kpi == Kpi::Delivered ? 1.0 : *actual * factors[turn++ % 4];
            switch (CampaignKpis::unit(kpi)) {
            case KpiUnit::Money: target = std::round(target * 100.0) / 100.0; break;
            case KpiUnit::Ratio: target = std::round(target * 1000.0) / 1000.0; break;
            case KpiUnit::Count: {
                const double scale = std::pow(10.0, std::floor(std::log10(target)) - 1);
                target = std::round(target / scale) * scale;
                break;
            }
            }
            w.exec(QStringLiteral("target"),
                   QStringLiteral("INSERT INTO campaign_targets (campaign_id, kpi, target) VALUES (?, ?, ?)"),
                   {campaignIds[i], CampaignKpis::key(kpi), target});
        }
    }
}

void writeEvents(Writer &w, const DemoPlan &plan, const std::vector<qint64> &creatorIds,
                 const std::vector<qint64> &collaborationIds, const QString &now, DemoSummary &s)
{
    for (size_t i = 0; i < plan.creators.size() && !w.failed(); ++i) {
        const PlanCreator &p = plan.creators[i];
        for (const PlanEvent &e : p.events) {
            w.exec(QStringLiteral("event"),
                   QStringLiteral("INSERT INTO relationship_events (creator_id, occurred_on, kind, owner, note, "
                                  "collaboration_id, created_at) VALUES (?,?,?,?,?,?,?)"),
                   {creatorIds[i], date(e.on), e.kind, text(p.c.owner), text(e.note),
                    e.collaboration >= 0 ? QVariant(collaborationIds[size_t(e.collaboration)]) : QVariant(), now});
            ++s.events;
        }
    }
}

} // namespace

bool DemoData::generate(Database &db, const DemoOptions &requested, StoreError *error, DemoSummary *summary)
{
    StoreError local;
    StoreError &err = error ? *error : local;
    err = {};
    const QString target = db.spec().displayName();
    if (db.isReadOnly()) {
        err = StoreError::make(StoreError::Code::ReadOnly, StoreError::describe(StoreError::Code::ReadOnly, target));
        return false;
    }
    DemoOptions options = requested;
    options.creators = std::clamp(options.creators, DemoOptions::minCreators, DemoOptions::maxCreators);
    if (!options.referenceDate.isValid())
        options.referenceDate = QDate::currentDate();

    WriteTransaction tx(db);
    if (!tx.begin(&err))
        return false;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM creators")) || !q.next()) {
        err = db.errorFrom(q.lastError());
        return false;
    }
    if (const qint64 existing = q.value(0).toLongLong(); existing > 0) {
        err = StoreError::make(StoreError::Code::Conflict,
                               tr("%1 already has %n creator(s); demo data is only added to an empty database.",
                                  nullptr, int(existing)).arg(target),
                               QStringLiteral("creators table not empty"));
        return false;
    }
    std::vector<Category> categories;
    if (!q.exec(QStringLiteral("SELECT id, key FROM categories ORDER BY sort_order, id"))) {
        err = db.errorFrom(q.lastError());
        return false;
    }
    while (q.next())
        categories.push_back({q.value(0).toLongLong(), q.value(1).toString()});
    if (categories.empty()) {
        err = StoreError::make(StoreError::Code::Query, tr("%1 has no categories to file creators under.").arg(target));
        return false;
    }

    DemoPlan plan;
    Rng rng(options.seed);
    planCreators(plan, rng, options, categories);
    planCampaigns(plan, rng, options);
    planExtras(plan, rng, options);

    DemoSummary s;
    const QString now = Database::nowUtc();
    Writer w(db);
    const std::vector<qint64> creatorIds = writeCreators(w, plan, now, s);
    if (!w.failed())
        writeTagsAndLists(w, plan, creatorIds, now, s);
    std::vector<qint64> collaborationIds;
    std::vector<qint64> campaignIds;
    if (!w.failed())
        collaborationIds = writeCampaigns(w, plan, creatorIds, now, s, campaignIds);
    if (!w.failed())
        writeTargets(w, db, plan, campaignIds);
    if (!w.failed())
        writeEvents(w, plan, creatorIds, collaborationIds, now, s);
    if (!w.failed())
    {
        // Which seed and date made this data, so a report can be reproduced.
        w.exec(QStringLiteral("meta-clear"), QStringLiteral("DELETE FROM meta WHERE key = ?"), {QStringLiteral("demo_data")});
        w.exec(QStringLiteral("meta"), QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
               {QStringLiteral("demo_data"), QStringLiteral("seed=%1 reference=%2 creators=%3")
                                                  .arg(options.seed).arg(options.referenceDate.toString(Qt::ISODate))
                                                  .arg(options.creators)});
    }
    if (w.failed()) {
        err = w.error();
        return false; // the transaction rolls back
    }
    if (!tx.commit(&err))
        return false;
    if (summary)
        *summary = s;
    return true;
}

QString DemoData::describe(const DemoSummary &s)
{
    const QLocale locale;
    QString out;
    out += tr("%1 creators (mega %2, mid-tier %3, micro %4, KOC %5) with %6 follower snapshots")
               .arg(locale.toString(s.creators), locale.toString(s.perTier[int(Tier::Mega)]),
                    locale.toString(s.perTier[int(Tier::Mid)]), locale.toString(s.perTier[int(Tier::Micro)]),
                    locale.toString(s.perTier[int(Tier::Koc)]), locale.toString(s.snapshots))
           + QLatin1Char('\n');
    out += tr("%1 tags (%2 tag assignments), %3 shortlists, %4 vetting records, %5 relationship events")
               .arg(locale.toString(s.tags), locale.toString(s.taggings), locale.toString(s.shortlists),
                    locale.toString(s.vetting), locale.toString(s.events))
           + QLatin1Char('\n');
    out += tr("%1 campaigns, %2 collaborations, %3 deliverables, %4 posts, %5 metric snapshots")
               .arg(locale.toString(s.campaigns), locale.toString(s.collaborations), locale.toString(s.deliverables),
                    locale.toString(s.posts), locale.toString(s.metrics))
           + QLatin1Char('\n');
    return out;
}

} // namespace rr
