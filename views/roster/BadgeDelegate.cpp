// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/BadgeDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace rr {

BadgeDelegate::BadgeDelegate(Kind kind, QObject *parent) : QStyledItemDelegate(parent), m_kind(kind) {}

QColor BadgeDelegate::colorFor(Kind kind, const QString &key)
{
    if (kind == Kind::Tier) {
        if (key == QLatin1String("mega"))
            return QColor(0xe0, 0x10, 0x2f);
        if (key == QLatin1String("mid"))
            return QColor(0xe8, 0x5d, 0x04);
        if (key == QLatin1String("micro"))
            return QColor(0xb7, 0x79, 0x1f);
        if (key == QLatin1String("koc"))
            return QColor(0x38, 0x8e, 0x3c);
        return QColor(0x80, 0x80, 0x80);
    }
    if (key == QLatin1String("prospect"))
        return QColor(0x5b, 0x6b, 0x7c);
    if (key == QLatin1String("outreach_sent"))
        return QColor(0x1e, 0x6f, 0xd9);
    if (key == QLatin1String("negotiating"))
        return QColor(0xc7, 0x6a, 0x00);
    if (key == QLatin1String("active"))
        return QColor(0x1e, 0x8e, 0x3e);
    if (key == QLatin1String("paused"))
        return QColor(0x7a, 0x7a, 0x7a);
    if (key == QLatin1String("declined"))
        return QColor(0xb0, 0x2a, 0x2a);
    return QColor(0x80, 0x80, 0x80);
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString key = index.data(Qt::EditRole).toString();
    if (text.isEmpty() || key.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as the style draws them, then the pill instead of the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QColor color = colorFor(m_kind, key);
    const QFontMetrics fm(opt.font);
    const int padX = 7;
    const int h = qMin(opt.rect.height() - 6, fm.height() + 4);
    const int natural = fm.horizontalAdvance(text) + 2 * padX + 2;
    const int w = qMin(opt.rect.width() - 8, natural);
    const QRect pill(opt.rect.left() + 4, opt.rect.center().y() - h / 2 + 1, w, h);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlpha(opt.state & QStyle::State_Selected ? 230 : 36);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), h / 2.0, h / 2.0);
    painter->fillPath(path, fill);
    painter->setPen(opt.state & QStyle::State_Selected ? QColor(Qt::white) : color.darker(115));
    painter->setFont(opt.font);
    const QString shown = w < natural ? fm.elidedText(text, Qt::ElideRight, w - 2 * padX) : text;
    painter->drawText(pill, Qt::AlignCenter, shown);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += 22;
    return s;
}

} // namespace rr
