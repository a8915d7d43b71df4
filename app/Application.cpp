// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include <QCoreApplication>
#include <QTextStream>

namespace rr {

int runApplication(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "RedRoster " << REDROSTER_VERSION_FULL << Qt::endl;
    return 0;
}

} // namespace rr
