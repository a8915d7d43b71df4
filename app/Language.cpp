// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rr {

Language::Language(QObject *parent)
    : QObject(parent), m_app(new QTranslator(this)), m_qt(new QTranslator(this))
{
}

QString Language::resolve(const QString &choice)
{
    if (choice == QLatin1String("zh_CN") || choice == QLatin1String("en"))
        return choice;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool Language::apply(const QString &language)
{
    const QString lang = resolve(language);
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    QLocale::setDefault(lang == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                       : QLocale(QLocale::English, QLocale::UnitedStates));
    const bool ok = m_app->load(QStringLiteral(":/i18n/redroster_%1.qm").arg(lang));
    if (ok)
        QCoreApplication::installTranslator(m_app);
    if (lang == QLatin1String("zh_CN")
        && m_qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    m_current = lang;
    return ok;
}

} // namespace rr
