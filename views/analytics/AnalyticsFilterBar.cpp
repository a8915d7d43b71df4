// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/AnalyticsFilterBar.h"

#include "Icons.h"
#include "editor/EditorFields.h"
#include "roster/MultiSelectButton.h"
#include "roster/RosterLookups.h"
#include "store/Database.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSqlQuery>
#include <QToolButton>

namespace rr {

namespace {

template<typename T>
QVariantList variants(const QList<T> &list)
{
    QVariantList out;
    for (const T &v : list)
        out << QVariant::fromValue(v);
    return out;
}

QList<QPair<QString, QVariant>> tierItems()
{
    QList<QPair<QString, QVariant>> items;
    for (Tier t : allTiers)
        items.append({TierText::label(t), TierText::key(t)});
    return items;
}

} // namespace

AnalyticsFilterBar::AnalyticsFilterBar(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    m_fromLabel = new QLabel(this);
    m_from = new editor::OptionalDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_toLabel = new QLabel(this);
    m_to = new editor::OptionalDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_campaigns = new MultiSelectButton(this);
    m_campaigns->setObjectName(QStringLiteral("campaignFilter"));
    m_objective = new QComboBox(this);
    m_objective->setObjectName(QStringLiteral("objectiveFilter"));
    m_tiers = new MultiSelectButton(this);
    m_tiers->setObjectName(QStringLiteral("tierFilter"));
    m_categories = new MultiSelectButton(this);
    m_categories->setObjectName(QStringLiteral("categoryFilter"));
    m_tags = new MultiSelectButton(this);
    m_tags->setObjectName(QStringLiteral("tagFilter"));
    m_owners = new MultiSelectButton(this);
    m_owners->setObjectName(QStringLiteral("ownerFilter"));
    m_clear = new QToolButton(this);
    m_clear->setIcon(themedIcon(QStringLiteral("filter-off")));
    m_clear->setAutoRaise(true);

    row->addWidget(m_fromLabel);
    row->addWidget(m_from);
    row->addWidget(m_toLabel);
    row->addWidget(m_to);
    row->addWidget(m_campaigns);
    row->addWidget(m_objective);
    row->addWidget(m_tiers);
    row->addWidget(m_categories);
    row->addWidget(m_tags);
    row->addWidget(m_owners);
    row->addWidget(m_clear);
    row->addStretch(1);

    m_tiers->setItems(tierItems());
    retranslate();

    connect(m_from, &QDateEdit::dateChanged, this, &AnalyticsFilterBar::emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &AnalyticsFilterBar::emitChanged);
    connect(m_objective, &QComboBox::currentIndexChanged, this, &AnalyticsFilterBar::emitChanged);
    for (MultiSelectButton *b : {m_campaigns, m_tiers, m_categories, m_tags, m_owners})
        connect(b, &MultiSelectButton::selectionChanged, this, &AnalyticsFilterBar::emitChanged);
    connect(m_clear, &QToolButton::clicked, this, [this] { setFilter({}); });
}

void AnalyticsFilterBar::reload(const Database &db)
{
    m_updating = true;
    const RosterLookups lookups = RosterLookups::load(db);
    QList<QPair<QString, QVariant>> categories, tags, owners, campaigns;
    for (const CategoryInfo &c : lookups.categories)
        categories.append({c.displayName(), c.id});
    for (const TagInfo &t : lookups.tags)
        tags.append({t.name, t.id});
    for (const QString &o : lookups.owners)
        owners.append({o, o});
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name FROM campaigns ORDER BY starts_on DESC, id DESC"))) {
        while (q.next())
            campaigns.append({q.value(1).toString(), q.value(0).toLongLong()});
    }
    m_campaigns->setItems(campaigns);
    m_categories->setItems(categories);
    m_tags->setItems(tags);
    m_owners->setItems(owners);
    m_updating = false;
}

AnalyticsFilter AnalyticsFilterBar::filter() const
{
    AnalyticsFilter f;
    f.from = m_from->optionalDate();
    f.to = m_to->optionalDate();
    f.campaignIds = m_campaigns->checkedAs<qint64>();
    if (const QVariant o = m_objective->currentData(); o.isValid())
        f.objective = Objective(o.toInt());
    for (const QVariant &v : m_tiers->checkedValues()) {
        if (const std::optional<Tier> t = TierText::fromKey(v.toString()))
            f.tiers << *t;
    }
    f.categoryIds = m_categories->checkedAs<qint64>();
    f.tagIds = m_tags->checkedAs<qint64>();
    for (const QVariant &v : m_owners->checkedValues())
        f.owners << v.toString();
    return f;
}

void AnalyticsFilterBar::setFilter(const AnalyticsFilter &f)
{
    m_updating = true;
    m_from->setOptionalDate(f.from);
    m_to->setOptionalDate(f.to);
    m_campaigns->setCheckedValues(variants(f.campaignIds));
    m_objective->setCurrentIndex(f.objective ? m_objective->findData(int(*f.objective)) : 0);
    QVariantList tiers;
    for (Tier t : f.tiers)
        tiers << TierText::key(t);
    m_tiers->setCheckedValues(tiers);
    m_categories->setCheckedValues(variants(f.categoryIds));
    m_tags->setCheckedValues(variants(f.tagIds));
    QVariantList owners;
    for (const QString &o : f.owners)
        owners << o;
    m_owners->setCheckedValues(owners);
    m_updating = false;
    emitChanged();
}

void AnalyticsFilterBar::emitChanged()
{
    if (!m_updating)
        emit filterChanged(filter());
}

void AnalyticsFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AnalyticsFilterBar::retranslate()
{
    const bool was = m_updating;
    m_updating = true;
    m_fromLabel->setText(tr("Published from"));
    m_toLabel->setText(tr("to"));
    m_from->setToolTip(tr("Posts published on or after this day; empty for no limit"));
    m_to->setToolTip(tr("Posts published on or before this day; empty for no limit"));
    m_campaigns->setTitle(tr("Campaign"));
    m_tiers->setTitle(tr("Tier"));
    m_tiers->relabel(tierItems());
    m_categories->setTitle(tr("Category"));
    m_tags->setTitle(tr("Tag"));
    m_owners->setTitle(tr("Owner"));
    const int objective = m_objective->currentIndex();
    m_objective->clear();
    m_objective->addItem(tr("Any objective"));
    for (Objective o : allObjectives)
        m_objective->addItem(ObjectiveText::label(o), int(o));
    m_objective->setCurrentIndex(std::max(0, objective));
    m_clear->setToolTip(tr("Clear the filters"));
    m_updating = was;
}

} // namespace rr
