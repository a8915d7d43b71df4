// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreError.h"

#include <QDate>
#include <QString>

#include <optional>

namespace rr {

class Database;

// The vetting checklist of one creator (the `vetting` row): what a brand manager checks before
// contacting someone. Ratings are 1..5 or unknown.
struct Vetting
{
    qint64 creatorId = 0;
    std::optional<int> commentQuality;     // substantive comments (5) vs spam/emoji (1)
    std::optional<int> contentConsistency; // posting frequency, coherent aesthetic
    QString audienceNotes;                 // age, gender, geography when known
    QString pastCollaborations;            // brands worked with
    bool competitorConflict = false;
    bool fakeFollowerFlag = false;
    QString notes;
    QDate vettedOn;                        // set by save()
    QString vettedBy;                      // set by save(): Database::userName()

    bool operator==(const Vetting &) const = default;
};

// A creator's checklist with nothing filled in (what no checklist at all amounts to).
inline Vetting emptyVetting(qint64 creatorId)
{
    Vetting v;
    v.creatorId = creatorId;
    return v;
}

class VettingRepository
{
    Q_DECLARE_TR_FUNCTIONS(rr::VettingRepository)
public:
    explicit VettingRepository(Database &db) : m_db(db) {}

    // The creator's checklist, or nullopt when none was saved yet (or on error: see `error`).
    std::optional<Vetting> load(qint64 creatorId, StoreError *error = nullptr) const;
    // Inserts or replaces the row; stamps vettedOn (today) and vettedBy (the database's user)
    // into `vetting`. Ratings outside 1..5 are refused before any write.
    bool save(Vetting &vetting, StoreError *error = nullptr);
    // Writes `vetting` exactly as given, vettedOn and vettedBy included (undo/redo puts back a
    // checklist as it was). Ratings outside 1..5 are refused before any write.
    bool restore(const Vetting &vetting, StoreError *error = nullptr);
    bool remove(qint64 creatorId, StoreError *error = nullptr);

    // The same, but only while the stored checklist is still `expected` (what the edit started
    // from; nullopt: there was none): a checklist someone else saved in between fails with
    // Conflict instead of being overwritten.
    bool save(Vetting &vetting, const std::optional<Vetting> &expected, StoreError *error = nullptr);
    bool restore(const Vetting &vetting, const std::optional<Vetting> &expected, StoreError *error = nullptr);
    bool remove(qint64 creatorId, const std::optional<Vetting> &expected, StoreError *error = nullptr);

private:
    // `expected`: nullptr writes whatever is stored.
    bool write(const Vetting &vetting, const QDate &vettedOn, const QString &vettedBy,
               const std::optional<Vetting> *expected, StoreError *error);
    bool removeRow(qint64 creatorId, const std::optional<Vetting> *expected, StoreError *error);
    std::optional<Vetting> read(qint64 creatorId, bool lock, StoreError *error) const;
    bool stillAsExpected(qint64 creatorId, const std::optional<Vetting> *expected, StoreError *error) const;

    Database &m_db;
};

} // namespace rr
