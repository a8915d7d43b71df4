// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportFonts.h"

#include <QDir>
#include <QFontDatabase>

namespace rr {

namespace {

bool writesChinese(const QString &family)
{
    return QFontDatabase::writingSystems(family).contains(QFontDatabase::SimplifiedChinese);
}

// Registers the fonts shipped in resources (":/fonts/*.ttf|otf|ttc") once; returns their families.
const QStringList &bundledFamilies()
{
    static const QStringList families = [] {
        QStringList out;
        const QDir dir(QStringLiteral(":/fonts"));
        const QStringList files = dir.entryList(
            {QStringLiteral("*.ttf"), QStringLiteral("*.otf"), QStringLiteral("*.ttc")}, QDir::Files,
            QDir::Name);
        for (const QString &file : files) {
            const int id = QFontDatabase::addApplicationFont(dir.filePath(file));
            if (id >= 0)
                out << QFontDatabase::applicationFontFamilies(id);
        }
        return out;
    }();
    return families;
}

} // namespace

QStringList ReportFonts::preferredCjkFamilies()
{
#if defined(Q_OS_WIN)
    return {QStringLiteral("Microsoft YaHei"), QStringLiteral("SimHei"), QStringLiteral("SimSun")};
#elif defined(Q_OS_MACOS)
    return {QStringLiteral("PingFang SC"), QStringLiteral("Hiragino Sans GB"),
            QStringLiteral("Heiti SC")};
#else
    return {QStringLiteral("Noto Sans CJK SC"),   QStringLiteral("Noto Serif CJK SC"),
            QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("WenQuanYi Zen Hei"),  QStringLiteral("Droid Sans Fallback")};
#endif
}

QString ReportFonts::cjkFamily()
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : preferredCjkFamilies()) {
        if (installed.contains(family) && writesChinese(family))
            return family;
    }
    for (const QString &family : bundledFamilies()) {
        if (writesChinese(family))
            return family;
    }
    // Last resort: any scalable family that declares Simplified Chinese.
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &family : chinese) {
        if (QFontDatabase::isScalable(family) && !QFontDatabase::isPrivateFamily(family))
            return family;
    }
    return {};
}

QFont ReportFonts::reportFont(const QString &language, qreal pointSize)
{
    const QString cjk = cjkFamily();
    // Latin text in a real Latin face, Chinese falling back to the CJK one, in both languages:
    // Noto CJK's Latin digits lose their Unicode mapping in Qt's PDFs (pdftotext drops them).
    QString latin;
#if defined(Q_OS_WIN)
    const QStringList latinFamilies{QStringLiteral("Segoe UI"), QStringLiteral("Arial")};
#elif defined(Q_OS_MACOS)
    const QStringList latinFamilies{QStringLiteral("Helvetica Neue"), QStringLiteral("Helvetica")};
#else
    const QStringList latinFamilies{QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                                    QStringLiteral("Liberation Sans")};
#endif
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : latinFamilies) {
        if (installed.contains(family)) {
            latin = family;
            break;
        }
    }
    if (latin.isEmpty())
        latin = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    Q_UNUSED(language) // both languages: Latin face first, CJK fallback
    QStringList families{latin, cjk};
    families.removeAll(QString());
    families.removeDuplicates();
    QFont font;
    if (!families.isEmpty()) {
        font.setFamily(families.first());
        font.setFamilies(families);
    }
    font.setPointSizeF(pointSize);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

QString ReportFonts::missingFontMessage()
{
    return tr("No Chinese font is installed, so Chinese text would be missing from printed reports "
              "and PDF files. Please install a Chinese font (on Debian or Ubuntu the package "
              "fonts-noto-cjk; on Windows Microsoft YaHei; on macOS PingFang SC) and restart "
              "RedRoster.");
}

} // namespace rr
