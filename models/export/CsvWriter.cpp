// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CsvWriter.h"

#include <QRegularExpression>

#include <cmath>

namespace rr {

CsvWriter::CsvWriter(QIODevice *device) : m_device(device) {}

QString CsvWriter::textCell(const QString &text)
{
    QString t = text;
    if (!t.isEmpty()) {
        const QChar first = t.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            t.prepend(u'\'');
    }
    if (t.contains(u',') || t.contains(u'"') || t.contains(u'\n') || t.contains(u'\r')) {
        t.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        t = u'"' + t + u'"';
    }
    return t;
}

QString CsvWriter::numberCell(double value)
{
    if (!std::isfinite(value))
        return {};
    return QString::number(value, 'g', 15);
}

QString CsvWriter::phoneCell(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^\\+?[0-9](?:[0-9 -]*[0-9])?$"));
    if (!plain.match(text).hasMatch())
        return textCell(text);
    return text; // no comma, quote or line break: never needs quoting
}

QString CsvWriter::cell(const QVariant &v)
{
    if (v.isNull()) // a NULL from SQL arrives typed: still an empty cell, never 0
        return {};
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return numberCell(v.toDouble());
    default:
        return textCell(v.toString());
    }
}

bool CsvWriter::writeRow(const QVariantList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QVariant &v : cells)
        out << cell(v);
    return writeFormattedRow(out);
}

bool CsvWriter::writeFormattedRow(const QStringList &out)
{
    if (m_failed)
        return false;
    QByteArray bytes;
    if (!m_started) {
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
        m_started = true;
    }
    bytes += out.join(u',').toUtf8();
    bytes += "\r\n";
    if (m_device->write(bytes) != bytes.size())
        m_failed = true;
    return !m_failed;
}

bool CsvWriter::writeHeader(const QStringList &names)
{
    QVariantList cells;
    for (const QString &n : names)
        cells << n;
    return writeRow(cells);
}

QString CsvWriter::errorString() const
{
    return m_device->errorString();
}

} // namespace rr
