// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Status.h"
#include "domain/Tier.h"
#include "pipeline/PipelineModel.h"

#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QUndoStack;

namespace rr {

class CreatorRepository;
class Database;
struct StoreError;

namespace pipeline {
class PipelineColumn;
}

// The pipeline board: one column per status (Prospect → Outreach sent → Negotiating → Active
// partner, Paused, Declined) with its count and the most recently updated cards, a page at a time.
// Dragging a card to another column changes the creator's status through an undoable
// ChangeStatusCommand (logged in the relationship history); when someone else holds the
// relationship the user is warned and asked first. Filters: owner, tag, campaign.
class PipelineBoard : public QWidget
{
    Q_OBJECT
public:
    // Asked before moving a creator someone else owns; returns true to move anyway. The default
    // asks with a message box.
    using ConfirmTakeover = std::function<bool(const QString &warning)>;

    PipelineBoard(Database &db, CreatorRepository &repo, QUndoStack *undo, QWidget *parent = nullptr);

    PipelineModel &model() { return m_model; }
    pipeline::PipelineColumn *column(Status status) const;
    void setConfirmTakeover(ConfirmTakeover confirm);
    void setTierThresholds(const TierThresholds &thresholds);
    void setPageSize(int size);
    void setFilter(const PipelineFilter &filter);

    // What a drop does: warns when another owner holds the relationship, then pushes the status
    // change. Returns true when the status changed.
    bool moveCreator(qint64 id, Status to);

    // The last problem shown in the message bar (empty when none).
    QString message() const;

public slots:
    void reload();
    // Reloads soon if shown, else when next shown (after changes made elsewhere).
    void scheduleReload();

signals:
    void creatorActivated(qint64 id);
    // A move was refused or failed; `text` is what the message bar shows.
    void moveFailed(qint64 id, const QString &text);
    // Someone else holds the relationship (shown before asking to confirm).
    void ownerWarningShown(qint64 id, const QString &warning);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildFilterBar();
    void retranslateFilterBar();
    void updateTotal();
    void fillFilterChoices();
    void applyFilter();
    void refreshColumn(Status status);
    void showMessage(const QString &text);

    Database &m_db;
    CreatorRepository &m_repo;
    QUndoStack *m_undo = nullptr;
    PipelineModel m_model;
    TierThresholds m_thresholds;
    ConfirmTakeover m_confirm;
    QList<pipeline::PipelineColumn *> m_columns;
    QComboBox *m_owner = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_campaign = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QLabel *m_tagLabel = nullptr;
    QLabel *m_campaignLabel = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_reloadTimer = nullptr;
    bool m_dirty = true;
    bool m_fillingChoices = false;
};

} // namespace rr
