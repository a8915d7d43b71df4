// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/FilterBar.h"

#include "Icons.h"
#include "roster/MultiSelectButton.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QWidgetAction>

namespace rr {

namespace {
constexpr int searchDelayMs = 250;
constexpr int followerMax = 2000000000;

QList<QPair<QString, QVariant>> plainItems(const QStringList &values)
{
    QList<QPair<QString, QVariant>> items;
    for (const QString &v : values)
        items.append({v, v});
    return items;
}
} // namespace

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);
    row->addWidget(m_search, 2);

    m_shortlistChip = new QToolButton(this);
    m_shortlistChip->setObjectName(QStringLiteral("shortlistChip"));
    m_shortlistChip->setIcon(themedIcon(QStringLiteral("x")));
    m_shortlistChip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_shortlistChip->setLayoutDirection(Qt::RightToLeft); // the ✕ after the name
    m_shortlistChip->setCheckable(true);
    m_shortlistChip->setChecked(true);
    m_shortlistChip->hide();
    row->addWidget(m_shortlistChip);
    connect(m_shortlistChip, &QToolButton::clicked, this, [this] {
        m_shortlistId.reset();
        m_shortlistChip->hide();
        emitChanged();
    });

    auto facet = [this, row](const char *name) {
        auto *b = new MultiSelectButton(this);
        b->setObjectName(QString::fromLatin1(name));
        row->addWidget(b);
        connect(b, &MultiSelectButton::selectionChanged, this, &FilterBar::emitChanged);
        return b;
    };
    m_tier = facet("tierFacet");
    m_category = facet("categoryFacet");
    m_status = facet("statusFacet");
    m_city = facet("cityFacet");
    m_tag = facet("tagFacet");
    m_owner = facet("ownerFacet");
    m_agency = facet("agencyFacet");

    // Ranges and ratings in a popup, to keep the bar one line.
    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("moreFilters"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setIcon(themedIcon(QStringLiteral("filter")));
    m_more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *menu = new QMenu(m_more);
    auto *panel = new QWidget(menu);
    auto *form = new QFormLayout(panel);
    m_minFollowers = new QSpinBox(panel);
    m_maxFollowers = new QSpinBox(panel);
    for (QSpinBox *s : {m_minFollowers, m_maxFollowers}) {
        s->setRange(0, followerMax);
        s->setGroupSeparatorShown(true);
        s->setSingleStep(1000);
    }
    m_minFollowers->setObjectName(QStringLiteral("minFollowers"));
    m_maxFollowers->setObjectName(QStringLiteral("maxFollowers"));
    auto *range = new QHBoxLayout;
    range->addWidget(m_minFollowers);
    m_toLabel = new QLabel(panel);
    range->addWidget(m_toLabel);
    range->addWidget(m_maxFollowers);
    m_followersLabel = new QLabel(panel);
    form->addRow(m_followersLabel, range);
    m_minBrandFit = new QDoubleSpinBox(panel);
    m_minReliability = new QDoubleSpinBox(panel);
    for (QDoubleSpinBox *s : {m_minBrandFit, m_minReliability}) {
        s->setRange(0.0, 5.0);
        s->setDecimals(1);
        s->setSingleStep(0.5);
    }
    m_brandFitLabel = new QLabel(panel);
    m_reliabilityLabel = new QLabel(panel);
    form->addRow(m_brandFitLabel, m_minBrandFit);
    form->addRow(m_reliabilityLabel, m_minReliability);
    m_hideDnc = new QCheckBox(panel);
    form->addRow(m_hideDnc);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(panel);
    menu->addAction(action);
    m_more->setMenu(menu);
    row->addWidget(m_more);

    m_reset = new QToolButton(this);
    m_reset->setObjectName(QStringLiteral("resetFilters"));
    m_reset->setIcon(themedIcon(QStringLiteral("filter-off")));
    row->addWidget(m_reset);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        emitChanged();
    });
    for (QSpinBox *s : {m_minFollowers, m_maxFollowers})
        connect(s, &QSpinBox::valueChanged, this, &FilterBar::emitChanged);
    for (QDoubleSpinBox *s : {m_minBrandFit, m_minReliability})
        connect(s, &QDoubleSpinBox::valueChanged, this, &FilterBar::emitChanged);
    connect(m_hideDnc, &QCheckBox::toggled, this, &FilterBar::emitChanged);
    connect(m_reset, &QToolButton::clicked, this, [this] { setFilter({}); });

    retranslate();
}

void FilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search handle, nickname, name or notes…"));
    updateShortlistChip();
    m_tier->setTitle(tr("Tier"));
    m_category->setTitle(tr("Category"));
    m_status->setTitle(tr("Status"));
    m_city->setTitle(tr("City"));
    m_tag->setTitle(tr("Tag"));
    m_owner->setTitle(tr("Owner"));
    m_agency->setTitle(tr("Agency"));
    m_followersLabel->setText(tr("Followers"));
    m_toLabel->setText(tr("to", "follower range"));
    m_maxFollowers->setSpecialValueText(tr("any", "no upper limit"));
    m_minFollowers->setSpecialValueText(tr("any", "no lower limit"));
    m_brandFitLabel->setText(tr("Brand fit at least"));
    m_reliabilityLabel->setText(tr("Reliability at least"));
    m_minBrandFit->setSpecialValueText(tr("any", "no minimum rating"));
    m_minReliability->setSpecialValueText(tr("any", "no minimum rating"));
    m_hideDnc->setText(tr("Hide do-not-contact creators"));
    m_reset->setToolTip(tr("Clear all filters"));

    QList<QPair<QString, QVariant>> tiers;
    for (Tier t : allTiers)
        tiers.append({TierText::label(t), QVariant::fromValue(int(t))});
    QList<QPair<QString, QVariant>> statuses;
    for (Status s : allStatuses)
        statuses.append({StatusText::label(s), QVariant::fromValue(int(s))});
    QList<QPair<QString, QVariant>> categories;
    for (const CategoryInfo &c : m_lookups.categories)
        categories.append({c.displayName(), QVariant::fromValue(c.id)});
    if (m_tier->checkedValues().isEmpty() && m_status->checkedValues().isEmpty()) {
        // First call: fill the fixed facets. setItems keeps what is checked anyway.
        m_updating = true;
        m_tier->setItems(tiers);
        m_status->setItems(statuses);
        m_updating = false;
    }
    m_tier->relabel(tiers);
    m_status->relabel(statuses);
    m_category->relabel(categories);
    updateMoreButton();
}

void FilterBar::setLookups(const RosterLookups &lookups)
{
    m_lookups = lookups;
    m_updating = true;
    QList<QPair<QString, QVariant>> categories;
    for (const CategoryInfo &c : lookups.categories)
        categories.append({c.displayName(), QVariant::fromValue(c.id)});
    m_category->setItems(categories);
    QList<QPair<QString, QVariant>> tags;
    for (const TagInfo &t : lookups.tags)
        tags.append({t.name, QVariant::fromValue(t.id)});
    m_tag->setItems(tags);
    m_city->setItems(plainItems(lookups.cities));
    m_owner->setItems(plainItems(lookups.owners));
    auto agencies = plainItems(lookups.agencies);
    agencies.prepend({tr("Independent (no agency)"), QString()});
    m_agency->setItems(agencies);
    m_updating = false;
}

RosterFilter FilterBar::filter() const
{
    RosterFilter f;
    f.search = m_search->text().trimmed();
    for (int t : m_tier->checkedAs<int>())
        f.tiers << static_cast<Tier>(t);
    for (int s : m_status->checkedAs<int>())
        f.statuses << static_cast<Status>(s);
    f.categoryIds = m_category->checkedAs<qint64>();
    f.tagIds = m_tag->checkedAs<qint64>();
    f.cities = m_city->checkedAs<QString>();
    f.owners = m_owner->checkedAs<QString>();
    f.agencies = m_agency->checkedAs<QString>();
    if (m_minFollowers->value() > 0)
        f.minFollowers = m_minFollowers->value();
    if (m_maxFollowers->value() > 0)
        f.maxFollowers = m_maxFollowers->value();
    if (m_minBrandFit->value() > 0.0)
        f.minBrandFit = m_minBrandFit->value();
    if (m_minReliability->value() > 0.0)
        f.minReliability = m_minReliability->value();
    f.hideDoNotContact = m_hideDnc->isChecked();
    f.shortlistId = m_shortlistId;
    return f;
}

void FilterBar::setFilter(const RosterFilter &f)
{
    m_updating = true;
    {
        const QSignalBlocker b(m_search);
        m_search->setText(f.search);
    }
    QVariantList tiers, statuses, categories, tags;
    for (Tier t : f.tiers)
        tiers << int(t);
    for (Status s : f.statuses)
        statuses << int(s);
    for (qint64 id : f.categoryIds)
        categories << id;
    for (qint64 id : f.tagIds)
        tags << id;
    m_tier->setCheckedValues(tiers);
    m_status->setCheckedValues(statuses);
    m_category->setCheckedValues(categories);
    m_tag->setCheckedValues(tags);
    auto strings = [](const QStringList &l) {
        QVariantList out;
        for (const QString &s : l)
            out << s;
        return out;
    };
    m_city->setCheckedValues(strings(f.cities));
    m_owner->setCheckedValues(strings(f.owners));
    m_agency->setCheckedValues(strings(f.agencies));
    m_minFollowers->setValue(int(f.minFollowers.value_or(0)));
    m_maxFollowers->setValue(int(f.maxFollowers.value_or(0)));
    m_minBrandFit->setValue(f.minBrandFit.value_or(0.0));
    m_minReliability->setValue(f.minReliability.value_or(0.0));
    m_hideDnc->setChecked(f.hideDoNotContact);
    if (f.shortlistId != m_shortlistId) {
        m_shortlistId = f.shortlistId;
        m_shortlistName.clear();
    }
    m_shortlistChip->setVisible(m_shortlistId.has_value());
    updateShortlistChip();
    m_updating = false;
    emitChanged();
}

void FilterBar::showShortlist(qint64 shortlistId, const QString &name)
{
    RosterFilter f; // a shortlist replaces the other criteria
    f.shortlistId = shortlistId;
    setFilter(f);
    m_shortlistName = name;
    updateShortlistChip();
}

void FilterBar::updateShortlistChip()
{
    m_shortlistChip->setText(m_shortlistName.isEmpty() ? tr("Shortlist") : tr("Shortlist: %1").arg(m_shortlistName));
    m_shortlistChip->setToolTip(tr("Only the creators of this shortlist are shown; click to show everyone"));
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::emitChanged()
{
    if (m_updating)
        return;
    updateMoreButton();
    emit filterChanged(filter());
}

void FilterBar::updateMoreButton()
{
    int active = 0;
    active += (m_minFollowers->value() > 0 || m_maxFollowers->value() > 0) ? 1 : 0;
    active += m_minBrandFit->value() > 0.0 ? 1 : 0;
    active += m_minReliability->value() > 0.0 ? 1 : 0;
    active += m_hideDnc->isChecked() ? 1 : 0;
    m_more->setText(active ? tr("More (%1)").arg(active) : tr("More"));
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace rr
