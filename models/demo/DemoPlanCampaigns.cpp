// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoNames.h"
#include "demo/DemoPlan.h"

#include <algorithm>
#include <cmath>

namespace rr::demo {

namespace {

// The closed campaign whose final metrics were deliberately never marked final, so the
// "final numbers a week after closing" rule has a due case to show.
constexpr int unfinishedCampaign = 7;

bool eligible(const PlanCreator &p, const QString &campaignStatus)
{
    const Status s = p.c.status;
    if (campaignStatus == QLatin1String("closed"))
        return s == Status::ActivePartner || s == Status::Paused || s == Status::Declined;
    if (campaignStatus == QLatin1String("live"))
        return s == Status::ActivePartner;
    return s == Status::ActivePartner || s == Status::Negotiating;
}

double tierFit(Tier tier, const QString &objective)
{
    if (objective == QLatin1String("awareness"))
        return tier == Tier::Mega ? 4.0 : tier == Tier::Mid ? 3.0 : 0.3;
    if (objective == QLatin1String("conversion"))
        return tier == Tier::Mid || tier == Tier::Micro ? 1.8 : 0.6;
    return tier == Tier::Koc ? 2.2 : tier == Tier::Micro ? 2.0 : 0.2;
}

// Reach of one note relative to the audience, by tier.
double reachFactor(Rng &rng, Tier tier)
{
    switch (tier) {
    case Tier::Mega: return rng.real(0.05, 0.3);
    case Tier::Mid: return rng.real(0.1, 0.6);
    case Tier::Micro: return rng.real(0.2, 1.2);
    case Tier::Koc: return rng.real(0.5, 3.0);
    }
    return 1.0;
}

std::vector<PlanMetric> planMetrics(Rng &rng, const PlanCreator &p, const QString &format, const QString &objective,
                                    const QDate &published, const QDate &reference, bool markFinal)
{
    double views = double(*p.c.followers) * reachFactor(rng, p.tier) * (format == QLatin1String("video") ? 1.3 : 1.0);
    if ((p.tier == Tier::Koc || p.tier == Tier::Micro) && rng.chance(0.06))
        views *= rng.real(3.0, 8.0); // 爆文: a note that took off
    views = std::max(views, rng.real(200, 600));
    double er = 0.04;
    switch (p.tier) {
    case Tier::Mega: er = rng.real(0.015, 0.05); break;
    case Tier::Mid: er = rng.real(0.025, 0.07); break;
    case Tier::Micro: er = rng.real(0.03, 0.09); break;
    case Tier::Koc: er = rng.real(0.04, 0.12); break;
    }
    if (p.spike)
        er = rng.real(0.003, 0.008);
    const double eng = views * er;
    const double likes = eng * rng.real(0.55, 0.65);
    const double saves = eng * rng.real(0.22, 0.30);
    const double comments = eng * rng.real(0.06, 0.14);
    const double shares = comments * rng.real(0.3, 0.8);
    const double clicks = views * rng.real(0.006, 0.025);
    const bool hasClicks = objective == QLatin1String("conversion");

    static const int days[] = {1, 3, 7, 14, 30};
    static const double curve[] = {0.35, 0.6, 0.8, 0.92, 1.0};
    std::vector<PlanMetric> out;
    double previous = 0;
    for (int k = 0; k < 5; ++k) {
        const QDate asOf = published.addDays(days[k]);
        if (asOf > reference)
            break;
        const double f = k == 4 ? 1.0 : std::max(previous, curve[k] * rng.real(0.95, 1.04));
        previous = f;
        PlanMetric m;
        m.asOf = asOf;
        m.views = qint64(std::llround(views * f));
        m.likes = qint64(std::llround(likes * f));
        m.saves = qint64(std::llround(saves * f));
        m.comments = qint64(std::llround(comments * f));
        m.shares = qint64(std::llround(shares * f));
        if (hasClicks)
            m.clicks = qint64(std::llround(clicks * f));
        out.push_back(m);
    }
    if (markFinal && !out.empty())
        out.back().isFinal = true;
    return out;
}

QString postFormat(Rng &rng, const PlanCreator &p, const QString &objective)
{
    const bool image = p.c.formats.contains(ContentFormat::Image);
    const bool video = p.c.formats.contains(ContentFormat::Video);
    if (image && video)
        return rng.chance(objective == QLatin1String("awareness") ? 0.6 : 0.35) ? QStringLiteral("video")
                                                                              : QStringLiteral("image");
    return video ? QStringLiteral("video") : QStringLiteral("image");
}

void planCollaboration(Rng &rng, DemoPlan &plan, int campaignIndex, int creatorIndex, int order,
                       const DemoOptions &options)
{
    static const QStringList sources{QStringLiteral("manual"), QString::fromUtf8("蒲公英"), QString::fromUtf8("千瓜")};
    const QDate reference = options.referenceDate;
    PlanCampaign &campaign = plan.campaigns[campaignIndex];
    PlanCreator &p = plan.creators[creatorIndex];
    const QString objective = campaign.objective;
    PlanCollab c;
    c.creator = creatorIndex;
    c.campaign = campaignIndex;
    c.format = postFormat(rng, p, objective);
    c.contracted = (p.tier == Tier::Micro || p.tier == Tier::Mid) && rng.chance(0.3) ? 2 : 1;
    const bool closed = campaign.status == QLatin1String("closed");
    // Every other closed campaign has one creator who delivered short.
    const bool underDelivers = closed && order == 1 && campaignIndex % 2 == 0;
    if (underDelivers)
        c.contracted = 2;
    const qint64 price = c.format == QLatin1String("video") ? p.c.priceVideoFen.value_or(0) : p.c.priceImageFen.value_or(0);
    c.feeFen = qint64(std::llround(double(price) * c.contracted * rng.real(0.85, 1.1) / 10000.0)) * 10000;
    if (objective == QLatin1String("seeding") && p.tier == Tier::Koc && rng.chance(0.3)) {
        c.feeFen = 0;
        c.notes = QString::fromUtf8("产品置换，无现金费用 (product exchange, no cash fee)。");
    }
    const int length = int(campaign.starts.daysTo(campaign.ends));
    c.due = campaign.starts.addDays(rng.range(std::min(12, length / 2), std::max(12, length - 5)));

    // Deliverables every week up to the collaboration's due date.
    for (int k = 0; k < c.contracted; ++k)
        c.deliverables.push_back({c.format, c.due.addDays(-7 * (c.contracted - 1 - k)), -1});

    int toDeliver = 0;
    if (closed) {
        const bool cancelled = !underDelivers && rng.chance(0.05);
        toDeliver = cancelled ? 0 : underDelivers ? 1 : c.contracted;
        c.status = cancelled ? QStringLiteral("cancelled") : QStringLiteral("delivered");
    } else if (campaign.status == QLatin1String("live")) {
        for (const PlanDeliverable &d : c.deliverables)
            toDeliver += d.due.addDays(2) <= reference ? 1 : 0;
        c.status = toDeliver == c.contracted ? QStringLiteral("delivered")
                 : toDeliver > 0 || rng.chance(0.5) ? QStringLiteral("in_progress") : QStringLiteral("briefed");
    } else {
        c.status = rng.chance(0.5) ? QStringLiteral("briefed") : QStringLiteral("planned");
    }

    const bool markFinal = closed && campaignIndex != unfinishedCampaign;
    const QString source = rng.pick(sources);
    for (int k = 0; k < toDeliver; ++k) {
        PlanPost post;
        post.format = c.format;
        post.source = source;
        post.url = QStringLiteral("https://www.xiaohongshu.com/explore/") + rng.hex(24);
        post.title = rng.pick(postTitles()).arg(campaign.product.section(QLatin1Char(' '), 0, 0));
        post.publishedOn = std::clamp(c.deliverables[k].due.addDays(-rng.range(0, 4)), campaign.starts, reference);
        post.metrics = planMetrics(rng, p, c.format, objective, post.publishedOn, reference, markFinal);
        c.deliverables[k].post = k;
        c.posts.push_back(post);
    }
    c.delivered = toDeliver;

    if (!c.posts.empty() || c.status == QLatin1String("cancelled")) {
        const bool categoryMatch = campaigns()[size_t(campaignIndex)].categories.contains(p.categoryKey);
        c.brandFit = std::clamp(rng.range(2, 4) + (categoryMatch ? 1 : 0), 1, 5);
        c.reliability = c.status == QLatin1String("cancelled") || c.delivered < c.contracted
                            ? (closed ? rng.range(1, 2) : rng.range(3, 4))
                            : rng.range(3, 5);
        if (p.spike)
            c.brandFit = rng.range(1, 2);
        c.responseHours = std::round(rng.real(0.5, p.c.hasAgency ? 72.0 : 36.0) * 2.0) / 2.0;
        if (rng.chance(0.25))
            c.pushback = rng.pick(pushbackNotes());
        if (rng.chance(0.35))
            c.revision = rng.pick(revisionNotes());
    }
    if (closed) {
        if (c.delivered < c.contracted || p.c.status == Status::Declined || c.reliability.value_or(3) <= 2)
            c.renewal = QStringLiteral("no");
        else if (c.brandFit.value_or(0) >= 4 && c.reliability.value_or(0) >= 4)
            c.renewal = QStringLiteral("yes");
        else
            c.renewal = QStringLiteral("maybe");
        c.renewalReason = rng.pick(renewalReasons(c.renewal));
    }
    campaign.collaborations.push_back(int(plan.collaborations.size()));
    p.collaborations.push_back(int(plan.collaborations.size()));
    plan.collaborations.push_back(std::move(c));
}

void addEvent(PlanCreator &p, const QDate &on, const QString &kind, const QString &note, int collaboration = -1)
{
    p.events.push_back({on, kind, note, collaboration});
}

QString statusChange(const QString &from, const QString &to)
{
    return QStringLiteral("%1 → %2 (%3 → %4)").arg(statusNameZh(from), statusNameZh(to), from, to);
}

// First contact, pipeline steps, collaborations and notes, in date order, none after the reference date.
void planEvents(Rng &rng, DemoPlan &plan, PlanCreator &p, const QDate &reference)
{
    Creator &c = p.c;
    if (c.status == Status::Prospect)
        return;
    QDate firstCollab, lastCollabEnd;
    for (int index : p.collaborations) {
        const PlanCampaign &campaign = plan.campaigns[plan.collaborations[index].campaign];
        if (!firstCollab.isValid() || campaign.starts < firstCollab)
            firstCollab = campaign.starts;
        const QDate end = std::min(campaign.ends, reference);
        if (!lastCollabEnd.isValid() || end > lastCollabEnd)
            lastCollabEnd = end;
    }
    if (firstCollab.isValid()) // never after the reference date, even for a campaign still being planned
        c.firstContactOn = std::min(firstCollab.addDays(-rng.range(20, 90)), reference.addDays(-rng.range(5, 30)));
    else if (c.status == Status::OutreachSent)
        c.firstContactOn = reference.addDays(-rng.range(3, 60));
    else
        c.firstContactOn = reference.addDays(-rng.range(30, 400));

    QDate day = c.firstContactOn;
    auto step = [&](int lo, int hi) {
        day = std::min(day.addDays(rng.range(lo, hi)), reference);
        return day;
    };
    addEvent(p, day, QStringLiteral("contact"), rng.pick(contactNotes()));
    addEvent(p, day, QStringLiteral("status"), statusChange(QStringLiteral("prospect"), QStringLiteral("outreach_sent")));
    if (c.status == Status::OutreachSent)
        return;
    addEvent(p, step(2, 12), QStringLiteral("status"), statusChange(QStringLiteral("outreach_sent"), QStringLiteral("negotiating")));
    if (c.status == Status::Negotiating) {
        if (rng.chance(0.5))
            addEvent(p, step(1, 10), QStringLiteral("note"), rng.pick(eventNotes()));
        return;
    }
    const bool everActive = c.status == Status::ActivePartner || c.status == Status::Paused || !p.collaborations.empty();
    if (everActive) {
        const QDate activeOn = firstCollab.isValid() ? firstCollab.addDays(-rng.range(1, 7)) : step(5, 20);
        day = std::clamp(activeOn, day, reference);
        addEvent(p, day, QStringLiteral("status"), statusChange(QStringLiteral("negotiating"), QStringLiteral("active")));
    }
    for (int index : p.collaborations) {
        const PlanCollab &collab = plan.collaborations[index];
        const PlanCampaign &campaign = plan.campaigns[collab.campaign];
        if (campaign.starts <= reference)
            addEvent(p, campaign.starts, QStringLiteral("collaboration"),
                     QString::fromUtf8("合作开始：%1").arg(campaign.name), index);
        if (campaign.closedOn.isValid() && collab.brandFit)
            addEvent(p, campaign.closedOn, QStringLiteral("rating"),
                     QString::fromUtf8("品牌契合 %1/5，可靠性 %2/5（续约：%3）")
                         .arg(*collab.brandFit).arg(collab.reliability.value_or(0)).arg(collab.renewal),
                     index);
    }
    if (lastCollabEnd.isValid())
        day = std::max(day, lastCollabEnd);
    if (rng.chance(0.6))
        addEvent(p, step(1, 20), QStringLiteral("note"), rng.pick(eventNotes()));
    const QString from = everActive ? QStringLiteral("active") : QStringLiteral("negotiating");
    if (c.status == Status::Paused)
        addEvent(p, step(3, 30), QStringLiteral("status"), statusChange(from, QStringLiteral("paused")));
    else if (c.status == Status::Declined)
        addEvent(p, step(3, 30), QStringLiteral("status"), statusChange(from, QStringLiteral("declined")));
    std::stable_sort(p.events.begin(), p.events.end(),
                     [](const PlanEvent &a, const PlanEvent &b) { return a.on < b.on; });
}

void rollUp(DemoPlan &plan, PlanCreator &p)
{
    double fit = 0, rel = 0;
    int fitCount = 0, relCount = 0;
    for (int index : p.collaborations) {
        const PlanCollab &c = plan.collaborations[index];
        if (c.brandFit) { fit += *c.brandFit; ++fitCount; }
        if (c.reliability) { rel += *c.reliability; ++relCount; }
        if (c.feeFen > 0) {
            p.c.feeMinFen = std::min(p.c.feeMinFen.value_or(c.feeFen), c.feeFen / c.contracted);
            p.c.feeMaxFen = std::max(p.c.feeMaxFen.value_or(c.feeFen), c.feeFen / c.contracted);
        }
    }
    if (fitCount)
        p.c.brandFit = fit / fitCount;
    if (relCount)
        p.c.reliability = rel / relCount;
}

} // namespace

void planCampaigns(DemoPlan &plan, Rng &rng, const DemoOptions &options)
{
    const QDate reference = options.referenceDate;
    const std::vector<CampaignTemplate> &templates = campaigns();
    for (size_t t = 0; t < templates.size(); ++t) {
        const CampaignTemplate &tpl = templates[t];
        PlanCampaign campaign;
        campaign.name = tpl.name;
        campaign.brand = tpl.brand;
        campaign.product = tpl.product;
        campaign.objective = tpl.objective;
        campaign.notes = tpl.notes;
        campaign.owner = owners()[int(t) % owners().size()];
        campaign.starts = reference.addDays(tpl.startOffsetDays);
        campaign.ends = campaign.starts.addDays(tpl.durationDays);
        campaign.status = campaign.ends < reference ? QStringLiteral("closed")
                        : campaign.starts <= reference ? QStringLiteral("live") : QStringLiteral("planning");
        if (campaign.status == QLatin1String("closed"))
            campaign.closedOn = std::min(campaign.ends.addDays(rng.range(2, 6)), reference.addDays(-8));
        plan.campaigns.push_back(campaign);

        // The best-fitting eligible creators: category, tier for the objective, and some luck.
        std::vector<std::pair<double, int>> ranked;
        for (int i = 0; i < int(plan.creators.size()); ++i) {
            const PlanCreator &p = plan.creators[i];
            if (!eligible(p, campaign.status))
                continue;
            double score = tierFit(p.tier, campaign.objective) + rng.real(0, 2.5);
            if (tpl.categories.contains(p.categoryKey))
                score += 3;
            ranked.push_back({-score, i});
        }
        std::sort(ranked.begin(), ranked.end());
        const int count = std::min(int(ranked.size()), rng.range(5, 20));
        for (int k = 0; k < count; ++k)
            planCollaboration(rng, plan, int(t), ranked[k].second, k, options);

        PlanCampaign &stored = plan.campaigns.back();
        qint64 fees = 0;
        for (int index : stored.collaborations)
            fees += plan.collaborations[index].feeFen;
        // Fees plus production and sampling, in round 5,000 yuan steps.
        stored.budgetFen = qint64(std::llround(double(fees) * rng.real(1.1, 1.35) / 500000.0)) * 500000;
        stored.budgetFen = std::max<qint64>(stored.budgetFen, 1000000);
    }
    for (PlanCreator &p : plan.creators) {
        planEvents(rng, plan, p, reference);
        rollUp(plan, p);
    }
}

} // namespace rr::demo
