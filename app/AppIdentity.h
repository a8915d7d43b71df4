// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rr {

// Organisation, domain, name and version, set before anything reads settings or paths, so that
// QSettings and QStandardPaths put them where each platform keeps them: the registry under
// HKCU\Software\RedRoster, ~/Library/Preferences/app.redroster.RedRoster.plist and
// ~/Library/Application Support/RedRoster, ~/.config/RedRoster and ~/.local/share/RedRoster.
// The identifier matches the macOS bundle's and the Linux desktop entry's (packaging/).
void setApplicationIdentity();

} // namespace rr
