// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace rr {

// A content category (护肤 skincare, 美妆 makeup, ...). The list is user-editable and seeded with
// twelve categories; `key` is the stable identifier, the names are shown.
struct Category
{
    qint64 id = 0;
    QString key;
    QString nameZh;
    QString nameEn;

    // The name in the UI language: Chinese for a Chinese locale, else English.
    QString displayName(const QLocale &locale = QLocale()) const
    {
        if (locale.language() == QLocale::Chinese && !nameZh.isEmpty())
            return nameZh;
        return nameEn.isEmpty() ? nameZh : nameEn;
    }
};

} // namespace rr
