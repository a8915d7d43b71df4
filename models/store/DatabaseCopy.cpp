// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DatabaseCopy.h"

#include "store/Database.h"
#include "store/Schema.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <vector>

namespace rr {

namespace {

constexpr int kMaxRowsPerInsert = 128;  // as ImportWriter: one multi-row INSERT per chunk
constexpr int kMaxBindsPerInsert = 30000; // below SQLite's 32766 bound parameters

// The target's own bookkeeping, neither read from the source nor replaced: its schema version.
struct KeptRow
{
    QLatin1String table;
    QLatin1String column;
    QLatin1String value;
};
const KeptRow kKeptRows[] = {{QLatin1String("meta"), QLatin1String("key"), QLatin1String("schema_version")}};

// Tables every new database starts with rows in (the categories seeded by the schema's first
// step): rows there alone do not make a target hold data, and the source's replace them.
bool isSeeded(const QString &table)
{
    return table == QLatin1String("categories");
}

// What the copy does with one table; every identifier comes from the schema description.
struct TablePlan
{
    const TableDef *def = nullptr;
    QString quoted;
    QStringList columns;  // quoted, in schema order
    QList<int> key;       // positions of the primary key's columns
    int idColumn = -1;    // the ColumnType::Id column, if any
    QString where;        // " WHERE ..." keeping the target's bookkeeping, or empty
    QVariantList whereValues;
};

QList<int> primaryKey(const TableDef &t)
{
    static const QRegularExpression tableKey(QStringLiteral("^\\s*PRIMARY\\s+KEY\\s*\\(([^)]*)\\)"),
                                             QRegularExpression::CaseInsensitiveOption);
    const auto position = [&t](const QString &name) {
        for (size_t i = 0; i < t.columns.size(); ++i)
            if (t.columns[i].name == name)
                return int(i);
        return -1;
    };
    for (const QString &constraint : t.tableConstraints) {
        const QRegularExpressionMatch m = tableKey.match(constraint);
        if (!m.hasMatch())
            continue;
        QList<int> key;
        for (const QString &name : m.captured(1).split(QLatin1Char(',')))
            if (const int at = position(name.trimmed()); at >= 0)
                key << at;
        return key;
    }
    for (size_t i = 0; i < t.columns.size(); ++i) {
        if (t.columns[i].type == ColumnType::Id
            || t.columns[i].constraints.contains(QLatin1String("PRIMARY KEY"), Qt::CaseInsensitive))
            return {int(i)};
    }
    return {};
}

TablePlan planFor(const TableDef &t, const Dialect &dialect)
{
    TablePlan p;
    p.def = &t;
    p.quoted = dialect.quote(t.name);
    for (size_t i = 0; i < t.columns.size(); ++i) {
        p.columns << dialect.quote(t.columns[i].name);
        if (t.columns[i].type == ColumnType::Id)
            p.idColumn = int(i);
    }
    p.key = primaryKey(t);
    for (const KeptRow &kept : kKeptRows) {
        if (t.name == kept.table) {
            p.where = QStringLiteral(" WHERE %1 <> ?").arg(dialect.quote(kept.column));
            p.whereValues << QString(kept.value);
        }
    }
    return p;
}

QMetaType metaTypeOf(ColumnType type)
{
    switch (type) {
    case ColumnType::Id:
    case ColumnType::Integer:
    case ColumnType::Bool:
    case ColumnType::Money: return QMetaType::fromType<qlonglong>();
    case ColumnType::Real: return QMetaType::fromType<double>();
    case ColumnType::Text:
    case ColumnType::Date:
    case ColumnType::DateTime: return QMetaType::fromType<QString>();
    }
    return QMetaType::fromType<QString>();
}

// A source cell as the target column's type. SQLite returns whatever a cell holds (its columns
// have affinities, not types), PostgreSQL its column's type (SMALLINT flags as int): both become
// 64-bit integers, doubles or text here, NULL stays a NULL of that type, '' stays ''.
bool convert(const QVariant &in, ColumnType type, QVariant *out)
{
    const QMetaType meta = metaTypeOf(type);
    if (in.isNull()) {
        *out = QVariant(meta);
        return true;
    }
    if (meta == QMetaType::fromType<qlonglong>()) {
        bool ok = false;
        qlonglong value = 0;
        if (in.typeId() == QMetaType::Double) {
            const double d = in.toDouble();
            ok = std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.2e18;
            value = qlonglong(d);
        } else if (in.typeId() == QMetaType::QString) {
            value = in.toString().trimmed().toLongLong(&ok);
        } else {
            value = in.toLongLong(&ok);
        }
        *out = value;
        return ok;
    }
    if (meta == QMetaType::fromType<double>()) {
        bool ok = false;
        const double d = in.typeId() == QMetaType::QString ? in.toString().trimmed().toDouble(&ok) : in.toDouble(&ok);
        *out = d;
        return ok && std::isfinite(d);
    }
    QString text = in.typeId() == QMetaType::QByteArray ? QString::fromUtf8(in.toByteArray()) : in.toString();
    if (text.isNull())
        text = QStringLiteral(""); // a null QString would be bound as NULL
    *out = text;
    return true;
}

QString insertSql(const TablePlan &p, int rows)
{
    QStringList marks;
    for (int i = 0; i < p.columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString one = QLatin1Char('(') + marks.join(QLatin1String(", ")) + QLatin1Char(')');
    QStringList all;
    for (int i = 0; i < rows; ++i)
        all << one;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(p.quoted, p.columns.join(QLatin1String(", ")), all.join(QLatin1String(", ")));
}

// One copy, from the checks to the commit.
class Copier
{
public:
    Copier(const Database &from, const Database &to, const DatabaseCopy::Progress &progress, StoreError *error,
           CopySummary *summary)
        : m_from(from), m_to(to), m_progress(progress), m_error(error), m_summary(summary), m_write(to)
    {
    }
    ~Copier() { endSnapshot(); }

    bool run();

private:
    QString source() const { return m_from.spec().displayName(); }
    QString target() const { return m_to.spec().displayName(); }
    bool fail(const StoreError &e)
    {
        *m_error = e;
        return false;
    }
    // A failed statement aborts a PostgreSQL transaction: it is ended at once, so that the
    // prepared statements still open can be freed without the driver warning.
    bool failSql(const Database &db, const QSqlError &e)
    {
        fail(db.errorFrom(e));
        if (&db != &m_to)
            endSnapshot();
        else if (m_write.isActive())
            m_write.rollback();
        return false;
    }
    QString rowName(const TablePlan &p, const QVariantList &row) const;
    bool exec(const Database &db, QSqlQuery &q, const QString &sql, const QVariantList &values = {});

    bool checkSchemas();
    bool checkTargetEmpty();
    bool checkCounters();
    bool beginSnapshot();
    void endSnapshot();
    bool countSource(qint64 *total);
    bool copyTable(size_t index);
    bool insertChunk(const TablePlan &p, QList<QVariantList> &rows, QSqlQuery &full);
    bool failedRow(const TablePlan &p, const QList<QVariantList> &rows, const QSqlError &chunkError);
    bool tick();
    bool verifyCounts();
    bool resetCounters();

    const Database &m_from;
    const Database &m_to;
    const DatabaseCopy::Progress &m_progress;
    StoreError *m_error;
    CopySummary *m_summary;
    WriteTransaction m_write;
    std::vector<TablePlan> m_plans;
    std::vector<qint64> m_sourceRows;
    bool m_snapshot = false;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

bool Copier::exec(const Database &db, QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        for (int i = 0; ok && i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        ok = ok && q.exec();
    }
    return ok || failSql(db, q.lastError());
}

QString Copier::rowName(const TablePlan &p, const QVariantList &row) const
{
    QStringList parts;
    for (int at : p.key)
        parts << QStringLiteral("%1 %2").arg(p.def->columns[size_t(at)].name, row.value(at).toString());
    return parts.isEmpty() ? DatabaseCopy::tr("(no key)") : parts.join(QLatin1String(", "));
}

bool Copier::run()
{
    if (m_from.spec().backend == m_to.spec().backend && source() == target())
        return fail(StoreError::make(StoreError::Code::Query,
                                     DatabaseCopy::tr("%1 cannot be copied onto itself.").arg(source())));
    if (!checkSchemas())
        return false;
    if (m_to.isReadOnly()) {
        const StoreError::Code code = m_to.spec().backend == Backend::Postgres ? StoreError::Code::PermissionDenied
                                                                              : StoreError::Code::ReadOnly;
        return fail(StoreError::make(code, StoreError::describe(code, target()),
                                     QStringLiteral("copy: the target is open read-only")));
    }
    QString problem;
    const QStringList order = DatabaseCopy::tableOrder(m_from.schema(), &problem);
    if (order.isEmpty())
        return fail(StoreError::make(StoreError::Code::Query, problem));
    for (const QString &name : order)
        m_plans.push_back(planFor(*m_from.schema().table(name), m_to.dialect()));

    if (!m_write.begin(m_error) || !checkTargetEmpty() || !checkCounters() || !beginSnapshot()
        || !countSource(&m_total) || !tick())
        return false;
    for (size_t i = 0; i < m_plans.size(); ++i)
        if (!copyTable(i))
            return false;
    endSnapshot();
    if (!verifyCounts() || !resetCounters())
        return false;
    if (!m_write.commit(m_error)) {
        m_error->message = DatabaseCopy::tr("Finishing the copy into %1 failed, so nothing was copied.").arg(target())
                           + QLatin1Char(' ') + m_error->message;
        return false;
    }
    return true;
}

bool Copier::checkSchemas()
{
    const int fromVersion = m_from.schemaVersion();
    const int toVersion = m_to.schemaVersion();
    if (fromVersion == toVersion && fromVersion == m_from.schema().version && toVersion == m_to.schema().version)
        return true;
    return fail(StoreError::make(
        StoreError::Code::MigrationFailed,
        DatabaseCopy::tr("%1 has schema version %2 and %3 version %4: open both with this version of RedRoster "
                         "(which upgrades them) before copying.")
            .arg(source()).arg(fromVersion).arg(target()).arg(toVersion),
        QStringLiteral("copy: schema %1 -> %2, this build %3").arg(fromVersion).arg(toVersion).arg(m_from.schema().version)));
}

bool Copier::checkTargetEmpty()
{
    for (const TablePlan &p : m_plans) {
        if (isSeeded(p.def->name))
            continue;
        QSqlQuery q(m_to.sql());
        if (!exec(m_to, q, QStringLiteral("SELECT 1 FROM %1%2 LIMIT 1").arg(p.quoted, p.where), p.whereValues))
            return false;
        if (!q.next())
            continue;
        q.finish();
        QString what = DatabaseCopy::tr("rows in its table %1").arg(p.def->name);
        if (QSqlQuery c(m_to.sql()); c.exec(QStringLiteral("SELECT count(*) FROM creators")) && c.next()
                                     && c.value(0).toLongLong() > 0)
            what = DatabaseCopy::tr("%n creator(s)", nullptr, int(c.value(0).toLongLong()));
        return fail(StoreError::make(
            StoreError::Code::Query,
            DatabaseCopy::tr("%1 already holds data (%2). Copy into a new, empty database instead: RedRoster never "
                             "merges two databases. Nothing was changed.")
                .arg(target(), what),
            QStringLiteral("copy: target table %1 is not empty").arg(p.def->name)));
    }
    return true;
}

bool Copier::checkCounters()
{
    if (m_to.dialect().backend() != Backend::Postgres)
        return true;
    for (const TablePlan &p : m_plans) {
        if (p.idColumn < 0)
            continue;
        QSqlQuery q(m_to.sql());
        if (!exec(m_to, q, QStringLiteral("SELECT has_sequence_privilege(pg_get_serial_sequence(?, ?), 'UPDATE')"),
                  {p.quoted, p.def->columns[size_t(p.idColumn)].name}))
            return false;
        if (!q.next() || q.value(0).isNull())
            return fail(StoreError::make(StoreError::Code::Query,
                                         DatabaseCopy::tr("Table %1 of %2 has no id counter.").arg(p.def->name, target())));
        if (!q.value(0).toBool())
            return fail(StoreError::make(
                StoreError::Code::PermissionDenied,
                DatabaseCopy::tr("Only the owner of %1 can copy a database into it: the copy moves its id counters "
                                 "past the copied ids, which other roles may not do. Nothing was changed.")
                    .arg(target()),
                QStringLiteral("copy: no UPDATE privilege on the id sequence of %1").arg(p.def->name)));
    }
    return true;
}

bool Copier::beginSnapshot()
{
    // One snapshot for every table, so rows a colleague adds meanwhile never arrive half.
    QSqlQuery q(m_from.sql());
    const QString begin = m_from.dialect().backend() == Backend::Postgres
        ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        : QStringLiteral("BEGIN");
    if (!exec(m_from, q, begin))
        return false;
    m_snapshot = true;
    return true;
}

void Copier::endSnapshot()
{
    if (m_snapshot)
        QSqlQuery(m_from.sql()).exec(QStringLiteral("ROLLBACK"));
    m_snapshot = false;
}

bool Copier::countSource(qint64 *total)
{
    for (const TablePlan &p : m_plans) {
        QSqlQuery q(m_from.sql());
        if (!exec(m_from, q, QStringLiteral("SELECT count(*) FROM %1%2").arg(p.quoted, p.where), p.whereValues))
            return false;
        if (!q.next())
            return failSql(m_from, q.lastError());
        m_sourceRows.push_back(q.value(0).toLongLong());
        *total += m_sourceRows.back();
    }
    return true;
}

bool Copier::tick()
{
    if (!m_progress || m_progress(m_done, m_total))
        return true;
    m_summary->cancelled = true;
    return fail(StoreError::make(StoreError::Code::None,
                                 DatabaseCopy::tr("The copy was cancelled; %1 was left as it was.").arg(target())));
}

bool Copier::copyTable(size_t index)
{
    const TablePlan &p = m_plans[index];
    // Whatever the target's triggers derived from the tables copied so far (post_facts), and the
    // categories a new database starts with, make way for the source's rows.
    QSqlQuery clear(m_to.sql());
    if (!exec(m_to, clear, QStringLiteral("DELETE FROM %1%2").arg(p.quoted, p.where), p.whereValues))
        return false;

    QStringList order;
    for (int at : p.key)
        order << p.columns.at(at);
    QSqlQuery src(m_from.sql());
    src.setForwardOnly(true);
    if (!exec(m_from, src,
              QStringLiteral("SELECT %1 FROM %2%3%4")
                  .arg(p.columns.join(QLatin1String(", ")), p.quoted, p.where,
                       order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + order.join(QLatin1String(", "))),
              p.whereValues)) {
        m_error->message = DatabaseCopy::tr("Reading table %1 of %2 failed, so nothing was copied.").arg(p.def->name, source())
                           + QLatin1Char(' ') + m_error->message;
        return false;
    }

    const int width = int(p.columns.size());
    const int chunk = std::max(1, std::min(kMaxRowsPerInsert, kMaxBindsPerInsert / width));
    QSqlQuery full(m_to.sql());
    if (!full.prepare(insertSql(p, chunk)))
        return failSql(m_to, full.lastError());
    QList<QVariantList> rows;
    rows.reserve(chunk);
    qint64 copied = 0;
    while (src.next()) {
        QVariantList row;
        row.reserve(width);
        for (int c = 0; c < width; ++c) {
            const QVariant raw = src.value(c);
            QVariant value;
            if (!convert(raw, p.def->columns[size_t(c)].type, &value)) {
                QVariantList rawRow;
                for (int k = 0; k < width; ++k)
                    rawRow << src.value(k);
                src.finish();
                const bool whole = metaTypeOf(p.def->columns[size_t(c)].type) == QMetaType::fromType<qlonglong>();
                return fail(StoreError::make(
                    StoreError::Code::Query,
                    DatabaseCopy::tr("Row %1 of table %2 in %3 cannot be copied: its column %4 holds \"%5\", which is "
                                     "not %6. Nothing was copied.")
                        .arg(rowName(p, rawRow), p.def->name, source(), p.def->columns[size_t(c)].name,
                             raw.toString().left(80), whole ? DatabaseCopy::tr("a whole number") : DatabaseCopy::tr("a number")),
                    QStringLiteral("copy: %1.%2 value of type %3").arg(p.def->name, p.def->columns[size_t(c)].name,
                                                                         QString::fromLatin1(raw.typeName()))));
            }
            row << value;
        }
        rows << row;
        if (rows.size() == chunk) {
            copied += rows.size();
            if (!insertChunk(p, rows, full)) {
                src.finish();
                return false;
            }
        }
    }
    // A forward-only read ends on an error as on its last row: a server that went away mid-way
    // must fail the copy, not shorten it.
    if (src.lastError().isValid()) {
        failSql(m_from, src.lastError());
        m_error->message = DatabaseCopy::tr("Reading table %1 of %2 failed, so nothing was copied.").arg(p.def->name, source())
                           + QLatin1Char(' ') + m_error->message;
        return false;
    }
    src.finish();
    copied += rows.size();
    if (!rows.isEmpty()) {
        QSqlQuery tail(m_to.sql());
        if (!tail.prepare(insertSql(p, int(rows.size()))))
            return failSql(m_to, tail.lastError());
        if (!insertChunk(p, rows, tail))
            return false;
    }
    if (copied != m_sourceRows[index]) // the snapshot cannot change; a cut-short read can
        return fail(StoreError::make(StoreError::Code::Query,
                                     DatabaseCopy::tr("Reading table %1 of %2 gave %3 rows instead of %4, so nothing was "
                                                      "copied.")
                                         .arg(p.def->name, source()).arg(copied).arg(m_sourceRows[index])));
    m_summary->tables.append({p.def->name, copied});
    m_summary->rows += copied;
    return true;
}

bool Copier::insertChunk(const TablePlan &p, QList<QVariantList> &rows, QSqlQuery &insert)
{
    // A savepoint per chunk, so that a failed chunk can be retried row by row to name the row.
    QSqlQuery mark(m_to.sql());
    if (!exec(m_to, mark, QStringLiteral("SAVEPOINT rr_copy")))
        return false;
    int at = 0;
    for (const QVariantList &row : std::as_const(rows))
        for (const QVariant &v : row)
            insert.bindValue(at++, v);
    if (!insert.exec())
        return failedRow(p, rows, insert.lastError());
    if (!exec(m_to, mark, QStringLiteral("RELEASE SAVEPOINT rr_copy")))
        return false;
    m_done += rows.size();
    rows.clear();
    return tick();
}

bool Copier::failedRow(const TablePlan &p, const QList<QVariantList> &rows, const QSqlError &chunkError)
{
    StoreError e = m_to.errorFrom(chunkError);
    QString row = DatabaseCopy::tr("%1 to %2").arg(rowName(p, rows.first()), rowName(p, rows.last()));
    if (e.code == StoreError::Code::Query && QSqlQuery(m_to.sql()).exec(QStringLiteral("ROLLBACK TO SAVEPOINT rr_copy"))) {
        QSqlQuery one(m_to.sql());
        if (one.prepare(insertSql(p, 1))) {
            for (const QVariantList &r : rows) {
                for (int i = 0; i < r.size(); ++i)
                    one.bindValue(i, r.at(i));
                if (!one.exec()) {
                    e = m_to.errorFrom(one.lastError());
                    row = rowName(p, r);
                    break;
                }
            }
        }
    }
    const QString where = DatabaseCopy::tr("Copying row %1 of table %2 into %3 failed, so nothing was copied.")
                              .arg(row, p.def->name, target());
    e.message = e.code == StoreError::Code::Query ? where : where + QLatin1Char(' ') + e.message;
    if (m_write.isActive())
        m_write.rollback();
    return fail(e);
}

bool Copier::verifyCounts()
{
    // Triggers of a later table adding rows to an earlier one would go unnoticed otherwise.
    for (size_t i = 0; i < m_plans.size(); ++i) {
        const TablePlan &p = m_plans[i];
        QSqlQuery q(m_to.sql());
        if (!exec(m_to, q, QStringLiteral("SELECT count(*) FROM %1%2").arg(p.quoted, p.where), p.whereValues))
            return false;
        if (!q.next())
            return failSql(m_to, q.lastError());
        const qint64 there = q.value(0).toLongLong();
        if (there != m_summary->tables.at(qsizetype(i)).rows)
            return fail(StoreError::make(
                StoreError::Code::Query,
                DatabaseCopy::tr("After the copy, table %1 of %2 held %3 rows instead of the %4 copied, so nothing was "
                                 "copied.")
                    .arg(p.def->name, target()).arg(there).arg(m_summary->tables.at(qsizetype(i)).rows)));
    }
    return true;
}

bool Copier::resetCounters()
{
    // Rows inserted with their ids leave PostgreSQL's identity sequences where they were: the
    // next creator the app adds would collide with a copied one. (SQLite takes max(id) + 1.)
    // Last before the commit, as a sequence change is not undone by a rollback.
    if (m_to.dialect().backend() != Backend::Postgres)
        return true;
    for (const TablePlan &p : m_plans) {
        if (p.idColumn < 0)
            continue;
        QSqlQuery q(m_to.sql());
        if (!exec(m_to, q,
                  QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), COALESCE(max(%1), 0) + 1, false) FROM %2")
                      .arg(p.columns.at(p.idColumn), p.quoted),
                  {p.quoted, p.def->columns[size_t(p.idColumn)].name}))
            return false;
        if (!q.next() || q.value(0).isNull())
            return fail(StoreError::make(StoreError::Code::Query,
                                         DatabaseCopy::tr("Table %1 of %2 has no id counter.").arg(p.def->name, target())));
    }
    return true;
}

} // namespace

QStringList DatabaseCopy::tableOrder(const SchemaDef &schema, QString *problem)
{
    static const QRegularExpression reference(QStringLiteral("\\bREFERENCES\\s+\"?(\\w+)\"?"),
                                              QRegularExpression::CaseInsensitiveOption);
    const size_t n = schema.tables.size();
    std::vector<std::vector<size_t>> needs(n);
    const auto indexOf = [&schema](const QString &name) {
        for (size_t i = 0; i < schema.tables.size(); ++i)
            if (schema.tables[i].name == name)
                return i;
        return schema.tables.size();
    };
    for (size_t i = 0; i < n; ++i) {
        const TableDef &t = schema.tables[i];
        QStringList texts = t.tableConstraints;
        for (const ColumnDef &c : t.columns)
            texts << c.constraints;
        for (const QString &text : std::as_const(texts)) {
            QRegularExpressionMatchIterator it = reference.globalMatch(text);
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                const size_t j = indexOf(name);
                if (j == n) {
                    if (problem)
                        *problem = tr("Table %1 refers to a table %2 the schema does not have.").arg(t.name, name);
                    return {};
                }
                if (j != i) // a table referring to itself is fine in id order
                    needs[i].push_back(j);
            }
        }
    }
    QStringList order;
    std::vector<bool> placed(n, false);
    while (size_t(order.size()) < n) {
        bool progress = false;
        for (size_t i = 0; i < n && !progress; ++i) {
            if (placed[i])
                continue;
            bool ready = true;
            for (size_t j : needs[i])
                ready = ready && placed[j];
            if (ready) {
                placed[i] = true;
                order << schema.tables[i].name;
                progress = true;
            }
        }
        if (!progress) {
            if (problem)
                *problem = tr("The schema's tables refer to each other in a cycle; they cannot be copied one after another.");
            return {};
        }
    }
    return order;
}

bool DatabaseCopy::copy(const Database &from, const Database &to, const Progress &progress, StoreError *error,
                        CopySummary *summary)
{
    StoreError localError;
    CopySummary localSummary;
    StoreError *err = error ? error : &localError;
    CopySummary *sum = summary ? summary : &localSummary;
    *err = {};
    *sum = {};
    bool copied = false;
    {
        Copier copier(from, to, progress, err, sum);
        copied = copier.run();
    } // a copy that did not commit is rolled back here (WriteTransaction)
    if (copied)
        return true;
    const bool cancelled = sum->cancelled;
    *sum = {};
    sum->cancelled = cancelled;
    return false;
}

} // namespace rr
