// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Tier.h"

#include <QTabWidget>

class QUndoStack;

namespace rr {

class AnalyticsScreen;
class ChangeFeed;
class CampaignScreen;
class CreatorRepository;
class Database;
class PipelineBoard;
class RosterScreen;

// The screens of one open database, as tabs: the roster, the pipeline board and the campaigns.
// Built anew when another database is opened; MainWindow wires menus and the status bar to it.
class Workspace : public QTabWidget
{
    Q_OBJECT
public:
    enum class Screen { Roster, Pipeline, Campaigns, Analytics };

    Workspace(Database &db, CreatorRepository &repository, QUndoStack *undo, const TierThresholds &tiers,
              int dueGraceDays, QWidget *parent = nullptr);

    RosterScreen *roster() const { return m_roster; }
    PipelineBoard *pipeline() const { return m_pipeline; }
    CampaignScreen *campaigns() const { return m_campaigns; }
    AnalyticsScreen *analytics() const { return m_analytics; }
    // Colleagues' commits (server) or other programs' (file), shown on the screens.
    ChangeFeed *changeFeed() const { return m_feed; }

    Screen current() const { return Screen(currentIndex()); }
    void show(Screen screen) { setCurrentIndex(int(screen)); }
    // Opens a campaign on the campaigns tab (the due reminder's "Open").
    void openCampaign(qint64 campaignId);
    // Opens the saved shortlists (window-modal): "Show in roster" narrows the roster to one,
    // "Add to campaign" opens the campaign it filled. Edits go on the undo stack.
    void showShortlists();
    // Shows a creator's follower history and posts on the analytics tab.
    void openCreatorCharts(qint64 creatorId);
    // New tier thresholds and overdue grace from the preferences, on every screen.
    void applySettings(const TierThresholds &tiers, int dueGraceDays);
    // Colleagues' changes (ChangeFeed): the screens showing the `tables` reload; all when empty.
    void showOutsideChanges(const QSet<QString> &tables);

signals:
    // A screen asks for a creator to be opened in the editor (pipeline card, chart point, ranking).
    void creatorActivated(qint64 creatorId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    RosterScreen *m_roster = nullptr;
    PipelineBoard *m_pipeline = nullptr;
    CampaignScreen *m_campaigns = nullptr;
    AnalyticsScreen *m_analytics = nullptr;
    ChangeFeed *m_feed = nullptr;
    Database &m_db;
    QUndoStack *m_undo = nullptr;
    int m_due = 0;
};

} // namespace rr
