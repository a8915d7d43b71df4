// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QSqlDatabase;
class QTimer;

namespace rr {

class Database;
class Dialect;

// Tells the screens that someone else changed the database, so that colleagues' edits show up
// without a restart. On a PostgreSQL server every table has a statement trigger that NOTIFYs
// the table's name and the committing program's token on commit (installed by the schema); this
// connection LISTENs and ignores its own program's commits, its import workers' included
// (OwnBackends). On an SQLite file, which has no notifications, the feed polls PRAGMA data_version, which
// moves when another connection (another RedRoster, the command line) commits; the tables are
// then unknown. Bursts are coalesced into one changed() per `delayMs`.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    // "table family-token" (schema 5). Apps of schema 4 still running listen on kLegacyChannel,
    // which keeps getting the table's name alone.
    static constexpr auto kChannel = "redroster_changes_v5";
    static constexpr auto kLegacyChannel = "redroster_changes";

    explicit ChangeFeed(Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Whether notifications (server) or polling (file) are running.
    bool isActive() const { return m_active; }
    // Subscribes again, e.g. after the connection to the server was restored.
    void restart();
    // After this program's own work on another connection (an import's worker), once the screens
    // reloaded: on a file, whose polling cannot tell whose commit it saw, everything committed so
    // far counts as shown. (A server's notifications name the committing backend instead.)
    void catchUp();
    // Coalescing delay and, for files, the polling interval.
    void setDelay(int delayMs);
    void setPollInterval(int intervalMs);

    // The schema's part (PostgreSQL only; a no-op on SQLite): a trigger on each table that
    // NOTIFYs kChannel with the table's name, once per statement, delivered on commit.
    static bool install(QSqlDatabase &db, const Dialect &dialect, const QStringList &tables, QString *error);
    // The trigger function alone (schema 5 replaced it: it also notifies kChannel with the
    // committing session's family token).
    static bool installFunction(QSqlDatabase &db, const Dialect &dialect, QString *error);

signals:
    // Tables others changed since the last signal; empty when unknown (an SQLite file).
    void changed(const QSet<QString> &tables);

private:
    void start();
    void onNotification(const QString &name, int source, const QVariant &payload);
    void poll();

    Database &m_db;
    QTimer *m_coalesce = nullptr;
    QTimer *m_poll = nullptr;
    QSet<QString> m_pending;
    bool m_unknownPending = false;
    bool m_active = false;
    qint64 m_dataVersion = -1;
    QString m_ownToken; // this program's family token on the server (OwnBackends)
};

} // namespace rr
