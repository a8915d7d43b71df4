// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace rr {

// Draws the tier and pipeline status as coloured pills, so the roster can be read at a glance.
// The colour comes from the item's EditRole (the stored key), the text from its DisplayRole.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Kind { Tier, Status };
    BadgeDelegate(Kind kind, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor colorFor(Kind kind, const QString &key);

private:
    Kind m_kind;
};

} // namespace rr
