// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roster/RosterFilter.h"
#include "store/StoreError.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;

namespace rr {

class Database;
class ShortlistRepository;

// Saves the creators of a filtered roster as a named shortlist with a purpose. The filter is
// stored with it (as JSON) so the list can be rebuilt; the members are the given ids.
class SaveShortlistDialog : public QDialog
{
    Q_OBJECT
public:
    SaveShortlistDialog(Database &db, const RosterFilter &filter, const QList<qint64> &creatorIds,
                        QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *purposeEdit() const { return m_purpose; }
    // With an undo stack, accept() pushes a CreateShortlistCommand on it through `repository`
    // (which must outlive the stack's commands) instead of writing directly; both null: direct.
    void setUndoStack(QUndoStack *undo, ShortlistRepository *repository);

    // The id of the shortlist saved by accept(), 0 before.
    qint64 shortlistId() const { return m_shortlistId; }

public slots:
    // Saves and closes; on failure (name in use, store error) stays open with the reason shown.
    void accept() override;

signals:
    void shortlistSaved(qint64 shortlistId, int creatorCount);

private:
    void updateState();

    qint64 saveDirectly(StoreError *error);
    qint64 saveThroughUndo(StoreError *error);

    Database &m_db;
    QUndoStack *m_undo = nullptr;
    ShortlistRepository *m_repository = nullptr;
    RosterFilter m_filter;
    QList<qint64> m_ids;
    qint64 m_shortlistId = 0;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_purpose = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
