// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/RankingPanel.h"

#include "analytics/RankingModel.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

namespace {

constexpr int kRankLimit = 100;

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(int(RankingModel::Column::Creator), QHeaderView::Stretch);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

RankingPanel::RankingPanel(const Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_ranking = new RankingModel(this);
    m_similar = new RankingModel(this, RankingModel::Mode::Similar);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    auto *controls = new QHBoxLayout;
    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("rankBy"));
    m_minLabel = new QLabel(this);
    m_minSample = new QSpinBox(this);
    m_minSample->setObjectName(QStringLiteral("minSample"));
    m_minSample->setRange(1, 100);
    m_minSample->setValue(3);
    m_minLabel->setBuddy(m_minSample);
    controls->addWidget(m_by, 1);
    controls->addWidget(m_minLabel);
    controls->addWidget(m_minSample);
    layout->addLayout(controls);
    m_rule = new QLabel(this);
    m_rule->setWordWrap(true);
    m_rule->setObjectName(QStringLiteral("sampleRule"));
    layout->addWidget(m_rule);
    m_rankView = makeTable(m_ranking, this);
    layout->addWidget(m_rankView, 3);

    m_similarTitle = new QLabel(this);
    m_similarTitle->setFont(bold);
    m_similarTitle->setWordWrap(true);
    layout->addWidget(m_similarTitle);
    auto *similarRow = new QHBoxLayout;
    m_similarButton = new QPushButton(this);
    m_similarButton->setObjectName(QStringLiteral("findSimilar"));
    m_bandLabel = new QLabel(this);
    m_band = new QDoubleSpinBox(this);
    m_band->setRange(5, 100);
    m_band->setDecimals(0);
    m_band->setSuffix(QStringLiteral(" %"));
    m_band->setValue(50);
    m_bandLabel->setBuddy(m_band);
    m_sameCity = new QCheckBox(this);
    similarRow->addWidget(m_similarButton);
    similarRow->addWidget(m_bandLabel);
    similarRow->addWidget(m_band);
    similarRow->addWidget(m_sameCity);
    similarRow->addStretch(1);
    layout->addLayout(similarRow);
    m_similarView = makeTable(m_similar, this);
    layout->addWidget(m_similarView, 2);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    for (RankBy by : {RankBy::SaveRate, RankBy::EngagementRate, RankBy::Cpe, RankBy::Reliability})
        m_by->addItem(QString(), int(by));
    retranslate();

    connect(m_by, &QComboBox::currentIndexChanged, this, &RankingPanel::refresh);
    connect(m_minSample, &QSpinBox::valueChanged, this, &RankingPanel::refresh);
    connect(m_similarButton, &QPushButton::clicked, this, &RankingPanel::findSimilarToSelected);
    connect(m_band, &QDoubleSpinBox::valueChanged, this, [this] { if (m_similarTo) findSimilar(m_similarTo); });
    connect(m_sameCity, &QCheckBox::toggled, this, [this] { if (m_similarTo) findSimilar(m_similarTo); });
    for (QTableView *view : {m_rankView, m_similarView}) {
        connect(view, &QTableView::activated, this, [this, view](const QModelIndex &index) {
            if (const qint64 id = index.data(RankingModel::CreatorIdRole).toLongLong())
                emit creatorActivated(id);
        });
    }
    connect(m_rankView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_similarButton->setEnabled(m_rankView->currentIndex().isValid()); });
    m_similarButton->setEnabled(false);
}

void RankingPanel::setFilter(const AnalyticsFilter &filter)
{
    m_filter = filter;
    refresh();
}

void RankingPanel::setMetricSettings(const MetricSettings &settings)
{
    m_settings = settings;
}

void RankingPanel::refresh()
{
    updateRule();
    StoreError error;
    const auto by = RankBy(m_by->currentData().toInt());
    if (!m_ranking->rank(m_db, m_filter, by, m_minSample->value(), kRankLimit, &error, m_settings))
        m_message->setText(tr("The ranking could not be computed: %1").arg(error.message));
    else
        m_message->clear();
    m_similarButton->setEnabled(false);
    emit rankingRefreshed();
}

void RankingPanel::findSimilarToSelected()
{
    if (const qint64 id = m_ranking->creatorId(m_rankView->currentIndex().row()))
        findSimilar(id);
}

void RankingPanel::findSimilar(qint64 creatorId)
{
    m_similarTo = creatorId;
    SimilarOptions options;
    options.engagementBand = m_band->value() / 100.0;
    options.sameCity = m_sameCity->isChecked();
    StoreError error;
    if (!m_similar->findSimilar(m_db, creatorId, options, &error, m_settings)) {
        m_message->setText(tr("Similar creators could not be found: %1").arg(error.message));
        return;
    }
    QString name;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT nickname FROM creators WHERE id = ?"));
    q.addBindValue(creatorId);
    if (q.exec() && q.next())
        name = q.value(0).toString();
    m_similarTitle->setText(tr("Like %1, not yet worked with: %Ln creator(s)", nullptr, int(m_similar->rowCount()))
                                .arg(name));
    m_message->clear();
}

QString RankingPanel::message() const
{
    return m_message->text();
}

void RankingPanel::updateRule()
{
    const auto by = RankBy(m_by->currentData().toInt());
    const int n = m_minSample->value();
    m_rule->setText(by == RankBy::Reliability
                        ? tr("Only creators with at least %n rated collaboration(s) are ranked.", nullptr, n)
                        : tr("Only creators with at least %n post(s) with known figures are ranked; rates are "
                             "summed over their posts, not averaged.", nullptr, n));
}

void RankingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RankingPanel::retranslate()
{
    m_title->setText(tr("Who performs"));
    for (int i = 0; i < m_by->count(); ++i)
        m_by->setItemText(i, RankingModel::rankByLabel(RankBy(m_by->itemData(i).toInt())));
    m_minLabel->setText(tr("Minimum sample"));
    m_minSample->setToolTip(tr("Creators with fewer posts (or rated collaborations) than this are left out"));
    if (!m_similarTo)
        m_similarTitle->setText(tr("Find similar creators"));
    m_similarButton->setText(tr("Find similar to selected"));
    m_similarButton->setToolTip(tr("Same primary category and tier, stated engagement rate within the band, "
                                   "no collaboration yet. A save rate is only known from a creator's posts with "
                                   "us, so creators not yet worked with are matched on engagement rate."));
    m_bandLabel->setText(tr("Engagement band ±"));
    m_sameCity->setText(tr("Same city"));
    updateRule();
}

} // namespace rr
