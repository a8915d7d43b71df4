// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/TeamMembersDialog.h"

#include "store/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

namespace {

enum Column { UserColumn, RoleColumn, ColumnCount };
constexpr int StoredRole = Qt::UserRole + 1; // the role on the server; -1 for a new row

} // namespace

TeamMembersDialog::TeamMembersDialog(const Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Team Members"));
    auto *intro = new QLabel(tr("Editors change the roster and campaigns; viewers only read them. The server enforces "
                                "it. Only the database's owner can change who is which."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Login name"), tr("Role")});
    m_table->horizontalHeader()->setSectionResizeMode(UserColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    m_newUser = new QLineEdit(this);
    m_newUser->setObjectName(QStringLiteral("newUser"));
    m_newUser->setPlaceholderText(tr("Colleague's login name, e.g. anna"));
    m_newRole = new QComboBox(this);
    m_newRole->addItem(tr("Viewer"), int(TeamRoles::Role::Viewer));
    m_newRole->addItem(tr("Editor"), int(TeamRoles::Role::Editor));
    auto *add = new QPushButton(tr("&Add"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        if (addMember(m_newUser->text().trimmed(), TeamRoles::Role(m_newRole->currentData().toInt())))
            m_newUser->clear();
    });
    connect(m_newUser, &QLineEdit::returnPressed, add, &QPushButton::click);
    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_newUser, 1);
    addRowLayout->addWidget(m_newRole);
    addRowLayout->addWidget(add);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &TeamMembersDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRowLayout);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(520, 420);
    reload();
}

QComboBox *TeamMembersDialog::roleBox(TeamRoles::Role role)
{
    auto *box = new QComboBox(m_table);
    box->addItem(tr("Viewer"), int(TeamRoles::Role::Viewer));
    box->addItem(tr("Editor"), int(TeamRoles::Role::Editor));
    box->setCurrentIndex(box->findData(int(role)));
    return box;
}

void TeamMembersDialog::addRow(const QString &user, TeamRoles::Role role, bool stored)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(user);
    name->setFlags(Qt::ItemIsEnabled);
    name->setData(StoredRole, stored ? int(role) : -1);
    m_table->setItem(row, UserColumn, name);
    m_table->setCellWidget(row, RoleColumn, roleBox(role));
}

void TeamMembersDialog::reload()
{
    m_table->setRowCount(0);
    StoreError error;
    const QList<TeamRoles::Member> members = TeamRoles::members(m_db, &error);
    if (error.isError()) {
        showMessage(error.message, true);
        return;
    }
    for (const TeamRoles::Member &m : members)
        addRow(m.user, m.role, true);
    showMessage(members.isEmpty() ? tr("Nobody has been made an editor or a viewer yet.") : QString(), false);
}

bool TeamMembersDialog::addMember(const QString &user, TeamRoles::Role role)
{
    if (!TeamRoles::isValidUserName(user)) {
        showMessage(tr("\"%1\" is not a login name the server accepts: lower-case letters, digits and underscores, "
                       "not starting with a digit.").arg(user), true);
        return false;
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, UserColumn)->text() == user) {
            auto *box = static_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn));
            box->setCurrentIndex(box->findData(int(role)));
            return true;
        }
    }
    addRow(user, role, false);
    showMessage(tr("Apply to give %1 this role on the server.").arg(user), false);
    return true;
}

bool TeamMembersDialog::apply()
{
    StoreError error;
    if (!TeamRoles::setUp(m_db, &error)) {
        showMessage(error.message, true);
        return false;
    }
    int written = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, UserColumn);
        const auto *box = static_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn));
        const int role = box->currentData().toInt();
        if (name->data(StoredRole).toInt() == role)
            continue;
        if (!TeamRoles::assign(m_db, name->text(), TeamRoles::Role(role), &error)) {
            showMessage(tr("%1: %2").arg(name->text(), error.message), true);
            return false;
        }
        ++written;
    }
    reload();
    showMessage(tr("%n role(s) changed on the server.", nullptr, written), false);
    return true;
}

void TeamMembersDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace rr
