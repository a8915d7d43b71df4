// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPrinter;
class QSettings;

namespace rr {

// Keeps a printer's page layout (page size, orientation, margins in mm) in QSettings under
// "print/…", so page setup survives restarts.
class PageSetupStore
{
public:
    static void save(const QPrinter &printer, QSettings &settings);
    // False (printer untouched) if nothing valid was saved.
    static bool restore(QPrinter *printer, const QSettings &settings);
    // The same on the application's default QSettings.
    static void save(const QPrinter &printer);
    static bool restore(QPrinter *printer);
};

} // namespace rr
