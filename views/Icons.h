// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace rr {

// Icons from the Tabler set shipped in resources/icons (MIT), tinted with the palette's text
// colour so they read on light and dark themes alike. `name` is the file name without ".svg".
QIcon themedIcon(const QString &name);

// The application's own icon.
QIcon appIcon();

} // namespace rr
