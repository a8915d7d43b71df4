// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace rr {

// Loads our catalog and Qt's own (so file, print and message dialogs follow) for one language,
// and switches them at run time: every widget then receives a LanguageChange event.
class Language : public QObject
{
    Q_OBJECT
public:
    explicit Language(QObject *parent = nullptr);

    // "zh_CN" or "en". An empty choice follows the system locale.
    static QString resolve(const QString &choice);
    QString current() const { return m_current; }
    bool apply(const QString &language);

private:
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_current;
};

} // namespace rr
