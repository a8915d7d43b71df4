// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "Icons.h"
#include "analytics/AnalyticsScreen.h"
#include "campaign/CampaignRepository.h"
#include "campaign/CampaignScreen.h"
#include "pipeline/PipelineBoard.h"
#include "roster/FilterBar.h"
#include "roster/RosterScreen.h"
#include "roster/ShortlistsDialog.h"
#include "shortlist/ShortlistRepository.h"
#include "store/ChangeFeed.h"

#include <QEvent>
#include <QTabBar>

namespace rr {

Workspace::Workspace(Database &db, CreatorRepository &repository, QUndoStack *undo, const TierThresholds &tiers,
                     int dueGraceDays, QWidget *parent)
    : QTabWidget(parent), m_db(db), m_undo(undo)
{
    setObjectName(QStringLiteral("workspace"));
    setDocumentMode(true);
    m_roster = new RosterScreen(db, tiers, this);
    m_roster->setUndoStack(undo);
    m_pipeline = new PipelineBoard(db, repository, undo, this);
    m_campaigns = new CampaignScreen(db, undo, this);
    addTab(m_roster, themedIcon(QStringLiteral("users")), QString());
    addTab(m_pipeline, themedIcon(QStringLiteral("layout-kanban")), QString());
    addTab(m_campaigns, themedIcon(QStringLiteral("speakerphone")), QString());
    m_analytics = new AnalyticsScreen(db, this);
    addTab(m_analytics, themedIcon(QStringLiteral("chart-line")), QString());
    applySettings(tiers, dueGraceDays);
    connect(m_pipeline, &PipelineBoard::creatorActivated, this, &Workspace::creatorActivated);
    connect(m_analytics, &AnalyticsScreen::creatorActivated, this, &Workspace::creatorActivated);
    // Shortlists added to a campaign (or taken back by undo) show on the campaign screen.
    connect(m_roster->shortlistRepository(), &ShortlistRepository::collaborationsAdded, m_campaigns,
            [this](qint64, int) { m_campaigns->refresh(); });
    connect(m_roster->shortlistRepository(), &ShortlistRepository::collaborationsRemoved, m_campaigns,
            [this](qint64, int) { m_campaigns->refresh(); });
    m_feed = new ChangeFeed(db, this);
    connect(m_feed, &ChangeFeed::changed, this, &Workspace::showOutsideChanges);
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

void Workspace::showShortlists()
{
    auto *dialog = new ShortlistsDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUndoStack(m_undo, m_roster->shortlistRepository());
    connect(dialog, &ShortlistsDialog::showInRoster, this, [this, dialog](qint64 id) {
        const std::optional<ShortlistInfo> info = m_roster->shortlistRepository()->find(id);
        m_roster->filterBar()->showShortlist(id, info ? info->name : QString());
        show(Screen::Roster);
        dialog->close();
    });
    connect(dialog, &ShortlistsDialog::collaborationsAdded, this, [this](qint64 campaignId, int) {
        m_campaigns->refresh();
        m_campaigns->selectCampaign(campaignId);
    });
    dialog->open();
}

void Workspace::showOutsideChanges(const QSet<QString> &tables)
{
    const auto touches = [&tables](std::initializer_list<const char *> names) {
        if (tables.isEmpty())
            return true;
        for (const char *name : names) {
            if (tables.contains(QLatin1String(name)))
                return true;
        }
        return false;
    };
    if (touches({"creators", "creator_categories", "categories", "tags", "creator_tags", "follower_snapshots",
                 "shortlists", "shortlist_members", "vetting", "collaborations", "relationship_events"})) {
        m_roster->reloadLookups();
        m_roster->refresh();
    }
    if (touches({"creators", "categories", "tags", "creator_tags"}))
        m_pipeline->scheduleReload();
    if (touches({"campaigns", "campaign_targets", "collaborations", "deliverables", "posts", "post_metrics", "creators"}))
        m_campaigns->refreshFromOutside();
    if (touches({"post_facts", "post_metrics", "posts", "collaborations", "campaigns", "creators", "follower_snapshots"}))
        m_analytics->markStale();
}

void Workspace::applySettings(const TierThresholds &tiers, int dueGraceDays)
{
    m_roster->setTierThresholds(tiers);
    m_pipeline->setTierThresholds(tiers);
    m_campaigns->setGraceDays(dueGraceDays);
    MetricSettings metrics;
    metrics.tiers = tiers;
    m_analytics->setMetricSettings(metrics);
}

void Workspace::openCreatorCharts(qint64 creatorId)
{
    show(Screen::Analytics);
    m_analytics->showCreator(creatorId);
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
    setTabText(int(Screen::Analytics), tr("Analytics"));
    setTabText(int(Screen::Campaigns), m_due > 0 ? tr("Campaigns (%n due)", nullptr, m_due) : tr("Campaigns"));
}

} // namespace rr
