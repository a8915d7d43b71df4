// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationship/RelationshipCommands.h"

namespace rr {

QString AddRelationshipEventCommand::kindKey(Kind kind)
{
    return kind == Kind::Contact ? QStringLiteral("contact") : QStringLiteral("note");
}

AddRelationshipEventCommand::AddRelationshipEventCommand(Database &db, qint64 creatorId, Kind kind,
                                                         const QString &note, const QDate &on, QUndoCommand *parent)
    : QUndoCommand(parent), m_log(db)
{
    m_event.creatorId = creatorId;
    m_event.kind = kindKey(kind);
    m_event.note = note.trimmed();
    m_event.on = on;
    setText(kind == Kind::Contact ? tr("Log contact") : tr("Add note"));
}

void AddRelationshipEventCommand::fail()
{
    setObsolete(true);
    if (m_reportFailure)
        m_reportFailure(m_error);
}

void AddRelationshipEventCommand::redo()
{
    if (isObsolete() || m_stored)
        return;
    m_error = {};
    if (!m_log.insertEvent(m_event, &m_error)) {
        fail();
        return;
    }
    m_stored = true;
    if (m_changed)
        m_changed(m_event.creatorId);
}

void AddRelationshipEventCommand::undo()
{
    if (isObsolete() || !m_stored)
        return;
    m_error = {};
    if (!m_log.removeEvent(m_event.id, &m_error)) {
        fail();
        return;
    }
    m_stored = false;
    if (m_changed)
        m_changed(m_event.creatorId);
}

} // namespace rr
