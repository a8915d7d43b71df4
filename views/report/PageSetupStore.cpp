// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PageSetupStore.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QSettings>

namespace rr {

namespace {

const QString KeyPageSize = QStringLiteral("print/pageSize");      // QPageSize::key(), e.g. "A4"
const QString KeyWidth = QStringLiteral("print/pageWidthMm");      // custom sizes
const QString KeyHeight = QStringLiteral("print/pageHeightMm");
const QString KeyOrientation = QStringLiteral("print/orientation"); // "portrait" | "landscape"
const QString KeyLeft = QStringLiteral("print/marginLeftMm");
const QString KeyTop = QStringLiteral("print/marginTopMm");
const QString KeyRight = QStringLiteral("print/marginRightMm");
const QString KeyBottom = QStringLiteral("print/marginBottomMm");

const QString Portrait = QStringLiteral("portrait");
const QString Landscape = QStringLiteral("landscape");

} // namespace

void PageSetupStore::save(const QPrinter &printer, QSettings &settings)
{
    const QPageLayout layout = printer.pageLayout();
    const QPageSize size = layout.pageSize();
    const QSizeF mm = size.size(QPageSize::Millimeter);
    settings.setValue(KeyPageSize, size.id() == QPageSize::Custom ? QString() : QPageSize::key(size.id()));
    settings.setValue(KeyWidth, mm.width());
    settings.setValue(KeyHeight, mm.height());
    settings.setValue(KeyOrientation,
                      layout.orientation() == QPageLayout::Landscape ? Landscape : Portrait);
    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
    settings.setValue(KeyLeft, margins.left());
    settings.setValue(KeyTop, margins.top());
    settings.setValue(KeyRight, margins.right());
    settings.setValue(KeyBottom, margins.bottom());
}

bool PageSetupStore::restore(QPrinter *printer, const QSettings &settings)
{
    QPageSize size;
    const QString key = settings.value(KeyPageSize).toString();
    for (int id = 0; id <= QPageSize::LastPageSize && !key.isEmpty(); ++id) {
        if (QPageSize::key(QPageSize::PageSizeId(id)) == key) {
            size = QPageSize(QPageSize::PageSizeId(id));
            break;
        }
    }
    if (!size.isValid()) {
        const qreal w = settings.value(KeyWidth).toDouble();
        const qreal h = settings.value(KeyHeight).toDouble();
        if (w < 10 || h < 10 || w > 5000 || h > 5000)
            return false;
        size = QPageSize(QSizeF(w, h), QPageSize::Millimeter);
    }
    const QString orientationText = settings.value(KeyOrientation).toString();
    if (orientationText != Portrait && orientationText != Landscape)
        return false;
    const QPageLayout::Orientation orientation =
        orientationText == Landscape ? QPageLayout::Landscape : QPageLayout::Portrait;

    bool ok[4] = {};
    const QMarginsF margins(settings.value(KeyLeft).toDouble(&ok[0]),
                            settings.value(KeyTop).toDouble(&ok[1]),
                            settings.value(KeyRight).toDouble(&ok[2]),
                            settings.value(KeyBottom).toDouble(&ok[3]));
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3])
        return false;

    QPageLayout layout(size, orientation, margins, QPageLayout::Millimeter);
    // Margins below the printer's minimum are clamped rather than refused.
    layout.setMode(QPageLayout::StandardMode);
    if (!printer->setPageLayout(layout)) {
        printer->setPageSize(size);
        printer->setPageOrientation(orientation);
        printer->setPageMargins(margins, QPageLayout::Millimeter);
    }
    return true;
}

void PageSetupStore::save(const QPrinter &printer)
{
    QSettings settings;
    save(printer, settings);
}

bool PageSetupStore::restore(QPrinter *printer)
{
    const QSettings settings;
    return restore(printer, settings);
}

} // namespace rr
