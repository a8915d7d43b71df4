// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignRepository.h"

#include <QCoreApplication>
#include <QMap>
#include <QPointer>
#include <QUndoCommand>

namespace rr {

// A campaign's KPI targets: redo writes the `after` set, undo the `before` set, each replacing the
// whole set in ONE transaction (CampaignRepository::setTargets). A failing write does not throw:
// the command keeps lastError(), marks itself obsolete; the repository's writeFailed() reports it.
class SetTargetsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rr::SetTargetsCommand)
public:
    SetTargetsCommand(CampaignRepository &repository, qint64 campaignId, const QMap<Kpi, double> &before,
                      const QMap<Kpi, double> &after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    const StoreError &lastError() const { return m_error; }

private:
    bool write(const QMap<Kpi, double> &values);

    QPointer<CampaignRepository> m_repository;
    qint64 m_campaignId = 0;
    QMap<Kpi, double> m_before;
    QMap<Kpi, double> m_after;
    StoreError m_error;
};

} // namespace rr
