// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Creator.h"
#include "vetting/VettingRepository.h"

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
    bool conflicted = false;    // a write was refused: someone else saved the same row in between
};

// A creator as an editor changed it: what it started from and what it holds now, for the profile
// and the vetting checklist.
struct CreatorEdit
{
    Creator before; // as loaded when the editor opened (or as stored, after reconcileWithStored)
    Creator after;
    std::optional<Vetting> vettingBefore; // nullopt: no checklist
    Vetting vettingAfter;
    bool vettingChanged = false;
    bool merged = false; // reconcileWithStored() merged someone else's save in
};

// What an accepted CreatorEditor holds over `before`.
CreatorEdit editOf(const Creator &before, const CreatorEditor &editor);

// Before pushEditorChanges(): when someone else saved the creator or its checklist while it was
// being edited, merges the two (CreatorMerge, VettingMerge): fields only one side changed are
// kept from that side; fields both changed are chosen in one ConflictDialog, again if someone
// saves once more while it is open. Returns the edit over what is stored now, or nothing when the
// user cancelled or the creator was deleted meanwhile (said in a message box; it is not brought
// back).
std::optional<CreatorEdit> reconcileWithStored(CreatorRepository &repository, CreatorEdit edit, Database &db,
                                               QWidget *parent);

// After an accepted CreatorEditor on a stored creator: pushes what changed as ONE undo step (a
// macro named after the creator): an EditCreatorCommand when the profile differs from
// `edit.before`, and a SaveVettingCommand when the checklist was changed. Nothing is pushed when
// nothing changed, or when the database is read-only. A write that fails is reported through the
// repository's writeFailed signal (the vetting command's too) and leaves nothing on the stack for
// that part; `conflicted` says a part failed because someone saved in between (merge again).
EditorCommitResult pushEditorChanges(QUndoStack *undo, CreatorRepository &repository, const CreatorEdit &edit,
                                     Database &db);

// The whole save of an accepted CreatorEditor: reconcileWithStored(), the question before taking
// over a colleague's creator (asked once), then pushEditorChanges(); merged again when a write is
// refused because someone saved in between, for a few rounds. `quietConflicts` is true while a
// refused write is going to be merged again (the window's error report skips those).
struct CreatorSaveOutcome
{
    bool saved = false;  // not cancelled, not deleted meanwhile
    bool merged = false; // with someone else's changes, and something was written
};
CreatorSaveOutcome saveCreatorEdit(QUndoStack *undo, CreatorRepository &repository, CreatorEdit edit, Database &db,
                                   QWidget *parent, bool &quietConflicts);

} // namespace rr
