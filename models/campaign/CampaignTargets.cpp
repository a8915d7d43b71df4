// SPDX-License-Identifier: GPL-3.0-or-later
// CampaignRepository: the KPI targets of a campaign (campaign_targets).
#include "campaign/CampaignRepository.h"

#include "campaign/CampaignSql.h"
#include "store/Database.h"

#include <cmath>

namespace rr {

using namespace campaign_sql;

QMap<Kpi, double> CampaignRepository::targets(qint64 campaignId, StoreError *error) const
{
    QMap<Kpi, double> out;
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db, QStringLiteral("SELECT kpi, target FROM campaign_targets WHERE campaign_id = ?"), {campaignId},
              error))
        return out;
    while (q.next()) {
        // Keys outside the whitelist (a newer version's KPIs) are left alone.
        if (const std::optional<Kpi> kpi = CampaignKpis::kpiFromKey(q.value(0).toString()))
            out.insert(*kpi, q.value(1).toDouble());
    }
    return out;
}

bool CampaignRepository::setTargets(qint64 campaignId, const QMap<Kpi, double> &targets, StoreError *error)
{
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        if (!std::isfinite(it.value()) || it.value() < 0)
            return failed(error, refused(tr("The target of %1 cannot be negative").arg(CampaignKpis::label(it.key()))));
    }
    StoreError e;
    WriteTransaction tx(m_db);
    if (!tx.begin(&e))
        return failed(error, e);
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db, QStringLiteral("SELECT 1 FROM campaigns WHERE id = ?"), {campaignId}, &e))
        return failed(error, e);
    if (!q.next())
        return failed(error, notFound());
    if (!exec(q, m_db, QStringLiteral("DELETE FROM campaign_targets WHERE campaign_id = ?"), {campaignId}, &e))
        return failed(error, e);
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        if (!exec(q, m_db, QStringLiteral("INSERT INTO campaign_targets (campaign_id, kpi, target) VALUES (?, ?, ?)"),
                  {campaignId, CampaignKpis::key(it.key()), it.value()}, &e))
            return failed(error, e);
    }
    if (!audit(m_db, QStringLiteral("campaign_targets"), campaignId, QStringLiteral("update"), &e) || !tx.commit(&e))
        return failed(error, e);
    emit targetsChanged(campaignId);
    return true;
}

} // namespace rr
