// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CampaignTargetsCommand.h"

namespace rr {

SetTargetsCommand::SetTargetsCommand(CampaignRepository &repository, qint64 campaignId,
                                     const QMap<Kpi, double> &before, const QMap<Kpi, double> &after,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(&repository), m_campaignId(campaignId), m_before(before), m_after(after)
{
    setText(tr("Edit campaign targets"));
}

bool SetTargetsCommand::write(const QMap<Kpi, double> &values)
{
    if (!m_repository)
        return false;
    m_error = {};
    if (!m_repository->setTargets(m_campaignId, values, &m_error)) {
        setObsolete(true);
        return false;
    }
    return true;
}

void SetTargetsCommand::redo()
{
    if (!isObsolete())
        write(m_after);
}

void SetTargetsCommand::undo()
{
    write(m_before);
}

} // namespace rr
