// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/ChartOptionsPanel.h"

#include "analytics/ChartBuilder.h"
#include "store/Database.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rr {

namespace {

constexpr int kCreatorMatches = 20;

// Which options page each chart kind shows.
enum Page { TrendPage, ComparePage, CostPage, CreatorPage };

Page pageOf(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Trend: return TrendPage;
    case ChartKind::Compare: return ComparePage;
    case ChartKind::Cost: return CostPage;
    case ChartKind::Followers:
    case ChartKind::PostMetrics: return CreatorPage;
    }
    return TrendPage;
}

const ChartKind kKinds[] = {ChartKind::Trend, ChartKind::Compare, ChartKind::Cost, ChartKind::Followers,
                            ChartKind::PostMetrics};

void selectData(QComboBox *combo, int value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

QComboBox *comboWith(QWidget *parent, const char *name, std::initializer_list<int> values)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    for (int v : values)
        combo->addItem(QString(), v);
    return combo;
}

} // namespace

ChartOptionsPanel::ChartOptionsPanel(const Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_kinds = new QListWidget(this);
    m_kinds->setObjectName(QStringLiteral("chartKinds"));
    for (ChartKind k : kKinds) {
        auto *item = new QListWidgetItem(m_kinds);
        item->setData(Qt::UserRole, int(k));
    }
    m_kinds->setCurrentRow(0);
    m_kinds->setMaximumHeight(m_kinds->sizeHintForRow(0) * 6 + 8);
    layout->addWidget(m_kinds);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);
    layout->addStretch(1);

    auto *trend = new QWidget(m_pages);
    auto *trendForm = new QFormLayout(trend);
    m_period = comboWith(trend, "period", {int(Period::Month), int(Period::Week)});
    m_group = comboWith(trend, "trendGroup", {int(TrendGroup::None), int(TrendGroup::Tier), int(TrendGroup::Category),
                                              int(TrendGroup::Campaign)});
    m_rates = comboWith(trend, "trendRates", {int(TrendMetrics::Both), int(TrendMetrics::SaveRate),
                                              int(TrendMetrics::EngagementRate)});
    m_periodLabel = new QLabel(trend);
    m_groupLabel = new QLabel(trend);
    m_ratesLabel = new QLabel(trend);
    trendForm->addRow(m_periodLabel, m_period);
    trendForm->addRow(m_groupLabel, m_group);
    trendForm->addRow(m_ratesLabel, m_rates);
    m_pages->addWidget(trend);

    auto *compare = new QWidget(m_pages);
    auto *compareForm = new QFormLayout(compare);
    m_compareBy = comboWith(compare, "compareBy", {int(CompareBy::Tier), int(CompareBy::Category)});
    m_metric = comboWith(compare, "compareMetric", {int(CompareMetric::EngagementRate), int(CompareMetric::SaveRate),
                                                    int(CompareMetric::Cpe), int(CompareMetric::Cpm)});
    m_compareByLabel = new QLabel(compare);
    m_metricLabel = new QLabel(compare);
    compareForm->addRow(m_compareByLabel, m_compareBy);
    compareForm->addRow(m_metricLabel, m_metric);
    m_pages->addWidget(compare);

    m_costHint = new QLabel(m_pages);
    m_costHint->setWordWrap(true);
    m_costHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(m_costHint);

    auto *creator = new QWidget(m_pages);
    auto *creatorForm = new QFormLayout(creator);
    m_creator = new QComboBox(creator);
    m_creator->setObjectName(QStringLiteral("chartCreator"));
    m_creator->setEditable(true);
    m_creator->setInsertPolicy(QComboBox::NoInsert);
    m_creator->setMinimumContentsLength(14);
    m_creatorLabel = new QLabel(creator);
    creatorForm->addRow(m_creatorLabel, m_creator);
    m_pages->addWidget(creator);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &ChartOptionsPanel::searchCreators);
    connect(m_creator->lineEdit(), &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_creator, &QComboBox::activated, this, &ChartOptionsPanel::changed);

    connect(m_kinds, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pages->setCurrentIndex(pageOf(kKinds[row]));
        changed();
    });
    for (QComboBox *c : {m_period, m_group, m_rates, m_compareBy, m_metric})
        connect(c, &QComboBox::currentIndexChanged, this, &ChartOptionsPanel::changed);
    retranslate();
}

ChartRequest ChartOptionsPanel::request() const
{
    ChartRequest r;
    const int row = std::max(0, m_kinds->currentRow());
    r.kind = kKinds[row];
    r.period = Period(m_period->currentData().toInt());
    r.group = TrendGroup(m_group->currentData().toInt());
    r.metrics = TrendMetrics(m_rates->currentData().toInt());
    r.compareBy = CompareBy(m_compareBy->currentData().toInt());
    r.compareMetric = CompareMetric(m_metric->currentData().toInt());
    r.creatorId = m_creator->currentData().toLongLong();
    return r;
}

void ChartOptionsPanel::setRequest(const ChartRequest &r)
{
    m_updating = true;
    for (int i = 0; i < m_kinds->count(); ++i) {
        if (kKinds[i] == r.kind)
            m_kinds->setCurrentRow(i);
    }
    selectData(m_period, int(r.period));
    selectData(m_group, int(r.group));
    selectData(m_rates, int(r.metrics));
    selectData(m_compareBy, int(r.compareBy));
    selectData(m_metric, int(r.compareMetric));
    if (r.creatorId > 0)
        setCreatorItem(r.creatorId);
    m_updating = false;
    changed();
}

void ChartOptionsPanel::showCreator(qint64 creatorId)
{
    m_updating = true;
    setCreatorItem(creatorId);
    const ChartKind kind = kKinds[std::max(0, m_kinds->currentRow())];
    if (kind != ChartKind::Followers && kind != ChartKind::PostMetrics)
        m_kinds->setCurrentRow(3);
    m_updating = false;
    changed();
}

void ChartOptionsPanel::setCreatorItem(qint64 creatorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT nickname, handle FROM creators WHERE id = ?"));
    q.addBindValue(creatorId);
    if (!q.exec() || !q.next())
        return;
    const QString text = q.value(1).toString().isEmpty()
                             ? q.value(0).toString()
                             : tr("%1 (%2)").arg(q.value(0).toString(), q.value(1).toString());
    m_creator->clear();
    m_creator->addItem(text, creatorId);
    m_creator->setCurrentIndex(0);
}

void ChartOptionsPanel::searchCreators()
{
    // Prefix matches through the nickname and handle indexes, a page at most.
    const QString text = m_creator->lineEdit()->text().trimmed();
    if (text.isEmpty())
        return;
    QString pattern = text;
    pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // LIKE ignores ASCII case on SQLite only; ILIKE says the same on PostgreSQL.
    const QString like = m_db.dialect().backend() == Backend::Postgres ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
    q.prepare(QStringLiteral("SELECT id, nickname, handle FROM creators WHERE nickname %1 ? ESCAPE '\\'"
                             " OR handle = ? ORDER BY followers IS NULL, followers DESC LIMIT ?").arg(like));
    q.addBindValue(pattern + u'%');
    q.addBindValue(text);
    q.addBindValue(kCreatorMatches);
    if (!q.exec())
        return;
    const bool was = m_creator->blockSignals(true);
    m_creator->clear();
    while (q.next()) {
        const QString handle = q.value(2).toString();
        m_creator->addItem(handle.isEmpty() ? q.value(1).toString() : tr("%1 (%2)").arg(q.value(1).toString(), handle),
                           q.value(0).toLongLong());
    }
    m_creator->setCurrentIndex(-1);
    m_creator->lineEdit()->setText(text);
    m_creator->blockSignals(was);
    if (m_creator->count() > 0)
        m_creator->showPopup();
}

void ChartOptionsPanel::changed()
{
    if (!m_updating)
        emit requestChanged();
}

void ChartOptionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartOptionsPanel::retranslate()
{
    for (int i = 0; i < m_kinds->count(); ++i)
        m_kinds->item(i)->setText(ChartBuilder::kindLabel(kKinds[i]));
    m_periodLabel->setText(tr("Period"));
    m_period->setItemText(0, tr("Month"));
    m_period->setItemText(1, tr("Week"));
    m_groupLabel->setText(tr("Lines for"));
    m_group->setItemText(0, tr("All posts"));
    m_group->setItemText(1, tr("Each tier"));
    m_group->setItemText(2, tr("Each category"));
    m_group->setItemText(3, tr("Each campaign"));
    m_ratesLabel->setText(tr("Rates"));
    m_rates->setItemText(0, tr("Engagement and save rate"));
    m_rates->setItemText(1, tr("Save rate"));
    m_rates->setItemText(2, tr("Engagement rate"));
    m_compareByLabel->setText(tr("Compare"));
    m_compareBy->setItemText(0, tr("Tiers"));
    m_compareBy->setItemText(1, tr("Categories"));
    m_metricLabel->setText(tr("Median of"));
    for (int i = 0; i < m_metric->count(); ++i)
        m_metric->setItemText(i, ChartBuilder::compareMetricLabel(CompareMetric(m_metric->itemData(i).toInt())));
    m_costHint->setText(tr("Each point is a collaboration: its fee against the engagements of its posts, both on "
                           "log scales. Points low and to the right cost the most per engagement. Click a point to "
                           "open the creator."));
    m_creatorLabel->setText(tr("Creator"));
    m_creator->lineEdit()->setPlaceholderText(tr("Nickname or XHS ID"));
}

} // namespace rr
