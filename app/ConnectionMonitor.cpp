// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionMonitor.h"

#include "store/Database.h"

#include <QTcpSocket>
#include <QTimer>

namespace rr {

ConnectionMonitor::ConnectionMonitor(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &ConnectionMonitor::check);
    if (m_db.spec().backend == Backend::Postgres)
        m_timer->start(m_checkMs);
}

void ConnectionMonitor::setIntervals(int checkMs, int retryMs)
{
    m_checkMs = checkMs;
    m_retryMs = retryMs;
    if (m_timer->isActive())
        m_timer->start(m_connected ? m_checkMs : m_retryMs);
}

bool ConnectionMonitor::ensureConnected()
{
    if (m_db.spec().backend != Backend::Postgres)
        return true;
    if (!m_db.isAlive())
        tryReconnect();
    return m_connected;
}

void ConnectionMonitor::check()
{
    if (m_db.spec().backend != Backend::Postgres || m_probe)
        return;
    if (m_connected) {
        if (!m_db.isAlive())
            tryReconnect(); // a restarted server answers at once; else retries follow
        return;
    }
    // While lost, only a server that accepts TCP again is worth a (blocking) reconnect: the probe
    // keeps the window responsive when the network is down and a connect would wait its timeout.
    auto *probe = new QTcpSocket(this);
    m_probe = probe;
    const auto done = [this, probe] {
        probe->abort();
        probe->deleteLater();
        if (m_probe == probe)
            m_probe = nullptr;
    };
    connect(probe, &QTcpSocket::connected, this, [this, done] {
        done();
        if (!m_connected) // ensureConnected() may have reconnected meanwhile
            tryReconnect();
    });
    connect(probe, &QTcpSocket::errorOccurred, this, done);
    // A server that does not answer at all (packets dropped) gives up before the next retry.
    QTimer::singleShot(m_retryMs, probe, done);
    probe->connectToHost(m_db.spec().host, quint16(m_db.spec().port));
}

void ConnectionMonitor::tryReconnect()
{
    StoreError error;
    if (m_db.reconnect(&error)) {
        // The old connection's LISTEN and whatever it missed: the screens reload in full.
        m_connected = true;
        m_timer->start(m_checkMs);
        emit restored();
        return;
    }
    const bool refused = error.code == StoreError::Code::LoginRefused;
    if (!m_connected && !refused)
        return; // still away: the next probe tries again
    m_connected = false;
    if (refused) {
        // The password was changed on the server: retrying it would only lock the account.
        // File → Database Connection asks for the new one.
        m_timer->stop();
    } else {
        m_timer->start(m_retryMs);
        error = StoreError::make(StoreError::Code::ConnectionLost,
                                 StoreError::describe(StoreError::Code::ConnectionLost, m_db.spec().displayName()),
                                 error.detail);
    }
    emit lost(error);
}

} // namespace rr
