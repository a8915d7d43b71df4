// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowWarning.h"

#include <QMessageBox>

namespace rr {

QMessageBox *showWindowWarning(QWidget *window, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

} // namespace rr
