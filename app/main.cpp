// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#ifdef _WIN32
#include <windows.h>

#include <cstdio>

namespace {

// redroster.exe is a GUI program (no console window of its own). Run from cmd or PowerShell with
// a command (`redroster check --db ...`), it writes its output to the console it was started from.
void attachParentConsole()
{
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return; // started from Explorer or the Start menu
    FILE *stream = nullptr;
    freopen_s(&stream, "CONOUT$", "w", stdout);
    freopen_s(&stream, "CONOUT$", "w", stderr);
}

} // namespace
#endif

int main(int argc, char *argv[])
{
#ifdef _WIN32
    if (argc > 1)
        attachParentConsole();
#endif
    return rr::runApplication(argc, argv);
}
