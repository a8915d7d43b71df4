// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CsvWriter.h"

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

bool CsvWriter::writeRow(const QVariantList &cells)
{
    if (m_failed)
        return false;
    QStringList out;
    out.reserve(cells.size());
    for (const QVariant &v : cells) {
        switch (v.typeId()) {
        case QMetaType::UnknownType:
            out << QString();
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            out << QString::number(v.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            out << numberCell(v.toDouble());
            break;
        default:
            out << (v.isNull() ? QString() : textCell(v.toString()));
            break;
        }
    }
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
