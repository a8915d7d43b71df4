// SPDX-License-Identifier: GPL-3.0-or-later
#include "IconSet.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

namespace rr::packaging {

QList<IconImage> renderIcon(QSvgRenderer &svg, const QList<int> &sizes)
{
    QList<IconImage> out;
    if (!svg.isValid())
        return out;
    for (const int size : sizes) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return {};
        out.append({size, buffer.data()});
    }
    return out;
}

namespace {

void appendLE16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void appendLE32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void appendBE32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

} // namespace

QByteArray icoFile(const QList<IconImage> &images)
{
    QList<IconImage> entries;
    for (const IconImage &i : images)
        if (i.size > 0 && i.size <= 256)
            entries.append(i);

    // ICONDIR, then one ICONDIRENTRY per image, then the image data.
    QByteArray out;
    appendLE16(out, 0); // reserved
    appendLE16(out, 1); // type: icon
    appendLE16(out, quint16(entries.size()));
    quint32 offset = quint32(6 + 16 * entries.size());
    for (const IconImage &i : entries) {
        const char side = char(i.size == 256 ? 0 : i.size); // 0 means 256
        out.append(side);
        out.append(side);
        out.append(char(0)); // no palette
        out.append(char(0)); // reserved
        appendLE16(out, 1);  // colour planes
        appendLE16(out, 32); // bits per pixel
        appendLE32(out, quint32(i.png.size()));
        appendLE32(out, offset);
        offset += quint32(i.png.size());
    }
    for (const IconImage &i : entries)
        out.append(i.png);
    return out;
}

QByteArray icnsFile(const QList<IconImage> &images)
{
    // Pixel size -> the PNG type codes that take it (1x and 2x slots).
    static const struct {
        int pixels;
        const char *type;
    } kSlots[] = {
        {16, "icp4"},   {32, "icp5"},   {32, "ic11"},  {64, "ic12"},   {128, "ic07"},
        {256, "ic08"},  {256, "ic13"},  {512, "ic09"}, {512, "ic14"},  {1024, "ic10"},
    };
    QByteArray body;
    for (const auto &slot : kSlots) {
        for (const IconImage &i : images) {
            if (i.size != slot.pixels)
                continue;
            body.append(slot.type, 4);
            appendBE32(body, quint32(8 + i.png.size()));
            body.append(i.png);
            break;
        }
    }
    QByteArray out("icns", 4);
    appendBE32(out, quint32(8 + body.size()));
    out.append(body);
    return out;
}

} // namespace rr::packaging
