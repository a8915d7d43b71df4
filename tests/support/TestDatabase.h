// SPDX-License-Identifier: GPL-3.0-or-later
// Scratch databases for the repository-level tests, on either backend with the same test code:
// by default SQLite files in a temporary folder; with REDROSTER_TEST_BACKEND=postgres (the
// `<test>_postgres` ctest entries, tests/CMakeLists.txt) fresh databases on the loopback test
// server (PgTestServer), dropped again when this object goes. A test names each database it
// wants; the same name gives the same database again (for tests that close and reopen it).
#pragma once

#include "PgTestServer.h"

#include "store/Database.h"

#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtGlobal>

#include <memory>

namespace rr::test {

class TestDatabase
{
public:
    // Whether this run is the PostgreSQL variant of a test.
    static bool isPostgres()
    {
        return qEnvironmentVariable("REDROSTER_TEST_BACKEND").compare(QLatin1String("postgres"), Qt::CaseInsensitive) == 0;
    }

    TestDatabase()
    {
        if (isPostgres())
            m_pg = std::make_unique<PgTestServer>();
    }

    // Where the database called `name` lives. In postgres mode without a server (or when the
    // server refuses a new database) the spec names no database and open() fails with the
    // reason: the test fails instead of quietly running on SQLite or being skipped.
    ConnectionSpec spec(const QString &name)
    {
        if (!m_pg)
            return ConnectionSpec::sqlite(m_dir.filePath(name));
        if (const auto it = m_specs.constFind(name); it != m_specs.cend())
            return *it;
        if (!m_pg->isAvailable()) {
            m_problem = m_pg->why();
            return {};
        }
        const QString before = m_pg->lastError(); // freshDatabase() does not report a failed CREATE itself
        ConnectionSpec s = m_pg->freshDatabase();
        if (m_pg->lastError() != before) {
            m_problem = QStringLiteral("cannot create a test database: ") + m_pg->lastError();
            return {};
        }
        m_specs.insert(name, s);
        return s;
    }

    // Opens (creating on first use) the database called `name`. Null with `error` filled on
    // failure, including "no PostgreSQL test server" in postgres mode.
    std::unique_ptr<Database> open(const QString &name, StoreError *error, const OpenOptions &options = {})
    {
        const ConnectionSpec s = spec(name);
        if (m_pg && s.database.isEmpty()) {
            if (error)
                *error = StoreError::make(StoreError::Code::CannotOpen,
                                          QStringLiteral("REDROSTER_TEST_BACKEND=postgres: ") + m_problem, m_problem);
            return nullptr;
        }
        return Database::open(s, error, options);
    }

    // Deletes the database called `name` (close it first): the next open() of that name starts
    // empty again, as removing the SQLite file does.
    void remove(const QString &name)
    {
        if (!m_pg) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(m_dir.filePath(name + QLatin1String(suffix)));
            return;
        }
        if (const auto it = m_specs.constFind(name); it != m_specs.cend()) {
            // PgTestServer drops it again at the end: no "does not exist, skipping" notice then.
            m_pg->admin(QStringLiteral("SET client_min_messages TO warning"));
            m_pg->admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(it->database));
            m_specs.erase(it);
        }
    }

    // Makes the store refuse inserts into `table` (only rows where `when`, a condition on NEW, if
    // given) with the error "refused": the tests' way to make a write fail halfway through a
    // transaction. SQLite raises from the trigger itself; PostgreSQL needs a trigger function.
    // Names and conditions come from the test, never from input.
    static bool refuseInserts(const Database &db, const QString &name, const QString &table, const QString &when = {})
    {
        QSqlQuery q(db.sql());
        if (db.dialect().backend() == Backend::Sqlite)
            return q.exec(QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 %3 BEGIN SELECT RAISE(ABORT, 'refused'); END")
                              .arg(name, table, when.isEmpty() ? QString() : QStringLiteral("WHEN ") + when));
        return q.exec(QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS "
                                     "$$ BEGIN RAISE EXCEPTION 'refused'; END $$").arg(name))
               && q.exec(QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW %3 EXECUTE FUNCTION %1()")
                             .arg(name, table, when.isEmpty() ? QString() : QStringLiteral("WHEN (%1)").arg(when)));
    }
    static bool dropRefusal(const Database &db, const QString &name, const QString &table)
    {
        QSqlQuery q(db.sql());
        if (db.dialect().backend() == Backend::Sqlite)
            return q.exec(QStringLiteral("DROP TRIGGER %1").arg(name));
        return q.exec(QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table)) && q.exec(QStringLiteral("DROP FUNCTION %1()").arg(name));
    }

    // A temporary folder for other files of the test (exports, CSV input), on both backends.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestServer> m_pg; // declared after m_dir, destroyed before it
    QHash<QString, ConnectionSpec> m_specs;
    QString m_problem;
};

} // namespace rr::test
