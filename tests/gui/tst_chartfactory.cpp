// SPDX-License-Identifier: GPL-3.0-or-later
// Date axes on calendar boundaries: DateTicks picks month starts, Mondays or years and thins them
// to at most eight; ChartFactory puts them on a QCategoryAxis that relabels when zoomed; hover
// and export still work on it.
#include "analytics/ChartExport.h"
#include "analytics/ChartFactory.h"
#include "analytics/ChartView.h"
#include "analytics/DateTicks.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFile>
#include <QFontMetricsF>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

#include <memory>

using namespace rr;
using Unit = DateTicks::Unit;

Q_DECLARE_METATYPE(rr::DateTicks::Unit)

namespace {

QList<QDate> monthStarts(QDate from, int n)
{
    QList<QDate> out;
    for (int i = 0; i < n; ++i)
        out << from.addMonths(i);
    return out;
}

QList<QDate> weeks(QDate from, int n)
{
    QList<QDate> out;
    for (int i = 0; i < n; ++i)
        out << from.addDays(7 * i);
    return out;
}

ChartData dateChart(const QList<QDate> &dates)
{
    ChartData d;
    d.title = QStringLiteral("Trend");
    d.xTitle = QStringLiteral("Month of publication");
    d.xAxis = AxisKind::Date;
    d.yAxis = AxisKind::Percent;
    ChartSeries s;
    s.key = QStringLiteral("er");
    s.name = QStringLiteral("Engagement rate");
    for (qsizetype i = 0; i < dates.size(); ++i)
        s.points.append({DateTicks::dayMs(dates.at(i)), 2.0 + double(i % 3), dates.at(i).toString(Qt::ISODate), 0, 5});
    d.series << s;
    return d;
}

QCategoryAxis *dateAxisOf(QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal);
    return axes.size() == 1 ? qobject_cast<QCategoryAxis *>(axes.first()) : nullptr;
}

QList<QDate> labelDates(QCategoryAxis *axis) // endValue() is not const
{
    QList<QDate> out;
    const QStringList labels = axis->categoriesLabels();
    for (const QString &l : labels)
        out << QDateTime::fromMSecsSinceEpoch(qint64(axis->endValue(l))).date();
    return out;
}

} // namespace

class TestChartFactory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void detectUnit_data()
    {
        QTest::addColumn<QList<QDate>>("dates");
        QTest::addColumn<Unit>("unit");
        QTest::newRow("months") << monthStarts(QDate(2026, 1, 1), 12) << Unit::Month;
        QTest::newRow("mondays") << weeks(QDate(2026, 1, 5), 10) << Unit::Week;
        QTest::newRow("snapshots") << QList<QDate>{QDate(2026, 1, 5), QDate(2026, 1, 9)} << Unit::Day;
        QTest::newRow("one 1st") << QList<QDate>{QDate(2026, 3, 1)} << Unit::Month;
        QTest::newRow("none") << QList<QDate>{} << Unit::Day;
    }
    void detectUnit()
    {
        QFETCH(QList<QDate>, dates);
        QFETCH(Unit, unit);
        QCOMPARE(DateTicks::detectUnit(dates), unit);
    }

    void compute_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<Unit>("finest");
        QTest::addColumn<int>("maxLabels");
        QTest::addColumn<Unit>("unit");
        QTest::addColumn<int>("step");
        QTest::addColumn<QList<QDate>>("dates");

        QTest::newRow("12 months, room for 12") << QDate(2026, 1, 1) << QDate(2026, 12, 1) << Unit::Month << 12
                                                << Unit::Month << 1 << monthStarts(QDate(2026, 1, 1), 12);
        QTest::newRow("12 months thinned") << QDate(2025, 12, 22) << QDate(2026, 12, 10) << Unit::Month << 8
                                           << Unit::Month << 2
                                           << QList<QDate>{QDate(2026, 1, 1), QDate(2026, 3, 1), QDate(2026, 5, 1),
                                                           QDate(2026, 7, 1), QDate(2026, 9, 1), QDate(2026, 11, 1)};
        QTest::newRow("8 weeks") << QDate(2026, 1, 4) << QDate(2026, 2, 24) << Unit::Week << 8 << Unit::Week << 1
                                 << weeks(QDate(2026, 1, 5), 8);
        QTest::newRow("10 weeks thinned") << QDate(2026, 1, 5) << QDate(2026, 3, 9) << Unit::Week << 8 << Unit::Week
                                          << 2 << QList<QDate>{QDate(2026, 1, 5), QDate(2026, 1, 19), QDate(2026, 2, 2),
                                                               QDate(2026, 2, 16), QDate(2026, 3, 2)};
        QTest::newRow("one month point") << QDate(2026, 3, 1) << QDate(2026, 3, 1) << Unit::Month << 8 << Unit::Month
                                         << 1 << QList<QDate>{QDate(2026, 3, 1)};
        QTest::newRow("one monday") << QDate(2026, 3, 2) << QDate(2026, 3, 2) << Unit::Week << 8 << Unit::Week << 1
                                    << QList<QDate>{QDate(2026, 3, 2)};
        QTest::newRow("two years quarterly") << QDate(2025, 1, 1) << QDate(2026, 12, 1) << Unit::Month << 8
                                             << Unit::Month << 3
                                             << QList<QDate>{QDate(2025, 1, 1), QDate(2025, 4, 1), QDate(2025, 7, 1),
                                                             QDate(2025, 10, 1), QDate(2026, 1, 1), QDate(2026, 4, 1),
                                                             QDate(2026, 7, 1), QDate(2026, 10, 1)};
        QTest::newRow("seven years yearly") << QDate(2019, 12, 20) << QDate(2026, 12, 1) << Unit::Month << 8
                                            << Unit::Year << 1
                                            << QList<QDate>{QDate(2020, 1, 1), QDate(2021, 1, 1), QDate(2022, 1, 1),
                                                            QDate(2023, 1, 1), QDate(2024, 1, 1), QDate(2025, 1, 1),
                                                            QDate(2026, 1, 1)};
        QTest::newRow("twelve years, every 2") << QDate(2015, 1, 1) << QDate(2026, 12, 1) << Unit::Month << 8
                                               << Unit::Year << 2
                                               << QList<QDate>{QDate(2016, 1, 1), QDate(2018, 1, 1), QDate(2020, 1, 1),
                                                               QDate(2022, 1, 1), QDate(2024, 1, 1), QDate(2026, 1, 1)};
        QTest::newRow("zoomed inside a month") << QDate(2026, 3, 3) << QDate(2026, 3, 28) << Unit::Month << 8
                                               << Unit::Week << 1
                                               << QList<QDate>{QDate(2026, 3, 9), QDate(2026, 3, 16), QDate(2026, 3, 23)};
        QTest::newRow("snapshots over 6 days") << QDate(2026, 3, 3) << QDate(2026, 3, 8) << Unit::Day << 8 << Unit::Day
                                               << 1 << QList<QDate>{
                                                      QDate(2026, 3, 3), QDate(2026, 3, 4), QDate(2026, 3, 5),
                                                      QDate(2026, 3, 6), QDate(2026, 3, 7), QDate(2026, 3, 8)};
        QTest::newRow("snapshots over 5 months") << QDate(2026, 1, 10) << QDate(2026, 6, 2) << Unit::Day << 8
                                                 << Unit::Month << 1 << monthStarts(QDate(2026, 2, 1), 5);
        QTest::newRow("reversed") << QDate(2026, 3, 8) << QDate(2026, 3, 3) << Unit::Day << 8 << Unit::Day << 1
                                  << QList<QDate>{};
    }
    void compute()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(Unit, finest);
        QFETCH(int, maxLabels);
        QFETCH(Unit, unit);
        QFETCH(int, step);
        QFETCH(QList<QDate>, dates);
        const DateTicks::Ticks t = DateTicks::compute(first, last, finest, maxLabels);
        QCOMPARE(t.dates, dates);
        QCOMPARE(t.unit, unit);
        QCOMPARE(t.step, step);
    }

    void weeklyLabelsAreMondays()
    {
        const DateTicks::Ticks t = DateTicks::compute(QDate(2026, 1, 1), QDate(2026, 6, 30), Unit::Week);
        QVERIFY(!t.dates.isEmpty());
        QVERIFY(t.dates.size() <= 8);
        for (const QDate &d : t.dates)
            QVERIFY2(t.unit == Unit::Month ? d.day() == 1 : d.dayOfWeek() == Qt::Monday, qPrintable(d.toString()));
    }

    void labels_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<Unit>("unit");
        QTest::addColumn<QString>("text");
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale zh(QLocale::Chinese, QLocale::China);
        QTest::newRow("en month") << en << Unit::Month << QStringLiteral("Mar 2026");
        QTest::newRow("zh month") << zh << Unit::Month << QStringLiteral("2026年3月");
        QTest::newRow("en year") << en << Unit::Year << QStringLiteral("2026");
        QTest::newRow("zh year") << zh << Unit::Year << QStringLiteral("2026年");
        QTest::newRow("en week") << en << Unit::Week << en.toString(QDate(2026, 3, 2), QLocale::ShortFormat);
        QTest::newRow("zh week") << zh << Unit::Week << QStringLiteral("2026/3/2");
    }
    void labels()
    {
        QFETCH(QLocale, locale);
        QFETCH(Unit, unit);
        QFETCH(QString, text);
        QCOMPARE(DateTicks::label(QDate(2026, 3, 2), unit, locale), text);
    }

    void otherLocalesKeepMonthAndYear()
    {
        const QList<QLocale> locales{QLocale(QLocale::German), QLocale(QLocale::French), QLocale(QLocale::Spanish),
                                     QLocale(QLocale::Japanese), QLocale(QLocale::Korean), QLocale(QLocale::Russian),
                                     QLocale(QLocale::Chinese, QLocale::Taiwan)};
        for (const QLocale &l : locales) {
            const QString month = DateTicks::label(QDate(2026, 3, 2), Unit::Month, l);
            const QString why = l.name() + QStringLiteral(": ") + month;
            // The year and something for the month, but no day of the month (the 2nd).
            QVERIFY2(month.contains(QStringLiteral("2026")) && month.size() > 5, qPrintable(why));
            QVERIFY2(!QString(month).remove(QStringLiteral("2026")).contains(QLatin1Char('2')), qPrintable(why));
            QVERIFY2(!month.startsWith(QLatin1Char(',')) && !month.endsWith(QLatin1Char(',')), qPrintable(why));
            QVERIFY2(DateTicks::label(QDate(2026, 3, 2), Unit::Year, l).contains(QStringLiteral("2026")),
                     qPrintable(l.name()));
        }
    }

    void monthlyChartHasMonthLabels()
    {
        std::unique_ptr<QChart> chart(ChartFactory::create(dateChart(monthStarts(QDate(2026, 1, 1), 12))));
        QCategoryAxis *axis = dateAxisOf(chart.get());
        QVERIFY(axis);
        QCOMPARE(axis->labelsPosition(), QCategoryAxis::AxisLabelsPositionOnValue);
        QCOMPARE(axis->categoriesLabels(),
                 (QStringList{QStringLiteral("Jan 2026"), QStringLiteral("Mar 2026"), QStringLiteral("May 2026"),
                              QStringLiteral("Jul 2026"), QStringLiteral("Sep 2026"), QStringLiteral("Nov 2026")}));
        QCOMPARE(labelDates(axis), (QList<QDate>{QDate(2026, 1, 1), QDate(2026, 3, 1), QDate(2026, 5, 1),
                                                 QDate(2026, 7, 1), QDate(2026, 9, 1), QDate(2026, 11, 1)}));
        // Every point stays inside the axis.
        QVERIFY(axis->min() < DateTicks::dayMs(QDate(2026, 1, 1)));
        QVERIFY(axis->max() > DateTicks::dayMs(QDate(2026, 12, 1)));

        // Zoomed to spring: each month start again.
        axis->setRange(DateTicks::dayMs(QDate(2026, 2, 20)), DateTicks::dayMs(QDate(2026, 6, 10)));
        QCOMPARE(labelDates(axis), monthStarts(QDate(2026, 3, 1), 4));
        QCOMPARE(axis->categoriesLabels().first(), QStringLiteral("Mar 2026"));
    }

    void weeklyAndSinglePointCharts()
    {
        std::unique_ptr<QChart> weekly(ChartFactory::create(dateChart(weeks(QDate(2026, 1, 5), 6))));
        QCategoryAxis *axis = dateAxisOf(weekly.get());
        QVERIFY(axis);
        QCOMPARE(labelDates(axis), weeks(QDate(2026, 1, 5), 6));

        std::unique_ptr<QChart> single(ChartFactory::create(dateChart({QDate(2026, 3, 1)})));
        axis = dateAxisOf(single.get());
        QVERIFY(axis);
        QCOMPARE(axis->categoriesLabels(), QStringList{QStringLiteral("Mar 2026")});

        std::unique_ptr<QChart> empty(ChartFactory::create(dateChart({})));
        axis = dateAxisOf(empty.get());
        QVERIFY(axis);
        QVERIFY(axis->categoriesLabels().isEmpty()); // no "1970"

        std::unique_ptr<QChart> years(ChartFactory::create(dateChart(monthStarts(QDate(2020, 1, 1), 84))));
        axis = dateAxisOf(years.get());
        QVERIFY(axis);
        // 2020-01 … 2026-12 plus 3 % either side: Jan 1st of 2020 … 2027.
        QCOMPARE(axis->categoriesLabels().size(), 8);
        QCOMPARE(axis->categoriesLabels().first(), QStringLiteral("2020"));
        QCOMPARE(axis->categoriesLabels().last(), QStringLiteral("2027"));
    }

    void viewZoomsHoversAndResets()
    {
        ChartView view;
        view.resize(900, 500);
        view.setData(dateChart(monthStarts(QDate(2026, 1, 1), 12)));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCategoryAxis *axis = dateAxisOf(view.chart());
        QVERIFY(axis);
        QCOMPARE(axis->categoriesLabels().size(), 6);

        // Hover maps through the chart's own axis: the nearest point's label.
        auto *series = qobject_cast<QXYSeries *>(view.chart()->series().first());
        QVERIFY(series);
        emit series->hovered(QPointF(DateTicks::dayMs(QDate(2026, 4, 3)), 2.5), true);
        QCOMPARE(view.hoverText(), QStringLiteral("2026-04-01"));

        view.chart()->zoom(4);
        QVERIFY(axis->categoriesLabels().size() <= 3);
        for (const QDate &d : labelDates(axis))
            QCOMPARE(d.day(), 1);
        const double before = axis->min();
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(&view, Qt::Key_Right); // pan
        QVERIFY(axis->min() > before);
        QVERIFY(!axis->categoriesLabels().isEmpty());
        for (const QDate &d : labelDates(axis)) {
            QCOMPARE(d.day(), 1);
            QVERIFY(DateTicks::dayMs(d) >= axis->min() && DateTicks::dayMs(d) <= axis->max());
        }
        QTest::keyClick(&view, Qt::Key_Home); // the same zoomReset() as a double click
        QCOMPARE(axis->categoriesLabels().size(), 6);
    }

    void narrowViewThinsLabelsExportKeepsItsOwn()
    {
        ChartView view;
        view.resize(360, 260);
        view.setData(dateChart(monthStarts(QDate(2026, 1, 1), 12)));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCategoryAxis *axis = dateAxisOf(view.chart());
        QVERIFY(axis);
        // Fewer labels than the six of a wide chart, side by side without eliding ("Ma…").
        const QStringList narrow = axis->categoriesLabels();
        QVERIFY2(!narrow.isEmpty() && narrow.size() < 6, qPrintable(narrow.join(u',')));
        const QFontMetricsF metrics(axis->labelsFont());
        double widths = 0;
        for (const QString &l : narrow)
            widths += metrics.horizontalAdvance(l);
        QVERIFY(widths < view.chart()->plotArea().width());

        // An export of the on-screen chart at 1000 × 600 gets the labels of that width…
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("narrow.svg"));
        QString error;
        QVERIFY2(ChartExport::write(view.chart(), view.data(), file, &error), qPrintable(error));
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("Mar 2026"));
        QVERIFY(text.contains("Nov 2026"));
        // …and the view is back to its own.
        QCOMPARE(axis->categoriesLabels(), narrow);

        view.resize(1000, 500);
        QCOMPARE(axis->categoriesLabels().size(), 6);
    }

    void exportsRenderTheLabels()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ChartData data = dateChart(monthStarts(QDate(2026, 1, 1), 12));
        for (const char *suffix : {"png", "svg", "pdf"}) {
            const QString file = dir.filePath(QStringLiteral("trend.") + QLatin1String(suffix));
            QString error;
            QVERIFY2(ChartExport::write(data, file, &error), qPrintable(error));
            QVERIFY(QFile(file).size() > 1000);
        }
        QFile svg(dir.filePath(QStringLiteral("trend.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("Mar 2026"));
        QVERIFY(!text.contains("2026-03-"));
    }
};

QTEST_MAIN(TestChartFactory)
#include "tst_chartfactory.moc"
