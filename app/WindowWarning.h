// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace rr {

// A warning that ends an action: window-modal, without a nested event loop (a sheet on
// macOS), deleted when closed. Returns the box (for tests).
QMessageBox *showWindowWarning(QWidget *window, const QString &title, const QString &text);

} // namespace rr
