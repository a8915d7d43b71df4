// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/AnalyticsScreen.h"

#include "Icons.h"
#include "analytics/AnalyticsFilterBar.h"
#include "analytics/ChartBuilder.h"
#include "analytics/ChartExport.h"
#include "analytics/ChartOptionsPanel.h"
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
#include <QSplitter>
#include <QStandardPaths>
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
    below->addWidget(m_note, 1);
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
    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(120);
    connect(m_rebuild, &QTimer::timeout, this, &AnalyticsScreen::rebuildNow);
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
    const ChartRequest r = request();
    if (m_rankingStale) {
        m_rankingStale = false;
        m_ranking->setFilter(r.filter);
    }
    if ((r.kind == ChartKind::Followers || r.kind == ChartKind::PostMetrics) && r.creatorId <= 0) {
        m_chart->setData({});
        m_note->clear();
        m_message->setText(tr("Choose a creator to see their charts."));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    ChartData built;
    StoreError error;
    if (!ChartBuilder(m_db, m_settings).build(r, &built, &error)) {
        m_message->setText(tr("The chart could not be computed: %1").arg(error.message));
        return;
    }
    m_chart->setData(built);
    m_lastBuildMs = timer.elapsed();
    m_note->setText(built.note);
    m_message->setText(built.isEmpty() ? tr("No posts with metrics match the filters.") : QString());
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
}

} // namespace rr
