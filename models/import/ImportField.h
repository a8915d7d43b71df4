// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rr {

// What a file holds: creator profiles, or metrics of a campaign's posts (issue §3).
enum class ImportKind { Creators, PostMetrics };

// Where one file column goes. Keys (ImportFieldText::key) are stable: they are stored in mapping
// profiles and printed by the command line.
enum class ImportField {
    Ignore,
    // Creators
    Handle,          // 小红书号
    ProfileUrl,      // 主页链接
    Nickname,        // 昵称
    RealName,
    Followers,       // 粉丝数
    LikesAndSaves,   // 获赞与收藏: lifetime, cannot be split; recognised, kept in notes
    Category,        // primary category by Chinese / English name or key
    City,
    Agency,          // agency / MCN name; a name sets has_agency
    Wechat,
    Phone,
    Email,
    PriceImage,      // 图文报价
    PriceVideo,      // 视频报价
    EngagementRate,
    Languages,
    Owner,
    Tags,
    Notes,
    AsOfDate,        // date of the figures in the row (follower snapshot / metrics as-of)
    // Post metrics
    NoteLink,        // 笔记链接
    PostTitle,
    PublishTime,     // 发布时间
    Views,           // 阅读
    Impressions,     // 曝光
    Likes,           // 点赞
    Comments,        // 评论
    Saves,           // 收藏
    Shares,          // 分享
    Clicks,          // 点击
    Source
};

class ImportFieldText
{
    Q_DECLARE_TR_FUNCTIONS(rr::ImportFieldText)
public:
    static QString key(ImportField field);
    static std::optional<ImportField> fromKey(const QString &key);
    static QString label(ImportField field);
    // The fields offered for a kind of file, Ignore first.
    static QList<ImportField> fieldsFor(ImportKind kind);
    static QString kindKey(ImportKind kind); // "creators", "post_metrics"
    static std::optional<ImportKind> kindFromKey(const QString &key);
};

} // namespace rr
