// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "Icons.h"
#include "campaign/CampaignScreen.h"
#include "pipeline/PipelineBoard.h"
#include "roster/RosterScreen.h"

#include <QEvent>
#include <QTabBar>

namespace rr {

Workspace::Workspace(Database &db, CreatorRepository &repository, QUndoStack *undo, const TierThresholds &tiers,
                     int dueGraceDays, QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("workspace"));
    setDocumentMode(true);
    m_roster = new RosterScreen(db, tiers, this);
    m_pipeline = new PipelineBoard(db, repository, undo, this);
    m_pipeline->setTierThresholds(tiers);
    m_campaigns = new CampaignScreen(db, undo, this);
    m_campaigns->setGraceDays(dueGraceDays);
    addTab(m_roster, themedIcon(QStringLiteral("users")), QString());
    addTab(m_pipeline, themedIcon(QStringLiteral("layout-kanban")), QString());
    addTab(m_campaigns, themedIcon(QStringLiteral("speakerphone")), QString());
    m_due = m_campaigns->dueCount();
    connect(m_campaigns, &CampaignScreen::dueCountChanged, this, [this](int due) {
        m_due = due;
        retranslate();
    });
    retranslate();
}

void Workspace::openCampaign(qint64 campaignId)
{
    show(Screen::Campaigns);
    m_campaigns->selectCampaign(campaignId);
}

void Workspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void Workspace::retranslate()
{
    setTabText(int(Screen::Roster), tr("Roster"));
    setTabText(int(Screen::Pipeline), tr("Pipeline"));
    // The one-week rule's badge: campaigns whose final metrics are due.
    setTabText(int(Screen::Campaigns), m_due > 0 ? tr("Campaigns (%n due)", nullptr, m_due) : tr("Campaigns"));
}

} // namespace rr
