// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignKpis.h"
#include "campaign/CampaignTypes.h"
#include "campaign/DueCampaigns.h"
#include "domain/FieldMerge.h"

#include <QMap>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoCommand;
class QUndoStack;

namespace rr {

class CampaignFields;
class CampaignListModel;
class CampaignRepository;
class CollaborationTableModel;
class Database;
class DeliverablesPanel;
class KpiPanel;
class MetricsTableView;
class PostMetricsTableModel;
class RatingEditor;

// Campaigns (issue 4): the list on the left (with a "due" badge for the one-week rule), the
// selected campaign on the right: its fields, the KPIs fitting its objective, its collaborations
// with a rating editor, and its posts with metric snapshots (typed or pasted with Ctrl+V).
// Every edit goes on the given undo stack.
class CampaignScreen : public QWidget
{
    Q_OBJECT
public:
    CampaignScreen(Database &db, QUndoStack *undo, QWidget *parent = nullptr);
    ~CampaignScreen() override;

    CampaignRepository *repository() const { return m_repository; }
    CampaignListModel *listModel() const { return m_listModel; }
    CollaborationTableModel *collaborationModel() const { return m_collabModel; }
    PostMetricsTableModel *metricsModel() const { return m_metricsModel; }
    QTableView *listView() const { return m_list; }
    QTableView *collaborationView() const { return m_collabView; }
    MetricsTableView *metricsView() const { return m_metricsView; }
    KpiPanel *kpiPanel() const { return m_kpis; }
    RatingEditor *ratingEditor() const { return m_rating; }
    CampaignFields *fields() const { return m_fields; }
    QTabWidget *tabs() const { return m_tabs; }
    DeliverablesPanel *deliverablesPanel() const { return m_deliverables; }
    // The last refusal or failure shown under the detail, empty when none.
    QString message() const;

    qint64 currentCampaignId() const { return m_campaignId; }
    void selectCampaign(qint64 campaignId);

    // The one-week rule's grace period (a setting; default 7 days).
    void setGraceDays(int days);
    int dueCount() const;
    QList<DueCampaign> dueCampaigns() const;
    void refresh();
    // Colleagues' changes: the lists and tables reload; the campaign's fields too, unless they
    // hold unsaved edits, which are kept.
    void refreshFromOutside();

    // Editing collaborations, deliverables and posts (CampaignScreenEditing.cpp). Each pushes one
    // undo command (one transaction) and returns false, with the reason in message(), when the
    // write was refused or failed; nothing is written then.
    qint64 currentCollaborationId() const;
    void selectCollaboration(qint64 collaborationId);
    bool addCollaborations(const QList<Collaboration> &collaborations);
    bool editCollaboration(const Collaboration &after);
    // Undoable when the collaboration has no posts; otherwise removed for good (the confirmation
    // of confirmRemoveCollaboration() says so) and the undo stack is left alone.
    bool removeCollaboration(qint64 collaborationId);
    bool addDeliverable(const Deliverable &deliverable);
    // Writes `after` over `before` (what the edit started from; refused if it changed since).
    bool editDeliverable(const Deliverable &before, const Deliverable &after);
    bool removeDeliverable(qint64 deliverableId);
    bool addPost(const Post &post);
    // Replaces the current campaign's KPI targets (one undo step); false when unchanged or refused.
    bool setTargets(const QMap<Kpi, double> &targets);

    // The dialogs behind the buttons.
    void openAddCollaborations();
    void openEditCollaboration();
    void confirmRemoveCollaboration();
    void openAddDeliverable();
    void openEditDeliverable(qint64 deliverableId);
    void openAddPost();
    void openTargets();

signals:
    void dueCountChanged(int count);
    void currentCampaignChanged(qint64 campaignId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void showCampaign(qint64 campaignId);
    void updateDetail();
    void updateRating();
    void addCampaign();
    void addReading();
    void showMessage(const QString &text);
    void retranslate();
    void connectEditing();
    void updateDeliverables();
    void updateEditButtons();
    bool pushCommand(QUndoCommand *command);
    // The conflict dialog for fields both this user and a colleague changed: the keys to keep
    // this user's value for (empty without conflicts), or nothing when cancelled.
    std::optional<QSet<QString>> chooseInConflicts(const QList<MergeConflict> &conflicts, const QString &intro);

    Database &m_db;
    QUndoStack *m_undo = nullptr;
    CampaignRepository *m_repository = nullptr;
    CampaignListModel *m_listModel = nullptr;
    CollaborationTableModel *m_collabModel = nullptr;
    PostMetricsTableModel *m_metricsModel = nullptr;
    bool m_holdFields = false; // refreshFromOutside(): unsaved campaign fields stay as typed
    qint64 m_campaignId = 0;

    QTableView *m_list = nullptr;
    QPushButton *m_addCampaign = nullptr;
    QLabel *m_title = nullptr;
    CampaignFields *m_fields = nullptr;
    KpiPanel *m_kpis = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_collabView = nullptr;
    RatingEditor *m_rating = nullptr;
    MetricsTableView *m_metricsView = nullptr;
    QPushButton *m_addReading = nullptr;
    QLabel *m_pasteHint = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_addCreators = nullptr;
    QPushButton *m_editCollaboration = nullptr;
    QPushButton *m_removeCollaboration = nullptr;
    DeliverablesPanel *m_deliverables = nullptr;
    QPushButton *m_addPost = nullptr;
};

} // namespace rr
