// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportText.h"

#include <QTranslator>

namespace rr {

ReportText::ReportText(const QString &language)
    : m_language(language == QLatin1String("zh_CN") ? language : QStringLiteral("en")),
      m_locale(m_language == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                     : QLocale(QLocale::English, QLocale::UnitedStates)),
      m_translator(std::make_unique<QTranslator>())
{
    // The catalogs are compiled into the application (qt_add_translations in app/).
    m_loaded = m_translator->load(QStringLiteral(":/i18n/redroster_%1.qm").arg(m_language));
}

ReportText::~ReportText() = default;

bool ReportText::isChinese() const
{
    return m_language == QLatin1String("zh_CN");
}

QString ReportText::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    QString s = m_loaded ? m_translator->translate(context, source, disambiguation, n) : QString();
    if (s.isEmpty())
        s = QString::fromUtf8(source);
    if (n >= 0)
        s.replace(QLatin1String("%n"), m_locale.toString(n));
    return s;
}

QStringList ReportText::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

} // namespace rr
