// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/RosterExport.h"

#include "export/CsvWriter.h"
#include "export/XlsxWriter.h"
#include "roster/RosterFormat.h"
#include "roster/RosterQuery.h"
#include "store/Database.h"
#include "store/SqlRunner.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rr {

namespace {

// Profile columns read, in the order rowCells() reads them (a whitelist: only these names reach SQL).
const QString &profileSelect()
{
    static const QString sql = QStringLiteral(
        "SELECT c.id, c.handle, c.profile_url, c.nickname, c.real_name, c.followers, c.followers_as_of, "
        "c.tier_override, cat.name_zh, cat.name_en, c.city, c.languages, c.status, c.do_not_contact, c.owner, "
        "c.has_agency, c.agency_name, c.price_image_fen, c.price_video_fen, c.fee_min_fen, c.fee_max_fen, "
        "c.formats, c.avg_engagement_rate, c.brand_fit, c.reliability, c.contact_method, c.wechat, c.phone, "
        "c.email, c.first_contact_on, c.communication_notes, c.notes, c.updated_at "
        "FROM creators c LEFT JOIN categories cat ON cat.id = c.primary_category_id");
    return sql;
}

enum Field {
    FId, FHandle, FProfileUrl, FNickname, FRealName, FFollowers, FFollowersAsOf, FTierOverride, FCatZh, FCatEn,
    FCity, FLanguages, FStatus, FDoNotContact, FOwner, FHasAgency, FAgencyName, FPriceImage, FPriceVideo,
    FFeeMin, FFeeMax, FFormats, FEngagementRate, FBrandFit, FReliability, FContactMethod, FWechat, FPhone,
    FEmail, FFirstContact, FCommunicationNotes, FNotes, FUpdated
};

// One list of (creator id, text) ordered by creator id, merged with the profile rows as they go
// by. On SQLite it is a forward-only cursor, so memory stays one row whatever the roster's size;
// on PostgreSQL the lists (not the profiles) are held whole.
class SideList
{
public:
    explicit SideList(const Database &db) : m_query(db.sql())
    {
        // PostgreSQL's driver streams a forward-only result row by row and drops the rest when
        // the same connection runs the next query (here: the profile rows). There the list is
        // read whole instead; on SQLite cursors coexist.
        m_query.setForwardOnly(db.dialect().backend() != Backend::Postgres);
    }
    bool exec(SqlRunner &run, const QString &sql, const QVariantList &binds)
    {
        if (!run.exec(m_query, sql, binds))
            return false;
        m_valid = m_query.next();
        return true;
    }
    // The texts of `creatorId` joined with "; ". Ids must come in ascending order.
    QString take(qint64 creatorId)
    {
        QStringList out;
        while (m_valid && m_query.value(0).toLongLong() <= creatorId) {
            if (m_query.value(0).toLongLong() == creatorId)
                out << m_query.value(1).toString();
            m_valid = m_query.next();
        }
        return out.join(QLatin1String("; "));
    }

private:
    QSqlQuery m_query;
    bool m_valid = false;
};

QVariant number(const QVariant &v)
{
    return v.isNull() ? QVariant() : QVariant(v.toLongLong());
}

QVariant real(const QVariant &v)
{
    return v.isNull() ? QVariant() : QVariant(v.toDouble());
}

QVariant yuan(const QVariant &fen)
{
    return fen.isNull() ? QVariant() : QVariant(double(fen.toLongLong()) / 100.0);
}

QString yesNo(bool value)
{
    return value ? RosterExport::tr("yes") : RosterExport::tr("no");
}

QString commaList(const QString &stored, QString (*label)(const QString &))
{
    QStringList out;
    for (const QString &part : stored.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << label(part.trimmed());
    return out.join(QLatin1String(", "));
}

QString formatLabel(const QString &key)
{
    const auto f = FormatText::fromKey(key);
    return f ? FormatText::label(*f) : key;
}

QString sameText(const QString &text)
{
    return text;
}

QVariantList rowCells(const QSqlQuery &q, const TierThresholds &thresholds, bool chinese, const QString &secondary,
                      const QString &tags)
{
    QVariantList v;
    v.reserve(int(ExportColumn::Count));
    const QString overrideKey = q.value(FTierOverride).toString();
    std::optional<Tier> tier = TierText::fromKey(overrideKey);
    if (!tier && !q.value(FFollowers).isNull())
        tier = thresholds.tierFor(q.value(FFollowers).toLongLong());
    const auto status = StatusText::fromKey(q.value(FStatus).toString());
    const bool hasAgency = q.value(FHasAgency).toInt() != 0;
    QString agency;
    if (hasAgency)
        agency = q.value(FAgencyName).toString().isEmpty() ? RosterExport::tr("yes (name unknown)")
                                                           : q.value(FAgencyName).toString();
    v << number(q.value(FId)) << q.value(FHandle).toString() << q.value(FProfileUrl).toString()
      << q.value(FNickname).toString() << q.value(FRealName).toString() << number(q.value(FFollowers))
      << q.value(FFollowersAsOf).toString() << (tier ? TierText::label(*tier) : QString())
      << (overrideKey.isEmpty() ? QString() : yesNo(true))
      << (chinese ? q.value(FCatZh).toString() : q.value(FCatEn).toString()) << secondary << tags
      << q.value(FCity).toString() << commaList(q.value(FLanguages).toString(), &sameText)
      << (status ? StatusText::label(*status) : q.value(FStatus).toString())
      << yesNo(q.value(FDoNotContact).toInt() != 0) << q.value(FOwner).toString() << agency
      << yuan(q.value(FPriceImage)) << yuan(q.value(FPriceVideo)) << yuan(q.value(FFeeMin)) << yuan(q.value(FFeeMax))
      << commaList(q.value(FFormats).toString(), &formatLabel) << real(q.value(FEngagementRate))
      << real(q.value(FBrandFit)) << real(q.value(FReliability)) << q.value(FContactMethod).toString()
      << q.value(FWechat).toString() << q.value(FPhone).toString() << q.value(FEmail).toString()
      << q.value(FFirstContact).toString() << q.value(FCommunicationNotes).toString() << q.value(FNotes).toString()
      << q.value(FUpdated).toString();
    return v;
}

} // namespace

QString RosterExport::title(ExportColumn column)
{
    switch (column) {
    case ExportColumn::Id: return tr("ID");
    case ExportColumn::Handle: return tr("XHS ID");
    case ExportColumn::ProfileUrl: return tr("Profile link");
    case ExportColumn::Nickname: return tr("Nickname");
    case ExportColumn::RealName: return tr("Real name");
    case ExportColumn::Followers: return tr("Followers");
    case ExportColumn::FollowersAsOf: return tr("Followers as of");
    case ExportColumn::Tier: return tr("Tier");
    case ExportColumn::TierSetByHand: return tr("Tier set by hand");
    case ExportColumn::PrimaryCategory: return tr("Primary category");
    case ExportColumn::SecondaryCategories: return tr("Secondary categories");
    case ExportColumn::Tags: return tr("Tags");
    case ExportColumn::City: return tr("City");
    case ExportColumn::Languages: return tr("Languages");
    case ExportColumn::Status: return tr("Status");
    case ExportColumn::DoNotContact: return tr("Do not contact");
    case ExportColumn::Owner: return tr("Owner");
    case ExportColumn::Agency: return tr("Agency / MCN");
    case ExportColumn::PriceImage: return tr("Image-note price (CNY)");
    case ExportColumn::PriceVideo: return tr("Video-note price (CNY)");
    case ExportColumn::FeeMin: return tr("Lowest fee (CNY)");
    case ExportColumn::FeeMax: return tr("Highest fee (CNY)");
    case ExportColumn::Formats: return tr("Formats");
    case ExportColumn::EngagementRate: return tr("Average engagement rate (0-1)");
    case ExportColumn::BrandFit: return tr("Brand fit (1-5)");
    case ExportColumn::Reliability: return tr("Reliability (1-5)");
    case ExportColumn::ContactMethod: return tr("Preferred contact");
    case ExportColumn::Wechat: return tr("WeChat");
    case ExportColumn::Phone: return tr("Phone");
    case ExportColumn::Email: return tr("Email");
    case ExportColumn::FirstContact: return tr("First contact");
    case ExportColumn::CommunicationNotes: return tr("Communication notes");
    case ExportColumn::Notes: return tr("Notes");
    case ExportColumn::Updated: return tr("Updated (UTC)");
    case ExportColumn::Count: break;
    }
    return {};
}

CellKind RosterExport::kind(ExportColumn column)
{
    switch (column) {
    case ExportColumn::Id:
    case ExportColumn::Followers:
        return CellKind::Integer;
    case ExportColumn::FollowersAsOf:
    case ExportColumn::FirstContact:
        return CellKind::Date;
    case ExportColumn::Updated:
        return CellKind::DateTime;
    case ExportColumn::PriceImage:
    case ExportColumn::PriceVideo:
    case ExportColumn::FeeMin:
    case ExportColumn::FeeMax:
        return CellKind::Money;
    case ExportColumn::EngagementRate:
        return CellKind::Ratio;
    case ExportColumn::BrandFit:
    case ExportColumn::Reliability:
        return CellKind::Number;
    case ExportColumn::Phone:
        return CellKind::Phone;
    default:
        return CellKind::Text;
    }
}

QList<CellKind> RosterExport::kinds()
{
    QList<CellKind> out;
    for (int i = 0; i < int(ExportColumn::Count); ++i)
        out << kind(static_cast<ExportColumn>(i));
    return out;
}

QStringList RosterExport::headers()
{
    QStringList out;
    for (int i = 0; i < int(ExportColumn::Count); ++i)
        out << title(static_cast<ExportColumn>(i));
    return out;
}

bool RosterExport::writeCsv(const Database &db, const RosterFilter &filter, QIODevice *device, qint64 *rows,
                            StoreError *error, const TierThresholds &thresholds)
{
    CsvSink csv(device);
    return writeRows(db, filter, csv, rows, error, thresholds);
}

bool RosterExport::writeRows(const Database &db, const RosterFilter &filter, TableSink &sink, qint64 *rows,
                             StoreError *error, const TierThresholds &thresholds, const QString &sheet)
{
    if (rows)
        *rows = 0;
    const bool chinese = RosterFormat::chineseNames();
    RosterQuerySpec spec;
    spec.filter = filter;
    spec.thresholds = thresholds;
    QVariantList binds;
    const QString where = RosterQuery::whereClause(spec, db.dialect(), &binds);
    const QString restrict = where.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE x.creator_id IN (SELECT c.id FROM creators c") + where + QLatin1Char(')');
    const QString categoryName = chinese ? QStringLiteral("k.name_zh") : QStringLiteral("k.name_en");

    SqlRunner run(db, error, QStringLiteral("roster export"));
    SideList secondary(db);
    if (!secondary.exec(run,
                        QStringLiteral("SELECT x.creator_id, %1 FROM creator_categories x JOIN categories k ON "
                                       "k.id = x.category_id%2 ORDER BY x.creator_id, k.sort_order, k.id")
                            .arg(categoryName, restrict),
                        binds))
        return false;
    SideList tags(db);
    if (!tags.exec(run,
                   QStringLiteral("SELECT x.creator_id, t.name FROM creator_tags x JOIN tags t ON t.id = x.tag_id%1 "
                                  "ORDER BY x.creator_id, t.name")
                       .arg(restrict),
                   binds))
        return false;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!run.exec(q, profileSelect() + where + QStringLiteral(" ORDER BY c.id"), binds))
        return false;

    if (!sink.begin(sheet.isEmpty() ? tr("Roster") : sheet, headers(), kinds()))
        return false;
    qint64 written = 0;
    while (q.next()) {
        const qint64 id = q.value(FId).toLongLong();
        if (!sink.row(rowCells(q, thresholds, chinese, secondary.take(id), tags.take(id))))
            return false;
        ++written;
    }
    if (q.lastError().isValid()) // a failure while stepping ends next() early
        return run.fail(q);
    if (rows)
        *rows = written;
    return true;
}

bool RosterExport::writeShortlistCsv(const Database &db, qint64 shortlistId, QIODevice *device, qint64 *rows,
                                     StoreError *error, const TierThresholds &thresholds)
{
    RosterFilter filter;
    filter.shortlistId = shortlistId;
    return writeCsv(db, filter, device, rows, error, thresholds);
}

bool RosterExport::writeXlsx(const Database &db, const RosterFilter &filter, const QString &path,
                             XlsxResult *result, const TierThresholds &thresholds)
{
    return XlsxWriter::exportTo(
        path,
        [&](TableSink &sink, StoreError *error) {
            return writeRows(db, filter, sink, nullptr, error, thresholds, tr("Roster"));
        },
        result);
}

bool RosterExport::writeShortlistXlsx(const Database &db, qint64 shortlistId, const QString &path,
                                      XlsxResult *result, const TierThresholds &thresholds)
{
    RosterFilter filter;
    filter.shortlistId = shortlistId;
    return XlsxWriter::exportTo(
        path,
        [&](TableSink &sink, StoreError *error) {
            return writeRows(db, filter, sink, nullptr, error, thresholds, tr("Shortlist"));
        },
        result);
}

} // namespace rr
