// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Metrics.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace rr {

class Database;

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
    static bool writeCollaborationsCsv(Database &db, qint64 campaignId, QIODevice *device, qint64 *rows = nullptr,
                                       StoreError *error = nullptr, const Metrics &metrics = Metrics());
    // One row per post, by publication date: its latest snapshot's counts and ratios.
    static QStringList postHeaders();
    static bool writePostsCsv(Database &db, qint64 campaignId, QIODevice *device, qint64 *rows = nullptr,
                              StoreError *error = nullptr, const Metrics &metrics = Metrics());
};

} // namespace rr
