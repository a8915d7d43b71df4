// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalyticsFilter.h"
#include "domain/Metrics.h"
#include "store/Dialect.h"
#include "store/StoreError.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rr {

class Database;

// One point of a trend line: the posts published in one period (of one group).
struct TrendPoint
{
    QString group;                       // the group's key (tier key, category / campaign / creator id); empty for all
    QDate periodStart;
    qint64 posts = 0;                    // posts in the period with a metric snapshot
    std::optional<double> engagementRate; // Σ engagements / Σ views over posts where both are known and views > 0
    std::optional<double> saveRate;       // Σ saves / Σ views, likewise
};

enum class TrendGroup { None, Tier, Category, Campaign, Creator };
enum class CompareBy { Tier, Category };
enum class CompareMetric { EngagementRate, SaveRate, Cpe, Cpm };

// A median with the number of values behind it (unknown ratios are left out, not counted as 0).
struct Median
{
    std::optional<double> value;
    qint64 count = 0;
};

struct GroupMedian
{
    QString group; // tier key or category id
    Median median;
};

struct GroupStats
{
    QString group; // tier key or category id
    qint64 posts = 0;
    Median engagementRate, saveRate, cpe, cpm; // per post; CPE and CPM in yuan
};

// Fee against engagements of one collaboration (the cost-efficiency scatter).
struct CostPoint
{
    qint64 collaborationId = 0;
    qint64 creatorId = 0;
    QString nickname;
    QString tier; // the creator's tier key (thresholds of the settings, override first)
    double feeYuan = 0;
    qint64 engagements = 0;
    qint64 posts = 0;
};

enum class RankBy { SaveRate, EngagementRate, Cpe, Reliability };

struct RankedCreator
{
    qint64 creatorId = 0;
    QString nickname;
    QString handle;
    double value = 0;
    qint64 sample = 0; // posts behind a rate or CPE; rated collaborations behind reliability
};

struct SimilarOptions
{
    double engagementBand = 0.5; // ± this share of the chosen creator's engagement rate
    bool sameCity = false;
    int limit = 50;
};

// A statement with its bound values; `rows` marks the one whose result is read.
struct BoundSql
{
    QString sql;
    QVariantList binds;
    bool rows = false;
};

// Every aggregation in SQL: a post's figures are its latest metric snapshot, a post's cost is
// its collaboration's fee shared by the collaboration's posts, and a creator's tier follows the
// thresholds (a manual override wins). Nothing here pulls rows to aggregate them in C++. The
// per-post figures come from post_facts, one narrow row per measured post kept by the store's
// triggers (store/PostFacts.h), so each chart is one scan of it.
class AnalyticsQueries
{
public:
    AnalyticsQueries(const Database &db, MetricSettings settings = {});

    bool trend(const AnalyticsFilter &filter, Period period, TrendGroup group, QList<TrendPoint> *out,
               StoreError *error) const;
    // Post counts and all four medians per group.
    bool compare(const AnalyticsFilter &filter, CompareBy by, QList<GroupStats> *out, StoreError *error) const;
    // One metric's median per group (groups without a known value are absent).
    bool medians(const AnalyticsFilter &filter, CompareBy by, CompareMetric metric, QList<GroupMedian> *out,
                 StoreError *error) const;
    bool costEfficiency(const AnalyticsFilter &filter, QList<CostPoint> *out, StoreError *error) const;
    // Best first (lowest first for CPE); creators with fewer than minSample posts (or rated
    // collaborations for reliability) are left out.
    bool rank(const AnalyticsFilter &filter, RankBy by, int minSample, int limit, QList<RankedCreator> *out,
              StoreError *error) const;
    // Creators like `creatorId` (same primary category and tier, engagement rate in the band,
    // optionally the same city) that have no collaboration yet, closest engagement rate first.
    bool similar(qint64 creatorId, const SimilarOptions &options, QList<RankedCreator> *out, StoreError *error) const;

    // The `WITH facts AS (…)` prefix every query starts from (for benchmarks).
    QString factsSql(QVariantList *binds) const;
    // The statements trend(), medians() and costEfficiency() run, with their bound values (for
    // benchmarks and query-plan checks). SQLite has no median aggregate: the values are written
    // sorted by group and value into a temporary table whose row numbers then locate each
    // group's middle; PostgreSQL's percentile_cont does it in one statement.
    QString trendSql(const AnalyticsFilter &filter, Period period, TrendGroup group, QVariantList *binds) const;
    QString compareCountSql(const AnalyticsFilter &filter, CompareBy by, QVariantList *binds) const;
    QList<BoundSql> medianStatements(const AnalyticsFilter &filter, CompareBy by, CompareMetric metric) const;
    QString costSql(const AnalyticsFilter &filter, QVariantList *binds) const;

private:
    QString medianValuesSql(const AnalyticsFilter &filter, CompareBy by, CompareMetric metric, QVariantList *binds) const;
    QString tierExpr(const QString &followers, const QString &override, QVariantList *binds) const;

    const Database &m_db;
    MetricSettings m_settings;
};

} // namespace rr
