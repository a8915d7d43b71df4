// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreError.h"

#include <QObject>

class QTcpSocket;
class QTimer;

namespace rr {

class Database;

// Watches a team server's connection: a cheap query every few seconds while idle; when the
// server restarted or the network went away it reports lost(), tries to connect again every few
// seconds and reports restored() once it answers. The screens keep what the user typed; writes
// made meanwhile fail with "connection lost" and nothing half-written stays on the server (the
// server rolls back the transaction of a connection that broke).
class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionMonitor(Database &db, QObject *parent = nullptr);

    bool isConnected() const { return m_connected; }
    // Checks at once and, if lost, tries to reconnect once: for a save about to be made.
    bool ensureConnected();
    void setIntervals(int checkMs, int retryMs);

signals:
    void lost(const rr::StoreError &error);
    // The connection was opened again (after lost(), or at once after a quick server restart).
    void restored();

private:
    void check();
    void tryReconnect();

    Database &m_db;
    QTimer *m_timer = nullptr;
    QTcpSocket *m_probe = nullptr;
    bool m_connected = true;
    int m_checkMs = 5000;
    int m_retryMs = 3000;
};

} // namespace rr
