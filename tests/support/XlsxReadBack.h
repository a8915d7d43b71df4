// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a sheet of an .xlsx workbook back for the tests: `unzip -p` for the sheet's XML, then
// QXmlStreamReader for its cells (reference, type attribute, value or inline text, formula).
#pragma once

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QXmlStreamReader>

namespace rr::test {

struct XlsxCell
{
    QString type;      // the t attribute: "inlineStr", "s", "str", "b", or empty for a number
    QString value;     // <v> text, or the inline string's text
    bool formula = false;
    bool styled = false;
    bool isNumber() const { return type.isEmpty() && !formula && !value.isEmpty(); }
    bool isText() const { return type == QLatin1String("inlineStr") || type == QLatin1String("s"); }
};

struct XlsxSheet
{
    QHash<QString, XlsxCell> cells; // by reference, e.g. "B2"
    QString autoFilter;             // the autoFilter ref, empty when none
    bool frozenTopRow = false;
    bool ok = false;
    QString error;

    XlsxCell at(const QString &ref) const { return cells.value(ref); }
    // Column letters of the header cell holding `title`, or empty.
    QString columnOf(const QString &title) const
    {
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            const QString ref = it.key();
            if (ref.mid(ref.indexOf(QRegularExpression(QStringLiteral("[0-9]")))) == QLatin1String("1")
                && it->value == title)
                return ref.left(ref.indexOf(QRegularExpression(QStringLiteral("[0-9]"))));
        }
        return {};
    }
};

inline QByteArray unzipEntry(const QString &file, const QString &entry, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), file, entry});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("unzip -p %1 %2 failed: %3").arg(file, entry, QString::fromLocal8Bit(p.readAllStandardError()));
        return {};
    }
    return p.readAllStandardOutput();
}

inline XlsxSheet readSheet(const QString &file, int sheet)
{
    XlsxSheet s;
    const QByteArray xml = unzipEntry(file, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet), &s.error);
    if (xml.isEmpty())
        return s;
    QXmlStreamReader r(xml);
    QString ref;
    XlsxCell cell;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto name = r.name();
            if (name == QLatin1String("c")) {
                ref = r.attributes().value(QLatin1String("r")).toString();
                cell = XlsxCell();
                cell.type = r.attributes().value(QLatin1String("t")).toString();
                cell.styled = r.attributes().hasAttribute(QLatin1String("s"));
            } else if (name == QLatin1String("f")) {
                cell.formula = true;
            } else if (name == QLatin1String("v") || name == QLatin1String("t")) {
                cell.value += r.readElementText();
            } else if (name == QLatin1String("autoFilter")) {
                s.autoFilter = r.attributes().value(QLatin1String("ref")).toString();
            } else if (name == QLatin1String("pane")) {
                s.frozenTopRow = r.attributes().value(QLatin1String("state")) == QLatin1String("frozen")
                    && r.attributes().value(QLatin1String("ySplit")) == QLatin1String("1");
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("c")) {
            s.cells.insert(ref, cell);
        }
    }
    if (r.hasError()) {
        s.error = r.errorString();
        return s;
    }
    s.ok = true;
    return s;
}

} // namespace rr::test
