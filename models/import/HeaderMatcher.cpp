// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/HeaderMatcher.h"

#include <QHash>
#include <QRegularExpression>

namespace rr {

namespace {

struct Alias
{
    ImportField field;
    const char *names; // '|'-separated, UTF-8
};

// Every name in ../shared/domain.md "Column names seen in the wild", plus common variants.
const Alias kAliases[] = {
    {ImportField::Handle, "小红书号|红书号|小红书id|小红书账号|xhs_id|xhsid|red_id|redid|handle|账号|账号id|red number"},
    {ImportField::ProfileUrl, "主页链接|主页|主页地址|博主主页|达人主页|主页url|profile_url|profile link|profile|link|url|homepage"},
    {ImportField::Nickname, "博主昵称|达人昵称|昵称|博主名称|达人名称|博主|达人|nickname|nick_name|kol_nick_name|kol_name|name|creator"},
    {ImportField::RealName, "真实姓名|姓名|real_name|real name|full name"},
    {ImportField::Followers, "粉丝数|粉丝量|粉丝|粉丝总数|followers|follower|kol_fan_num|fan_num|fans|fans_num|follower_count|followers count"},
    {ImportField::LikesAndSaves, "获赞与收藏|获赞和收藏|赞藏总数|赞藏|获赞收藏|likes_and_saves|likes and saves|total likes and saves"},
    {ImportField::Category, "领域|类目|内容分类|内容类目|分类|主要领域|内容领域|category|primary category|primary_category|niche"},
    {ImportField::City, "城市|所在地|所在城市|地区|地域|ip属地|location|city|region"},
    {ImportField::Agency, "机构|mcn|mcn机构|所属机构|所属mcn|agency|agency name|mcn name"},
    {ImportField::Wechat, "微信|微信号|wechat|wechat_id|wechat id|weixin|wx"},
    {ImportField::Phone, "手机|手机号|手机号码|电话|联系电话|phone|mobile|phone number|tel"},
    {ImportField::Email, "邮箱|电子邮箱|邮件|email|e-mail|mail|email address"},
    {ImportField::PriceImage, "图文报价|图文价格|图文笔记报价|picture_price|image_price|image price|image note price|photo price"},
    {ImportField::PriceVideo, "视频报价|视频价格|视频笔记报价|video_price|video price|video note price"},
    {ImportField::EngagementRate, "互动率|平均互动率|engagement_rate|engagement rate|avg engagement rate|er"},
    {ImportField::Languages, "语言|languages|language"},
    {ImportField::Owner, "负责人|对接人|owner|account owner"},
    {ImportField::Tags, "标签|tags|tag|labels"},
    {ImportField::Notes, "备注|说明|notes|note|remarks|remark|comment"},
    {ImportField::AsOfDate, "数据日期|更新日期|统计日期|日期|截止日期|as_of|as of|as of date|date|data date"},
    {ImportField::NoteLink, "笔记链接|笔记地址|笔记url|note_link|note link|note_url|post_url|post link|post url"},
    {ImportField::PostTitle, "笔记标题|标题|post_title|title|note title"},
    {ImportField::PublishTime, "发布时间|发布日期|publish time|publish_time|published|published_at|post date|publish date"},
    {ImportField::Views, "阅读|阅读量|阅读数|read_num|reads|views|view_num"},
    {ImportField::Impressions, "曝光|曝光量|曝光数|imp_num|impressions|impression"},
    {ImportField::Likes, "点赞|点赞数|点赞量|like_num|likes"},
    {ImportField::Comments, "评论|评论数|评论量|cmt_num|comments|comment_num"},
    {ImportField::Saves, "收藏|收藏数|收藏量|fav_num|saves|favorites|collects"},
    {ImportField::Shares, "分享|分享数|分享量|share_num|shares"},
    {ImportField::Clicks, "点击|点击量|点击数|click_num|clicks"},
    {ImportField::Source, "来源|数据来源|source|data source"},
};

using Table = QHash<QString, ImportField>;

const Table &tableFor(ImportKind kind)
{
    static const auto build = [](ImportKind k) {
        Table t;
        const QList<ImportField> allowed = ImportFieldText::fieldsFor(k);
        for (const Alias &a : kAliases) {
            if (!allowed.contains(a.field))
                continue;
            const QStringList names = QString::fromUtf8(a.names).split(QLatin1Char('|'));
            for (const QString &n : names)
                t.insert(HeaderMatcher::normalize(n), a.field);
        }
        // In a creators file "comment" means notes; in a metrics file it is a count.
        if (k == ImportKind::PostMetrics)
            t.insert(QStringLiteral("comment"), ImportField::Comments);
        return t;
    };
    static const Table creators = build(ImportKind::Creators);
    static const Table metrics = build(ImportKind::PostMetrics);
    return kind == ImportKind::PostMetrics ? metrics : creators;
}

} // namespace

QString HeaderMatcher::normalize(const QString &header)
{
    const QString folded = header.normalized(QString::NormalizationForm_KC).toLower();
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

std::optional<ImportField> HeaderMatcher::match(const QString &header, ImportKind kind)
{
    const Table &t = tableFor(kind);
    const QString n = normalize(header);
    if (n.isEmpty())
        return std::nullopt;
    if (const auto it = t.constFind(n); it != t.constEnd())
        return *it;
    // A unit or remark in brackets: 图文报价(元), 粉丝数（万）, Followers [k].
    static const QRegularExpression bracketed(QStringLiteral("[(\\[{（【［].*?[)\\]}）】］]"));
    QString stripped = header;
    stripped.remove(bracketed);
    const QString n2 = normalize(stripped);
    if (!n2.isEmpty() && n2 != n) {
        if (const auto it = t.constFind(n2); it != t.constEnd())
            return *it;
    }
    return std::nullopt;
}

ColumnMapping HeaderMatcher::automatic(const QStringList &header, ImportKind kind)
{
    ColumnMapping m;
    m.kind = kind;
    m.headers = header;
    for (const QString &h : header) {
        ImportField f = match(h, kind).value_or(ImportField::Ignore);
        if (f != ImportField::Ignore && f != ImportField::Tags && f != ImportField::Notes && m.fields.contains(f))
            f = ImportField::Ignore;
        m.fields << f;
    }
    return m;
}

ImportKind HeaderMatcher::guessKind(const QStringList &header)
{
    bool noteLink = false;
    bool identity = false;
    for (const QString &h : header) {
        if (match(h, ImportKind::PostMetrics) == ImportField::NoteLink)
            noteLink = true;
        const auto c = match(h, ImportKind::Creators);
        if (c == ImportField::Handle || c == ImportField::ProfileUrl || c == ImportField::Followers)
            identity = true;
    }
    return noteLink && !identity ? ImportKind::PostMetrics : ImportKind::Creators;
}

} // namespace rr
