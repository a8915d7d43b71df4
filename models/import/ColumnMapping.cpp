// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ColumnMapping.h"

#include "import/HeaderMatcher.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QUrl>

namespace rr {

namespace {

const QString kGroup = QStringLiteral("mappingProfiles");

QString settingsKey(const QString &name)
{
    // '/' and '\\' would make sub-groups: percent-encode the name.
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

ColumnMapping make(ImportKind kind, const char *name, const char *headers,
                   std::initializer_list<ImportField> fields, bool fen = false)
{
    ColumnMapping m;
    m.kind = kind;
    m.name = QString::fromLatin1(name);
    m.headers = QString::fromUtf8(headers).split(QLatin1Char('|'));
    m.fields = QList<ImportField>(fields);
    m.pricesInFen = fen;
    Q_ASSERT(m.headers.size() == m.fields.size());
    return m;
}

} // namespace

QList<ImportField> ColumnMapping::conflicts() const
{
    QList<ImportField> seen;
    QList<ImportField> out;
    for (ImportField f : fields) {
        if (f == ImportField::Ignore || f == ImportField::Tags || f == ImportField::Notes)
            continue;
        if (seen.contains(f) && !out.contains(f))
            out << f;
        seen << f;
    }
    return out;
}

ColumnMapping ColumnMapping::appliedTo(const QStringList &header) const
{
    QHash<QString, ImportField> known;
    for (int i = 0; i < headers.size() && i < fields.size(); ++i)
        known.insert(HeaderMatcher::normalize(headers.at(i)), fields.at(i));
    ColumnMapping out = HeaderMatcher::automatic(header, kind);
    out.name = name;
    out.pricesInFen = pricesInFen;
    for (int i = 0; i < header.size(); ++i) {
        const auto it = known.constFind(HeaderMatcher::normalize(header.at(i)));
        if (it != known.constEnd())
            out.fields[i] = *it;
    }
    // A field an explicit column took is not also taken by a guessed one.
    for (int i = 0; i < header.size(); ++i) {
        const ImportField f = out.fields.at(i);
        if (f == ImportField::Ignore || f == ImportField::Tags || f == ImportField::Notes
            || known.contains(HeaderMatcher::normalize(header.at(i))))
            continue;
        for (int j = 0; j < header.size(); ++j) {
            if (j != i && out.fields.at(j) == f && known.contains(HeaderMatcher::normalize(header.at(j)))) {
                out.fields[i] = ImportField::Ignore;
                break;
            }
        }
    }
    return out;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray cols;
    for (int i = 0; i < fields.size(); ++i) {
        QJsonObject c;
        c.insert(QStringLiteral("header"), i < headers.size() ? headers.at(i) : QString());
        c.insert(QStringLiteral("field"), ImportFieldText::key(fields.at(i)));
        cols.append(c);
    }
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("redroster-mapping"));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("kind"), ImportFieldText::kindKey(kind));
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("prices_in_fen"), pricesInFen);
    o.insert(QStringLiteral("columns"), cols);
    return o;
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<ColumnMapping> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("redroster-mapping"))
        return fail(MappingProfiles::tr("Not a RedRoster column mapping."));
    ColumnMapping m;
    const auto kind = ImportFieldText::kindFromKey(json.value(QStringLiteral("kind")).toString(QStringLiteral("creators")));
    if (!kind)
        return fail(MappingProfiles::tr("Unknown kind of import \"%1\".").arg(json.value(QStringLiteral("kind")).toString()));
    m.kind = *kind;
    m.name = json.value(QStringLiteral("name")).toString();
    m.pricesInFen = json.value(QStringLiteral("prices_in_fen")).toBool();
    const QJsonArray cols = json.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue &v : cols) {
        const QJsonObject c = v.toObject();
        const QString key = c.value(QStringLiteral("field")).toString();
        const auto f = ImportFieldText::fromKey(key);
        if (!f)
            return fail(MappingProfiles::tr("Unknown field \"%1\" in the mapping.").arg(key));
        m.headers << c.value(QStringLiteral("header")).toString();
        m.fields << *f;
    }
    return m;
}

QStringList MappingPresets::keys()
{
    return {QStringLiteral("pugongying"), QStringLiteral("pugongying_api"), QStringLiteral("qiangua"),
            QStringLiteral("xinhong"), QStringLiteral("generic"), QStringLiteral("post_metrics")};
}

QString MappingPresets::label(const QString &key)
{
    if (key == QLatin1String("pugongying"))
        return tr("Pugongying (蒲公英) export");
    if (key == QLatin1String("pugongying_api"))
        return tr("Pugongying (蒲公英) API fields, prices in fen");
    if (key == QLatin1String("qiangua"))
        return tr("Qiangua (千瓜) export");
    if (key == QLatin1String("xinhong"))
        return tr("Xinhong (新红) export");
    if (key == QLatin1String("generic"))
        return tr("Generic spreadsheet");
    if (key == QLatin1String("post_metrics"))
        return tr("Post metrics");
    return key;
}

std::optional<ColumnMapping> MappingPresets::preset(const QString &key)
{
    using F = ImportField;
    const ImportKind C = ImportKind::Creators;
    if (key == QLatin1String("pugongying"))
        return make(C, "pugongying", "达人昵称|小红书号|主页链接|粉丝数|获赞与收藏|内容分类|所在地|机构|图文报价|视频报价|互动率",
                    {F::Nickname, F::Handle, F::ProfileUrl, F::Followers, F::LikesAndSaves, F::Category,
                     F::City, F::Agency, F::PriceImage, F::PriceVideo, F::EngagementRate});
    if (key == QLatin1String("pugongying_api"))
        return make(C, "pugongying_api", "kol_nick_name|red_id|kol_fan_num|picture_price|video_price|location|category",
                    {F::Nickname, F::Handle, F::Followers, F::PriceImage, F::PriceVideo, F::City, F::Category}, true);
    if (key == QLatin1String("qiangua"))
        return make(C, "qiangua", "博主昵称|小红书号|粉丝数|获赞与收藏|领域|所在地|MCN|图文报价|视频报价|主页链接",
                    {F::Nickname, F::Handle, F::Followers, F::LikesAndSaves, F::Category, F::City, F::Agency,
                     F::PriceImage, F::PriceVideo, F::ProfileUrl});
    if (key == QLatin1String("xinhong"))
        return make(C, "xinhong", "达人昵称|红书号|粉丝量|赞藏总数|类目|城市|机构|图文报价|视频报价|主页",
                    {F::Nickname, F::Handle, F::Followers, F::LikesAndSaves, F::Category, F::City, F::Agency,
                     F::PriceImage, F::PriceVideo, F::ProfileUrl});
    if (key == QLatin1String("generic"))
        return make(C, "generic", "handle|nickname|profile_url|followers|category|city|agency|wechat|phone|email|picture_price|video_price|notes",
                    {F::Handle, F::Nickname, F::ProfileUrl, F::Followers, F::Category, F::City, F::Agency,
                     F::Wechat, F::Phone, F::Email, F::PriceImage, F::PriceVideo, F::Notes});
    if (key == QLatin1String("post_metrics"))
        return make(ImportKind::PostMetrics, "post_metrics", "笔记链接|笔记标题|发布时间|阅读|曝光|点赞|评论|收藏|分享|点击|数据日期|来源",
                    {F::NoteLink, F::PostTitle, F::PublishTime, F::Views, F::Impressions, F::Likes, F::Comments,
                     F::Saves, F::Shares, F::Clicks, F::AsOfDate, F::Source});
    return std::nullopt;
}

QStringList MappingProfiles::names(QSettings &settings)
{
    settings.beginGroup(kGroup);
    const QStringList keys = settings.childKeys();
    settings.endGroup();
    QStringList out;
    for (const QString &k : keys)
        out << QUrl::fromPercentEncoding(k.toLatin1());
    out.sort(Qt::CaseInsensitive);
    return out;
}

bool MappingProfiles::save(QSettings &settings, const ColumnMapping &mapping, QString *error)
{
    if (mapping.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A mapping profile needs a name.");
        return false;
    }
    settings.beginGroup(kGroup);
    settings.setValue(settingsKey(mapping.name.trimmed()),
                      QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (error)
            *error = tr("The mapping profile could not be saved.");
        return false;
    }
    return true;
}

std::optional<ColumnMapping> MappingProfiles::load(QSettings &settings, const QString &name, QString *error)
{
    settings.beginGroup(kGroup);
    const QVariant v = settings.value(settingsKey(name.trimmed()));
    settings.endGroup();
    if (!v.isValid()) {
        if (error)
            *error = tr("No mapping profile named \"%1\".").arg(name);
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
    return ColumnMapping::fromJson(doc.object(), error);
}

bool MappingProfiles::remove(QSettings &settings, const QString &name)
{
    settings.beginGroup(kGroup);
    const QString key = settingsKey(name.trimmed());
    const bool had = settings.contains(key);
    settings.remove(key);
    settings.endGroup();
    return had;
}

std::optional<ColumnMapping> MappingProfiles::resolve(QSettings &settings, const QString &nameOrFile, QString *error)
{
    const QFileInfo info(nameOrFile);
    if (info.isFile()) {
        QFile f(nameOrFile);
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot read the mapping file %1.").arg(nameOrFile);
            return std::nullopt;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            if (error)
                *error = tr("The mapping file %1 is not valid JSON: %2").arg(nameOrFile, pe.errorString());
            return std::nullopt;
        }
        return ColumnMapping::fromJson(doc.object(), error);
    }
    if (names(settings).contains(nameOrFile.trimmed()))
        return load(settings, nameOrFile, error);
    if (auto p = MappingPresets::preset(nameOrFile.trimmed()))
        return p;
    if (error)
        *error = tr("No mapping file, profile or preset named \"%1\".").arg(nameOrFile);
    return std::nullopt;
}

} // namespace rr
