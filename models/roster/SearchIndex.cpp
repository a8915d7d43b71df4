// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/SearchIndex.h"

#include "store/Database.h"

#include <QByteArrayMatcher>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rr {

void SearchIndex::append(qint64 id, const QByteArray &text)
{
    if (id < 0 || id > std::numeric_limits<qint32>::max())
        return;
    if (qsizetype(m_slotOfId.size()) <= id)
        m_slotOfId.resize(size_t(id) + 1 + m_slotOfId.size() / 4, -1);
    const qint32 old = m_slotOfId[size_t(id)];
    if (old >= 0 && !m_dead[size_t(old)]) {
        const size_t next = size_t(old) + 1;
        const quint32 begin = m_offsets[size_t(old)];
        const quint32 end = next < m_offsets.size() ? m_offsets[next] : quint32(m_text.size());
        if (QByteArrayView(m_text.constData() + begin, end - begin - 1) == QByteArrayView(text))
            return; // touched, but its search text is the same
        m_dead[size_t(old)] = true;
        m_deadBytes += end - begin;
    }
    m_slotOfId[size_t(id)] = qint32(m_ids.size());
    m_offsets.push_back(quint32(m_text.size()));
    m_ids.push_back(id);
    m_dead.push_back(false);
    m_text.append(text);
    m_text.append('\0');
}

bool SearchIndex::sync(const Database &db, QString *error)
{
    QMutexLocker lock(&m_mutex);
    // Compact when replaced entries make up most of the buffer: start over.
    if (m_loaded && m_deadBytes > m_text.size() / 2) {
        m_text.clear();
        m_offsets.clear();
        m_ids.clear();
        m_dead.clear();
        m_slotOfId.clear();
        m_deadBytes = 0;
        m_markStamp.clear();
        m_markId = 0;
        m_loaded = false;
    }
    auto fail = [error](const QSqlQuery &q) {
        if (error)
            *error = q.lastError().text();
        return false;
    };
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!m_loaded) {
        // The mark first: a row changed while the texts are read is read again next time.
        QSqlQuery mark(db.sql());
        if (!mark.exec(QStringLiteral("SELECT updated_at, id FROM creators ORDER BY updated_at DESC, id DESC LIMIT 1")))
            return fail(mark);
        if (mark.next()) {
            m_markStamp = mark.value(0).toString();
            m_markId = mark.value(1).toLongLong();
        }
        // The covering index on search_text holds everything this reads.
        if (!q.exec(QStringLiteral("SELECT id, search_text FROM creators")))
            return fail(q);
        while (q.next())
            append(q.value(0).toLongLong(), q.value(1).toString().toUtf8());
        m_loaded = true;
        return true;
    }
    // Two index ranges: an OR of them made SQLite walk every row of the mark's stamp.
    q.prepare(QStringLiteral("SELECT id, search_text, updated_at FROM ("
                             "SELECT id, search_text, updated_at FROM creators WHERE updated_at = ? AND id > ? "
                             "UNION ALL SELECT id, search_text, updated_at FROM creators WHERE updated_at > ?) "
                             "AS changed ORDER BY updated_at, id"));
    q.addBindValue(m_markStamp);
    q.addBindValue(m_markId);
    q.addBindValue(m_markStamp);
    if (!q.exec())
        return fail(q);
    while (q.next()) {
        append(q.value(0).toLongLong(), q.value(1).toString().toUtf8());
        m_markStamp = q.value(2).toString();
        m_markId = q.value(0).toLongLong();
    }
    return true;
}

QList<qint64> SearchIndex::find(const QString &needle) const
{
    QMutexLocker lock(&m_mutex);
    QList<qint64> out;
    const QByteArray pattern = needle.toLower().toUtf8();
    if (pattern.isEmpty() || pattern.contains('\0'))
        return out;
    const QByteArrayMatcher matcher(pattern);
    const char *data = m_text.constData();
    const qsizetype size = m_text.size();
    qsizetype from = 0;
    while (from < size) {
        const qsizetype at = matcher.indexIn(data, size, from);
        if (at < 0)
            break;
        // The entry holding the hit: the last one starting at or before it.
        const auto it = std::upper_bound(m_offsets.begin(), m_offsets.end(), quint32(at));
        const size_t entry = size_t(std::distance(m_offsets.begin(), it)) - 1;
        const size_t next = entry + 1;
        const qsizetype end = next < m_offsets.size() ? qsizetype(m_offsets[next]) : size;
        if (at + pattern.size() < end && !m_dead[entry]) // entirely inside this entry's text
            out.append(m_ids[entry]);
        from = end;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool SearchIndex::isLoaded() const
{
    QMutexLocker lock(&m_mutex);
    return m_loaded;
}

qsizetype SearchIndex::entryCount() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_ids.size());
}

qsizetype SearchIndex::memoryBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_text.capacity() + qsizetype(m_offsets.capacity() * sizeof(quint32) + m_ids.capacity() * sizeof(qint64)
                                         + m_dead.capacity() / 8 + m_slotOfId.capacity() * sizeof(qint32));
}

} // namespace rr
