// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL server that ctest starts for tests under pg/ (tests/support/pg-server.sh): reads
// its address and makes a fresh, uniquely named database per test, dropped afterwards.
#pragma once

#include "store/Database.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace rr::test {

class PgTestServer
{
public:
    PgTestServer()
    {
        QFile f(QStringLiteral(REDROSTER_PG_ENV));
        if (!f.open(QIODevice::ReadOnly))
            return;
        QHash<QString, QString> env;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const int eq = line.indexOf('=');
            if (eq > 0)
                env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
        }
        m_base.backend = Backend::Postgres;
        m_base.host = env.value(QStringLiteral("REDROSTER_TEST_PG_HOST"));
        m_base.port = env.value(QStringLiteral("REDROSTER_TEST_PG_PORT")).toInt();
        m_base.user = env.value(QStringLiteral("REDROSTER_TEST_PG_USER"));
        m_base.database = env.value(QStringLiteral("REDROSTER_TEST_PG_DB"));
        m_available = !m_base.host.isEmpty() && m_base.port > 0;
    }

    ~PgTestServer()
    {
        for (const QString &name : std::as_const(m_created))
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
    }

    bool isAvailable() const { return m_available; }
    QString why() const { return QStringLiteral("no test server: %1 missing (run through ctest)").arg(QStringLiteral(REDROSTER_PG_ENV)); }

    // A new empty database on the server.
    ConnectionSpec freshDatabase()
    {
        const QString name = QStringLiteral("rr_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
        admin(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(name));
        m_created << name;
        ConnectionSpec spec = m_base;
        spec.database = name;
        return spec;
    }

    QString lastError() const { return m_lastError; }

    // Restarts the server on the same port (pg-server.sh restart): every connection is cut.
    // The tests on the server run one at a time (RESOURCE_LOCK), so no other test sees it.
    bool restart()
    {
        const QString envFile = QStringLiteral(REDROSTER_PG_ENV);
        const QString dir = envFile.left(envFile.lastIndexOf(QLatin1Char('/')));
        QProcess p;
        p.start(QStringLiteral(REDROSTER_SOURCE_DIR "/tests/support/pg-server.sh"), {QStringLiteral("restart"), dir});
        if (!p.waitForFinished(90000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_lastError = QString::fromLocal8Bit(p.readAllStandardError());
            return false;
        }
        QSqlDatabase::database(QStringLiteral("pg-admin"), false).close(); // cut by the restart
        return true;
    }

    // Runs a statement as the server's superuser (roles for a test); names come from the test.
    bool admin(const QString &sql)
    {
        QSqlDatabase db = QSqlDatabase::contains(QStringLiteral("pg-admin"))
            ? QSqlDatabase::database(QStringLiteral("pg-admin"))
            : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-admin"));
        if (!db.isOpen()) {
            db.setHostName(m_base.host);
            db.setPort(m_base.port);
            db.setUserName(m_base.user);
            db.setDatabaseName(m_base.database);
            if (!db.open()) {
                m_lastError = db.lastError().text();
                return false;
            }
        }
        QSqlQuery q(db);
        // Names are generated above, never user input.
        if (!q.exec(sql)) {
            m_lastError = q.lastError().text();
            return false;
        }
        return true;
    }

private:
    ConnectionSpec m_base;
    bool m_available = false;
    QStringList m_created;
    QString m_lastError;
};

} // namespace rr::test
