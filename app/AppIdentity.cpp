// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIdentity.h"

#include <QCoreApplication>

namespace rr {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RedRoster"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("redroster.app"));
    QCoreApplication::setApplicationName(QStringLiteral("RedRoster"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REDROSTER_VERSION));
}

} // namespace rr
