// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoNames.h"
#include "demo/DemoPlan.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>

namespace rr::demo {

QString Rng::hex(int count)
{
    static const char digitsHex[] = "0123456789abcdef";
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out += QLatin1Char(digitsHex[range(0, 15)]);
    return out;
}

QString Rng::digits(int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out += QLatin1Char(char('0' + range(i == 0 ? 1 : 0, 9)));
    return out;
}

namespace {

// Follower ranges inside the default TierThresholds.
qint64 followersFor(Rng &rng, Tier tier)
{
    double lo = 600, hi = 9999;
    switch (tier) {
    case Tier::Mega: lo = 500000; hi = 3200000; break;
    case Tier::Mid: lo = 50000; hi = 499999; break;
    case Tier::Micro: lo = 10000; hi = 49999; break;
    case Tier::Koc: break;
    }
    // Log-uniform: many creators near the bottom of a tier, few at the top.
    const double v = std::exp(rng.real(std::log(lo), std::log(hi)));
    return std::clamp(qint64(std::llround(v)), qint64(lo), qint64(hi));
}

// Position of `followers` inside its tier, 0..1, so prices follow audience size.
double positionInTier(qint64 followers, Tier tier)
{
    double lo = 600, hi = 9999;
    switch (tier) {
    case Tier::Mega: lo = 500000; hi = 3200000; break;
    case Tier::Mid: lo = 50000; hi = 499999; break;
    case Tier::Micro: lo = 10000; hi = 49999; break;
    case Tier::Koc: break;
    }
    return std::clamp((std::log(double(followers)) - std::log(lo)) / (std::log(hi) - std::log(lo)), 0.0, 1.0);
}

qint64 roundYuan(double yuan, int step)
{
    return qint64(std::max(1.0, std::round(yuan / step))) * step;
}

void planPrices(Rng &rng, PlanCreator &p)
{
    double lo = 200, hi = 1200;
    int step = 50;
    switch (p.tier) {
    case Tier::Mega: lo = 35000; hi = 150000; step = 1000; break;
    case Tier::Mid: lo = 6000; hi = 35000; step = 500; break;
    case Tier::Micro: lo = 1500; hi = 6000; step = 100; break;
    case Tier::Koc: break;
    }
    const double pos = positionInTier(*p.c.followers, p.tier) * rng.real(0.75, 1.15);
    const double image = lo + (hi - lo) * std::clamp(pos, 0.0, 1.0);
    const double video = image * rng.real(1.3, 1.8);
    const int f = rng.range(0, 99);
    if (f < 35)
        p.c.formats = {ContentFormat::Image};
    else if (f < 58)
        p.c.formats = {ContentFormat::Video};
    else
        p.c.formats = {ContentFormat::Image, ContentFormat::Video};
    if (p.c.formats.contains(ContentFormat::Image) || rng.chance(0.3))
        p.c.priceImageFen = roundYuan(image, step) * 100;
    if (p.c.formats.contains(ContentFormat::Video))
        p.c.priceVideoFen = roundYuan(video, step) * 100;
}

void planHistory(Rng &rng, PlanCreator &p, const QDate &reference)
{
    static const QStringList sources{QString::fromUtf8("蒲公英"), QString::fromUtf8("蒲公英"),
                                     QString::fromUtf8("千瓜"), QStringLiteral("manual")};
    const int count = rng.chance(0.7) ? 7 : rng.range(3, 6); // quarterly, up to 18 months back
    const QDate latest = reference.addDays(-rng.range(2, 45));
    const int spikeAt = p.spike ? rng.range(count - 3, count - 1) : -1; // jump into snapshot spikeAt
    std::vector<qint64> values(count);
    values[count - 1] = *p.c.followers;
    for (int k = count - 1; k > 0; --k) {
        double growth = 0;
        switch (p.tier) {
        case Tier::Koc: growth = rng.real(0.03, 0.35); break;
        case Tier::Micro: growth = rng.real(0.02, 0.20); break;
        case Tier::Mid: growth = rng.real(0.01, 0.12); break;
        case Tier::Mega: growth = rng.real(-0.02, 0.08); break;
        }
        if (rng.chance(0.08))
            growth = rng.real(-0.04, 0.0); // a quiet quarter loses a few followers
        if (k == spikeAt)
            growth = rng.real(1.4, 2.6); // 2.4–3.6× in one quarter with no viral note behind it
        values[k - 1] = std::max<qint64>(50, qint64(std::llround(double(values[k]) / (1.0 + growth))));
    }
    for (int k = 0; k < count; ++k)
        p.snapshots.push_back({latest.addMonths(-3 * (count - 1 - k)), values[k], rng.pick(sources)});
    p.c.followersAsOf = latest;
}

template <typename T> std::vector<T> exactMix(Rng &rng, int n, const std::vector<std::pair<T, double>> &shares)
{
    std::vector<T> out;
    for (size_t i = 1; i < shares.size(); ++i) {
        const int count = std::max(1, int(std::lround(n * shares[i].second)));
        out.insert(out.end(), count, shares[i].first);
    }
    while (int(out.size()) < n)
        out.push_back(shares[0].first); // the first entry takes the rest
    out.resize(n);
    rng.shuffle(out);
    return out;
}

double categoryWeight(const QString &key)
{
    static const QHash<QString, double> w{
        {QStringLiteral("skincare"), 3.0}, {QStringLiteral("makeup"), 2.5}, {QStringLiteral("fashion"), 2.0},
        {QStringLiteral("food"), 2.0},     {QStringLiteral("lifestyle"), 1.5}, {QStringLiteral("education"), 0.6}};
    return w.value(key, 1.0);
}

std::vector<int> categoryMix(Rng &rng, int n, const std::vector<Category> &categories)
{
    const int count = int(categories.size());
    std::vector<int> out;
    double total = 0;
    for (const Category &c : categories)
        total += categoryWeight(c.key);
    for (int i = 0; i < n; ++i) {
        if (i < count) { // every category at least once
            out.push_back(i);
            continue;
        }
        double r = rng.real(0, total);
        int chosen = count - 1;
        for (int k = 0; k < count; ++k) {
            r -= categoryWeight(categories[k].key);
            if (r <= 0) { chosen = k; break; }
        }
        out.push_back(chosen);
    }
    rng.shuffle(out);
    return out;
}

QString uniqueHandle(Rng &rng, const PlanCreator &p, QSet<QString> &used)
{
    for (;;) {
        QString h;
        if (rng.chance(0.4)) {
            h = rng.digits(rng.range(9, 10)); // numeric 小红书号
        } else {
            static const QStringList seps{QStringLiteral("_"), QStringLiteral("."), QString()};
            h = p.latin + rng.pick(seps) + handleWord(p.categoryKey);
            if (rng.chance(0.6))
                h += QString::number(rng.range(1, 9999));
        }
        if (!used.contains(h)) {
            used.insert(h);
            return h;
        }
    }
}

void planContact(Rng &rng, PlanCreator &p)
{
    Creator &c = p.c;
    const bool known = c.status != Status::Prospect;
    if (c.hasAgency && rng.chance(0.7)) {
        c.contactMethod = QStringLiteral("agency");
    } else {
        const int m = rng.range(0, 99);
        c.contactMethod = m < 62 ? QStringLiteral("wechat") : m < 80 ? QStringLiteral("email")
                        : m < 92 ? QStringLiteral("phone") : QStringLiteral("other");
    }
    if (!known && rng.chance(0.7)) {
        c.contactMethod.clear(); // a prospect found on XHS: nothing but the profile yet
        return;
    }
    if (c.contactMethod == QLatin1String("wechat") || rng.chance(0.3))
        c.wechat = rng.chance(0.5) ? p.latin + QLatin1Char('_') + rng.digits(4)
                                   : QStringLiteral("wxid_") + rng.hex(10);
    if (c.contactMethod == QLatin1String("phone") || rng.chance(0.15)) {
        static const QStringList prefixes{QStringLiteral("138"), QStringLiteral("139"), QStringLiteral("186"),
                                          QStringLiteral("159"), QStringLiteral("177")};
        c.phone = QStringLiteral("+86 ") + rng.pick(prefixes) + QLatin1Char(' ') + rng.digits(4)
                  + QLatin1Char(' ') + rng.digits(4);
    }
    if (c.contactMethod == QLatin1String("email") || rng.chance(0.2))
        c.email = p.latin + QString::number(rng.range(10, 999)) + QStringLiteral("@example.com");
}

} // namespace

void planCreators(DemoPlan &plan, Rng &rng, const DemoOptions &options, const std::vector<Category> &categories)
{
    const int n = options.creators;
    const QDate reference = options.referenceDate;
    const std::vector<Tier> tiers = exactMix<Tier>(
        rng, n, {{Tier::Koc, 0.32}, {Tier::Mega, 0.08}, {Tier::Mid, 0.25}, {Tier::Micro, 0.35}});
    const std::vector<Status> statuses = exactMix<Status>(
        rng, n, {{Status::Prospect, 0.33}, {Status::OutreachSent, 0.18}, {Status::Negotiating, 0.10},
                 {Status::ActivePartner, 0.24}, {Status::Paused, 0.07}, {Status::Declined, 0.08}});
    const std::vector<int> cats = categoryMix(rng, n, categories);

    // 3–5 creators with a suspicious jump, from the tiers where it shows.
    std::vector<int> spikeCandidates;
    for (int i = 0; i < n; ++i) {
        if (tiers[i] == Tier::Micro || tiers[i] == Tier::Mid)
            spikeCandidates.push_back(i);
    }
    rng.shuffle(spikeCandidates);
    spikeCandidates.resize(std::min<size_t>(spikeCandidates.size(), size_t(rng.range(3, 5))));

    QSet<QString> handles;
    QSet<QString> nicknames;
    const QStringList &cityList = cities();
    plan.creators.resize(n);
    bool firstDeclined = true;
    for (int i = 0; i < n; ++i) {
        PlanCreator &p = plan.creators[i];
        Creator &c = p.c;
        p.tier = tiers[i];
        p.categoryKey = categories[cats[i]].key;
        p.spike = std::find(spikeCandidates.begin(), spikeCandidates.end(), i) != spikeCandidates.end();
        c.status = statuses[i];
        c.primaryCategoryId = categories[cats[i]].id;
        if (rng.chance(0.35)) {
            const int extra = rng.range(1, 2);
            for (int k = 0; k < extra; ++k) {
                const qint64 id = rng.pick(categories).id;
                if (id != *c.primaryCategoryId && !c.secondaryCategoryIds.contains(id))
                    c.secondaryCategoryIds << id;
            }
        }

        const NameStem &stem = rng.pick(nicknameStems());
        p.latin = stem.latin;
        const QStringList endings = nicknameEndings(p.categoryKey);
        for (int attempt = 0; attempt < 8; ++attempt) {
            const NameStem &s = attempt == 0 ? stem : rng.pick(nicknameStems());
            c.nickname = s.display + rng.pick(endings);
            if (!nicknames.contains(c.nickname))
                break;
        }
        nicknames.insert(c.nickname);
        c.handle = uniqueHandle(rng, p, handles);
        c.profileUrl = QStringLiteral("https://www.xiaohongshu.com/user/profile/") + rng.hex(24);
        if (rng.chance(0.3))
            c.profileUrl += QStringLiteral("?xsec_token=AB") + rng.hex(20) + QStringLiteral("&xsec_source=pc_search");
        if (rng.chance(0.45))
            c.realName = rng.pick(surnames()) + rng.pick(givenNames());

        c.followers = followersFor(rng, p.tier);
        planHistory(rng, p, reference);
        c.followers = p.snapshots.back().followers;

        double erLo = 0.04, erHi = 0.09;
        switch (p.tier) {
        case Tier::Mega: erLo = 0.01; erHi = 0.035; break;
        case Tier::Mid: erLo = 0.02; erHi = 0.05; break;
        case Tier::Micro: erLo = 0.03; erHi = 0.07; break;
        case Tier::Koc: break;
        }
        if (p.spike) {
            erLo = 0.004;
            erHi = 0.009;
        }
        c.avgEngagementRate = std::round(rng.real(erLo, erHi) * 10000.0) / 10000.0;

        // Big cities first and most often.
        c.city = cityList[std::min(int(cityList.size()) - 1, int(std::floor(std::pow(rng.real(0, 1), 1.8) * cityList.size())))];
        const int lang = rng.range(0, 99);
        c.languages = {QStringLiteral("zh")};
        if (lang < 10)
            c.languages << QStringLiteral("en");
        else if (lang < 14)
            c.languages << QStringLiteral("ja");
        else if (lang < 16)
            c.languages << QStringLiteral("en") << QStringLiteral("ja");

        const double agencyShare = p.tier == Tier::Mega ? 0.8 : p.tier == Tier::Mid ? 0.45
                                 : p.tier == Tier::Micro ? 0.25 : 0.08;
        c.hasAgency = rng.chance(agencyShare);
        if (c.hasAgency)
            c.agencyName = rng.pick(agencies());
        planPrices(rng, p);
        planContact(rng, p);

        const bool known = c.status != Status::Prospect;
        if (known || rng.chance(0.4))
            c.owner = rng.pick(owners());
        if (known) {
            const qint64 lo = std::min(c.priceImageFen.value_or(LLONG_MAX), c.priceVideoFen.value_or(LLONG_MAX));
            const qint64 hi = std::max(c.priceImageFen.value_or(0), c.priceVideoFen.value_or(0));
            c.feeMinFen = qint64(std::llround(double(lo) * 0.8 / 10000.0)) * 10000;
            c.feeMaxFen = qint64(std::llround(double(hi) * 1.15 / 10000.0)) * 10000;
            if (rng.chance(0.35))
                c.communicationNotes = rng.pick(communicationNotes());
        }
        if (c.status == Status::Declined) {
            c.doNotContact = firstDeclined || rng.chance(0.4);
            firstDeclined = false;
            c.notes = rng.pick(declineNotes());
        } else if (rng.chance(0.4)) {
            c.notes = rng.pick(creatorNotes());
        }
    }
}

} // namespace rr::demo
