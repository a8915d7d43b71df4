// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace rr {

namespace {

QPixmap render(const QByteArray &svg, int size, qreal dpr)
{
    QSvgRenderer renderer(svg);
    QPixmap pm(QSize(size, size) * dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    renderer.render(&p);
    p.end();
    pm.setDevicePixelRatio(dpr);
    return pm;
}

} // namespace

QIcon themedIcon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    const QPalette pal = QApplication::palette();
    const QString key = name + pal.color(QPalette::WindowText).name();
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;

    QFile f(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray source = f.readAll();
    QByteArray normal = source;
    normal.replace("currentColor", pal.color(QPalette::WindowText).name().toLatin1());
    QByteArray disabled = source;
    disabled.replace("currentColor", pal.color(QPalette::Disabled, QPalette::WindowText).name().toLatin1());

    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        icon.addPixmap(render(normal, size, dpr), QIcon::Normal);
        icon.addPixmap(render(disabled, size, dpr), QIcon::Disabled);
    }
    cache.insert(key, icon);
    return icon;
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/app/redroster.svg"));
}

} // namespace rr
