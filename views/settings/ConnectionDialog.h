// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace rr {

// File → Database Connection: a database file on this computer (the default) or a team's
// PostgreSQL server (host, port, database, user, TLS mode, password). The password is offered
// to the system keychain only when the caller says one is available; it is never saved otherwise.
// Also asks for a server's password when the server wants one.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // `current` fills the side in use; `lastServer` (a URL without password) the server fields
    // when a file is in use.
    ConnectionDialog(const ConnectionSpec &current, const QString &lastServer, bool keychainAvailable,
                     QWidget *parent = nullptr);

    // What the fields say, with the password; null while incomplete (see problem()).
    std::optional<ConnectionSpec> spec() const;
    QString problem() const;
    bool rememberPassword() const;
    // Shows why the last attempt failed (or that a password is wanted) above the buttons.
    void setMessage(const QString &message);
    // Puts the cursor in the password field (asked for by the server).
    void focusPassword();

    QRadioButton *fileChoice() const { return m_fileChoice; }
    QRadioButton *serverChoice() const { return m_serverChoice; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *tlsBox() const { return m_tls; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void fillServer(const ConnectionSpec &server);
    void browse();
    void update();

    QRadioButton *m_fileChoice = nullptr;
    QRadioButton *m_serverChoice = nullptr;
    QGroupBox *m_fileGroup = nullptr;
    QGroupBox *m_serverGroup = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_extraOptions; // the server URL's other libpq options, as a URL query
};

} // namespace rr
