// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CampaignExport.h"

#include "campaign/CampaignKpis.h"
#include "campaign/CampaignRepository.h"
#include "export/TableSink.h"
#include "export/XlsxWriter.h"
#include "store/Database.h"
#include "store/SqlRunner.h"

#include <QHash>
#include <QSqlQuery>

#include <cmath>

namespace rr {

namespace {

QVariant count(std::optional<double> v)
{
    return v ? QVariant(qint64(std::llround(*v))) : QVariant();
}

QVariant count(std::optional<qint64> v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant count(std::optional<int> v)
{
    return v ? QVariant(qint64(*v)) : QVariant();
}

QVariant real(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant yuan(std::optional<qint64> fen)
{
    return fen ? QVariant(double(*fen) / 100.0) : QVariant();
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// Handles of the campaign's creators (a campaign holds hundreds of them, not the roster).
bool handles(const Database &db, qint64 campaignId, QHash<qint64, QString> *out, StoreError *error)
{
    SqlRunner run(db, error, QStringLiteral("campaign export"));
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!run.exec(q, QStringLiteral("SELECT c.id, c.handle FROM creators c WHERE c.id IN "
                                    "(SELECT co.creator_id FROM collaborations co WHERE co.campaign_id = ?)"),
                  {campaignId}))
        return false;
    while (q.next())
        out->insert(q.value(0).toLongLong(), q.value(1).toString());
    return true;
}

bool exists(CampaignRepository &repo, qint64 campaignId, StoreError *error)
{
    StoreError e;
    if (repo.load(campaignId, &e))
        return true;
    if (error)
        *error = e.isError() ? e : StoreError::make(StoreError::Code::NotFound,
                                                    CampaignExport::tr("There is no campaign number %1.").arg(campaignId));
    return false;
}

// Each sheet's columns: title and how its cells are typed, side by side so they cannot drift.
struct Column
{
    const char *title;
    CellKind kind;
};

const Column collaborationColumns[] = {
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Collaboration ID"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Creator ID"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Creator"), CellKind::Text},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "XHS ID"), CellKind::Text},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Fee (CNY)"), CellKind::Money},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Format"), CellKind::Text},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Contracted posts"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Delivered posts"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Status"), CellKind::Text},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Posts"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Posts without metrics"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Views"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Engagements"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Saves"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Engagement rate (0-1)"), CellKind::Ratio},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Save rate (0-1)"), CellKind::Ratio},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "CPE (CNY)"), CellKind::Money},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Brand fit (1-5)"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Reliability (1-5)"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Due"), CellKind::Date},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Notes"), CellKind::Text},
};

const Column postColumns[] = {
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Post ID"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Collaboration ID"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Creator"), CellKind::Text},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "XHS ID"), CellKind::Text},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Title"), CellKind::Text},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Link"), CellKind::Text},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Format"), CellKind::Text},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Published"), CellKind::Date},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Metrics as of"), CellKind::Date},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Source"), CellKind::Text},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Final"), CellKind::Text},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Views"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Likes"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Comments"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Saves"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Shares"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Clicks"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Engagements"), CellKind::Integer},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Engagement rate (0-1)"), CellKind::Ratio},
    {QT_TRANSLATE_NOOP("rr::CampaignExport", "Save rate (0-1)"), CellKind::Ratio},
};

template<size_t N>
QStringList titles(const Column (&columns)[N])
{
    QStringList out;
    for (const Column &c : columns)
        out << CampaignExport::tr(c.title);
    return out;
}

template<size_t N>
QList<CellKind> kindsOf(const Column (&columns)[N])
{
    QList<CellKind> out;
    for (const Column &c : columns)
        out << c.kind;
    return out;
}

} // namespace

QStringList CampaignExport::collaborationHeaders()
{
    return titles(collaborationColumns);
}

QList<CellKind> CampaignExport::collaborationKinds()
{
    return kindsOf(collaborationColumns);
}

bool CampaignExport::writeCollaborationsCsv(Database &db, qint64 campaignId, QIODevice *device, qint64 *rows,
                                            StoreError *error, const Metrics &metrics)
{
    CsvSink csv(device);
    return writeCollaborations(db, campaignId, csv, rows, error, metrics);
}

bool CampaignExport::writeCollaborations(Database &db, qint64 campaignId, TableSink &sink, qint64 *rows,
                                         StoreError *error, const Metrics &metrics)
{
    if (rows)
        *rows = 0;
    CampaignRepository repo(db);
    if (!exists(repo, campaignId, error))
        return false;
    StoreError e;
    const QList<Collaboration> collaborations = repo.collaborations(campaignId, &e);
    const QList<Post> posts = repo.posts(campaignId, &e);
    const QList<MetricSnapshot> snapshots = repo.snapshots(campaignId, &e);
    QHash<qint64, QString> handleOf;
    if (e.isError() || !handles(db, campaignId, &handleOf, &e)) {
        if (error)
            *error = e;
        return false;
    }
    // As CampaignRepository::kpiInput: snapshots come by post then date, the last one per post wins.
    QHash<qint64, PostCounts> latest;
    for (const MetricSnapshot &s : snapshots)
        latest.insert(s.postId, s.counts);
    QHash<qint64, QList<std::optional<PostCounts>>> perCollaboration;
    for (const Post &p : posts) {
        const auto it = latest.constFind(p.id);
        perCollaboration[p.collaborationId]
            << (it == latest.constEnd() ? std::optional<PostCounts>() : std::optional<PostCounts>(*it));
    }

    if (!sink.begin(tr("Creators"), collaborationHeaders(), collaborationKinds()))
        return false;
    for (const Collaboration &co : collaborations) {
        KpiInput in;
        in.feesFen << co.feeFen;
        in.latestPerPost = perCollaboration.value(co.id);
        in.contracted = co.contractedPosts;
        in.delivered = co.deliveredPosts;
        const CampaignKpis k = CampaignKpis::compute(in, metrics);
        const QVariantList cells{
            co.id, co.creatorId, co.creatorName, handleOf.value(co.creatorId), yuan(co.feeFen),
            co.format ? FormatText::label(*co.format) : QString(), co.contractedPosts, co.deliveredPosts,
            CampaignText::label(co.status), k.postCount(), k.unmeasuredPosts(), count(k.value(Kpi::Views)),
            count(k.value(Kpi::Engagements)), count(k.value(Kpi::Saves)), real(k.value(Kpi::EngagementRate)),
            real(k.value(Kpi::SaveRate)), real(k.value(Kpi::Cpe)), count(co.rating.brandFit),
            count(co.rating.reliability),
            date(co.dueOn), co.notes};
        if (!sink.row(cells))
            return false;
        if (rows)
            ++*rows;
    }
    return true;
}

QStringList CampaignExport::postHeaders()
{
    return titles(postColumns);
}

QList<CellKind> CampaignExport::postKinds()
{
    return kindsOf(postColumns);
}

bool CampaignExport::writePostsCsv(Database &db, qint64 campaignId, QIODevice *device, qint64 *rows,
                                   StoreError *error, const Metrics &metrics)
{
    CsvSink csv(device);
    return writePosts(db, campaignId, csv, rows, error, metrics);
}

bool CampaignExport::writePosts(Database &db, qint64 campaignId, TableSink &sink, qint64 *rows, StoreError *error,
                                const Metrics &metrics)
{
    if (rows)
        *rows = 0;
    CampaignRepository repo(db);
    if (!exists(repo, campaignId, error))
        return false;
    StoreError e;
    const QList<Collaboration> collaborations = repo.collaborations(campaignId, &e);
    const QList<Post> posts = repo.posts(campaignId, &e);
    const QList<MetricSnapshot> snapshots = repo.snapshots(campaignId, &e);
    QHash<qint64, QString> handleOf;
    if (e.isError() || !handles(db, campaignId, &handleOf, &e)) {
        if (error)
            *error = e;
        return false;
    }
    QHash<qint64, MetricSnapshot> latest;
    for (const MetricSnapshot &s : snapshots)
        latest.insert(s.postId, s);
    QHash<qint64, QString> nameOf;
    for (const Collaboration &co : collaborations)
        nameOf.insert(co.creatorId, co.creatorName);

    if (!sink.begin(tr("Posts"), postHeaders(), postKinds()))
        return false;
    for (const Post &p : posts) {
        const auto it = latest.constFind(p.id);
        const bool measured = it != latest.constEnd();
        const PostCounts c = measured ? it->counts : PostCounts();
        const QVariantList cells{
            p.id, p.collaborationId, nameOf.value(p.creatorId), handleOf.value(p.creatorId), p.title, p.url,
            FormatText::label(p.format), date(p.publishedOn), measured ? date(it->asOf) : QString(),
            measured ? it->source : QString(), measured ? QVariant(it->isFinal ? tr("yes") : tr("no")) : QVariant(),
            count(c.views), count(c.likes), count(c.comments), count(c.saves), count(c.shares), count(c.clicks),
            count(metrics.engagements(c)), real(metrics.engagementRate(c)), real(metrics.saveRate(c))};
        if (!sink.row(cells))
            return false;
        if (rows)
            ++*rows;
    }
    return true;
}

bool CampaignExport::writeXlsx(Database &db, qint64 campaignId, const QString &path, bool withPosts,
                               XlsxResult *result, const Metrics &metrics)
{
    return XlsxWriter::exportTo(
        path,
        [&](TableSink &sink, StoreError *error) {
            return writeCollaborations(db, campaignId, sink, nullptr, error, metrics)
                && (!withPosts || writePosts(db, campaignId, sink, nullptr, error, metrics));
        },
        result);
}

} // namespace rr
