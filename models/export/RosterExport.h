// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Tier.h"
#include "export/TableSink.h"
#include "roster/RosterFilter.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace rr {

class Database;
struct XlsxResult;

// Columns of a roster, shortlist or creator export, in file order.
enum class ExportColumn {
    Id, Handle, ProfileUrl, Nickname, RealName, Followers, FollowersAsOf, Tier, TierSetByHand,
    PrimaryCategory, SecondaryCategories, Tags, City, Languages, Status, DoNotContact, Owner, Agency,
    PriceImage, PriceVideo, FeeMin, FeeMax, Formats, EngagementRate, BrandFit, Reliability,
    ContactMethod, Wechat, Phone, Email, FirstContact, CommunicationNotes, Notes, Updated,
    Count // number of columns, not a column
};

// The roster as CSV (CsvWriter: UTF-8 with BOM, CRLF, formula-looking text guarded): every
// creator matching a filter, one row each, by creator id. Read with forward-only queries, row by
// row, never the whole roster in memory: one SELECT of the profiles with the roster's own filter
// SQL (RosterQuery::whereClause, bound values only) and two narrow ones (secondary categories,
// tags) restricted by the same filter and merged by creator id as the rows go by.
// Headers and labels (tier, status, yes/no) are in the interface language; counts, money (yuan)
// and ratios (0..1) are numbers; handles, phone numbers and dates are text written intact.
class RosterExport
{
    Q_DECLARE_TR_FUNCTIONS(rr::RosterExport)
public:
    static QString title(ExportColumn column);
    static QStringList headers();
    // How a column's cells are typed (numbers, money, ratios, dates, phone numbers, text).
    static CellKind kind(ExportColumn column);
    static QList<CellKind> kinds();

    // Writes the header and every matching creator to `sink` as one table named `sheet`
    // (default "Roster"). `rows` receives the number of creators passed to the sink.
    static bool writeRows(const Database &db, const RosterFilter &filter, TableSink &sink, qint64 *rows = nullptr,
                          StoreError *error = nullptr, const TierThresholds &thresholds = TierThresholds(),
                          const QString &sheet = QString());

    // Writes the header and every matching creator. `rows` receives the number of creators written.
    static bool writeCsv(const Database &db, const RosterFilter &filter, QIODevice *device,
                         qint64 *rows = nullptr, StoreError *error = nullptr,
                         const TierThresholds &thresholds = TierThresholds());
    // The members of one shortlist, with the same columns.
    static bool writeShortlistCsv(const Database &db, qint64 shortlistId, QIODevice *device,
                                  qint64 *rows = nullptr, StoreError *error = nullptr,
                                  const TierThresholds &thresholds = TierThresholds());

    // The same rows as an .xlsx workbook at `path` (XlsxWriter: typed cells, the target replaced
    // only when complete). Past Excel's 1,048,575 data rows the rest is left out and counted in
    // result->omittedRows: the export still succeeds, and the caller must tell the user.
    static bool writeXlsx(const Database &db, const RosterFilter &filter, const QString &path,
                          XlsxResult *result = nullptr, const TierThresholds &thresholds = TierThresholds());
    static bool writeShortlistXlsx(const Database &db, qint64 shortlistId, const QString &path,
                                   XlsxResult *result = nullptr, const TierThresholds &thresholds = TierThresholds());
};

} // namespace rr
