// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/EditorCommit.h"

#include "CreatorEditor.h"
#include "domain/CreatorCommands.h"
#include "domain/CreatorMerge.h"
#include "domain/CreatorRepository.h"
#include "editor/ConflictDialog.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "vetting/VettingMerge.h"
#include "vetting/VettingCommands.h"

#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QUndoStack>

namespace rr {

namespace {

class EditorCommit
{
    Q_DECLARE_TR_FUNCTIONS(rr::EditorCommit)
};

// The profile changed when anything but the optimistic-lock version differs (an "Add snapshot"
// in the editor bumps the version and the follower count: that is a change, as before).
bool profileChanged(const Creator &before, const Creator &after)
{
    Creator a = after;
    a.version = before.version;
    return !(a == before);
}

} // namespace

CreatorEdit editOf(const Creator &before, const CreatorEditor &editor)
{
    CreatorEdit edit;
    edit.before = before;
    edit.after = editor.creator();
    edit.vettingBefore = editor.vettingBefore();
    edit.vettingAfter = editor.vettingAfter();
    edit.vettingAfter.creatorId = before.id;
    edit.vettingChanged = editor.vettingModified();
    return edit;
}

std::optional<CreatorEdit> reconcileWithStored(CreatorRepository &repository, CreatorEdit edit, Database &db,
                                               QWidget *parent)
{
    const VettingRepository vettings(db);
    for (;;) { // again when someone saves once more while the conflict dialog is open
        StoreError error;
        const std::optional<Creator> stored = repository.load(edit.after.id, &error);
        std::optional<Vetting> storedVetting;
        if (stored && edit.vettingChanged)
            storedVetting = vettings.load(edit.after.id, &error);
        if (!stored || error.isError()) {
            QMessageBox::warning(parent, EditorCommit::tr("Creator deleted"),
                                 error.code == StoreError::Code::NotFound
                                     ? EditorCommit::tr("%1 was deleted by someone else while you were editing. Your "
                                                        "changes were not saved.").arg(creatorDisplayName(edit.after))
                                     : error.message);
            return std::nullopt;
        }
        // The editor's own follower snapshots move the version too: only a version past the
        // editor's is someone else's save.
        const bool creatorMoved = stored->version != edit.after.version;
        const bool vettingMoved = edit.vettingChanged && storedVetting != edit.vettingBefore;
        if (!creatorMoved && !vettingMoved) {
            edit.before = *stored;
            return edit;
        }
        const CreatorMerge merge(edit.before, edit.after, *stored);
        const VettingMerge vettingMerge(edit.vettingBefore, edit.vettingAfter, storedVetting);
        QList<ConflictDialog::Row> rows;
        if (creatorMoved) {
            for (const FieldConflict &c : merge.conflicts())
                rows.append({c.key, CreatorMerge::label(c.key), CreatorMerge::text(c.key, c.mine),
                             CreatorMerge::text(c.key, c.theirs)});
        }
        if (vettingMoved)
            rows.append(vettingMerge.conflicts());
        QSet<QString> keepMine;
        if (!rows.isEmpty()) {
            // Who saved what the rows show: the profile's fields first.
            const bool profileRows = creatorMoved && !merge.conflicts().isEmpty();
            const std::optional<AuditEntry> last = AuditLog::lastChange(
                db, profileRows ? QStringLiteral("creators") : QStringLiteral("vetting"), edit.after.id);
            const QString intro = last && !last->user.isEmpty()
                ? EditorCommit::tr("%1 saved %2 at %3 while you were editing.")
                      .arg(last->user, creatorDisplayName(*stored),
                           QLocale().toString(last->at.toLocalTime(), QLocale::ShortFormat))
                : EditorCommit::tr("Someone saved %1 while you were editing.").arg(creatorDisplayName(*stored));
            ConflictDialog dialog(EditorCommit::tr("Saved by Someone Else Meanwhile"), intro, rows, parent);
            if (dialog.exec() != QDialog::Accepted)
                return std::nullopt;
            keepMine = dialog.keepMine();
        }
        if (creatorMoved)
            edit.after = merge.merged(keepMine);
        edit.before = *stored;
        if (vettingMoved) {
            edit.vettingAfter = vettingMerge.merged(keepMine);
            edit.vettingBefore = storedVetting;
            // Nothing left to save when every changed field went their way.
            Vetting stamped = edit.vettingAfter;
            const Vetting now = storedVetting.value_or(emptyVetting(edit.after.id));
            stamped.vettedOn = now.vettedOn;
            stamped.vettedBy = now.vettedBy;
            edit.vettingChanged = !(stamped == now);
        }
        edit.merged = true;
    }
}

EditorCommitResult pushEditorChanges(QUndoStack *undo, CreatorRepository &repository, const CreatorEdit &edit,
                                     Database &db)
{
    EditorCommitResult result;
    if (!undo || db.isReadOnly())
        return result;
    const qint64 id = edit.after.id;
    const bool creatorChanged = id > 0 && profileChanged(edit.before, edit.after);
    const bool vettingChanged = id > 0 && edit.vettingChanged;
    if (!creatorChanged && !vettingChanged)
        return result;
    result.nothingChanged = false;

    const QMetaObject::Connection watch = QObject::connect(&repository, &CreatorRepository::writeFailed, &repository,
                                                           [&result](const StoreError &e) {
                                                               if (e.code == StoreError::Code::Conflict)
                                                                   result.conflicted = true;
                                                           });
    undo->beginMacro(EditorCommit::tr("Edit %1").arg(creatorDisplayName(edit.after)));
    if (creatorChanged) // a failure reaches repository.writeFailed; the stack drops the obsolete command
        undo->push(new EditCreatorCommand(repository, edit.before, edit.after));
    if (vettingChanged) {
        auto *command = new SaveVettingCommand(VettingRepository(db), id, edit.vettingBefore, edit.vettingAfter);
        QPointer<CreatorRepository> reporter(&repository);
        command->setFailureReporter([reporter](const StoreError &error) {
            if (reporter)
                emit reporter->writeFailed(error);
        });
        undo->push(command);
    }
    undo->endMacro();
    QObject::disconnect(watch);
    // The macro is the command just below the index; see which children the stack kept.
    auto *macro = const_cast<QUndoCommand *>(undo->command(undo->index() - 1));
    if (!macro)
        return result;
    for (int i = 0; i < macro->childCount(); ++i) {
        const QUndoCommand *child = macro->child(i);
        if (dynamic_cast<const EditCreatorCommand *>(child))
            result.creatorPushed = true;
        else if (dynamic_cast<const SaveVettingCommand *>(child))
            result.vettingPushed = true;
    }
    if (macro->childCount() == 0) {
        // Every write failed: an obsolete command is deleted from the stack by undo() without
        // running, so no empty "Edit …" step is left behind.
        macro->setObsolete(true);
        undo->undo();
    }
    return result;
}

CreatorSaveOutcome saveCreatorEdit(QUndoStack *undo, CreatorRepository &repository, CreatorEdit edit, Database &db,
                                   QWidget *parent, bool &quietConflicts)
{
    CreatorSaveOutcome outcome;
    QString claimed; // the owner already confirmed over a colleague's (asked once, not per round)
    constexpr int rounds = 5; // then a refused write is reported like any other
    for (int round = 1;; ++round) {
        const std::optional<CreatorEdit> reconciled = reconcileWithStored(repository, edit, db, parent);
        if (!reconciled)
            return outcome;
        edit = *reconciled;
        // Claiming a colleague's creator (a new owner over theirs) is asked first.
        const QString holder = edit.before.owner.trimmed();
        const QString owner = edit.after.owner.trimmed();
        if (!holder.isEmpty() && owner != holder && owner != claimed
            && holder.compare(db.userName().trimmed(), Qt::CaseInsensitive) != 0) {
            const auto answer = QMessageBox::question(
                parent, EditorCommit::tr("Someone Else's Creator"),
                EditorCommit::tr("%1 holds the relationship with %2. Make %3 the owner instead?")
                    .arg(holder, creatorDisplayName(edit.after), owner.isEmpty() ? EditorCommit::tr("nobody") : owner),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                edit.after.owner = edit.before.owner; // the other changes are saved; the owner stays
            else
                claimed = owner;
        }
        quietConflicts = round < rounds;
        const EditorCommitResult saved = pushEditorChanges(undo, repository, edit, db);
        quietConflicts = false;
        outcome.saved = true;
        outcome.merged = outcome.merged || (edit.merged && (saved.creatorPushed || saved.vettingPushed));
        if (!saved.conflicted || round >= rounds)
            return outcome;
        if (saved.creatorPushed) {
            // The profile is saved (its own undo step); only the checklist is merged again, so
            // cancelling that merge cannot leave half of it unsaved unnoticed.
            if (const std::optional<Creator> now = repository.load(edit.after.id)) {
                edit.before = *now;
                edit.after = *now;
            }
        }
    }
}

} // namespace rr
