// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the demo generator: the dataset is planned in memory first (deterministically, from
// one random generator), then written in one transaction by DemoData.

#include "demo/DemoData.h"
#include "domain/Creator.h"

#include <QDate>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rr::demo {

class Rng
{
public:
    explicit Rng(quint32 seed) : m_gen(seed) {}
    int range(int lo, int hi) { return lo >= hi ? lo : int(m_gen.bounded(lo, hi + 1)); } // inclusive
    double real(double lo, double hi) { return lo + (hi - lo) * m_gen.generateDouble(); }
    bool chance(double p) { return m_gen.generateDouble() < p; }
    template <typename List> const auto &pick(const List &list)
    {
        return list[range(0, int(list.size()) - 1)];
    }
    template <typename Vec> void shuffle(Vec &v)
    {
        for (int i = int(v.size()) - 1; i > 0; --i)
            std::swap(v[i], v[range(0, i)]);
    }
    QString hex(int digits);
    QString digits(int count);

private:
    QRandomGenerator m_gen;
};

struct PlanSnapshot { QDate asOf; qint64 followers = 0; QString source; };

struct PlanEvent
{
    QDate on;
    QString kind; // contact, status, note, collaboration, rating
    QString note;
    int collaboration = -1; // index into DemoPlan::collaborations
};

struct PlanVetting
{
    int commentQuality = 3;
    int contentConsistency = 3;
    QString audienceNotes, pastCollaborations, notes, vettedBy;
    bool competitorConflict = false;
    bool fakeFollowerFlag = false;
    QDate vettedOn;
};

struct PlanCreator
{
    Creator c;          // the profile; c.tags holds tag names
    QString categoryKey;
    Tier tier = Tier::Koc;
    bool spike = false; // suspicious follower jump
    QString latin;      // pinyin stem for handles and contacts
    std::vector<PlanSnapshot> snapshots;
    std::optional<PlanVetting> vetting;
    std::vector<PlanEvent> events;
    std::vector<int> collaborations;
};

struct PlanMetric
{
    QDate asOf;
    qint64 views = 0, likes = 0, comments = 0, saves = 0, shares = 0;
    std::optional<qint64> clicks;
    bool isFinal = false;
};

struct PlanPost
{
    QString url, title, format, source;
    QDate publishedOn;
    std::vector<PlanMetric> metrics;
};

struct PlanDeliverable { QString format; QDate due; int post = -1; }; // post: index in PlanCollab::posts

struct PlanCollab
{
    int creator = 0;
    int campaign = 0;
    qint64 feeFen = 0;
    QString format;
    int contracted = 1, delivered = 0;
    QDate due;
    QString status;
    std::optional<int> brandFit, reliability;
    QString renewal, renewalReason;
    std::optional<double> responseHours;
    QString pushback, revision, notes;
    std::vector<PlanPost> posts;
    std::vector<PlanDeliverable> deliverables;
};

struct PlanCampaign
{
    QString name, brand, product, objective, status, owner, notes;
    QDate starts, ends, closedOn;
    qint64 budgetFen = 0;
    std::vector<int> collaborations;
};

struct PlanShortlist { QString name, purpose, createdBy; std::vector<int> members; };

struct Category { qint64 id = 0; QString key; };

struct DemoPlan
{
    std::vector<PlanCreator> creators;
    std::vector<PlanCampaign> campaigns;
    std::vector<PlanCollab> collaborations;
    std::vector<PlanShortlist> shortlists;
};

// Creators with profiles and follower history (no events, tags or vetting yet).
void planCreators(DemoPlan &plan, Rng &rng, const DemoOptions &options,
                  const std::vector<Category> &categories);
// Campaigns, collaborations, posts and metrics; fills creator dates, events and roll-ups.
void planCampaigns(DemoPlan &plan, Rng &rng, const DemoOptions &options);
// Tags, shortlists and vetting, once collaborations are known.
void planExtras(DemoPlan &plan, Rng &rng, const DemoOptions &options);

} // namespace rr::demo
