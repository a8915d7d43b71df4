// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/TeamRoles.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace rr {

class Database;

// File → Team Members (on a team's server): who is an editor and who a viewer. The server
// enforces it (TeamRoles: group roles and grants); the database's owner sets it up. Colleagues
// are listed with their role, which can be changed; a colleague's login name can be added with a
// role. Apply writes the changes, each through TeamRoles::assign; a refusal (not the owner, a
// bad name) is shown in the dialog and nothing after it is written.
class TeamMembersDialog : public QDialog
{
    Q_OBJECT
public:
    TeamMembersDialog(const Database &db, QWidget *parent = nullptr);

    // Reads the members again from the server.
    void reload();
    // Adds `user` to the list with `role` (written by apply()); false with a message for a name
    // PostgreSQL would not take.
    bool addMember(const QString &user, TeamRoles::Role role);
    // Writes every role that differs from the server's; true when all were written.
    bool apply();

    QTableWidget *table() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }

private:
    void showMessage(const QString &text, bool isError);
    QComboBox *roleBox(TeamRoles::Role role);
    void addRow(const QString &user, TeamRoles::Role role, bool stored);

    const Database &m_db;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_newUser = nullptr;
    QComboBox *m_newRole = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
