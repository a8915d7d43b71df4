// SPDX-License-Identifier: GPL-3.0-or-later
// The analytics screen on the small hand-computed fixture (tests/support/AnalyticsFixture.h,
// figures in tests/core/tst_analytics.cpp): the default trend, switching chart kinds, the owner
// filter on the cost chart, a click on a scatter point, exports, the ranking's minimum sample,
// find-similar, one ranking run per burst of filter changes, and the chart built in the
// background after the debounce (same figures, the last request wins, clean teardown).
#include "analytics/AnalyticsFilterBar.h"
#include "analytics/AnalyticsScreen.h"
#include "analytics/ChartOptionsPanel.h"
#include "analytics/ChartView.h"
#include "analytics/RankingModel.h"
#include "analytics/RankingPanel.h"
#include "roster/MultiSelectButton.h"
#include "store/Database.h"

#include "AnalyticsFixture.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QListWidget>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QXYSeries>

#include <algorithm>
#include <memory>

using namespace rr;

namespace {

bool near(double v, double expected)
{
    return std::abs(v - expected) < 1e-6;
}

double monthMs(int year, int month)
{
    return double(QDate(year, month, 1).startOfDay().toMSecsSinceEpoch());
}

// Every point of every series, whatever way the chart splits them into series.
QList<ChartPoint> allPoints(const ChartData &data)
{
    QList<ChartPoint> out;
    for (const ChartSeries &s : data.series)
        out += s.points;
    return out;
}

qsizetype chartPointCount(QChart *chart)
{
    qsizetype n = 0;
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *s : all) {
        if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            n += xy->count();
        } else if (auto *bars = qobject_cast<QBarSeries *>(s)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (const QBarSet *set : sets)
                n += set->count();
        }
    }
    return n;
}

// The same chart, figure for figure (ChartData has no operator==).
bool sameChart(const ChartData &a, const ChartData &b)
{
    if (a.kind != b.kind || a.title != b.title || a.note != b.note || a.categories != b.categories
        || a.series.size() != b.series.size())
        return false;
    for (qsizetype i = 0; i < a.series.size(); ++i) {
        const ChartSeries &s = a.series[i];
        const ChartSeries &t = b.series[i];
        if (s.key != t.key || s.name != t.name || s.points.size() != t.points.size())
            return false;
        for (qsizetype j = 0; j < s.points.size(); ++j) {
            const ChartPoint &p = s.points[j];
            const ChartPoint &q = t.points[j];
            if (p.x != q.x || p.y != q.y || p.label != q.label || p.id != q.id || p.count != q.count)
                return false;
        }
    }
    return true;
}

QList<qint64> pointCreators(const ChartData &data)
{
    QList<qint64> ids;
    for (const ChartPoint &p : allPoints(data))
        ids << p.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestAnalyticsScreen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::AnalyticsFixture> m_fixture;
    std::unique_ptr<AnalyticsScreen> m_screen;

    qint64 id(const char *name) const { return m_fixture->id(QLatin1String(name)); }

    MultiSelectButton *ownerButton() const
    {
        return m_screen->filterBar()->findChild<MultiSelectButton *>(QStringLiteral("ownerFilter"));
    }
    void showKind(ChartKind kind)
    {
        m_screen->options()->kindList()->setCurrentRow(int(kind)); // rows follow the ChartKind order
        m_screen->rebuildNow();
    }
    QList<qint64> rankedIds(RankingModel *model) const
    {
        QList<qint64> ids;
        for (const RankedCreator &r : model->rows())
            ids << r.creatorId;
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        StoreError err;
        m_db = Database::open(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("a.sqlite"))), &err);
        QVERIFY2(m_db, qPrintable(err.detail));
        m_fixture = std::make_unique<test::AnalyticsFixture>(*m_db);
        QVERIFY2(m_fixture->build(), qPrintable(m_fixture->error()));
    }

    // A fresh screen for each test, shown so the chart has a plot area (clicks map to positions).
    void init()
    {
        m_screen = std::make_unique<AnalyticsScreen>(*m_db);
        m_screen->resize(1400, 800);
        m_screen->show(); // the first show runs refresh()
        QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
        QVERIFY(ownerButton());
    }
    void cleanup() { m_screen.reset(); }

    void defaultTrend()
    {
        QCOMPARE(m_screen->request().kind, ChartKind::Trend);
        const ChartData &d = m_screen->chartView()->data();
        QCOMPARE(d.kind, ChartKind::Trend);
        QCOMPARE(d.series.size(), 2);
        QCOMPARE(d.series[0].key, QStringLiteral("er"));
        QCOMPARE(d.series[1].key, QStringLiteral("sr"));
        // March: p1-p3 latest snapshots; April: p5 only (p4 has no views).
        const QList<ChartPoint> &er = d.series[0].points;
        const QList<ChartPoint> &sr = d.series[1].points;
        QCOMPARE(er.size(), 2);
        QCOMPARE(sr.size(), 2);
        QCOMPARE(er[0].x, monthMs(2026, 3));
        QCOMPARE(er[1].x, monthMs(2026, 4));
        QVERIFY2(near(er[0].y, 8000.0 / 170000 * 100), qPrintable(QString::number(er[0].y)));
        QVERIFY(near(er[1].y, 500.0 / 10000 * 100));
        QVERIFY(near(sr[0].y, 2600.0 / 170000 * 100));
        QVERIFY(near(sr[1].y, 250.0 / 10000 * 100));
        QCOMPARE(er[0].count, 3);
        QCOMPARE(er[1].count, 2);
        // The chart on screen carries the same points.
        QCOMPARE(m_screen->chartView()->chart()->series().size(), 2);
        QCOMPARE(chartPointCount(m_screen->chartView()->chart()), 4);
        QVERIFY(m_screen->message().isEmpty());
    }

    void switchKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("points");
        QTest::newRow("compare") << int(ChartKind::Compare) << 2; // a bar per tier with posts: mid, mega
        QTest::newRow("cost") << int(ChartKind::Cost) << 3;       // k1, k2, k3
        QTest::newRow("back to trend") << int(ChartKind::Trend) << 4;
    }
    void switchKind()
    {
        QFETCH(int, kind);
        QFETCH(int, points);
        if (ChartKind(kind) == ChartKind::Trend)
            showKind(ChartKind::Cost); // come back from elsewhere
        showKind(ChartKind(kind));
        QCOMPARE(m_screen->request().kind, ChartKind(kind));
        const ChartData &d = m_screen->chartView()->data();
        QCOMPARE(d.kind, ChartKind(kind));
        QCOMPARE(d.pointCount(), qsizetype(points));
        switch (ChartKind(kind)) {
        case ChartKind::Compare:
            QCOMPARE(d.series.size(), 1);
            QCOMPARE(d.series[0].key, QStringLiteral("er"));
            QCOMPARE(d.categories.size(), 2);
            QVERIFY(near(d.series[0].points[0].y, 5.0)); // mid median, smaller tier first
            QVERIFY(near(d.series[0].points[1].y, 4.5)); // mega median
            QCOMPARE(d.series[0].points[0].count, 2);
            break;
        case ChartKind::Cost: {
            QList<qint64> creators;
            for (const ChartPoint &p : allPoints(d))
                creators << p.id;
            std::sort(creators.begin(), creators.end());
            QCOMPARE(creators, (QList<qint64>{id("A"), id("B"), id("B")}));
            const QList<QAbstractSeries *> series = m_screen->chartView()->chart()->series();
            QVERIFY(!series.isEmpty());
            for (QAbstractSeries *s : series)
                QVERIFY(qobject_cast<QScatterSeries *>(s));
            break;
        }
        default:
            QCOMPARE(d.series.size(), 2);
            break;
        }
        QCOMPARE(chartPointCount(m_screen->chartView()->chart()), qsizetype(points));
    }

    void ownerFilterNarrowsCost_data()
    {
        QTest::addColumn<QStringList>("owners");
        QTest::addColumn<QStringList>("collaborations");
        QTest::addColumn<QStringList>("ranked"); // save-rate ranking, minimum sample 1
        QTest::newRow("Anna") << QStringList{QStringLiteral("Anna")} << QStringList{QStringLiteral("k1")}
                              << QStringList{QStringLiteral("A")};
        QTest::newRow("Ben") << QStringList{QStringLiteral("Ben")}
                             << QStringList{QStringLiteral("k2"), QStringLiteral("k3")}
                             << QStringList{QStringLiteral("B")};
        QTest::newRow("both") << QStringList{QStringLiteral("Anna"), QStringLiteral("Ben")}
                              << QStringList{QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3")}
                              << QStringList{QStringLiteral("B"), QStringLiteral("A")};
    }
    void ownerFilterNarrowsCost()
    {
        QFETCH(QStringList, owners);
        QFETCH(QStringList, collaborations);
        QFETCH(QStringList, ranked);
        m_screen->rankingPanel()->minSampleSpin()->setValue(1);
        showKind(ChartKind::Cost);
        QVariantList values;
        for (const QString &o : owners)
            values << o;
        ownerButton()->setCheckedValues(values);
        QCOMPARE(m_screen->request().filter.owners, owners);
        m_screen->rebuildNow();

        // Fee (yuan) and engagements of each collaboration in the fixture.
        const QHash<QString, QPair<double, double>> expected{
            {QStringLiteral("k1"), {10000, 7000}}, {QStringLiteral("k2"), {2000, 1000}}, {QStringLiteral("k3"), {3000, 660}}};
        QList<QPair<double, double>> want, got;
        for (const QString &k : collaborations)
            want << expected.value(k);
        for (const ChartPoint &p : allPoints(m_screen->chartView()->data()))
            got << qMakePair(p.x, p.y);
        std::sort(want.begin(), want.end());
        std::sort(got.begin(), got.end());
        QCOMPARE(got, want);
        QCOMPARE(chartPointCount(m_screen->chartView()->chart()), qsizetype(collaborations.size()));

        // The ranking follows the same filter.
        QList<qint64> wantRanked;
        for (const QString &c : ranked)
            wantRanked << m_fixture->id(c);
        QCOMPARE(m_screen->rankingPanel()->filter().owners, owners);
        QCOMPARE(rankedIds(m_screen->rankingPanel()->rankingModel()), wantRanked);
    }

    void clickScatterPoint_data()
    {
        QTest::addColumn<double>("fee");
        QTest::addColumn<double>("engagements");
        QTest::addColumn<QString>("creator");
        QTest::newRow("k1 of A") << 10000.0 << 7000.0 << QStringLiteral("A");
        QTest::newRow("k2 of B") << 2000.0 << 1000.0 << QStringLiteral("B");
        QTest::newRow("k3 of B") << 3000.0 << 660.0 << QStringLiteral("B");
    }
    void clickScatterPoint()
    {
        QFETCH(double, fee);
        QFETCH(double, engagements);
        QFETCH(QString, creator);
        showKind(ChartKind::Cost);
        QCoreApplication::processEvents(); // lay the new chart out
        QScatterSeries *hit = nullptr;
        const QList<QAbstractSeries *> series = m_screen->chartView()->chart()->series();
        for (QAbstractSeries *s : series) {
            if (auto *scatter = qobject_cast<QScatterSeries *>(s); scatter && scatter->points().contains(QPointF(fee, engagements)))
                hit = scatter;
        }
        QVERIFY2(hit, "no scatter series holds the collaboration's point");
        QSignalSpy spy(m_screen.get(), &AnalyticsScreen::creatorActivated);
        emit hit->clicked(QPointF(fee, engagements));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), m_fixture->id(creator));
    }

    void exportFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("png") << QStringLiteral("chart.png") << true;
        QTest::newRow("csv") << QStringLiteral("chart.csv") << true;
        QTest::newRow("doc") << QStringLiteral("chart.doc") << false;
    }
    void exportFiles()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QString error;
        QCOMPARE(m_screen->exportTo(path, &error), ok);
        if (!ok) {
            QVERIFY(!error.isEmpty());
            QCOMPARE(m_screen->message(), error);
            QVERIFY(!QFileInfo::exists(path));
            return;
        }
        QVERIFY(error.isEmpty());
        QVERIFY(QFileInfo::exists(path));
        if (name.endsWith(QLatin1String(".png"))) {
            const QImage image(path);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() > 100 && image.height() > 100);
            return;
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QList<QByteArray> lines = bytes.mid(3).split('\n');
        if (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
            lines.removeLast();
        QCOMPARE(lines.size(), 1 + 4); // header, then the trend's four points
        QVERIFY2(lines[0].startsWith("Series,"), lines[0].constData());
        const auto rowsWith = [&lines](const char *text) {
            return std::count_if(lines.cbegin(), lines.cend(), [text](const QByteArray &l) { return l.contains(text); });
        };
        QCOMPARE(rowsWith("Engagement rate"), qsizetype(2));
        QCOMPARE(rowsWith("2026-03-01"), qsizetype(2)); // a March point of each rate
    }

    void minimumSample()
    {
        RankingPanel *panel = m_screen->rankingPanel();
        QCOMPARE(RankBy(panel->rankByCombo()->currentData().toInt()), RankBy::SaveRate);
        panel->minSampleSpin()->setValue(3); // nobody has three posts with known saves and views
        QCOMPARE(panel->rankingModel()->rowCount(), 0);
        panel->minSampleSpin()->setValue(panel->minSampleSpin()->maximum());
        QCOMPARE(panel->rankingModel()->rowCount(), 0);
        panel->minSampleSpin()->setValue(1);
        // B: 550 / 30,000 over two posts; A: 2,300 / 150,000 over two.
        QCOMPARE(rankedIds(panel->rankingModel()), (QList<qint64>{id("B"), id("A")}));
        QVERIFY(near(panel->rankingModel()->rows()[0].value, 550.0 / 30000));
        QCOMPARE(panel->rankingModel()->rows()[0].sample, 2);
        QVERIFY(panel->message().isEmpty());
    }

    void findSimilar()
    {
        RankingPanel *panel = m_screen->rankingPanel();
        panel->findSimilar(id("B"));
        // D: E's stated rate is out of the band, F is do-not-contact, A is mega, C is makeup.
        QCOMPARE(rankedIds(panel->similarModel()), QList<qint64>{id("D")});
        QSignalSpy spy(m_screen.get(), &AnalyticsScreen::creatorActivated);
        panel->findSimilar(id("A")); // the only mega creator: nobody like them
        QCOMPARE(panel->similarModel()->rowCount(), 0);
        QCOMPARE(spy.count(), 0);
    }

    // The ranking waits for the chart's debounce: a burst of filter changes runs it once.
    void rankingSharesDebounce()
    {
        RankingPanel *panel = m_screen->rankingPanel();
        panel->minSampleSpin()->setValue(1);
        QSignalSpy spy(panel, &RankingPanel::rankingRefreshed);
        ownerButton()->setCheckedValues({QStringLiteral("Anna")});
        ownerButton()->setCheckedValues({QStringLiteral("Ben")});
        ownerButton()->setCheckedValues({QStringLiteral("Anna"), QStringLiteral("Ben")});
        ownerButton()->setCheckedValues({QStringLiteral("Ben")});
        QCOMPARE(spy.count(), 0);
        m_screen->rebuildNow();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(panel->filter().owners, QStringList{QStringLiteral("Ben")});
        QCOMPARE(rankedIds(panel->rankingModel()), QList<qint64>{id("B")});
        QCOMPARE(m_screen->chartView()->data().pointCount(), 4); // Ben's three posts, p4 without views: 2 ER + 2 SR

        // A chart option alone does not re-run the ranking.
        showKind(ChartKind::Compare);
        QCOMPARE(spy.count(), 1);

        // Left to the timer, the burst still ends in one run.
        ownerButton()->setCheckedValues({QStringLiteral("Anna")});
        ownerButton()->setCheckedValues({});
        QCOMPARE(spy.count(), 1);
        QTRY_COMPARE(spy.count(), 2);
        QVERIFY(panel->filter().owners.isEmpty());
        QCOMPARE(panel->rankingModel()->rowCount(), 2);
    }

    void refreshAndShowCreatorRunTheRanking()
    {
        RankingPanel *panel = m_screen->rankingPanel();
        QSignalSpy spy(panel, &RankingPanel::rankingRefreshed);
        m_screen->refresh(); // after edits elsewhere the ranking runs again, once
        QCOMPARE(spy.count(), 1);

        // A pending filter change is not lost when a creator's chart is opened.
        ownerButton()->setCheckedValues({QStringLiteral("Anna")});
        m_screen->showCreator(id("A"));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(panel->filter().owners, QStringList{QStringLiteral("Anna")});
        QCOMPARE(m_screen->request().kind, ChartKind::Followers);
        QCOMPARE(m_screen->request().creatorId, id("A"));
        QCOMPARE(m_screen->chartView()->data().kind, ChartKind::Followers);
    }

    // The debounce timer's end: `hook` runs right after the screen's own slot (connection order),
    // i.e. after the request went to the worker and before its result can arrive.
    QTimer *rebuildTimer(AnalyticsScreen *screen) const
    {
        return screen->findChild<QTimer *>(QStringLiteral("rebuildTimer"));
    }

    void debouncedBuildRunsInBackground()
    {
        showKind(ChartKind::Cost); // synchronous: k1, k2, k3
        QVERIFY(!m_screen->lastBuiltInBackground());
        QCOMPARE(m_screen->chartView()->data().pointCount(), 3);
        QTimer *timer = rebuildTimer(m_screen.get());
        QVERIFY(timer);
        auto *busy = m_screen->findChild<QProgressBar *>(QStringLiteral("chartBusy"));
        QVERIFY(busy);
        QVERIFY(busy->isHidden());
        int fired = 0;
        bool buildingAtFire = false;
        bool busyShownAtFire = false;
        qsizetype pointsAtFire = -1;
        QObject guard; // ends the hooks with this test
        connect(timer, &QTimer::timeout, &guard, [&] {
            ++fired;
            buildingAtFire = m_screen->isBuilding();
            busyShownAtFire = !busy->isHidden();
            pointsAtFire = m_screen->chartView()->data().pointCount();
        });
        QSignalSpy updated(m_screen.get(), &AnalyticsScreen::chartUpdated);

        ownerButton()->setCheckedValues({QStringLiteral("Ben")});
        QTRY_COMPARE(updated.count(), 1);
        QCOMPARE(fired, 1);
        QVERIFY(buildingAtFire);      // the timer only sent the request away...
        QVERIFY(busyShownAtFire);     // ...with the busy indication on...
        QCOMPARE(pointsAtFire, 3);    // ...and the old chart still on screen
        QVERIFY(!m_screen->isBuilding());
        QVERIFY(busy->isHidden());
        QVERIFY(m_screen->lastBuiltInBackground());
        QVERIFY(m_screen->findChild<QThread *>());
        const ChartData background = m_screen->chartView()->data();
        QCOMPARE(pointCreators(background), (QList<qint64>{id("B"), id("B")}));
        QCOMPARE(chartPointCount(m_screen->chartView()->chart()), qsizetype(2));
        QVERIFY(m_screen->message().isEmpty());

        // The same request built on the GUI connection gives the same chart.
        m_screen->rebuildNow();
        QCOMPARE(updated.count(), 2);
        QVERIFY(!m_screen->lastBuiltInBackground());
        QVERIFY(sameChart(m_screen->chartView()->data(), background));

        // The default trend too, figure for figure.
        ownerButton()->setCheckedValues({});
        showKind(ChartKind::Trend);
        const ChartData here = m_screen->chartView()->data();
        QCOMPARE(here.pointCount(), 4);
        m_screen->setMetricSettings({}); // same settings: only schedules a rebuild
        QTRY_COMPARE(updated.count(), 4);
        QVERIFY(m_screen->lastBuiltInBackground());
        QVERIFY(sameChart(m_screen->chartView()->data(), here));
    }

    // A burst of changes ends in the last one's chart; a result that arrives after a newer
    // request is dropped.
    void lastRequestWins()
    {
        showKind(ChartKind::Cost);
        QList<QList<qint64>> shown; // the creators of every chart put on screen
        QObject guard;              // ends the hooks with this test
        connect(m_screen.get(), &AnalyticsScreen::chartUpdated, &guard,
                [&] { shown << pointCreators(m_screen->chartView()->data()); });
        const QList<qint64> anna{id("A")};
        const QList<qint64> ben{id("B"), id("B")};

        // Left to the debounce: Anna then Ben, one build, Ben's.
        ownerButton()->setCheckedValues({QStringLiteral("Anna")});
        ownerButton()->setCheckedValues({QStringLiteral("Ben")});
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(shown, QList<QList<qint64>>{ben});
        QVERIFY(m_screen->lastBuiltInBackground());

        // Anna's request is with the worker when Ben's chart is built at once: Anna's result,
        // whenever it comes, must not replace it.
        shown.clear();
        QTimer *timer = rebuildTimer(m_screen.get());
        QVERIFY(timer);
        bool sent = false;
        auto hook = connect(timer, &QTimer::timeout, &guard, [&] {
            if (sent)
                return;
            sent = m_screen->isBuilding();
            ownerButton()->setCheckedValues({QStringLiteral("Ben")});
            m_screen->rebuildNow();
        });
        ownerButton()->setCheckedValues({QStringLiteral("Anna")});
        QTRY_VERIFY(sent);
        disconnect(hook);
        QCOMPARE(shown, QList<QList<qint64>>{ben});
        QVERIFY(!m_screen->isBuilding());
        // A later background build is answered after Anna's (one worker, in order).
        m_screen->setMetricSettings({});
        QTRY_COMPARE(shown.size(), 2);
        QCOMPARE(shown, (QList<QList<qint64>>{ben, ben}));
        QCOMPARE(pointCreators(m_screen->chartView()->data()), ben);
    }

    // Closing the screen while its chart is being built waits for the worker and drops the result.
    void destroyWhileBuilding()
    {
        m_screen.reset();
        QTest::failOnWarning(QRegularExpression(QStringLiteral("QThread|Destroyed while")));
        for (int round = 0; round < 5; ++round) {
            auto screen = std::make_unique<AnalyticsScreen>(*m_db);
            screen->resize(900, 600);
            screen->show();
            QVERIFY(QTest::qWaitForWindowExposed(screen.get()));
            QSignalSpy updated(screen.get(), &AnalyticsScreen::chartUpdated);
            bool building = false;
            bool destroyed = false;
            connect(rebuildTimer(screen.get()), &QTimer::timeout, this, [&] {
                building = screen->isBuilding();
                // Posted now, so it runs before the worker's answer can be delivered.
                QMetaObject::invokeMethod(this, [&] { screen.reset(); destroyed = true; }, Qt::QueuedConnection);
            });
            auto *owners = screen->filterBar()->findChild<MultiSelectButton *>(QStringLiteral("ownerFilter"));
            QVERIFY(owners);
            owners->setCheckedValues({round % 2 ? QStringLiteral("Anna") : QStringLiteral("Ben")});
            QCOMPARE(updated.count(), 0);
            QTRY_VERIFY(destroyed);
            QVERIFY(building);
            QVERIFY(!screen);
        }
        // Nothing arrives for the screens that are gone.
        QCoreApplication::processEvents();
    }
};

QTEST_MAIN(TestAnalyticsScreen)
#include "tst_analyticsscreen.moc"
