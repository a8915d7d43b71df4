// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/RosterSheet.h"

#include "roster/RosterQuery.h"
#include "store/Database.h"
#include "store/SqlRunner.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rr {

namespace {

std::optional<qint64> optLong(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

std::optional<double> optReal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

RosterSheetRow sheetRow(const RosterRow &r, const TierThresholds &thresholds)
{
    RosterSheetRow s;
    s.id = r.id;
    s.nickname = r.nickname;
    s.handle = r.handle;
    s.tier = TierText::fromKey(r.tierOverride);
    s.tierSetByHand = s.tier.has_value();
    s.followers = optLong(r.followers);
    if (!s.tier && s.followers)
        s.tier = thresholds.tierFor(*s.followers);
    s.category = CategoryName{r.categoryZh, r.categoryEn};
    s.engagementRate = optReal(r.engagementRate);
    s.priceImageFen = optLong(r.priceImageFen);
    s.priceVideoFen = optLong(r.priceVideoFen);
    s.status = StatusText::fromKey(r.status).value_or(Status::Prospect);
    s.doNotContact = r.doNotContact;
    s.owner = r.owner;
    s.brandFit = optReal(r.brandFit);
    s.reliability = optReal(r.reliability);
    s.city = r.city;
    return s;
}

// The rows of `spec`, the first `maxRows`, and the number of matches.
bool readRows(Database &db, const RosterQuerySpec &spec, int maxRows, RosterSheetData *out, StoreError *error)
{
    SqlRunner run(db, error, QStringLiteral("roster sheet"));
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    QVariantList binds;
    if (!run.exec(q, RosterQuery::countSql(spec, db.dialect(), &binds), binds))
        return false;
    out->matched = q.next() ? q.value(0).toLongLong() : 0;
    binds.clear();
    if (!run.exec(q, RosterQuery::pageSql(spec, db.dialect(), std::max(0, maxRows), 0, &binds), binds))
        return false;
    while (q.next())
        out->rows << sheetRow(RosterQuery::readRow(q), spec.thresholds);
    if (q.lastError().isValid())
        return run.fail(q);
    out->matched = std::max<qint64>(out->matched, out->rows.size());
    return true;
}

} // namespace

std::optional<qint64> RosterSheetData::followerSum() const
{
    std::optional<qint64> sum;
    for (const RosterSheetRow &r : rows) {
        if (r.followers)
            sum = sum.value_or(0) + *r.followers;
    }
    return sum;
}

std::optional<double> RosterSheetData::medianEngagementRate() const
{
    QList<double> rates;
    for (const RosterSheetRow &r : rows) {
        if (r.engagementRate)
            rates << *r.engagementRate;
    }
    if (rates.isEmpty())
        return std::nullopt;
    std::sort(rates.begin(), rates.end());
    const qsizetype mid = rates.size() / 2;
    return rates.size() % 2 ? rates.at(mid) : (rates.at(mid - 1) + rates.at(mid)) / 2.0;
}

int RosterSheetData::tierCount(std::optional<Tier> tier) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [&tier](const RosterSheetRow &r) { return r.tier == tier; }));
}

bool RosterSheetLoader::loadShortlist(Database &db, qint64 shortlistId, const MetricSettings &settings,
                                      const QDate &today, RosterSheetData *out, StoreError *error, int maxRows)
{
    *out = RosterSheetData{};
    out->source = RosterSheetData::Source::Shortlist;
    out->settings = settings;
    out->generatedOn = today;
    SqlRunner run(db, error, QStringLiteral("roster sheet"));
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!run.exec(q, QStringLiteral("SELECT id, name, purpose FROM shortlists WHERE id = ?"), {shortlistId}))
        return false;
    if (!q.next())
        return run.fail(StoreError::make(StoreError::Code::NotFound, tr("There is no shortlist number %1.").arg(shortlistId)));
    out->shortlistId = shortlistId;
    out->shortlistName = q.value(1).toString();
    out->shortlistPurpose = q.value(2).toString();
    q.finish();
    RosterQuerySpec spec;
    spec.filter.shortlistId = shortlistId;
    spec.sortColumn = toInt(RosterColumn::Tier);
    spec.order = Qt::DescendingOrder;
    spec.thresholds = settings.tiers;
    return readRows(db, spec, maxRows, out, error);
}

bool RosterSheetLoader::loadRoster(Database &db, const RosterFilter &filter, const MetricSettings &settings,
                                   const QDate &today, RosterSheetData *out, StoreError *error, int maxRows,
                                   RosterColumn sortColumn, Qt::SortOrder order)
{
    *out = RosterSheetData{};
    out->source = RosterSheetData::Source::Roster;
    out->settings = settings;
    out->generatedOn = today;
    out->filter = filter;
    SqlRunner run(db, error, QStringLiteral("roster sheet"));
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    // Names of what the filter refers to by id, for the sheet's words.
    for (const qint64 id : filter.categoryIds) {
        if (!run.exec(q, QStringLiteral("SELECT name_zh, name_en FROM categories WHERE id = ?"), {id}))
            return false;
        if (q.next())
            out->filterCategories << CategoryName{q.value(0).toString(), q.value(1).toString()};
    }
    for (const qint64 id : filter.tagIds) {
        if (!run.exec(q, QStringLiteral("SELECT name FROM tags WHERE id = ?"), {id}))
            return false;
        if (q.next())
            out->filterTags << q.value(0).toString();
    }
    if (filter.shortlistId) {
        if (!run.exec(q, QStringLiteral("SELECT name FROM shortlists WHERE id = ?"), {*filter.shortlistId}))
            return false;
        if (q.next())
            out->filterShortlistName = q.value(0).toString();
    }
    q.finish();
    RosterQuerySpec spec;
    spec.filter = filter;
    spec.sortColumn = sortColumn == RosterColumn::Count ? -1 : toInt(sortColumn);
    spec.order = order;
    spec.thresholds = settings.tiers;
    return readRows(db, spec, maxRows, out, error);
}

qint64 RosterSheetLoader::findShortlist(const Database &db, const QString &idOrName, StoreError *error)
{
    QSqlQuery q(db.sql());
    SqlRunner run(db, error, QStringLiteral("roster sheet"));
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    if (isNumber) {
        if (!run.exec(q, QStringLiteral("SELECT id FROM shortlists WHERE id = ?"), {id}))
            return 0;
        if (q.next())
            return id;
    }
    // Names are unique as stored; lower() folds ASCII only, so an exact match is tried first.
    if (!run.exec(q, QStringLiteral("SELECT id FROM shortlists WHERE name = ?"), {idOrName}))
        return 0;
    if (q.next())
        return q.value(0).toLongLong();
    if (!run.exec(q, QStringLiteral("SELECT id FROM shortlists WHERE lower(name) = lower(?) ORDER BY id LIMIT 1"),
                  {idOrName}))
        return 0;
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString RosterSheetLoader::shortlistList(const Database &db, int limit)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    QStringList items;
    if (SqlRunner(db, nullptr).exec(q, QStringLiteral("SELECT id, name FROM shortlists ORDER BY id"))) {
        while (q.next() && items.size() < limit)
            items << QStringLiteral("%1 \"%2\"").arg(q.value(0).toLongLong()).arg(q.value(1).toString());
    }
    return items.join(QLatin1String(", "));
}

} // namespace rr
