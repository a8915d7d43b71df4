// SPDX-License-Identifier: GPL-3.0-or-later
// CampaignScreen: adding and editing collaborations, deliverables and posts.
#include "campaign/CampaignScreen.h"

#include "campaign/AddCollaborationDialog.h"
#include "campaign/AddPostDialog.h"
#include "campaign/CampaignCommands.h"
#include "campaign/CampaignRepository.h"
#include "campaign/CollaborationTableModel.h"
#include "campaign/DeliverableDialog.h"
#include "campaign/DeliverablesPanel.h"
#include "campaign/CollaborationMerge.h"
#include "campaign/EditCollaborationDialog.h"
#include "editor/ConflictDialog.h"
#include "campaign/CampaignTargetsCommand.h"
#include "campaign/KpiPanel.h"
#include "campaign/KpiTargetsDialog.h"
#include "store/Database.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

namespace rr {

namespace {

QList<Post> postsOf(const QList<Post> &posts, qint64 collaborationId)
{
    QList<Post> out;
    for (const Post &p : posts) {
        if (p.collaborationId == collaborationId)
            out << p;
    }
    return out;
}

} // namespace

void CampaignScreen::connectEditing()
{
    connect(m_addCreators, &QPushButton::clicked, this, &CampaignScreen::openAddCollaborations);
    connect(m_editCollaboration, &QPushButton::clicked, this, &CampaignScreen::openEditCollaboration);
    connect(m_removeCollaboration, &QPushButton::clicked, this, &CampaignScreen::confirmRemoveCollaboration);
    connect(m_addPost, &QPushButton::clicked, this, &CampaignScreen::openAddPost);
    connect(m_kpis, &KpiPanel::editTargetsRequested, this, &CampaignScreen::openTargets);
    connect(m_repository, &CampaignRepository::targetsChanged, this, [this](qint64 id) {
        if (id == m_campaignId)
            updateDetail();
    });
    connect(m_collabView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(m_collabModel->flags(index) & Qt::ItemIsEditable))
            openEditCollaboration();
    });
    connect(m_deliverables, &DeliverablesPanel::addRequested, this, &CampaignScreen::openAddDeliverable);
    connect(m_deliverables, &DeliverablesPanel::editRequested, this, &CampaignScreen::openEditDeliverable);
    connect(m_deliverables, &DeliverablesPanel::removeRequested, this, &CampaignScreen::removeDeliverable);
    connect(m_collabView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignScreen::updateDeliverables);
    connect(m_collabModel, &QAbstractItemModel::modelReset, this, &CampaignScreen::updateDeliverables);
    connect(m_collabModel, &QAbstractItemModel::dataChanged, this, &CampaignScreen::updateDeliverables);
    connect(m_repository, &CampaignRepository::metricsChanged, this, [this](qint64 id) {
        if (id == m_campaignId)
            updateDeliverables();
    });
    updateDeliverables();
}

qint64 CampaignScreen::currentCollaborationId() const
{
    const Collaboration *c = m_collabModel->collaborationAt(m_collabView->currentIndex().row());
    return c ? c->id : 0;
}

void CampaignScreen::selectCollaboration(qint64 collaborationId)
{
    const int row = m_collabModel->rowOf(collaborationId);
    if (row >= 0)
        m_collabView->setCurrentIndex(m_collabModel->index(row, 0));
}

void CampaignScreen::updateDeliverables()
{
    const Collaboration *c = m_collabModel->collaborationAt(m_collabView->currentIndex().row());
    m_deliverables->setCollaboration(c, c ? postsOf(m_repository->posts(c->campaignId), c->id) : QList<Post>(),
                                     QDate::currentDate());
    updateEditButtons();
}

void CampaignScreen::updateEditButtons()
{
    m_addCreators->setEnabled(m_campaignId > 0);
    const bool selected = currentCollaborationId() > 0;
    m_editCollaboration->setEnabled(selected);
    m_removeCollaboration->setEnabled(selected);
}

bool CampaignScreen::pushCommand(QUndoCommand *command)
{
    bool writeFailed = false;
    const QMetaObject::Connection watch = connect(m_repository, &CampaignRepository::writeFailed, this,
                                                  [&writeFailed] { writeFailed = true; });
    showMessage({});
    if (m_undo) {
        m_undo->push(command); // deletes the command when its first redo() failed (obsolete)
    } else {
        command->redo();
        delete command;
    }
    disconnect(watch);
    return !writeFailed;
}

bool CampaignScreen::addCollaborations(const QList<Collaboration> &collaborations)
{
    if (collaborations.isEmpty())
        return false;
    auto *command = new AddCollaborationsCommand(*m_repository, collaborations);
    if (!pushCommand(command))
        return false;
    // Select the first added creator.
    for (const Collaboration &c : m_repository->collaborations(m_campaignId)) {
        if (c.creatorId == collaborations.constFirst().creatorId) {
            selectCollaboration(c.id);
            break;
        }
    }
    return true;
}

bool CampaignScreen::editCollaboration(const Collaboration &after)
{
    const std::optional<Collaboration> before = m_repository->loadCollaboration(after.id);
    if (!before) {
        showMessage(tr("The collaboration no longer exists."));
        return false;
    }
    Collaboration target = after;
    target.rating = before->rating; // the rating editor owns the rating
    return pushCommand(new EditCollaborationCommand(*m_repository, *before, target, false, before->version));
}

bool CampaignScreen::removeCollaboration(qint64 collaborationId)
{
    const std::optional<Collaboration> stored = m_repository->loadCollaboration(collaborationId);
    if (!stored) {
        showMessage(tr("The collaboration no longer exists."));
        return false;
    }
    if (!postsOf(m_repository->posts(stored->campaignId), collaborationId).isEmpty()) {
        // Posts and their readings cascade and are not restored: not on the undo stack.
        showMessage({});
        return m_repository->removeCollaboration(collaborationId);
    }
    return pushCommand(new RemoveCollaborationCommand(*m_repository, *stored));
}

bool CampaignScreen::addDeliverable(const Deliverable &deliverable)
{
    return pushCommand(new DeliverableCommand(*m_repository, DeliverableCommand::Kind::Add, {}, deliverable));
}

bool CampaignScreen::editDeliverable(const Deliverable &before, const Deliverable &after)
{
    return pushCommand(new DeliverableCommand(*m_repository, DeliverableCommand::Kind::Edit, before, after));
}

bool CampaignScreen::removeDeliverable(qint64 deliverableId)
{
    const std::optional<Deliverable> before = m_repository->loadDeliverable(deliverableId);
    if (!before) {
        showMessage(tr("The deliverable no longer exists."));
        return false;
    }
    return pushCommand(new DeliverableCommand(*m_repository, DeliverableCommand::Kind::Remove, *before, {}));
}

bool CampaignScreen::addPost(const Post &post)
{
    return pushCommand(new AddPostCommand(*m_repository, post));
}

void CampaignScreen::openAddCollaborations()
{
    if (m_campaignId <= 0)
        return;
    AddCollaborationDialog dialog(m_db, m_campaignId, this);
    if (dialog.exec() == QDialog::Accepted)
        addCollaborations(dialog.collaborations());
}

void CampaignScreen::openEditCollaboration()
{
    const std::optional<Collaboration> c = m_repository->loadCollaboration(currentCollaborationId());
    if (!c)
        return;
    EditCollaborationDialog dialog(*c, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Saved by a colleague while the dialog (or the conflict dialog) was open: merged, shared
    // fields chosen, never overwritten.
    Collaboration base = *c;
    Collaboration after = dialog.collaboration();
    for (;;) {
        const std::optional<Collaboration> stored = m_repository->loadCollaboration(c->id);
        if (!stored) {
            QMessageBox::warning(this, tr("Collaboration removed"),
                                 tr("Someone else removed the collaboration with %1 while you were editing. Your "
                                    "changes were not saved.").arg(c->creatorName));
            refresh();
            return;
        }
        if (stored->version == base.version)
            break;
        const CollaborationMerge merge(base, after, *stored);
        const std::optional<QSet<QString>> keepMine = chooseInConflicts(
            merge.conflicts(), tr("Someone saved the collaboration with %1 while you were editing.").arg(c->creatorName));
        if (!keepMine)
            return;
        after = merge.merged(*keepMine);
        base = *stored;
    }
    editCollaboration(after);
}

std::optional<QSet<QString>> CampaignScreen::chooseInConflicts(const QList<MergeConflict> &conflicts, const QString &intro)
{
    if (conflicts.isEmpty())
        return QSet<QString>();
    ConflictDialog dialog(tr("Saved by Someone Else Meanwhile"), intro, conflicts, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.keepMine();
}

void CampaignScreen::confirmRemoveCollaboration()
{
    const std::optional<Collaboration> c = m_repository->loadCollaboration(currentCollaborationId());
    if (!c)
        return;
    const int posts = int(postsOf(m_repository->posts(c->campaignId), c->id).size());
    const QString text = posts > 0
        ? tr("Remove %1 from this campaign? Their %n post(s) and all metric readings are deleted too. "
             "This cannot be undone.", nullptr, posts).arg(c->creatorName)
        : tr("Remove %1 from this campaign? You can undo this.").arg(c->creatorName);
    if (QMessageBox::question(this, tr("Remove collaboration"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes)
        removeCollaboration(c->id);
}

void CampaignScreen::openAddDeliverable()
{
    const Collaboration *c = m_collabModel->collaborationAt(m_collabView->currentIndex().row());
    if (!c)
        return;
    Deliverable d;
    d.collaborationId = c->id;
    d.format = c->format.value_or(ContentFormat::Image);
    d.dueOn = c->dueOn.isValid() ? c->dueOn : QDate::currentDate();
    DeliverableDialog dialog(d, postsOf(m_repository->posts(c->campaignId), c->id), this);
    if (dialog.exec() == QDialog::Accepted)
        addDeliverable(dialog.deliverable());
}

void CampaignScreen::openEditDeliverable(qint64 deliverableId)
{
    const std::optional<Deliverable> d = m_repository->loadDeliverable(deliverableId);
    if (!d)
        return;
    const QList<Post> posts = postsOf(m_repository->posts(m_campaignId), d->collaborationId);
    DeliverableDialog dialog(*d, posts, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Changed by a colleague meanwhile: merged like a collaboration (the save checks once more).
    Deliverable base = *d;
    Deliverable after = dialog.deliverable();
    for (;;) {
        const std::optional<Deliverable> stored = m_repository->loadDeliverable(deliverableId);
        if (!stored) {
            QMessageBox::warning(this, tr("Deliverable removed"),
                                 tr("Someone else removed this deliverable while you were editing. Your changes were "
                                    "not saved."));
            refresh();
            return;
        }
        if (*stored == base)
            break;
        const DeliverableMerge merge(base, after, *stored, posts);
        const std::optional<QSet<QString>> keepMine
            = chooseInConflicts(merge.conflicts(), tr("Someone changed this deliverable while you were editing."));
        if (!keepMine)
            return;
        after = merge.merged(*keepMine);
        base = *stored;
    }
    if (!(after == base))
        editDeliverable(base, after);
}

void CampaignScreen::openAddPost()
{
    const std::optional<Campaign> campaign = m_repository->load(m_campaignId);
    if (!campaign)
        return;
    AddPostDialog dialog(*campaign, m_repository->collaborations(m_campaignId), this);
    if (const qint64 current = currentCollaborationId())
        dialog.setCollaboration(current);
    if (dialog.exec() == QDialog::Accepted)
        addPost(dialog.post());
}

bool CampaignScreen::setTargets(const QMap<Kpi, double> &targets)
{
    StoreError error;
    const QMap<Kpi, double> before = m_repository->targets(m_campaignId, &error);
    if (error.isError()) {
        showMessage(error.message);
        return false;
    }
    if (m_campaignId <= 0 || before == targets)
        return false;
    return pushCommand(new SetTargetsCommand(*m_repository, m_campaignId, before, targets));
}

void CampaignScreen::openTargets()
{
    const std::optional<Campaign> campaign = m_repository->load(m_campaignId);
    if (!campaign)
        return;
    KpiTargetsDialog dialog(campaign->name, campaign->objective, m_repository->kpis(m_campaignId),
                            m_repository->targets(m_campaignId), this);
    if (dialog.exec() == QDialog::Accepted)
        setTargets(dialog.targets());
}

} // namespace rr
