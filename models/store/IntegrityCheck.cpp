// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/IntegrityCheck.h"

#include "domain/Creator.h"
#include "domain/Status.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace rr {

namespace {

using Problem = IntegrityReport::Problem;
using Kind = IntegrityReport::Problem::Kind;

constexpr int kindCount = 4;

bool fail(IntegrityReport &report, const Database &db, const QSqlQuery &q)
{
    if (!report.error)
        report.error = db.errorFrom(q.lastError());
    return false;
}

void add(IntegrityReport &report, Kind kind, const QString &table, qint64 rowId, const QString &message)
{
    report.problems.append({kind, table, rowId, message});
}

bool checkSqlite(IntegrityReport &report, const Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return fail(report, db, q);
    while (q.next())
        report.integrityLines << q.value(0).toString();
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return fail(report, db, q);
    while (q.next())
        report.foreignKeyViolations.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
    return true;
}

bool countRows(IntegrityReport &report, const Database &db)
{
    const QStringList existing = db.sql().tables(QSql::Tables);
    QSqlQuery q(db.sql());
    for (const TableDef &table : currentSchema().tables) { // whitelist: names from the schema description
        if (!existing.contains(table.name, Qt::CaseInsensitive)) {
            report.rowCounts.append({table.name, -1});
            add(report, Kind::MissingTable, table.name, 0, IntegrityCheck::tr("table %1 is missing").arg(table.name));
            continue;
        }
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(db.dialect().quote(table.name))) || !q.next())
            return fail(report, db, q);
        report.rowCounts.append({table.name, q.value(0).toLongLong()});
    }
    return true;
}

QString creatorLabel(qint64 id, const QString &handle, const QString &nickname)
{
    QString label = IntegrityCheck::tr("creator %1").arg(id);
    if (!handle.isEmpty())
        label += QStringLiteral(" @") + handle;
    if (!nickname.isEmpty())
        label += QStringLiteral(" (") + nickname + QLatin1Char(')');
    return label;
}

bool checkFollowers(IntegrityReport &report, const Database &db)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    const bool ran = q.exec(QStringLiteral(
        "SELECT c.id, c.handle, c.nickname, c.followers, s.followers, s.as_of FROM creators c "
        "JOIN follower_snapshots s ON s.id = (SELECT s2.id FROM follower_snapshots s2 WHERE s2.creator_id = c.id "
        "ORDER BY s2.as_of DESC, s2.id DESC LIMIT 1) "
        "WHERE c.followers IS NULL OR c.followers <> s.followers ORDER BY c.id"));
    if (!ran)
        return fail(report, db, q);
    const QLocale locale;
    while (q.next()) {
        const QString stored = q.value(3).isNull() ? IntegrityCheck::tr("none") : locale.toString(q.value(3).toLongLong());
        add(report, Kind::FollowersMismatch, QStringLiteral("creators"), q.value(0).toLongLong(),
            IntegrityCheck::tr("%1: followers %2, latest snapshot %3 (%4)")
                .arg(creatorLabel(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()), stored,
                     locale.toString(q.value(4).toLongLong()), q.value(5).toString()));
    }
    return true;
}

bool checkSearchText(IntegrityReport &report, const Database &db)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, handle, nickname, real_name, notes, search_text FROM creators ORDER BY id")))
        return fail(report, db, q);
    while (q.next()) {
        Creator c;
        c.handle = q.value(1).toString();
        c.nickname = q.value(2).toString();
        c.realName = q.value(3).toString();
        c.notes = q.value(4).toString();
        if (c.searchText() != q.value(5).toString())
            add(report, Kind::SearchTextMismatch, QStringLiteral("creators"), q.value(0).toLongLong(),
                IntegrityCheck::tr("%1: search text is out of date")
                    .arg(creatorLabel(q.value(0).toLongLong(), c.handle, c.nickname)));
    }
    return true;
}

bool checkStatuses(IntegrityReport &report, const Database &db)
{
    QStringList marks;
    for (size_t i = 0; i < allStatuses.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, handle, nickname, status FROM creators WHERE status IS NULL OR status NOT IN (%1) "
                             "ORDER BY id").arg(marks.join(QLatin1Char(','))));
    for (Status s : allStatuses)
        q.addBindValue(StatusText::key(s));
    if (!q.exec())
        return fail(report, db, q);
    while (q.next())
        add(report, Kind::UnknownStatus, QStringLiteral("creators"), q.value(0).toLongLong(),
            IntegrityCheck::tr("%1: unknown status \"%2\"")
                .arg(creatorLabel(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()),
                     q.value(3).toString()));
    return true;
}

} // namespace

bool IntegrityReport::integrityOk() const
{
    return integrityLines.isEmpty() || integrityLines == QStringList{QStringLiteral("ok")};
}

bool IntegrityReport::ok() const
{
    return !error && schemaVersion == currentVersion && integrityOk() && foreignKeyViolations.isEmpty()
           && problems.isEmpty();
}

int IntegrityReport::count(Problem::Kind kind) const
{
    int n = 0;
    for (const Problem &p : problems)
        n += p.kind == kind ? 1 : 0;
    return n;
}

qint64 IntegrityReport::rows(const QString &table) const
{
    for (const TableCount &t : rowCounts) {
        if (t.table == table)
            return t.rows;
    }
    return -1;
}

IntegrityReport IntegrityCheck::run(Database &db)
{
    IntegrityReport report;
    report.target = db.spec().displayName();
    report.schemaVersion = db.schemaVersion();
    report.currentVersion = currentSchema().version;
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        q.addBindValue(QStringLiteral("schema_version"));
        if (q.exec() && q.next())
            report.schemaVersion = q.value(0).toString().toInt();
    }
    if (db.dialect().backend() == Backend::Sqlite && !checkSqlite(report, db))
        return report;
    if (!countRows(report, db))
        return report;
    if (report.count(Kind::MissingTable) > 0)
        return report; // our own checks need every table
    if (checkFollowers(report, db) && checkSearchText(report, db))
        checkStatuses(report, db);
    return report;
}

QString IntegrityReport::toText() const
{
    const QLocale locale;
    QString out;
    auto line = [&out](const QString &text) { out += text + QLatin1Char('\n'); };
    line(IntegrityCheck::tr("RedRoster database check: %1").arg(target));
    line(schemaVersion == currentVersion
             ? IntegrityCheck::tr("Schema version: %1 (this build: %2), up to date").arg(schemaVersion).arg(currentVersion)
             : IntegrityCheck::tr("Schema version: %1 (this build: %2), MISMATCH").arg(schemaVersion).arg(currentVersion));
    if (integrityLines.isEmpty())
        line(IntegrityCheck::tr("SQLite integrity check: not run"));
    else if (integrityOk())
        line(IntegrityCheck::tr("SQLite integrity check: ok"));
    else {
        line(IntegrityCheck::tr("SQLite integrity check: %n problem(s)", nullptr, int(integrityLines.size())));
        for (const QString &l : integrityLines.mid(0, IntegrityCheck::maxListedPerKind))
            line(QStringLiteral("  ") + l);
    }
    if (foreignKeyViolations.isEmpty()) {
        line(IntegrityCheck::tr("Foreign keys: ok"));
    } else {
        line(IntegrityCheck::tr("Foreign keys: %n row(s) point at missing rows", nullptr, int(foreignKeyViolations.size())));
        for (const auto &v : foreignKeyViolations.mid(0, IntegrityCheck::maxListedPerKind))
            line(QStringLiteral("  ") + IntegrityCheck::tr("%1 row %2 → missing %3").arg(v.table).arg(v.rowId).arg(v.parent));
    }
    line(IntegrityCheck::tr("Rows per table:"));
    int width = 0;
    for (const TableCount &t : rowCounts)
        width = std::max(width, int(t.table.size()));
    for (const TableCount &t : rowCounts)
        line(QStringLiteral("  %1  %2").arg(t.table, -width)
                 .arg(t.rows < 0 ? IntegrityCheck::tr("missing") : locale.toString(t.rows), 10));

    struct Section { Problem::Kind kind; const char *title; };
    static const Section sections[kindCount] = {
        {Kind::MissingTable, QT_TRANSLATE_NOOP("rr::IntegrityCheck", "All tables present")},
        {Kind::FollowersMismatch, QT_TRANSLATE_NOOP("rr::IntegrityCheck", "Followers equal the latest snapshot")},
        {Kind::SearchTextMismatch, QT_TRANSLATE_NOOP("rr::IntegrityCheck", "Search text up to date")},
        {Kind::UnknownStatus, QT_TRANSLATE_NOOP("rr::IntegrityCheck", "Statuses known")},
    };
    line(IntegrityCheck::tr("Consistency:"));
    for (const Section &s : sections) {
        const int n = count(s.kind);
        const QString title = IntegrityCheck::tr(s.title);
        if (n == 0) {
            line(QStringLiteral("  ") + IntegrityCheck::tr("%1: ok").arg(title));
            continue;
        }
        line(QStringLiteral("  ") + IntegrityCheck::tr("%1: %n problem(s)", nullptr, n).arg(title));
        int listed = 0;
        for (const Problem &p : problems) {
            if (p.kind != s.kind)
                continue;
            if (listed++ == IntegrityCheck::maxListedPerKind) {
                line(QStringLiteral("    ") + IntegrityCheck::tr("… and %n more", nullptr, n - IntegrityCheck::maxListedPerKind));
                break;
            }
            line(QStringLiteral("    ") + p.message);
        }
    }
    if (error)
        line(IntegrityCheck::tr("Check stopped: %1 (%2)").arg(error.message, error.detail));
    line(ok() ? IntegrityCheck::tr("Result: OK") : IntegrityCheck::tr("Result: PROBLEMS FOUND"));
    return out;
}

} // namespace rr
