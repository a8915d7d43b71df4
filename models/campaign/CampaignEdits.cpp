// SPDX-License-Identifier: GPL-3.0-or-later
// CampaignRepository: adding and removing collaborations in bulk, deliverables, removing posts.
#include "campaign/CampaignRepository.h"

#include "campaign/CampaignSql.h"
#include "campaign/CollaborationRollup.h"
#include "store/Database.h"

#include <QSet>
#include <QSqlError>

namespace rr {

using namespace campaign_sql;

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// Inserts one deliverable inside an open transaction; keeps d.id when it is > 0.
bool insertDeliverableRow(const Database &db, Deliverable &d, StoreError *error)
{
    QSqlQuery q(db.sql());
    QString columns = QStringLiteral("collaboration_id, format, due_on, post_id");
    QString marks = QStringLiteral("?,?,?,?");
    QVariantList values{d.collaborationId, FormatText::key(d.format), date(d.dueOn), idOrNull(d.postId)};
    if (d.id > 0) {
        columns.prepend(QStringLiteral("id, "));
        marks.prepend(QStringLiteral("?,"));
        values.prepend(d.id);
    }
    if (!exec(q, db, QStringLiteral("INSERT INTO deliverables (%1) VALUES (%2) RETURNING id").arg(columns, marks), values,
              error)
        || !q.next())
        return false;
    d.id = q.value(0).toLongLong();
    return true;
}

} // namespace

bool CampaignRepository::insertCollaborations(QList<Collaboration> &rows, StoreError *error)
{
    if (rows.isEmpty())
        return true;
    for (const Collaboration &c : std::as_const(rows)) {
        if (const auto refusedInput = refusal(c))
            return failed(error, *refusedInput);
    }
    StoreError e;
    WriteTransaction tx(m_db);
    if (!tx.begin(&e))
        return failed(error, e);
    const QString now = Database::nowUtc();
    QList<Collaboration> out = rows;
    QSet<qint64> campaigns;
    for (Collaboration &c : out) {
        QSqlQuery q(m_db.sql());
        if (!exec(q, m_db,
                  QStringLiteral("SELECT COALESCE(NULLIF(cr.nickname, ''), cr.handle, '') FROM collaborations co "
                                 "JOIN creators cr ON cr.id = co.creator_id WHERE co.campaign_id = ? AND co.creator_id = ?"),
                  {c.campaignId, c.creatorId}, &e))
            return failed(error, e);
        if (q.next())
            return failed(error, refused(tr("%1 is already in this campaign").arg(q.value(0).toString())));
        const bool restore = c.id > 0;
        QVariantList values;
        if (restore)
            values << c.id;
        values << c.campaignId << c.creatorId << opt(c.feeFen)
               << (c.format ? QVariant(FormatText::key(*c.format)) : QVariant()) << c.contractedPosts
               << c.deliveredPosts << date(c.dueOn) << CampaignText::key(c.status);
        values << ratingValues(c.rating) << text(c.notes) << now << now << (restore ? c.version : 1);
        if (!exec(q, m_db,
                  QStringLiteral("INSERT INTO collaborations (%1campaign_id, creator_id, fee_fen, format, contracted_posts, "
                                 "delivered_posts, due_on, status, brand_fit, reliability, renewal, renewal_reason, "
                                 "response_hours, pushback_notes, revision_notes, notes, created_at, updated_at, version) "
                                 "VALUES (%2?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id")
                      .arg(restore ? QStringLiteral("id, ") : QString(), restore ? QStringLiteral("?,") : QString()),
                  values, &e)
            || !q.next())
            return failed(error, e);
        c.id = q.value(0).toLongLong();
        c.version = restore ? c.version : 1;
        q.finish();
        for (Deliverable &d : c.deliverables) {
            d.collaborationId = c.id;
            if (!checkDeliverable(d, &e) || !insertDeliverableRow(m_db, d, &e))
                return failed(error, e);
        }
        const bool rated = c.rating.brandFit || c.rating.reliability;
        if ((rated && !CollaborationRollup::writeAverages(m_db, c.creatorId, &e))
            || !audit(m_db, QStringLiteral("collaborations"), c.id, QStringLiteral("insert"), &e, c.creatorId))
            return failed(error, e);
        campaigns.insert(c.campaignId);
    }
    if (!tx.commit(&e))
        return failed(error, e);
    rows = out;
    for (qint64 campaignId : std::as_const(campaigns))
        emit collaborationsChanged(campaignId);
    return true;
}

bool CampaignRepository::removeCollaborations(const QList<qint64> &ids, StoreError *error)
{
    StoreError e;
    WriteTransaction tx(m_db);
    if (!tx.begin(&e))
        return failed(error, e);
    QSet<qint64> campaigns;
    for (qint64 id : ids) {
        const std::optional<Collaboration> stored = loadCollaboration(id, &e);
        if (!stored)
            return failed(error, e);
        QSqlQuery q(m_db.sql());
        if (!exec(q, m_db, QStringLiteral("DELETE FROM collaborations WHERE id = ?"), {id}, &e)
            || !CollaborationRollup::writeAverages(m_db, stored->creatorId, &e)
            || !audit(m_db, QStringLiteral("collaborations"), id, QStringLiteral("delete"), &e, stored->creatorId))
            return failed(error, e);
        campaigns.insert(stored->campaignId);
    }
    if (!tx.commit(&e))
        return failed(error, e);
    for (qint64 campaignId : std::as_const(campaigns))
        emit collaborationsChanged(campaignId);
    return true;
}

bool CampaignRepository::checkDeliverable(const Deliverable &d, StoreError *error) const
{
    QSqlQuery q(m_db.sql());
    if (d.postId > 0) {
        if (!exec(q, m_db, QStringLiteral("SELECT collaboration_id FROM posts WHERE id = ?"), {d.postId}, error))
            return false;
        if (!q.next() || q.value(0).toLongLong() != d.collaborationId) {
            if (error)
                *error = refused(tr("The delivered post must be a post of the same collaboration"));
            return false;
        }
    }
    if (!exec(q, m_db,
              QStringLiteral("SELECT co.contracted_posts, (SELECT COUNT(*) FROM deliverables d WHERE d.collaboration_id = "
                             "co.id AND d.post_id IS NOT NULL AND d.id <> ?) FROM collaborations co WHERE co.id = ?"),
              {d.id, d.collaborationId}, error))
        return false;
    if (!q.next()) {
        if (error)
            *error = notFound();
        return false;
    }
    const int delivered = q.value(1).toInt() + (d.postId > 0 ? 1 : 0);
    if (const auto flag = InputFlags::delivered(delivered, q.value(0).toInt())) {
        if (error)
            *error = refused(flag->reason);
        return false;
    }
    return true;
}

bool CampaignRepository::addDeliverable(Deliverable &d, StoreError *error)
{
    StoreError e;
    WriteTransaction tx(m_db);
    if (!tx.begin(&e))
        return failed(error, e);
    Deliverable row = d;
    if (!checkDeliverable(row, &e) || !insertDeliverableRow(m_db, row, &e)
        || !audit(m_db, QStringLiteral("deliverables"), row.id, QStringLiteral("insert"), &e,
                  creatorOfCollaboration(row.collaborationId))
        || !tx.commit(&e))
        return failed(error, e);
    d = row;
    emit collaborationsChanged(campaignOfCollaboration(d.collaborationId));
    return true;
}

std::optional<Deliverable> CampaignRepository::loadDeliverable(qint64 id, StoreError *error) const
{
    return readDeliverable(id, false, error);
}

std::optional<Deliverable> CampaignRepository::readDeliverable(qint64 id, bool lock, StoreError *error) const
{
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db,
              QStringLiteral("SELECT id, collaboration_id, format, due_on, post_id FROM deliverables WHERE id = ?")
                  + (lock ? m_db.dialect().lockRead() : QString()),
              {id}, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = notFound();
        return std::nullopt;
    }
    Deliverable d;
    d.id = q.value(0).toLongLong();
    d.collaborationId = q.value(1).toLongLong();
    d.format = FormatText::fromKey(q.value(2).toString()).value_or(ContentFormat::Image);
    d.dueOn = toDate(q.value(3));
    d.postId = q.value(4).toLongLong();
    return d;
}

bool CampaignRepository::updateDeliverable(const Deliverable &d, StoreError *error)
{
    return writeDeliverable(d, nullptr, error);
}

bool CampaignRepository::updateDeliverable(const Deliverable &d, const Deliverable &expected, StoreError *error)
{
    return writeDeliverable(d, &expected, error);
}

bool CampaignRepository::writeDeliverable(const Deliverable &d, const Deliverable *expected, StoreError *error)
{
    StoreError e;
    QSqlQuery q(m_db.sql()); // outlives the transaction: a failed statement is freed after the rollback
    WriteTransaction tx(m_db);
    if (!tx.begin(&e))
        return failed(error, e);
    if (expected) {
        // Compared under the row's lock: a colleague's change since `expected` is not overwritten.
        const std::optional<Deliverable> stored = readDeliverable(d.id, true, &e);
        if (!stored)
            return failed(error, e);
        if (!(*stored == *expected))
            return failed(error, StoreError::make(StoreError::Code::Conflict,
                                                  tr("Someone else changed this deliverable meanwhile; it was not "
                                                     "saved. Open it again to see their change.")));
    }
    if (!checkDeliverable(d, &e)
        || !exec(q, m_db,
                 QStringLiteral("UPDATE deliverables SET format = ?, due_on = ?, post_id = ? WHERE id = ? "
                                "AND collaboration_id = ?"),
                 {FormatText::key(d.format), date(d.dueOn), idOrNull(d.postId), d.id, d.collaborationId}, &e))
        return failed(error, e);
    if (q.numRowsAffected() != 1)
        return failed(error, notFound());
    if (!audit(m_db, QStringLiteral("deliverables"), d.id, QStringLiteral("update"), &e,
               creatorOfCollaboration(d.collaborationId))
        || !tx.commit(&e))
        return failed(error, e);
    emit collaborationsChanged(campaignOfCollaboration(d.collaborationId));
    return true;
}

bool CampaignRepository::removeDeliverable(qint64 id, StoreError *error)
{
    StoreError e;
    const std::optional<Deliverable> stored = loadDeliverable(id, &e);
    if (!stored)
        return failed(error, e);
    WriteTransaction tx(m_db);
    if (!tx.begin(&e))
        return failed(error, e);
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db, QStringLiteral("DELETE FROM deliverables WHERE id = ?"), {id}, &e))
        return failed(error, e);
    if (q.numRowsAffected() != 1)
        return failed(error, notFound());
    if (!audit(m_db, QStringLiteral("deliverables"), id, QStringLiteral("delete"), &e,
               creatorOfCollaboration(stored->collaborationId))
        || !tx.commit(&e))
        return failed(error, e);
    emit collaborationsChanged(campaignOfCollaboration(stored->collaborationId));
    return true;
}

bool CampaignRepository::removePost(qint64 postId, StoreError *error)
{
    StoreError e;
    const qint64 campaignId = campaignOfPost(postId);
    WriteTransaction tx(m_db);
    if (!tx.begin(&e))
        return failed(error, e);
    QSqlQuery q(m_db.sql());
    if (!exec(q, m_db, QStringLiteral("DELETE FROM posts WHERE id = ? RETURNING creator_id"), {postId}, &e))
        return failed(error, e);
    if (!q.next())
        return failed(error, q.lastError().isValid() ? m_db.errorFrom(q.lastError()) : notFound());
    const qint64 creatorId = q.value(0).toLongLong();
    q.finish();
    if (!audit(m_db, QStringLiteral("posts"), postId, QStringLiteral("delete"), &e, creatorId) || !tx.commit(&e))
        return failed(error, e);
    emit metricsChanged(campaignId);
    emit collaborationsChanged(campaignId); // deliverables pointing at it are no longer delivered
    return true;
}

} // namespace rr
