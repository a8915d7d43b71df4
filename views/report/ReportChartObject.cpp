// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportChartObject.h"

#include "analytics/ChartExport.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace rr {

namespace {

enum Property { ChartName = QTextFormat::UserProperty + 1, ChartWidth, ChartHeight };

struct Placement
{
    int position = 0;
    QTextImageFormat format;
};

} // namespace

ReportChartObject::ReportChartObject(QTextDocument *doc) : QObject(doc) {}

ReportChartObject *ReportChartObject::handler(QTextDocument *doc)
{
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    if (auto *existing = dynamic_cast<ReportChartObject *>(layout->handlerForObject(Type)))
        return existing;
    auto *created = new ReportChartObject(doc); // the document owns it
    layout->registerHandler(Type, created);
    return created;
}

int ReportChartObject::embed(QTextDocument *doc, const QString &name, const ChartData &data, const QLocale &locale)
{
    const QString source = QStringLiteral("chart:") + name;
    // Collect first: replacing while walking the fragments would invalidate the iterators.
    QList<Placement> found;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat f = fragment.charFormat();
            if (f.isImageFormat() && f.toImageFormat().name() == source) {
                for (int i = 0; i < fragment.length(); ++i)
                    found.append({fragment.position() + i, f.toImageFormat()});
            }
        }
    }
    if (found.isEmpty())
        return 0;
    ReportChartObject *object = handler(doc);
    object->m_charts.insert(name, {data, locale});
    // From the end, so earlier positions stay valid.
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        QTextCharFormat chart;
        chart.setObjectType(Type);
        chart.setProperty(ChartName, name);
        chart.setProperty(ChartWidth, it->format.width());
        chart.setProperty(ChartHeight, it->format.height());
        chart.setVerticalAlignment(it->format.verticalAlignment());
        QTextCursor cursor(doc);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + 1, QTextCursor::KeepAnchor);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), chart);
    }
    return int(found.size());
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    // The picture's px are 1/96 inch; the layout measures in its device's units.
    const QSizeF px(format.doubleProperty(ChartWidth), format.doubleProperty(ChartHeight));
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    const qreal scale = device ? device->logicalDpiX() / 96.0 : 1.0;
    return px * scale;
}

void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    const auto it = m_charts.constFind(format.stringProperty(ChartName));
    if (it == m_charts.cend())
        return;
    const QSize size(qRound(format.doubleProperty(ChartWidth)), qRound(format.doubleProperty(ChartHeight)));
    painter->save();
    ChartExport::paint(it->data, painter, rect, size, it->locale);
    painter->restore();
}

} // namespace rr
