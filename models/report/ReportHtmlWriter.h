// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportFormat.h"
#include "report/ReportText.h"

#include <QLocale>
#include <QString>

namespace rr {

// What each report's HTML writer builds on: the report's texts (t), its number forms (f), its
// locale (loc) and the HTML being built (h).
class ReportHtmlWriter
{
protected:
    explicit ReportHtmlWriter(const ReportText &text) : t(text), f(text.locale()), loc(text.locale()) {}

    static QString esc(const QString &s) { return s.toHtmlEscaped(); }
    void tableEnd() { h += QStringLiteral("</tbody></table>"); }

    const ReportText &t;
    ReportFormat f;
    QLocale loc;
    QString h;
};

} // namespace rr
