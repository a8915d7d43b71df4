// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rr {

// Runs the command line when a command is given, else the desktop application.
int runApplication(int argc, char *argv[]);

} // namespace rr
