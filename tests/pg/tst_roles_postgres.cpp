// SPDX-License-Identifier: GPL-3.0-or-later
// Viewers and editors on a team's server, enforced by PostgreSQL itself (issue 9 §5): the owner
// sets up the roles; a viewer reads but every write is refused by the server (and the app sees
// it cannot edit); an editor changes rows but not the schema.
#include "PgTestServer.h"

#include "domain/CreatorRepository.h"
#include "store/Database.h"
#include "store/TeamRoles.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace rr;

class TestRolesPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!m_server.isAvailable())
            QFAIL(qPrintable(m_server.why()));
    }
    void namesAreWhitelisted();
    void viewerReadsButCannotWrite();
    void editorWritesButCannotChangeTheSchema();
    void roleCanBeChanged();

private:
    // The owner's connection to a fresh database with one creator, and two new login names.
    void prepare();
    ConnectionSpec as(const QString &user) const
    {
        ConnectionSpec spec = m_spec;
        spec.user = user;
        return spec;
    }

    test::PgTestServer m_server;
    ConnectionSpec m_spec;
    std::unique_ptr<Database> m_owner;
    QString m_viewer;
    QString m_editor;
};

void TestRolesPostgres::prepare()
{
    m_spec = m_server.freshDatabase();
    StoreError err;
    m_owner = Database::open(m_spec, &err);
    QVERIFY2(m_owner, qPrintable(err.detail));
    CreatorRepository repo(*m_owner);
    Creator c;
    c.nickname = QStringLiteral("团队博主");
    c.handle = QStringLiteral("team_creator");
    QVERIFY2(repo.insert(c, &err), qPrintable(err.detail));
    // Login roles are server-wide: unique names per run.
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_viewer = QStringLiteral("ben_") + tag;
    m_editor = QStringLiteral("anna_") + tag;
    QVERIFY2(TeamRoles::assign(*m_owner, m_viewer, TeamRoles::Role::Viewer, &err), qPrintable(err.detail));
    QVERIFY2(TeamRoles::assign(*m_owner, m_editor, TeamRoles::Role::Editor, &err), qPrintable(err.detail));
}

void TestRolesPostgres::namesAreWhitelisted()
{
    QVERIFY(TeamRoles::isValidUserName(QStringLiteral("anna_li2")));
    for (const char *bad : {"Anna", "2anna", "anna li", "anna\"; DROP TABLE creators; --", "pg_read_all_data",
                            "redroster_editor", ""})
        QVERIFY2(!TeamRoles::isValidUserName(QString::fromUtf8(bad)), bad);
    prepare();
    if (QTest::currentTestFailed())
        return;
    StoreError err;
    QVERIFY(!TeamRoles::assign(*m_owner, QStringLiteral("x\"y"), TeamRoles::Role::Editor, &err));
    QVERIFY(err.message.contains(QLatin1String("x\"y")));
}

void TestRolesPostgres::viewerReadsButCannotWrite()
{
    prepare();
    if (QTest::currentTestFailed())
        return;
    StoreError err;
    auto db = Database::open(as(m_viewer), &err);
    QVERIFY2(db, qPrintable(err.message + QLatin1Char(' ') + err.detail));
    QVERIFY(db->isReadOnly()); // the app hides editing
    QVERIFY(!TeamRoles::canEdit(*db));
    CreatorRepository repo(*db);
    std::optional<Creator> c = repo.load(1, &err);
    QVERIFY2(c, qPrintable(err.detail));
    QCOMPARE(c->nickname, QStringLiteral("团队博主"));
    // Even if the app did not stop it, the server refuses, and says so in its own words.
    c->city = QStringLiteral("上海");
    QVERIFY(!repo.update(*c, &err));
    QCOMPARE(err.code, StoreError::Code::PermissionDenied);
    QCOMPARE(err.exitCode(), 13);
    QVERIFY(err.message.contains(m_spec.host));
    QSqlQuery q(db->sql());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM creators")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM creators")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestRolesPostgres::editorWritesButCannotChangeTheSchema()
{
    prepare();
    if (QTest::currentTestFailed())
        return;
    StoreError err;
    auto db = Database::open(as(m_editor), &err);
    QVERIFY2(db, qPrintable(err.message + QLatin1Char(' ') + err.detail));
    QVERIFY(!db->isReadOnly());
    CreatorRepository repo(*db);
    std::optional<Creator> c = repo.load(1, &err);
    QVERIFY(c);
    c->city = QStringLiteral("杭州");
    QVERIFY2(repo.update(*c, &err), qPrintable(err.detail));
    Creator added;
    added.nickname = QStringLiteral("编辑新增");
    added.handle = QStringLiteral("added_by_editor");
    QVERIFY2(repo.insert(added, &err), qPrintable(err.detail)); // the identity sequence too
    QSqlQuery q(db->sql());
    QVERIFY(!q.exec(QStringLiteral("DROP TABLE creators CASCADE")));
    QVERIFY(!q.exec(QStringLiteral("ALTER TABLE creators ADD COLUMN x INTEGER")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM creators")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestRolesPostgres::roleCanBeChanged()
{
    prepare();
    if (QTest::currentTestFailed())
        return;
    StoreError err;
    QVERIFY(TeamRoles::assign(*m_owner, m_viewer, TeamRoles::Role::Editor, &err));
    QVERIFY(TeamRoles::assign(*m_owner, m_editor, TeamRoles::Role::Viewer, &err));
    const QList<TeamRoles::Member> members = TeamRoles::members(*m_owner, &err);
    const auto roleOf = [&](const QString &user) {
        int found = 0;
        TeamRoles::Role role = TeamRoles::Role::Viewer;
        for (const TeamRoles::Member &m : members)
            if (m.user == user) {
                ++found;
                role = m.role;
            }
        return found == 1 ? int(role) : -1; // in exactly one group
    };
    QCOMPARE(roleOf(m_viewer), int(TeamRoles::Role::Editor));
    QCOMPARE(roleOf(m_editor), int(TeamRoles::Role::Viewer));
    auto db = Database::open(as(m_editor), &err);
    QVERIFY(db);
    QVERIFY(db->isReadOnly());
}

QTEST_MAIN(TestRolesPostgres)
#include "tst_roles_postgres.moc"
