// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Metrics.h"
#include "domain/Status.h"
#include "domain/Tier.h"
#include "report/CreatorReport.h" // CategoryName
#include "roster/RosterColumns.h"
#include "roster/RosterFilter.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rr {

class Database;
class ReportText;

// One creator on the sheet: the roster's key columns, nothing personal beyond the owner.
struct RosterSheetRow
{
    qint64 id = 0;
    QString nickname;
    QString handle;
    std::optional<Tier> tier;  // the override when set, else from the followers
    bool tierSetByHand = false;
    CategoryName category;     // primary category; empty names when none
    std::optional<qint64> followers;
    std::optional<double> engagementRate; // stated average, 0..1
    std::optional<qint64> priceImageFen;
    std::optional<qint64> priceVideoFen;
    Status status = Status::Prospect;
    bool doNotContact = false;
    QString owner;
    std::optional<double> brandFit;    // averages 1..5 as the roster shows them
    std::optional<double> reliability;
    QString city;
};

// A printable sheet of a shortlist's creators or of a filtered roster (issue 6 §2), read in one
// go. Language-free: RosterSheetHtml words the title, the filter and the labels in the report's
// language.
struct RosterSheetData
{
    enum class Source { Shortlist, Roster };
    Source source = Source::Roster;
    // Shortlist: its name and purpose. Roster: empty.
    qint64 shortlistId = 0;
    QString shortlistName;
    QString shortlistPurpose;
    // Roster: the filter and the names of the categories and tags it names, for the words.
    RosterFilter filter;
    QList<CategoryName> filterCategories;
    QStringList filterTags;
    QString filterShortlistName;

    QDate generatedOn;
    MetricSettings settings;
    QList<RosterSheetRow> rows;  // at most the cap, in the sheet's order
    qint64 matched = 0;          // every creator that matched; > rows.size() when capped

    static constexpr int kMaxRows = 2000;

    bool isCapped() const { return matched > rows.size(); }
    // Over the listed rows: the sum of the known follower counts (unknown when none is known),
    // the median stated engagement rate, and how many creators each tier has.
    std::optional<qint64> followerSum() const;
    std::optional<double> medianEngagementRate() const;
    int tierCount(std::optional<Tier> tier) const;
};

class RosterSheetLoader
{
    Q_DECLARE_TR_FUNCTIONS(rr::RosterSheetLoader)
public:
    // The members of shortlist `shortlistId`, the largest tier first, by followers within a tier.
    // False with Code::NotFound when there is no such shortlist.
    static bool loadShortlist(Database &db, qint64 shortlistId, const MetricSettings &settings, const QDate &today,
                              RosterSheetData *out, StoreError *error, int maxRows = RosterSheetData::kMaxRows);
    // Every creator matching `filter` (as the roster shows them), in the given order (default:
    // tier, largest first), the first `maxRows` of them.
    static bool loadRoster(Database &db, const RosterFilter &filter, const MetricSettings &settings, const QDate &today,
                           RosterSheetData *out, StoreError *error, int maxRows = RosterSheetData::kMaxRows,
                           RosterColumn sortColumn = RosterColumn::Tier, Qt::SortOrder order = Qt::DescendingOrder);
    // A shortlist by database id, else by exact name (case-insensitive); 0 when none matches.
    static qint64 findShortlist(const Database &db, const QString &idOrName, StoreError *error = nullptr);
    // `3 "Q1 launch", 5 "..."`: the shortlists by id, at most `limit` (for "not found" messages).
    static QString shortlistList(const Database &db, int limit = 20);
};

// The sheet as escaped HTML for QTextDocument, landscape-friendly: a title with the shortlist's
// purpose or the filter in words, one table row per creator (figures right-aligned, unbroken),
// a totals row (creators, followers, median stated ER) with the tier mix, and the tier legend.
class RosterSheetHtml
{
public:
    static QString build(const RosterSheetData &data, const ReportText &text);
    // The sheet's title in the report's language: the shortlist's name, or "Creator roster".
    static QString title(const RosterSheetData &data, const ReportText &text);
};

} // namespace rr
