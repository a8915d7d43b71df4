// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/OwnBackends.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace rr::OwnBackends {

namespace {

struct Backend
{
    quintptr family = 0;
    int pid = 0;
};

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QHash<QString, Backend> &backends() // by connection name
{
    static QHash<QString, Backend> map;
    return map;
}

} // namespace

void set(const QString &connectionName, quintptr family, int backendPid)
{
    const QMutexLocker lock(&mutex());
    backends().insert(connectionName, {family, backendPid});
}

void remove(const QString &connectionName)
{
    const QMutexLocker lock(&mutex());
    backends().remove(connectionName);
}

bool isOwn(const QString &connectionName, int backendPid)
{
    const QMutexLocker lock(&mutex());
    const auto self = backends().constFind(connectionName);
    if (self == backends().cend())
        return false;
    for (const Backend &b : std::as_const(backends())) {
        if (b.pid == backendPid && b.family == self->family)
            return true;
    }
    return false;
}

} // namespace rr::OwnBackends
