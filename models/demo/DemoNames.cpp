// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoNames.h"

#include <initializer_list>

namespace rr::demo {

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    out.reserve(int(items.size()));
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

const std::vector<NameStem> &nicknameStems()
{
    static const std::vector<NameStem> stems = [] {
        static const char *const pairs[][2] = {
            {"小鹿", "xiaolu"}, {"阿May", "amay"}, {"糖糖", "tangtang"}, {"七七", "qiqi"},
            {"橙子", "chengzi"}, {"可乐", "kele"}, {"阿柒", "aqi"}, {"鱼丸", "yuwan"},
            {"桃子", "taozi"}, {"Momo", "momo"}, {"奶茶", "naicha"}, {"豆豆", "doudou"},
            {"小野", "xiaoye"}, {"栗子", "lizi"}, {"一颗柠檬", "lemon"}, {"阿Ken", "aken"},
            {"芒果", "mango"}, {"周周", "zhouzhou"}, {"阿紫", "azi"}, {"Lily", "lily"},
            {"团子", "tuanzi"}, {"米粒", "mili"}, {"饭团", "fantuan"}, {"布丁", "pudding"},
            {"森森", "sensen"}, {"阿布", "abu"}, {"十一", "shiyi"}, {"橘子", "juzi"},
            {"小满", "xiaoman"}, {"Coco", "coco"}, {"阿遥", "ayao"}, {"大橙", "dacheng"},
            {"暖暖", "nuannuan"}, {"Yuki", "yuki"}, {"木木", "mumu"}, {"小熊", "xiaoxiong"},
            {"西西", "xixi"}, {"阿泽", "aze"}, {"苏苏", "susu"}, {"Vivi", "vivi"},
            {"麦兜", "maidou"}, {"阿星", "axing"}, {"白白", "baibai"}, {"小葵", "xiaokui"},
        };
        std::vector<NameStem> out;
        for (const auto &p : pairs)
            out.push_back({QString::fromUtf8(p[0]), QString::fromLatin1(p[1])});
        return out;
    }();
    return stems;
}

QStringList nicknameEndings(const QString &key)
{
    if (key == QLatin1String("skincare"))
        return list({"爱护肤", "的护肤日记", "成分研究所", "的梳妆台", "护肤笔记"});
    if (key == QLatin1String("makeup"))
        return list({"的化妆间", "美妆日常", "化妆师", "的彩妆盒", "爱化妆"});
    if (key == QLatin1String("fashion"))
        return list({"穿搭日记", "的衣橱", "OOTD", "今天穿什么", "的小个子穿搭"});
    if (key == QLatin1String("food"))
        return list({"的厨房", "爱吃饭", "探店中", "的一人食", "吃遍全城"});
    if (key == QLatin1String("travel"))
        return list({"去旅行", "在路上", "的旅行地图", "环游记", "周末去哪儿"});
    if (key == QLatin1String("mother_baby"))
        return list({"的育儿笔记", "妈妈", "和宝宝", "带娃日常", "的母婴好物"});
    if (key == QLatin1String("home"))
        return list({"的小家", "家居改造", "收纳控", "的出租屋", "住进理想家"});
    if (key == QLatin1String("fitness"))
        return list({"健身中", "的减脂日记", "练起来", "瑜伽日常", "跑步笔记"});
    if (key == QLatin1String("tech"))
        return list({"测评室", "数码控", "的桌搭", "玩数码", "科技生活"});
    if (key == QLatin1String("pets"))
        return list({"和她的猫", "家的狗子", "养猫日记", "的毛孩子", "铲屎官"});
    if (key == QLatin1String("education"))
        return list({"学习打卡", "的读书笔记", "考研日记", "英语角", "自习室"});
    return list({"的日常", "生活记录", "慢生活", "的vlog", "碎碎念"});
}

QString handleWord(const QString &key)
{
    static const char *const words[][2] = {
        {"skincare", "skin"}, {"makeup", "makeup"}, {"fashion", "ootd"}, {"food", "eats"},
        {"travel", "travel"}, {"mother_baby", "mama"}, {"home", "home"}, {"fitness", "fit"},
        {"tech", "tech"}, {"pets", "pets"}, {"lifestyle", "daily"}, {"education", "study"},
    };
    for (const auto &w : words) {
        if (key == QLatin1String(w[0]))
            return QString::fromLatin1(w[1]);
    }
    return QStringLiteral("life");
}

const QStringList &cities()
{
    static const QStringList v = list({"上海", "北京", "杭州", "广州", "深圳", "成都", "南京",
                                       "武汉", "重庆", "西安", "长沙", "苏州", "厦门", "天津", "青岛"});
    return v;
}

const QStringList &owners()
{
    static const QStringList v = list({"Lin Yue 林悦", "Chen Hao 陈浩", "Sophie Wang 王思菲",
                                       "Zhou Min 周敏", "Daniel Xu 徐丹尼"});
    return v;
}

const QStringList &agencies()
{
    static const QStringList v = list({"星野文化传媒", "青柚互娱MCN", "木棉花达人工作室", "拾光网络科技",
                                       "橙意传媒", "蓝鲸种草机构", "半糖文化", "山海达人经纪",
                                       "予见传媒", "小满内容工作室"});
    return v;
}

const QStringList &surnames()
{
    static const QStringList v = list({"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                       "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "罗", "梁"});
    return v;
}

const QStringList &givenNames()
{
    static const QStringList v = list({"婷婷", "佳怡", "思雨", "子涵", "浩然", "晓雯", "一鸣", "梦瑶",
                                       "雨桐", "俊杰", "欣然", "诗琪", "可馨", "宇轩", "静怡", "嘉宁"});
    return v;
}

const QStringList &creatorNotes()
{
    static const QStringList v = list({
        "回复快，报价透明，档期一般提前两周约。",
        "内容质感好，粉丝评论里问链接的很多。",
        "更擅长视频，图文报价偏高。",
        "只接自己用过的品，需要先寄样试用两周。",
        "Very polished visuals; asks for a detailed brief up front.",
        "Strong save rate on tutorials; audience mostly students.",
        "Prefers long-term partnerships over one-off posts.",
        "Bilingual content, good fit for international brands.",
        "粉丝以一线城市白领为主，客单价接受度高。",
        "去年双十一合作过同类产品，注意竞品排期。",
        "Agency handles all pricing; creator replies on WeChat herself for content.",
        "评论区互动真实，经常回复粉丝提问。",
    });
    return v;
}

const QStringList &communicationNotes()
{
    static const QStringList v = list({
        "微信沟通为主，晚上回复更快。",
        "喜欢先电话聊 brief，再书面确认。",
        "Replies within hours; very organised with deadlines.",
        "通过经纪人沟通，改稿需要走流程。",
        "Needs reminders before due dates.",
        "对产品卖点会提出自己的想法，愿意讨论。",
    });
    return v;
}

const QStringList &declineNotes()
{
    static const QStringList v = list({
        "本人要求不再联系（PIPL），勿重复导入。",
        "Asked not to be contacted again; remove from outreach lists.",
        "与竞品签了年框，两年内不合作。",
        "Fake-follower concerns after vetting; do not contact.",
    });
    return v;
}

const QStringList &audienceNotes()
{
    static const QStringList v = list({
        "女性约 85%，18–24 岁为主，一线及新一线城市。",
        "女性 70%，25–34 岁职场人群，上海/杭州占比高。",
        "男女各半，学生党居多，价格敏感。",
        "宝妈人群为主，28–35 岁，二三线城市。",
        "Mostly women 22–30 in tier-1 cities; high share of repeat commenters.",
        "Audience skews male 60%, 18–30, interested in gadgets and sport.",
    });
    return v;
}

const QStringList &pastCollaborations()
{
    static const QStringList v = list({
        "合作过某国货彩妆、某母婴品牌。",
        "去年与两家护肤品牌有过种草合作。",
        "Worked with a Korean skincare brand and a coffee chain (2025).",
        "只做过平台官方活动，无品牌合作。",
        "多次合作宠物食品品牌，注意竞品冲突。",
    });
    return v;
}

const QStringList &vettingNotes()
{
    static const QStringList v = list({
        "评论区真实讨论多，少量表情刷屏。",
        "近三个月更新稳定，每周 2–3 篇。",
        "Consistent aesthetic; comments substantive.",
        "互动率低于同量级均值，需观察。",
        "Follower jump last quarter without a viral note: check with 千瓜 data.",
    });
    return v;
}

const std::vector<TagTemplate> &tags()
{
    static const std::vector<TagTemplate> v = {
        {u("成分党"), QStringLiteral("#2e7d32")}, {u("平价"), QStringLiteral("#f9a825")},
        {u("高端"), QStringLiteral("#6a1b9a")},   {u("敏感肌"), QStringLiteral("#c2185b")},
        {u("双十一"), QStringLiteral("#d32f2f")}, {QStringLiteral("Q1 launch"), QStringLiteral("#1565c0")},
        {u("学生党"), QStringLiteral("#00838f")}, {u("宝妈"), QStringLiteral("#ef6c00")},
        {u("男性向"), QStringLiteral("#455a64")}, {QStringLiteral("Video-first"), QStringLiteral("#5d4037")},
        {u("老客户"), QStringLiteral("#558b2f")},
    };
    return v;
}

const std::vector<CampaignTemplate> &campaigns()
{
    static const std::vector<CampaignTemplate> v = {
        {u("露慕焕亮精华 上市曝光"), u("Lumière Lab 露慕实验室"), u("焕亮精华 Bright Serum"), QStringLiteral("awareness"),
         {QStringLiteral("skincare"), QStringLiteral("makeup"), QStringLiteral("lifestyle")}, -240, 45,
         u("新品上市第一波，头部+腰部铺量，KPI 看曝光和 CPM。")},
        {u("禾野燕麦脆 618 转化"), u("禾野 HEYE"), u("燕麦脆 Oat Crunch"), QStringLiteral("conversion"),
         {QStringLiteral("food"), QStringLiteral("fitness"), QStringLiteral("lifestyle")}, -225, 40,
         u("618 店铺链接挂笔记，跟踪点击和收藏率。")},
        {u("北境冻干猫粮 素人种草"), u("Nordpaw 北境宠物"), u("冻干猫粮 Freeze-dried Cat Food"), QStringLiteral("seeding"),
         {QStringLiteral("pets"), QStringLiteral("lifestyle")}, -205, 50,
         u("KOC 寄样试吃，真实反馈为主，不要求硬广口吻。")},
        {u("露慕修护面霜 敏感肌种草"), u("Lumière Lab 露慕实验室"), u("修护面霜 Barrier Cream"), QStringLiteral("seeding"),
         {QStringLiteral("skincare"), QStringLiteral("mother_baby")}, -180, 35,
         u("Sensitive-skin seeding; creators must disclose #ad.")},
        {u("动域智能跳绳 新品曝光"), u("Kinetic 动域"), u("智能跳绳 Smart Jump Rope"), QStringLiteral("awareness"),
         {QStringLiteral("fitness"), QStringLiteral("tech")}, -160, 45,
         u("视频为主，展示计数 App 和燃脂数据。")},
        {u("露慕防晒乳 夏季转化"), u("Lumière Lab 露慕实验室"), u("清透防晒乳 UV Fluid"), QStringLiteral("conversion"),
         {QStringLiteral("skincare"), QStringLiteral("travel"), QStringLiteral("makeup")}, -130, 40,
         u("Summer push with store links; track clicks per creator.")},
        {u("禾野冻干咖啡 打工人种草"), u("禾野 HEYE"), u("冻干咖啡 Freeze-dried Coffee"), QStringLiteral("seeding"),
         {QStringLiteral("food"), QStringLiteral("lifestyle"), QStringLiteral("education")}, -110, 30,
         u("早八人/考研党场景，强调便携和口感。")},
        {u("动域运动耳机 开学季转化"), u("Kinetic 动域"), u("运动耳机 Sport Earbuds"), QStringLiteral("conversion"),
         {QStringLiteral("tech"), QStringLiteral("fitness"), QStringLiteral("education")}, -80, 35,
         u("Back-to-school offer; final metrics still to be collected from 蒲公英.")},
        {u("北境宠物 品牌焕新曝光"), u("Nordpaw 北境宠物"), u("全线新包装 New Packaging"), QStringLiteral("awareness"),
         {QStringLiteral("pets"), QStringLiteral("home")}, -50, 70,
         u("品牌焕新，腰部为主，鼓励视频开箱。")},
        {u("露慕焕亮精华 双十一 种草"), u("Lumière Lab 露慕实验室"), u("焕亮精华 Bright Serum"), QStringLiteral("seeding"),
         {QStringLiteral("skincare"), QStringLiteral("makeup")}, -30, 60,
         u("双十一预热：成分党+敏感肌人群，收藏率是核心指标。")},
        {u("禾野年货礼盒 年货节转化"), u("禾野 HEYE"), u("年货礼盒 New Year Gift Box"), QStringLiteral("conversion"),
         {QStringLiteral("food"), QStringLiteral("home"), QStringLiteral("mother_baby")}, 7, 45,
         u("Brief sent; waiting for quotes from two agencies.")},
        {u("露慕 Q1 新品预热"), u("Lumière Lab 露慕实验室"), u("玻尿酸精华 Hydra Serum"), QStringLiteral("awareness"),
         {QStringLiteral("skincare"), QStringLiteral("makeup"), QStringLiteral("fashion")}, 21, 40,
         u("Q1 launch teaser: shortlist ready, contracts in negotiation.")},
    };
    return v;
}

const QStringList &postTitles()
{
    static const QStringList v = list({
        "%1真实测评｜用了28天的变化", "敏感肌也能放心用的%1", "早八人必备｜%1", "开箱%1，这次真的被种草了",
        "%1怎么选？一篇讲清楚", "打工人的%1日常", "跟着我一起用%1（附清单）", "被问爆的%1来了",
        "学生党闭眼入｜%1", "一周实测%1，说点大实话", "%1｜我的年度爱用", "%1使用教程，新手也能学会",
    });
    return v;
}

const QStringList &pushbackNotes()
{
    static const QStringList v = list({
        "建议把卖点从“美白”改成“提亮”，避免违规词。",
        "Suggested a before/after format instead of the scripted unboxing; it performed better.",
        "认为脚本太硬广，主动改成 vlog 形式。",
        "Asked to drop the discount code from the caption to keep the note organic.",
    });
    return v;
}

const QStringList &revisionNotes()
{
    static const QStringList v = list({
        "改稿一次，修改标题和首图，配合度高。",
        "Two rounds of revisions; accepted all brand comments within a day.",
        "首版漏了品牌 tag，补发后通过。",
        "Resisted changes to the cover image; resolved after a call.",
    });
    return v;
}

const QStringList &renewalReasons(const QString &renewal)
{
    static const QStringList yes = list({"数据超预期，收藏率高，计划续约。", "Great brand fit and on time; book for next launch.",
                                         "粉丝评论质量高，适合长期合作。"});
    static const QStringList no = list({"交付延期且少发一篇，不再续约。", "Engagement far below tier norm; not worth the fee.",
                                        "报价上涨 50%，性价比不高。"});
    static const QStringList maybe = list({"效果一般，看下季度预算再定。", "Good content but slow replies; maybe for seeding only.",
                                           "等竞品排期结束后再评估。"});
    if (renewal == QLatin1String("yes"))
        return yes;
    if (renewal == QLatin1String("no"))
        return no;
    return maybe;
}

const QStringList &contactNotes()
{
    static const QStringList v = list({
        "首次联系：小红书私信，附品牌介绍。", "First outreach via WeChat, rate card requested.",
        "通过经纪人邮件联系。", "Met at a brand event in Shanghai; exchanged WeChat.",
        "蒲公英平台发起邀约。",
    });
    return v;
}

const QStringList &eventNotes()
{
    static const QStringList v = list({
        "寄样已签收。", "Sent product samples; tracking shared.", "报价更新：图文价上调。",
        "Followed up on the brief; will reply after the weekend.", "确认档期，下月初可发。",
        "提醒补充数据截图。",
    });
    return v;
}

QString statusNameZh(const QString &key)
{
    static const char *const names[][2] = {
        {"prospect", "潜在"}, {"outreach_sent", "已联系"}, {"negotiating", "洽谈中"},
        {"active", "合作中"}, {"paused", "暂停"}, {"declined", "不再合作"},
    };
    for (const auto &n : names) {
        if (key == QLatin1String(n[0]))
            return QString::fromUtf8(n[1]);
    }
    return key;
}

} // namespace rr::demo
