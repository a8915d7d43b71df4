// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roster/RosterFilter.h"
#include "roster/RosterLookups.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;

namespace rr {

class MultiSelectButton;

// Search box and filter facets above the roster. Emits filterChanged with the whole filter;
// typing is debounced so a search runs once the user pauses, and Enter runs it at once.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setLookups(const RosterLookups &lookups);
    RosterFilter filter() const;
    void setFilter(const RosterFilter &filter);
    void focusSearch();
    // Narrows the roster to a saved shortlist, shown as a chip with its name (✕ clears it).
    void showShortlist(qint64 shortlistId, const QString &name);

signals:
    void filterChanged(const rr::RosterFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void emitChanged();
    void updateMoreButton();
    void updateShortlistChip();

    RosterLookups m_lookups;
    QLineEdit *m_search = nullptr;
    QTimer *m_debounce = nullptr;
    MultiSelectButton *m_tier = nullptr;
    MultiSelectButton *m_category = nullptr;
    MultiSelectButton *m_status = nullptr;
    MultiSelectButton *m_city = nullptr;
    MultiSelectButton *m_tag = nullptr;
    MultiSelectButton *m_owner = nullptr;
    MultiSelectButton *m_agency = nullptr;
    QToolButton *m_more = nullptr;
    QSpinBox *m_minFollowers = nullptr;
    QSpinBox *m_maxFollowers = nullptr;
    QDoubleSpinBox *m_minBrandFit = nullptr;
    QDoubleSpinBox *m_minReliability = nullptr;
    QCheckBox *m_hideDnc = nullptr;
    QToolButton *m_reset = nullptr;
    QToolButton *m_shortlistChip = nullptr;
    std::optional<qint64> m_shortlistId;
    QString m_shortlistName;
    QLabel *m_followersLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_brandFitLabel = nullptr;
    QLabel *m_reliabilityLabel = nullptr;
    bool m_updating = false;
};

} // namespace rr
