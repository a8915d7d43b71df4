// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TeamRoles.h"

#include "store/Database.h"
#include "store/SqlRunner.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace rr::TeamRoles {

namespace {

const QString kViewer = QStringLiteral("redroster_viewer");
const QString kEditor = QStringLiteral("redroster_editor");

QString groupOf(Role role)
{
    return role == Role::Editor ? kEditor : kViewer;
}

// DDL takes no bound values: the server itself quotes the name (format %I) into the statement,
// and the statement then runs. Names reach here only after isValidUserName or from the constants.
bool runFormatted(SqlRunner &run, const Database &db, const QString &pattern, const QVariantList &binds)
{
    QSqlQuery build(db.sql());
    if (!run.exec(build, QStringLiteral("SELECT format(%1)").arg(pattern), binds) || !build.next())
        return false;
    const QString statement = build.value(0).toString();
    build.finish();
    QSqlQuery q(db.sql());
    return q.exec(statement) || run.fail(q); // not prepared: PostgreSQL prepares no DDL
}

bool roleExists(SqlRunner &run, const Database &db, const QString &name, bool *exists)
{
    QSqlQuery q(db.sql());
    if (!run.exec(q, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {name}))
        return false;
    *exists = q.next();
    return true;
}

} // namespace

bool isValidUserName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return re.match(name).hasMatch() && name != kViewer && name != kEditor && !name.startsWith(QLatin1String("pg_"));
}

bool setUp(const Database &db, StoreError *error)
{
    if (db.dialect().backend() != Backend::Postgres) {
        if (error)
            *error = StoreError::make(StoreError::Code::Query, QStringLiteral("roles exist only on a PostgreSQL server"));
        return false;
    }
    SqlRunner run(db, error, QStringLiteral("team roles"));
    for (const QString &group : {kViewer, kEditor}) {
        bool exists = false;
        if (!roleExists(run, db, group, &exists))
            return false;
        if (!exists && !runFormatted(run, db, QStringLiteral("'CREATE ROLE %I NOLOGIN', ?::text"), {group}))
            return false;
    }
    QSqlQuery q(db.sql());
    const QStringList grants{
        QStringLiteral("'GRANT USAGE ON SCHEMA public TO %I, %I', ?::text, ?::text"),
        QStringLiteral("'GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I, %I', ?::text, ?::text"),
        QStringLiteral("'GRANT TEMPORARY ON DATABASE %I TO %I, %I', current_database(), ?::text, ?::text"),
    };
    for (const QString &grant : grants)
        if (!runFormatted(run, db, grant, {kViewer, kEditor}))
            return false;
    const QStringList editorGrants{
        QStringLiteral("'GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', ?::text"),
        QStringLiteral("'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', ?::text"),
    };
    for (const QString &grant : editorGrants)
        if (!runFormatted(run, db, grant, {kEditor}))
            return false;
    // Tables a later upgrade adds are created by the schema's owner (who upgrades): its default
    // privileges, not those of whoever runs this, must grant them.
    QSqlQuery owner(db.sql());
    if (!run.exec(owner, QStringLiteral("SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'meta'"))
        || !owner.next())
        return run.fail(owner);
    const QString schemaOwner = owner.value(0).toString();
    owner.finish();
    return runFormatted(run, db,
                        QStringLiteral("'ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT ON TABLES TO %I, %I', "
                                       "?::text, ?::text, ?::text"),
                        {schemaOwner, kViewer, kEditor})
        && runFormatted(run, db,
                        QStringLiteral("'ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT INSERT, UPDATE, DELETE "
                                       "ON TABLES TO %I', ?::text, ?::text"),
                        {schemaOwner, kEditor})
        && runFormatted(run, db,
                        QStringLiteral("'ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES "
                                       "TO %I', ?::text, ?::text"),
                        {schemaOwner, kEditor});
}

bool assign(const Database &db, const QString &user, Role role, StoreError *error)
{
    if (!isValidUserName(user)) {
        if (error)
            *error = StoreError::make(StoreError::Code::Query,
                                      StoreError::tr("\"%1\" is not a user name the server accepts unquoted: use "
                                                     "lower-case letters, digits and _.").arg(user));
        return false;
    }
    if (!setUp(db, error))
        return false;
    SqlRunner run(db, error, QStringLiteral("team roles"));
    bool exists = false;
    if (!roleExists(run, db, user, &exists))
        return false;
    if (!exists && !runFormatted(run, db, QStringLiteral("'CREATE ROLE %I LOGIN', ?::text"), {user}))
        return false;
    const QString other = role == Role::Editor ? kViewer : kEditor;
    QSqlQuery member(db.sql()); // REVOKE of a membership that does not exist warns on stderr
    if (!run.exec(member, QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                           "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ? AND g.rolname = ?)"),
                  {user, other}) || !member.next())
        return run.fail(member);
    const bool inOther = member.value(0).toBool();
    member.finish();
    if (inOther && !runFormatted(run, db, QStringLiteral("'REVOKE %I FROM %I', ?::text, ?::text"), {other, user}))
        return false;
    return runFormatted(run, db, QStringLiteral("'GRANT %I TO %I', ?::text, ?::text"), {groupOf(role), user});
}

QList<Member> members(const Database &db, StoreError *error)
{
    QList<Member> out;
    if (db.dialect().backend() != Backend::Postgres)
        return out;
    SqlRunner run(db, error, QStringLiteral("team roles"));
    QSqlQuery q(db.sql());
    if (!run.exec(q, QStringLiteral("SELECT u.rolname, g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                    "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname IN (?, ?) ORDER BY u.rolname"),
                  {kViewer, kEditor}))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString() == kEditor ? Role::Editor : Role::Viewer});
    return out;
}

bool canEdit(const Database &db)
{
    if (db.dialect().backend() != Backend::Postgres)
        return true;
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT has_table_privilege('creators', 'UPDATE')")) && q.next() && q.value(0).toBool();
}

} // namespace rr::TeamRoles
