// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/EditorCommit.h"

#include "CreatorEditor.h"
#include "domain/CreatorCommands.h"
#include "domain/CreatorMerge.h"
#include "domain/CreatorRepository.h"
#include "editor/ConflictDialog.h"
#include "store/AuditLog.h"
#include "store/Database.h"
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

std::optional<ReconciledEdit> reconcileWithStored(CreatorRepository &repository, const Creator &before,
                                                  const Creator &after, Database &db, QWidget *parent)
{
    StoreError error;
    const std::optional<Creator> stored = repository.load(after.id, &error);
    if (!stored) {
        QMessageBox::warning(parent, EditorCommit::tr("Creator deleted"),
                             error.code == StoreError::Code::NotFound
                                 ? EditorCommit::tr("%1 was deleted by someone else while you were editing. Your changes "
                                                    "were not saved.").arg(creatorDisplayName(after))
                                 : error.message);
        return std::nullopt;
    }
    ReconciledEdit out{*stored, after, false};
    if (stored->version == after.version)
        return out; // nobody else saved it (the editor's own follower snapshots move the version too)
    const CreatorMerge merge(before, after, *stored);
    out.merged = true;
    QSet<QString> keepMine;
    if (!merge.conflicts().isEmpty()) {
        QList<ConflictDialog::Row> rows;
        for (const FieldConflict &c : merge.conflicts())
            rows.append({c.key, CreatorMerge::label(c.key), CreatorMerge::text(c.key, c.mine),
                         CreatorMerge::text(c.key, c.theirs)});
        const std::optional<AuditEntry> last = AuditLog::lastChange(db, QStringLiteral("creators"), after.id);
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
    out.after = merge.merged(keepMine);
    return out;
}

EditorCommitResult pushEditorChanges(QUndoStack *undo, CreatorRepository &repository, const Creator &before,
                                     const Creator &after, const CreatorEditor &editor, Database &db)
{
    EditorCommitResult result;
    if (!undo || db.isReadOnly())
        return result;
    const bool creatorChanged = after.id > 0 && profileChanged(before, after);
    const bool vettingChanged = after.id > 0 && editor.vettingModified();
    if (!creatorChanged && !vettingChanged)
        return result;
    result.nothingChanged = false;

    undo->beginMacro(EditorCommit::tr("Edit %1").arg(creatorDisplayName(after)));
    if (creatorChanged) // a failure reaches repository.writeFailed; the stack drops the obsolete command
        undo->push(new EditCreatorCommand(repository, before, after));
    if (vettingChanged) {
        auto *command = new SaveVettingCommand(VettingRepository(db), after.id, editor.vettingBefore(),
                                               editor.vettingAfter());
        QPointer<CreatorRepository> reporter(&repository);
        command->setFailureReporter([reporter](const StoreError &error) {
            if (reporter)
                emit reporter->writeFailed(error);
        });
        undo->push(command);
    }
    undo->endMacro();

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

} // namespace rr
