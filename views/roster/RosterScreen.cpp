// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/RosterScreen.h"

#include "roster/BadgeDelegate.h"
#include "roster/FilterBar.h"
#include "roster/RosterColumns.h"
#include "roster/RosterLookups.h"
#include "roster/RosterModel.h"
#include "roster/SaveShortlistDialog.h"
#include "shortlist/ShortlistRepository.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

RosterScreen::RosterScreen(Database &db, const TierThresholds &thresholds, QWidget *parent)
    : QWidget(parent), m_db(db)
{
    m_model = new RosterModel(db, this);
    m_shortlists = new ShortlistRepository(db, this);
    m_model->setTierThresholds(thresholds);

    m_filterBar = new FilterBar(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("rosterTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setItemDelegateForColumn(toInt(RosterColumn::Tier), new BadgeDelegate(BadgeDelegate::Kind::Tier, m_view));
    m_view->setItemDelegateForColumn(toInt(RosterColumn::Status), new BadgeDelegate(BadgeDelegate::Kind::Status, m_view));
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultSectionSize(120);
    header->resizeSection(toInt(RosterColumn::Handle), 150);
    header->resizeSection(toInt(RosterColumn::Nickname), 190);
    header->resizeSection(toInt(RosterColumn::Followers), 100);
    header->resizeSection(toInt(RosterColumn::Tier), 135);
    header->resizeSection(toInt(RosterColumn::Status), 140);
    header->resizeSection(toInt(RosterColumn::Owner), 150);
    header->setSortIndicator(toInt(RosterColumn::Followers), Qt::DescendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);

    buildColumnActions();
    m_saveShortlist = new QAction(this);
    m_saveShortlist->setObjectName(QStringLiteral("saveShortlistAction"));
    connect(m_saveShortlist, &QAction::triggered, this, &RosterScreen::saveAsShortlist);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_saveShortlist);
    retranslate();

    connect(m_filterBar, &FilterBar::filterChanged, m_model, &RosterModel::setFilter);
    connect(m_model, &RosterModel::countsChanged, this, &RosterScreen::countsChanged);
    connect(m_model, &RosterModel::busyChanged, this, &RosterScreen::busyChanged);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = m_model->creatorId(index.row());
        if (id > 0)
            emit creatorActivated(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentCreatorChanged(current.isValid() ? m_model->creatorId(current.row()) : 0); });
    connect(header, &QHeaderView::customContextMenuRequested, this, &RosterScreen::showHeaderMenu);

    reloadLookups();
}

RosterScreen::~RosterScreen() = default;

void RosterScreen::buildColumnActions()
{
    for (int c = 0; c < rosterColumnCount; ++c) {
        auto column = static_cast<RosterColumn>(c);
        auto *action = new QAction(this);
        action->setCheckable(true);
        action->setChecked(RosterColumnText::visibleByDefault(column));
        action->setData(c);
        m_view->setColumnHidden(c, !action->isChecked());
        connect(action, &QAction::toggled, this, [this, c, action](bool on) {
            // Never hide the last visible column.
            int visible = 0;
            for (int i = 0; i < rosterColumnCount; ++i)
                visible += m_view->isColumnHidden(i) ? 0 : 1;
            if (!on && visible <= 1) {
                const QSignalBlocker b(action);
                action->setChecked(true);
                return;
            }
            m_view->setColumnHidden(c, !on);
        });
        m_columnActions << action;
    }
}

void RosterScreen::retranslate()
{
    for (QAction *a : std::as_const(m_columnActions))
        a->setText(RosterColumnText::title(static_cast<RosterColumn>(a->data().toInt())));
    m_saveShortlist->setText(tr("Save as &Shortlist…"));
    m_saveShortlist->setToolTip(tr("Save every creator matching the current filter as a named shortlist"));
}

void RosterScreen::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addActions(m_columnActions);
    menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
}

qint64 RosterScreen::currentCreatorId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->creatorId(current.row()) : 0;
}

QList<qint64> RosterScreen::selectedCreatorIds() const
{
    QList<QPair<int, int>> ranges;
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection())
        ranges.append({range.top(), range.bottom()});
    std::sort(ranges.begin(), ranges.end());
    // Ranges do not overlap in a row selection: each id appears once.
    return m_model->creatorIds(ranges);
}

QList<qint64> RosterScreen::filteredCreatorIds() const
{
    if (m_model->filteredCount() < 0)
        m_model->waitForIdle();
    const int n = m_model->filteredCount();
    return n > 0 ? m_model->creatorIds({{0, n - 1}}) : QList<qint64>{};
}

void RosterScreen::saveAsShortlist()
{
    auto *dialog = new SaveShortlistDialog(m_db, m_model->filter(), filteredCreatorIds(), this);
    dialog->setUndoStack(m_undo, m_shortlists);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SaveShortlistDialog::shortlistSaved, this,
            [this](qint64 id, int) { emit shortlistSaved(id); });
    dialog->open();
}

void RosterScreen::setUndoStack(QUndoStack *undo)
{
    m_undo = undo;
}

QByteArray RosterScreen::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void RosterScreen::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !m_view->horizontalHeader()->restoreState(state))
        return;
    for (QAction *a : std::as_const(m_columnActions)) {
        const QSignalBlocker b(a);
        a->setChecked(!m_view->isColumnHidden(a->data().toInt()));
    }
    const QHeaderView *h = m_view->horizontalHeader();
    m_model->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
}

void RosterScreen::setTierThresholds(const TierThresholds &thresholds)
{
    m_model->setTierThresholds(thresholds);
}

void RosterScreen::refresh()
{
    m_model->refresh();
}

void RosterScreen::reloadLookups()
{
    m_filterBar->setLookups(RosterLookups::load(m_db));
}

void RosterScreen::focusSearch()
{
    m_filterBar->focusSearch();
}

void RosterScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace rr
