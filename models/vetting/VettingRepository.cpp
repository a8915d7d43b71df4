// SPDX-License-Identifier: GPL-3.0-or-later
#include "vetting/VettingRepository.h"

#include "store/AuditLog.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rr {

namespace {

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> intOrNull(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

bool validRating(const std::optional<int> &v)
{
    return !v || (*v >= 1 && *v <= 5);
}

} // namespace

std::optional<Vetting> VettingRepository::load(qint64 creatorId, StoreError *error) const
{
    return read(creatorId, false, error);
}

std::optional<Vetting> VettingRepository::read(qint64 creatorId, bool lock, StoreError *error) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT comment_quality, content_consistency, audience_notes, past_collaborations, "
                             "competitor_conflict, fake_follower_flag, notes, vetted_on, vetted_by "
                             "FROM vetting WHERE creator_id = ?")
              + (lock ? m_db.dialect().lockRead() : QString()));
    q.addBindValue(creatorId);
    if (!q.exec()) {
        if (error)
            *error = m_db.errorFrom(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Vetting v;
    v.creatorId = creatorId;
    v.commentQuality = intOrNull(q.value(0));
    v.contentConsistency = intOrNull(q.value(1));
    v.audienceNotes = q.value(2).toString();
    v.pastCollaborations = q.value(3).toString();
    v.competitorConflict = q.value(4).toInt() != 0;
    v.fakeFollowerFlag = q.value(5).toInt() != 0;
    v.notes = q.value(6).toString();
    v.vettedOn = QDate::fromString(q.value(7).toString().left(10), Qt::ISODate);
    v.vettedBy = q.value(8).toString();
    return v;
}

bool VettingRepository::save(Vetting &vetting, StoreError *error)
{
    const QDate today = QDate::currentDate();
    const QString user = m_db.userName();
    if (!write(vetting, today, user, nullptr, error))
        return false;
    vetting.vettedOn = today;
    vetting.vettedBy = user;
    return true;
}

bool VettingRepository::save(Vetting &vetting, const std::optional<Vetting> &expected, StoreError *error)
{
    const QDate today = QDate::currentDate();
    const QString user = m_db.userName();
    if (!write(vetting, today, user, &expected, error))
        return false;
    vetting.vettedOn = today;
    vetting.vettedBy = user;
    return true;
}

bool VettingRepository::restore(const Vetting &vetting, StoreError *error)
{
    return write(vetting, vetting.vettedOn, vetting.vettedBy, nullptr, error);
}

bool VettingRepository::restore(const Vetting &vetting, const std::optional<Vetting> &expected, StoreError *error)
{
    return write(vetting, vetting.vettedOn, vetting.vettedBy, &expected, error);
}

// Inside the write transaction: the stored checklist (locked on PostgreSQL until the commit)
// still equals `expected`.
bool VettingRepository::stillAsExpected(qint64 creatorId, const std::optional<Vetting> *expected,
                                        StoreError *error) const
{
    if (!expected)
        return true;
    StoreError e;
    std::optional<Vetting> stored = read(creatorId, true, &e);
    if (e.isError()) {
        if (error)
            *error = e;
        return false;
    }
    std::optional<Vetting> wanted = *expected;
    if (wanted)
        wanted->creatorId = creatorId;
    if (stored == wanted)
        return true;
    if (error)
        *error = StoreError::make(StoreError::Code::Conflict,
                                  tr("Someone else saved this creator's vetting checklist meanwhile; yours was not "
                                     "saved."));
    return false;
}

bool VettingRepository::write(const Vetting &vetting, const QDate &vettedOn, const QString &vettedBy,
                              const std::optional<Vetting> *expected, StoreError *error)
{
    if (!validRating(vetting.commentQuality) || !validRating(vetting.contentConsistency)) {
        if (error)
            *error = StoreError::make(StoreError::Code::Query, tr("Ratings must be between 1 and 5."));
        return false;
    }
    // ON CONFLICT works on SQLite ≥ 3.24 and PostgreSQL; the audit row in the same transaction.
    // The query outlives the transaction: a failed statement is freed after the rollback.
    QSqlQuery q(m_db.sql());
    WriteTransaction tx(m_db);
    if (!tx.begin(error) || !stillAsExpected(vetting.creatorId, expected, error))
        return false;
    // Over no checklist, a plain insert: two connections inserting the first one at once cannot
    // both succeed (the primary key), so the later one is refused rather than overwriting.
    const bool insertOnly = expected && !*expected;
    q.prepare(QStringLiteral(
        "INSERT INTO vetting (creator_id, comment_quality, content_consistency, audience_notes, "
        "past_collaborations, competitor_conflict, fake_follower_flag, notes, vetted_on, vetted_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ")
              + (insertOnly ? QString() : QStringLiteral(
        "ON CONFLICT (creator_id) DO UPDATE SET comment_quality = excluded.comment_quality, "
        "content_consistency = excluded.content_consistency, audience_notes = excluded.audience_notes, "
        "past_collaborations = excluded.past_collaborations, competitor_conflict = excluded.competitor_conflict, "
        "fake_follower_flag = excluded.fake_follower_flag, notes = excluded.notes, "
        "vetted_on = excluded.vetted_on, vetted_by = excluded.vetted_by")));
    q.addBindValue(vetting.creatorId);
    q.addBindValue(optionalInt(vetting.commentQuality));
    q.addBindValue(optionalInt(vetting.contentConsistency));
    q.addBindValue(vetting.audienceNotes);
    q.addBindValue(vetting.pastCollaborations);
    q.addBindValue(vetting.competitorConflict ? 1 : 0);
    q.addBindValue(vetting.fakeFollowerFlag ? 1 : 0);
    q.addBindValue(vetting.notes);
    q.addBindValue(vettedOn.isValid() ? QVariant(vettedOn.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(vettedBy.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(vettedBy));
    if (!q.exec()) {
        if (error) {
            *error = m_db.errorFrom(q.lastError());
            // A first checklist inserted by someone else meanwhile (unique_violation); any other
            // failure keeps its own error.
            if (insertOnly && q.lastError().nativeErrorCode() == QLatin1String("23505"))
                *error = StoreError::make(StoreError::Code::Conflict,
                                          tr("Someone else saved this creator's vetting checklist meanwhile; yours "
                                             "was not saved."), error->detail);
        }
        return false;
    }
    const QJsonObject what{{QStringLiteral("comment_quality"), QJsonValue::fromVariant(optionalInt(vetting.commentQuality))},
                           {QStringLiteral("content_consistency"), QJsonValue::fromVariant(optionalInt(vetting.contentConsistency))},
                           {QStringLiteral("competitor_conflict"), vetting.competitorConflict},
                           {QStringLiteral("fake_follower_flag"), vetting.fakeFollowerFlag}};
    return AuditLog::record(m_db, QStringLiteral("vetting"), vetting.creatorId, QStringLiteral("update"),
                            vetting.creatorId, &what, error)
        && tx.commit(error);
}

bool VettingRepository::remove(qint64 creatorId, StoreError *error)
{
    return removeRow(creatorId, nullptr, error);
}

bool VettingRepository::remove(qint64 creatorId, const std::optional<Vetting> &expected, StoreError *error)
{
    return removeRow(creatorId, &expected, error);
}

bool VettingRepository::removeRow(qint64 creatorId, const std::optional<Vetting> *expected, StoreError *error)
{
    QSqlQuery q(m_db.sql()); // freed after the rollback of a failed delete
    WriteTransaction tx(m_db);
    if (!tx.begin(error) || !stillAsExpected(creatorId, expected, error))
        return false;
    q.prepare(QStringLiteral("DELETE FROM vetting WHERE creator_id = ?"));
    q.addBindValue(creatorId);
    if (!q.exec()) {
        if (error)
            *error = m_db.errorFrom(q.lastError());
        return false;
    }
    return AuditLog::record(m_db, QStringLiteral("vetting"), creatorId, QStringLiteral("delete"), creatorId, nullptr,
                            error)
        && tx.commit(error);
}

} // namespace rr
