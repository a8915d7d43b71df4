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
    // Streams already redirected to a file or pipe (`> out.txt`, a script) stay where they are.
    const auto redirected = [](DWORD which) {
        const HANDLE h = GetStdHandle(which);
        return h != nullptr && h != INVALID_HANDLE_VALUE && GetFileType(h) != FILE_TYPE_UNKNOWN;
    };
    const bool outRedirected = redirected(STD_OUTPUT_HANDLE);
    const bool errRedirected = redirected(STD_ERROR_HANDLE);
    if ((outRedirected && errRedirected) || !AttachConsole(ATTACH_PARENT_PROCESS))
        return; // nothing to attach, or started from Explorer or the Start menu
    FILE *stream = nullptr;
    if (!outRedirected)
        freopen_s(&stream, "CONOUT$", "w", stdout);
    if (!errRedirected)
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
