// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/ChartData.h"

#include "export/CsvWriter.h"

#include <QCoreApplication>
#include <QDateTime>

namespace rr {

namespace {

class ChartCsvText
{
    Q_DECLARE_TR_FUNCTIONS(rr::ChartCsv)
public:
    static QStringList header(const ChartData &d)
    {
        const QString x = d.xTitle.isEmpty() ? tr("X") : d.xTitle;
        const QString y = d.yTitle.isEmpty() ? tr("Value") : d.yTitle;
        return {tr("Series"), x, y, tr("Sample"), tr("Detail")};
    }
};

QVariant xCell(const ChartData &d, const ChartPoint &p)
{
    switch (d.xAxis) {
    case AxisKind::Date:
        return QDateTime::fromMSecsSinceEpoch(qint64(p.x)).date().toString(Qt::ISODate);
    case AxisKind::Category: {
        const qsizetype i = qsizetype(p.x);
        return i >= 0 && i < d.categories.size() ? QVariant(d.categories.at(i)) : QVariant(p.x);
    }
    default:
        return p.x;
    }
}

} // namespace

bool ChartData::isEmpty() const
{
    return pointCount() == 0;
}

qsizetype ChartData::pointCount() const
{
    qsizetype n = 0;
    for (const ChartSeries &s : series)
        n += s.points.size();
    return n;
}

bool writeChartCsv(const ChartData &data, QIODevice *device, QString *error)
{
    CsvWriter csv(device);
    bool ok = csv.writeHeader(ChartCsvText::header(data));
    for (const ChartSeries &s : data.series) {
        for (const ChartPoint &p : s.points) {
            if (!ok)
                break;
            ok = csv.writeRow({s.name, xCell(data, p), p.y, p.count > 0 ? QVariant(p.count) : QVariant(), p.label});
        }
    }
    if (!ok && error)
        *error = csv.errorString();
    return ok;
}

} // namespace rr
