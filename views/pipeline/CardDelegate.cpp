// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/CardDelegate.h"

#include "pipeline/PipelineColumn.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace rr::pipeline {

namespace {

constexpr int kMargin = 4;
constexpr int kPadding = 6;

} // namespace

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {option.rect.width() > 0 ? option.rect.width() : 180, 3 * line + 2 * kPadding + 2 * kMargin + 4};
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    const bool blocked = index.data(int(CardRole::DoNotContact)).toBool();
    QPainterPath path;
    path.addRoundedRect(card, 5, 5);
    painter->fillPath(path, selected ? QColor(0xe7, 0xf1, 0xff) : QColor(Qt::white));
    painter->setPen(QPen(selected ? QColor(0x0d, 0x6e, 0xfd) : QColor(0xd0, 0xd4, 0xd9), 1));
    painter->drawPath(path);
    if (blocked) {
        painter->fillRect(QRectF(card.left(), card.top() + 3, 3, card.height() - 6), QColor(0xb0, 0x2a, 0x37));
    }

    const QRect text = card.toRect().adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const int line = option.fontMetrics.height();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(QColor(0x21, 0x25, 0x29));
    const QFontMetrics boldMetrics(bold);
    painter->drawText(QRect(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data(int(CardRole::Title)).toString(), Qt::ElideRight, text.width()));
    painter->setFont(option.font);
    painter->setPen(QColor(0x49, 0x50, 0x57));
    painter->drawText(QRect(text.left(), text.top() + line + 2, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(int(CardRole::Detail)).toString(), Qt::ElideRight,
                                                    text.width()));
    painter->setPen(QColor(0x6c, 0x75, 0x7d));
    painter->drawText(QRect(text.left(), text.top() + 2 * line + 4, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(int(CardRole::Footer)).toString(), Qt::ElideRight,
                                                    text.width()));
    painter->restore();
}

} // namespace rr::pipeline
