// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/DueCampaigns.h"

#include "campaign/CampaignSql.h"

namespace rr {

using namespace campaign_sql;

QList<DueCampaign> DueCampaigns::find(const Database &db, const QDate &today, int graceDays, StoreError *error)
{
    QList<DueCampaign> out;
    const QDate cutoff = today.addDays(-qMax(0, graceDays));
    QSqlQuery q(db.sql());
    if (!exec(q, db,
              QStringLiteral("SELECT ca.id, ca.name, COALESCE(ca.closed_on, ca.ends_on) AS closed, COUNT(p.id) "
                             "FROM campaigns ca JOIN collaborations co ON co.campaign_id = ca.id "
                             "JOIN posts p ON p.collaboration_id = co.id "
                             "WHERE ca.status = 'closed' AND COALESCE(ca.closed_on, ca.ends_on) <= ? "
                             "AND NOT EXISTS (SELECT 1 FROM post_metrics m WHERE m.post_id = p.id AND m.is_final = 1) "
                             "GROUP BY ca.id, ca.name, COALESCE(ca.closed_on, ca.ends_on) ORDER BY 3, ca.id"),
              {date(cutoff)}, error))
        return out;
    while (q.next()) {
        DueCampaign d;
        d.campaignId = q.value(0).toLongLong();
        d.name = q.value(1).toString();
        d.closedOn = toDate(q.value(2));
        d.postsWithoutFinal = q.value(3).toInt();
        d.daysOverdue = int(cutoff.toJulianDay() - d.closedOn.toJulianDay());
        out << d;
    }
    return out;
}

} // namespace rr
