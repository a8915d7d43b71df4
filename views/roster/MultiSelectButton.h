// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>
#include <QVariant>

class QListWidget;

namespace rr {

// A filter facet: a button whose popup lists checkable values. The button's text names the
// facet and what is chosen ("Tier", "Tier: Micro KOL", "Tier (2)").
class MultiSelectButton : public QToolButton
{
    Q_OBJECT
public:
    explicit MultiSelectButton(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // Replaces the offered values, keeping the checked state of values that remain.
    void setItems(const QList<QPair<QString, QVariant>> &items);
    // Relabels values in place (language change) without touching their checked state.
    void relabel(const QList<QPair<QString, QVariant>> &items);
    QVariantList checkedValues() const;
    // The checked values converted to T (ids, enum ints, strings).
    template<typename T>
    QList<T> checkedAs() const
    {
        QList<T> out;
        const QVariantList values = checkedValues();
        for (const QVariant &v : values)
            out << v.value<T>();
        return out;
    }
    void setCheckedValues(const QVariantList &values);
    void clearChecks();

signals:
    void selectionChanged();

private:
    void updateText();

    QString m_title;
    QListWidget *m_list = nullptr;
};

} // namespace rr
