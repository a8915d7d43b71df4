// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "CommandFailure.h"

#include "AppSettings.h"
#include "Language.h"

#include "report/CampaignReportData.h"
#include "report/CampaignReportDocument.h"
#include "report/CreatorReport.h"
#include "report/CreatorReportDocument.h"
#include "report/ReportPrinter.h"
#include "report/RosterSheet.h"
#include "report/RosterSheetDocument.h"
#include "store/Database.h"

#include <QDate>
#include <QDir>
#include <QPageLayout>
#include <QTextDocument>
#include <QTextStream>

#include <climits>
#include <memory>

namespace rr {

namespace {

int usageFailure(const QString &message)
{
    return CommandFailure::usage(message);
}

int storeFailure(const StoreError &error)
{
    return CommandFailure::store(error);
}

// The report's date (--date, else today) and language (--lang, else the interface's).
QDate reportDate(const ReportCommandArgs &a)
{
    return a.date.isEmpty() ? QDate::currentDate() : QDate::fromString(a.date, Qt::ISODate);
}

QString reportLanguage(const ReportCommandArgs &a)
{
    return a.lang.isEmpty() ? Language::resolve(AppSettings::language()) : a.lang;
}

// Writes `report` to the PDF on `layout`, telling its warning and any failure on stderr.
// Ok with *pages set to the PDF's page count, or CannotWrite.
template <typename Report>
int writeReportPdf(Report &report, const QString &pdf, const QPageLayout &layout, int *pages)
{
    if (!report.warning().isEmpty())
        QTextStream(stderr) << "redroster: " << report.warning() << Qt::endl;
    QString why;
    if (!report.writePdf(pdf, layout, &why)) {
        QTextStream(stderr) << "redroster: "
                            << (why.isEmpty() ? ReportCommand::tr("Cannot write %1.").arg(QDir::toNativeSeparators(pdf))
                                              : why)
                            << Qt::endl;
        return ReportCommand::CannotWrite;
    }
    // writePdf laid the document out on the page: its page count is the PDF's.
    *pages = report.document()->pageCount();
    return ReportCommand::Ok;
}

} // namespace

bool ReportCommand::takeOption(const QStringList &args, int *i, ReportCommandArgs *a, QString *error,
                               bool reportCommand)
{
    struct Single { const char *name; QString *target; bool reportOnly; };
    const Single singles[] = {{"--pdf", &a->pdf, false}, {"--lang", &a->lang, true}, {"--date", &a->date, true}};
    for (const Single &s : singles) {
        if (s.reportOnly && !reportCommand)
            continue;
        const QString name = QLatin1String(s.name);
        const CommandFailure::Option o = CommandFailure::takeValue(args, i, name, s.target);
        if (o == CommandFailure::Option::MissingValue && error->isEmpty())
            *error = tr("%1 needs a value.").arg(name);
        if (o != CommandFailure::Option::Absent)
            return true;
    }
    return false;
}

void ReportCommand::takePositional(const QString &arg, ReportCommandArgs *a)
{
    if (a->kind.isEmpty())
        a->kind = arg;
    else if (a->target.isEmpty())
        a->target = arg;
    else
        a->extra << arg;
}

QString ReportCommand::validate(const ReportCommandArgs &a)
{
    if (a.kind.isEmpty())
        return tr("The report command needs what to report on: campaign, creator or shortlist.");
    const bool creator = a.kind == QLatin1String("creator");
    const bool shortlist = a.kind == QLatin1String("shortlist");
    if (a.kind != QLatin1String("campaign") && !creator && !shortlist)
        return tr("Unknown report \"%1\": expected campaign, creator or shortlist.").arg(a.kind);
    if (a.target.isEmpty())
        return creator     ? tr("report creator needs the creator's number or XHS ID.")
               : shortlist ? tr("report shortlist needs the shortlist's number or name.")
                           : tr("report campaign needs the campaign's number or name.");
    if (!a.extra.isEmpty())
        return tr("Unexpected argument \"%1\" after report %2.").arg(a.extra.first(), a.kind);
    if (a.pdf.isEmpty())
        return creator     ? tr("report creator needs --pdf FILE: the PDF file to write.")
               : shortlist ? tr("report shortlist needs --pdf FILE: the PDF file to write.")
                           : tr("report campaign needs --pdf FILE: the PDF file to write.");
    if (!a.lang.isEmpty() && a.lang != QLatin1String("zh_CN") && a.lang != QLatin1String("en"))
        return tr("--lang expects zh_CN or en, not \"%1\".").arg(a.lang);
    if (!a.date.isEmpty() && !QDate::fromString(a.date, Qt::ISODate).isValid())
        return tr("--date expects a date like 2026-03-05, not \"%1\".").arg(a.date);
    return {};
}

int ReportCommand::run(const ReportCommandArgs &a)
{
    if (const QString problem = validate(a); !problem.isEmpty())
        return usageFailure(problem);

    int exitCode = 0;
    std::unique_ptr<Database> db = CommandFailure::openExisting(a.db, &exitCode);
    if (!db)
        return exitCode;
    StoreError error;

    if (a.kind == QLatin1String("creator"))
        return runCreator(*db, a);
    if (a.kind == QLatin1String("shortlist"))
        return runShortlist(*db, a);

    const qint64 id = CampaignReportLoader::findCampaign(*db, a.target, &error);
    if (error.isError())
        return storeFailure(error);
    if (id < 0)
        return usageFailure(tr("Several campaigns are named \"%1\": give the number instead; campaigns in this "
                               "database: %2.")
                                .arg(a.target, CommandFailure::campaignList(*db)));
    if (id == 0)
        return usageFailure(tr("No campaign with the number or name \"%1\". Give a campaign's number or its exact "
                               "name; campaigns in this database: %2.")
                                .arg(a.target, CommandFailure::campaignList(*db)));

    const MetricSettings settings = AppSettings::metricSettings();
    const QDate today = reportDate(a);
    const QString language = reportLanguage(a);

    CampaignReportData data;
    if (!CampaignReportLoader::load(*db, id, settings, today, &data, &error))
        return storeFailure(error);
    CampaignReportDocument report(*db, data, language);
    int pages = 0;
    if (const int code = writeReportPdf(report, a.pdf, ReportPrinter::defaultLayout(), &pages); code != Ok)
        return code;
    QTextStream(stdout) << tr("Wrote the report of campaign %1 \"%2\" (%3) to %4: %n page(s).", nullptr, pages)
                               .arg(id)
                               .arg(data.campaign.name, language, QDir::toNativeSeparators(a.pdf))
                        << Qt::endl;
    return Ok;
}

int ReportCommand::runCreator(Database &db, const ReportCommandArgs &a)
{
    StoreError error;
    const qint64 id = CreatorReportLoader::findCreator(db, a.target, &error);
    if (error.isError())
        return storeFailure(error);
    if (id < 0)
        return usageFailure(tr("Several creators are named \"%1\": give the number or XHS ID instead.").arg(a.target));
    if (id == 0)
        return usageFailure(tr("No creator with the number, XHS ID or nickname \"%1\".").arg(a.target));

    const MetricSettings settings = AppSettings::metricSettings();
    const QDate today = reportDate(a);
    const QString language = reportLanguage(a);

    CreatorReportData data;
    if (!CreatorReportLoader::load(db, id, settings, today, &data, &error))
        return storeFailure(error);
    CreatorReportDocument report(data, language);
    int pages = 0;
    if (const int code = writeReportPdf(report, a.pdf, ReportPrinter::defaultLayout(), &pages); code != Ok)
        return code;
    QTextStream(stdout) << tr("Wrote the profile of creator %1 \"%2\" (%3) to %4: %n page(s).", nullptr, pages)
                               .arg(id)
                               .arg(data.creator.nickname, language, QDir::toNativeSeparators(a.pdf))
                        << Qt::endl;
    return Ok;
}

int ReportCommand::runShortlist(Database &db, const ReportCommandArgs &a)
{
    StoreError error;
    const qint64 id = RosterSheetLoader::findShortlist(db, a.target, &error);
    if (error.isError())
        return storeFailure(error);
    if (id == 0) {
        const QString lists = RosterSheetLoader::shortlistList(db);
        return usageFailure(tr("No shortlist with the number or name \"%1\". Give a shortlist's number or its exact "
                               "name; shortlists in this database: %2.")
                                .arg(a.target, lists.isEmpty() ? tr("(none)") : lists));
    }

    const MetricSettings settings = AppSettings::metricSettings();
    const QDate today = reportDate(a);
    const QString language = reportLanguage(a);

    RosterSheetData data;
    if (!RosterSheetLoader::loadShortlist(db, id, settings, today, &data, &error))
        return storeFailure(error);
    RosterSheetDocument sheet(data, language);
    int pages = 0;
    if (const int code = writeReportPdf(sheet, a.pdf, RosterSheetDocument::layout(), &pages); code != Ok)
        return code;
    // One arg() call: a shortlist named like "50%3" must not be filled in by a later one.
    QTextStream(stdout) << tr("Wrote the sheet of shortlist %1 \"%2\" (%3, %4) to %5: %n page(s).", nullptr, pages)
                               .arg(QString::number(id), data.shortlistName,
                                    tr("%n creator(s)", nullptr, int(qMin<qint64>(data.matched, INT_MAX))), language,
                                    QDir::toNativeSeparators(a.pdf))
                        << Qt::endl;
    return Ok;
}

QString ReportCommand::usage()
{
    return tr("       redroster report campaign ID|NAME --pdf FILE [--lang zh_CN|en] [--date YYYY-MM-DD] [--db PATH]\n"
              "                                        the campaign performance report as PDF, with its charts;\n"
              "                                        --lang defaults to the interface language, --date (the\n"
              "                                        report's date) to today\n"
              "       redroster report creator ID|XHS-ID --pdf FILE [--lang zh_CN|en] [--date YYYY-MM-DD] [--db PATH]\n"
              "                                        a one-page creator profile as PDF: profile, rates, vetting,\n"
              "                                        ratings, the latest collaborations and events\n"
              "       redroster report shortlist ID|NAME --pdf FILE [--lang zh_CN|en] [--date YYYY-MM-DD] [--db PATH]\n"
              "                                        a shortlist's creators as a landscape sheet: tier, category,\n"
              "                                        followers, stated ER, prices, status, owner, ratings, city\n");
}

} // namespace rr
