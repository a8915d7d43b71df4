// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportPlanner.h"

#include "domain/CreatorRecord.h"
#include "import/CsvReader.h"
#include "import/HeaderMatcher.h"
#include "import/ValueParser.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QVarLengthArray>
#include <QSqlError>

#include <algorithm>

namespace rr {

namespace record = creator_record;

// The creators columns (and "tags") with a value in one row: a handful of names from a fixed
// list, so a flat list beats a hash set.
class ProvidedColumns
{
public:
    void insert(QLatin1StringView column)
    {
        if (!contains(column))
            m_columns.append(column);
    }
    ProvidedColumns &operator<<(QLatin1StringView column)
    {
        insert(column);
        return *this;
    }
    bool contains(QAnyStringView column) const
    {
        return std::any_of(m_columns.cbegin(), m_columns.cend(),
                           [&](QLatin1StringView c) { return QAnyStringView::equal(column, c); });
    }

private:
    QVarLengthArray<QLatin1StringView, 24> m_columns;
};

struct ImportPlanner::Read
{
    Creator in;
    ProvidedColumns provided;
    QString likesAndSaves;
};

namespace {

QString selectColumns()
{
    return QStringLiteral("id, version, ") + record::columns().join(QStringLiteral(", "));
}

std::optional<qint64> findIn(const std::vector<std::pair<quint64, qint64>> &v, quint64 h, std::vector<qint64> *all)
{
    auto range = std::equal_range(v.begin(), v.end(), std::pair<quint64, qint64>(h, 0),
                                  [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto it = range.first; it != range.second; ++it)
        all->push_back(it->second);
    return all->empty() ? std::nullopt : std::optional<qint64>(all->front());
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[,，、;；/|#\\n]"));
    QStringList parts = text.split(sep, Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = p.trimmed();
    parts.removeAll(QString());
    return parts;
}

bool isEmptyValue(const QVariant &v)
{
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

QJsonValue json(const QVariant &v)
{
    return isEmptyValue(v) ? QJsonValue() : QJsonValue::fromVariant(v);
}

} // namespace

ImportPlanner::ImportPlanner(const Database &db, const ColumnMapping &mapping, const PlannerOptions &options)
    : m_db(db), m_mapping(mapping), m_options(options),
      m_likesAndSavesLine(tr("Likes and saves (lifetime): %1")) // looked up once, not per row
{
}

ImportPlanner::~ImportPlanner() = default;

quint64 ImportPlanner::hashKey(const QString &text)
{
    // Two independent 32-bit halves would do; qHash is 64-bit on 64-bit platforms, mix a second seed in.
    const quint64 a = quint64(qHash(text, size_t(0x9e3779b9u)));
    const quint64 b = quint64(qHash(text, size_t(0x85ebca6bu)));
    return sizeof(size_t) >= 8 ? a : ((a << 32) ^ b);
}

bool ImportPlanner::prepare(StoreError *error)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, key, name_zh, name_en FROM categories"))) {
        *error = m_db.errorFrom(q.lastError());
        return false;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        for (int i = 1; i <= 3; ++i)
            m_categories.insert(HeaderMatcher::normalize(q.value(i).toString()), id);
    }
    if (!q.exec(QStringLiteral("SELECT id, handle, profile_key, nickname FROM creators"))) {
        *error = m_db.errorFrom(q.lastError());
        return false;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString h = q.value(1).toString();
        const QString k = q.value(2).toString();
        const QString n = q.value(3).toString();
        if (!h.isEmpty())
            m_existingHandles.emplace_back(hashKey(h.toLower()), id);
        if (!k.isEmpty())
            m_existingKeys.emplace_back(hashKey(k), id);
        if (!n.isEmpty())
            m_existingNicknames.emplace_back(hashKey(n), id);
        m_dbEmpty = false;
    }
    std::sort(m_existingHandles.begin(), m_existingHandles.end());
    std::sort(m_existingKeys.begin(), m_existingKeys.end());
    std::sort(m_existingNicknames.begin(), m_existingNicknames.end());

    m_byId = std::make_unique<QSqlQuery>(m_db.sql());
    m_byId->prepare(QStringLiteral("SELECT %1, profile_key FROM creators WHERE id = ?").arg(selectColumns()));
    m_tagsOf = std::make_unique<QSqlQuery>(m_db.sql());
    m_tagsOf->prepare(QStringLiteral("SELECT t.name FROM creator_tags ct JOIN tags t ON t.id = ct.tag_id "
                                     "WHERE ct.creator_id = ? ORDER BY t.name"));
    return true;
}

std::optional<qint64> ImportPlanner::categoryFor(const QString &text) const
{
    // A file repeats a handful of category texts: remember each text's answer (0 = unknown).
    if (const auto seen = m_categoryOfText.constFind(text); seen != m_categoryOfText.constEnd())
        return *seen ? std::optional<qint64>(*seen) : std::nullopt;
    const auto it = m_categories.constFind(HeaderMatcher::normalize(text));
    const qint64 id = it == m_categories.constEnd() ? 0 : *it;
    if (m_categoryOfText.size() < 4096)
        m_categoryOfText.insert(text, id);
    return id ? std::optional<qint64>(id) : std::nullopt;
}

void ImportPlanner::readCells(const CsvRecord &record, Read &r, RowPlan &p) const
{
    Creator &c = r.in;
    const auto note = [&](int col, const QString &raw, const QString &reason, CellNote::Severity s) {
        p.notes.push_back({record.line, col + 1, m_mapping.headers.value(col), raw, reason, s});
    };
    const auto count = [&](int col, const QString &raw) -> std::optional<qint64> {
        const Parsed<qint64> v = ValueParser::count(raw);
        if (v.state == Parsed<qint64>::State::Invalid)
            note(col, raw, v.note, CellNote::Severity::Invalid);
        else if (v.state == Parsed<qint64>::State::Doubtful)
            note(col, raw, v.note, CellNote::Severity::Doubtful);
        return v.ok() ? v.value : std::nullopt;
    };
    const auto money = [&](int col, const QString &raw) -> std::optional<qint64> {
        const Parsed<qint64> v = ValueParser::moneyFen(raw, m_mapping.pricesInFen);
        if (v.state == Parsed<qint64>::State::Invalid)
            note(col, raw, v.note, CellNote::Severity::Invalid);
        else if (v.state == Parsed<qint64>::State::Doubtful)
            note(col, raw, v.note, CellNote::Severity::Doubtful);
        return v.ok() ? v.value : std::nullopt;
    };
    const auto text = [&](QLatin1StringView column, QString &target, const QString &value) {
        if (target.isEmpty()) {
            target = value;
            r.provided.insert(column);
        }
    };

    for (int col = 0; col < record.cells.size(); ++col) {
        const ImportField f = m_mapping.fieldAt(col);
        if (f == ImportField::Ignore)
            continue;
        const QString raw = record.cells.at(col);
        const QString v = raw.trimmed();
        // Unknown marks ("—", "/", "N/A", "暂无" ...) are all short: skip the check for longer text.
        if (v.isEmpty() || (v.size() <= 6 && ValueParser::isUnknownMark(v)))
            continue;
        switch (f) {
        case ImportField::Handle: text(QLatin1StringView("handle"), c.handle, v); break;
        case ImportField::ProfileUrl: text(QLatin1StringView("profile_url"), c.profileUrl, v); break;
        case ImportField::Nickname: text(QLatin1StringView("nickname"), c.nickname, v); break;
        case ImportField::RealName: text(QLatin1StringView("real_name"), c.realName, v); break;
        case ImportField::City: text(QLatin1StringView("city"), c.city, v); break;
        case ImportField::Wechat: text(QLatin1StringView("wechat"), c.wechat, v); break;
        case ImportField::Phone: text(QLatin1StringView("phone"), c.phone, v); break;
        case ImportField::Email: text(QLatin1StringView("email"), c.email, v); break;
        case ImportField::Owner: text(QLatin1StringView("owner"), c.owner, v); break;
        case ImportField::Agency:
            if (c.agencyName.isEmpty()) {
                c.agencyName = v;
                c.hasAgency = true;
                r.provided << QLatin1StringView("agency_name") << QLatin1StringView("has_agency");
            }
            break;
        case ImportField::Followers:
            if (const auto n = count(col, raw); n && !c.followers) {
                c.followers = n;
                r.provided << QLatin1StringView("followers");
            }
            break;
        case ImportField::LikesAndSaves:
            if (const auto n = count(col, raw))
                r.likesAndSaves = QString::number(*n);
            break;
        case ImportField::Category:
            if (const auto id = categoryFor(v)) {
                if (!c.primaryCategoryId) {
                    c.primaryCategoryId = id;
                    r.provided << QLatin1StringView("primary_category_id");
                }
            } else {
                note(col, raw, tr("Unknown category; add it to the category list or map it."),
                     CellNote::Severity::Invalid);
            }
            break;
        case ImportField::PriceImage:
            if (const auto n = money(col, raw); n && !c.priceImageFen) {
                c.priceImageFen = n;
                r.provided << QLatin1StringView("price_image_fen");
            }
            break;
        case ImportField::PriceVideo:
            if (const auto n = money(col, raw); n && !c.priceVideoFen) {
                c.priceVideoFen = n;
                r.provided << QLatin1StringView("price_video_fen");
            }
            break;
        case ImportField::EngagementRate: {
            const Parsed<double> d = ValueParser::rate(raw);
            if (d.state == Parsed<double>::State::Invalid)
                note(col, raw, d.note, CellNote::Severity::Invalid);
            else if (d.state == Parsed<double>::State::Doubtful)
                note(col, raw, d.note, CellNote::Severity::Doubtful);
            if (d.ok() && !c.avgEngagementRate) {
                c.avgEngagementRate = d.value;
                r.provided << QLatin1StringView("avg_engagement_rate");
            }
            break;
        }
        case ImportField::Languages:
            c.languages << splitList(v);
            r.provided << QLatin1StringView("languages");
            break;
        case ImportField::Tags:
            c.tags << splitList(v);
            r.provided << QLatin1StringView("tags");
            break;
        case ImportField::Notes:
            c.notes = c.notes.isEmpty() ? v : c.notes + QLatin1Char('\n') + v;
            r.provided << QLatin1StringView("notes");
            break;
        case ImportField::AsOfDate: {
            const Parsed<QDate> d = ValueParser::date(raw);
            if (d.state == Parsed<QDate>::State::Invalid)
                note(col, raw, d.note, CellNote::Severity::Invalid);
            else if (d.state == Parsed<QDate>::State::Doubtful)
                note(col, raw, d.note, CellNote::Severity::Doubtful);
            if (d.ok() && !c.followersAsOf.isValid())
                c.followersAsOf = *d.value;
            break;
        }
        default:
            break; // post metrics fields: not part of a creator
        }
    }
    if (c.followers && !c.followersAsOf.isValid())
        c.followersAsOf = m_options.today;
}

std::optional<Creator> ImportPlanner::loadById(qint64 id, bool *failed, StoreError *error)
{
    m_byId->addBindValue(id);
    if (!m_byId->exec()) {
        *error = m_db.errorFrom(m_byId->lastError());
        *failed = true;
        return std::nullopt;
    }
    if (!m_byId->next())
        return std::nullopt;
    Creator c;
    c.id = m_byId->value(0).toLongLong();
    c.version = m_byId->value(1).toInt();
    record::read(*m_byId, c);
    m_byId->finish();
    m_tagsOf->addBindValue(id);
    if (!m_tagsOf->exec()) {
        *error = m_db.errorFrom(m_tagsOf->lastError());
        *failed = true;
        return std::nullopt;
    }
    while (m_tagsOf->next())
        c.tags << m_tagsOf->value(0).toString();
    m_tagsOf->finish();
    return c;
}

std::optional<Creator> ImportPlanner::loadExisting(const QString &handleLower, const QString &profileKey,
                                                   bool *failed, StoreError *error)
{
    if (m_dbEmpty)
        return std::nullopt;
    std::vector<qint64> ids;
    if (!handleLower.isEmpty())
        findIn(m_existingHandles, hashKey(handleLower), &ids);
    for (qint64 id : ids) {
        auto c = loadById(id, failed, error);
        if (*failed)
            return std::nullopt;
        if (c && c->handle.toLower() == handleLower)
            return c;
    }
    ids.clear();
    if (!profileKey.isEmpty())
        findIn(m_existingKeys, hashKey(profileKey), &ids);
    for (qint64 id : ids) {
        auto c = loadById(id, failed, error);
        if (*failed)
            return std::nullopt;
        if (c && normalizedProfileKey(c->profileUrl) == profileKey)
            return c;
    }
    return std::nullopt;
}

void ImportPlanner::merge(const Read &r, const Creator &stored, RowPlan &p) const
{
    const bool overwrite = m_options.policy == DuplicatePolicy::Overwrite;
    Creator merged = stored;
    const QStringList &cols = record::columns();
    const QVariantList oldValues = record::values(stored);
    const QVariantList newValues = record::values(r.in);
    QVariantList out = oldValues;
    for (int i = 0; i < cols.size(); ++i) {
        const QString &col = cols.at(i);
        if (!r.provided.contains(col) || col == QLatin1String("followers"))
            continue;
        const QVariant &nv = newValues.at(i);
        const QVariant &ov = oldValues.at(i);
        if (isEmptyValue(nv))
            continue;
        if (col == QLatin1String("has_agency")) {
            if (!ov.toInt() && nv.toInt())
                out[i] = nv; // an agency name in the file always means "has an agency"
            continue;
        }
        if (col == QLatin1String("handle")) {
            // The handle is identity: never re-cased or replaced; filled only when no other
            // creator has it (the unique index would refuse the whole import).
            if (!isEmptyValue(ov))
                continue;
            std::vector<qint64> others;
            if (findIn(m_existingHandles, hashKey(r.in.handle.toLower()), &others)) {
                p.notes.push_back({p.line, m_mapping.columnOf(ImportField::Handle) + 1,
                                   m_mapping.headers.value(m_mapping.columnOf(ImportField::Handle)), r.in.handle,
                                   tr("Another creator already has this handle; the handle was not filled in."),
                                   CellNote::Severity::Doubtful});
                continue;
            }
        }
        if (!overwrite && !isEmptyValue(ov))
            continue;
        if (nv != ov)
            out[i] = nv;
    }
    // Followers mirror the latest snapshot: a newer (or first) count from the file moves them.
    const int fi = int(cols.indexOf(QStringLiteral("followers")));
    const int fa = int(cols.indexOf(QStringLiteral("followers_as_of")));
    if (r.in.followers && !(stored.followers == r.in.followers && stored.followersAsOf == r.in.followersAsOf)) {
        p.snapshotFollowers = r.in.followers;
        p.snapshotAsOf = r.in.followersAsOf;
        if (!stored.followers || !stored.followersAsOf.isValid() || r.in.followersAsOf >= stored.followersAsOf) {
            out[fi] = newValues.at(fi);
            out[fa] = newValues.at(fa);
        }
    }
    for (int i = 0; i < cols.size(); ++i) {
        if (out.at(i) != oldValues.at(i)) {
            p.changedColumns << cols.at(i);
            p.changes.insert(cols.at(i), QJsonArray{json(oldValues.at(i)), json(out.at(i))});
        }
    }
    // The merged creator: the stored one with the changed columns taken from the file.
    {
        const Creator &tmp = r.in;
        for (const QString &col : std::as_const(p.changedColumns)) {
            if (col == QLatin1String("handle")) merged.handle = tmp.handle;
            else if (col == QLatin1String("profile_url")) merged.profileUrl = tmp.profileUrl;
            else if (col == QLatin1String("nickname")) merged.nickname = tmp.nickname;
            else if (col == QLatin1String("real_name")) merged.realName = tmp.realName;
            else if (col == QLatin1String("wechat")) merged.wechat = tmp.wechat;
            else if (col == QLatin1String("phone")) merged.phone = tmp.phone;
            else if (col == QLatin1String("email")) merged.email = tmp.email;
            else if (col == QLatin1String("primary_category_id")) merged.primaryCategoryId = tmp.primaryCategoryId;
            else if (col == QLatin1String("followers")) merged.followers = tmp.followers;
            else if (col == QLatin1String("followers_as_of")) merged.followersAsOf = tmp.followersAsOf;
            else if (col == QLatin1String("avg_engagement_rate")) merged.avgEngagementRate = tmp.avgEngagementRate;
            else if (col == QLatin1String("city")) merged.city = tmp.city;
            else if (col == QLatin1String("languages")) merged.languages = tmp.languages;
            else if (col == QLatin1String("has_agency")) merged.hasAgency = tmp.hasAgency;
            else if (col == QLatin1String("agency_name")) merged.agencyName = tmp.agencyName;
            else if (col == QLatin1String("price_image_fen")) merged.priceImageFen = tmp.priceImageFen;
            else if (col == QLatin1String("price_video_fen")) merged.priceVideoFen = tmp.priceVideoFen;
            else if (col == QLatin1String("owner")) merged.owner = tmp.owner;
            else if (col == QLatin1String("notes")) merged.notes = tmp.notes;
        }
    }
    // Tags are only ever added.
    if (r.provided.contains(u"tags")) {
        const QStringList before = record::normalizedTags(stored.tags);
        const QStringList after = record::normalizedTags(stored.tags + r.in.tags);
        if (before != after) {
            merged.tags = after;
            p.tagsChanged = true;
            p.changes.insert(QStringLiteral("tags"), QJsonArray{QJsonArray::fromStringList(before),
                                                                 QJsonArray::fromStringList(after)});
        }
    }
    p.creator = merged;
}

bool ImportPlanner::plan(const CsvRecord &record, RowPlan *out, StoreError *error)
{
    RowPlan &p = *out;
    p = RowPlan();
    p.line = record.line;
    Read r;
    readCells(record, r, p);

    const QString handleLower = r.in.handle.toLower();
    const QString key = normalizedProfileKey(r.in.profileUrl);
    if (handleLower.isEmpty() && key.isEmpty() && r.in.nickname.isEmpty()) {
        p.action = RowAction::RejectNoIdentity;
        p.creator = r.in;
        p.notes.push_back({record.line, 0, {}, {}, tr("No handle, nickname or profile link: row not imported."),
                           CellNote::Severity::Invalid});
        return true;
    }

    // Within the file: the first row with a handle or profile key wins.
    const quint64 hh = handleLower.isEmpty() ? 0 : hashKey(handleLower);
    const quint64 hk = key.isEmpty() ? 0 : hashKey(key);
    quint32 earlier = 0;
    if (!handleLower.isEmpty())
        earlier = m_seenHandles.value(hh, 0);
    if (!earlier && !key.isEmpty())
        earlier = m_seenKeys.value(hk, 0);
    if (earlier) {
        p.action = RowAction::SkipDuplicateInFile;
        p.duplicateOfLine = earlier;
        p.creator = r.in;
        p.notes.push_back({record.line, 0, {}, {}, tr("Same creator as line %1 of this file: skipped.").arg(earlier),
                           CellNote::Severity::Info});
        return true;
    }
    const quint32 line32 = quint32(std::min<qint64>(record.line, 0xffffffffLL));
    if (!handleLower.isEmpty())
        m_seenHandles.insert(hh, line32);
    if (!key.isEmpty())
        m_seenKeys.insert(hk, line32);

    bool failed = false;
    const std::optional<Creator> stored = loadExisting(handleLower, key, &failed, error);
    if (failed)
        return false;
    if (!stored) {
        p.action = RowAction::Create;
        p.creator = r.in;
        p.profileKey = key;
        p.creator.status = Status::Prospect;
        p.creator.tags = creator_record::normalizedTags(p.creator.tags);
        if (!r.likesAndSaves.isEmpty()) {
            const QString line = m_likesAndSavesLine.arg(r.likesAndSaves);
            p.creator.notes = p.creator.notes.isEmpty() ? line : p.creator.notes + QLatin1Char('\n') + line;
        }
        if (r.in.followers) {
            p.snapshotFollowers = r.in.followers;
            p.snapshotAsOf = r.in.followersAsOf;
        }
        // A hint only: a creator stored before this import with the same nickname (its hash is
        // confirmed against the stored row, so a collision never names the wrong creator).
        std::vector<qint64> namesakes;
        if (!r.in.nickname.isEmpty() && findIn(m_existingNicknames, hashKey(r.in.nickname), &namesakes)) {
            for (qint64 id : namesakes) {
                const std::optional<Creator> other = loadById(id, &failed, error);
                if (failed)
                    return false;
                if (other && other->nickname == r.in.nickname) {
                    p.notes.push_back({record.line, 0, {}, r.in.nickname,
                                       tr("A creator with this nickname already exists (#%1); imported as a new creator "
                                          "because handle and profile link differ.").arg(id),
                                       CellNote::Severity::Info});
                    break;
                }
            }
        }
        return true;
    }

    p.existingId = stored->id;
    p.existingVersion = stored->version;
    if (stored->doNotContact) {
        p.action = RowAction::SkipDoNotContact;
        p.creator = *stored;
        p.notes.push_back({record.line, 0, {}, {}, tr("Creator #%1 is marked do-not-contact: left unchanged.").arg(stored->id),
                           CellNote::Severity::Info});
        return true;
    }
    if (m_options.policy == DuplicatePolicy::Skip) {
        p.action = RowAction::SkipExisting;
        p.creator = *stored;
        return true;
    }
    merge(r, *stored, p);
    p.action = (p.changedColumns.isEmpty() && !p.tagsChanged && !p.snapshotFollowers) ? RowAction::SkipUnchanged
                                                                                        : RowAction::Update;
    return true;
}

} // namespace rr
