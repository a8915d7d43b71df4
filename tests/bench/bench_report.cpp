// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign performance report at scale (issue 6): one campaign of 200 creators and 1,000
// posts (two metric snapshots each, the last marked final), filled with bound SQL in one
// transaction from a fixed seed; then CampaignReportLoader::load, CampaignReportDocument
// construction (HTML and both charts at 300 dpi) and writePdf timed separately and in total, in
// English and in Chinese, median of --runs (default 3). Prints the PDF's size and page count and
// the goal beside the total (under 3 s); never asserts on time.
// Usage: bench_report [--creators N] [--posts M] [--runs R] [--keep DIR]
#include "report/CampaignReportData.h"
#include "report/CampaignReportDocument.h"
#include "report/ReportPrinter.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace rr;

namespace {

constexpr double goalSeconds = 3.0;
const QDate reportDate(2026, 4, 10);

void out(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Runs a prepared statement with its binds; the new row's id, or 0 (and a message) on failure.
qint64 exec(QSqlQuery &q, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        out(QStringLiteral("failed: %1\n%2").arg(q.lastError().text(), q.lastQuery().left(300)));
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QSqlQuery prepared(const Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    return q;
}

// One campaign with `creators` collaborations and `posts` posts spread over March 2026.
qint64 fill(const Database &db, int creators, int posts)
{
    std::mt19937 rng(20260410u);
    const auto uniform = [&rng](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
    StoreError error;
    WriteTransaction tx(db);
    if (!tx.begin(&error)) {
        out(error.message);
        return 0;
    }
    QSqlQuery campaign = prepared(db, QStringLiteral(
        "INSERT INTO campaigns (name, brand, product, objective, starts_on, ends_on, budget_fen, status, closed_on, "
        "owner, created_at, updated_at) VALUES (?, ?, ?, 'seeding', '2026-03-01', '2026-03-31', ?, 'closed', "
        "'2026-03-31', 'Anna', 'now', 'now')"));
    const qint64 campaignId = exec(campaign, {QStringLiteral("春季新品种草 · 大促"), QStringLiteral("Glow Lab"),
                                              QStringLiteral("Serum 2"), qint64(500000000)});
    QSqlQuery creator = prepared(db, QStringLiteral(
        "INSERT INTO creators (handle, nickname, followers, primary_category_id, owner, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, 'Anna', 'now', 'now')"));
    QSqlQuery collab = prepared(db, QStringLiteral(
        "INSERT INTO collaborations (campaign_id, creator_id, fee_fen, contracted_posts, delivered_posts, brand_fit, "
        "reliability, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'delivered', 'now', 'now')"));
    QSqlQuery post = prepared(db, QStringLiteral(
        "INSERT INTO posts (collaboration_id, creator_id, published_on, title, url) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery snapshot = prepared(db, QStringLiteral(
        "INSERT INTO post_metrics (post_id, as_of, views, likes, comments, saves, shares, source, is_final) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));

    const int perCreator = std::max(1, posts / std::max(1, creators));
    int made = 0;
    for (int c = 0; c < creators && campaignId; ++c) {
        const qint64 followers = uniform(3000, 2000000);
        const qint64 creatorId = exec(creator, {QStringLiteral("bench_%1").arg(c), QStringLiteral("达人%1号").arg(c + 1),
                                                followers, uniform(1, 12)});
        const int count = c == creators - 1 ? posts - made : perCreator;
        const qint64 collabId = exec(collab, {campaignId, creatorId, followers * uniform(2, 6), count, count,
                                              uniform(1, 5), uniform(1, 5)});
        if (!creatorId || !collabId)
            return 0;
        for (int p = 0; p < count; ++p, ++made) {
            const QDate published = QDate(2026, 3, 1).addDays(uniform(0, 30));
            const qint64 postId = exec(post, {collabId, creatorId, published.toString(Qt::ISODate),
                                              QStringLiteral("测评笔记 %1 · review #%2").arg(made + 1).arg(p + 1),
                                              QStringLiteral("https://www.xiaohongshu.com/explore/b%1").arg(made)});
            if (!postId)
                return 0;
            const qint64 views = followers / uniform(2, 20) + uniform(100, 5000);
            for (int s = 0; s < 2; ++s) {
                const qint64 v = s == 0 ? views * 2 / 3 : views;
                if (!exec(snapshot, {postId, published.addDays(s == 0 ? 7 : 40 - published.day()).toString(Qt::ISODate),
                                     v, v * uniform(10, 60) / 1000, v * uniform(1, 8) / 1000, v * uniform(5, 40) / 1000,
                                     v * uniform(1, 10) / 1000, QString::fromLatin1(s == 0 ? "manual" : "pugongying"),
                                     s == 1 ? 1 : 0}))
                    return 0;
            }
        }
    }
    if (!campaignId || !tx.commit(&error)) {
        out(error.message);
        return 0;
    }
    return campaignId;
}

struct Timing
{
    double load = 0, build = 0, pdf = 0, total = 0;
    qint64 bytes = 0;
    int pages = 0;
    QString warning;
};

bool runOnce(Database &db, qint64 campaignId, const QString &language, const QString &file, Timing *t)
{
    QElapsedTimer all;
    all.start();
    QElapsedTimer step;
    step.start();
    CampaignReportData data;
    StoreError error;
    if (!CampaignReportLoader::load(db, campaignId, MetricSettings(), reportDate, &data, &error)) {
        out(QStringLiteral("load failed: %1 %2").arg(error.message, error.detail));
        return false;
    }
    t->load = double(step.nsecsElapsed()) / 1e6;
    step.restart();
    CampaignReportDocument report(db, data, language);
    t->build = double(step.nsecsElapsed()) / 1e6;
    step.restart();
    QString why;
    if (!report.writePdf(file, ReportPrinter::defaultLayout(), &why)) {
        out(QStringLiteral("writePdf failed: %1").arg(why));
        return false;
    }
    t->pdf = double(step.nsecsElapsed()) / 1e6;
    t->total = double(all.nsecsElapsed()) / 1e6;
    t->bytes = QFileInfo(file).size();
    t->pages = report.document()->pageCount();
    t->warning = report.warning();
    return true;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    // The charts are drawn with QtWidgets: a QApplication, on no display unless one is chosen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("creators"), QStringLiteral("Creators in the campaign (default 200)."), QStringLiteral("n"),
                 QStringLiteral("200")});
    p.addOption({QStringLiteral("posts"), QStringLiteral("Posts in the campaign (default 1,000)."), QStringLiteral("m"),
                 QStringLiteral("1000")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("Runs per language; the median is printed (default 3)."),
                 QStringLiteral("r"), QStringLiteral("3")});
    p.addOption({QStringLiteral("keep"), QStringLiteral("Write the PDFs into this folder and keep them."), QStringLiteral("dir")});
    p.process(app);
    const int creators = std::max(1, p.value(QStringLiteral("creators")).toInt());
    const int posts = std::max(1, p.value(QStringLiteral("posts")).toInt());
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());

    QTemporaryDir tmp;
    const QString folder = p.isSet(QStringLiteral("keep")) ? p.value(QStringLiteral("keep")) : tmp.path();
    StoreError err;
    auto db = Database::open(ConnectionSpec::sqlite(tmp.filePath(QStringLiteral("report.sqlite"))), &err);
    if (!db) {
        out(err.message);
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const qint64 campaignId = fill(*db, creators, posts);
    if (!campaignId)
        return 1;
    out(QStringLiteral("filled %1 creators, %2 posts, %3 snapshots in %4 s")
            .arg(creators).arg(posts).arg(posts * 2).arg(double(t.elapsed()) / 1000.0, 0, 'f', 2));

    out(QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
            .arg(QStringLiteral("lang"), -6)
            .arg(QStringLiteral("load ms"), 9)
            .arg(QStringLiteral("document ms"), 12)
            .arg(QStringLiteral("writePdf ms"), 12)
            .arg(QStringLiteral("total ms"), 9)
            .arg(QStringLiteral("PDF KiB"), 8)
            .arg(QStringLiteral("pages"), 5));
    bool allOk = true;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QList<double> load, build, pdf, total;
        Timing last;
        for (int r = 0; r < runs; ++r) {
            if (!runOnce(*db, campaignId, language, QStringLiteral("%1/bench-report-%2.pdf").arg(folder, language), &last))
                return 1;
            load << last.load;
            build << last.build;
            pdf << last.pdf;
            total << last.total;
        }
        const double totalMs = median(total);
        const bool ok = totalMs < goalSeconds * 1000.0;
        allOk = allOk && ok;
        out(QStringLiteral("%1  %2  %3  %4  %5  %6  %7   goal < %8 s: %9")
                .arg(language, -6)
                .arg(median(load), 9, 'f', 1)
                .arg(median(build), 12, 'f', 1)
                .arg(median(pdf), 12, 'f', 1)
                .arg(totalMs, 9, 'f', 1)
                .arg(double(last.bytes) / 1024.0, 8, 'f', 0)
                .arg(last.pages, 5)
                .arg(goalSeconds, 0, 'f', 0)
                .arg(ok ? QStringLiteral("met") : QStringLiteral("MISSED")));
        if (!last.warning.isEmpty())
            out(QStringLiteral("  warning: %1").arg(last.warning));
    }
    out(QStringLiteral("median of %1 run(s) per language; %2").arg(runs).arg(allOk ? QStringLiteral("every total under the goal")
                                                                                  : QStringLiteral("a total over the goal")));
    return 0;
}
