// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordStore.h"

#ifdef REDROSTER_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>

#include <QEventLoop>
#endif

namespace rr {

#ifdef REDROSTER_HAVE_KEYCHAIN
namespace {

const QString service = QStringLiteral("RedRoster");

// Runs a keychain job to its end (they are asynchronous; the keychain may ask the user first).
void runJob(QKeychain::Job &job, const QString &account)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text copy when no keychain answers
    job.setKey(account);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

bool PasswordStore::isAvailable()
{
    return true;
}

std::optional<QString> PasswordStore::read(const QString &account)
{
    QKeychain::ReadPasswordJob job(service);
    runJob(job, account);
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

bool PasswordStore::write(const QString &account, const QString &password)
{
    QKeychain::WritePasswordJob job(service);
    job.setTextData(password);
    runJob(job, account);
    return job.error() == QKeychain::NoError;
}

void PasswordStore::remove(const QString &account)
{
    QKeychain::DeletePasswordJob job(service);
    runJob(job, account);
}

#else

bool PasswordStore::isAvailable()
{
    return false;
}

std::optional<QString> PasswordStore::read(const QString &)
{
    return std::nullopt;
}

bool PasswordStore::write(const QString &, const QString &)
{
    return false;
}

void PasswordStore::remove(const QString &) {}

#endif

} // namespace rr
