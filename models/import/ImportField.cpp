// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportField.h"

#include <array>

namespace rr {

namespace {

struct FieldInfo
{
    ImportField field;
    const char *key;
    ImportKind kind;
};

constexpr std::array<FieldInfo, 32> kFields{{
    {ImportField::Ignore, "ignore", ImportKind::Creators},
    {ImportField::Handle, "handle", ImportKind::Creators},
    {ImportField::ProfileUrl, "profile_url", ImportKind::Creators},
    {ImportField::Nickname, "nickname", ImportKind::Creators},
    {ImportField::RealName, "real_name", ImportKind::Creators},
    {ImportField::Followers, "followers", ImportKind::Creators},
    {ImportField::LikesAndSaves, "likes_and_saves", ImportKind::Creators},
    {ImportField::Category, "category", ImportKind::Creators},
    {ImportField::City, "city", ImportKind::Creators},
    {ImportField::Agency, "agency", ImportKind::Creators},
    {ImportField::Wechat, "wechat", ImportKind::Creators},
    {ImportField::Phone, "phone", ImportKind::Creators},
    {ImportField::Email, "email", ImportKind::Creators},
    {ImportField::PriceImage, "price_image", ImportKind::Creators},
    {ImportField::PriceVideo, "price_video", ImportKind::Creators},
    {ImportField::EngagementRate, "engagement_rate", ImportKind::Creators},
    {ImportField::Languages, "languages", ImportKind::Creators},
    {ImportField::Owner, "owner", ImportKind::Creators},
    {ImportField::Tags, "tags", ImportKind::Creators},
    {ImportField::Notes, "notes", ImportKind::Creators},
    {ImportField::AsOfDate, "as_of", ImportKind::Creators}, // both kinds
    {ImportField::NoteLink, "note_link", ImportKind::PostMetrics},
    {ImportField::PostTitle, "post_title", ImportKind::PostMetrics},
    {ImportField::PublishTime, "publish_time", ImportKind::PostMetrics},
    {ImportField::Views, "views", ImportKind::PostMetrics},
    {ImportField::Impressions, "impressions", ImportKind::PostMetrics},
    {ImportField::Likes, "likes", ImportKind::PostMetrics},
    {ImportField::Comments, "comments", ImportKind::PostMetrics},
    {ImportField::Saves, "saves", ImportKind::PostMetrics},
    {ImportField::Shares, "shares", ImportKind::PostMetrics},
    {ImportField::Clicks, "clicks", ImportKind::PostMetrics},
    {ImportField::Source, "source", ImportKind::PostMetrics},
}};

} // namespace

QString ImportFieldText::key(ImportField field)
{
    for (const FieldInfo &f : kFields) {
        if (f.field == field)
            return QString::fromLatin1(f.key);
    }
    return QStringLiteral("ignore");
}

std::optional<ImportField> ImportFieldText::fromKey(const QString &key)
{
    for (const FieldInfo &f : kFields) {
        if (key == QLatin1String(f.key))
            return f.field;
    }
    return std::nullopt;
}

QString ImportFieldText::label(ImportField field)
{
    switch (field) {
    case ImportField::Ignore: return tr("(ignore)");
    case ImportField::Handle: return tr("Handle (小红书号)");
    case ImportField::ProfileUrl: return tr("Profile link");
    case ImportField::Nickname: return tr("Nickname");
    case ImportField::RealName: return tr("Real name");
    case ImportField::Followers: return tr("Followers");
    case ImportField::LikesAndSaves: return tr("Lifetime likes and saves (kept in notes)");
    case ImportField::Category: return tr("Primary category");
    case ImportField::City: return tr("City");
    case ImportField::Agency: return tr("Agency / MCN");
    case ImportField::Wechat: return tr("WeChat");
    case ImportField::Phone: return tr("Phone");
    case ImportField::Email: return tr("Email");
    case ImportField::PriceImage: return tr("Image-note price");
    case ImportField::PriceVideo: return tr("Video-note price");
    case ImportField::EngagementRate: return tr("Engagement rate");
    case ImportField::Languages: return tr("Languages");
    case ImportField::Owner: return tr("Owner");
    case ImportField::Tags: return tr("Tags");
    case ImportField::Notes: return tr("Notes");
    case ImportField::AsOfDate: return tr("As-of date");
    case ImportField::NoteLink: return tr("Note link");
    case ImportField::PostTitle: return tr("Post title");
    case ImportField::PublishTime: return tr("Publish time");
    case ImportField::Views: return tr("Views (reads)");
    case ImportField::Impressions: return tr("Impressions");
    case ImportField::Likes: return tr("Likes");
    case ImportField::Comments: return tr("Comments");
    case ImportField::Saves: return tr("Saves");
    case ImportField::Shares: return tr("Shares");
    case ImportField::Clicks: return tr("Clicks");
    case ImportField::Source: return tr("Source");
    }
    return {};
}

QList<ImportField> ImportFieldText::fieldsFor(ImportKind kind)
{
    QList<ImportField> out;
    for (const FieldInfo &f : kFields) {
        if (f.kind == kind || f.field == ImportField::Ignore || f.field == ImportField::AsOfDate)
            out << f.field;
    }
    return out;
}

QString ImportFieldText::kindKey(ImportKind kind)
{
    return kind == ImportKind::PostMetrics ? QStringLiteral("post_metrics") : QStringLiteral("creators");
}

std::optional<ImportKind> ImportFieldText::kindFromKey(const QString &key)
{
    if (key == QLatin1String("creators"))
        return ImportKind::Creators;
    if (key == QLatin1String("post_metrics"))
        return ImportKind::PostMetrics;
    return std::nullopt;
}

} // namespace rr
