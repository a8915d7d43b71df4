// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QString>
#include <QStringList>

namespace rr {

// Chooses fonts for printed reports. With no CJK font Qt drops Chinese text from a PDF without a
// word, so reports name a CJK-capable family explicitly: the platform's own first (YaHei, PingFang,
// Noto CJK…), then a font shipped under the resource folder ":/fonts", then any installed family
// that declares Simplified Chinese. Needs a QGuiApplication.
class ReportFonts
{
    Q_DECLARE_TR_FUNCTIONS(rr::ReportFonts)
public:
    // The preferred families for this platform, in order (whether installed or not).
    static QStringList preferredCjkFamilies();
    // The first installed family that can write Simplified Chinese; empty if there is none.
    static QString cjkFamily();
    // The report's font: for Chinese ("zh", "zh_CN", …) the CJK family; for other languages the
    // system's general family first with the CJK family as fallback, so Chinese nicknames in an
    // English report still render.
    static QFont reportFont(const QString &language, qreal pointSize = 10);
    // A sentence telling the user to install a Chinese font (translated).
    static QString missingFontMessage();
};

} // namespace rr
