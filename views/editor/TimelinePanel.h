// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relationship/RelationshipLog.h"

#include <QPointer>
#include <QUndoStack>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace rr {

class Database;

// A creator's relationship history, newest first: contacts, status changes, notes and
// collaborations with their results, under the first-contact date and the owner. "Add contact" and
// "Add note" log an event at once (by the database's user), like adding a follower snapshot: with
// an undo stack set, as an AddRelationshipEventCommand pushed on it (the panel reloads after its
// undo/redo), else written directly.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    enum class Column { Date, Kind, What, By, Count };

    explicit TimelinePanel(Database &db, QWidget *parent = nullptr);

    qint64 creatorId() const { return m_creatorId; }
    // Shows the history of a stored creator; 0 clears the panel and disables the inputs.
    void setCreatorId(qint64 id);
    const QList<TimelineEntry> &entries() const { return m_entries; }
    // Where added events go as undoable commands; nullptr writes directly. Not owned.
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const { return m_undo; }
    QString summaryText() const;

public slots:
    void reload();
    bool addContact();
    bool addNote();

signals:
    void eventAdded(qint64 creatorId);

private:
    bool add(TimelineEntry::Kind kind);

    Database &m_db;
    RelationshipLog m_log;
    QPointer<QUndoStack> m_undo;
    qint64 m_creatorId = 0;
    QList<TimelineEntry> m_entries;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_addContact = nullptr;
    QPushButton *m_addNote = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace rr
