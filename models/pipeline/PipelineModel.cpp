// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/PipelineModel.h"

#include "store/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace rr {

namespace {

bool run(QSqlQuery &q, const Database &db, StoreError *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = db.errorFrom(q.lastError());
    return false;
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

QStringList stringColumn(const Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

PipelineModel::PipelineModel(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

int PipelineModel::indexOf(Status status)
{
    for (size_t i = 0; i < allStatuses.size(); ++i) {
        if (allStatuses[i] == status)
            return int(i);
    }
    return 0;
}

void PipelineModel::setFilter(const PipelineFilter &filter)
{
    m_filter = filter;
}

void PipelineModel::setPageSize(int size)
{
    m_pageSize = qMax(1, size);
}

qint64 PipelineModel::totalCount() const
{
    qint64 total = 0;
    for (const Column &c : m_columns)
        total += c.count;
    return total;
}

QString PipelineModel::filterSql(QVariantList *values) const
{
    QString sql;
    if (m_filter.owner) {
        const QString owner = m_filter.owner->trimmed();
        if (owner.isEmpty()) {
            sql += QStringLiteral(" AND (c.owner IS NULL OR c.owner = '')");
        } else {
            sql += QStringLiteral(" AND c.owner = ?");
            *values << owner;
        }
    }
    if (!m_filter.tag.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM creator_tags ct JOIN tags t ON t.id = ct.tag_id "
                              "WHERE ct.creator_id = c.id AND t.name = ?)");
        *values << m_filter.tag.trimmed();
    }
    if (m_filter.campaignId > 0) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM collaborations co WHERE co.campaign_id = ? "
                              "AND co.creator_id = c.id)");
        *values << m_filter.campaignId;
    }
    return sql;
}

bool PipelineModel::reload(StoreError *error)
{
    for (Column &c : m_columns)
        c = Column{};
    QVariantList values;
    const QString conditions = filterSql(&values);
    QSqlQuery q(m_db.sql());
    q.prepare(countSql(conditions));
    bindAll(q, values);
    bool ok = run(q, m_db, error);
    while (ok && q.next()) {
        if (const std::optional<Status> s = StatusText::fromKey(q.value(0).toString()))
            column(*s).count = q.value(1).toLongLong();
    }
    q.finish();
    for (Status s : allStatuses) {
        if (!ok)
            break;
        ok = loadPage(s, error);
    }
    emit reset();
    return ok;
}

QString PipelineModel::countSql(const QString &filterConditions)
{
    return QStringLiteral("SELECT c.status, COUNT(*) FROM creators c WHERE 1 = 1%1 GROUP BY c.status").arg(filterConditions);
}

QString PipelineModel::pageSql(bool continuing, const QString &filterConditions)
{
    QString sql = QStringLiteral("SELECT c.id, c.version, c.handle, c.nickname, c.followers, c.tier_override, "
                                 "c.owner, c.do_not_contact, c.updated_at FROM creators c WHERE c.status = ?");
    // Keyset paging: continue after the last card shown, in (updated_at, id) descending order.
    if (continuing)
        sql += QStringLiteral(" AND (c.updated_at < ? OR (c.updated_at = ? AND c.id < ?))");
    return sql + filterConditions + QStringLiteral(" ORDER BY c.updated_at DESC, c.id DESC LIMIT ?");
}

bool PipelineModel::canFetchMore(Status status) const
{
    const Column &c = column(status);
    return !c.exhausted && c.cards.size() < c.count;
}

bool PipelineModel::fetchMore(Status status, StoreError *error)
{
    if (!canFetchMore(status))
        return true;
    const bool ok = loadPage(status, error);
    emit columnChanged(status);
    return ok;
}

bool PipelineModel::loadPage(Status status, StoreError *error)
{
    Column &col = column(status);
    if (col.count == 0) {
        col.exhausted = true;
        return true;
    }
    const bool continuing = !col.cards.isEmpty();
    QVariantList values{StatusText::key(status)};
    if (continuing)
        values << col.lastUpdated << col.lastUpdated << col.lastId;
    const QString conditions = filterSql(&values);
    values << m_pageSize;
    QSqlQuery q(m_db.sql());
    q.prepare(pageSql(continuing, conditions));
    bindAll(q, values);
    if (!run(q, m_db, error))
        return false;
    QList<PipelineCard> page;
    while (q.next()) {
        PipelineCard card;
        card.id = q.value(0).toLongLong();
        card.version = q.value(1).toInt();
        card.handle = q.value(2).toString();
        card.nickname = q.value(3).toString();
        if (!q.value(4).isNull())
            card.followers = q.value(4).toLongLong();
        card.tierOverride = TierText::fromKey(q.value(5).toString());
        card.owner = q.value(6).toString();
        card.doNotContact = q.value(7).toBool();
        card.status = status;
        col.lastUpdated = q.value(8);
        col.lastId = card.id;
        page << card;
    }
    q.finish();
    if (page.size() < m_pageSize)
        col.exhausted = true;
    if (!loadTags(page, error))
        return false;
    col.cards << page;
    return true;
}

bool PipelineModel::loadTags(QList<PipelineCard> &cards, StoreError *error) const
{
    if (cards.isEmpty())
        return true;
    QHash<qint64, qsizetype> index;
    QStringList marks;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        index.insert(cards.at(i).id, i);
        marks << QStringLiteral("?");
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT ct.creator_id, t.name FROM creator_tags ct JOIN tags t ON t.id = ct.tag_id "
                             "WHERE ct.creator_id IN (%1) ORDER BY t.name")
                  .arg(marks.join(QStringLiteral(", "))));
    for (const PipelineCard &c : std::as_const(cards))
        q.addBindValue(c.id);
    if (!run(q, m_db, error))
        return false;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.constEnd())
            cards[*it].tags << q.value(1).toString();
    }
    return true;
}

std::optional<PipelineCard> PipelineModel::findCard(qint64 id) const
{
    for (const Column &c : m_columns) {
        for (const PipelineCard &card : c.cards) {
            if (card.id == id)
                return card;
        }
    }
    return std::nullopt;
}

QStringList PipelineModel::owners() const
{
    return stringColumn(m_db, QStringLiteral("SELECT DISTINCT owner FROM creators WHERE owner IS NOT NULL "
                                             "AND owner <> '' ORDER BY owner"));
}

QStringList PipelineModel::tags() const
{
    return stringColumn(m_db, QStringLiteral("SELECT name FROM tags ORDER BY name"));
}

QList<std::pair<qint64, QString>> PipelineModel::campaigns() const
{
    QList<std::pair<qint64, QString>> out;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, name FROM campaigns ORDER BY id DESC")))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

} // namespace rr
