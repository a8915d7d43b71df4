// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the screens of the real app on a database, in both languages, to PNG files for the
// README and for looking at changes: redroster_screenshots --db DEMO.sqlite --out DIR
// Run under xvfb-run for the look of a real desktop.
#include "AppSettings.h"
#include "CreatorEditor.h"
#include "Icons.h"
#include "import/ImportDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "analytics/AnalyticsScreen.h"
#include "report/CampaignReportData.h"
#include "report/CampaignReportDocument.h"
#include "report/ReportPrinter.h"
#include "analytics/ChartOptionsPanel.h"
#include "campaign/CampaignRepository.h"
#include "campaign/CampaignScreen.h"
#include "campaign/KpiTargetsDialog.h"
#include "settings/ConnectionDialog.h"
#include "settings/SettingsDialog.h"
#include "editor/ConflictDialog.h"
#include "vetting/VettingMerge.h"
#include "domain/CreatorMerge.h"

#include <QSpinBox>

#include "domain/CreatorRepository.h"
#include "roster/FilterBar.h"
#include "roster/RosterModel.h"
#include "roster/RosterScreen.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QPrintPreviewDialog>
#include <QSqlQuery>
#include <QPrinter>
#include <QTimer>

using namespace rr;

namespace {

void settle(int ms = 300)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void save(QWidget *w, const QString &path)
{
    settle();
    w->grab().save(path);
    QTextStream(stdout) << path << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RedRosterScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("RedRosterScreenshots"));
    // A fresh window layout every time: settings in a throw-away folder.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("path"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("folder"), QStringLiteral("path"));
    const QCommandLineOption importOption(QStringLiteral("import"), QStringLiteral("a CSV file to preview"),
                                          QStringLiteral("file"));
    parser.addOptions({dbOption, outOption, importOption});
    parser.process(app);
    const QDir out(parser.value(outOption));
    QDir().mkpath(out.path());

    Language language;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        language.apply(lang);
        StoreError error;
        const QString where = parser.value(dbOption);
        QString urlError;
        const std::optional<ConnectionSpec> spec = ConnectionSpec::isPostgresUrl(where)
            ? ConnectionSpec::fromPostgresUrl(where, &urlError)
            : std::optional<ConnectionSpec>(ConnectionSpec::sqlite(where));
        if (!spec) {
            QTextStream(stderr) << urlError << Qt::endl;
            return 1;
        }
        auto db = Database::open(*spec, &error);
        if (!db) {
            QTextStream(stderr) << error.message << Qt::endl;
            return 1;
        }
        MainWindow window(std::move(db), language);
        window.resize(1440, 860);
        window.show();
        window.rosterScreen()->model()->waitForIdle();
        save(&window, out.filePath(QStringLiteral("roster-%1.png").arg(lang)));

        // A filtered roster: mid-tier skincare creators.
        RosterFilter f;
        f.tiers = {Tier::Mid};
        f.categoryIds = {1};
        window.rosterScreen()->filterBar()->setFilter(f);
        window.rosterScreen()->model()->waitForIdle();
        save(&window, out.filePath(QStringLiteral("roster-filtered-%1.png").arg(lang)));

        // The pipeline board and the campaigns (the first campaign open), then back to the roster.
        const auto settle = [] {
            QEventLoop wait;
            QTimer::singleShot(600, &wait, &QEventLoop::quit);
            wait.exec();
        };
        window.rosterScreen()->filterBar()->setFilter(RosterFilter{});
        window.workspace()->show(Workspace::Screen::Pipeline);
        settle();
        save(&window, out.filePath(QStringLiteral("pipeline-%1.png").arg(lang)));
        // The campaign with the most posts: its screen, its targets and its report's print preview.
        QSqlQuery most(window.database().sql());
        most.exec(QStringLiteral("SELECT k.campaign_id FROM posts p JOIN collaborations k ON k.id = p.collaboration_id"
                                 " GROUP BY k.campaign_id ORDER BY COUNT(*) DESC, k.campaign_id LIMIT 1"));
        const qint64 campaignId = most.next() ? most.value(0).toLongLong() : 0;
        window.workspace()->show(Workspace::Screen::Campaigns);
        CampaignScreen *campaignScreen = window.workspace()->campaigns();
        if (campaignId > 0)
            campaignScreen->selectCampaign(campaignId);
        settle();
        save(&window, out.filePath(QStringLiteral("campaigns-%1.png").arg(lang)));
        if (const std::optional<Campaign> c = campaignScreen->repository()->load(campaignId)) {
            KpiTargetsDialog targets(c->name, c->objective, campaignScreen->repository()->kpis(campaignId),
                                     campaignScreen->repository()->targets(campaignId), &window);
            targets.show();
            settle();
            save(&targets, out.filePath(QStringLiteral("campaign-targets-%1.png").arg(lang)));
        }
        {
            SettingsDialog preferences(Preferences{}, &window);
            preferences.show();
            settle();
            save(&preferences, out.filePath(QStringLiteral("preferences-%1.png").arg(lang)));
            // Tiers out of order: OK is off and the reason shows.
            preferences.tierBox(Tier::Micro)->setValue(60000);
            settle();
            save(&preferences, out.filePath(QStringLiteral("preferences-invalid-%1.png").arg(lang)));
        }
        {
            // File → Database Connection, filled for a team's server.
            QString why;
            const auto server = ConnectionSpec::fromPostgresUrl(
                QStringLiteral("postgresql://anna@db.brand.cn/roster?sslmode=require"), &why);
            ConnectionDialog connection(server.value_or(ConnectionSpec()), QString(), true, &window);
            connection.show();
            settle();
            save(&connection, out.filePath(QStringLiteral("connection-%1.png").arg(lang)));
            // Two people changed the same fields of one creator and of its vetting checklist.
            QList<ConflictDialog::Row> rows{{QStringLiteral("followers"), CreatorMerge::label(QStringLiteral("followers")),
                                             QStringLiteral("52,000"), QStringLiteral("51,000")},
                                            {QStringLiteral("notes"), CreatorMerge::label(QStringLiteral("notes")),
                                             QStringLiteral("回复快，报价可谈"), QStringLiteral("报价偏高")}};
            Vetting mine = emptyVetting(1);
            mine.commentQuality = 4;
            mine.notes = QStringLiteral("评论区真实，回复积极");
            Vetting theirs = emptyVetting(1);
            theirs.commentQuality = 2;
            theirs.notes = QStringLiteral("疑似刷量，需复核");
            rows.append(VettingMerge(std::nullopt, mine, theirs).conflicts());
            ConflictDialog conflict(QCoreApplication::translate("rr::EditorCommit", "Saved by Someone Else Meanwhile"),
                                    QCoreApplication::translate("rr::EditorCommit", "%1 saved %2 at %3 while you were editing.")
                                        .arg(QStringLiteral("ben"), QStringLiteral("Momo的护肤日记"), QStringLiteral("16:05")),
                                    rows, &window);
            conflict.show();
            settle();
            save(&conflict, out.filePath(QStringLiteral("conflict-%1.png").arg(lang)));
        }

        if (campaignId > 0) {
            CampaignReportData data;
            StoreError loadError;
            if (CampaignReportLoader::load(window.database(), campaignId, MetricSettings(), QDate::currentDate(), &data,
                                           &loadError)) {
                CampaignReportDocument report(window.database(), data, lang);
                QPrinter printer(QPrinter::HighResolution);
                printer.setPageLayout(ReportPrinter::defaultLayout());
                QPrintPreviewDialog preview(&printer, &window);
                QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&report](QPrinter *p) {
                    ReportPrinter::print(report.document(), p, report.decor());
                });
                preview.resize(1150, 900);
                preview.show();
                ::settle(1000);
                save(&preview, out.filePath(QStringLiteral("report-preview-%1.png").arg(lang)));
                preview.close();
            }
        }

        // Analytics: save and engagement rate by tier per month, median CPE by tier, cost efficiency.
        window.workspace()->show(Workspace::Screen::Analytics);
        AnalyticsScreen *analytics = window.workspace()->analytics();
        settle();
        const auto chart = [&](const ChartRequest &r, const char *name) {
            analytics->options()->setRequest(r);
            analytics->rebuildNow();
            settle();
            save(&window, out.filePath(QStringLiteral("analytics-%1-%2.png").arg(QLatin1String(name), lang)));
        };
        ChartRequest trend;
        trend.group = TrendGroup::Tier;
        trend.metrics = TrendMetrics::SaveRate;
        chart(trend, "trend");
        ChartRequest compare;
        compare.kind = ChartKind::Compare;
        compare.compareMetric = CompareMetric::Cpe;
        chart(compare, "compare");
        ChartRequest cost;
        cost.kind = ChartKind::Cost;
        chart(cost, "cost");
        window.workspace()->show(Workspace::Screen::Roster);

        // The editor on the first creator, each tab.
        CreatorRepository repo(window.database());
        const qint64 id = window.rosterScreen()->model()->creatorId(0);
        const auto creator = repo.load(id);
        CreatorEditor editor(repo, AppSettings::tierThresholds(), &window);
        if (creator)
            editor.setCreator(*creator);
        editor.show();
        auto *tabs = editor.findChild<QTabWidget *>();
        for (int t = 0; tabs && t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            save(&editor, out.filePath(QStringLiteral("editor-%1-%2.png").arg(t).arg(lang)));
        }
        editor.close();

        if (parser.isSet(importOption)) {
            ImportDialog dialog(window.database(), {parser.value(importOption)}, &window);
            dialog.resize(1100, 680);
            dialog.show();
            QEventLoop wait;
            QObject::connect(&dialog, &ImportDialog::previewReady, &wait, &QEventLoop::quit);
            QTimer::singleShot(10000, &wait, &QEventLoop::quit);
            wait.exec();
            save(&dialog, out.filePath(QStringLiteral("import-%1.png").arg(lang)));
        }
        // The same window switched to the other language while it runs, on the campaigns tab.
        if (lang == QLatin1String("zh_CN")) {
            window.workspace()->show(Workspace::Screen::Campaigns);
            language.apply(QStringLiteral("en"));
            settle();
            save(&window, out.filePath(QStringLiteral("switched-zh_CN-to-en.png")));
        }
        window.close();
    }
    return 0;
}
