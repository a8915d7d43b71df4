// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/PostFacts.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace rr::PostFacts {

namespace {

const char *const kColumns[] = {"post_id",   "creator_id", "collaboration_id", "campaign_id", "day",
                                "objective", "category_id", "owner",           "followers",   "tier_override",
                                "views",     "likes",       "comments",        "saves",       "shares",
                                "cost_fen"};

QString columnList()
{
    QStringList names;
    for (const char *c : kColumns)
        names << QLatin1String(c);
    return names.join(QStringLiteral(", "));
}

// Upserts the fact of every post `p` matching `cond` that has a latest snapshot. The upsert (not
// delete + insert) keeps two PostgreSQL sessions refreshing the same post from colliding on
// the key. A post's share of the fee is the fee over the collaboration's posts (an index range).
QString upsert(const QString &cond)
{
    QStringList sets;
    for (const char *c : kColumns) {
        if (qstrcmp(c, "post_id") != 0)
            sets << QStringLiteral("%1 = excluded.%1").arg(QLatin1String(c));
    }
    return QStringLiteral(
               "INSERT INTO post_facts (%1)"
               " SELECT p.id, p.creator_id, p.collaboration_id, k.campaign_id, p.published_on,"
               "  COALESCE(k.objective, m.objective), c.primary_category_id, c.owner, c.followers, c.tier_override,"
               "  l.views, l.likes, l.comments, l.saves, l.shares,"
               "  k.fee_fen * 1.0 / (SELECT COUNT(*) FROM posts q WHERE q.collaboration_id = k.id)"
               " FROM posts p JOIN post_metrics l ON l.id = p.latest_metrics_id"
               " JOIN creators c ON c.id = p.creator_id"
               " LEFT JOIN collaborations k ON k.id = p.collaboration_id"
               " LEFT JOIN campaigns m ON m.id = k.campaign_id"
               " WHERE %2"
               " ON CONFLICT (post_id) DO UPDATE SET %3")
        .arg(columnList(), cond, sets.join(QStringLiteral(", ")));
}

// Removes the facts of matching posts that no longer have a snapshot.
QString dropUnmeasured(const QString &cond)
{
    return QStringLiteral("DELETE FROM post_facts WHERE post_id IN"
                          " (SELECT p.id FROM posts p WHERE (%1) AND p.latest_metrics_id IS NULL)")
        .arg(cond);
}

QString sqliteRefresh(const QString &cond)
{
    return dropUnmeasured(cond) + QStringLiteral("; ") + upsert(cond) + QStringLiteral(";");
}

// "OLD.a IS NOT NEW.a OR ..." (SQLite) / "OLD.a IS DISTINCT FROM NEW.a OR ..." (PostgreSQL).
QString changed(const QStringList &columns, Backend backend)
{
    const QString op = backend == Backend::Sqlite ? QStringLiteral(" IS NOT ") : QStringLiteral(" IS DISTINCT FROM ");
    QStringList terms;
    for (const QString &c : columns)
        terms << QStringLiteral("OLD.%1%2NEW.%1").arg(c, op);
    return terms.join(QStringLiteral(" OR "));
}

const QStringList &creatorColumns()
{
    static const QStringList c{QStringLiteral("followers"), QStringLiteral("tier_override"),
                               QStringLiteral("primary_category_id"), QStringLiteral("owner")};
    return c;
}

const QStringList &collaborationColumns()
{
    static const QStringList c{QStringLiteral("fee_fen"), QStringLiteral("objective"), QStringLiteral("campaign_id")};
    return c;
}

const QStringList &metricColumns()
{
    static const QStringList c{QStringLiteral("views"), QStringLiteral("likes"), QStringLiteral("comments"),
                               QStringLiteral("saves"), QStringLiteral("shares")};
    return c;
}

QStringList sqliteTriggers()
{
    const auto trigger = [](const char *name, const QString &event, const QString &when, const QString &body) {
        return QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 %2%3 BEGIN %4 END")
            .arg(QLatin1String(name), event, when.isEmpty() ? QString() : QStringLiteral(" WHEN ") + when, body);
    };
    const Backend b = Backend::Sqlite;
    return {
        // A new post changes its siblings' share of the fee (and has a fact once measured).
        trigger("tr_post_facts_post_insert", QStringLiteral("AFTER INSERT ON posts"), {},
                sqliteRefresh(QStringLiteral("p.collaboration_id = NEW.collaboration_id OR p.id = NEW.id"))),
        trigger("tr_post_facts_post_update",
                QStringLiteral("AFTER UPDATE OF creator_id, published_on, latest_metrics_id ON posts"), {},
                sqliteRefresh(QStringLiteral("p.id = NEW.id"))),
        trigger("tr_post_facts_post_move", QStringLiteral("AFTER UPDATE OF collaboration_id ON posts"),
                changed({QStringLiteral("collaboration_id")}, b),
                sqliteRefresh(QStringLiteral("p.id = NEW.id OR p.collaboration_id IN (OLD.collaboration_id, "
                                             "NEW.collaboration_id)"))),
        trigger("tr_post_facts_post_delete", QStringLiteral("AFTER DELETE ON posts"), {},
                QStringLiteral("DELETE FROM post_facts WHERE post_id = OLD.id; ")
                    + sqliteRefresh(QStringLiteral("p.collaboration_id = OLD.collaboration_id"))),
        // New snapshots reach the facts through posts.latest_metrics_id; an edited one here.
        trigger("tr_post_facts_metrics_update",
                QStringLiteral("AFTER UPDATE OF %1 ON post_metrics").arg(metricColumns().join(QStringLiteral(", "))),
                changed(metricColumns(), b), sqliteRefresh(QStringLiteral("p.id = NEW.post_id AND p.latest_metrics_id = NEW.id"))),
        trigger("tr_post_facts_creator_update",
                QStringLiteral("AFTER UPDATE OF %1 ON creators").arg(creatorColumns().join(QStringLiteral(", "))),
                changed(creatorColumns(), b), sqliteRefresh(QStringLiteral("p.creator_id = NEW.id"))),
        trigger("tr_post_facts_collaboration_update",
                QStringLiteral("AFTER UPDATE OF %1 ON collaborations").arg(collaborationColumns().join(QStringLiteral(", "))),
                changed(collaborationColumns(), b), sqliteRefresh(QStringLiteral("p.collaboration_id = NEW.id"))),
        trigger("tr_post_facts_campaign_update", QStringLiteral("AFTER UPDATE OF objective ON campaigns"),
                changed({QStringLiteral("objective")}, b),
                sqliteRefresh(QStringLiteral("p.collaboration_id IN (SELECT id FROM collaborations WHERE campaign_id = NEW.id)"))),
    };
}

// PostgreSQL: one refresh function over an array of post ids, which first locks those posts'
// rows (in id order) so that a colleague's concurrent change to the same posts is committed
// before the facts are recomputed with a fresh statement snapshot (see LatestMetrics.cpp); and
// one trigger function for the five tables.
QStringList postgresTriggers()
{
    const Backend b = Backend::Postgres;
    const QString cond = QStringLiteral("p.id = ANY(ids)");
    QStringList out{
        QStringLiteral("CREATE OR REPLACE FUNCTION rr_refresh_post_facts(ids bigint[]) RETURNS void LANGUAGE plpgsql"
                       " AS $fn$\nBEGIN\n"
                       "  PERFORM 1 FROM posts WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;\n"
                       "  %1;\n  %2;\nEND\n$fn$")
            .arg(dropUnmeasured(cond), upsert(cond)),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION rr_post_facts() RETURNS trigger LANGUAGE plpgsql AS $fn$\n"
            "BEGIN\n"
            "  IF TG_TABLE_NAME = 'posts' THEN\n"
            "    IF TG_OP = 'DELETE' THEN\n"
            "      DELETE FROM post_facts WHERE post_id = OLD.id;\n"
            "      PERFORM rr_refresh_post_facts(ARRAY(SELECT id FROM posts WHERE collaboration_id = OLD.collaboration_id));\n"
            "    ELSIF TG_OP = 'INSERT' OR OLD.collaboration_id IS DISTINCT FROM NEW.collaboration_id THEN\n"
            "      PERFORM rr_refresh_post_facts(ARRAY(SELECT id FROM posts WHERE id = NEW.id OR collaboration_id = NEW.collaboration_id"
            "        OR (TG_OP = 'UPDATE' AND collaboration_id = OLD.collaboration_id)));\n"
            "    ELSE\n"
            "      PERFORM rr_refresh_post_facts(ARRAY[NEW.id]);\n"
            "    END IF;\n"
            "  ELSIF TG_TABLE_NAME = 'post_metrics' THEN\n"
            "    PERFORM rr_refresh_post_facts(ARRAY(SELECT id FROM posts WHERE id = NEW.post_id AND latest_metrics_id = NEW.id));\n"
            "  ELSIF TG_TABLE_NAME = 'creators' THEN\n"
            "    PERFORM rr_refresh_post_facts(ARRAY(SELECT id FROM posts WHERE creator_id = NEW.id));\n"
            "  ELSIF TG_TABLE_NAME = 'collaborations' THEN\n"
            "    PERFORM rr_refresh_post_facts(ARRAY(SELECT id FROM posts WHERE collaboration_id = NEW.id));\n"
            "  ELSIF TG_TABLE_NAME = 'campaigns' THEN\n"
            "    PERFORM rr_refresh_post_facts(ARRAY(SELECT p.id FROM posts p JOIN collaborations k"
            "      ON k.id = p.collaboration_id WHERE k.campaign_id = NEW.id));\n"
            "  END IF;\n"
            "  RETURN NULL;\n"
            "END\n"
            "$fn$"),
    };
    struct Trig { const char *name; const char *table; QString event; QString when; };
    const Trig triggers[] = {
        {"tr_post_facts_posts", "posts",
         QStringLiteral("AFTER INSERT OR DELETE OR UPDATE OF collaboration_id, creator_id, published_on, latest_metrics_id"), {}},
        {"tr_post_facts_metrics", "post_metrics",
         QStringLiteral("AFTER UPDATE OF %1").arg(metricColumns().join(QStringLiteral(", "))), changed(metricColumns(), b)},
        {"tr_post_facts_creators", "creators",
         QStringLiteral("AFTER UPDATE OF %1").arg(creatorColumns().join(QStringLiteral(", "))), changed(creatorColumns(), b)},
        {"tr_post_facts_collaborations", "collaborations",
         QStringLiteral("AFTER UPDATE OF %1").arg(collaborationColumns().join(QStringLiteral(", "))),
         changed(collaborationColumns(), b)},
        {"tr_post_facts_campaigns", "campaigns", QStringLiteral("AFTER UPDATE OF objective"),
         changed({QStringLiteral("objective")}, b)},
    };
    for (const Trig &t : triggers) {
        out << QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(QLatin1String(t.name), QLatin1String(t.table));
        out << QStringLiteral("CREATE TRIGGER %1 %2 ON %3 FOR EACH ROW%4 EXECUTE FUNCTION rr_post_facts()")
                   .arg(QLatin1String(t.name), t.event, QLatin1String(t.table),
                        t.when.isEmpty() ? QString() : QStringLiteral(" WHEN (%1)").arg(t.when));
    }
    return out;
}

} // namespace

QStringList triggerStatements(const Dialect &dialect)
{
    return dialect.backend() == Backend::Sqlite ? sqliteTriggers() : postgresTriggers();
}

QStringList rebuildStatements()
{
    return {QStringLiteral("DELETE FROM post_facts"), upsert(QStringLiteral("p.latest_metrics_id IS NOT NULL"))};
}

bool install(QSqlDatabase &db, const Dialect &dialect, QString *error)
{
    QSqlQuery q(db);
    const QStringList statements = triggerStatements(dialect) + rebuildStatements();
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace rr::PostFacts
