// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/OwnBackends.h"

#include <QUuid>

namespace rr::OwnBackends {

QString familyToken(quintptr family)
{
    static const QString run = QUuid::createUuid().toString(QUuid::Id128);
    return run + QLatin1Char('-') + QString::number(family, 16);
}

} // namespace rr::OwnBackends
