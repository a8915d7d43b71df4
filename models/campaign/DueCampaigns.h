// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreError.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rr {

class Database;

// A closed campaign whose posts still lack final metrics after the grace period.
struct DueCampaign
{
    qint64 campaignId = 0;
    QString name;
    QDate closedOn;
    int postsWithoutFinal = 0;
    int daysOverdue = 0; // days past closedOn + graceDays
};

// The one-week rule (issue 4 §2): a campaign closed for `graceDays` days (default 7, a setting)
// whose posts do not all have a final snapshot (post_metrics.is_final) is due until they do.
// A campaign closed without a closed_on date counts from its end date.
class DueCampaigns
{
public:
    static constexpr int kDefaultGraceDays = 7;

    static QList<DueCampaign> find(const Database &db, const QDate &today, int graceDays = kDefaultGraceDays,
                                   StoreError *error = nullptr);
};

} // namespace rr
