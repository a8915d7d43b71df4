// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Status.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rr {

class Database;

// One line of a creator's relationship history: a stored relationship event (contact, status
// change, note, ...) or one of the creator's collaborations with its results.
struct TimelineEntry
{
    enum class Kind { Contact, Status, Note, Collaboration, Rating, Other };

    Kind kind = Kind::Other;
    QString kindKey;     // stored kind ("contact", "status", ...); "collaboration" for merged rows
    QDate on;
    QString owner;       // who logged the event / the campaign owner for collaborations
    QString note;
    qint64 eventId = 0;          // relationship_events.id, 0 for a merged collaboration
    qint64 collaborationId = 0;  // the collaboration the entry is about, 0 when none

    // Status events: the change, parsed from the stored "prospect → negotiating" note.
    std::optional<Status> fromStatus;
    std::optional<Status> toStatus;

    // Collaboration entries: the campaign and the results.
    QString campaignName;
    QString objectiveKey;       // awareness / conversion / seeding
    QString collaborationStatus; // planned / briefed / in_progress / delivered / cancelled
    int contractedPosts = 0;
    int deliveredPosts = 0;
    std::optional<qint64> feeFen;
    std::optional<int> brandFit;    // 1..5
    std::optional<int> reliability; // 1..5
    QString renewal;                // yes / no / maybe
    std::optional<qint64> views;       // sum over the posts' latest metrics
    std::optional<qint64> engagements; // likes + comments + saves over the posts' latest metrics
};

// First contact and owner of a creator, as the history panel shows them.
struct RelationshipSummary
{
    QDate firstContact;
    bool firstContactFromProfile = false; // creators.first_contact_on was set
    QString owner;
};

// One stored row of relationship_events, as written and put back by the undo commands.
struct RelationshipEvent
{
    qint64 id = 0;        // 0 until stored
    qint64 creatorId = 0;
    QString kind;         // contact / note (status events come from CreatorRepository)
    QDate on;             // occurred_on
    QString owner;        // who logged it
    QString note;
    QString createdAt;    // Database::nowUtc() of the first insert

    bool operator==(const RelationshipEvent &) const = default;
};

// Reads and adds to a creator's relationship history (relationship_events merged with the
// collaborations). Status events are written by CreatorRepository::update() itself.
class RelationshipLog
{
    Q_DECLARE_TR_FUNCTIONS(rr::RelationshipLog)
public:
    explicit RelationshipLog(Database &db);

    // Events and collaborations of one creator, newest first (same day: latest logged first).
    QList<TimelineEntry> timeline(qint64 creatorId, StoreError *error = nullptr) const;

    // Logs a contact or a note by the database's user; `on` defaults to today.
    bool addContact(qint64 creatorId, const QString &note, const QDate &on = QDate(), StoreError *error = nullptr);
    bool addNote(qint64 creatorId, const QString &note, const QDate &on = QDate(), StoreError *error = nullptr);

    // Stores a contact or note event. With event.id == 0 a new row: fills id, owner (the
    // database's user), on (today when invalid) and createdAt. With event.id > 0 (an undone event
    // coming back) inserts the values exactly as given, under that id when it is still free, else
    // under a new id written back into `event`.
    bool insertEvent(RelationshipEvent &event, StoreError *error = nullptr);
    // Deletes one event by id; NotFound when no such event exists.
    bool removeEvent(qint64 eventId, StoreError *error = nullptr);
    std::optional<RelationshipEvent> event(qint64 eventId, StoreError *error = nullptr) const;

    // creators.first_contact_on when set, else the earliest contact event (invalid when none).
    QDate firstContact(qint64 creatorId) const;
    RelationshipSummary summary(qint64 creatorId) const;

    // Display text of an entry, e.g. "Prospect → Outreach sent" or "Spring SPF (Awareness):
    // delivered 2 of 2 posts · fee ¥2,000.00 · 12,345 views".
    static QString describe(const TimelineEntry &entry);
    static QString kindLabel(TimelineEntry::Kind kind);
    static TimelineEntry::Kind kindFromKey(const QString &key);

private:
    bool addEvent(qint64 creatorId, const QString &kind, const QString &note, const QDate &on, StoreError *error);

    Database &m_db;
};

} // namespace rr
