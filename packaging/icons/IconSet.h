// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QSvgRenderer;

namespace rr::packaging {

// One square PNG rendering of the application icon.
struct IconImage {
    int size = 0;
    QByteArray png;
};

// Renders the SVG source at each size (as PNG bytes). Empty on a renderer that cannot draw.
QList<IconImage> renderIcon(QSvgRenderer &svg, const QList<int> &sizes);

// A Windows .ico holding the given images as PNG entries (Windows Vista and later read those
// at every size). Sizes above 256 are not allowed in the format and are skipped.
QByteArray icoFile(const QList<IconImage> &images);

// A macOS .icns: each image stored as PNG under the type code macOS looks for at that pixel
// size (one image may serve both a 1x and a 2x slot, e.g. 64 px for 32@2x).
QByteArray icnsFile(const QList<IconImage> &images);

} // namespace rr::packaging
