// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreError.h"

#include <QList>
#include <QString>

namespace rr {

class Database;

// Who may change a team's PostgreSQL database, enforced by the server: two group roles hold the
// privileges, and each colleague's login role belongs to one of them.
//   redroster_viewer  reads everything (and makes the roster's temporary search table)
//   redroster_editor  also inserts, updates and deletes rows; never changes the schema
// The database owner (who ran the first RedRoster against it) upgrades the schema and runs this.
namespace TeamRoles {

enum class Role { Viewer, Editor };

struct Member
{
    QString user;
    Role role = Role::Viewer;
};

// A login role name as PostgreSQL spells unquoted identifiers: lower-case letters, digits and
// underscores, not starting with a digit, at most 63 characters.
bool isValidUserName(const QString &name);

// Creates the two group roles if missing and grants them their privileges on every table and
// sequence, now and (through default privileges) after later upgrades. Needs the owner's rights.
bool setUp(const Database &db, StoreError *error);

// Makes `user` (created as a login role without password if missing) a viewer or an editor, and
// no longer the other. Needs the right to create and grant roles (CREATEROLE or a superuser).
bool assign(const Database &db, const QString &user, Role role, StoreError *error);

// Every login role in one of the groups.
QList<Member> members(const Database &db, StoreError *error);

// Whether the connected role may change rows (false for viewers); true on SQLite.
bool canEdit(const Database &db);

} // namespace TeamRoles

} // namespace rr
