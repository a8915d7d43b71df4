// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/TableSink.h"

namespace rr {

bool CsvSink::begin(const QString &sheet, const QStringList &headers, const QList<CellKind> &kinds)
{
    Q_UNUSED(sheet)
    if (m_begun)
        return false;
    m_begun = true;
    m_kinds = kinds;
    return m_csv.writeHeader(headers);
}

bool CsvSink::row(const QVariantList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QVariant &v = cells.at(i);
        if (m_kinds.value(i, CellKind::Text) == CellKind::Phone && !v.isNull())
            out << CsvWriter::phoneCell(v.toString());
        else
            out << CsvWriter::cell(v);
    }
    return m_csv.writeFormattedRow(out);
}

} // namespace rr
