// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Metrics.h"
#include "export/TableSink.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace rr {

class Database;
struct XlsxResult;

// A campaign's data as CSV (CsvWriter: UTF-8 with BOM, CRLF, formula-looking text guarded).
// The figures are CampaignKpis computed per collaboration from the same input the campaign
// screen uses (fee, each post's latest snapshot, contracted and delivered counts), so a row's
// views, engagements, ER, SR and CPE are the campaign KPIs restricted to that collaboration:
// unknown stays an empty cell, never 0. Money in yuan, ratios 0..1, counts as numbers.
class CampaignExport
{
    Q_DECLARE_TR_FUNCTIONS(rr::CampaignExport)
public:
    // One row per collaboration, by creator name.
    static QStringList collaborationHeaders();
    static QList<CellKind> collaborationKinds();
    // The same rows to any sink, as one table named "Creators".
    static bool writeCollaborations(Database &db, qint64 campaignId, TableSink &sink, qint64 *rows = nullptr,
                                    StoreError *error = nullptr, const Metrics &metrics = Metrics());
    static bool writeCollaborationsCsv(Database &db, qint64 campaignId, QIODevice *device, qint64 *rows = nullptr,
                                       StoreError *error = nullptr, const Metrics &metrics = Metrics());
    // One row per post, by publication date: its latest snapshot's counts and ratios.
    static QStringList postHeaders();
    static QList<CellKind> postKinds();
    // The same rows to any sink, as one table named "Posts".
    static bool writePosts(Database &db, qint64 campaignId, TableSink &sink, qint64 *rows = nullptr,
                           StoreError *error = nullptr, const Metrics &metrics = Metrics());
    static bool writePostsCsv(Database &db, qint64 campaignId, QIODevice *device, qint64 *rows = nullptr,
                              StoreError *error = nullptr, const Metrics &metrics = Metrics());

    // An .xlsx workbook at `path`: a "Creators" sheet (one row per collaboration) and, with
    // `withPosts`, a "Posts" sheet; typed cells, the target replaced only when complete.
    // result->rows(0) is the collaborations written, result->rows(1) the posts.
    static bool writeXlsx(Database &db, qint64 campaignId, const QString &path, bool withPosts = true,
                          XlsxResult *result = nullptr, const Metrics &metrics = Metrics());
};

} // namespace rr
