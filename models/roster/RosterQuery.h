// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Tier.h"
#include "roster/RosterColumns.h"
#include "roster/RosterFilter.h"

#include <QList>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace rr {

class Dialect;

// What the roster asks of the store: the filter, the sort and the settings the SQL depends on.
struct RosterQuerySpec
{
    RosterFilter filter;
    int sortColumn = -1;                  // a RosterColumn, or -1 for storage order
    Qt::SortOrder order = Qt::AscendingOrder;
    TierThresholds thresholds;
    bool chineseNames = false;            // category names sorted by name_zh instead of name_en
};

// One creator as the roster shows it: only the columns of the table, never the whole profile.
struct RosterRow
{
    qint64 id = 0;
    QString handle;
    QString nickname;
    QString tierOverride;       // storage key or empty
    QVariant followers;         // qint64 or null
    QString categoryZh;
    QString categoryEn;
    QString city;
    QString status;             // storage key
    QString owner;
    bool hasAgency = false;
    QString agencyName;
    QVariant priceImageFen;     // qint64 or null
    QVariant priceVideoFen;
    QVariant engagementRate;    // double 0..1 or null
    QVariant brandFit;          // double or null
    QVariant reliability;
    QString firstContactOn;     // ISO date
    QString updatedAt;          // ISO UTC timestamp
    bool doNotContact = false;
};

// SQL text of the roster's queries. Identifiers come only from the whitelists in here; every
// value from the filter is returned in `binds`, in the order of the `?` placeholders.
class RosterQuery
{
public:
    // The same filter is spelled for the planner's sake in two ways: a page walks the sort order
    // and stops after LIMIT rows, so it must not be driven from a filter index; a count reads every
    // match, so it should be driven from the narrowest index (tier index, category id lists).
    // Matches: like Page, without the search condition (the search index answered it).
    enum class Purpose { Page, Count, Matches };
    // Beyond this many hits, a search is paged by SQL instead of listing its ids.
    static constexpr int maxIndexedMatches = 50000;
    // "WHERE ..." (or empty) over `creators c`.
    static QString whereClause(const RosterQuerySpec &spec, const Dialect &dialect, QVariantList *binds,
                               Purpose purpose = Purpose::Page);
    // The ORDER BY expression list, ending with c.id as the tie-breaker.
    // Values the ordering needs (tier thresholds) are appended to `binds`.
    static QString orderBy(const RosterQuerySpec &spec, QVariantList *binds);
    // One page: LIMIT and OFFSET are the last two bound values (appended to `binds`). With
    // `after` (the keysetKey() of the row before the page) the page starts right after that row
    // by index instead of skipping `offset` rows: sequential scrolling stays fast at any depth.
    static QString pageSql(const RosterQuerySpec &spec, const Dialect &dialect, int limit, qint64 offset,
                           QVariantList *binds, const QVariantList &after = {});
    // Whether pages in this sort order can start after a key (storage order and NOT NULL columns).
    static bool supportsKeyset(const RosterQuerySpec &spec);
    // The sort key of `row` for pageSql's `after`: (sort value, id) or (id).
    static QVariantList keysetKey(const RosterQuerySpec &spec, const RosterRow &row);
    // Number of matching rows.
    static QString countSql(const RosterQuerySpec &spec, const Dialect &dialect, QVariantList *binds);
    // All creators, regardless of the filter.
    static QString totalSql();
    // The temporary table of search hits (per connection), filling it, and reading the hits that
    // pass the other filters, in display order.
    static QString hitsTableSql(const Dialect &dialect);
    static QString insertHitsSql(qsizetype count);
    static QString matchSql(const RosterQuerySpec &spec, const Dialect &dialect, QVariantList *binds);
    // Rows of the given creators (any order; `count` placeholders).
    static QString rowsByIdsSql(qsizetype count);

    static RosterRow readRow(const QSqlQuery &query);
};

} // namespace rr
