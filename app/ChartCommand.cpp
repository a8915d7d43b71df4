// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartCommand.h"

#include "CommandFailure.h"

#include "AppSettings.h"

#include "analytics/ChartBuilder.h"
#include "analytics/ChartExport.h"
#include "store/Database.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <memory>

namespace rr {

namespace {

constexpr int minSide = 100;
constexpr int maxSide = 8000;

// Every item of repeatable options, comma lists split, blanks dropped.
QStringList items(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        for (const QString &part : v.split(QLatin1Char(',')))
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
    return out;
}

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,5})[xX×](\\d{1,5})$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (size.width() < minSide || size.height() < minSide || size.width() > maxSide || size.height() > maxSide)
        return std::nullopt;
    return size;
}

std::optional<Period> periodFromKey(const QString &key)
{
    if (key == QLatin1String("week"))
        return Period::Week;
    if (key == QLatin1String("month"))
        return Period::Month;
    return std::nullopt;
}

std::optional<TrendGroup> groupFromKey(const QString &key)
{
    if (key == QLatin1String("none"))
        return TrendGroup::None;
    if (key == QLatin1String("tier"))
        return TrendGroup::Tier;
    if (key == QLatin1String("category"))
        return TrendGroup::Category;
    if (key == QLatin1String("campaign"))
        return TrendGroup::Campaign;
    return std::nullopt;
}

std::optional<TrendMetrics> ratesFromKey(const QString &key)
{
    if (key == QLatin1String("both"))
        return TrendMetrics::Both;
    if (key == QLatin1String("er"))
        return TrendMetrics::EngagementRate;
    if (key == QLatin1String("sr"))
        return TrendMetrics::SaveRate;
    return std::nullopt;
}

std::optional<CompareBy> compareByFromKey(const QString &key)
{
    if (key == QLatin1String("tier"))
        return CompareBy::Tier;
    if (key == QLatin1String("category"))
        return CompareBy::Category;
    return std::nullopt;
}

// Looks one value up; 0 when there is no such row, -1 on a database error.
qint64 lookup(const Database &db, const QString &sql, const QVariantList &binds, StoreError *error)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = db.errorFrom(q.lastError());
        return -1;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

int usageFailure(const QString &message)
{
    return CommandFailure::usage(message);
}

int storeFailure(const StoreError &error)
{
    return CommandFailure::store(error);
}

} // namespace

bool ChartCommand::takeOption(const QStringList &args, int *i, ChartCommandArgs *a, QString *error)
{
    struct Single { const char *name; QString *target; };
    struct Multi { const char *name; QStringList *target; };
    const Single singles[] = {{"--out", &a->out},           {"--size", &a->size},     {"--period", &a->period},
                              {"--group", &a->group},       {"--rates", &a->rates},   {"--by", &a->by},
                              {"--metric", &a->metric},     {"--creator", &a->creator}, {"--from", &a->from},
                              {"--to", &a->to},             {"--objective", &a->objective}};
    const Multi multis[] = {{"--campaign", &a->campaigns}, {"--tier", &a->tiers},  {"--category", &a->categories},
                            {"--tag", &a->tags},           {"--owner", &a->owners}};
    auto take = [&](const char *rawName, QString *value) {
        const QString name = QLatin1String(rawName);
        const CommandFailure::Option o = CommandFailure::takeValue(args, i, name, value);
        if (o == CommandFailure::Option::MissingValue && error->isEmpty())
            *error = tr("%1 needs a value.").arg(name);
        return o != CommandFailure::Option::Absent;
    };
    for (const Single &s : singles)
        if (take(s.name, s.target))
            return true;
    for (const Multi &m : multis) {
        QString value;
        if (take(m.name, &value)) {
            if (!value.isEmpty())
                *m.target << value;
            return true;
        }
    }
    return false;
}

QString ChartCommand::validate(const ChartCommandArgs &a)
{
    if (a.kind.isEmpty())
        return tr("The chart command needs a chart kind: trend, compare, cost, followers or posts.");
    const std::optional<ChartKind> kind = ChartBuilder::kindFromKey(a.kind);
    if (!kind)
        return tr("Unknown chart kind \"%1\": expected trend, compare, cost, followers or posts.").arg(a.kind);
    if (!a.extra.isEmpty())
        return tr("Unexpected argument \"%1\" after the chart kind.").arg(a.extra.first());
    if (a.out.isEmpty())
        return tr("The chart command needs --out FILE: a .png, .svg, .pdf or .csv file to write.");
    if (!ChartExport::formatForFile(a.out))
        return tr("--out expects a file name ending in .png, .svg, .pdf or .csv, not \"%1\".").arg(a.out);
    if (!a.size.isEmpty() && !parseSize(a.size))
        return tr("--size expects WIDTHxHEIGHT in pixels, each from %1 to %2 (like 1000x600), not \"%3\".")
            .arg(minSide).arg(maxSide).arg(a.size);

    const bool trend = *kind == ChartKind::Trend;
    const bool compare = *kind == ChartKind::Compare;
    const bool perCreator = *kind == ChartKind::Followers || *kind == ChartKind::PostMetrics;
    const auto onlyFor = [&](const char *option, const QString &chart) {
        return tr("%1 only applies to the %2 chart.").arg(QLatin1String(option), chart);
    };
    if (!a.period.isEmpty() && !trend)
        return onlyFor("--period", QStringLiteral("trend"));
    if (!a.group.isEmpty() && !trend)
        return onlyFor("--group", QStringLiteral("trend"));
    if (!a.rates.isEmpty() && !trend)
        return onlyFor("--rates", QStringLiteral("trend"));
    if (!a.by.isEmpty() && !compare)
        return onlyFor("--by", QStringLiteral("compare"));
    if (!a.metric.isEmpty() && !compare)
        return onlyFor("--metric", QStringLiteral("compare"));
    if (!a.period.isEmpty() && !periodFromKey(a.period))
        return tr("--period expects week or month, not \"%1\".").arg(a.period);
    if (!a.group.isEmpty() && !groupFromKey(a.group))
        return tr("--group expects none, tier, category or campaign, not \"%1\".").arg(a.group);
    if (!a.rates.isEmpty() && !ratesFromKey(a.rates))
        return tr("--rates expects both, er (engagement rate) or sr (save rate), not \"%1\".").arg(a.rates);
    if (!a.by.isEmpty() && !compareByFromKey(a.by))
        return tr("--by expects tier or category, not \"%1\".").arg(a.by);
    if (!a.metric.isEmpty() && !ChartBuilder::compareMetricFromKey(a.metric))
        return tr("--metric expects er, sr, cpe or cpm, not \"%1\".").arg(a.metric);
    if (perCreator && a.creator.isEmpty())
        return tr("The %1 chart needs --creator ID: the creator's number or XHS ID.").arg(a.kind);

    QDate from, to;
    if (!a.from.isEmpty() && !(from = QDate::fromString(a.from, Qt::ISODate)).isValid())
        return tr("--from expects a date like 2026-03-05, not \"%1\".").arg(a.from);
    if (!a.to.isEmpty() && !(to = QDate::fromString(a.to, Qt::ISODate)).isValid())
        return tr("--to expects a date like 2026-03-05, not \"%1\".").arg(a.to);
    if (from.isValid() && to.isValid() && to < from)
        return tr("--to (%1) is before --from (%2).").arg(a.to, a.from);
    if (!a.objective.isEmpty() && !ObjectiveText::fromKey(a.objective))
        return tr("--objective expects awareness, conversion or seeding, not \"%1\".").arg(a.objective);
    for (const QString &t : items(a.tiers))
        if (!TierText::fromKey(t))
            return tr("--tier expects mega, mid, micro or koc, not \"%1\".").arg(t);
    for (const QString &c : items(a.campaigns)) {
        bool ok = false;
        if (c.toLongLong(&ok) <= 0 || !ok)
            return tr("--campaign expects a campaign number such as 3, not \"%1\".").arg(c);
    }
    return {};
}

int ChartCommand::run(const ChartCommandArgs &a)
{
    if (const QString problem = validate(a); !problem.isEmpty())
        return usageFailure(problem);

    ChartRequest request;
    request.kind = *ChartBuilder::kindFromKey(a.kind);
    if (!a.period.isEmpty())
        request.period = *periodFromKey(a.period);
    if (!a.group.isEmpty())
        request.group = *groupFromKey(a.group);
    if (!a.rates.isEmpty())
        request.metrics = *ratesFromKey(a.rates);
    if (!a.by.isEmpty())
        request.compareBy = *compareByFromKey(a.by);
    if (!a.metric.isEmpty())
        request.compareMetric = *ChartBuilder::compareMetricFromKey(a.metric);
    AnalyticsFilter &f = request.filter;
    f.from = QDate::fromString(a.from, Qt::ISODate);
    f.to = QDate::fromString(a.to, Qt::ISODate);
    if (!a.objective.isEmpty())
        f.objective = ObjectiveText::fromKey(a.objective);
    for (const QString &t : items(a.tiers))
        if (!f.tiers.contains(*TierText::fromKey(t)))
            f.tiers << *TierText::fromKey(t);
    for (const QString &o : items(a.owners))
        f.owners << o;
    const QSize size = a.size.isEmpty() ? QSize(1000, 600) : *parseSize(a.size);

    int exitCode = 0;
    std::unique_ptr<Database> db = CommandFailure::openExisting(a.db, &exitCode);
    if (!db)
        return exitCode;
    StoreError error;

    // Names and numbers that must exist in this database.
    for (const QString &c : items(a.campaigns)) {
        const qint64 id = lookup(*db, QStringLiteral("SELECT id FROM campaigns WHERE id = ?"), {c.toLongLong()}, &error);
        if (id < 0)
            return storeFailure(error);
        if (id == 0)
            return usageFailure(tr("--campaign: there is no campaign number %1.").arg(c));
        f.campaignIds << id;
    }
    for (const QString &c : items(a.categories)) {
        bool numeric = false;
        const qint64 asNumber = c.toLongLong(&numeric);
        const qint64 id = numeric
            ? lookup(*db, QStringLiteral("SELECT id FROM categories WHERE id = ?"), {asNumber}, &error)
            : lookup(*db, QStringLiteral("SELECT id FROM categories WHERE key = ? OR name_en = ? OR name_zh = ?"),
                     {c.toLower(), c, c}, &error);
        if (id < 0)
            return storeFailure(error);
        if (id == 0)
            return usageFailure(tr("--category: no category \"%1\" (give its key, such as skincare, or its number).").arg(c));
        f.categoryIds << id;
    }
    for (const QString &t : a.tags) {
        const qint64 id = lookup(*db, QStringLiteral("SELECT id FROM tags WHERE name = ?"), {t}, &error);
        if (id < 0)
            return storeFailure(error);
        if (id == 0)
            return usageFailure(tr("--tag: no tag named \"%1\".").arg(t));
        f.tagIds << id;
    }
    if (!a.creator.isEmpty()) {
        bool numeric = false;
        const qint64 asNumber = a.creator.toLongLong(&numeric);
        qint64 id = numeric ? lookup(*db, QStringLiteral("SELECT id FROM creators WHERE id = ?"), {asNumber}, &error) : 0;
        if (id == 0) // not a row number: an XHS ID (handle)
            id = lookup(*db, QStringLiteral("SELECT id FROM creators WHERE handle = ?"), {a.creator}, &error);
        if (id < 0)
            return storeFailure(error);
        if (id == 0)
            return usageFailure(tr("--creator: no creator with the number or XHS ID \"%1\".").arg(a.creator));
        request.creatorId = id;
        if (request.kind != ChartKind::Followers && request.kind != ChartKind::PostMetrics)
            f.creatorIds << id;
    }

    const MetricSettings settings = AppSettings::metricSettings();
    ChartData data;
    if (!ChartBuilder(*db, settings).build(request, &data, &error))
        return storeFailure(error);

    QString why;
    if (!ChartExport::write(data, a.out, &why, size)) {
        QTextStream(stderr) << "redroster: " << why << Qt::endl;
        return CannotWrite;
    }
    QTextStream(stdout) << tr("Wrote the %1 chart \"%2\" to %3: %n series, %4 points.", nullptr, int(data.series.size()))
                               .arg(a.kind, data.title, QDir::toNativeSeparators(a.out))
                               .arg(data.pointCount())
                        << Qt::endl;
    return Ok;
}

QString ChartCommand::usage()
{
    return tr("       redroster chart KIND --out FILE [--db PATH] [filters] [options]\n"
              "                                        render an analytics chart without a display; KIND is\n"
              "                                        trend, compare, cost, followers or posts; FILE ends in\n"
              "                                        .png, .svg, .pdf or .csv (the chart's data)\n"
              "           filters: --from YYYY-MM-DD --to YYYY-MM-DD --campaign ID[,ID] --objective\n"
              "                    awareness|conversion|seeding --tier mega|mid|micro|koc[,...] --category KEY|ID\n"
              "                    --tag NAME --owner NAME --creator ID (repeat an option for several values)\n"
              "           trend:   --period week|month --group none|tier|category|campaign --rates both|er|sr\n"
              "           compare: --by tier|category --metric er|sr|cpe|cpm\n"
              "           followers, posts: --creator ID (needed)\n"
              "           --size WxH  picture size in pixels (default 1000x600; PNG at twice that)\n");
}

} // namespace rr
