// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CampaignScreen.h"

#include "campaign/CampaignCommands.h"
#include "campaign/CampaignFields.h"
#include "campaign/CampaignListModel.h"
#include "campaign/CampaignRepository.h"
#include "campaign/CollaborationRollup.h"
#include "campaign/CollaborationTableModel.h"
#include "campaign/DeliverablesPanel.h"
#include "campaign/KpiPanel.h"
#include "campaign/MetricsTableView.h"
#include "campaign/PostMetricsTableModel.h"
#include "campaign/RatingEditor.h"
#include "store/Database.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rr {

namespace {
using ListCol = CampaignListModel::Column;

enum class Tab { Collaborations, Posts };
} // namespace

CampaignScreen::CampaignScreen(Database &db, QUndoStack *undo, QWidget *parent)
    : QWidget(parent), m_db(db), m_undo(undo)
{
    m_repository = new CampaignRepository(db, this);
    m_listModel = new CampaignListModel(*m_repository, this);
    m_collabModel = new CollaborationTableModel(*m_repository, undo, this);
    m_metricsModel = new PostMetricsTableModel(*m_repository, undo, this);
    buildUi();

    connect(m_listModel, &CampaignListModel::dueCountChanged, this, &CampaignScreen::dueCountChanged);
    // The list refreshes after every write: keep the selected campaign selected.
    connect(m_listModel, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_listModel->rowOf(m_campaignId);
        if (row >= 0)
            m_list->selectRow(row);
        else
            showCampaign(0);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const Campaign *c = m_listModel->campaignAt(current.row());
                showCampaign(c ? c->id : 0);
            });
    connect(m_collabView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CampaignScreen::updateRating);
    connect(m_repository, &CampaignRepository::collaborationsChanged, this, [this](qint64 id) {
        if (id == m_campaignId) {
            updateDetail();
            updateRating();
        }
    });
    connect(m_repository, &CampaignRepository::metricsChanged, this, [this](qint64 id) {
        if (id == m_campaignId || id == 0)
            updateDetail();
    });
    connect(m_repository, &CampaignRepository::writeFailed, this,
            [this](const StoreError &error) { showMessage(error.message); });
    connect(m_collabModel, &CollaborationTableModel::editRefused, this, &CampaignScreen::showMessage);
    connect(m_metricsModel, &PostMetricsTableModel::editRefused, this, &CampaignScreen::showMessage);
    connect(m_fields, &CampaignFields::invalidInput, this, &CampaignScreen::showMessage);
    connect(m_fields, &CampaignFields::saveRequested, this, [this](const Campaign &after) {
        const std::optional<Campaign> before = m_repository->load(after.id);
        if (!before || !m_undo)
            return;
        showMessage({});
        m_undo->push(new EditCampaignCommand(*m_repository, *before, after));
    });
    connect(m_rating, &RatingEditor::ratingSubmitted, this, [this](qint64 id, const CollaborationRating &rating) {
        const std::optional<Collaboration> before = m_repository->loadCollaboration(id);
        if (!before || !m_undo)
            return;
        Collaboration after = *before;
        after.rating = rating;
        showMessage({});
        m_undo->push(new EditCollaborationCommand(*m_repository, *before, after, false, before->version));
    });
    connect(m_addCampaign, &QPushButton::clicked, this, &CampaignScreen::addCampaign);
    connect(m_addReading, &QPushButton::clicked, this, &CampaignScreen::addReading);
    connectEditing();

    if (m_listModel->rowCount() > 0)
        m_list->selectRow(0);
    else
        showCampaign(0);
}

CampaignScreen::~CampaignScreen() = default;

void CampaignScreen::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTableView(left);
    m_list->setModel(m_listModel);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    // The name takes what the short columns leave; they size to their contents.
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(int(ListCol::Name), QHeaderView::Stretch);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideMiddle);
    for (ListCol hidden : {ListCol::Brand, ListCol::Product, ListCol::Ends, ListCol::Budget, ListCol::Owner})
        m_list->setColumnHidden(int(hidden), true);
    leftLayout->addWidget(m_list);
    m_addCampaign = new QPushButton(left);
    leftLayout->addWidget(m_addCampaign);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(right);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    rightLayout->addWidget(m_title);
    m_fields = new CampaignFields(right);
    rightLayout->addWidget(m_fields);
    m_kpis = new KpiPanel(right);
    rightLayout->addWidget(m_kpis);
    m_message = new QLabel(right);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();
    rightLayout->addWidget(m_message);

    m_tabs = new QTabWidget(right);
    auto *collabPage = new QWidget(m_tabs);
    auto *collabLayout = new QVBoxLayout(collabPage);
    m_collabView = new QTableView(collabPage);
    m_collabView->setModel(m_collabModel);
    m_collabView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_collabView->verticalHeader()->hide();
    m_collabView->horizontalHeader()->setSectionResizeMode(int(CollaborationTableModel::Column::Deliverables),
                                                          QHeaderView::Stretch);
    auto *collabBar = new QHBoxLayout;
    m_addCreators = new QPushButton(collabPage);
    m_editCollaboration = new QPushButton(collabPage);
    m_removeCollaboration = new QPushButton(collabPage);
    collabBar->addWidget(m_addCreators);
    collabBar->addWidget(m_editCollaboration);
    collabBar->addWidget(m_removeCollaboration);
    collabBar->addStretch(1);
    collabLayout->addLayout(collabBar);
    // The table and the selected collaboration's deliverables and rating share the height; the
    // lower part scrolls when the window is short.
    auto *collabSplit = new QSplitter(Qt::Vertical, collabPage);
    collabSplit->addWidget(m_collabView);
    auto *underScroll = new QScrollArea(collabSplit);
    underScroll->setWidgetResizable(true);
    underScroll->setFrameShape(QFrame::NoFrame);
    auto *underWidget = new QWidget(underScroll);
    auto *under = new QHBoxLayout(underWidget);
    under->setContentsMargins(0, 0, 0, 0);
    m_deliverables = new DeliverablesPanel(underWidget);
    under->addWidget(m_deliverables, 2);
    m_rating = new RatingEditor(underWidget);
    under->addWidget(m_rating, 3);
    underScroll->setWidget(underWidget);
    collabSplit->addWidget(underScroll);
    collabSplit->setChildrenCollapsible(false);
    collabSplit->setStretchFactor(0, 3);
    collabSplit->setStretchFactor(1, 2);
    collabLayout->addWidget(collabSplit, 1);
    m_tabs->addTab(collabPage, QString());

    auto *postsPage = new QWidget(m_tabs);
    auto *postsLayout = new QVBoxLayout(postsPage);
    m_metricsView = new MetricsTableView(postsPage);
    m_metricsView->setMetricsModel(m_metricsModel);
    m_metricsView->verticalHeader()->setDefaultSectionSize(24);
    m_metricsView->horizontalHeader()->setSectionResizeMode(int(PostMetricsTableModel::Column::Post),
                                                           QHeaderView::Stretch);
    postsLayout->addWidget(m_metricsView);
    auto *postsBar = new QHBoxLayout;
    m_pasteHint = new QLabel(postsPage);
    m_pasteHint->setWordWrap(true);
    postsBar->addWidget(m_pasteHint, 1);
    m_addPost = new QPushButton(postsPage);
    postsBar->addWidget(m_addPost);
    m_addReading = new QPushButton(postsPage);
    postsBar->addWidget(m_addReading);
    postsLayout->addLayout(postsBar);
    m_tabs->addTab(postsPage, QString());
    rightLayout->addWidget(m_tabs, 1);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({560, 840}); // readable names at 1400 px; the user can drag the handle
    retranslate();
}

void CampaignScreen::retranslate()
{
    if (m_campaignId <= 0)
        m_title->setText(tr("No campaign selected"));
    m_addCampaign->setText(tr("New campaign"));
    m_tabs->setTabText(int(Tab::Collaborations), tr("Collaborations"));
    m_tabs->setTabText(int(Tab::Posts), tr("Posts && metrics"));
    m_addReading->setText(tr("Add reading"));
    m_addPost->setText(tr("Add post…"));
    m_addCreators->setText(tr("Add creators…"));
    m_editCollaboration->setText(tr("Edit collaboration…"));
    m_removeCollaboration->setText(tr("Remove collaboration…"));
    m_pasteHint->setText(tr("Type into the cells or paste a block copied from a spreadsheet (Ctrl+V). Tinted cells "
                            "are flagged: hover for the reason. Tick \"Final\" on the last reading of each post."));
}

void CampaignScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_listModel->retranslate(); // the list's columns fit their contents
        if (m_campaignId > 0)
            updateDeliverables(); // their states and summary are worded when shown
    }
    QWidget::changeEvent(event);
}

QString CampaignScreen::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void CampaignScreen::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CampaignScreen::selectCampaign(qint64 campaignId)
{
    const int row = m_listModel->rowOf(campaignId);
    if (row >= 0)
        m_list->selectRow(row);
}

void CampaignScreen::showCampaign(qint64 campaignId)
{
    if (campaignId == m_campaignId && campaignId != 0) {
        updateDetail();
        return;
    }
    m_campaignId = campaignId;
    showMessage({});
    m_collabModel->setCampaign(campaignId);
    m_metricsModel->setCampaign(campaignId);
    updateDetail();
    updateRating();
    emit currentCampaignChanged(campaignId);
}

void CampaignScreen::updateDetail()
{
    const std::optional<Campaign> c = m_campaignId > 0 ? m_repository->load(m_campaignId) : std::nullopt;
    m_tabs->setEnabled(c.has_value());
    m_addReading->setEnabled(c.has_value());
    m_addPost->setEnabled(c.has_value());
    if (!c) {
        m_title->setText(tr("No campaign selected"));
        m_fields->clear();
        m_kpis->clear();
        return;
    }
    m_title->setText(c->brand.isEmpty() ? c->name : tr("%1 — %2").arg(c->name, c->brand));
    if (!m_holdFields)
        m_fields->setCampaign(*c);
    m_kpis->setKpis(m_repository->kpis(c->id), c->objective, m_repository->targets(c->id));
}

void CampaignScreen::updateRating()
{
    const Collaboration *c = m_collabModel->collaborationAt(m_collabView->currentIndex().row());
    if (!c) {
        m_rating->clear();
        return;
    }
    m_rating->setCollaboration(*c, CollaborationRollup::load(m_db, c->creatorId).value_or(CreatorRollup()));
}

void CampaignScreen::addCampaign()
{
    if (!m_undo)
        return;
    Campaign c;
    c.name = tr("New campaign");
    c.startsOn = QDate::currentDate();
    c.endsOn = c.startsOn.addMonths(1);
    c.owner = m_db.userName();
    qint64 id = 0;
    m_undo->push(new AddCampaignCommand(*m_repository, c, &id));
    if (id > 0)
        selectCampaign(id);
}

void CampaignScreen::addReading()
{
    const QModelIndex current = m_metricsView->currentIndex();
    const qint64 postId = current.isValid() ? current.data(PostMetricsTableModel::PostIdRole).toLongLong() : 0;
    if (postId == 0 || !m_undo) {
        showMessage(tr("Select a post first."));
        return;
    }
    MetricSnapshot s;
    s.postId = postId;
    s.asOf = QDate::currentDate();
    m_undo->push(new AddSnapshotCommand(*m_repository, s));
}

void CampaignScreen::setGraceDays(int days)
{
    m_listModel->setGraceDays(days);
}

int CampaignScreen::dueCount() const
{
    return m_listModel->dueCount();
}

QList<DueCampaign> CampaignScreen::dueCampaigns() const
{
    return m_listModel->dueCampaigns();
}

void CampaignScreen::refreshFromOutside()
{
    // The list's reset selects the campaign again, which reloads the detail: the fields with
    // unsaved edits are held through it (the KPIs and tables still reload).
    m_holdFields = m_fields->isModified();
    m_listModel->refresh();
    m_collabModel->refresh();
    m_metricsModel->refresh();
    updateDetail();
    m_holdFields = false;
}

void CampaignScreen::refresh()
{
    m_listModel->refresh();
    m_collabModel->refresh();
    m_metricsModel->refresh();
    updateDetail();
}

} // namespace rr
