// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ChangeFeed.h"

#include "store/Database.h"
#include "store/OwnBackends.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace rr {

ChangeFeed::ChangeFeed(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(300);
    connect(m_coalesce, &QTimer::timeout, this, [this] {
        QSet<QString> tables;
        if (!m_unknownPending)
            tables = m_pending;
        m_pending.clear();
        m_unknownPending = false;
        emit changed(tables);
    });
    m_poll = new QTimer(this);
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
    start();
}

ChangeFeed::~ChangeFeed()
{
    QSqlDatabase sql = m_db.sql();
    if (m_active && m_db.spec().backend == Backend::Postgres && sql.isOpen())
        sql.driver()->unsubscribeFromNotification(QString::fromLatin1(kChannel));
}

void ChangeFeed::setDelay(int delayMs)
{
    m_coalesce->setInterval(delayMs);
}

void ChangeFeed::setPollInterval(int intervalMs)
{
    m_poll->setInterval(intervalMs);
}

void ChangeFeed::start()
{
    QSqlDatabase sql = m_db.sql();
    if (m_db.spec().backend == Backend::Postgres) {
        QSqlDriver *driver = sql.driver();
        // A reconnected driver is a new subscriber: drop the old connection of our slot first.
        disconnect(driver, &QSqlDriver::notification, this, nullptr);
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    onNotification(name, int(source), payload);
                });
        QSqlQuery token(sql);
        token.prepare(QStringLiteral("SELECT current_setting(?, true)"));
        token.addBindValue(QString::fromLatin1(OwnBackends::kSetting));
        m_ownToken = token.exec() && token.next() ? token.value(0).toString() : QString();
        const QString channel = QString::fromLatin1(kChannel);
        if (driver->subscribedToNotifications().contains(channel))
            driver->unsubscribeFromNotification(channel);
        m_active = driver->subscribeToNotification(channel);
        return;
    }
    QSqlQuery q(sql);
    m_active = q.exec(QStringLiteral("PRAGMA data_version")) && q.next();
    if (m_active) {
        m_dataVersion = q.value(0).toLongLong();
        m_poll->start();
    }
}

void ChangeFeed::restart()
{
    m_poll->stop();
    start();
}

void ChangeFeed::onNotification(const QString &name, int source, const QVariant &payload)
{
    if (name != QLatin1String(kChannel) || source == QSqlDriver::SelfSource)
        return; // our own commit: the screen that made it has shown it already
    // "table family-token": a commit of one of this program's other connections (an import's
    // worker) is ours too, even when that connection has been closed since.
    const QString text = payload.toString();
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space > 0 && !m_ownToken.isEmpty() && QStringView(text).mid(space + 1) == m_ownToken)
        return;
    m_pending.insert(space > 0 ? text.left(space) : text);
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void ChangeFeed::catchUp()
{
    if (m_db.spec().backend == Backend::Postgres || !m_active)
        return;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    m_dataVersion = q.value(0).toLongLong();
    m_unknownPending = false;
    if (m_pending.isEmpty())
        m_coalesce->stop();
}

void ChangeFeed::poll()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    m_unknownPending = true;
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

bool ChangeFeed::installFunction(QSqlDatabase &db, const Dialect &dialect, QString *error)
{
    if (dialect.backend() != Backend::Postgres)
        return true;
    QSqlQuery q(db);
    // The channels and the setting come from here, never from input. The legacy channel keeps
    // the table's name alone for apps of schema 4 still running; the new one adds the committing
    // program's token, which tells this program's own worker connections apart.
    const QString function = QStringLiteral(
        "CREATE OR REPLACE FUNCTION redroster_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN PERFORM pg_notify('%1', TG_TABLE_NAME); "
        "PERFORM pg_notify('%2', TG_TABLE_NAME || ' ' || coalesce(current_setting('%3', true), '')); "
        "RETURN NULL; END $$")
                                 .arg(QLatin1String(kLegacyChannel), QLatin1String(kChannel),
                                      QLatin1String(OwnBackends::kSetting));
    if (!q.exec(function)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool ChangeFeed::install(QSqlDatabase &db, const Dialect &dialect, const QStringList &tables, QString *error)
{
    if (dialect.backend() != Backend::Postgres)
        return true;
    if (!installFunction(db, dialect, error))
        return false;
    QSqlQuery q(db);
    for (const QString &table : tables) {
        const QString trigger = dialect.quote(QStringLiteral("redroster_notify_") + table);
        if (!q.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(trigger, dialect.quote(table)))
            || !q.exec(QStringLiteral("CREATE TRIGGER %1 AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %2 "
                                      "FOR EACH STATEMENT EXECUTE FUNCTION redroster_notify_change()")
                           .arg(trigger, dialect.quote(table)))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace rr
