// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/AnalyticsScreen.h"

#include "Icons.h"
#include "analytics/AnalyticsFilterBar.h"
#include "analytics/ChartBuilder.h"
#include "analytics/ChartExport.h"
#include "analytics/ChartOptionsPanel.h"
#include "analytics/AnalyticsWorker.h"
#include "analytics/ChartView.h"
#include "analytics/RankingPanel.h"
#include "store/Database.h"

#include <QChart>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rr {

AnalyticsScreen::AnalyticsScreen(const Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    auto *layout = new QVBoxLayout(this);
    m_filters = new AnalyticsFilterBar(this);
    layout->addWidget(m_filters);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_options = new ChartOptionsPanel(db, split);
    auto *middle = new QWidget(split);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_chart = new ChartView(middle);
    m_chart->setObjectName(QStringLiteral("analyticsChart"));
    middleLayout->addWidget(m_chart, 1);
    auto *below = new QHBoxLayout;
    m_note = new QLabel(middle);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_export = new QToolButton(middle);
    m_export->setObjectName(QStringLiteral("exportChart"));
    m_export->setIcon(themedIcon(QStringLiteral("download")));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_busy = new QProgressBar(middle);
    m_busy->setObjectName(QStringLiteral("chartBusy"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    m_busy->setMaximumSize(96, 10);
    m_busy->hide();
    below->addWidget(m_note, 1);
    below->addWidget(m_busy, 0, Qt::AlignTop);
    below->addWidget(m_export, 0, Qt::AlignTop);
    middleLayout->addLayout(below);
    m_message = new QLabel(middle);
    m_message->setWordWrap(true);
    middleLayout->addWidget(m_message);
    m_ranking = new RankingPanel(db, split);
    split->addWidget(m_options);
    split->addWidget(middle);
    split->addWidget(m_ranking);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 1);
    split->setSizes({220, 760, 380});
    layout->addWidget(split, 1);

    m_rebuild = new QTimer(this);
    m_rebuild->setObjectName(QStringLiteral("rebuildTimer"));
    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(120);
    connect(m_rebuild, &QTimer::timeout, this, &AnalyticsScreen::rebuildInBackground);
    // The ranking shares the chart's debounce: rebuildNow() runs it with the filter of that moment.
    connect(m_filters, &AnalyticsFilterBar::filterChanged, this, [this] {
        m_rankingStale = true;
        scheduleRebuild();
    });
    connect(m_options, &ChartOptionsPanel::requestChanged, this, &AnalyticsScreen::scheduleRebuild);
    connect(m_export, &QToolButton::clicked, this, &AnalyticsScreen::chooseExport);
    connect(m_chart, &ChartView::creatorActivated, this, &AnalyticsScreen::creatorActivated);
    connect(m_ranking, &RankingPanel::creatorActivated, this, &AnalyticsScreen::creatorActivated);
    retranslate();
}

AnalyticsScreen::~AnalyticsScreen()
{
    if (!m_thread)
        return;
    m_worker->supersede(m_generation + 1); // pending requests are skipped; a running one finishes
    // The connection is closed in the thread that opened it, then the thread ends.
    QMetaObject::invokeMethod(m_worker, &AnalyticsWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its queued results to this screen are dropped with the screen
}

void AnalyticsScreen::setMetricSettings(const MetricSettings &settings)
{
    m_settings = settings;
    m_ranking->setMetricSettings(settings);
    m_rankingStale = true; // tiers and rates may follow other thresholds now
    scheduleRebuild();
}

ChartRequest AnalyticsScreen::request() const
{
    ChartRequest r = m_options->request();
    r.filter = m_filters->filter();
    return r;
}

void AnalyticsScreen::refresh()
{
    m_loaded = true;
    m_filters->reload(m_db);
    m_rankingStale = true; // the data may have changed under an unchanged filter
    rebuildNow();
}

void AnalyticsScreen::markStale()
{
    if (isVisible())
        refresh();
    else
        m_loaded = false;
}

void AnalyticsScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) // nothing is queried until the screen is first shown
        refresh();
}

void AnalyticsScreen::scheduleRebuild()
{
    if (m_loaded)
        m_rebuild->start();
}

void AnalyticsScreen::rebuildNow()
{
    m_rebuild->stop();
    ++m_generation; // whatever is being built in the background is out of date now
    if (m_worker)
        m_worker->supersede(m_generation);
    setBuilding(false);
    const ChartRequest r = request();
    if (prepareBuild(r))
        buildHere(r);
}

void AnalyticsScreen::rebuildInBackground()
{
    if (!m_workerUsable) {
        rebuildNow();
        return;
    }
    m_rebuild->stop();
    const int generation = ++m_generation;
    const ChartRequest r = request();
    if (!prepareBuild(r)) {
        setBuilding(false);
        return;
    }
    startWorker();
    m_worker->supersede(generation);
    setBuilding(true);
    AnalyticsWorker *worker = m_worker;
    const MetricSettings settings = m_settings;
    QMetaObject::invokeMethod(
        worker, [worker, generation, r, settings] { worker->build(generation, r, settings); }, Qt::QueuedConnection);
}

bool AnalyticsScreen::prepareBuild(const ChartRequest &r)
{
    if (m_rankingStale) {
        m_rankingStale = false;
        m_ranking->setFilter(r.filter);
    }
    if ((r.kind == ChartKind::Followers || r.kind == ChartKind::PostMetrics) && r.creatorId <= 0) {
        m_chart->setData({});
        m_note->clear();
        m_message->setText(tr("Choose a creator to see their charts."));
        return false;
    }
    return true;
}

void AnalyticsScreen::buildHere(const ChartRequest &r)
{
    QElapsedTimer timer;
    timer.start();
    ChartData built;
    StoreError error;
    if (!ChartBuilder(m_db, m_settings).build(r, &built, &error) && !error.isError())
        error.code = StoreError::Code::Query;
    applyChart(built, error, timer.elapsed(), false);
}

void AnalyticsScreen::applyChart(const ChartData &built, const StoreError &error, qint64 elapsedMs, bool inBackground)
{
    if (error.isError()) { // the old chart stays
        m_message->setText(tr("The chart could not be computed: %1").arg(error.message));
        return;
    }
    m_chart->setData(built);
    m_lastBuildMs = elapsedMs;
    m_note->setText(built.note);
    m_message->setText(built.isEmpty() ? tr("No posts with metrics match the filters.") : QString());
    m_lastInBackground = inBackground;
    emit chartUpdated();
}

void AnalyticsScreen::startWorker()
{
    if (m_thread)
        return;
    qRegisterMetaType<rr::ChartData>();  // the worker's results cross threads
    qRegisterMetaType<rr::StoreError>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("analytics-charts"));
    m_worker = new AnalyticsWorker(m_db);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &AnalyticsWorker::built, this, &AnalyticsScreen::onBuilt);
    connect(m_worker, &AnalyticsWorker::unavailable, this,
            [this](int generation, const StoreError &) { onWorkerUnavailable(generation); });
    m_thread->start();
}

void AnalyticsScreen::onBuilt(int generation, const ChartData &built, const StoreError &error, qint64 elapsedMs)
{
    if (generation != m_generation)
        return; // a newer request (or rebuildNow) superseded it
    setBuilding(false);
    applyChart(built, error, elapsedMs, true);
}

void AnalyticsScreen::onWorkerUnavailable(int generation)
{
    m_workerUsable = false; // from now on the GUI connection builds every chart
    if (generation != m_generation)
        return;
    setBuilding(false);
    buildHere(request());
}

void AnalyticsScreen::setBuilding(bool building)
{
    m_building = building;
    m_busy->setVisible(building);
}

void AnalyticsScreen::showCreator(qint64 creatorId)
{
    m_loaded = true;
    m_options->showCreator(creatorId);
    rebuildNow();
}

bool AnalyticsScreen::exportTo(const QString &fileName, QString *error)
{
    QString why;
    const bool ok = ChartExport::write(m_chart->chart(), m_chart->data(), fileName, &why);
    m_message->setText(ok ? tr("Saved %1").arg(QDir::toNativeSeparators(fileName)) : why);
    if (!ok && error)
        *error = why;
    return ok;
}

void AnalyticsScreen::chooseExport()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = ChartBuilder::kindKey(m_chart->data().kind);
    const QString file = QFileDialog::getSaveFileName(this, tr("Export chart"), dir + u'/' + base + QStringLiteral(".png"),
                                                      ChartExport::fileFilter());
    if (!file.isEmpty())
        exportTo(file);
}

QString AnalyticsScreen::message() const
{
    return m_message->text();
}

void AnalyticsScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_loaded)
            scheduleRebuild(); // titles and series names come translated from the builder
    }
    QWidget::changeEvent(event);
}

void AnalyticsScreen::retranslate()
{
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the chart as PNG, SVG or PDF, or its data as CSV"));
    m_busy->setToolTip(tr("Computing…"));
    m_busy->setAccessibleName(tr("Computing…"));
}

} // namespace rr
