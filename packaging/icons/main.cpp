// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: renders the application icon's SVG source to the PNG sizes a Linux desktop
// uses, a Windows .ico and a macOS .icns.
//   redroster_iconset <icon.svg> <output dir> <base name>
#include "IconSet.h"

#include <QDir>
#include <QSaveFile>
#include <QCoreApplication>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        QTextStream(stderr) << "redroster_iconset: cannot write " << path << ": " << file.errorString()
                            << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // No QGuiApplication: painting an SVG without text into a QImage needs no platform plugin,
    // so the tool runs on a build machine with no display and no plugins found.
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: redroster_iconset <icon.svg> <output dir> <base name>" << Qt::endl;
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        QTextStream(stderr) << "redroster_iconset: " << args.at(1) << " is not a readable SVG file" << Qt::endl;
        return 1;
    }
    const QDir out(args.at(2));
    if (!out.mkpath(QStringLiteral("."))) {
        QTextStream(stderr) << "redroster_iconset: cannot create " << out.path() << Qt::endl;
        return 1;
    }
    const QString base = args.at(3);

    const QList<int> sizes = {16, 22, 24, 32, 48, 64, 128, 256, 512, 1024};
    const QList<rr::packaging::IconImage> images = rr::packaging::renderIcon(svg, sizes);
    if (images.size() != sizes.size()) {
        QTextStream(stderr) << "redroster_iconset: rendering " << args.at(1) << " failed" << Qt::endl;
        return 1;
    }
    bool ok = true;
    for (const rr::packaging::IconImage &image : images)
        if (image.size <= 512) // hicolor stops at 512
            ok = writeFile(out.filePath(QStringLiteral("%1-%2.png").arg(base).arg(image.size)), image.png) && ok;

    QList<rr::packaging::IconImage> icoImages;
    for (const rr::packaging::IconImage &image : images)
        if (image.size != 22 && image.size != 512 && image.size != 1024)
            icoImages.append(image);
    ok = writeFile(out.filePath(base + QStringLiteral(".ico")), rr::packaging::icoFile(icoImages)) && ok;
    ok = writeFile(out.filePath(base + QStringLiteral(".icns")), rr::packaging::icnsFile(images)) && ok;
    return ok ? 0 : 1;
}
