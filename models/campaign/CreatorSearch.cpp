// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CreatorSearch.h"

#include "campaign/CampaignSql.h"
#include "store/Database.h"

namespace rr {

using namespace campaign_sql;

namespace {

const QString kHitColumns = QStringLiteral("id, nickname, handle, followers, price_image_fen, price_video_fen");

CreatorHit readHit(const QSqlQuery &q)
{
    CreatorHit h;
    h.id = q.value(0).toLongLong();
    h.nickname = q.value(1).toString();
    h.handle = q.value(2).toString();
    h.followers = toInt64(q.value(3));
    h.priceImageFen = toInt64(q.value(4));
    h.priceVideoFen = toInt64(q.value(5));
    return h;
}

// A LIKE pattern matching `text` anywhere, with its wildcards escaped ('!' is the escape).
QString containsPattern(const QString &text)
{
    QString escaped;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('%') || ch == QLatin1Char('_') || ch == QLatin1Char('!'))
            escaped += QLatin1Char('!');
        escaped += ch;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QList<CreatorHit> CreatorSearch::find(const Database &db, const QString &text, int limit, StoreError *error)
{
    QList<CreatorHit> out;
    const QString needle = text.trimmed().toLower();
    if (needle.isEmpty() || limit <= 0)
        return out;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    // An exact XHS ID first (index on lower(handle)).
    if (!exec(q, db, QStringLiteral("SELECT %1 FROM creators WHERE lower(handle) = ? LIMIT 1").arg(kHitColumns), {needle},
              error))
        return out;
    if (q.next())
        out << readHit(q);
    // Then any part of the search text (handle|nickname|real name|notes, lower-cased): the
    // covering index ix_creators_search is scanned until `limit` rows match.
    if (!exec(q, db,
              QStringLiteral("SELECT %1 FROM creators WHERE id IN (SELECT id FROM creators WHERE search_text LIKE ? "
                             "ESCAPE '!' LIMIT ?) ORDER BY nickname, id").arg(kHitColumns),
              {containsPattern(needle), limit + 1}, error))
        return out;
    while (q.next() && out.size() < limit) {
        const CreatorHit hit = readHit(q);
        if (out.isEmpty() || out.constFirst().id != hit.id)
            out << hit;
    }
    return out;
}

QSet<qint64> CreatorSearch::inCampaign(const Database &db, qint64 campaignId, StoreError *error)
{
    QSet<qint64> ids;
    QSqlQuery q(db.sql());
    if (!exec(q, db, QStringLiteral("SELECT creator_id FROM collaborations WHERE campaign_id = ?"), {campaignId}, error))
        return ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

} // namespace rr
