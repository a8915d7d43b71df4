// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

#include <vector>

namespace rr {

class Database;

// The roster's search text of every creator, held in memory as one UTF-8 buffer, so a substring
// search (Chinese of any length included) is a fast byte scan instead of a full table scan in
// SQL, which no index can answer. About 70 bytes per creator. Kept current incrementally: a sync
// reads only rows changed after the last one seen, in (updated_at, id) order through its index.
// Thread-safe: one worker may sync while another searches.
class SearchIndex
{
public:
    // Reads what changed since the last sync (everything the first time). False on a query error.
    bool sync(const Database &db, QString *error);
    // Ids of creators whose search text contains `needle` (compared lower-cased), ascending.
    // May name creators deleted since the last sync: callers join with the table anyway.
    QList<qint64> find(const QString &needle) const;
    bool isLoaded() const;
    qsizetype entryCount() const;
    qsizetype memoryBytes() const;

private:
    void append(qint64 id, const QByteArray &text);

    mutable QMutex m_mutex;
    QByteArray m_text;               // entries, each followed by '\0'
    std::vector<quint32> m_offsets;  // start of each entry in m_text
    std::vector<qint64> m_ids;       // creator id of each entry
    std::vector<bool> m_dead;        // entry replaced by a later one
    std::vector<qint32> m_slotOfId;  // entry of each creator id, -1 when none
    qsizetype m_deadBytes = 0;
    QString m_markStamp;             // (updated_at, id) of the last row seen
    qint64 m_markId = 0;
    bool m_loaded = false;
};

} // namespace rr
