// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Tier.h"
#include "roster/RosterFilter.h"

#include <QList>
#include <QWidget>

class QAction;
class QMenu;
class QTableView;
class QUndoStack;

namespace rr {

class Database;
class FilterBar;
class RosterModel;
class ShortlistRepository;

// The creator roster: search and filter bar over a lazily loaded table of every creator.
class RosterScreen : public QWidget
{
    Q_OBJECT
public:
    RosterScreen(Database &db, const TierThresholds &thresholds, QWidget *parent = nullptr);
    ~RosterScreen() override;

    RosterModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }

    qint64 currentCreatorId() const;
    QList<qint64> selectedCreatorIds() const;

    // Checkable actions showing and hiding columns (also in the header's context menu).
    QList<QAction *> columnActions() const { return m_columnActions; }
    // "Save as Shortlist…": every creator matching the current filter (also in the table's
    // context menu), for the lead to place in a menu.
    QAction *saveShortlistAction() const { return m_saveShortlist; }
    // Ids of every creator matching the current filter, in display order (waits for the count).
    QList<qint64> filteredCreatorIds() const;
    // Opens the SaveShortlistDialog (window-modal, returns at once).
    void saveAsShortlist();
    // With an undo stack, "Save as Shortlist…" pushes a CreateShortlistCommand on it; null
    // (the default): the dialog writes directly.
    void setUndoStack(QUndoStack *undo);
    // The screen's shortlist repository, alive as long as the screen: the shortlist undo commands
    // use it, and its writeFailed signal reports an undo or redo that could not be done. Pass it
    // to ShortlistsDialog::setUndoStack() too.
    ShortlistRepository *shortlistRepository() const { return m_shortlists; }

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);
    void setTierThresholds(const TierThresholds &thresholds);

    // After edits elsewhere: re-run the query and reload the filter values.
    void refresh();
    void reloadLookups();
    void focusSearch();

signals:
    void creatorActivated(qint64 id);
    void currentCreatorChanged(qint64 id);
    void countsChanged(int filtered, int total);
    void busyChanged(bool busy);
    void shortlistSaved(qint64 shortlistId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildColumnActions();
    void retranslate();
    void showHeaderMenu(const QPoint &pos);

    Database &m_db;
    RosterModel *m_model = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTableView *m_view = nullptr;
    QList<QAction *> m_columnActions;
    QAction *m_saveShortlist = nullptr;
    ShortlistRepository *m_shortlists = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace rr
