// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CollaborationRollup.h"

#include "campaign/CampaignSql.h"

namespace rr {

using namespace campaign_sql;

std::optional<CreatorRollup> CollaborationRollup::load(const Database &db, qint64 creatorId, StoreError *error)
{
    QSqlQuery q(db.sql());
    if (!exec(q, db,
              QStringLiteral("SELECT co.id, ca.id, ca.name, ca.starts_on, co.brand_fit, co.reliability, co.renewal, "
                             "co.renewal_reason, co.response_hours, co.pushback_notes, co.revision_notes "
                             "FROM collaborations co JOIN campaigns ca ON ca.id = co.campaign_id "
                             "WHERE co.creator_id = ? ORDER BY ca.starts_on DESC NULLS LAST, co.id DESC"),
              {creatorId}, error))
        return std::nullopt;
    CreatorRollup r;
    double fitSum = 0;
    double relSum = 0;
    while (q.next()) {
        RatingHistoryEntry e;
        e.collaborationId = q.value(0).toLongLong();
        e.campaignId = q.value(1).toLongLong();
        e.campaignName = q.value(2).toString();
        e.campaignStart = toDate(q.value(3));
        e.rating.brandFit = toInt(q.value(4));
        e.rating.reliability = toInt(q.value(5));
        e.rating.renewal = CampaignText::renewalFromKey(q.value(6).toString());
        e.rating.renewalReason = q.value(7).toString();
        e.rating.responseHours = toDouble(q.value(8));
        e.rating.pushbackNotes = q.value(9).toString();
        e.rating.revisionNotes = q.value(10).toString();
        if (e.rating.brandFit) {
            fitSum += *e.rating.brandFit;
            ++r.brandFitCount;
        }
        if (e.rating.reliability) {
            relSum += *e.rating.reliability;
            ++r.reliabilityCount;
        }
        r.history << e;
    }
    if (r.brandFitCount > 0)
        r.brandFit = fitSum / r.brandFitCount;
    if (r.reliabilityCount > 0)
        r.reliability = relSum / r.reliabilityCount;
    return r;
}

bool CollaborationRollup::writeAverages(const Database &db, qint64 creatorId, StoreError *error)
{
    QSqlQuery q(db.sql());
    return exec(q, db,
                QStringLiteral("UPDATE creators SET "
                               "brand_fit = (SELECT AVG(brand_fit) FROM collaborations WHERE creator_id = ?), "
                               "reliability = (SELECT AVG(reliability) FROM collaborations WHERE creator_id = ?), "
                               "updated_at = ?, version = version + 1 WHERE id = ?"),
                {creatorId, creatorId, Database::nowUtc(), creatorId}, error);
}

} // namespace rr
