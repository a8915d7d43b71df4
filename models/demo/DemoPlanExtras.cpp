// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoNames.h"
#include "demo/DemoPlan.h"

#include <algorithm>
#include <functional>

namespace rr::demo {

namespace {

bool inCategories(const PlanCreator &p, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        if (p.categoryKey == QLatin1String(key))
            return true;
    }
    return false;
}

void planTags(DemoPlan &plan, Rng &rng)
{
    const QString seeding11 = campaigns()[9].name; // the 双十一 campaign
    for (PlanCreator &p : plan.creators) {
        QStringList &t = p.c.tags;
        auto add = [&t](const QString &name) {
            if (!t.contains(name))
                t << name;
        };
        if (inCategories(p, {"skincare", "makeup"}) && rng.chance(0.35))
            add(QString::fromUtf8("成分党"));
        if (inCategories(p, {"skincare"}) && rng.chance(0.25))
            add(QString::fromUtf8("敏感肌"));
        if ((p.tier == Tier::Koc || p.tier == Tier::Micro) && rng.chance(0.3))
            add(QString::fromUtf8("平价"));
        if ((p.tier == Tier::Mega || p.tier == Tier::Mid) && rng.chance(0.3))
            add(QString::fromUtf8("高端"));
        if (inCategories(p, {"education", "fashion"}) && rng.chance(0.3))
            add(QString::fromUtf8("学生党"));
        if (inCategories(p, {"mother_baby"}) && rng.chance(0.6))
            add(QString::fromUtf8("宝妈"));
        if (inCategories(p, {"tech", "fitness"}) && rng.chance(0.25))
            add(QString::fromUtf8("男性向"));
        if (p.c.formats == QList<ContentFormat>{ContentFormat::Video} && rng.chance(0.5))
            add(QStringLiteral("Video-first"));
        if (p.collaborations.size() >= 2)
            add(QString::fromUtf8("老客户"));
        bool in11 = false;
        for (int index : p.collaborations)
            in11 = in11 || plan.campaigns[plan.collaborations[index].campaign].name == seeding11;
        if (in11 || (inCategories(p, {"skincare", "makeup"}) && rng.chance(0.1)))
            add(QString::fromUtf8("双十一"));
    }
}

std::vector<int> pickMembers(DemoPlan &plan, Rng &rng, int count, const std::function<bool(const PlanCreator &)> &fits)
{
    std::vector<int> out;
    for (int i = 0; i < int(plan.creators.size()); ++i) {
        const PlanCreator &p = plan.creators[i];
        if (p.c.status != Status::Declined && fits(p))
            out.push_back(i);
    }
    rng.shuffle(out);
    if (int(out.size()) > count)
        out.resize(size_t(count));
    std::sort(out.begin(), out.end());
    return out;
}

void planShortlists(DemoPlan &plan, Rng &rng)
{
    PlanShortlist q1;
    q1.name = QString::fromUtf8("Q1 launch 护肤候选");
    q1.purpose = QString::fromUtf8("Hydra Serum Q1 launch: skincare & makeup micro/mid creators with save rates above 2%. "
                                   "先约档期，再谈价格。");
    q1.createdBy = owners()[0];
    q1.members = pickMembers(plan, rng, 18, [](const PlanCreator &p) {
        return inCategories(p, {"skincare", "makeup"}) && (p.tier == Tier::Micro || p.tier == Tier::Mid);
    });
    for (int i : q1.members)
        plan.creators[size_t(i)].c.tags << QStringLiteral("Q1 launch");

    PlanShortlist backups;
    backups.name = QString::fromUtf8("双十一 腰部备选");
    backups.purpose = QString::fromUtf8("备选名单：若合作中博主档期冲突，优先联系这些腰部博主。Backups for 11.11 if a booked creator drops out.");
    backups.createdBy = owners()[2];
    backups.members = pickMembers(plan, rng, 12, [](const PlanCreator &p) {
        return p.tier == Tier::Mid && !p.c.doNotContact;
    });

    PlanShortlist pets;
    pets.name = QString::fromUtf8("宠物 & 家居 KOC 种草池");
    pets.purpose = QStringLiteral("Seeding pool for Nordpaw: pet and home KOCs and micro creators who accept product-only deals.");
    pets.createdBy = owners()[3];
    pets.members = pickMembers(plan, rng, 15, [](const PlanCreator &p) {
        return inCategories(p, {"pets", "home"}) && (p.tier == Tier::Koc || p.tier == Tier::Micro);
    });
    plan.shortlists = {q1, backups, pets};
}

void planVetting(DemoPlan &plan, Rng &rng, const QDate &reference)
{
    const int target = int(plan.creators.size()) * 2 / 5;
    std::vector<int> order;
    for (int i = 0; i < int(plan.creators.size()); ++i)
        order.push_back(i);
    rng.shuffle(order);
    // Partners and suspicious accounts first, then whoever else was looked at.
    std::stable_sort(order.begin(), order.end(), [&plan](int a, int b) {
        auto rank = [&plan](int i) {
            const PlanCreator &p = plan.creators[size_t(i)];
            if (p.spike)
                return 0;
            const Status s = p.c.status;
            return s == Status::ActivePartner || s == Status::Paused || s == Status::Negotiating ? 1 : 2;
        };
        return rank(a) < rank(b);
    });
    order.resize(size_t(std::min(target, int(order.size()))));
    for (int i : order) {
        PlanCreator &p = plan.creators[size_t(i)];
        PlanVetting v;
        v.commentQuality = p.spike ? rng.range(1, 2) : rng.range(2, 5);
        v.contentConsistency = rng.range(2, 5);
        v.audienceNotes = rng.pick(audienceNotes());
        if (rng.chance(0.6))
            v.pastCollaborations = rng.pick(pastCollaborations());
        v.competitorConflict = rng.chance(0.1);
        v.fakeFollowerFlag = p.spike;
        v.notes = p.spike ? QString::fromUtf8("粉丝一个季度内翻倍以上，互动率远低于同量级：疑似刷粉。Spiky follower growth.")
                          : rng.pick(vettingNotes());
        const QDate earliest = p.c.firstContactOn.isValid() ? p.c.firstContactOn : reference.addDays(-200);
        v.vettedOn = std::min(earliest.addDays(rng.range(0, 14)), reference);
        v.vettedBy = p.c.owner.isEmpty() ? rng.pick(owners()) : p.c.owner;
        p.vetting = v;
    }
}

} // namespace

void planExtras(DemoPlan &plan, Rng &rng, const DemoOptions &options)
{
    planShortlists(plan, rng);
    planTags(plan, rng);
    planVetting(plan, rng, options.referenceDate);
}

} // namespace rr::demo
