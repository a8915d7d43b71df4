// SPDX-License-Identifier: GPL-3.0-or-later
// Roster at scale: fills a fresh SQLite database with N creators (default 1,000,000) and times
// the roster model beside the same SQL run straight through QSqlQuery. Prints figures, never
// asserts on time. Usage: bench_roster [--creators N] [--db PATH] [--keep] [--reuse] [--explain] [--analyze]
#include "domain/Creator.h"
#include "roster/RosterFormat.h"
#include "roster/RosterModel.h"
#include "roster/SearchIndex.h"
#include "roster/RosterQuery.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>

using namespace rr;

namespace {

constexpr int pageRows = 200;

QString u8(const char *s) { return QString::fromUtf8(s); }

void out(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString procStatus(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QByteArray k(key);
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(k))
            return QString::fromLatin1(line.mid(k.size() + 1).trimmed());
    }
    return QStringLiteral("?");
}

// Realistic, varied, reproducible creators.
class Generator
{
public:
    explicit Generator(quint32 seed) : m_rng(seed) {}

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    double unit() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }
    template<typename List> const auto &from(const List &l) { return l.at(pick(int(l.size()))); }

    QString handle(qint64 i)
    {
        static const QStringList stems{u8("lily"), u8("coco"), u8("momo"), u8("xiaomei"), u8("amy"), u8("kiki"),
                                       u8("yoyo"), u8("nana"), u8("lulu"), u8("vivi"), u8("beauty"), u8("foodie"),
                                       u8("travel"), u8("fit"), u8("chef"), u8("daily"), u8("mama"), u8("style")};
        // The number makes it unique; base 36 keeps it short like real 小红书号.
        return from(stems) + QLatin1Char('_') + QString::number(i * 7919 + 104729, 36);
    }

    QString nickname()
    {
        static const QString pool = u8("小美酱甜心可爱猫咪兔子桃子橙子柠檬奶茶咖啡吃货旅行日记穿搭护肤美妆宝妈健身"
                                       "达人阿李王张刘陈杨黄赵周吴月星云花糖果豆包团子");
        static const QStringList tails{QString(), QString(), u8("酱"), u8("呀"), u8("同学"), u8("本人"), u8("的日常")};
        QString n;
        const int len = 2 + pick(3);
        for (int k = 0; k < len; ++k)
            n += pool.at(pick(int(pool.size())));
        return n + from(tails);
    }

    QString notes()
    {
        static const QStringList phrases{
            u8("擅长护肤测评"), u8("粉丝以一二线城市女性为主"), u8("报价可谈"), u8("回复很快"),
            u8("合作过国际大牌"), u8("视频质量高"), u8("图文排版精致"), u8("档期需提前两周预约"),
            u8("不接竞品"), u8("mcn对接"), u8("偏好种草类合作"), u8("评论区互动真实"), u8("曾有刷量嫌疑"),
            u8("适合新品首发"), u8("母婴垂类头部"), u8("探店内容多")};
        if (unit() < 0.3)
            return {};
        QStringList parts;
        const int n = 1 + pick(3);
        for (int k = 0; k < n; ++k)
            parts << from(phrases);
        return parts.join(u8("，"));
    }

    qint64 followers() // log-uniform 500 .. 5,000,000
    {
        return qint64(std::exp(std::log(500.0) + unit() * (std::log(5.0e6) - std::log(500.0))));
    }

    QString city()
    {
        static const QStringList cities{u8("上海"), u8("上海"), u8("北京"), u8("北京"), u8("广州"), u8("深圳"),
                                        u8("杭州"), u8("成都"), u8("重庆"), u8("武汉"), u8("南京"), u8("西安"),
                                        u8("长沙"), u8("厦门"), u8("苏州"), u8("天津")};
        return from(cities);
    }

    QString status()
    {
        const double r = unit();
        if (r < 0.70) return u8("prospect");
        if (r < 0.82) return u8("outreach_sent");
        if (r < 0.88) return u8("negotiating");
        if (r < 0.95) return u8("active");
        if (r < 0.98) return u8("paused");
        return u8("declined");
    }

    QVariant owner()
    {
        static const QStringList owners{u8("alice"), u8("bob"), u8("陈静"), u8("李娜"), u8("wang.lei"), u8("zoe")};
        return unit() < 0.4 ? QVariant() : QVariant(from(owners));
    }

    QString agency()
    {
        static const QStringList names{u8("如涵"), u8("星图MCN"), u8("papitube"), u8("洋葱集团"), u8("蜂群文化"),
                                       u8("大禹网络"), u8("无忧传媒"), u8("谦寻"), u8("美ONE"), u8("遥望")};
        return from(names);
    }

    std::mt19937 m_rng;
};

// Fills `db` with `count` creators in one transaction of prepared multi-row INSERTs.
bool fill(Database &db, qint64 count)
{
    constexpr int batch = 100;
    static const char *columns =
        "handle, nickname, notes, search_text, primary_category_id, followers, followers_as_of, tier_override, "
        "avg_engagement_rate, city, has_agency, agency_name, price_image_fen, price_video_fen, first_contact_on, "
        "owner, status, do_not_contact, brand_fit, reliability, created_at, updated_at";
    constexpr int ncols = 22;
    const auto insertSql = [](int rows) {
        QString row = QStringLiteral("(?") + QStringLiteral(", ?").repeated(ncols - 1) + QLatin1Char(')');
        QStringList all;
        for (int i = 0; i < rows; ++i)
            all << row;
        return QStringLiteral("INSERT INTO creators (%1) VALUES ").arg(QLatin1String(columns)) + all.join(QLatin1Char(','));
    };
    QSqlDatabase sql = db.sql();
    WriteTransaction tx(db);
    StoreError error;
    if (!tx.begin(&error)) {
        out(error.message);
        return false;
    }
    // Bulk load first, index after: the schema's own CREATE INDEX statements, read back from
    // sqlite_master, are dropped for the load and replayed unchanged, so the indexes are the real ones.
    QStringList indexSql;
    {
        QSqlQuery q(sql);
        q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                              "AND tbl_name IN ('creators', 'creator_categories')"));
        QStringList names;
        while (q.next()) {
            names << q.value(0).toString();
            indexSql << q.value(1).toString();
        }
        for (const QString &name : std::as_const(names)) {
            if (!q.exec(QStringLiteral("DROP INDEX ") + db.dialect().quote(name))) {
                out(q.lastError().text());
                return false;
            }
        }
    }
    QSqlQuery full(sql);
    full.prepare(insertSql(batch));
    Generator g(20261130);
    const QString now = Database::nowUtc();
    const QDate base(2024, 1, 1);
    QList<QPair<qint64, int>> secondary;
    QVariantList values;
    values.reserve(batch * ncols);
    for (qint64 start = 0; start < count; start += batch) {
        const int rows = int(std::min<qint64>(batch, count - start));
        values.clear();
        for (int r = 0; r < rows; ++r) {
            const qint64 id = start + r + 1;
            Creator c;
            c.handle = g.handle(id);
            c.nickname = g.nickname();
            c.notes = g.notes();
            const int cat = 1 + g.pick(12);
            if (g.unit() < 0.3)
                secondary.append({id, 1 + (cat + g.pick(11)) % 12});
            const qint64 followers = g.followers();
            const bool agency = g.unit() < 0.3;
            const bool priced = g.unit() < 0.6;
            values << c.handle << c.nickname << (c.notes.isEmpty() ? QVariant() : QVariant(c.notes)) << c.searchText()
                   << cat << followers << base.addDays(g.pick(1000)).toString(Qt::ISODate)
                   << (g.unit() < 0.005 ? QVariant(u8("mega")) : QVariant())
                   << std::round(g.unit() * 120.0) / 1000.0 << g.city() << (agency ? 1 : 0)
                   << (agency ? QVariant(g.agency()) : QVariant())
                   << (priced ? QVariant(qint64(followers / 10 + g.pick(50)) * 100) : QVariant())
                   << (priced ? QVariant(qint64(followers / 6 + g.pick(50)) * 100) : QVariant())
                   << (g.unit() < 0.2 ? QVariant(base.addDays(g.pick(1000)).toString(Qt::ISODate)) : QVariant())
                   << g.owner() << g.status() << (g.unit() < 0.01 ? 1 : 0)
                   << (g.unit() < 0.1 ? QVariant(1.0 + g.pick(41) / 10.0) : QVariant())
                   << (g.unit() < 0.1 ? QVariant(1.0 + g.pick(41) / 10.0) : QVariant()) << now << now;
        }
        QSqlQuery partial(sql);
        QSqlQuery &q = rows == batch ? full : partial;
        if (rows != batch)
            q.prepare(insertSql(rows));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec()) {
            out(QStringLiteral("insert failed: ") + q.lastError().text());
            return false;
        }
    }
    QSqlQuery cc(sql);
    if (!cc.prepare(QStringLiteral("INSERT INTO creator_categories (creator_id, category_id) VALUES (?, ?)")))
        return false;
    for (const auto &[id, cat] : std::as_const(secondary)) {
        cc.bindValue(0, id);
        cc.bindValue(1, cat);
        if (!cc.exec()) {
            out(QStringLiteral("insert failed: ") + cc.lastError().text());
            return false;
        }
    }
    QElapsedTimer indexClock;
    indexClock.start();
    for (const QString &stmt : std::as_const(indexSql)) {
        QSqlQuery q(sql);
        if (!q.exec(stmt)) {
            out(q.lastError().text());
            return false;
        }
    }
    out(QStringLiteral("  %1 indexes built in %2 s").arg(indexSql.size()).arg(indexClock.elapsed() / 1000.0, 0, 'f', 1));
    if (!tx.commit(&error)) {
        out(error.message);
        return false;
    }
    return true;
}

struct Timing
{
    double first = -1; // ms until the first page is visible
    double count = -1; // ms until the count is known
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

// Times `action` on the model: until its first page is shown and until its count is known.
Timing timeModel(RosterModel &model, const std::function<void()> &action, QElapsedTimer &clock,
                 bool startClock = true)
{
    Timing t;
    auto c1 = QObject::connect(&model, &QAbstractItemModel::modelReset, [&] {
        if (t.first < 0)
            t.first = clock.nsecsElapsed() / 1e6;
    });
    auto c2 = QObject::connect(&model, &RosterModel::countsChanged, [&](int filtered, int) {
        if (t.first >= 0 && t.count < 0 && filtered >= 0)
            t.count = clock.nsecsElapsed() / 1e6;
    });
    if (startClock)
        clock.start();
    action();
    model.waitForIdle(120000);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return t;
}

// The same SQL straight through QSqlQuery on the calling thread.
Timing timeBare(const Database &db, const RosterQuerySpec &spec, qint64 offset = 0, const QVariantList &after = {})
{
    Timing t;
    QElapsedTimer clock;
    clock.start();
    QVariantList binds;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(RosterQuery::pageSql(spec, db.dialect(), pageRows, offset, &binds, after));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        out(QStringLiteral("bare page failed: ") + q.lastError().text());
    int n = 0;
    while (q.next()) {
        RosterQuery::readRow(q);
        ++n;
    }
    t.first = clock.nsecsElapsed() / 1e6;
    if (offset > 0 || !after.isEmpty())
        return t;
    binds.clear();
    QSqlQuery c(db.sql());
    c.setForwardOnly(true);
    c.prepare(RosterQuery::countSql(spec, db.dialect(), &binds));
    for (int i = 0; i < binds.size(); ++i)
        c.bindValue(i, binds.at(i));
    if (!c.exec() || !c.next())
        out(QStringLiteral("bare count failed: ") + c.lastError().text());
    t.count = clock.nsecsElapsed() / 1e6; // page then count, as the model runs them
    return t;
}

void explain(const Database &db, const QString &name, const RosterQuerySpec &spec)
{
    for (int kind = 0; kind < 2; ++kind) {
        QVariantList binds;
        const QString sql = kind == 0 ? RosterQuery::pageSql(spec, db.dialect(), pageRows, 0, &binds)
                                      : RosterQuery::countSql(spec, db.dialect(), &binds);
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        q.exec();
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        out(QStringLiteral("  plan %1 %2: %3").arg(name, kind == 0 ? u8("page") : u8("count"),
                                                    plan.join(QLatin1String(" | "))));
    }
}

QString row(const QString &op, double model, double bare)
{
    const QString ratio = bare > 0 ? QString::number(model / bare, 'f', 2) : QStringLiteral("-");
    return QStringLiteral("%1 | %2 | %3 | %4")
        .arg(op, -52)
        .arg(QString::number(model, 'f', 1), 8)
        .arg(QString::number(bare, 'f', 1), 11)
        .arg(ratio, 5);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption creatorsOpt(QStringLiteral("creators"), QStringLiteral("Creators to generate."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Database file (default: a temporary one)."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption keepOpt(QStringLiteral("keep"), QStringLiteral("Keep the database file."));
    const QCommandLineOption reuseOpt(QStringLiteral("reuse"),
                                      QStringLiteral("Reuse an existing --db file instead of refilling it."));
    const QCommandLineOption explainOpt(QStringLiteral("explain"), QStringLiteral("Print EXPLAIN QUERY PLAN."));
    const QCommandLineOption analyzeOpt(QStringLiteral("analyze"),
                                        QStringLiteral("Run ANALYZE after the fill (the app itself does not)."));
    parser.addOptions({creatorsOpt, dbOpt, keepOpt, reuseOpt, explainOpt, analyzeOpt});
    parser.process(app);
    const qint64 count = parser.value(creatorsOpt).toLongLong();

    QTemporaryDir dir;
    dir.setAutoRemove(!parser.isSet(keepOpt) || parser.isSet(dbOpt)); // unused when --db names the file
    const QString path = parser.isSet(dbOpt) ? parser.value(dbOpt) : dir.filePath(QStringLiteral("bench.redroster"));
    const bool reuse = parser.isSet(reuseOpt) && QFile::exists(path);
    if (!reuse) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    StoreError error;
    std::unique_ptr<Database> db = Database::open(ConnectionSpec::sqlite(path), &error);
    if (!db) {
        out(error.message + QLatin1Char(' ') + error.detail);
        return 1;
    }
    out(QStringLiteral("database: %1").arg(path));
    if (!reuse) {
        QElapsedTimer fillClock;
        fillClock.start();
        if (!fill(*db, count))
            return 1;
        out(QStringLiteral("filled %1 creators in %2 s (%3 rows/s)")
                .arg(count)
                .arg(fillClock.elapsed() / 1000.0, 0, 'f', 1)
                .arg(qint64(count * 1000.0 / std::max<qint64>(1, fillClock.elapsed()))));
    }
    if (parser.isSet(analyzeOpt)) {
        QSqlQuery analyze(db->sql());
        analyze.exec(QStringLiteral("ANALYZE"));
    }
    out(QStringLiteral("RSS after fill: %1").arg(procStatus("VmRSS:")));
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // resets VmHWM so the peak below is the roster's

    // The needles: a Chinese substring and a handle's first characters, both from real rows.
    QSqlQuery probe(db->sql());
    probe.exec(QStringLiteral("SELECT handle, nickname FROM creators WHERE id = %1").arg(std::max<qint64>(1, count / 2)));
    probe.next();
    const QString handlePrefix = probe.value(0).toString().left(probe.value(0).toString().indexOf(QLatin1Char('_')) + 3);
    const QString chinese = probe.value(1).toString().left(2);
    probe.finish();
    out(QStringLiteral("search needles: Chinese \"%1\", handle prefix \"%2\"").arg(chinese, handlePrefix));

    struct Op
    {
        QString name;
        RosterQuerySpec spec;
    };
    QList<Op> ops;
    RosterQuerySpec s;
    s.filter.search = chinese;
    ops.append({QStringLiteral("search Chinese substring"), s});
    s = {};
    s.filter.search = handlePrefix;
    ops.append({QStringLiteral("search handle prefix"), s});
    s = {};
    s.sortColumn = toInt(RosterColumn::Followers);
    s.order = Qt::DescendingOrder;
    ops.append({QStringLiteral("sort by followers desc"), s});
    s = {};
    s.filter.tiers = {Tier::Mid};
    ops.append({QStringLiteral("filter tier = mid"), s});
    s.filter.categoryIds = {1};
    ops.append({QStringLiteral("filter tier = mid + category skincare"), s});
    for (Op &op : ops)
        op.spec.chineseNames = RosterFormat::chineseNames();

    if (parser.isSet(explainOpt)) {
        explain(*db, QStringLiteral("open"), RosterQuerySpec{});
        for (const Op &op : ops)
            explain(*db, op.name, op.spec);
    }

    QStringList table{QStringLiteral("%1 | %2 | %3 | %4").arg(QStringLiteral("operation"), -52)
                          .arg(QStringLiteral("model ms"), 8).arg(QStringLiteral("bare SQL ms"), 11)
                          .arg(QStringLiteral("ratio"), 5)};
    const auto addRows = [&table](const QString &name, const QList<Timing> &model, const QList<Timing> &bare) {
        QList<double> mf, mc, bf, bc;
        for (const Timing &t : model) {
            mf << t.first;
            mc << t.count;
        }
        for (const Timing &t : bare) {
            bf << t.first;
            bc << t.count;
        }
        table << row(name + QStringLiteral(": first page"), median(mf), median(bf));
        if (median(bc) >= 0)
            table << row(name + QStringLiteral(": count known"), median(mc), median(bc));
    };

    QElapsedTimer clock;
    constexpr int repeats = 3;
    {
        QList<Timing> model, bare;
        for (int i = 0; i < repeats; ++i) {
            std::unique_ptr<RosterModel> m;
            QElapsedTimer c;
            Timing t;
            c.start();
            m = std::make_unique<RosterModel>(*db);
            // Results arrive through queued signals: connecting after construction misses none.
            t = timeModel(*m, [] {}, c, false);
            model << t;
            QElapsedTimer b;
            b.start();
            std::unique_ptr<Database> sibling = db->openSibling(&error);
            const double openMs = b.nsecsElapsed() / 1e6;
            Timing bt = timeBare(*sibling, RosterQuerySpec{});
            bt.first += openMs;
            bt.count += openMs;
            bare << bt;
        }
        addRows(QStringLiteral("open to first rows"), model, bare);
    }

    {
        // The roster's in-memory search index: what its first load costs, then a sync with
        // nothing changed (what every search pays).
        SearchIndex index;
        QElapsedTimer t;
        t.start();
        index.sync(*db, nullptr);
        const double load = t.nsecsElapsed() / 1e6;
        t.start();
        index.sync(*db, nullptr);
        const double resync = t.nsecsElapsed() / 1e6;
        t.start();
        const qsizetype hits = index.find(chinese).size();
        const double find = t.nsecsElapsed() / 1e6;
        out(QStringLiteral("search index: first load %1 ms, sync %2 ms, find \"%3\" %4 ms (%5 hits), %6 MB")
                .arg(load, 0, 'f', 1).arg(resync, 0, 'f', 1).arg(chinese).arg(find, 0, 'f', 1).arg(hits)
                .arg(index.memoryBytes() / 1e6, 0, 'f', 1));
    }
    RosterModel model(*db);
    model.waitForIdle(120000);
    out(QStringLiteral("rows: %1 of %2").arg(model.filteredCount()).arg(model.totalCount()));
    for (const Op &op : ops) {
        QList<Timing> mt, bt;
        for (int i = 0; i < repeats; ++i) {
            model.setFilter({});
            model.sort(-1);
            model.waitForIdle(120000);
            mt << timeModel(model, [&] {
                model.setFilter(op.spec.filter);
                model.sort(op.spec.sortColumn, op.spec.order);
            }, clock);
            bt << timeBare(*db, op.spec);
        }
        addRows(op.name, mt, bt);
        out(QStringLiteral("  %1: %2 rows").arg(op.name).arg(model.filteredCount()));
    }
    {
        // Scrolling: a jump to the middle of the unfiltered roster (OFFSET), then the next page
        // down, which starts after the last row above it (keyset).
        QList<Timing> jump, jumpBare, next, nextBare;
        model.setFilter({});
        model.sort(-1);
        model.waitForIdle(120000);
        const auto fetchRow = [&](int target) {
            Timing t;
            auto conn = QObject::connect(&model, &QAbstractItemModel::dataChanged, [&] {
                if (t.first < 0)
                    t.first = clock.nsecsElapsed() / 1e6;
            });
            clock.start();
            model.index(target, 0).data();
            model.waitForIdle(120000);
            QObject::disconnect(conn);
            return t;
        };
        for (int i = 0; i < repeats; ++i) {
            const qint64 page = std::max<qint64>(1, (count / 2) / pageRows + i * 3);
            if ((page + 2) * pageRows > count)
                break;
            jump << fetchRow(int(page * pageRows));
            jumpBare << timeBare(*db, RosterQuerySpec{}, page * pageRows);
            next << fetchRow(int((page + 1) * pageRows));
            // Ids are 1..N in a fresh fill: the row before page p+1 has id (p+1) * pageRows.
            nextBare << timeBare(*db, RosterQuerySpec{}, 0, {qint64((page + 1) * pageRows)});
        }
        addRows(QStringLiteral("scroll: jump to the middle (OFFSET page)"), jump, jumpBare);
        addRows(QStringLiteral("scroll: next page down (keyset page)"), next, nextBare);
    }

    out(QString());
    for (const QString &line : std::as_const(table))
        out(line);
    out(QString());
    out(QStringLiteral("peak RSS (VmHWM) during the measurements: %1").arg(procStatus("VmHWM:")));
    return 0;
}
