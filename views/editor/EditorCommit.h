// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Creator.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

class QUndoStack;

namespace rr {

class CreatorEditor;
class CreatorRepository;
class Database;

// What pushEditorChanges() put on the stack.
struct EditorCommitResult
{
    bool creatorPushed = false; // an EditCreatorCommand ran and stayed on the stack
    bool vettingPushed = false; // a SaveVettingCommand ran and stayed on the stack
    bool nothingChanged = true; // neither the profile nor the checklist differed
};

// Before pushEditorChanges(): when someone else saved the creator while it was being edited (its
// stored version moved past the editor's), merges the two (CreatorMerge): fields only one side
// changed are kept from that side; fields both changed are chosen in a ConflictDialog. Returns
// the stored creator and what to save over it, or nothing when the user cancelled or the creator
// was deleted meanwhile (said in a message box; it is not brought back).
struct ReconciledEdit
{
    Creator stored; // the new `before`
    Creator after;  // the edits on top of it
    bool merged = false; // someone else's save was merged in
};
std::optional<ReconciledEdit> reconcileWithStored(CreatorRepository &repository, const Creator &before,
                                                  const Creator &after, Database &db, QWidget *parent);

// After an accepted CreatorEditor on a stored creator: pushes what changed as ONE undo step (a
// macro named after the creator): an EditCreatorCommand when the profile differs from `before`
// (the creator as loaded before the editor opened), and a SaveVettingCommand when the Vetting tab
// was changed. Nothing is pushed when nothing changed, or when the database is read-only. A write
// that fails is reported through the repository's writeFailed signal (the vetting command's too)
// and leaves nothing on the stack for that part.
EditorCommitResult pushEditorChanges(QUndoStack *undo, CreatorRepository &repository, const Creator &before,
                                     const Creator &after, const CreatorEditor &editor, Database &db);

} // namespace rr
