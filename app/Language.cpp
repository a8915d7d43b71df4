// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QCoreApplication>
#include <QGuiApplication>
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

namespace {

// Qt's own Chinese catalog: from Qt's translations folder (Linux, and a deployed Windows app whose
// qt.conf points there), else beside the application (windeployqt's translations folder) or in
// a macOS bundle's Resources. windeployqt merges the modules' catalogs into qt_zh_CN.qm;
// elsewhere qtbase_zh_CN.qm holds what QtWidgets' dialogs need.
bool loadQtCatalog(QTranslator *translator)
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList dirs{QLibraryInfo::path(QLibraryInfo::TranslationsPath), appDir + QStringLiteral("/translations"),
                           appDir + QStringLiteral("/../Resources/translations")};
    for (const QString &dir : dirs)
        for (const QString &name : {QStringLiteral("qtbase_zh_CN"), QStringLiteral("qt_zh_CN")})
            if (translator->load(name, dir))
                return true;
    return false;
}

} // namespace

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
    if (lang == QLatin1String("zh_CN") && loadQtCatalog(m_qt))
        QCoreApplication::installTranslator(m_qt);
    // Window titles on Windows and Linux end with it; 红人簿 in Chinese.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setApplicationDisplayName(tr("RedRoster"));
    m_current = lang;
    return ok;
}

} // namespace rr
