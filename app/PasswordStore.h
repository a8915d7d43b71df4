// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace rr {

// Team-server passwords in the operating system's keychain (Keychain on macOS, Credential
// Manager on Windows, Secret Service on Linux) through QtKeychain, never in a file of ours.
// Without QtKeychain in the build, or without a keychain running, nothing is stored and the
// password is asked for once per session.
class PasswordStore
{
public:
    // Whether this build can use a keychain at all (a running one may still refuse).
    static bool isAvailable();
    // The password kept for `account` (a server URL without password), if any.
    static std::optional<QString> read(const QString &account);
    // Keeps the password; false when no keychain took it.
    static bool write(const QString &account, const QString &password);
    static void remove(const QString &account);
};

} // namespace rr
