// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CampaignRepository.h"

#include "campaign/CampaignSql.h"
#include "campaign/CollaborationRollup.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QSqlError>

namespace rr {

using namespace campaign_sql;

namespace campaign_sql {

bool exec(QSqlQuery &q, const Database &db, const QString &sql, const QVariantList &values, StoreError *error)
{
    if (q.prepare(sql)) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec())
            return true;
    }
    if (error)
        *error = db.errorFrom(q.lastError());
    return false;
}

bool audit(const Database &db, const QString &table, qint64 rowId, const QString &action, StoreError *error,
           qint64 creatorId)
{
    return AuditLog::record(db, table, rowId, action, creatorId, nullptr, error);
}

StoreError refused(const QString &reason)
{
    return StoreError::make(StoreError::Code::Query, reason, QStringLiteral("refused"));
}

QVariantList ratingValues(const CollaborationRating &r)
{
    return {opt(r.brandFit), opt(r.reliability), r.renewal ? QVariant(CampaignText::key(*r.renewal)) : QVariant(),
            text(r.renewalReason), opt(r.responseHours), text(r.pushbackNotes), text(r.revisionNotes)};
}

std::optional<StoreError> refusal(const Collaboration &c)
{
    if (const auto flag = InputFlags::fee(c.feeFen))
        return refused(flag->reason);
    if (const auto flag = InputFlags::delivered(c.deliveredPosts, c.contractedPosts))
        return refused(flag->reason);
    return std::nullopt;
}

} // namespace campaign_sql

namespace {

const QString kCampaignColumns = QStringLiteral(
    "id, version, name, brand, product, objective, starts_on, ends_on, budget_fen, status, closed_on, owner, notes");

Campaign readCampaign(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.version = q.value(1).toInt();
    c.name = q.value(2).toString();
    c.brand = q.value(3).toString();
    c.product = q.value(4).toString();
    c.objective = ObjectiveText::fromKey(q.value(5).toString()).value_or(Objective::Awareness);
    c.startsOn = toDate(q.value(6));
    c.endsOn = toDate(q.value(7));
    c.budgetFen = toInt64(q.value(8));
    c.status = CampaignText::statusFromKey(q.value(9).toString()).value_or(CampaignStatus::Planning);
    c.closedOn = toDate(q.value(10));
    c.owner = q.value(11).toString();
    c.notes = q.value(12).toString();
    return c;
}

QVariantList campaignValues(const Campaign &c)
{
    return {c.name, text(c.brand), text(c.product), ObjectiveText::key(c.objective), date(c.startsOn),
            date(c.endsOn), opt(c.budgetFen), CampaignText::key(c.status), date(c.closedOn), text(c.owner),
            text(c.notes)};
}

const QString kCollabColumns = QStringLiteral(
    "co.id, co.version, co.campaign_id, co.creator_id, COALESCE(NULLIF(cr.nickname, ''), cr.handle, ''), co.fee_fen, "
    "co.format, co.contracted_posts, co.delivered_posts, co.due_on, co.status, co.brand_fit, co.reliability, "
    "co.renewal, co.renewal_reason, co.response_hours, co.pushback_notes, co.revision_notes, co.notes");

Collaboration readCollaboration(const QSqlQuery &q)
{
    Collaboration c;
    c.id = q.value(0).toLongLong();
    c.version = q.value(1).toInt();
    c.campaignId = q.value(2).toLongLong();
    c.creatorId = q.value(3).toLongLong();
    c.creatorName = q.value(4).toString();
    c.feeFen = toInt64(q.value(5));
    c.format = FormatText::fromKey(q.value(6).toString());
    c.contractedPosts = q.value(7).toInt();
    c.deliveredPosts = q.value(8).toInt();
    c.dueOn = toDate(q.value(9));
    c.status = CampaignText::collaborationStatusFromKey(q.value(10).toString()).value_or(CollaborationStatus::Planned);
    c.rating.brandFit = toInt(q.value(11));
    c.rating.reliability = toInt(q.value(12));
    c.rating.renewal = CampaignText::renewalFromKey(q.value(13).toString());
    c.rating.renewalReason = q.value(14).toString();
    c.rating.responseHours = toDouble(q.value(15));
    c.rating.pushbackNotes = q.value(16).toString();
    c.rating.revisionNotes = q.value(17).toString();
    c.notes = q.value(18).toString();
    return c;
}

} // namespace

CampaignRepository::CampaignRepository(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

StoreError CampaignRepository::storeError(StoreError::Code code) const
{
    return StoreError::make(code, StoreError::describe(code, m_db.spec().displayName()));
}

StoreError CampaignRepository::notFound() const
{
    return storeError(StoreError::Code::NotFound);
}

bool CampaignRepository::failed(StoreError *error, const StoreError &e) const
{
    if (error)
        *error = e;
    emit const_cast<CampaignRepository *>(this)->writeFailed(e);
    return false;
}

QList<Campaign> CampaignRepository::list(StoreError *error) const
{
    QList<Campaign> out;
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db, QStringLiteral("SELECT %1 FROM campaigns ORDER BY starts_on DESC NULLS LAST, id DESC").arg(kCampaignColumns),
              {}, error))
        return out;
    while (q.next())
        out << readCampaign(q);
    return out;
}

std::optional<Campaign> CampaignRepository::load(qint64 id, StoreError *error) const
{
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db, QStringLiteral("SELECT %1 FROM campaigns WHERE id = ?").arg(kCampaignColumns), {id}, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = notFound();
        return std::nullopt;
    }
    return readCampaign(q);
}

bool CampaignRepository::insert(Campaign &campaign, StoreError *error)
{
    StoreError e;
    Campaign row = campaign;
    if (row.status == CampaignStatus::Closed && !row.closedOn.isValid())
        row.closedOn = QDate::currentDate();
    WriteTransaction tx(m_db);
    if (!tx.begin(&e))
        return failed(error, e);
    const QString now = Database::nowUtc();
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db,
              QStringLiteral("INSERT INTO campaigns (name, brand, product, objective, starts_on, ends_on, budget_fen, "
                             "status, closed_on, owner, notes, created_at, updated_at, version) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1) RETURNING id"),
              campaignValues(row) + QVariantList{now, now}, &e)
        || !q.next())
        return failed(error, e);
    row.id = q.value(0).toLongLong();
    q.finish();
    if (!audit(m_db, QStringLiteral("campaigns"), row.id, QStringLiteral("insert"), &e) || !tx.commit(&e))
        return failed(error, e);
    row.version = 1;
    campaign = row;
    emit campaignsChanged();
    return true;
}

bool CampaignRepository::update(Campaign &campaign, StoreError *error)
{
    StoreError e;
    Campaign row = campaign;
    if (row.status == CampaignStatus::Closed && !row.closedOn.isValid())
        row.closedOn = QDate::currentDate();
    if (row.status != CampaignStatus::Closed)
        row.closedOn = QDate();
    WriteTransaction tx(m_db);
    if (!tx.begin(&e))
        return failed(error, e);
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db,
              QStringLiteral("UPDATE campaigns SET name = ?, brand = ?, product = ?, objective = ?, starts_on = ?, "
                             "ends_on = ?, budget_fen = ?, status = ?, closed_on = ?, owner = ?, notes = ?, "
                             "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
              campaignValues(row) + QVariantList{Database::nowUtc(), row.id, row.version}, &e))
        return failed(error, e);
    if (q.numRowsAffected() != 1) {
        return failed(error, storeError(load(row.id) ? StoreError::Code::Conflict : StoreError::Code::NotFound));
    }
    if (!audit(m_db, QStringLiteral("campaigns"), row.id, QStringLiteral("update"), &e) || !tx.commit(&e))
        return failed(error, e);
    row.version += 1;
    campaign = row;
    emit campaignsChanged();
    return true;
}

bool CampaignRepository::remove(qint64 id, StoreError *error)
{
    StoreError e;
    WriteTransaction tx(m_db);
    if (!tx.begin(&e))
        return failed(error, e);
    // Creators whose averages lose these collaborations.
    QList<qint64> creators;
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db, QStringLiteral("SELECT DISTINCT creator_id FROM collaborations WHERE campaign_id = ?"), {id}, &e))
        return failed(error, e);
    while (q.next())
        creators << q.value(0).toLongLong();
    if (!exec(q, m_db, QStringLiteral("DELETE FROM campaigns WHERE id = ?"), {id}, &e))
        return failed(error, e);
    if (q.numRowsAffected() != 1)
        return failed(error, notFound());
    for (qint64 creator : std::as_const(creators)) {
        if (!CollaborationRollup::writeAverages(m_db, creator, &e))
            return failed(error, e);
    }
    if (!audit(m_db, QStringLiteral("campaigns"), id, QStringLiteral("delete"), &e) || !tx.commit(&e))
        return failed(error, e);
    emit campaignsChanged();
    return true;
}

QList<Collaboration> CampaignRepository::collaborations(qint64 campaignId, StoreError *error) const
{
    QList<Collaboration> out;
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db,
              QStringLiteral("SELECT %1 FROM collaborations co JOIN creators cr ON cr.id = co.creator_id "
                             "WHERE co.campaign_id = ? ORDER BY 5, co.id").arg(kCollabColumns),
              {campaignId}, error))
        return out;
    while (q.next())
        out << readCollaboration(q);
    QSqlQuery d(m_db.sql());
    if (!exec(d, m_db,
              QStringLiteral("SELECT d.id, d.collaboration_id, d.format, d.due_on, d.post_id FROM deliverables d "
                             "JOIN collaborations co ON co.id = d.collaboration_id WHERE co.campaign_id = ? "
                             "ORDER BY d.due_on NULLS FIRST, d.id"),
              {campaignId}, error))
        return out;
    while (d.next()) {
        Deliverable del;
        del.id = d.value(0).toLongLong();
        del.collaborationId = d.value(1).toLongLong();
        del.format = FormatText::fromKey(d.value(2).toString()).value_or(ContentFormat::Image);
        del.dueOn = toDate(d.value(3));
        del.postId = d.value(4).toLongLong();
        for (Collaboration &c : out) {
            if (c.id == del.collaborationId)
                c.deliverables << del;
        }
    }
    return out;
}

std::optional<Collaboration> CampaignRepository::loadCollaboration(qint64 id, StoreError *error) const
{
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db,
              QStringLiteral("SELECT %1 FROM collaborations co JOIN creators cr ON cr.id = co.creator_id "
                             "WHERE co.id = ?").arg(kCollabColumns),
              {id}, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = notFound();
        return std::nullopt;
    }
    return readCollaboration(q);
}

bool CampaignRepository::insertCollaboration(Collaboration &c, StoreError *error)
{
    QList<Collaboration> rows{c};
    if (!insertCollaborations(rows, error))
        return false;
    c = rows.constFirst();
    return true;
}

bool CampaignRepository::updateCollaboration(Collaboration &c, StoreError *error)
{
    if (const auto refusedInput = refusal(c))
        return failed(error, *refusedInput);
    StoreError e;
    const std::optional<Collaboration> stored = loadCollaboration(c.id, &e);
    if (!stored)
        return failed(error, e);
    WriteTransaction tx(m_db);
    if (!tx.begin(&e))
        return failed(error, e);
    QSqlQuery q(m_db.sql());
    QVariantList values{opt(c.feeFen), c.format ? QVariant(FormatText::key(*c.format)) : QVariant(),
                        c.contractedPosts, c.deliveredPosts, date(c.dueOn), CampaignText::key(c.status)};
    values << ratingValues(c.rating) << text(c.notes) << Database::nowUtc() << c.id << c.version;
    if (!exec(q, m_db,
              QStringLiteral("UPDATE collaborations SET fee_fen = ?, format = ?, contracted_posts = ?, "
                             "delivered_posts = ?, due_on = ?, status = ?, brand_fit = ?, reliability = ?, renewal = ?, "
                             "renewal_reason = ?, response_hours = ?, pushback_notes = ?, revision_notes = ?, notes = ?, "
                             "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
              values, &e))
        return failed(error, e);
    if (q.numRowsAffected() != 1)
        return failed(error, storeError(StoreError::Code::Conflict));
    const bool ratingChanged = stored->rating.brandFit != c.rating.brandFit
        || stored->rating.reliability != c.rating.reliability;
    if ((ratingChanged && !CollaborationRollup::writeAverages(m_db, stored->creatorId, &e))
        || !audit(m_db, QStringLiteral("collaborations"), c.id, QStringLiteral("update"), &e, stored->creatorId)
        || !tx.commit(&e))
        return failed(error, e);
    c.version += 1;
    emit collaborationsChanged(stored->campaignId);
    return true;
}

bool CampaignRepository::setRating(qint64 collaborationId, const CollaborationRating &rating, int *version,
                                   StoreError *error)
{
    StoreError e;
    std::optional<Collaboration> c = loadCollaboration(collaborationId, &e);
    if (!c)
        return failed(error, e);
    if (version && *version != c->version)
        return failed(error, storeError(StoreError::Code::Conflict));
    c->rating = rating;
    if (!updateCollaboration(*c, error))
        return false;
    if (version)
        *version = c->version;
    return true;
}

bool CampaignRepository::removeCollaboration(qint64 id, StoreError *error)
{
    return removeCollaborations({id}, error);
}

qint64 CampaignRepository::campaignOfCollaboration(qint64 collaborationId) const
{
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db, QStringLiteral("SELECT campaign_id FROM collaborations WHERE id = ?"), {collaborationId}, nullptr)
        || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

qint64 CampaignRepository::creatorOfCollaboration(qint64 collaborationId) const
{
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db, QStringLiteral("SELECT creator_id FROM collaborations WHERE id = ?"), {collaborationId}, nullptr)
        || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

qint64 CampaignRepository::campaignOfPost(qint64 postId) const
{
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db,
              QStringLiteral("SELECT co.campaign_id FROM posts p JOIN collaborations co ON co.id = p.collaboration_id "
                             "WHERE p.id = ?"),
              {postId}, nullptr)
        || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace rr
