// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace rr {

// The server processes (PostgreSQL backend ids) behind one Database and its siblings
// (Database::openSibling: the worker threads of an import, of the roster's fetcher): one
// program's connections to a team server. ChangeFeed ignores commits from any of them, so the
// app's own import is not reported as someone else's change, while another Database of the same
// process (a colleague in a test) still counts as someone else. Thread-safe.
namespace OwnBackends {

// Records (or, after a reconnect, replaces) the backend of the connection called `connectionName`,
// which belongs to `family` (shared by a Database and its siblings).
void set(const QString &connectionName, quintptr family, int backendPid);
void remove(const QString &connectionName);
// Whether `backendPid` serves the connection `connectionName` or one of its family.
bool isOwn(const QString &connectionName, int backendPid);

} // namespace OwnBackends

} // namespace rr
