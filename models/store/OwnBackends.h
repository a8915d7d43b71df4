// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace rr {

// One program's connections to a team server, told apart from everyone else's: a Database and
// its siblings (Database::openSibling: the worker threads of an import, of the roster's fetcher)
// share a token, set on each of their server sessions as `redroster.family`. The change
// notifications carry the committing session's token, so ChangeFeed ignores this program's own
// commits even from a worker connection that is gone by the time the notification arrives, while
// another Database of the same process (a colleague in a test) still counts as someone else.
namespace OwnBackends {

// The token of the family `family` (a pointer shared by a Database and its siblings): unique per
// process run and family.
QString familyToken(quintptr family);
// The session setting that carries it.
inline constexpr auto kSetting = "redroster.family";

} // namespace OwnBackends

} // namespace rr
