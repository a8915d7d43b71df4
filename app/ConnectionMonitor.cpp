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
    m_probe = new QTcpSocket(this);
    connect(m_probe, &QTcpSocket::connected, this, [this] {
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
        tryReconnect();
    });
    connect(m_probe, &QTcpSocket::errorOccurred, this, [this] {
        m_probe->deleteLater();
        m_probe = nullptr;
    });
    m_probe->connectToHost(m_db.spec().host, quint16(m_db.spec().port));
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
    if (m_connected) {
        m_connected = false;
        m_timer->start(m_retryMs);
        if (error.code != StoreError::Code::LoginRefused)
            error = StoreError::make(StoreError::Code::ConnectionLost,
                                     StoreError::describe(StoreError::Code::ConnectionLost, m_db.spec().displayName()),
                                     error.detail);
        emit lost(error);
    }
}

} // namespace rr
