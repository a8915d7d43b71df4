// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalyticsFilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace rr {

class Database;
class MultiSelectButton;
namespace editor {
class OptionalDateEdit;
}

// The analytics filters: publication date range, campaigns, objective, tiers, categories, tags
// and owners. Emits filterChanged() with the whole filter after each change.
class AnalyticsFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AnalyticsFilterBar(QWidget *parent = nullptr);

    // Reloads the offered campaigns, categories, tags and owners (checked values that remain stay).
    void reload(const Database &db);
    AnalyticsFilter filter() const;
    void setFilter(const AnalyticsFilter &filter);

signals:
    void filterChanged(const rr::AnalyticsFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void emitChanged();

    bool m_updating = false;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    editor::OptionalDateEdit *m_from = nullptr;
    editor::OptionalDateEdit *m_to = nullptr;
    MultiSelectButton *m_campaigns = nullptr;
    QComboBox *m_objective = nullptr;
    MultiSelectButton *m_tiers = nullptr;
    MultiSelectButton *m_categories = nullptr;
    MultiSelectButton *m_tags = nullptr;
    MultiSelectButton *m_owners = nullptr;
    QToolButton *m_clear = nullptr;
};

} // namespace rr
