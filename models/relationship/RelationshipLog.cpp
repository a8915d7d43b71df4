// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationship/RelationshipLog.h"

#include "store/AuditLog.h"
#include "store/Database.h"

#include <QLocale>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace rr {

namespace {

const QString kArrow = QStringLiteral(" \u2192 ");

bool run(QSqlQuery &q, const Database &db, StoreError *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = db.errorFrom(q.lastError());
    return false;
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QDate isoDate(const QVariant &v)
{
    // Dates are stored as yyyy-MM-dd; timestamps start with one.
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// Latest metrics snapshot of each post of a collaboration, summed.
const char *const kCollaborationSql =
    "SELECT co.id, ca.name, COALESCE(co.objective, ca.objective), co.status, co.contracted_posts, "
    "co.delivered_posts, co.fee_fen, co.brand_fit, co.reliability, co.renewal, ca.owner, ca.starts_on, "
    "co.due_on, co.created_at, co.notes, "
    "(SELECT SUM(m.views) FROM posts p JOIN post_metrics m ON m.post_id = p.id "
    "  WHERE p.collaboration_id = co.id AND m.id = (SELECT m2.id FROM post_metrics m2 WHERE m2.post_id = p.id "
    "  ORDER BY m2.as_of DESC, m2.id DESC LIMIT 1)), "
    "(SELECT SUM(COALESCE(m.likes, 0) + COALESCE(m.comments, 0) + COALESCE(m.saves, 0)) FROM posts p "
    "  JOIN post_metrics m ON m.post_id = p.id "
    "  WHERE p.collaboration_id = co.id AND m.id = (SELECT m2.id FROM post_metrics m2 WHERE m2.post_id = p.id "
    "  ORDER BY m2.as_of DESC, m2.id DESC LIMIT 1)) "
    "FROM collaborations co JOIN campaigns ca ON ca.id = co.campaign_id "
    "WHERE co.creator_id = ? ORDER BY co.id DESC";

QString collaborationStatusLabel(const QString &key)
{
    if (key == QLatin1String("planned"))
        return RelationshipLog::tr("planned");
    if (key == QLatin1String("briefed"))
        return RelationshipLog::tr("briefed");
    if (key == QLatin1String("in_progress"))
        return RelationshipLog::tr("in progress");
    if (key == QLatin1String("delivered"))
        return RelationshipLog::tr("delivered");
    if (key == QLatin1String("cancelled"))
        return RelationshipLog::tr("cancelled");
    return key;
}

QString renewalLabel(const QString &key)
{
    if (key == QLatin1String("yes"))
        return RelationshipLog::tr("renewal: yes");
    if (key == QLatin1String("no"))
        return RelationshipLog::tr("renewal: no");
    if (key == QLatin1String("maybe"))
        return RelationshipLog::tr("renewal: maybe");
    return {};
}

} // namespace

RelationshipLog::RelationshipLog(Database &db) : m_db(db) {}

TimelineEntry::Kind RelationshipLog::kindFromKey(const QString &key)
{
    if (key == QLatin1String("contact"))
        return TimelineEntry::Kind::Contact;
    if (key == QLatin1String("status"))
        return TimelineEntry::Kind::Status;
    if (key == QLatin1String("note"))
        return TimelineEntry::Kind::Note;
    if (key == QLatin1String("collaboration"))
        return TimelineEntry::Kind::Collaboration;
    if (key == QLatin1String("rating"))
        return TimelineEntry::Kind::Rating;
    return TimelineEntry::Kind::Other;
}

QString RelationshipLog::kindLabel(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Contact:
        return tr("Contact");
    case TimelineEntry::Kind::Status:
        return tr("Status");
    case TimelineEntry::Kind::Note:
        return tr("Note");
    case TimelineEntry::Kind::Collaboration:
        return tr("Collaboration");
    case TimelineEntry::Kind::Rating:
        return tr("Rating");
    case TimelineEntry::Kind::Other:
        break;
    }
    return tr("Event");
}

QList<TimelineEntry> RelationshipLog::timeline(qint64 creatorId, StoreError *error) const
{
    QList<TimelineEntry> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, occurred_on, kind, owner, note, collaboration_id FROM relationship_events "
                             "WHERE creator_id = ? ORDER BY occurred_on DESC, id DESC"));
    q.addBindValue(creatorId);
    if (!run(q, m_db, error))
        return {};
    while (q.next()) {
        TimelineEntry e;
        e.eventId = q.value(0).toLongLong();
        e.on = isoDate(q.value(1));
        e.kindKey = q.value(2).toString();
        e.kind = kindFromKey(e.kindKey);
        e.owner = q.value(3).toString();
        e.note = q.value(4).toString();
        e.collaborationId = q.value(5).toLongLong();
        if (e.kind == TimelineEntry::Kind::Status) {
            const QStringList parts = e.note.split(kArrow);
            if (parts.size() == 2) {
                e.fromStatus = StatusText::fromKey(parts.at(0).trimmed());
                e.toStatus = StatusText::fromKey(parts.at(1).trimmed());
            }
        }
        out << e;
    }

    QSqlQuery c(m_db.sql());
    c.prepare(QString::fromLatin1(kCollaborationSql));
    c.addBindValue(creatorId);
    if (!run(c, m_db, error))
        return {};
    while (c.next()) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Collaboration;
        e.kindKey = QStringLiteral("collaboration");
        e.collaborationId = c.value(0).toLongLong();
        e.campaignName = c.value(1).toString();
        e.objectiveKey = c.value(2).toString();
        e.collaborationStatus = c.value(3).toString();
        e.contractedPosts = c.value(4).toInt();
        e.deliveredPosts = c.value(5).toInt();
        e.feeFen = optionalInt(c.value(6));
        if (const auto fit = optionalInt(c.value(7)))
            e.brandFit = int(*fit);
        if (const auto rel = optionalInt(c.value(8)))
            e.reliability = int(*rel);
        e.renewal = c.value(9).toString();
        e.owner = c.value(10).toString();
        for (int col : {11, 12, 13}) { // campaign start, due date, creation
            e.on = isoDate(c.value(col));
            if (e.on.isValid())
                break;
        }
        e.note = c.value(14).toString();
        e.views = optionalInt(c.value(15));
        e.engagements = optionalInt(c.value(16));
        out << e;
    }
    // Events come first on a day they share with a collaboration; each group keeps its order.
    std::stable_sort(out.begin(), out.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.on > b.on; });
    return out;
}

bool RelationshipLog::addEvent(qint64 creatorId, const QString &kind, const QString &note, const QDate &on,
                               StoreError *error)
{
    RelationshipEvent event;
    event.creatorId = creatorId;
    event.kind = kind;
    event.note = note;
    event.on = on;
    return insertEvent(event, error);
}

bool RelationshipLog::addContact(qint64 creatorId, const QString &note, const QDate &on, StoreError *error)
{
    return addEvent(creatorId, QStringLiteral("contact"), note, on, error);
}

bool RelationshipLog::addNote(qint64 creatorId, const QString &note, const QDate &on, StoreError *error)
{
    return addEvent(creatorId, QStringLiteral("note"), note, on, error);
}

bool RelationshipLog::insertEvent(RelationshipEvent &event, StoreError *error)
{
    RelationshipEvent row = event;
    row.note = row.note.trimmed();
    if (row.note.isEmpty()) {
        if (error)
            *error = StoreError::make(StoreError::Code::Query, tr("Enter a note for the event."));
        return false;
    }
    const bool keepValues = row.id > 0;
    if (!keepValues) {
        row.on = row.on.isValid() ? row.on : QDate::currentDate();
        row.owner = m_db.userName();
        row.createdAt = Database::nowUtc();
    }
    WriteTransaction tx(m_db);
    if (!tx.begin(error))
        return false;
    // SQLite hands a deleted highest id to the next insert: when another event took the id
    // meanwhile, the event comes back under a new one.
    bool restore = false;
    if (keepValues) {
        QSqlQuery taken(m_db.sql());
        taken.prepare(QStringLiteral("SELECT 1 FROM relationship_events WHERE id = ?"));
        taken.addBindValue(row.id);
        if (!run(taken, m_db, error))
            return false;
        restore = !taken.next();
    }
    QSqlQuery q(m_db.sql());
    q.prepare(restore ? QStringLiteral("INSERT INTO relationship_events (id, creator_id, occurred_on, kind, owner, note, "
                                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
                      : QStringLiteral("INSERT INTO relationship_events (creator_id, occurred_on, kind, owner, note, "
                                       "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    if (restore)
        q.addBindValue(row.id);
    q.addBindValue(row.creatorId);
    q.addBindValue(row.on.toString(Qt::ISODate));
    q.addBindValue(row.kind);
    q.addBindValue(row.owner.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(row.owner));
    q.addBindValue(row.note);
    q.addBindValue(row.createdAt);
    if (!run(q, m_db, error))
        return false;
    if (!q.next()) {
        if (error)
            *error = m_db.errorFrom(q.lastError());
        return false;
    }
    row.id = q.value(0).toLongLong();
    q.finish();
    const QJsonObject what{{QStringLiteral("kind"), row.kind}, {QStringLiteral("note"), row.note}};
    if (!AuditLog::record(m_db, QStringLiteral("relationship_events"), row.id, QStringLiteral("insert"), row.creatorId,
                          &what, error)
        || !tx.commit(error))
        return false;
    event = row;
    return true;
}

bool RelationshipLog::removeEvent(qint64 eventId, StoreError *error)
{
    WriteTransaction tx(m_db);
    if (!tx.begin(error))
        return false;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM relationship_events WHERE id = ? RETURNING creator_id"));
    q.addBindValue(eventId);
    if (!run(q, m_db, error))
        return false;
    if (!q.next()) {
        if (error) {
            *error = q.lastError().isValid()
                ? m_db.errorFrom(q.lastError())
                : StoreError::make(StoreError::Code::NotFound, tr("The event no longer exists."));
        }
        return false;
    }
    const qint64 creatorId = q.value(0).toLongLong();
    q.finish();
    return AuditLog::record(m_db, QStringLiteral("relationship_events"), eventId, QStringLiteral("delete"), creatorId,
                            nullptr, error)
        && tx.commit(error);
}

std::optional<RelationshipEvent> RelationshipLog::event(qint64 eventId, StoreError *error) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, creator_id, occurred_on, kind, owner, note, created_at "
                             "FROM relationship_events WHERE id = ?"));
    q.addBindValue(eventId);
    if (!run(q, m_db, error) || !q.next())
        return std::nullopt;
    RelationshipEvent e;
    e.id = q.value(0).toLongLong();
    e.creatorId = q.value(1).toLongLong();
    e.on = isoDate(q.value(2));
    e.kind = q.value(3).toString();
    e.owner = q.value(4).toString();
    e.note = q.value(5).toString();
    e.createdAt = q.value(6).toString();
    return e;
}

QDate RelationshipLog::firstContact(qint64 creatorId) const
{
    return summary(creatorId).firstContact;
}

RelationshipSummary RelationshipLog::summary(qint64 creatorId) const
{
    RelationshipSummary s;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT first_contact_on, owner, (SELECT MIN(occurred_on) FROM relationship_events "
                             "WHERE creator_id = creators.id AND kind = ?) FROM creators WHERE id = ?"));
    q.addBindValue(QStringLiteral("contact"));
    q.addBindValue(creatorId);
    if (!q.exec() || !q.next())
        return s;
    s.owner = q.value(1).toString();
    const QDate profile = isoDate(q.value(0));
    if (profile.isValid()) {
        s.firstContact = profile;
        s.firstContactFromProfile = true;
    } else {
        s.firstContact = isoDate(q.value(2));
    }
    return s;
}

QString RelationshipLog::describe(const TimelineEntry &e)
{
    switch (e.kind) {
    case TimelineEntry::Kind::Status:
        if (e.fromStatus && e.toStatus)
            return StatusText::label(*e.fromStatus) + kArrow + StatusText::label(*e.toStatus);
        return e.note;
    case TimelineEntry::Kind::Collaboration:
        if (e.eventId == 0)
            break;
        return e.note;
    default:
        return e.note;
    }
    const QLocale locale;
    QStringList parts;
    const std::optional<Objective> objective = ObjectiveText::fromKey(e.objectiveKey);
    QString head = e.campaignName;
    if (objective)
        head = tr("%1 (%2)").arg(head, ObjectiveText::label(*objective));
    parts << tr("%1: %2").arg(head, collaborationStatusLabel(e.collaborationStatus));
    parts << tr("delivered %1 of %2 posts").arg(e.deliveredPosts).arg(e.contractedPosts);
    if (e.feeFen)
        parts << tr("fee ¥%1").arg(locale.toString(double(*e.feeFen) / 100.0, 'f', 2));
    if (e.views)
        parts << tr("%1 views").arg(locale.toString(*e.views));
    if (e.engagements)
        parts << tr("%1 engagements").arg(locale.toString(*e.engagements));
    if (e.brandFit)
        parts << tr("brand fit %1/5").arg(*e.brandFit);
    if (e.reliability)
        parts << tr("reliability %1/5").arg(*e.reliability);
    const QString renewal = renewalLabel(e.renewal);
    if (!renewal.isEmpty())
        parts << renewal;
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace rr
