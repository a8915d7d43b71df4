// SPDX-License-Identifier: GPL-3.0-or-later
// Import at scale (issue 3 §4): generates an N-row creator CSV (default 1,000,000, about 140 MB,
// Chinese nicknames, quoted fields), imports it into an empty RedRoster database, and imports the
// same file with the sqlite3 shell's own `.import` into an equivalent table, in the same run. Each
// import runs in a child process so that wall time and peak memory (wait4's ru_maxrss) are its own.
// Prints figures, never asserts on time.
// With --pg URL (a server database the bench may create databases beside, e.g.
// postgresql://redroster@127.0.0.1:5432/postgres) the same file goes into fresh PostgreSQL
// databases instead: RedRoster's import against psql's `\copy` into a plain table and into
// RedRoster's creators table (through a staging table), in the same run (issue 9 §2).
// Usage: bench_import [--rows N] [--csv PATH] [--dir DIR] [--sqlite3 PROGRAM] [--pg URL [--psql PROGRAM]] [--keep]
#include "import/ImportJob.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <optional>
#include <random>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

extern char **environ;

using namespace rr;

namespace {

QString u8(const char *s) { return QString::fromUtf8(s); }

void out(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// The file a 千瓜/蒲公英-style export gives: Chinese headers, 万-style numbers, quoted prices.
bool generateCsv(const QString &path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    std::mt19937 rng(20261130);
    const auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    static const QStringList stems{u8("lily"), u8("coco"), u8("momo"), u8("xiaomei"), u8("amy"), u8("kiki"),
                                   u8("yoyo"), u8("nana"), u8("lulu"), u8("vivi"), u8("beauty"), u8("foodie")};
    static const QString pool = u8("小美酱甜心可爱猫咪兔子桃子橙子柠檬奶茶咖啡吃货旅行日记穿搭护肤美妆宝妈健身"
                                   "达人阿李王张刘陈杨黄赵周吴月星云花糖果豆包团子");
    static const QStringList tails{QString(), QString(), u8("酱"), u8("呀"), u8("同学"), u8("本人"), u8("的日常")};
    static const QStringList categories{u8("美妆"), u8("护肤"), u8("穿搭"), u8("美食"), u8("旅行"), u8("母婴"),
                                        u8("家居"), u8("健身"), u8("数码"), u8("宠物")};
    static const QStringList cities{u8("上海"), u8("北京"), u8("广州"), u8("深圳"), u8("杭州"), u8("成都"),
                                    u8("重庆"), u8("武汉"), u8("南京"), u8("西安")};
    const auto count = [&](qint64 n) {
        if (n >= 10000)
            return QString::number(n / 10000.0, 'f', 1) + u8("万");
        return QString::number(n);
    };
    const auto price = [&](int yuan) {
        if (yuan < 1000)
            return QStringLiteral("%1元").arg(yuan);
        return QStringLiteral("\"¥%1,%2\"").arg(yuan / 1000).arg(yuan % 1000, 3, 10, QLatin1Char('0'));
    };
    QByteArray buffer;
    buffer.reserve(1 << 20);
    buffer += u8("小红书号,达人昵称,主页链接,粉丝数,获赞与收藏,类目,城市,图文报价,视频报价\n").toUtf8();
    for (qint64 i = 1; i <= rows; ++i) {
        QString nick;
        const int len = 2 + pick(3);
        for (int k = 0; k < len; ++k)
            nick += pool.at(pick(int(pool.size())));
        nick += tails.at(pick(int(tails.size())));
        const qint64 followers = qint64(std::exp(std::uniform_real_distribution<double>(6.0, 14.5)(rng)));
        QString line = stems.at(pick(int(stems.size()))) + QLatin1Char('_') + QString::number(i * 7919 + 104729, 36);
        line += QStringLiteral(",\"%1\",").arg(nick);
        // 24 hex digits, like real user ids.
        line += QStringLiteral("https://www.xiaohongshu.com/user/profile/5f%1%2")
                    .arg(QString::number(0x1000000000LL + i * 2654435761LL % 0xefffffffffLL, 16))
                    .arg(i, 12, 16, QLatin1Char('0'));
        line += QLatin1Char(',') + count(followers) + QLatin1Char(',') + count(followers * (3 + pick(20)));
        line += QLatin1Char(',') + categories.at(pick(int(categories.size()))) + QLatin1Char(',')
                + cities.at(pick(int(cities.size())));
        const int base = 200 + int(followers / 50);
        line += QLatin1Char(',') + price(base) + QLatin1Char(',') + price(base * 2) + QLatin1Char('\n');
        buffer += line.toUtf8();
        if (buffer.size() > (1 << 20) - 4096) {
            if (f.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return f.write(buffer) == buffer.size() && f.flush();
}

struct ChildRun
{
    bool ok = false;
    int exitCode = -1;
    double seconds = 0;
    qint64 peakKiB = 0;
};

// Runs a program with stdin from `stdinPath` (if set) and its output to ours; wait4 gives this
// child's own peak resident set.
ChildRun runChild(const QStringList &args, const QString &stdinPath = {})
{
    ChildRun r;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray in = QFile::encodeName(stdinPath);
    if (!stdinPath.isEmpty())
        posix_spawn_file_actions_addopen(&actions, 0, in.constData(), O_RDONLY, 0);
    QList<QByteArray> storage;
    std::vector<char *> argv;
    for (const QString &a : args)
        storage << a.toLocal8Bit();
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return r;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return r;
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.ok = r.exitCode == 0;
#ifdef Q_OS_MACOS
    r.peakKiB = usage.ru_maxrss / 1024; // bytes there
#else
    r.peakKiB = usage.ru_maxrss;
#endif
    return r;
}

// The child: a fresh RedRoster database (schema made by the migrator) and one ImportJob.
int childImport(const QString &csv, const QString &dbPath)
{
    StoreError error;
    QString why;
    const std::optional<ConnectionSpec> spec = ConnectionSpec::isPostgresUrl(dbPath)
        ? ConnectionSpec::fromPostgresUrl(dbPath, &why)
        : std::optional<ConnectionSpec>(ConnectionSpec::sqlite(dbPath));
    auto db = spec ? Database::open(*spec, &error) : nullptr;
    if (!db) {
        out(QStringLiteral("open failed: ") + (spec ? error.message + QLatin1Char(' ') + error.detail : why));
        return 2;
    }
    QElapsedTimer t;
    t.start();
    ImportRequest request;
    request.filePath = csv;
    request.keepNotes = 100;
    ImportJob job(request);
    const ImportResult r = job.run(*db);
    if (r.outcome != ImportResult::Outcome::Committed) {
        out(QStringLiteral("import failed: ") + r.message);
        return 3;
    }
    out(QStringLiteral("  rows %1: %2 created, %3 skipped, %4 doubtful cells; job %5 s")
            .arg(r.rowsTotal).arg(r.created).arg(r.skipped()).arg(r.doubtfulCells)
            .arg(double(t.elapsed()) / 1000.0, 0, 'f', 2));
    return 0;
}

enum class Reference {
    Plain,   // a table of the file's nine columns, no index
    Indexed, // the same with the indexes our creators table has on those columns
    Schema   // RedRoster's own creators table (all its columns and 13 indexes) through a view
};

// `.import` inserts the text as it stands: no 万 parsing, no dedupe, no snapshots.
QString referenceScript(const QString &csv, Reference kind)
{
    QString s = QStringLiteral(".bail on\nPRAGMA journal_mode = WAL;\n");
    QString target = QStringLiteral("creators");
    if (kind == Reference::Schema) {
        target = QStringLiteral("file_rows");
        s += QStringLiteral(
            "CREATE TEMP VIEW file_rows (handle, nickname, profile_url, followers, likes_saves, category, city, "
            "price_image, price_video) AS SELECT handle, nickname, profile_url, followers, notes, primary_category_id, "
            "city, price_image_fen, price_video_fen FROM main.creators;\n"
            "CREATE TEMP TRIGGER file_rows_insert INSTEAD OF INSERT ON file_rows BEGIN INSERT INTO creators (handle, "
            "nickname, profile_url, followers, notes, primary_category_id, city, price_image_fen, price_video_fen, "
            "search_text, created_at, updated_at) VALUES (NEW.handle, NEW.nickname, NEW.profile_url, NEW.followers, "
            "NEW.likes_saves, NEW.category, NEW.city, NEW.price_image, NEW.price_video, "
            "lower(NEW.handle || '|' || NEW.nickname), '2026-11-30', '2026-11-30'); END;\n");
    } else {
        s += QStringLiteral("CREATE TABLE creators (handle TEXT, nickname TEXT, profile_url TEXT, followers INTEGER, "
                            "likes_saves TEXT, category TEXT, city TEXT, price_image TEXT, price_video TEXT);\n");
    }
    if (kind == Reference::Indexed) {
        s += QStringLiteral("CREATE UNIQUE INDEX ux_handle ON creators (handle) WHERE handle IS NOT NULL;\n"
                            "CREATE INDEX ix_handle_lower ON creators (lower(handle));\n"
                            "CREATE INDEX ix_profile ON creators (profile_url) WHERE profile_url IS NOT NULL;\n"
                            "CREATE INDEX ix_followers ON creators (followers);\n"
                            "CREATE INDEX ix_nickname ON creators (nickname);\n"
                            "CREATE INDEX ix_category ON creators (category);\n"
                            "CREATE INDEX ix_city ON creators (city);\n");
    }
    s += QStringLiteral("BEGIN;\n.import --csv --skip 1 '%1' %2\nCOMMIT;\n").arg(csv, target);
    return s;
}

// psql's \copy of the file: into a plain table of its nine text columns, or through a staging
// table into RedRoster's creators table (same columns the sqlite3 reference fills).
QString psqlScript(const QString &csv, Reference kind)
{
    QString s = QStringLiteral("\\set ON_ERROR_STOP on\nBEGIN;\n");
    const QString columns = QStringLiteral("handle TEXT, nickname TEXT, profile_url TEXT, followers TEXT, likes_saves TEXT, "
                                           "category TEXT, city TEXT, price_image TEXT, price_video TEXT");
    if (kind == Reference::Plain) {
        s += QStringLiteral("CREATE TABLE file_rows (%1);\n\\copy file_rows FROM '%2' WITH (FORMAT csv, HEADER true)\n")
                 .arg(columns, csv);
    } else {
        s += QStringLiteral("CREATE TEMP TABLE file_rows (%1);\n\\copy file_rows FROM '%2' WITH (FORMAT csv, HEADER true)\n"
                            "INSERT INTO creators (handle, nickname, profile_url, notes, city, search_text, created_at, "
                            "updated_at) SELECT handle, nickname, profile_url, likes_saves, city, "
                            "lower(handle || '|' || nickname), '2026-11-30', '2026-11-30' FROM file_rows;\n")
                 .arg(columns, csv);
    }
    return s + QStringLiteral("COMMIT;\n");
}

QString mib(qint64 kib) { return QString::number(double(kib) / 1024.0, 'f', 0) + QStringLiteral(" MiB"); }

void printRow(const QString &what, const ChildRun &r, const ChildRun &plain, const ChildRun &schema)
{
    const auto ratio = [&r](const ChildRun &ref) {
        return ref.ok && r.ok ? QString::number(r.seconds / ref.seconds, 'f', 2) : QStringLiteral("-");
    };
    if (!r.ok) {
        out(QStringLiteral("%1 did not run (exit %2)").arg(what, -44).arg(r.exitCode));
        return;
    }
    out(QStringLiteral("%1 %2 %3 %4 %5").arg(what, -44).arg(QString::number(r.seconds, 'f', 2) + QStringLiteral(" s"), 9)
            .arg(mib(r.peakKiB), 9).arg(ratio(plain), 7).arg(ratio(schema), 8));
}

// PostgreSQL: each run gets its own fresh database on the server, dropped afterwards.
int benchPostgres(const QString &url, const QString &psql, const QString &csv, const QString &dir)
{
    QString why;
    const std::optional<ConnectionSpec> admin = ConnectionSpec::fromPostgresUrl(url, &why);
    if (!admin) {
        out(why);
        return 1;
    }
    if (psql.isEmpty()) {
        out(QStringLiteral("psql not found: it is the reference (apt install postgresql-client)"));
        return 1;
    }
    const auto runSql = [&](const QString &database, const QString &sql) {
        ConnectionSpec target = *admin;
        target.database = database;
        return runChild({psql, QStringLiteral("-q"), QStringLiteral("-X"), QStringLiteral("-d"), target.postgresUrl(),
                         QStringLiteral("-c"), sql});
    };
    int made = 0;
    const auto freshDatabase = [&](bool withSchema) -> QString {
        const QString name = QStringLiteral("rr_bench_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
        if (!runSql(admin->database, QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(name)).ok)
            return {};
        ConnectionSpec target = *admin;
        target.database = name;
        StoreError error; // RedRoster's schema, made by the migrator
        if (withSchema && !Database::open(target, &error)) {
            out(QStringLiteral("schema: ") + error.message + QLatin1Char(' ') + error.detail);
            return {};
        }
        return name;
    };
    QStringList created;
    const auto reference = [&](Reference kind) -> ChildRun {
        const QString name = freshDatabase(kind == Reference::Schema);
        if (name.isEmpty())
            return {};
        created << name;
        const QString script = dir + QStringLiteral("/ref-pg.sql");
        QFile s(script);
        if (!s.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        s.write(psqlScript(csv, kind).toUtf8());
        s.close();
        ConnectionSpec target = *admin;
        target.database = name;
        return runChild({psql, QStringLiteral("-q"), QStringLiteral("-X"), QStringLiteral("-d"), target.postgresUrl(),
                         QStringLiteral("-f"), script});
    };
    out(QStringLiteral("psql \\copy: plain table ..."));
    const ChildRun plain = reference(Reference::Plain);
    out(QStringLiteral("psql \\copy: RedRoster's creators table ..."));
    const ChildRun schema = reference(Reference::Schema);
    out(QStringLiteral("RedRoster import ..."));
    ChildRun ours;
    if (const QString name = freshDatabase(false); !name.isEmpty()) {
        created << name;
        ConnectionSpec target = *admin;
        target.database = name;
        ours = runChild({QCoreApplication::applicationFilePath(), QStringLiteral("--child-import"), csv,
                         QStringLiteral("--child-db"), target.postgresUrl()});
    }
    for (const QString &name : std::as_const(created))
        runSql(admin->database, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));

    out(QString());
    out(QStringLiteral("file: %1 MB, server %2").arg(double(QFileInfo(csv).size()) / 1e6, 0, 'f', 1).arg(admin->displayName()));
    out(QStringLiteral("%1 %2 %3 %4 %5").arg(QString(), -44).arg(QStringLiteral("time"), 9).arg(QStringLiteral("peak"), 9)
            .arg(QStringLiteral("÷plain"), 7).arg(QStringLiteral("÷schema"), 8));
    printRow(QStringLiteral("psql \\copy, plain 9-column table"), plain, plain, schema);
    printRow(QStringLiteral("psql \\copy + INSERT, RedRoster creators"), schema, plain, schema);
    printRow(QStringLiteral("RedRoster import"), ours, plain, schema);
    return ours.ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("rows"), QStringLiteral("Rows to generate."), QStringLiteral("n"), QStringLiteral("1000000")});
    p.addOption({QStringLiteral("csv"), QStringLiteral("Use this CSV instead of generating one."), QStringLiteral("path")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("Work directory (default: a temporary one)."), QStringLiteral("dir")});
    p.addOption({QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."), QStringLiteral("program"), QStringLiteral("sqlite3")});
    p.addOption({QStringLiteral("keep"), QStringLiteral("Keep the work directory.")});
    p.addOption({QStringLiteral("pg"), QStringLiteral("Benchmark on this PostgreSQL server instead."), QStringLiteral("url")});
    p.addOption({QStringLiteral("psql"), QStringLiteral("The psql client."), QStringLiteral("program"), QStringLiteral("psql")});
    p.addOption({QStringLiteral("child-import"), QStringLiteral("(internal) import CSV into DB."), QStringLiteral("csv")});
    p.addOption({QStringLiteral("child-db"), QStringLiteral("(internal)"), QStringLiteral("db")});
    p.process(app);

    if (p.isSet(QStringLiteral("child-import")))
        return childImport(p.value(QStringLiteral("child-import")), p.value(QStringLiteral("child-db")));

    QTemporaryDir tmp;
    tmp.setAutoRemove(!p.isSet(QStringLiteral("keep")));
    const QString dir = p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) : tmp.path();
    QDir().mkpath(dir);
    if (p.isSet(QStringLiteral("keep")))
        out(QStringLiteral("work directory: %1").arg(dir));

    QString csv = p.value(QStringLiteral("csv"));
    if (csv.isEmpty()) {
        const qint64 rows = p.value(QStringLiteral("rows")).toLongLong();
        csv = dir + QStringLiteral("/creators.csv");
        QElapsedTimer t;
        t.start();
        if (!generateCsv(csv, rows)) {
            out(QStringLiteral("cannot write %1").arg(csv));
            return 1;
        }
        out(QStringLiteral("generated %1 rows, %2 MB in %3 s").arg(rows)
                .arg(double(QFileInfo(csv).size()) / 1e6, 0, 'f', 1).arg(double(t.elapsed()) / 1000.0, 0, 'f', 1));
    }
    // Warm the page cache so that neither run pays for the first read of the file.
    {
        QFile f(csv);
        if (f.open(QIODevice::ReadOnly))
            while (!f.read(1 << 20).isEmpty()) {}
    }

    if (p.isSet(QStringLiteral("pg")))
        return benchPostgres(p.value(QStringLiteral("pg")), QStandardPaths::findExecutable(p.value(QStringLiteral("psql"))),
                             csv, dir);

    const QString sqlite3 = QStandardPaths::findExecutable(p.value(QStringLiteral("sqlite3")));
    const auto reference = [&](Reference kind, const QString &name) -> ChildRun {
        if (sqlite3.isEmpty())
            return {};
        const QString db = dir + QStringLiteral("/ref-%1.sqlite").arg(name);
        QFile::remove(db);
        if (kind == Reference::Schema) {
            StoreError error; // an empty RedRoster database: the migrator makes the schema
            if (!Database::open(ConnectionSpec::sqlite(db), &error))
                return {};
        }
        const QString script = dir + QStringLiteral("/ref.sql");
        QFile s(script);
        if (!s.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        s.write(referenceScript(csv, kind).toUtf8());
        s.close();
        return runChild({sqlite3, db}, script);
    };

    out(QStringLiteral("sqlite3 .import: plain table ..."));
    const ChildRun plain = reference(Reference::Plain, QStringLiteral("plain"));
    out(QStringLiteral("sqlite3 .import: indexed table ..."));
    const ChildRun indexed = reference(Reference::Indexed, QStringLiteral("indexed"));
    out(QStringLiteral("sqlite3 .import: RedRoster's creators table ..."));
    const ChildRun schema = reference(Reference::Schema, QStringLiteral("schema"));
    out(QStringLiteral("RedRoster import ..."));
    const QString ourDb = dir + QStringLiteral("/redroster.sqlite");
    QFile::remove(ourDb);
    const ChildRun ours = runChild({QCoreApplication::applicationFilePath(), QStringLiteral("--child-import"), csv,
                                    QStringLiteral("--child-db"), ourDb});

    const auto ratio = [](const ChildRun &r, const ChildRun &ref) {
        return ref.ok && r.ok ? QString::number(r.seconds / ref.seconds, 'f', 2) : QStringLiteral("-");
    };
    out(QString());
    out(QStringLiteral("file: %1 MB, sqlite %2").arg(double(QFileInfo(csv).size()) / 1e6, 0, 'f', 1)
            .arg(sqlite3.isEmpty() ? QStringLiteral("not found") : sqlite3));
    out(QStringLiteral("%1 %2 %3 %4 %5 %6").arg(QString(), -44).arg(QStringLiteral("time"), 9)
            .arg(QStringLiteral("peak"), 9).arg(QStringLiteral("÷plain"), 7).arg(QStringLiteral("÷indexed"), 9)
            .arg(QStringLiteral("÷schema"), 8));
    const auto row = [&](const QString &what, const ChildRun &r) {
        if (!r.ok) {
            out(QStringLiteral("%1 did not run (exit %2)").arg(what, -44).arg(r.exitCode));
            return;
        }
        out(QStringLiteral("%1 %2 %3 %4 %5 %6")
                .arg(what, -44)
                .arg(QString::number(r.seconds, 'f', 2) + QStringLiteral(" s"), 9)
                .arg(mib(r.peakKiB), 9)
                .arg(ratio(r, plain), 7)
                .arg(ratio(r, indexed), 9)
                .arg(ratio(r, schema), 8));
    };
    row(QStringLiteral("sqlite3 .import, plain 9-column table"), plain);
    row(QStringLiteral("sqlite3 .import, 9 columns + their 7 indexes"), indexed);
    row(QStringLiteral("sqlite3 .import, RedRoster creators table"), schema);
    row(QStringLiteral("RedRoster import"), ours);
    return ours.ok ? 0 : 1;
}
