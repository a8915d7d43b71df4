// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Schema.h"

#include "store/ChangeFeed.h"
#include "store/LatestMetrics.h"
#include "store/PostFacts.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rr {

using T = ColumnType;

const TableDef *SchemaDef::table(const QString &name) const
{
    for (const TableDef &t : tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

bool SchemaDef::hasColumn(const QString &tableName, const QString &column) const
{
    const TableDef *t = table(tableName);
    if (!t)
        return false;
    for (const ColumnDef &c : t->columns) {
        if (c.name == column)
            return true;
    }
    return false;
}

namespace {

ColumnDef col(const char *name, T type, const char *constraints = "", int since = 1)
{
    return {QString::fromLatin1(name), type, QString::fromLatin1(constraints), since};
}

IndexDef idx(const char *name, const char *table, const char *columns, bool unique = false,
             const char *where = "", int since = 1)
{
    return {QString::fromLatin1(name), QString::fromLatin1(table), QString::fromLatin1(columns),
            unique, QString::fromLatin1(where), since, false};
}

// An index a bulk load drops and rebuilds once (see IndexDef::rebuildAfterBulkLoad). The others
// on creators (status, category, city, owner, agency, updated_at) take an import's rows at a
// few places, in id order, and stay cheap to update.
IndexDef rebuiltAfterBulkLoad(IndexDef index)
{
    index.rebuildAfterBulkLoad = true;
    return index;
}

SchemaDef buildSchema()
{
    SchemaDef s;
    s.version = 5;

    // Key/value facts about the database itself: schema_version, created_with, ...
    s.tables.push_back({QStringLiteral("meta"),
                        {col("key", T::Text, "PRIMARY KEY"), col("value", T::Text)}, {}, 1});

    s.tables.push_back({QStringLiteral("categories"),
                        {col("id", T::Id), col("key", T::Text, "NOT NULL UNIQUE"),
                         col("name_zh", T::Text, "NOT NULL"), col("name_en", T::Text, "NOT NULL"),
                         col("sort_order", T::Integer, "NOT NULL DEFAULT 0")},
                        {}, 1});

    s.tables.push_back({QStringLiteral("import_batches"),
                        {col("id", T::Id), col("file_name", T::Text, "NOT NULL"),
                         col("encoding", T::Text), col("imported_at", T::DateTime, "NOT NULL"),
                         col("imported_by", T::Text), col("rows_total", T::Integer, "NOT NULL DEFAULT 0"),
                         col("rows_created", T::Integer, "NOT NULL DEFAULT 0"),
                         col("rows_updated", T::Integer, "NOT NULL DEFAULT 0"),
                         col("rows_skipped", T::Integer, "NOT NULL DEFAULT 0"),
                         col("undone_at", T::DateTime), col("mapping", T::Text)},
                        {}, 1});

    // One row per creator, however many colleagues talk to them. `followers` mirrors the latest
    // follower snapshot so the roster can sort and filter a million rows by index.
    s.tables.push_back(
        {QStringLiteral("creators"),
         {col("id", T::Id),
          col("handle", T::Text),            // 小红书号
          col("profile_url", T::Text),
          col("profile_key", T::Text),       // normalised profile link (user id or host/path)
          col("nickname", T::Text, "NOT NULL DEFAULT ''"),
          col("real_name", T::Text),
          col("contact_method", T::Text),    // wechat / phone / email / agency / other
          col("wechat", T::Text),
          col("phone", T::Text),
          col("email", T::Text),
          col("primary_category_id", T::Integer, "REFERENCES categories(id) ON DELETE SET NULL"),
          col("followers", T::Integer),
          col("followers_as_of", T::Date),
          col("tier_override", T::Text, "CHECK (tier_override IN ('mega','mid','micro','koc'))"),
          col("avg_engagement_rate", T::Real), // the profile's stated average, 0..1
          col("city", T::Text),
          col("languages", T::Text),         // comma-separated language tags: zh, en, ...
          col("has_agency", T::Bool, "NOT NULL DEFAULT 0"),
          col("agency_name", T::Text),
          col("price_image_fen", T::Money),  // 图文报价
          col("price_video_fen", T::Money),  // 视频报价
          col("fee_min_fen", T::Money),      // historical fee range
          col("fee_max_fen", T::Money),
          col("formats", T::Text),           // comma-separated: image, video
          col("first_contact_on", T::Date),
          col("owner", T::Text),             // team member holding the relationship
          col("status", T::Text, "NOT NULL DEFAULT 'prospect' CHECK (status IN ('prospect','outreach_sent','negotiating','active','paused','declined'))"),
          col("do_not_contact", T::Bool, "NOT NULL DEFAULT 0"),
          col("brand_fit", T::Real),         // rolled up from collaborations, 1..5
          col("reliability", T::Real),       // rolled up from collaborations, 1..5
          col("communication_notes", T::Text),
          col("notes", T::Text),
          col("search_text", T::Text, "NOT NULL DEFAULT ''"), // lower-cased handle|nickname|real name|notes
          col("import_batch_id", T::Integer, "REFERENCES import_batches(id) ON DELETE SET NULL"),
          col("created_at", T::DateTime, "NOT NULL"),
          col("updated_at", T::DateTime, "NOT NULL"),
          col("version", T::Integer, "NOT NULL DEFAULT 1")},
         {},
         1});

    s.tables.push_back({QStringLiteral("creator_categories"),
                        {col("creator_id", T::Integer, "NOT NULL REFERENCES creators(id) ON DELETE CASCADE"),
                         col("category_id", T::Integer, "NOT NULL REFERENCES categories(id) ON DELETE CASCADE")},
                        {QStringLiteral("PRIMARY KEY (creator_id, category_id)")}, 1});

    s.tables.push_back({QStringLiteral("follower_snapshots"),
                        {col("id", T::Id),
                         col("creator_id", T::Integer, "NOT NULL REFERENCES creators(id) ON DELETE CASCADE"),
                         col("as_of", T::Date, "NOT NULL"), col("followers", T::Integer, "NOT NULL CHECK (followers >= 0)"),
                         col("source", T::Text, "NOT NULL DEFAULT 'manual'"),
                         col("import_batch_id", T::Integer, "REFERENCES import_batches(id) ON DELETE CASCADE")},
                        {}, 1});

    s.tables.push_back({QStringLiteral("tags"),
                        {col("id", T::Id), col("name", T::Text, "NOT NULL UNIQUE"), col("color", T::Text)},
                        {}, 1});
    s.tables.push_back({QStringLiteral("creator_tags"),
                        {col("creator_id", T::Integer, "NOT NULL REFERENCES creators(id) ON DELETE CASCADE"),
                         col("tag_id", T::Integer, "NOT NULL REFERENCES tags(id) ON DELETE CASCADE")},
                        {QStringLiteral("PRIMARY KEY (creator_id, tag_id)")}, 1});

    s.tables.push_back({QStringLiteral("shortlists"),
                        {col("id", T::Id), col("name", T::Text, "NOT NULL UNIQUE"), col("purpose", T::Text),
                         col("filter", T::Text), col("created_by", T::Text), col("created_at", T::DateTime, "NOT NULL")},
                        {}, 1});
    s.tables.push_back({QStringLiteral("shortlist_members"),
                        {col("shortlist_id", T::Integer, "NOT NULL REFERENCES shortlists(id) ON DELETE CASCADE"),
                         col("creator_id", T::Integer, "NOT NULL REFERENCES creators(id) ON DELETE CASCADE"),
                         col("added_at", T::DateTime, "NOT NULL")},
                        {QStringLiteral("PRIMARY KEY (shortlist_id, creator_id)")}, 1});

    s.tables.push_back({QStringLiteral("vetting"),
                        {col("creator_id", T::Integer, "PRIMARY KEY REFERENCES creators(id) ON DELETE CASCADE"),
                         col("comment_quality", T::Integer, "CHECK (comment_quality BETWEEN 1 AND 5)"),
                         col("content_consistency", T::Integer, "CHECK (content_consistency BETWEEN 1 AND 5)"),
                         col("audience_notes", T::Text),     // age, gender, geography when known
                         col("past_collaborations", T::Text),
                         col("competitor_conflict", T::Bool, "NOT NULL DEFAULT 0"),
                         col("fake_follower_flag", T::Bool, "NOT NULL DEFAULT 0"),
                         col("notes", T::Text), col("vetted_on", T::Date), col("vetted_by", T::Text)},
                        {}, 1});

    s.tables.push_back({QStringLiteral("campaigns"),
                        {col("id", T::Id), col("name", T::Text, "NOT NULL"), col("brand", T::Text),
                         col("product", T::Text),
                         col("objective", T::Text, "NOT NULL CHECK (objective IN ('awareness','conversion','seeding'))"),
                         col("starts_on", T::Date), col("ends_on", T::Date), col("budget_fen", T::Money),
                         col("status", T::Text, "NOT NULL DEFAULT 'planning' CHECK (status IN ('planning','live','closed'))"),
                         col("closed_on", T::Date), col("owner", T::Text), col("notes", T::Text),
                         col("created_at", T::DateTime, "NOT NULL"), col("updated_at", T::DateTime, "NOT NULL"),
                         col("version", T::Integer, "NOT NULL DEFAULT 1")},
                        {}, 1});

    // KPI targets of a campaign: kpi is a key of CampaignKpis::key(); money in yuan, ratios 0-1.
    s.tables.push_back({QStringLiteral("campaign_targets"),
                        {col("campaign_id", T::Integer, "NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE", 3),
                         col("kpi", T::Text, "NOT NULL", 3), col("target", T::Real, "NOT NULL", 3)},
                        {QStringLiteral("PRIMARY KEY (campaign_id, kpi)")}, 3});

    s.tables.push_back({QStringLiteral("collaborations"),
                        {col("id", T::Id),
                         col("campaign_id", T::Integer, "NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE"),
                         col("creator_id", T::Integer, "NOT NULL REFERENCES creators(id) ON DELETE CASCADE"),
                         col("objective", T::Text, "CHECK (objective IN ('awareness','conversion','seeding'))"),
                         col("fee_fen", T::Money), col("format", T::Text),
                         col("contracted_posts", T::Integer, "NOT NULL DEFAULT 1"),
                         col("delivered_posts", T::Integer, "NOT NULL DEFAULT 0"),
                         col("due_on", T::Date),
                         col("status", T::Text, "NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','briefed','in_progress','delivered','cancelled'))"),
                         col("brand_fit", T::Integer, "CHECK (brand_fit BETWEEN 1 AND 5)"),
                         col("reliability", T::Integer, "CHECK (reliability BETWEEN 1 AND 5)"),
                         col("renewal", T::Text, "CHECK (renewal IN ('yes','no','maybe'))"),
                         col("renewal_reason", T::Text), col("response_hours", T::Real),
                         col("pushback_notes", T::Text), col("revision_notes", T::Text), col("notes", T::Text),
                         col("created_at", T::DateTime, "NOT NULL"), col("updated_at", T::DateTime, "NOT NULL"),
                         col("version", T::Integer, "NOT NULL DEFAULT 1")},
                        {QStringLiteral("UNIQUE (campaign_id, creator_id)")}, 1});

    s.tables.push_back({QStringLiteral("posts"),
                        {col("id", T::Id),
                         col("collaboration_id", T::Integer, "REFERENCES collaborations(id) ON DELETE CASCADE"),
                         col("creator_id", T::Integer, "NOT NULL REFERENCES creators(id) ON DELETE CASCADE"),
                         col("url", T::Text), col("title", T::Text),
                         col("format", T::Text, "NOT NULL DEFAULT 'image' CHECK (format IN ('image','video'))"),
                         col("published_on", T::Date),
                         // Version 2: the post's latest post_metrics row, kept by triggers (see
                         // LatestMetrics.h) so analytics need no per-post lookup of it.
                         col("latest_metrics_id", T::Integer, "", 2)},
                        {}, 1});

    // Contracted deliverables with their due dates; a delivered one points at its post.
    s.tables.push_back({QStringLiteral("deliverables"),
                        {col("id", T::Id),
                         col("collaboration_id", T::Integer, "NOT NULL REFERENCES collaborations(id) ON DELETE CASCADE"),
                         col("format", T::Text, "NOT NULL DEFAULT 'image'"), col("due_on", T::Date),
                         col("post_id", T::Integer, "REFERENCES posts(id) ON DELETE SET NULL")},
                        {}, 1});

    s.tables.push_back({QStringLiteral("post_metrics"),
                        {col("id", T::Id),
                         col("post_id", T::Integer, "NOT NULL REFERENCES posts(id) ON DELETE CASCADE"),
                         col("as_of", T::Date, "NOT NULL"),
                         col("views", T::Integer), col("likes", T::Integer), col("comments", T::Integer),
                         col("saves", T::Integer), col("shares", T::Integer), col("clicks", T::Integer),
                         col("source", T::Text, "NOT NULL DEFAULT 'manual'"),
                         col("is_final", T::Bool, "NOT NULL DEFAULT 0"),
                         col("import_batch_id", T::Integer, "REFERENCES import_batches(id) ON DELETE CASCADE")},
                        {}, 1});

    // Version 3: one narrow row per measured post for analytics, kept by triggers (PostFacts.h).
    s.tables.push_back({QStringLiteral("post_facts"),
                        {col("post_id", T::Integer, "PRIMARY KEY", 3), col("creator_id", T::Integer, "NOT NULL", 3),
                         col("collaboration_id", T::Integer, "", 3), col("campaign_id", T::Integer, "", 3),
                         col("day", T::Date, "", 3), col("objective", T::Text, "", 3),
                         col("category_id", T::Integer, "", 3), col("owner", T::Text, "", 3),
                         col("followers", T::Integer, "", 3), col("tier_override", T::Text, "", 3),
                         col("views", T::Integer, "", 3), col("likes", T::Integer, "", 3),
                         col("comments", T::Integer, "", 3), col("saves", T::Integer, "", 3),
                         col("shares", T::Integer, "", 3),
                         col("cost_fen", T::Real, "", 3)}, // the post's share of its collaboration's fee
                        {}, 3});

    // Relationship log: contacts, status changes, notes, collaboration outcomes.
    s.tables.push_back({QStringLiteral("relationship_events"),
                        {col("id", T::Id),
                         col("creator_id", T::Integer, "NOT NULL REFERENCES creators(id) ON DELETE CASCADE"),
                         col("occurred_on", T::Date, "NOT NULL"),
                         col("kind", T::Text, "NOT NULL"), // contact, status, note, collaboration, rating
                         col("owner", T::Text), col("note", T::Text),
                         col("collaboration_id", T::Integer, "REFERENCES collaborations(id) ON DELETE SET NULL"),
                         col("created_at", T::DateTime, "NOT NULL")},
                        {}, 1});

    s.tables.push_back({QStringLiteral("audit_log"),
                        {col("id", T::Id), col("at", T::DateTime, "NOT NULL"), col("user_name", T::Text),
                         col("table_name", T::Text, "NOT NULL"), col("row_id", T::Integer),
                         col("action", T::Text, "NOT NULL CHECK (action IN ('insert','update','delete'))"),
                         col("changes", T::Text), // JSON: {"field": [old, new], ...}
                         // Version 4: the creator a change concerns (a vetting note, a post, a
                         // shortlist entry), for the creator's history; no key, it outlives the row.
                         col("creator_id", T::Integer, "", 4)},
                        {}, 1});

    s.indexes = {
        rebuiltAfterBulkLoad(idx("ux_creators_handle", "creators", "handle", true, "handle IS NOT NULL")),
        // Duplicate checks compare handles case-insensitively (editor, importer).
        rebuiltAfterBulkLoad(idx("ix_creators_handle_lower", "creators", "lower(handle)")),
        rebuiltAfterBulkLoad(idx("ix_creators_profile_key", "creators", "profile_key", false, "profile_key IS NOT NULL")),
        rebuiltAfterBulkLoad(idx("ix_creators_followers", "creators", "followers")),
        // Roster tier filter: (override = ?) OR (no override AND followers in range), both OR
        // terms answered from this index alone when counting.
        rebuiltAfterBulkLoad(idx("ix_creators_tier", "creators", "tier_override, followers")),
        rebuiltAfterBulkLoad(idx("ix_creators_nickname", "creators", "nickname")),
        idx("ix_creators_status", "creators", "status"),
        idx("ix_creators_category", "creators", "primary_category_id"),
        idx("ix_creators_city", "creators", "city"),
        idx("ix_creators_owner", "creators", "owner"),
        idx("ix_creators_agency", "creators", "agency_name", false, "agency_name IS NOT NULL"),
        idx("ix_creators_updated", "creators", "updated_at"),
        // Covering index: substring search scans this narrow b-tree instead of the wide rows.
        rebuiltAfterBulkLoad(idx("ix_creators_search", "creators", "search_text")),
        idx("ix_creator_categories_category", "creator_categories", "category_id"),
        idx("ix_creator_tags_tag", "creator_tags", "tag_id"),
        idx("ix_shortlist_members_creator", "shortlist_members", "creator_id"),
        idx("ix_follower_snapshots_creator", "follower_snapshots", "creator_id, as_of"),
        idx("ix_collaborations_creator", "collaborations", "creator_id"),
        idx("ix_deliverables_collaboration", "deliverables", "collaboration_id"),
        idx("ix_posts_collaboration", "posts", "collaboration_id"),
        idx("ix_posts_creator", "posts", "creator_id"),
        idx("ix_post_metrics_post", "post_metrics", "post_id, as_of"),
        idx("ix_relationship_events_creator", "relationship_events", "creator_id, occurred_on"),
        idx("ix_audit_log_row", "audit_log", "table_name, row_id"),
        // Version 2: the pipeline board's columns, a page of the newest cards per status
        // (WHERE status = ? ORDER BY updated_at DESC, id DESC) straight from the index, the id
        // being the rowid every SQLite index ends with; no sort of a million rows.
        idx("ix_creators_status_updated", "creators", "status, updated_at, id", false, "", 2),
        // Version 3: a campaign's or a creator's charts read their own facts only.
        idx("ix_post_facts_campaign", "post_facts", "campaign_id", false, "", 3),
        idx("ix_post_facts_creator", "post_facts", "creator_id", false, "", 3),
        // Version 4: a creator's history of changes, newest first.
        idx("ix_audit_log_creator", "audit_log", "creator_id, at", false, "creator_id IS NOT NULL", 4),
    };
    // Version 1 starts with the categories brand managers use most; the list is user-editable.
    s.hooks.push_back({1, [](QSqlDatabase &db, const Dialect &, QString *error) {
        struct Seed { const char *key; const char *zh; const char *en; };
        static const Seed seeds[] = {
            {"skincare", "护肤", "Skincare"}, {"makeup", "美妆", "Makeup"},
            {"fashion", "穿搭", "Fashion"},   {"food", "美食", "Food"},
            {"travel", "旅行", "Travel"},     {"mother_baby", "母婴", "Mother & baby"},
            {"home", "家居", "Home"},         {"fitness", "健身", "Fitness"},
            {"tech", "数码", "Tech"},         {"pets", "宠物", "Pets"},
            {"lifestyle", "生活方式", "Lifestyle"}, {"education", "学习", "Education"},
        };
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO categories (key, name_zh, name_en, sort_order) VALUES (?, ?, ?, ?)"));
        int order = 0;
        for (const Seed &seed : seeds) {
            q.addBindValue(QString::fromLatin1(seed.key));
            q.addBindValue(QString::fromUtf8(seed.zh));
            q.addBindValue(QString::fromUtf8(seed.en));
            q.addBindValue(++order);
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
        }
        return true;
    }});
    // Version 2: the triggers keeping posts.latest_metrics_id, and its backfill.
    s.hooks.push_back({2, [](QSqlDatabase &db, const Dialect &dialect, QString *error) {
        return LatestMetrics::install(db, dialect, error);
    }});
    // Version 3: the triggers keeping post_facts, and its first fill.
    s.hooks.push_back({3, [](QSqlDatabase &db, const Dialect &dialect, QString *error) {
        return PostFacts::install(db, dialect, error);
    }});
    // Version 4: creators' own audit rows get their creator; on a server, every table tells the
    // listening apps about changes (ChangeFeed). A table added later installs its own trigger.
    QStringList notifying;
    for (const TableDef &t : s.tables) {
        if (t.name != QLatin1String("meta"))
            notifying << t.name;
    }
    s.hooks.push_back({4, [notifying](QSqlDatabase &db, const Dialect &dialect, QString *error) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("UPDATE audit_log SET creator_id = row_id WHERE table_name = 'creators'"))) {
            *error = q.lastError().text();
            return false;
        }
        return ChangeFeed::install(db, dialect, notifying, error);
    }});
    // Version 5: the change notifications name the backend that committed, so an app can tell
    // its own worker connections' commits (an import) from colleagues'.
    // On a server, the roster's sort indexes on columns that may be empty are made NULLS FIRST:
    // the roster sorts empty values first ascending and last descending (SQLite's order, spelled
    // out in RosterQuery::orderBy), which PostgreSQL's default index order serves in neither
    // direction; one NULLS FIRST index serves both.
    s.hooks.push_back({5, [](QSqlDatabase &db, const Dialect &dialect, QString *error) {
        if (dialect.backend() == Backend::Postgres) {
            static const char *const sorted[][2] = {{"ix_creators_followers", "followers"},
                                                    {"ix_creators_city", "city"},
                                                    {"ix_creators_owner", "owner"},
                                                    {"ix_creators_updated", "updated_at"}};
            QSqlQuery q(db);
            for (const auto &index : sorted) {
                const QString name = dialect.quote(QLatin1String(index[0]));
                if (!q.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(name))
                    || !q.exec(QStringLiteral("CREATE INDEX %1 ON creators (%2 NULLS FIRST)")
                                   .arg(name, dialect.quote(QLatin1String(index[1]))))) {
                    *error = q.lastError().text();
                    return false;
                }
            }
        }
        return ChangeFeed::installFunction(db, dialect, error);
    }});
    return s;
}

} // namespace

const SchemaDef &currentSchema()
{
    static const SchemaDef schema = buildSchema();
    return schema;
}

} // namespace rr
