// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace rr {

// The language of one report, chosen per report and independent of the interface language
// (issue 6 §1): its own translator, never installed in the application, so printing a Chinese
// report from an English interface changes nothing on screen. Report code calls
//     text.translate("rr::Report", "Campaign performance report")
// with literal arguments, which lupdate extracts like tr() into the same catalogs.
class ReportText
{
public:
    // "zh_CN" or "en"; anything else is English.
    explicit ReportText(const QString &language);
    ~ReportText();
    ReportText(const ReportText &) = delete;
    ReportText &operator=(const ReportText &) = delete;

    QString language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }
    bool isChinese() const;
    // False when the catalog could not be loaded (the source text, English, is used then).
    bool hasCatalog() const { return m_loaded; }

    // The translation in the report language; %n, when n >= 0, becomes n in the report's digits.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1) const;

    static QStringList languages(); // {"en", "zh_CN"}

private:
    QString m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
    bool m_loaded = false;
};

} // namespace rr
