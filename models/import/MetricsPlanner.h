// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportPlan.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace rr {

class Database;
struct CsvRecord;

// Plans the rows of a post metrics file for one campaign (first cut): each row's note link is
// matched to a post of the campaign's collaborations; the counts become a dated post_metrics row.
// A row without a link, or whose link is no post of the campaign, is rejected (RejectNoIdentity);
// the same post and date twice in the file is a duplicate; a post that already has metrics of
// that date is skipped (SkipExisting). Impressions (曝光) are read and reported but not stored:
// post_metrics has no column for them.
class MetricsPlanner
{
    Q_DECLARE_TR_FUNCTIONS(rr::MetricsPlanner)
public:
    MetricsPlanner(const Database &db, const ColumnMapping &mapping, qint64 campaignId, const QDate &today);

    bool prepare(StoreError *error);
    bool plan(const CsvRecord &record, RowPlan *out, StoreError *error);

    // Comparison form of a note link: the note id of /explore/<id>, /discovery/item/<id> links,
    // else lower-cased host + path without scheme, query or trailing slash.
    static QString noteKey(const QString &link);

private:
    const Database &m_db;
    ColumnMapping m_mapping;
    qint64 m_campaignId;
    QDate m_today;
    QHash<QString, qint64> m_posts;   // note key → post id
    QSet<QString> m_existing;         // "postId|as_of" already stored
    QHash<QString, qint64> m_seen;    // "postId|as_of" → line in this file
};

} // namespace rr
