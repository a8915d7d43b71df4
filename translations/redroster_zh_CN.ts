<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rr::AddCampaignCommand</name>
    <message>
        <source>Add campaign %1</source>
        <translation>新建活动 %1</translation>
    </message>
</context>
<context>
    <name>rr::AddCollaborationDialog</name>
    <message>
        <source>Add creators to the campaign</source>
        <translation>向活动添加博主</translation>
    </message>
    <message>
        <source>Search by nickname or XHS ID…</source>
        <translation>按昵称或小红书号搜索…</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>博主</translation>
    </message>
    <message>
        <source>XHS ID</source>
        <translation>小红书号</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>To add (fee in yuan):</source>
        <translation>待添加（费用以元计）：</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (already in the campaign)</source>
        <translation>%1（已在活动中）</translation>
    </message>
    <message>
        <source>Type part of a nickname or an XHS ID.</source>
        <translation>输入昵称的一部分或小红书号。</translation>
    </message>
    <message>
        <source>No creator matches.</source>
        <translation>没有匹配的博主。</translation>
    </message>
    <message>
        <source>Showing the first %1 matches: type more to narrow the search.</source>
        <translation>仅显示前 %1 个结果，输入更多内容可缩小范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>找到 %n 个结果。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n creator(s)</source>
        <translation>
            <numerusform>添加 %n 位博主</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::AddCollaborationsCommand</name>
    <message>
        <source>Add %1 to the campaign</source>
        <translation>将 %1 加入活动</translation>
    </message>
    <message numerus="yes">
        <source>Add %n creator(s) to the campaign</source>
        <translation>
            <numerusform>向活动添加 %n 位博主</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::AddCreatorCommand</name>
    <message>
        <source>Add %1</source>
        <translation>添加博主 %1</translation>
    </message>
</context>
<context>
    <name>rr::AddPostCommand</name>
    <message>
        <source>Add post %1</source>
        <translation>添加笔记 %1</translation>
    </message>
</context>
<context>
    <name>rr::AddPostDialog</name>
    <message>
        <source>Add post to %1</source>
        <translation>为 %1 添加笔记</translation>
    </message>
    <message>
        <source>Creator:</source>
        <translation>博主：</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>链接：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>发布日期：</translation>
    </message>
    <message>
        <source>Add a creator to the campaign first.</source>
        <translation>请先向活动添加博主。</translation>
    </message>
</context>
<context>
    <name>rr::AddRelationshipEventCommand</name>
    <message>
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
</context>
<context>
    <name>rr::AddShortlistToCampaignCommand</name>
    <message>
        <source>Add shortlist “%1” to a campaign</source>
        <translation>将候选名单“%1”加入活动</translation>
    </message>
    <message>
        <source>Add shortlist “%1” to “%2”</source>
        <translation>将候选名单“%1”加入“%2”</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
</context>
<context>
    <name>rr::AddSnapshotCommand</name>
    <message>
        <source>Add reading of %1</source>
        <translation>为 %1 添加数据</translation>
    </message>
</context>
<context>
    <name>rr::AnalyticsFilterBar</name>
    <message>
        <source>Published from</source>
        <translation>发布日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Posts published on or after this day; empty for no limit</source>
        <translation>此日期当天或之后发布的笔记；留空表示不限</translation>
    </message>
    <message>
        <source>Posts published on or before this day; empty for no limit</source>
        <translation>此日期当天或之前发布的笔记；留空表示不限</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Any objective</source>
        <translation>全部推广目标</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>rr::AnalyticsScreen</name>
    <message>
        <source>Choose a creator to see their charts.</source>
        <translation>选择一位博主以查看其图表。</translation>
    </message>
    <message>
        <source>The chart could not be computed: %1</source>
        <translation>无法计算图表：%1</translation>
    </message>
    <message>
        <source>No posts with metrics match the filters.</source>
        <translation>没有符合筛选条件且有数据的笔记。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF, or its data as CSV</source>
        <translation>将图表保存为 PNG、SVG 或 PDF，或将其数据保存为 CSV</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
</context>
<context>
    <name>rr::Application</name>
    <message>
        <source>CSV files of creators to import.</source>
        <translation>要导入的博主 CSV 文件。</translation>
    </message>
    <message>
        <source>RedRoster</source>
        <translation>红人簿</translation>
    </message>
    <message>
        <source>Database to open: a file, or a team server as postgresql://user@host/database.</source>
        <translation>要打开的数据库：一个文件，或团队服务器，写作 postgresql://用户@主机/数据库。</translation>
    </message>
</context>
<context>
    <name>rr::CampaignExport</name>
    <message>
        <source>There is no campaign number %1.</source>
        <translation>没有编号为 %1 的活动。</translation>
    </message>
    <message>
        <source>Collaboration ID</source>
        <translation>合作编号</translation>
    </message>
    <message>
        <source>Creator ID</source>
        <translation>博主编号</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>博主</translation>
    </message>
    <message>
        <source>XHS ID</source>
        <translation>小红书号</translation>
    </message>
    <message>
        <source>Fee (CNY)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Contracted posts</source>
        <translation>合同篇数</translation>
    </message>
    <message>
        <source>Delivered posts</source>
        <translation>已交付篇数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>笔记数</translation>
    </message>
    <message>
        <source>Posts without metrics</source>
        <translation>无数据笔记数</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>阅读量</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>互动量</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Engagement rate (0-1)</source>
        <translation>互动率（0-1）</translation>
    </message>
    <message>
        <source>Save rate (0-1)</source>
        <translation>收藏率（0-1）</translation>
    </message>
    <message>
        <source>CPE (CNY)</source>
        <translation>互动成本（元）</translation>
    </message>
    <message>
        <source>Brand fit (1-5)</source>
        <translation>品牌契合度（1-5）</translation>
    </message>
    <message>
        <source>Reliability (1-5)</source>
        <translation>可靠度（1-5）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Post ID</source>
        <translation>笔记编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Metrics as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终数据</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>博主</translation>
    </message>
</context>
<context>
    <name>rr::CampaignFields</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>例如 2026-03-05</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation>保存活动</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>推广目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>已于 %1 结束</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>活动需要名称。</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation>活动的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>“%1” is not a budget.</source>
        <translation>“%1”不是有效预算。</translation>
    </message>
</context>
<context>
    <name>rr::CampaignKpis</name>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Spend of budget</source>
        <translation>预算使用率</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>阅读量</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>互动量</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>收藏率</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>互动成本 CPE</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>千次曝光成本 CPM</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>阅读成本 CPR</translation>
    </message>
    <message>
        <source>CPC</source>
        <translation>点击成本 CPC</translation>
    </message>
    <message>
        <source>Delivered / contracted</source>
        <translation>已交付 / 合同篇数</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>rr::CampaignListModel</name>
    <message numerus="yes">
        <source>Closed on %1: %n post(s) still without final metrics</source>
        <translation>
            <numerusform>已于 %1 结束：仍有 %n 篇笔记缺少最终数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Final metrics due (%1)</source>
        <translation>待补最终数据（%1）</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>推广目标</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>column: campaigns whose final metrics are still to be entered</comment>
        <translation>待补</translation>
    </message>
</context>
<context>
    <name>rr::CampaignPickerDialog</name>
    <message>
        <source>Add to Campaign</source>
        <translation>加入活动</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — closed</source>
        <translation>%1 — 已结束</translation>
    </message>
    <message>
        <source>Add the creators of “%1” to this campaign as planned collaborations. Creators already in the campaign are left as they are.</source>
        <translation>将“%1”中的博主加入该活动，合作状态为“计划中”。已在活动中的博主保持不变。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>活动(&amp;C)：</translation>
    </message>
    <message>
        <source>There are no campaigns yet: create one first.</source>
        <translation>还没有活动：请先创建一个。</translation>
    </message>
</context>
<context>
    <name>rr::CampaignRepository</name>
    <message>
        <source>%1 cannot be negative</source>
        <translation>%1 不能为负数</translation>
    </message>
    <message>
        <source>A reading needs its as-of date</source>
        <translation>数据需要统计日期</translation>
    </message>
    <message>
        <source>%1 is already in this campaign</source>
        <translation>%1 已在此活动中</translation>
    </message>
    <message>
        <source>The delivered post must be a post of the same collaboration</source>
        <translation>交付的笔记必须属于同一合作</translation>
    </message>
    <message>
        <source>The target of %1 cannot be negative</source>
        <translation>%1 的目标不能为负数</translation>
    </message>
    <message>
        <source>Someone else changed this deliverable meanwhile; it was not saved. Open it again to see their change.</source>
        <translation>其他人刚刚修改了这项交付内容，你的修改未保存。请重新打开查看对方的修改。</translation>
    </message>
</context>
<context>
    <name>rr::CampaignScreen</name>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Posts &amp;&amp; metrics</source>
        <translation>笔记与数据</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>添加数据</translation>
    </message>
    <message>
        <source>Type into the cells or paste a block copied from a spreadsheet (Ctrl+V). Tinted cells are flagged: hover for the reason. Tick &quot;Final&quot; on the last reading of each post.</source>
        <translation>直接在单元格中输入，或粘贴从表格复制的区域（Ctrl+V）。带底色的单元格有提示：悬停查看原因。请在每篇笔记的最后一条数据上勾选“最终”。</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>未选择活动</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Select a post first.</source>
        <translation>请先选择一篇笔记。</translation>
    </message>
    <message>
        <source>Add post…</source>
        <translation>添加笔记…</translation>
    </message>
    <message>
        <source>Add creators…</source>
        <translation>添加博主…</translation>
    </message>
    <message>
        <source>Edit collaboration…</source>
        <translation>编辑合作…</translation>
    </message>
    <message>
        <source>Remove collaboration…</source>
        <translation>移除合作…</translation>
    </message>
    <message>
        <source>The collaboration no longer exists.</source>
        <translation>该合作已不存在。</translation>
    </message>
    <message>
        <source>The deliverable no longer exists.</source>
        <translation>该交付项已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from this campaign? Their %n post(s) and all metric readings are deleted too. This cannot be undone.</source>
        <translation>
            <numerusform>要将 %1 从此活动中移除吗？其 %n 篇笔记及全部数据记录也会被删除。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from this campaign? You can undo this.</source>
        <translation>要将 %1 从此活动中移除吗？可以撤销。</translation>
    </message>
    <message>
        <source>Remove collaboration</source>
        <translation>移除合作</translation>
    </message>
    <message>
        <source>Collaboration removed</source>
        <translation>合作已被移除</translation>
    </message>
    <message>
        <source>Someone else removed the collaboration with %1 while you were editing. Your changes were not saved.</source>
        <translation>你编辑期间，其他人移除了与 %1 的合作。你的修改没有保存。</translation>
    </message>
    <message>
        <source>Saved by Someone Else Meanwhile</source>
        <translation>期间已被他人保存</translation>
    </message>
    <message>
        <source>Someone saved the collaboration with %1 while you were editing.</source>
        <translation>你编辑期间，有人保存了与 %1 的合作。</translation>
    </message>
    <message>
        <source>Deliverable removed</source>
        <translation>交付内容已被删除</translation>
    </message>
    <message>
        <source>Someone else removed this deliverable while you were editing. Your changes were not saved.</source>
        <translation>你编辑期间，其他人删除了这项交付内容。你的修改未保存。</translation>
    </message>
    <message>
        <source>Someone changed this deliverable while you were editing.</source>
        <translation>你编辑期间，其他人修改了这项交付内容。</translation>
    </message>
</context>
<context>
    <name>rr::CampaignText</name>
    <message>
        <source>Planning</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>已发需求</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>renewal interest</comment>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <comment>renewal interest</comment>
        <translation>否</translation>
    </message>
    <message>
        <source>Maybe</source>
        <comment>renewal interest</comment>
        <translation>待定</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击</translation>
    </message>
</context>
<context>
    <name>rr::ChangeStatusCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 移至 %2</translation>
    </message>
    <message>
        <source>%1 already holds the relationship with %2.</source>
        <translation>%2 已由 %1 负责跟进。</translation>
    </message>
</context>
<context>
    <name>rr::ChangeText</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>As of</source>
        <translation>统计日期</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Added to the roster</source>
        <translation>加入博主库</translation>
    </message>
    <message>
        <source>Deleted from the roster</source>
        <translation>从博主库删除</translation>
    </message>
    <message>
        <source>Import batch %1 undone</source>
        <translation>撤销了导入批次 %1</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>资料已修改</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>修改了 %1</translation>
    </message>
    <message>
        <source>Vetting removed</source>
        <translation>删除了筛查记录</translation>
    </message>
    <message>
        <source>Vetting saved</source>
        <translation>保存了筛查记录</translation>
    </message>
    <message>
        <source>A logged contact or note was removed</source>
        <translation>删除了一条联系或备注记录</translation>
    </message>
    <message>
        <source>Contact logged: %1</source>
        <translation>记录联系：%1</translation>
    </message>
    <message>
        <source>Note logged: %1</source>
        <translation>记录备注：%1</translation>
    </message>
    <message>
        <source>Added to a campaign</source>
        <translation>加入了一个活动</translation>
    </message>
    <message>
        <source>Added to the campaign %1</source>
        <translation>加入活动 %1</translation>
    </message>
    <message>
        <source>Removed from a campaign</source>
        <translation>从一个活动中移除</translation>
    </message>
    <message>
        <source>Collaboration changed</source>
        <translation>合作已修改</translation>
    </message>
    <message>
        <source>Collaboration in %1 changed</source>
        <translation>%1 中的合作已修改</translation>
    </message>
    <message>
        <source>Deliverable added</source>
        <translation>添加了交付项</translation>
    </message>
    <message>
        <source>Deliverable removed</source>
        <translation>删除了交付项</translation>
    </message>
    <message>
        <source>Deliverable changed</source>
        <translation>修改了交付项</translation>
    </message>
    <message>
        <source>Post added: %1</source>
        <translation>添加笔记：%1</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>删除了笔记</translation>
    </message>
    <message>
        <source>Post changed: %1</source>
        <translation>笔记已修改：%1</translation>
    </message>
    <message>
        <source>Post reading added for %1</source>
        <translation>添加了 %1 的笔记数据</translation>
    </message>
    <message>
        <source>Post reading removed</source>
        <translation>删除了一条笔记数据</translation>
    </message>
    <message>
        <source>Post reading changed: %1</source>
        <translation>笔记数据已修改：%1</translation>
    </message>
    <message>
        <source>Added to a shortlist</source>
        <translation>加入了一个候选名单</translation>
    </message>
    <message>
        <source>Added to the shortlist %1</source>
        <translation>加入候选名单 %1</translation>
    </message>
    <message>
        <source>Removed from a shortlist</source>
        <translation>从一个候选名单中移除</translation>
    </message>
    <message>
        <source>Removed from the shortlist %1</source>
        <translation>从候选名单 %1 中移除</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rr::ChangesPanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n changes are shown.</source>
        <translation>
            <numerusform>仅显示最近的 %n 条修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>还没有修改记录。</translation>
    </message>
</context>
<context>
    <name>rr::ChartBuilder</name>
    <message>
        <source>Engagement and save rate over time</source>
        <translation>互动率与收藏率趋势</translation>
    </message>
    <message>
        <source>Comparison by tier or category</source>
        <translation>按层级或类目比较</translation>
    </message>
    <message>
        <source>Cost efficiency</source>
        <translation>成本效率</translation>
    </message>
    <message>
        <source>Follower history</source>
        <translation>粉丝数变化</translation>
    </message>
    <message>
        <source>Metrics per post</source>
        <translation>单篇笔记数据</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>收藏率</translation>
    </message>
    <message>
        <source>CPE (cost per engagement)</source>
        <translation>互动成本（CPE）</translation>
    </message>
    <message>
        <source>CPM (cost per 1,000 views)</source>
        <translation>千次曝光成本（CPM）</translation>
    </message>
    <message>
        <source>Save rate over time</source>
        <translation>收藏率趋势</translation>
    </message>
    <message>
        <source>Engagement rate over time</source>
        <translation>互动率趋势</translation>
    </message>
    <message>
        <source>Week of publication</source>
        <translation>发布周</translation>
    </message>
    <message>
        <source>Month of publication</source>
        <translation>发布月</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>比率（%）</translation>
    </message>
    <message>
        <source>Each post counts with its latest metrics; posts without views are left out of the rates.</source>
        <translation>每篇笔记按其最新数据计算；没有阅读量的笔记不计入比率。</translation>
    </message>
    <message>
        <source>%1 · engagement rate</source>
        <translation>%1 · 互动率</translation>
    </message>
    <message>
        <source>%1 · save rate</source>
        <translation>%1 · 收藏率</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 from %Ln post(s)</source>
        <translation>
            <numerusform>%1：%2，来自 %Ln 篇笔记</numerusform>
        </translation>
    </message>
    <message>
        <source>Median %1 by tier</source>
        <translation>各层级 %1 中位数</translation>
    </message>
    <message>
        <source>Median %1 by category</source>
        <translation>各类目 %1 中位数</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Median (%)</source>
        <translation>中位数（%）</translation>
    </message>
    <message>
        <source>Median (CNY)</source>
        <translation>中位数（元）</translation>
    </message>
    <message>
        <source>Medians over posts, each with its latest metrics; posts whose figure is unknown are left out, n is the number of posts behind each bar.</source>
        <translation>按笔记（各取最新数据）计算中位数；数值未知的笔记不计入，n 为每根柱形对应的笔记数。</translation>
    </message>
    <message>
        <source>%1 (n=%2)</source>
        <translation>%1（n=%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1: median %2 over %Ln post(s)</source>
        <translation>
            <numerusform>%1：%Ln 篇笔记的中位数为 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee against engagements per collaboration</source>
        <translation>每次合作的费用与互动量</translation>
    </message>
    <message>
        <source>Fee (CNY, log scale)</source>
        <translation>费用（元，对数刻度）</translation>
    </message>
    <message>
        <source>Engagements (log scale)</source>
        <translation>互动量（对数刻度）</translation>
    </message>
    <message>
        <source>Collaborations with a fee whose posts all have known engagements; click a point to open the creator.</source>
        <translation>有费用且所有笔记互动量已知的合作；点击数据点可打开博主。</translation>
    </message>
    <message>
        <source>%1: ¥%2 for %3 engagements (CPE ¥%4)</source>
        <translation>%1：费用 ¥%2，互动 %3 次（CPE ¥%4）</translation>
    </message>
    <message>
        <source>Follower history of %1</source>
        <translation>%1 的粉丝数变化</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>%1: %2 followers</source>
        <translation>%1：%2 粉丝</translation>
    </message>
    <message>
        <source>Metrics per post of %1</source>
        <translation>%1 的单篇笔记数据</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message numerus="yes">
        <source>Each post with its latest metrics, the latest %n post(s).</source>
        <translation>
            <numerusform>每篇笔记取最新数据，显示最近 %n 篇。</numerusform>
        </translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Tier unknown</source>
        <translation>层级未知</translation>
    </message>
</context>
<context>
    <name>rr::ChartCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>The chart command needs a chart kind: trend, compare, cost, followers or posts.</source>
        <translation>chart 命令需要图表类型：trend、compare、cost、followers 或 posts。</translation>
    </message>
    <message>
        <source>Unknown chart kind &quot;%1&quot;: expected trend, compare, cost, followers or posts.</source>
        <translation>未知的图表类型“%1”：应为 trend、compare、cost、followers 或 posts。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after the chart kind.</source>
        <translation>图表类型后面出现了多余的参数“%1”。</translation>
    </message>
    <message>
        <source>The chart command needs --out FILE: a .png, .svg, .pdf or .csv file to write.</source>
        <translation>chart 命令需要 --out FILE：要写入的 .png、.svg、.pdf 或 .csv 文件。</translation>
    </message>
    <message>
        <source>--out expects a file name ending in .png, .svg, .pdf or .csv, not &quot;%1&quot;.</source>
        <translation>--out 需要以 .png、.svg、.pdf 或 .csv 结尾的文件名，而不是“%1”。</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT in pixels, each from %1 to %2 (like 1000x600), not &quot;%3&quot;.</source>
        <translation>--size 应为以像素计的宽x高，每项在 %1 到 %2 之间（如 1000x600），而不是“%3”。</translation>
    </message>
    <message>
        <source>%1 only applies to the %2 chart.</source>
        <translation>%1 仅适用于 %2 图表。</translation>
    </message>
    <message>
        <source>--period expects week or month, not &quot;%1&quot;.</source>
        <translation>--period 应为 week 或 month，而不是“%1”。</translation>
    </message>
    <message>
        <source>--group expects none, tier, category or campaign, not &quot;%1&quot;.</source>
        <translation>--group 应为 none、tier、category 或 campaign，而不是“%1”。</translation>
    </message>
    <message>
        <source>--rates expects both, er (engagement rate) or sr (save rate), not &quot;%1&quot;.</source>
        <translation>--rates 应为 both、er（互动率）或 sr（收藏率），而不是“%1”。</translation>
    </message>
    <message>
        <source>--by expects tier or category, not &quot;%1&quot;.</source>
        <translation>--by 应为 tier 或 category，而不是“%1”。</translation>
    </message>
    <message>
        <source>--metric expects er, sr, cpe or cpm, not &quot;%1&quot;.</source>
        <translation>--metric 应为 er、sr、cpe 或 cpm，而不是“%1”。</translation>
    </message>
    <message>
        <source>The %1 chart needs --creator ID: the creator&apos;s number or XHS ID.</source>
        <translation>%1 图表需要 --creator ID：博主编号或小红书号。</translation>
    </message>
    <message>
        <source>--from expects a date like 2026-03-05, not &quot;%1&quot;.</source>
        <translation>--from 需要形如 2026-03-05 的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>--to expects a date like 2026-03-05, not &quot;%1&quot;.</source>
        <translation>--to 需要形如 2026-03-05 的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to（%1）早于 --from（%2）。</translation>
    </message>
    <message>
        <source>--objective expects awareness, conversion or seeding, not &quot;%1&quot;.</source>
        <translation>--objective 应为 awareness、conversion 或 seeding，而不是“%1”。</translation>
    </message>
    <message>
        <source>--tier expects mega, mid, micro or koc, not &quot;%1&quot;.</source>
        <translation>--tier 应为 mega、mid、micro 或 koc，而不是“%1”。</translation>
    </message>
    <message>
        <source>--campaign expects a campaign number such as 3, not &quot;%1&quot;.</source>
        <translation>--campaign 需要活动编号（如 3），而不是“%1”。</translation>
    </message>
    <message>
        <source>--campaign: there is no campaign number %1.</source>
        <translation>--campaign：不存在编号为 %1 的活动。</translation>
    </message>
    <message>
        <source>--category: no category &quot;%1&quot; (give its key, such as skincare, or its number).</source>
        <translation>--category：没有类目“%1”（请给出其键名如 skincare，或其编号）。</translation>
    </message>
    <message>
        <source>--tag: no tag named &quot;%1&quot;.</source>
        <translation>--tag：没有名为“%1”的标签。</translation>
    </message>
    <message>
        <source>--creator: no creator with the number or XHS ID &quot;%1&quot;.</source>
        <translation>--creator：没有编号或小红书号为“%1”的博主。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 chart &quot;%2&quot; to %3: %n series, %4 points.</source>
        <translation>
            <numerusform>已将 %1 图表“%2”写入 %3：%n 个序列，%4 个数据点。</numerusform>
        </translation>
    </message>
    <message>
        <source>       redroster chart KIND --out FILE [--db PATH] [filters] [options]
                                        render an analytics chart without a display; KIND is
                                        trend, compare, cost, followers or posts; FILE ends in
                                        .png, .svg, .pdf or .csv (the chart&apos;s data)
           filters: --from YYYY-MM-DD --to YYYY-MM-DD --campaign ID[,ID] --objective
                    awareness|conversion|seeding --tier mega|mid|micro|koc[,...] --category KEY|ID
                    --tag NAME --owner NAME --creator ID (repeat an option for several values)
           trend:   --period week|month --group none|tier|category|campaign --rates both|er|sr
           compare: --by tier|category --metric er|sr|cpe|cpm
           followers, posts: --creator ID (needed)
           --size WxH  picture size in pixels (default 1000x600; PNG at twice that)
</source>
        <translation>       redroster chart KIND --out FILE [--db PATH] [筛选条件] [选项]
                                        无需显示器即可渲染分析图表；KIND 为
                                        trend、compare、cost、followers 或 posts；FILE 以
                                        .png、.svg、.pdf 或 .csv（图表数据）结尾
           筛选：--from YYYY-MM-DD --to YYYY-MM-DD --campaign ID[,ID] --objective
                    awareness|conversion|seeding --tier mega|mid|micro|koc[,...] --category KEY|ID
                    --tag NAME --owner NAME --creator ID（同一选项可重复以给出多个值）
           trend:   --period week|month --group none|tier|category|campaign --rates both|er|sr
           compare: --by tier|category --metric er|sr|cpe|cpm
           followers、posts：--creator ID（必填）
           --size WxH  图片尺寸（像素，默认 1000x600；PNG 为其两倍）
</translation>
    </message>
</context>
<context>
    <name>rr::ChartCsv</name>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>rr::ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Chart data as CSV (*.csv)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf);;图表数据 CSV (*.csv)</translation>
    </message>
    <message>
        <source>use a name ending in .png, .svg, .pdf or .csv</source>
        <translation>请使用以 .png、.svg、.pdf 或 .csv 结尾的文件名</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>文件无法写入</translation>
    </message>
</context>
<context>
    <name>rr::ChartOptionsPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Lines for</source>
        <translation>曲线分组</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>全部笔记</translation>
    </message>
    <message>
        <source>Each tier</source>
        <translation>各层级</translation>
    </message>
    <message>
        <source>Each category</source>
        <translation>各类目</translation>
    </message>
    <message>
        <source>Each campaign</source>
        <translation>各活动</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Engagement and save rate</source>
        <translation>互动率和收藏率</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>收藏率</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Median of</source>
        <translation>中位数指标</translation>
    </message>
    <message>
        <source>Each point is a collaboration: its fee against the engagements of its posts, both on log scales. Points low and to the right cost the most per engagement. Click a point to open the creator.</source>
        <translation>每个点代表一次合作：费用与其笔记的互动量，两轴均为对数刻度。越靠右下的点单次互动成本越高。点击数据点可打开博主。</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>博主</translation>
    </message>
    <message>
        <source>Nickname or XHS ID</source>
        <translation>昵称或小红书号</translation>
    </message>
</context>
<context>
    <name>rr::CollaborationInputs</name>
    <message>
        <source>not set</source>
        <comment>fee</comment>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Fee in yuan (CNY)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no format</comment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>rr::CollaborationMerge</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Contracted posts</source>
        <translation>合同篇数</translation>
    </message>
    <message>
        <source>Delivered posts</source>
        <translation>已交付篇数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>rr::CollaborationTableModel</name>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>%1 %2 ✓</source>
        <translation>%1 %2 ✓</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 截止 %2</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>博主</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>合同篇数</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>交付项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Brand fit</source>
        <translation>品牌契合度</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>可靠度</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约意向</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>“%1”不是金额</translation>
    </message>
    <message>
        <source>“%1” is not a number of posts</source>
        <translation>“%1”不是篇数</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>column: the date a deliverable is due</comment>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>rr::CommandFailure</name>
    <message>
        <source>Run &quot;redroster --help&quot; for usage.</source>
        <translation>运行“redroster --help”查看用法。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>rr::CommandLine</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation>“%2”命令不支持选项“%1”。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>%1 only applies to the demo command.</source>
        <translation>%1 仅适用于 demo 命令。</translation>
    </message>
    <message>
        <source>Run &quot;redroster --help&quot; for usage.</source>
        <translation>运行“redroster --help”查看用法。</translation>
    </message>
    <message>
        <source>--creators expects a number from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--creators 应为 %1 到 %2 之间的数字，而不是“%3”。</translation>
    </message>
    <message>
        <source>--seed expects a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>--seed 应为 0 到 4294967295 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--date expects a date like 2026-03-05, not &quot;%1&quot;.</source>
        <translation>--date 应为 2026-03-05 这样的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>Created demo data in %1 (seed %2, reference date %3):</source>
        <translation>已在 %1 中创建演示数据（随机种子 %2，参考日期 %3）：</translation>
    </message>
    <message>
        <source>%1 only applies to the import command.</source>
        <translation>%1 只能用于 import 命令。</translation>
    </message>
    <message>
        <source>The undo-import command needs one batch number (see redroster batches).</source>
        <translation>undo-import 命令需要一个批次编号（可用 redroster batches 查看）。</translation>
    </message>
    <message>
        <source>%1 only applies to the chart command.</source>
        <translation>%1 仅适用于 chart 命令。</translation>
    </message>
    <message>
        <source>%1 only applies to the export command.</source>
        <translation>%1 仅适用于 export 命令。</translation>
    </message>
    <message>
        <source>%1 only applies to the report command.</source>
        <translation>%1 仅适用于 report 命令。</translation>
    </message>
    <message>
        <source>Give either --db or --pg, not both.</source>
        <translation>请只给出 --db 或 --pg 其中之一。</translation>
    </message>
    <message>
        <source>The %1 command needs --db PATH (the database file to use) or --pg URL (a team&apos;s PostgreSQL server).</source>
        <translation>%1 命令需要 --db PATH（要使用的数据库文件）或 --pg URL（团队的 PostgreSQL 服务器）。</translation>
    </message>
    <message>
        <source>%1 only applies to the roles command.</source>
        <translation>%1 仅适用于 roles 命令。</translation>
    </message>
    <message>
        <source>--pg expects a server address like postgresql://user@host/database, not &quot;%1&quot;.</source>
        <translation>--pg 需要一个服务器地址，例如 postgresql://user@host/database，而不是“%1”。</translation>
    </message>
    <message>
        <source>Usage: redroster [--db PATH] [FILE.csv...]
                                        start the desktop application; files given open in the import preview
       redroster demo --db PATH [--creators N] [--seed N] [--date YYYY-MM-DD]
                                        create PATH if needed and fill it with fictional demo data
       redroster check --db PATH        check a database (read-only) and print a report
       redroster import FILE... [--db PATH] [--mapping NAME|FILE] [--encoding NAME]
                        [--delimiter comma|semicolon|tab|pipe] [--on-duplicate skip|fill|overwrite]
                        [--dry-run [--json]] [--report OUT]
                                        import creators (or post metrics) from CSV files, each file
                                        one batch in one transaction; without --db into the app&apos;s database
       redroster batches [--db PATH]    list import batches
       redroster undo-import BATCH [--db PATH]
                                        undo one import batch as a whole
%1%2       redroster --version | --help

--pg URL works wherever --db PATH does in the commands above, for a team&apos;s PostgreSQL server:
postgresql://user@host:port/database[?sslmode=require]; the password comes from
PGPASSWORD or ~/.pgpass.

Exit codes: 0 ok, 2 check found problems, 3 cannot open, 4 not a RedRoster database,
5 written by a newer RedRoster, 6 read-only, 7 locked, 8 disk full, 9 damaged,
10 needs an upgrade or the upgrade failed, 12 other database error,
13 not allowed for your role on the server, 14 server connection lost, 64 usage error,
65 a file could not be imported (its line and column are named), 66 no such file,
73 the chart, export or report file could not be written.
</source>
        <translation>用法：redroster [--db PATH] [FILE.csv...]
                                        启动桌面应用程序；给出的文件在导入预览中打开
       redroster demo --db PATH [--creators N] [--seed N] [--date YYYY-MM-DD]
                                        如有需要则创建 PATH，并填入虚构的演示数据
       redroster check --db PATH        检查数据库（只读）并输出报告
       redroster import FILE... [--db PATH] [--mapping NAME|FILE] [--encoding NAME]
                        [--delimiter comma|semicolon|tab|pipe] [--on-duplicate skip|fill|overwrite]
                        [--dry-run [--json]] [--report OUT]
                                        从 CSV 文件导入博主（或笔记数据），每个文件在一个事务中
                                        作为一批导入；不指定 --db 时导入应用程序正在使用的数据库
       redroster batches [--db PATH]    列出导入批次
       redroster undo-import BATCH [--db PATH]
                                        整批撤销一次导入
%1%2       redroster --version | --help

--pg URL 可用于以上所有接受 --db PATH 的命令，连接团队的 PostgreSQL 服务器：
postgresql://user@host:port/database[?sslmode=require]；密码取自
PGPASSWORD 或 ~/.pgpass。

退出码：0 正常，2 检查发现问题，3 无法打开，4 不是红人簿数据库，
5 由更新版本的红人簿写入，6 只读，7 已锁定，8 磁盘已满，9 已损坏，
10 需要升级或升级失败，12 其他数据库错误，
13 你在服务器上的角色无此权限，14 与服务器的连接中断，64 用法错误，
65 文件无法导入（会指出所在的行和列），66 文件不存在，
73 图表、导出文件或报告文件无法写入。
</translation>
    </message>
    <message>
        <source>%1 only applies to the copy command.</source>
        <translation>%1 只用于 copy 命令。</translation>
    </message>
</context>
<context>
    <name>rr::ConflictDialog</name>
    <message>
        <source>You both changed the fields below: tick the value to keep for each. Your other changes and theirs are both kept.</source>
        <translation>你们两人都修改了下面的字段：请为每一项勾选要保留的值。你和对方的其他修改都会保留。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>你的修改</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>对方已保存的</translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation>全部用我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep All &amp;Theirs</source>
        <translation>全部用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save Chosen Values</source>
        <translation>保存所选的值(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel (Save Nothing)</source>
        <translation>取消（不保存）</translation>
    </message>
</context>
<context>
    <name>rr::ConnectionDialog</name>
    <message>
        <source>Database Connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <source>A database &amp;file on this computer (for one person)</source>
        <translation>本机上的数据库文件（一人使用）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>A team&apos;s &amp;PostgreSQL server (shared by the whole team)</source>
        <translation>团队的 PostgreSQL 服务器（全团队共用）(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. db.example.com</source>
        <translation>例如 db.example.com</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>服务器支持时使用 TLS</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>必须使用 TLS</translation>
    </message>
    <message>
        <source>Require TLS and check the server&apos;s certificate and name</source>
        <translation>必须使用 TLS，并校验服务器证书和名称</translation>
    </message>
    <message>
        <source>No TLS (only on a trusted network)</source>
        <translation>不使用 TLS（仅限可信网络）</translation>
    </message>
    <message>
        <source>from ~/.pgpass when left empty</source>
        <translation>留空时从 ~/.pgpass 读取</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>This build has no keychain support: the password is asked for once per session and never saved.</source>
        <translation>此版本不支持钥匙串：每次会话询问一次密码，密码不会被保存。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>TLS(&amp;T)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>请选择一个数据库文件。</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>请填写服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Give the name of the database on the server.</source>
        <translation>请填写服务器上数据库的名称。</translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation>请填写你在服务器上的用户名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or address.</source>
        <translation>“%1”不是服务器名称或地址。</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite *.db);;All files (*)</source>
        <translation>红人簿数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>rr::ConnectionSpec</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL; expected postgresql://user@host:port/database</source>
        <translation>“%1”不是 PostgreSQL 地址；应为 postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>“%1”不是有效的地址：%2</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; names no server; expected postgresql://user@host:port/database</source>
        <translation>地址“%1”未指定服务器；应为 postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; names no database; expected postgresql://user@host:port/database</source>
        <translation>地址“%1”未指定数据库；应为 postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>The URL parameter &quot;%1&quot; is not supported; use %2</source>
        <translation>不支持地址参数“%1”；可用的参数：%2</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode“%1”不是以下值之一：%2</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds, not &quot;%1&quot;</source>
        <translation>connect_timeout 必须是秒数，而不是“%1”</translation>
    </message>
    <message>
        <source>The URL parameter &quot;%1&quot; needs a value without spaces, quotes, semicolons or backslashes (write C:/certs/ca.crt)</source>
        <translation>地址参数“%1”需要一个不含空格、引号、分号或反斜杠的值（请写作 C:/certs/ca.crt）</translation>
    </message>
</context>
<context>
    <name>rr::CopyActions</name>
    <message>
        <source>Copying %1 to %2…</source>
        <translation>正在把 %1 复制到 %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Copy to a Team Server</source>
        <translation>复制到团队服务器</translation>
    </message>
    <message>
        <source>Everything in %1 is copied into an empty database on the server, which you must own. The file stays as it is.</source>
        <translation>%1 中的全部数据将复制到服务器上一个空的数据库（你须是它的所有者）。文件本身保持不变。</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>复制失败</translation>
    </message>
</context>
<context>
    <name>rr::CopyCommand</name>
    <message>
        <source>--to-db needs a value: the database file to copy into.</source>
        <translation>--to-db 需要一个值：要复制到的数据库文件。</translation>
    </message>
    <message>
        <source>--to-pg needs a value: the server database to copy into.</source>
        <translation>--to-pg 需要一个值：要复制到的服务器数据库。</translation>
    </message>
    <message>
        <source>%1 was given twice; a copy has one target.</source>
        <translation>%1 给了两次；一次复制只有一个目标。</translation>
    </message>
    <message>
        <source>The copy command needs where to copy to: --to-db FILE (a local file) or --to-pg URL (a team&apos;s PostgreSQL server).</source>
        <translation>copy 命令需要指明复制到哪里：--to-db FILE（本地文件）或 --to-pg URL（团队的 PostgreSQL 服务器）。</translation>
    </message>
    <message>
        <source>Give either --to-db or --to-pg, not both: a copy has one target.</source>
        <translation>--to-db 和 --to-pg 只能给一个：一次复制只有一个目标。</translation>
    </message>
    <message>
        <source>--to-pg expects a server address like postgresql://user@host/database, not &quot;%1&quot;.</source>
        <translation>--to-pg 需要类似 postgresql://用户@主机/数据库 的服务器地址，而不是“%1”。</translation>
    </message>
    <message>
        <source>--to-db expects a file name; copy to a server with --to-pg URL.</source>
        <translation>--to-db 需要文件名；复制到服务器请用 --to-pg URL。</translation>
    </message>
    <message>
        <source>       redroster copy [--db PATH | --pg URL] --to-pg URL | --to-db FILE
                                        copy a whole database into an empty one: a file onto a team&apos;s
                                        server, or the server&apos;s data into a file (created if missing)
</source>
        <translation>       redroster copy [--db PATH | --pg URL] --to-pg URL | --to-db FILE
                                        把整个数据库复制到一个空数据库：把文件放到团队服务器上，
                                        或把服务器的数据存成文件（文件不存在时会创建）
</translation>
    </message>
    <message>
        <source>%1 cannot be copied onto itself.</source>
        <translation>%1 不能复制到它自己。</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3 in %4 s:</source>
        <translation>已在 %4 秒内把 %1 行从 %2 复制到 %3：</translation>
    </message>
    <message>
        <source>Give colleagues access with: redroster roles --pg URL --editor NAME --viewer NAME</source>
        <translation>给同事授权：redroster roles --pg URL --editor 名称 --viewer 名称</translation>
    </message>
</context>
<context>
    <name>rr::CreateShortlistCommand</name>
    <message>
        <source>Save shortlist “%1”</source>
        <translation>保存候选名单“%1”</translation>
    </message>
    <message>
        <source>The shortlist “%1” no longer exists.</source>
        <translation>候选名单“%1”已不存在。</translation>
    </message>
</context>
<context>
    <name>rr::CreatorEditor</name>
    <message>
        <source>&amp;Profile</source>
        <translation>基本资料(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Contact &amp;&amp; owner</source>
        <translation>联系方式与负责人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rates</source>
        <translation>报价(&amp;R)</translation>
    </message>
    <message>
        <source>F&amp;ollowers</source>
        <translation>粉丝数(&amp;O)</translation>
    </message>
    <message>
        <source>Stat&amp;us &amp;&amp; notes</source>
        <translation>状态与备注(&amp;U)</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>保存（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>New creator</source>
        <translation>新建博主</translation>
    </message>
    <message>
        <source>Adds the snapshot to the follower history at once</source>
        <translation>立即将此快照添加到粉丝数历史记录</translation>
    </message>
    <message>
        <source>Sets the follower count; the history starts when the creator is saved</source>
        <translation>设置粉丝数；保存博主后开始记录历史</translation>
    </message>
    <message>
        <source>Handle (小红书号) or nickname: enter at least one of them.</source>
        <translation>小红书号或昵称：请至少填写一项。</translation>
    </message>
    <message>
        <source>Email: &quot;%1&quot; is not an email address.</source>
        <translation>邮箱：“%1”不是有效的邮箱地址。</translation>
    </message>
    <message>
        <source>Followers: enter a whole number of zero or more, e.g. 12000 or 1.2w.</source>
        <translation>粉丝数：请输入不小于 0 的整数，例如 12000 或 1.2w。</translation>
    </message>
    <message>
        <source>Average engagement rate: enter a percentage between 0 and 100.</source>
        <translation>平均互动率：请输入 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Image-note price</source>
        <translation>图文报价</translation>
    </message>
    <message>
        <source>Video-note price</source>
        <translation>视频报价</translation>
    </message>
    <message>
        <source>%1: enter an amount in yuan of zero or more, e.g. 2000 or 1999.50.</source>
        <translation>%1：请输入不小于 0 的金额（元），例如 2000 或 1999.50。</translation>
    </message>
    <message>
        <source>“%1” already has this handle.</source>
        <translation>博主“%1”已使用这个小红书号。</translation>
    </message>
    <message>
        <source>“%1” already has this profile link.</source>
        <translation>博主“%1”已使用这个主页链接。</translation>
    </message>
    <message>
        <source>“%1” already has this handle and profile link.</source>
        <translation>博主“%1”已使用这个小红书号和主页链接。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible duplicate.&lt;/b&gt; %1 Check before contacting them twice.</source>
        <translation>&lt;b&gt;可能重复。&lt;/b&gt;%1 请先核实，避免重复联系同一位博主。</translation>
    </message>
    <message>
        <source>%1 (manual)</source>
        <translation>%1（手动）</translation>
    </message>
    <message>
        <source>From followers it would be: %1</source>
        <translation>按粉丝数应为：%1</translation>
    </message>
    <message>
        <source>Derived from the follower count</source>
        <translation>根据粉丝数自动判定</translation>
    </message>
    <message>
        <source>New snapshot: enter the follower count, e.g. 12000 or 1.2w.</source>
        <translation>新快照：请输入粉丝数，例如 12000 或 1.2w。</translation>
    </message>
    <message>
        <source>e.g. 95012345</source>
        <translation>例如 95012345</translation>
    </message>
    <message>
        <source>https://www.xiaohongshu.com/user/profile/… or http://xhslink.com/…</source>
        <translation>https://www.xiaohongshu.com/user/profile/… 或 http://xhslink.com/…</translation>
    </message>
    <message>
        <source>e.g. zh, en</source>
        <translation>例如 zh, en</translation>
    </message>
    <message>
        <source>Automatic (from followers)</source>
        <translation>自动（按粉丝数）</translation>
    </message>
    <message>
        <source>Manual: %1</source>
        <translation>手动：%1</translation>
    </message>
    <message>
        <source>The tier follows the follower count and the tier thresholds in the settings. A manual tier is marked as such everywhere.</source>
        <translation>层级根据粉丝数和设置中的层级阈值自动确定。手动设定的层级在各处都会标明。</translation>
    </message>
    <message>
        <source>&amp;Handle (小红书号):</source>
        <translation>小红书号(&amp;H)：</translation>
    </message>
    <message>
        <source>Profile &amp;link:</source>
        <translation>主页链接(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Nickname (昵称):</source>
        <translation>昵称(&amp;N)：</translation>
    </message>
    <message>
        <source>Primar&amp;y category:</source>
        <translation>主要类目(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Secondary categories:</source>
        <translation>次要类目(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Content formats:</source>
        <translation>内容形式：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Through the agency</source>
        <translation>通过机构</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The team member who holds the relationship</source>
        <translation>负责维护与该博主关系的团队成员</translation>
    </message>
    <message>
        <source>Represented by an agency / MCN</source>
        <translation>由机构 / MCN 代理</translation>
    </message>
    <message>
        <source>&amp;WeChat ID:</source>
        <translation>微信号(&amp;W)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;First contact:</source>
        <translation>首次联系(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation>机构名称(&amp;A)：</translation>
    </message>
    <message>
        <source>yuan (元)</source>
        <translation>元</translation>
    </message>
    <message>
        <source>&amp;Image-note price (图文报价):</source>
        <translation>图文报价(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Video-note price (视频报价):</source>
        <translation>视频报价(&amp;V)：</translation>
    </message>
    <message>
        <source>Amounts in yuan (CNY), e.g. 2000 or 1999.50; leave empty when unknown.</source>
        <translation>金额单位为元（人民币），例如 2000 或 1999.50；未知时请留空。</translation>
    </message>
    <message>
        <source>e.g. 12000 or 1.2w</source>
        <translation>例如 12000 或 1.2w</translation>
    </message>
    <message>
        <source>percent, e.g. 4.5</source>
        <translation>百分比，例如 4.5</translation>
    </message>
    <message>
        <source>&amp;Followers:</source>
        <translation>粉丝数(&amp;F)：</translation>
    </message>
    <message>
        <source>Average &amp;engagement rate (%):</source>
        <translation>平均互动率（%）(&amp;E)：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>History (newest first):</source>
        <translation>历史记录（最新在前）：</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>Add &amp;snapshot</source>
        <translation>添加快照(&amp;S)</translation>
    </message>
    <message>
        <source>Do not contact / do not re-import</source>
        <translation>勿联系 / 勿重新导入</translation>
    </message>
    <message>
        <source>comma-separated, e.g. spf, 2026 Q2</source>
        <translation>用逗号分隔，例如 spf, 2026 Q2</translation>
    </message>
    <message>
        <source>Average of the collaborations&apos; ratings (1–5)</source>
        <translation>历次合作评分的平均值（1–5）</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Brand fit:</source>
        <translation>品牌契合度：</translation>
    </message>
    <message>
        <source>Reliability:</source>
        <translation>可靠度：</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>Pugongying (蒲公英)</source>
        <translation>蒲公英</translation>
    </message>
    <message>
        <source>Qiangua (千瓜)</source>
        <translation>千瓜</translation>
    </message>
    <message>
        <source>Xinhong (新红)</source>
        <translation>新红</translation>
    </message>
    <message>
        <source>Huitun (灰豚)</source>
        <translation>灰豚</translation>
    </message>
    <message>
        <source>Creator screenshot</source>
        <translation>博主截图</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Fee range, lowest</source>
        <translation>历史报价下限</translation>
    </message>
    <message>
        <source>Fee range, highest</source>
        <translation>历史报价上限</translation>
    </message>
    <message>
        <source>Fee range: the lowest fee is higher than the highest.</source>
        <translation>历史报价：下限高于上限。</translation>
    </message>
    <message>
        <source>Real na&amp;me:</source>
        <translation>真实姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>Preferred contact &amp;method:</source>
        <translation>首选联系方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Ow&amp;ner:</source>
        <translation>负责人(&amp;N)：</translation>
    </message>
    <message>
        <source>Fee range, lo&amp;west:</source>
        <translation>历史报价下限(&amp;W)：</translation>
    </message>
    <message>
        <source>Fee range, hi&amp;ghest:</source>
        <translation>历史报价上限(&amp;G)：</translation>
    </message>
    <message>
        <source>As of &amp;date:</source>
        <translation>截至日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Co&amp;mmunication style:</source>
        <translation>沟通风格(&amp;M)：</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>往来记录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Vetting</source>
        <translation>筛查(&amp;V)</translation>
    </message>
    <message>
        <source>Chan&amp;ges</source>
        <translation>修改记录(&amp;G)</translation>
    </message>
</context>
<context>
    <name>rr::CreatorMerge</name>
    <message>
        <source>Handle (小红书号)</source>
        <translation>小红书号</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>主页链接</translation>
    </message>
    <message>
        <source>Nickname (昵称)</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <source>Preferred contact method</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Primary category</source>
        <translation>主要类目</translation>
    </message>
    <message>
        <source>Secondary categories</source>
        <translation>次要类目</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>Followers as of</source>
        <translation>粉丝数统计日期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Represented by an agency / MCN</source>
        <translation>由机构 / MCN 代理</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Image-note price</source>
        <translation>图文报价</translation>
    </message>
    <message>
        <source>Video-note price</source>
        <translation>视频报价</translation>
    </message>
    <message>
        <source>Lowest fee</source>
        <translation>最低费用</translation>
    </message>
    <message>
        <source>Highest fee</source>
        <translation>最高费用</translation>
    </message>
    <message>
        <source>Content formats</source>
        <translation>内容形式</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次联系</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>勿联系</translation>
    </message>
    <message>
        <source>Brand fit</source>
        <translation>品牌契合度</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>可靠度</translation>
    </message>
    <message>
        <source>Communication notes</source>
        <translation>沟通备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>rr::CreatorRecordExport</name>
    <message>
        <source>There is no creator number %1.</source>
        <translation>没有编号为 %1 的博主。</translation>
    </message>
</context>
<context>
    <name>rr::CsvReader</name>
    <message>
        <source>A quoted cell starts here but is never closed: expected a closing %1 before the end of the file.</source>
        <translation>此处开始的带引号单元格没有闭合：文件结束前应有对应的闭合 %1。</translation>
    </message>
    <message>
        <source>Text after the closing quote: expected a delimiter or the end of the line after %1…%1.</source>
        <translation>闭合引号后还有文本：%1…%1 之后应紧跟分隔符或行尾。</translation>
    </message>
    <message>
        <source>A quote inside an unquoted cell: expected the whole cell in quotes, with inner quotes doubled (&quot;&quot;).</source>
        <translation>未加引号的单元格中出现了引号：应将整个单元格用引号括起，并将其中的引号写成两个（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>%1 cells where the first row has %2: expected %2 (the extra cells start at column %3).</source>
        <translation>此行有 %1 个单元格，而首行有 %2 个：应为 %2 个（多出的单元格从第 %3 列开始）。</translation>
    </message>
    <message>
        <source>%1 cells where the first row has %2: expected %2 (column %3 and after are missing).</source>
        <translation>此行有 %1 个单元格，而首行有 %2 个：应为 %2 个（缺少第 %3 列及之后的列）。</translation>
    </message>
    <message>
        <source>Bytes that are not valid %1: expected text in that encoding (choose another encoding if the text looks wrong).</source>
        <translation>存在无效的 %1 字节：文本应使用该编码（如果文字显示为乱码，请改选其他编码）。</translation>
    </message>
</context>
<context>
    <name>rr::DatabaseCopy</name>
    <message>
        <source>(no key)</source>
        <translation>（无键）</translation>
    </message>
    <message>
        <source>%1 cannot be copied onto itself.</source>
        <translation>%1 不能复制到它自己。</translation>
    </message>
    <message>
        <source>Finishing the copy into %1 failed, so nothing was copied.</source>
        <translation>完成复制到 %1 时失败，因此没有复制任何数据。</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and %3 version %4: open both with this version of RedRoster (which upgrades them) before copying.</source>
        <translation>%1 的结构版本为 %2，%3 的为 %4：请先用这一版红人簿分别打开两者（会自动升级），再复制。</translation>
    </message>
    <message>
        <source>rows in its table %1</source>
        <translation>其表 %1 中有数据</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation>
            <numerusform>%n 位博主</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds data (%2). Copy into a new, empty database instead: RedRoster never merges two databases. Nothing was changed.</source>
        <translation>%1 已有数据（%2）。请复制到一个新的空数据库：红人簿从不合并两个数据库。没有做任何修改。</translation>
    </message>
    <message>
        <source>Table %1 of %2 has no id counter.</source>
        <translation>%2 的表 %1 没有编号计数器。</translation>
    </message>
    <message>
        <source>Only the owner of %1 can copy a database into it: the copy moves its id counters past the copied ids, which other roles may not do. Nothing was changed.</source>
        <translation>只有 %1 的所有者才能把数据库复制进去：复制需要把编号计数器移到已复制的编号之后，其他角色无权这样做。没有做任何修改。</translation>
    </message>
    <message>
        <source>The copy was cancelled; %1 was left as it was.</source>
        <translation>复制已取消；%1 保持原样。</translation>
    </message>
    <message>
        <source>Reading table %1 of %2 failed, so nothing was copied.</source>
        <translation>读取 %2 的表 %1 失败，因此没有复制任何数据。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 in %3 cannot be copied: its column %4 holds &quot;%5&quot;, which is not %6. Nothing was copied.</source>
        <translation>%3 中表 %2 的第 %1 行无法复制：其列 %4 的值“%5”不是%6。没有复制任何数据。</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Reading table %1 of %2 gave %3 rows instead of %4, so nothing was copied.</source>
        <translation>读取 %2 的表 %1 得到 %3 行，而不是 %4 行，因此没有复制任何数据。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>Copying row %1 of table %2 into %3 failed, so nothing was copied.</source>
        <translation>把表 %2 的第 %1 行复制到 %3 时失败，因此没有复制任何数据。</translation>
    </message>
    <message>
        <source>After the copy, table %1 of %2 held %3 rows instead of the %4 copied, so nothing was copied.</source>
        <translation>复制后 %2 的表 %1 有 %3 行，而不是复制的 %4 行，因此没有复制任何数据。</translation>
    </message>
    <message>
        <source>Table %1 refers to a table %2 the schema does not have.</source>
        <translation>表 %1 引用了结构中不存在的表 %2。</translation>
    </message>
    <message>
        <source>The schema&apos;s tables refer to each other in a cycle; they cannot be copied one after another.</source>
        <translation>结构中的表相互循环引用，无法逐一复制。</translation>
    </message>
</context>
<context>
    <name>rr::DatabaseOpener</name>
    <message>
        <source>Database upgraded</source>
        <translation>数据库已升级</translation>
    </message>
    <message>
        <source>The database was upgraded for this version of RedRoster. A copy of it as it was is kept at %1.</source>
        <translation>数据库已升级以适配此版本的红人簿。升级前的副本保存在 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite *.db);;All files (*)</source>
        <translation>红人簿数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite)</source>
        <translation>红人簿数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Start with demo data?</source>
        <translation>要载入演示数据吗？</translation>
    </message>
    <message>
        <source>This database is empty. Load a fictional demo roster (360 creators over every tier, 12 campaigns with posts and metrics) to explore RedRoster? You can start a clean database later with File → New Database.</source>
        <translation>此数据库为空。要载入一套虚构的演示数据（覆盖各层级的 360 位博主，以及 12 个含笔记和数据的活动）来体验红人簿吗？之后可以通过“文件 → 新建数据库”创建空白数据库。</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>未载入演示数据</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>连接设置…</translation>
    </message>
    <message>
        <source>Cannot connect to the server</source>
        <translation>无法连接服务器</translation>
    </message>
</context>
<context>
    <name>rr::DeliverableCommand</name>
    <message>
        <source>Add deliverable</source>
        <translation>添加交付项</translation>
    </message>
    <message>
        <source>Edit deliverable</source>
        <translation>编辑交付项</translation>
    </message>
    <message>
        <source>Remove deliverable</source>
        <translation>移除交付项</translation>
    </message>
</context>
<context>
    <name>rr::DeliverableDialog</name>
    <message>
        <source>Edit deliverable</source>
        <translation>编辑交付项</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>添加交付项</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>截止：</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>尚未交付</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Delivered by:</source>
        <translation>交付笔记：</translation>
    </message>
</context>
<context>
    <name>rr::DeliverableMerge</name>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>交付笔记</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>尚未交付</translation>
    </message>
    <message>
        <source>Post #%1</source>
        <translation>笔记 #%1</translation>
    </message>
</context>
<context>
    <name>rr::DeliverablesPanel</name>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>交付笔记</translation>
    </message>
    <message>
        <source>Add deliverable…</source>
        <translation>添加交付项…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Select a collaboration to see its deliverables.</source>
        <translation>选择一项合作以查看其交付项。</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>%1: %2 contracted, %3 delivered; %4 deliverable(s) scheduled, %5 delivered by a post.</source>
        <translation>%1：合同 %2 篇，已交付 %3 篇；计划交付项 %4 个，其中 %5 个已由笔记交付。</translation>
    </message>
    <message>
        <source>%1 deliverables scheduled but only %2 contracted</source>
        <translation>计划了 %1 个交付项，但合同只有 %2 篇</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>column: the date a deliverable is due</comment>
        <translation>截止</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>deliverable state: not delivered yet</comment>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>rr::DemoData</name>
    <message numerus="yes">
        <source>%1 already has %n creator(s); demo data is only added to an empty database.</source>
        <translation>
            <numerusform>%1 中已有 %n 位博主；演示数据只能添加到空数据库中。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no categories to file creators under.</source>
        <translation>%1 中没有可用于归类博主的类目。</translation>
    </message>
    <message>
        <source>%1 creators (mega %2, mid-tier %3, micro %4, KOC %5) with %6 follower snapshots</source>
        <translation>%1 位博主（头部 %2，腰部 %3，尾部 %4，KOC %5），%6 条粉丝数快照</translation>
    </message>
    <message>
        <source>%1 tags (%2 tag assignments), %3 shortlists, %4 vetting records, %5 relationship events</source>
        <translation>%1 个标签（%2 条标签关联），%3 个候选名单，%4 条筛查记录，%5 条往来记录</translation>
    </message>
    <message>
        <source>%1 campaigns, %2 collaborations, %3 deliverables, %4 posts, %5 metric snapshots</source>
        <translation>%1 个活动，%2 次合作，%3 个交付项，%4 篇笔记，%5 条数据快照</translation>
    </message>
</context>
<context>
    <name>rr::DueReminderDialog</name>
    <message>
        <source>Final metrics due</source>
        <translation>待补最终数据</translation>
    </message>
    <message numerus="yes">
        <source>These campaigns closed at least %n day(s) ago and some of their posts still have no final metrics. Enter the final readings and tick &quot;Final&quot;.</source>
        <translation>
            <numerusform>这些活动已结束至少 %n 天，部分笔记仍没有最终数据。请录入最终数据并勾选“最终”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Posts without final metrics</source>
        <translation>无最终数据的笔记</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation>打开活动</translation>
    </message>
</context>
<context>
    <name>rr::EditCampaignCommand</name>
    <message>
        <source>Edit campaign %1</source>
        <translation>编辑活动 %1</translation>
    </message>
</context>
<context>
    <name>rr::EditCollaborationCommand</name>
    <message>
        <source>Edit collaboration with %1</source>
        <translation>编辑与 %1 的合作</translation>
    </message>
</context>
<context>
    <name>rr::EditCollaborationDialog</name>
    <message>
        <source>Edit collaboration with %1</source>
        <translation>编辑与 %1 的合作</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Contracted posts:</source>
        <translation>合同篇数：</translation>
    </message>
    <message>
        <source>Delivered posts:</source>
        <translation>已交付篇数：</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>截止：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>rr::EditCreatorCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑博主 %1</translation>
    </message>
</context>
<context>
    <name>rr::EditorCommit</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Creator deleted</source>
        <translation>博主已被删除</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else while you were editing. Your changes were not saved.</source>
        <translation>你编辑期间，%1 已被其他人删除。你的修改没有保存。</translation>
    </message>
    <message>
        <source>%1 saved %2 at %3 while you were editing.</source>
        <translation>你编辑期间，%1 于 %3 保存了 %2。</translation>
    </message>
    <message>
        <source>Someone saved %1 while you were editing.</source>
        <translation>你编辑期间，有人保存了 %1。</translation>
    </message>
    <message>
        <source>Saved by Someone Else Meanwhile</source>
        <translation>期间已被他人保存</translation>
    </message>
    <message>
        <source>Someone Else&apos;s Creator</source>
        <translation>他人负责的博主</translation>
    </message>
    <message>
        <source>%1 holds the relationship with %2. Make %3 the owner instead?</source>
        <translation>%2 目前由 %1 负责。要改为由 %3 负责吗？</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
</context>
<context>
    <name>rr::ExportActions</name>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Roster…</source>
        <translation>博主库(&amp;R)…</translation>
    </message>
    <message>
        <source>Every creator the roster&apos;s filters show, as an Excel workbook or CSV</source>
        <translation>博主库当前筛选出的全部博主，导出为 Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <source>&amp;Campaign…</source>
        <translation>活动(&amp;C)…</translation>
    </message>
    <message>
        <source>The open campaign&apos;s creators and, in a workbook, its posts</source>
        <translation>当前活动的合作博主；导出为工作簿时另附笔记工作表</translation>
    </message>
    <message>
        <source>Creator&apos;s &amp;Whole Record…</source>
        <translation>博主完整档案(&amp;W)…</translation>
    </message>
    <message>
        <source>Everything stored about the selected creator, in one file (for a privacy request)</source>
        <translation>所选博主的全部存储数据，合为一个文件（用于个人信息查询请求）</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>导出博主库</translation>
    </message>
    <message>
        <source>Export campaign</source>
        <translation>导出活动</translation>
    </message>
    <message>
        <source>Export creator&apos;s whole record</source>
        <translation>导出博主完整档案</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>博主库</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>creator-%1</source>
        <translation>博主-%1</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>An Excel sheet holds at most %1 rows: %n row(s) were left out. Export as CSV to keep every row.</source>
        <translation>
            <numerusform>Excel 工作表最多容纳 %1 行：有 %n 行未写入。如需保留全部数据，请导出为 CSV。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ExportCommand</name>
    <message>
        <source>No campaign with the number or name &quot;%1&quot;. Give a campaign&apos;s number or its exact name; campaigns in this database: %2.</source>
        <translation>没有编号或名称为“%1”的活动。请给出活动编号或完整名称；此数据库中的活动：%2。</translation>
    </message>
    <message>
        <source>%1 campaigns are named &quot;%2&quot; (numbers %3): give the number instead.</source>
        <translation>有 %1 个活动都叫“%2”（编号 %3）：请改用编号。</translation>
    </message>
    <message>
        <source>No shortlist named &quot;%1&quot; (names are shown in the roster&apos;s Shortlists… dialog; a shortlist&apos;s number works too).</source>
        <translation>没有名为“%1”的候选名单（名称见博主库的“候选名单…”对话框；也可以用名单编号）。</translation>
    </message>
    <message>
        <source>No creator with the number or XHS ID &quot;%1&quot;.</source>
        <translation>没有编号或小红书号为“%1”的博主。</translation>
    </message>
    <message>
        <source>%1 needs a value: the file to write.</source>
        <translation>%1 需要一个值：要写入的文件。</translation>
    </message>
    <message>
        <source>The export command needs what to export: %1.</source>
        <translation>export 命令需要指定导出内容：%1。</translation>
    </message>
    <message>
        <source>Unknown export &quot;%1&quot;: expected %2.</source>
        <translation>未知的导出内容“%1”：应为 %2。</translation>
    </message>
    <message>
        <source>export shortlist needs the shortlist&apos;s name (or number).</source>
        <translation>export shortlist 需要候选名单的名称（或编号）。</translation>
    </message>
    <message>
        <source>export campaign needs the campaign&apos;s number or name.</source>
        <translation>export campaign 需要活动编号或名称。</translation>
    </message>
    <message>
        <source>export creator needs the creator&apos;s number or XHS ID.</source>
        <translation>export creator 需要博主编号或小红书号。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after export %2.</source>
        <translation>export %2 后面出现了多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--posts only applies to export campaign.</source>
        <translation>--posts 仅适用于 export campaign。</translation>
    </message>
    <message>
        <source>export creator writes the whole record as JSON: use --json FILE instead of --csv.</source>
        <translation>export creator 以 JSON 写出完整档案：请用 --json FILE 代替 --csv。</translation>
    </message>
    <message>
        <source>export creator needs --json FILE: the file to write the creator&apos;s record to.</source>
        <translation>export creator 需要 --json FILE：写入博主档案的文件。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n creator(s) of the roster to %1.</source>
        <translation>
            <numerusform>已将博主库中的 %n 位博主写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n creator(s) of shortlist &quot;%1&quot; to %2.</source>
        <translation>
            <numerusform>已将候选名单“%1”中的 %n 位博主写入 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n post(s) of campaign %1 to %2.</source>
        <translation>
            <numerusform>已将活动 %1 的 %n 篇笔记写入 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n collaboration(s) of campaign %1 to %2.</source>
        <translation>
            <numerusform>已将活动 %1 的 %n 项合作写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the record of creator %1 to %2.</source>
        <translation>已将博主 %1 的档案写入 %2。</translation>
    </message>
    <message>
        <source>export creator writes the whole record as JSON: use --json FILE instead of --xlsx.</source>
        <translation>export creator 以 JSON 导出完整档案：请用 --json FILE，而不是 --xlsx。</translation>
    </message>
    <message>
        <source>--json only applies to export creator; export %1 writes --csv FILE or --xlsx FILE.</source>
        <translation>--json 仅用于 export creator；export %1 请用 --csv FILE 或 --xlsx FILE。</translation>
    </message>
    <message>
        <source>Give either --csv FILE or --xlsx FILE, not both.</source>
        <translation>--csv FILE 与 --xlsx FILE 只能二选一。</translation>
    </message>
    <message>
        <source>export %1 needs --csv FILE or --xlsx FILE: the file to write.</source>
        <translation>export %1 需要 --csv FILE 或 --xlsx FILE：要写入的文件。</translation>
    </message>
    <message>
        <source>       redroster export roster --csv FILE|--xlsx FILE [--db PATH]
       redroster export shortlist NAME --csv FILE|--xlsx FILE [--db PATH]
       redroster export campaign ID|NAME --csv FILE|--xlsx FILE [--posts] [--db PATH]
                                        export as CSV for Excel (UTF-8 with BOM) or as an .xlsx
                                        workbook: every creator, a shortlist&apos;s members, or a
                                        campaign&apos;s collaborations with their figures (--posts:
                                        one row per post; in .xlsx a second sheet)
       redroster export creator ID|XHS-ID --json FILE [--db PATH]
                                        a creator&apos;s whole record in one JSON file (privacy requests)
</source>
        <translation>       redroster export roster --csv FILE|--xlsx FILE [--db PATH]
       redroster export shortlist NAME --csv FILE|--xlsx FILE [--db PATH]
       redroster export campaign ID|NAME --csv FILE|--xlsx FILE [--posts] [--db PATH]
                                        导出为 Excel 可直接打开的 CSV（带 BOM 的 UTF-8）或 .xlsx 工作簿：
                                        全部博主、某个候选名单的成员，或某个活动的合作及其数据
                                        （--posts：每篇笔记一行；.xlsx 中为第二个工作表）
       redroster export creator ID|XHS-ID --json FILE [--db PATH]
                                        博主的完整档案，一个 JSON 文件（用于个人信息查询请求）
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n collaboration(s) of campaign %1 and %2 post(s) to %3.</source>
        <translation>
            <numerusform>已将活动 %1 的 %n 项合作和 %2 篇笔记写入 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: Excel holds at most %1 rows per sheet; %n row(s) were left out of %2. Export as CSV (--csv) to get every row.</source>
        <translation>
            <numerusform>警告：Excel 每个工作表最多容纳 %1 行，%2 中有 %n 行未写入。如需全部数据，请导出为 CSV（--csv）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ExportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>rr::FilterBar</name>
    <message>
        <source>Search handle, nickname, name or notes…</source>
        <translation>搜索小红书号、昵称、姓名或备注…</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>to</source>
        <comment>follower range</comment>
        <translation>至</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no upper limit</comment>
        <translation>不限</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no lower limit</comment>
        <translation>不限</translation>
    </message>
    <message>
        <source>Brand fit at least</source>
        <translation>品牌契合度不低于</translation>
    </message>
    <message>
        <source>Reliability at least</source>
        <translation>可靠度不低于</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no minimum rating</comment>
        <translation>不限</translation>
    </message>
    <message>
        <source>Hide do-not-contact creators</source>
        <translation>隐藏勿联系的博主</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除所有筛选条件</translation>
    </message>
    <message>
        <source>Independent (no agency)</source>
        <translation>独立博主（无机构）</translation>
    </message>
    <message>
        <source>More (%1)</source>
        <translation>更多（%1）</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>候选名单</translation>
    </message>
    <message>
        <source>Shortlist: %1</source>
        <translation>候选名单：%1</translation>
    </message>
    <message>
        <source>Only the creators of this shortlist are shown; click to show everyone</source>
        <translation>仅显示此候选名单中的博主；点击以显示全部</translation>
    </message>
</context>
<context>
    <name>rr::FormatText</name>
    <message>
        <source>Image note</source>
        <translation>图文笔记</translation>
    </message>
    <message>
        <source>Video note</source>
        <translation>视频笔记</translation>
    </message>
</context>
<context>
    <name>rr::ImportBatches</name>
    <message>
        <source>Import batch %1 does not exist.</source>
        <translation>导入批次 %1 不存在。</translation>
    </message>
    <message>
        <source>Import batch %1 was already undone on %2.</source>
        <translation>导入批次 %1 已于 %2 撤销。</translation>
    </message>
</context>
<context>
    <name>rr::ImportBatchesDialog</name>
    <message>
        <source>Import batches</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>导入人</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>New / updated / skipped</source>
        <translation>新增 / 更新 / 跳过</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>&amp;Undo Batch…</source>
        <translation>撤销此批(&amp;U)…</translation>
    </message>
    <message>
        <source>Undo import batch</source>
        <translation>撤销导入批次</translation>
    </message>
    <message>
        <source>Undo batch #%1? Creators it added are deleted and fields it changed are put back, in one step. Creators someone worked on since the import are kept.</source>
        <translation>要撤销第 %1 批导入吗？该批新增的博主将被删除，修改过的字段将恢复原值，一次完成。导入后已有人跟进的博主会保留。</translation>
    </message>
    <message>
        <source>Nothing was undone: %1</source>
        <translation>未撤销任何内容：%1</translation>
    </message>
    <message>
        <source>Batch #%1 undone: %2 creators deleted, %3 restored.</source>
        <translation>第 %1 批已撤销：删除博主 %2 位，恢复 %3 位。</translation>
    </message>
    <message>
        <source>Kept %1 creators worked on since the import; left %2 edited again.</source>
        <translation>保留了导入后已有跟进的 %1 位博主；%2 位导入后又被编辑过的博主保持不变。</translation>
    </message>
</context>
<context>
    <name>rr::ImportCommand</name>
    <message>
        <source>The import command needs at least one file to import.</source>
        <translation>import 命令至少需要一个要导入的文件。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: expected utf-8, utf-8-bom, gb18030 (gbk), utf-16le or utf-16be.</source>
        <translation>未知的编码“%1”：应为 utf-8、utf-8-bom、gb18030（gbk）、utf-16le 或 utf-16be。</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;: expected comma, semicolon, tab or pipe.</source>
        <translation>未知的分隔符“%1”：应为 comma、semicolon、tab 或 pipe。</translation>
    </message>
    <message>
        <source>Unknown --on-duplicate &quot;%1&quot;: expected skip, fill or overwrite.</source>
        <translation>未知的 --on-duplicate 取值“%1”：应为 skip、fill 或 overwrite。</translation>
    </message>
    <message>
        <source>--json describes a dry run: add --dry-run.</source>
        <translation>--json 用于描述试运行：请同时加上 --dry-run。</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: %2</source>
        <translation>字段映射“%1”：%2</translation>
    </message>
    <message>
        <source>Could not write the report %1.</source>
        <translation>无法写入报告 %1。</translation>
    </message>
    <message>
        <source>%1: dry run, nothing written.</source>
        <translation>%1：试运行，未写入任何数据。</translation>
    </message>
    <message>
        <source>%1: imported as batch %2.</source>
        <translation>%1：已作为第 %2 批导入。</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 skipped (%5 duplicates in the file, %6 do-not-contact, %7 without handle or nickname); %8 doubtful and %9 invalid cells.</source>
        <translation>共 %1 行：新增 %2，更新 %3，跳过 %4（文件内重复 %5，勿联系 %6，缺少小红书号和昵称 %7）；存疑单元格 %8 个，无效单元格 %9 个。</translation>
    </message>
    <message>
        <source>#%1  %2  %3 by %4: %5 rows, %6 new, %7 updated, %8 skipped</source>
        <translation>#%1  %2  %3（%4 导入）：%5 行，新增 %6，更新 %7，跳过 %8</translation>
    </message>
    <message>
        <source>(undone %1)</source>
        <translation>（已于 %1 撤销）</translation>
    </message>
    <message>
        <source>No import batches.</source>
        <translation>没有导入批次。</translation>
    </message>
    <message>
        <source>Expected a batch number such as 3, not &quot;%1&quot; (see redroster batches).</source>
        <translation>应为批次编号（如 3），而不是“%1”（可用 redroster batches 查看）。</translation>
    </message>
    <message>
        <source>Batch %1 undone: %2 creators deleted, %3 restored, %4 follower snapshots and %5 metric rows removed.</source>
        <translation>第 %1 批已撤销：删除博主 %2 位，恢复 %3 位，移除粉丝数快照 %4 条、笔记数据 %5 条。</translation>
    </message>
    <message>
        <source>Kept %1 creators that were worked on after the import.</source>
        <translation>保留了导入后又有后续操作的 %1 位博主。</translation>
    </message>
    <message>
        <source>Left %1 creators that were edited again after the import.</source>
        <translation>导入后又被编辑过的 %1 位博主保持不变。</translation>
    </message>
</context>
<context>
    <name>rr::ImportDialog</name>
    <message>
        <source>Import creators</source>
        <translation>导入博主</translation>
    </message>
    <message>
        <source>Previous file</source>
        <translation>上一个文件</translation>
    </message>
    <message>
        <source>Next file</source>
        <translation>下一个文件</translation>
    </message>
    <message>
        <source>Creators already in the database</source>
        <translation>数据库中已有的博主</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Fill their empty fields</source>
        <translation>补全其空白字段(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Overwrite with the file&apos;s values</source>
        <translation>用文件中的值覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>保存报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>第 %1 个文件，共 %2 个：%3</translation>
    </message>
    <message>
        <source>This file has been imported.</source>
        <translation>此文件已导入。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>This file cannot be imported. %1</source>
        <translation>此文件无法导入。%1</translation>
    </message>
    <message>
        <source>%1 rows: %2 to create, %3 to update, %4 skipped (%5 already stored, %6 duplicates in the file, %7 do not contact), %8 rejected; %9 doubtful and %10 invalid cells.</source>
        <translation>共 %1 行：将新增 %2，将更新 %3，跳过 %4（已在库中 %5，文件内重复 %6，勿联系 %7），拒绝导入 %8；存疑单元格 %9 个，无效单元格 %10 个。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped, %4 rejected.</source>
        <translation>已导入：新增 %1，更新 %2，跳过 %3，拒绝导入 %4。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何数据。</translation>
    </message>
    <message>
        <source>The import failed: nothing was written. %1</source>
        <translation>导入失败：未写入任何数据。%1</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>rr::ImportFieldText</name>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Handle (小红书号)</source>
        <translation>小红书号</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>主页链接</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>Lifetime likes and saves (kept in notes)</source>
        <translation>获赞与收藏总数（记入备注）</translation>
    </message>
    <message>
        <source>Primary category</source>
        <translation>主要类目</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Agency / MCN</source>
        <translation>机构 / MCN</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Image-note price</source>
        <translation>图文报价</translation>
    </message>
    <message>
        <source>Video-note price</source>
        <translation>视频报价</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>Note link</source>
        <translation>笔记链接</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>笔记标题</translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Views (reads)</source>
        <translation>阅读量</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>曝光量</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>收藏数</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享数</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击量</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>rr::ImportFormatBar</name>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>竖线（ | ）</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>第一行是表头</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>rr::ImportJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1 第 %2 行第 %3 列：%4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Post metrics need a campaign: choose the campaign whose posts the file lists.</source>
        <translation>导入笔记数据需要指定活动：请选择文件中所列笔记所属的活动。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>已取消导入；未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>rr::ImportPlanner</name>
    <message>
        <source>Unknown category; add it to the category list or map it.</source>
        <translation>未知类目；请将其添加到类目列表，或映射到已有类目。</translation>
    </message>
    <message>
        <source>Another creator already has this handle; the handle was not filled in.</source>
        <translation>其他博主已使用这个小红书号；未填入该小红书号。</translation>
    </message>
    <message>
        <source>No handle, nickname or profile link: row not imported.</source>
        <translation>没有小红书号、昵称或主页链接：此行未导入。</translation>
    </message>
    <message>
        <source>Same creator as line %1 of this file: skipped.</source>
        <translation>与本文件第 %1 行是同一位博主：已跳过。</translation>
    </message>
    <message>
        <source>Likes and saves (lifetime): %1</source>
        <translation>获赞与收藏（累计）：%1</translation>
    </message>
    <message>
        <source>A creator with this nickname already exists (#%1); imported as a new creator because handle and profile link differ.</source>
        <translation>已有同昵称的博主（#%1）；由于小红书号和主页链接均不相同，已作为新博主导入。</translation>
    </message>
    <message>
        <source>Creator #%1 is marked do-not-contact: left unchanged.</source>
        <translation>博主 #%1 已标记为勿联系：保持不变。</translation>
    </message>
</context>
<context>
    <name>rr::ImportPreviewModel</name>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>rr::ImportReport</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>原始文本</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%n more notes left out</source>
        <translation>
            <numerusform>另有 %n 条提示未列出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ImportText</name>
    <message>
        <source>New creator</source>
        <translation>新建博主</translation>
    </message>
    <message>
        <source>Update existing creator</source>
        <translation>更新已有博主</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>Already in the roster: skipped</source>
        <translation>已在博主库中：跳过</translation>
    </message>
    <message>
        <source>Duplicate within the file: skipped</source>
        <translation>文件内重复：跳过</translation>
    </message>
    <message>
        <source>Do not contact: left unchanged</source>
        <translation>勿联系：保持不变</translation>
    </message>
    <message>
        <source>No handle, nickname or link: rejected</source>
        <translation>无小红书号、昵称或链接：拒绝导入</translation>
    </message>
</context>
<context>
    <name>rr::InputFlags</name>
    <message>
        <source>%1 %2 is lower than %3 on %4 (kept as entered)</source>
        <translation>%1 %2 低于 %4 的 %3（已按输入保留）</translation>
    </message>
    <message>
        <source>Published %1, before the campaign starts on %2</source>
        <translation>发布于 %1，早于活动开始日期 %2</translation>
    </message>
    <message>
        <source>Published %1, after the campaign ends on %2</source>
        <translation>发布于 %1，晚于活动结束日期 %2</translation>
    </message>
    <message>
        <source>A fee cannot be negative (%1)</source>
        <translation>费用不能为负数（%1）</translation>
    </message>
    <message>
        <source>%1 delivered but only %2 contracted: raise the contracted count first</source>
        <translation>已交付 %1 篇但合同只有 %2 篇：请先提高合同篇数</translation>
    </message>
</context>
<context>
    <name>rr::IntegrityCheck</name>
    <message>
        <source>table %1 is missing</source>
        <translation>缺少数据表 %1</translation>
    </message>
    <message>
        <source>creator %1</source>
        <translation>博主 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: followers %2, latest snapshot %3 (%4)</source>
        <translation>%1：粉丝数 %2，最新快照 %3（%4）</translation>
    </message>
    <message>
        <source>%1: search text is out of date</source>
        <translation>%1：搜索文本不是最新的</translation>
    </message>
    <message>
        <source>%1: unknown status &quot;%2&quot;</source>
        <translation>%1：未知状态“%2”</translation>
    </message>
    <message>
        <source>All tables present</source>
        <translation>数据表齐全</translation>
    </message>
    <message>
        <source>Followers equal the latest snapshot</source>
        <translation>粉丝数与最新快照一致</translation>
    </message>
    <message>
        <source>Search text up to date</source>
        <translation>搜索文本均为最新</translation>
    </message>
    <message>
        <source>Statuses known</source>
        <translation>状态值均有效</translation>
    </message>
    <message>
        <source>RedRoster database check: %1</source>
        <translation>红人簿数据库检查：%1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this build: %2), up to date</source>
        <translation>结构版本：%1（本程序：%2），已是最新</translation>
    </message>
    <message>
        <source>Schema version: %1 (this build: %2), MISMATCH</source>
        <translation>结构版本：%1（本程序：%2），不匹配</translation>
    </message>
    <message>
        <source>SQLite integrity check: not run</source>
        <translation>SQLite 完整性检查：未运行</translation>
    </message>
    <message>
        <source>SQLite integrity check: ok</source>
        <translation>SQLite 完整性检查：正常</translation>
    </message>
    <message numerus="yes">
        <source>SQLite integrity check: %n problem(s)</source>
        <translation>
            <numerusform>SQLite 完整性检查：%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign keys: ok</source>
        <translation>外键：正常</translation>
    </message>
    <message numerus="yes">
        <source>Foreign keys: %n row(s) point at missing rows</source>
        <translation>
            <numerusform>外键：%n 行指向不存在的行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 row %2 → missing %3</source>
        <translation>%1 第 %2 行 → 缺少 %3</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>各表行数：</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Consistency:</source>
        <translation>一致性：</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1：正常</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1：%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Check stopped: %1 (%2)</source>
        <translation>检查已中止：%1（%2）</translation>
    </message>
    <message>
        <source>Result: OK</source>
        <translation>结果：正常</translation>
    </message>
    <message>
        <source>Result: PROBLEMS FOUND</source>
        <translation>结果：发现问题</translation>
    </message>
</context>
<context>
    <name>rr::KpiPanel</name>
    <message numerus="yes">
        <source>%n post(s) without any reading are left out.</source>
        <translation>
            <numerusform>%n 篇没有任何数据的笔记未计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective %1: its metrics lead. Totals sum each post&apos;s latest reading; &quot;—&quot; is unknown (a missing count or a zero denominator).</source>
        <translation>推广目标为“%1”：相应指标优先显示。合计取每篇笔记的最新数据；“—”表示未知（缺少数值或分母为零）。</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>KPI 目标…</translation>
    </message>
    <message>
        <source>Set the campaign&apos;s KPI targets; reports show each one against the actual.</source>
        <translation>设置活动的 KPI 目标；报告中逐项对比目标与实际。</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>A cost: met at or below the target.</source>
        <translation>成本类指标：不高于目标即为达成。</translation>
    </message>
    <message>
        <source>Met at or above the target.</source>
        <translation>不低于目标即为达成。</translation>
    </message>
    <message>
        <source>Target %1 ✓</source>
        <translation>目标 %1 ✓</translation>
    </message>
    <message>
        <source>Target met. %1</source>
        <translation>已达成。%1</translation>
    </message>
    <message>
        <source>Target %1 ✗</source>
        <translation>目标 %1 ✗</translation>
    </message>
    <message>
        <source>Target not met. %1</source>
        <translation>未达成。%1</translation>
    </message>
</context>
<context>
    <name>rr::KpiTargetText</name>
    <message>
        <source>“%1” is not a target for %2: expected %3.</source>
        <translation>“%1”不是有效的%2目标：应为%3。</translation>
    </message>
    <message>
        <source>an amount in yuan, e.g. ¥0.80</source>
        <translation>以元计的金额，如 ¥0.80</translation>
    </message>
    <message>
        <source>a percentage, e.g. 5%</source>
        <translation>百分比，如 5%</translation>
    </message>
    <message>
        <source>a number, e.g. 120000 or 12万</source>
        <translation>数字，如 120000 或 12万</translation>
    </message>
</context>
<context>
    <name>rr::KpiTargetsDialog</name>
    <message>
        <source>Targets: %1</source>
        <translation>KPI 目标：%1</translation>
    </message>
    <message>
        <source>Targets for the campaign&apos;s KPIs, shown against the actuals here and in the campaign report: money in yuan (¥0.80), rates as percentages (5%), counts as numbers (120000 or 12万). Leave a field empty for no target. Costs are met at or below their target, everything else at or above.</source>
        <translation>为活动的各项 KPI 设定目标，此处与活动报告中都会与实际值对比：金额以元计（¥0.80），比率用百分比（5%），数量填数字（120000 或 12万）。留空即不设目标。成本类指标不高于目标即达成，其余指标不低于目标即达成。</translation>
    </message>
    <message>
        <source>&lt;b&gt;KPI&lt;/b&gt;</source>
        <translation>&lt;b&gt;指标&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target&lt;/b&gt;</source>
        <translation>&lt;b&gt;目标&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;当前&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未设</translation>
    </message>
    <message>
        <source>A cost: met at or below the target.</source>
        <translation>成本类指标：不高于目标即为达成。</translation>
    </message>
    <message>
        <source>Met at or above the target.</source>
        <translation>不低于目标即为达成。</translation>
    </message>
</context>
<context>
    <name>rr::Language</name>
    <message>
        <source>RedRoster</source>
        <translation>红人簿</translation>
    </message>
</context>
<context>
    <name>rr::MainWindow</name>
    <message>
        <source>About RedRoster</source>
        <translation>关于红人簿</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RedRoster 红人簿 %1&lt;/h3&gt;&lt;p&gt;Creator partnerships on Xiaohongshu: roster, campaigns, analytics and reports.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. Icons: Tabler Icons (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RedRoster 红人簿 %1&lt;/h3&gt;&lt;p&gt;小红书博主合作管理：博主库、活动、数据分析与报告。&lt;/p&gt;&lt;p&gt;本软件为自由软件，依据 GNU 通用公共许可证（GPL）第 3 版或更高版本发布。图标：Tabler Icons（MIT 许可证）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln creator(s)</source>
        <translation>
            <numerusform>%Ln 位博主</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln creator(s)</source>
        <translation>
            <numerusform>显示 %1 位，共 %Ln 位博主</numerusform>
        </translation>
    </message>
    <message>
        <source>New creator</source>
        <translation>新建博主</translation>
    </message>
    <message>
        <source>Cannot open the creator</source>
        <translation>无法打开该博主</translation>
    </message>
    <message>
        <source>Creator: %1</source>
        <translation>博主：%1</translation>
    </message>
    <message>
        <source>Delete %1 and everything recorded about them (follower history, collaborations, posts, notes)? This cannot be undone.</source>
        <translation>要删除 %1 及其所有相关记录（粉丝数历史、合作、笔记、备注）吗？此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln creator(s) and everything recorded about them (follower history, collaborations, posts, notes)? This cannot be undone.</source>
        <translation>
            <numerusform>要删除 %Ln 位博主及其所有相关记录（粉丝数历史、合作、笔记、备注）吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Use this when a creator asks to be forgotten. To stop contacting someone, set the status to Declined instead.</source>
        <translation>仅在博主要求删除其个人信息时使用。如果只是不再联系，请将状态改为“不再合作”。</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite *.db)</source>
        <translation>红人簿数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite *.db);;All files (*)</source>
        <translation>红人簿数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite)</source>
        <translation>红人簿数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or use Open to open it.</source>
        <translation>%1 已存在。请换一个文件名，或使用“打开数据库”打开它。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open database</source>
        <translation>为当前打开的数据库生成一份一致的副本</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New Creator…</source>
        <translation>新建博主(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Creator…</source>
        <translation>编辑博主(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Creator…</source>
        <translation>删除博主(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About RedRoster</source>
        <translation>关于红人簿(&amp;A)</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>未能保存更改</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>未删除任何内容</translation>
    </message>
    <message>
        <source>Import creators</source>
        <translation>导入博主</translation>
    </message>
    <message>
        <source>Text tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>文本表格 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped, %4 rejected</source>
        <translation>已导入：新增 %1，更新 %2，跳过 %3，拒绝导入 %4</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import creators from CSV files (you can also drop files on the window)</source>
        <translation>从 CSV 文件导入博主（也可以把文件拖到窗口上）</translation>
    </message>
    <message>
        <source>Import &amp;Batches…</source>
        <translation>导入批次(&amp;B)…</translation>
    </message>
    <message>
        <source>S&amp;hortlists…</source>
        <translation>候选名单(&amp;H)…</translation>
    </message>
    <message>
        <source>Saved shortlists: show one in the roster, add its creators to a campaign</source>
        <translation>已保存的候选名单：在博主库中显示，或将其博主加入活动</translation>
    </message>
    <message>
        <source>&amp;Charts for This Creator</source>
        <translation>此博主的图表(&amp;C)</translation>
    </message>
    <message>
        <source>Follower history and post metrics of the selected creator</source>
        <translation>所选博主的粉丝数变化与笔记数据</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, tier thresholds and when final metrics are overdue</source>
        <translation>界面语言、层级划分，以及最终数据何时算逾期</translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere</source>
        <translation>已更新为他处保存的修改</translation>
    </message>
    <message>
        <source>Server connection lost: reconnecting…</source>
        <translation>与服务器的连接已断开：正在重新连接…</translation>
    </message>
    <message>
        <source>Connected to the server again</source>
        <translation>已重新连接到服务器</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing was saved. Your changes are kept in the editor: save them again once the connection is back.</source>
        <translation>无法连接服务器，因此没有保存任何内容。你的修改仍保留在编辑窗口中：连接恢复后请再次保存。</translation>
    </message>
    <message>
        <source>Back to the Editor</source>
        <translation>返回编辑</translation>
    </message>
    <message>
        <source>Discard My Changes</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <source>Saved together with the changes someone else made meanwhile</source>
        <translation>已与他人在此期间的修改一并保存</translation>
    </message>
    <message>
        <source>Copied to the Server</source>
        <translation>已复制到服务器</translation>
    </message>
    <message>
        <source>Everything was copied to %1. Work on the server from now on? Colleagues need editor rights there (redroster roles).</source>
        <translation>全部数据已复制到 %1。今后改在服务器上工作吗？同事需要在服务器上获得编辑权限（redroster roles）。</translation>
    </message>
    <message>
        <source>Database &amp;Connection…</source>
        <translation>数据库连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Work on a database file or on a team&apos;s PostgreSQL server</source>
        <translation>使用数据库文件，或团队的 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>Copy to a &amp;Team Server…</source>
        <translation>复制到团队服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>Put this file&apos;s data on an empty PostgreSQL server database for the team</source>
        <translation>把本文件的数据放到团队的一个空 PostgreSQL 服务器数据库中</translation>
    </message>
    <message>
        <source>The server refused the password: File → Database Connection</source>
        <translation>服务器拒绝了密码：请用 文件 → 数据库连接</translation>
    </message>
    <message>
        <source>Team &amp;Members…</source>
        <translation>团队成员(&amp;M)…</translation>
    </message>
    <message>
        <source>Who may change the team&apos;s data and who may only read it (the database&apos;s owner)</source>
        <translation>谁可以修改团队数据、谁只能查看（由数据库所有者设置）</translation>
    </message>
</context>
<context>
    <name>rr::MappingPanel</name>
    <message>
        <source>Preset…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>载入</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Prices are in fen (cents)</source>
        <translation>报价单位为分</translation>
    </message>
    <message>
        <source>Tick for files whose prices are already in fen, such as Pugongying API exports.</source>
        <translation>文件中的报价已经以分为单位时勾选，例如蒲公英 API 导出的数据。</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>文件列</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Mapped more than once: %1</source>
        <translation>重复映射：%1</translation>
    </message>
    <message>
        <source>Mapping profile</source>
        <translation>映射方案</translation>
    </message>
    <message>
        <source>Save mapping profile</source>
        <translation>保存映射方案</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>方案名称：</translation>
    </message>
</context>
<context>
    <name>rr::MappingPresets</name>
    <message>
        <source>Pugongying (蒲公英) export</source>
        <translation>蒲公英导出文件</translation>
    </message>
    <message>
        <source>Pugongying (蒲公英) API fields, prices in fen</source>
        <translation>蒲公英 API 字段（报价以分为单位）</translation>
    </message>
    <message>
        <source>Qiangua (千瓜) export</source>
        <translation>千瓜导出文件</translation>
    </message>
    <message>
        <source>Xinhong (新红) export</source>
        <translation>新红导出文件</translation>
    </message>
    <message>
        <source>Generic spreadsheet</source>
        <translation>通用表格</translation>
    </message>
    <message>
        <source>Post metrics</source>
        <translation>笔记数据</translation>
    </message>
</context>
<context>
    <name>rr::MappingProfiles</name>
    <message>
        <source>Not a RedRoster column mapping.</source>
        <translation>这不是红人簿列映射。</translation>
    </message>
    <message>
        <source>Unknown kind of import &quot;%1&quot;.</source>
        <translation>未知的导入类型“%1”。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in the mapping.</source>
        <translation>映射中有未知字段“%1”。</translation>
    </message>
    <message>
        <source>A mapping profile needs a name.</source>
        <translation>请为映射方案命名。</translation>
    </message>
    <message>
        <source>The mapping profile could not be saved.</source>
        <translation>无法保存映射方案。</translation>
    </message>
    <message>
        <source>No mapping profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的映射方案。</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1.</source>
        <translation>无法读取映射文件 %1。</translation>
    </message>
    <message>
        <source>The mapping file %1 is not valid JSON: %2</source>
        <translation>映射文件 %1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>No mapping file, profile or preset named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的映射文件、映射方案或预设。</translation>
    </message>
</context>
<context>
    <name>rr::MetricCellsCommand</name>
    <message>
        <source>Edit metric</source>
        <translation>编辑数据</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::MetricsPlanner</name>
    <message>
        <source>Impressions are not stored yet.</source>
        <translation>暂不保存曝光量。</translation>
    </message>
    <message>
        <source>No note link: row not imported.</source>
        <translation>没有笔记链接：此行未导入。</translation>
    </message>
    <message>
        <source>No post of this campaign has this link: row not imported.</source>
        <translation>此活动中没有使用该链接的笔记：此行未导入。</translation>
    </message>
</context>
<context>
    <name>rr::MultiSelectButton</name>
    <message>
        <source>%1: %2</source>
        <comment>facet title: chosen value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>facet title (number chosen)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>rr::ObjectiveText</name>
    <message>
        <source>Awareness</source>
        <translation>品牌曝光</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>UGC / seeding</source>
        <translation>种草</translation>
    </message>
</context>
<context>
    <name>rr::PipelineBoard</name>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation>
            <numerusform>%n 位博主</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else holds this relationship</source>
        <translation>已有同事在跟进该博主</translation>
    </message>
    <message>
        <source>%1

Move the creator anyway?</source>
        <translation>%1

仍要移动该博主吗？</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>活动(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>尚无负责人</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Any campaign</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <source>The creator could not be moved: %1</source>
        <translation>无法移动该博主：%1</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>未移动：%1</translation>
    </message>
    <message>
        <source>someone may have edited the creator meanwhile.</source>
        <translation>可能有人同时修改了该博主。</translation>
    </message>
</context>
<context>
    <name>rr::PostMetricsTableModel</name>
    <message>
        <source>Creator</source>
        <translation>博主</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>统计日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
    <message numerus="yes">
        <source>there is no such row (the table has %n row(s))</source>
        <translation>
            <numerusform>没有该行（表格共 %n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>this cell cannot be edited</source>
        <translation>该单元格不可编辑</translation>
    </message>
    <message>
        <source>“%1” is not a count</source>
        <translation>“%1”不是数量</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>“%1”不是“是”或“否”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Row %1, column %2: the paste reaches past the end of the table</source>
        <translation>第 %1 行第 %2 列：粘贴内容超出了表格末尾</translation>
    </message>
    <message>
        <source>Final</source>
        <comment>column: this reading is the post&apos;s final one</comment>
        <translation>最终数据</translation>
    </message>
</context>
<context>
    <name>rr::RankingModel</name>
    <message>
        <source>Save rate</source>
        <translation>收藏率</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>CPE (lowest first)</source>
        <translation>互动成本（CPE，从低到高）</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>可靠度</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>博主</translation>
    </message>
    <message>
        <source>XHS ID</source>
        <translation>小红书号</translation>
    </message>
    <message>
        <source>Stated engagement rate</source>
        <translation>标称互动率</translation>
    </message>
    <message>
        <source>Rated collaborations</source>
        <translation>已评分合作</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>笔记数</translation>
    </message>
</context>
<context>
    <name>rr::RankingPanel</name>
    <message>
        <source>The ranking could not be computed: %1</source>
        <translation>无法计算排名：%1</translation>
    </message>
    <message>
        <source>Similar creators could not be found: %1</source>
        <translation>无法查找相似博主：%1</translation>
    </message>
    <message numerus="yes">
        <source>Like %1, not yet worked with: %Ln creator(s)</source>
        <translation>
            <numerusform>与 %1 相似且尚未合作：%Ln 位博主</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only creators with at least %n rated collaboration(s) are ranked.</source>
        <translation>
            <numerusform>只对至少有 %n 次已评分合作的博主排名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only creators with at least %n post(s) with known figures are ranked; rates are summed over their posts, not averaged.</source>
        <translation>
            <numerusform>只对至少有 %n 篇数据已知笔记的博主排名；比率按其笔记汇总计算，而非取平均。</numerusform>
        </translation>
    </message>
    <message>
        <source>Who performs</source>
        <translation>表现排行</translation>
    </message>
    <message>
        <source>Minimum sample</source>
        <translation>最少样本数</translation>
    </message>
    <message>
        <source>Creators with fewer posts (or rated collaborations) than this are left out</source>
        <translation>笔记数（或已评分合作数）少于此值的博主不参与排名</translation>
    </message>
    <message>
        <source>Find similar creators</source>
        <translation>查找相似博主</translation>
    </message>
    <message>
        <source>Find similar to selected</source>
        <translation>查找与所选相似的博主</translation>
    </message>
    <message>
        <source>Engagement band ±</source>
        <translation>互动率区间 ±</translation>
    </message>
    <message>
        <source>Same city</source>
        <translation>同城</translation>
    </message>
    <message>
        <source>Same primary category and tier, stated engagement rate within the band, no collaboration yet. A save rate is only known from a creator&apos;s posts with us, so creators not yet worked with are matched on engagement rate.</source>
        <translation>主要类目和层级相同、标称互动率在区间内、尚未合作过的博主。收藏率只能从与我们合作的笔记中得知，因此尚未合作的博主按互动率匹配。</translation>
    </message>
</context>
<context>
    <name>rr::RatingEditor</name>
    <message>
        <source>—</source>
        <comment>not rated</comment>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rating(s))</source>
        <translation>
            <numerusform>%1（%n 次评分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Brand fit (1–5)</source>
        <translation>品牌契合度（1–5）</translation>
    </message>
    <message>
        <source>Reliability (1–5)</source>
        <translation>可靠度（1–5）</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no answer</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Renewal interest</source>
        <translation>续约意向</translation>
    </message>
    <message>
        <source>—</source>
        <comment>unknown</comment>
        <translation>—</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Constructive push-back on the brief</source>
        <translation>对需求的建设性反馈</translation>
    </message>
    <message>
        <source>Push-back</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>How revisions were handled</source>
        <translation>改稿配合情况</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>改稿</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <source>Select a collaboration to rate it.</source>
        <translation>选择一条合作进行评分。</translation>
    </message>
    <message>
        <source>How the collaboration with %1 went</source>
        <translation>与 %1 的合作情况</translation>
    </message>
    <message>
        <source>%1 across collaborations</source>
        <translation>%1（所有合作）</translation>
    </message>
    <message>
        <source>Brand fit: %1</source>
        <translation>品牌契合度：%1</translation>
    </message>
    <message>
        <source>Reliability: %1</source>
        <translation>可靠度：%1</translation>
    </message>
    <message>
        <source>%1 (%2): fit %3, reliability %4%5</source>
        <translation>%1（%2）：契合度 %3，可靠度 %4%5</translation>
    </message>
    <message>
        <source>, renewal %1</source>
        <translation>，续约 %1</translation>
    </message>
</context>
<context>
    <name>rr::RelationshipLog</name>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>briefed</source>
        <translation>已发需求</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>renewal: yes</source>
        <translation>续约：是</translation>
    </message>
    <message>
        <source>renewal: no</source>
        <translation>续约：否</translation>
    </message>
    <message>
        <source>renewal: maybe</source>
        <translation>续约：待定</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Enter a note for the event.</source>
        <translation>请为该事件填写备注。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>delivered %1 of %2 posts</source>
        <translation>已交付 %1/%2 篇</translation>
    </message>
    <message>
        <source>fee ¥%1</source>
        <translation>费用 ¥%1</translation>
    </message>
    <message>
        <source>%1 views</source>
        <translation>%1 阅读</translation>
    </message>
    <message>
        <source>%1 engagements</source>
        <translation>%1 互动</translation>
    </message>
    <message>
        <source>brand fit %1/5</source>
        <translation>品牌契合度 %1/5</translation>
    </message>
    <message>
        <source>reliability %1/5</source>
        <translation>可靠度 %1/5</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
</context>
<context>
    <name>rr::RemoveCollaborationCommand</name>
    <message>
        <source>Remove %1 from the campaign</source>
        <translation>将 %1 移出活动</translation>
    </message>
</context>
<context>
    <name>rr::RemoveShortlistCommand</name>
    <message>
        <source>Delete shortlist “%1”</source>
        <translation>删除候选名单“%1”</translation>
    </message>
    <message>
        <source>The shortlist no longer exists.</source>
        <translation>该候选名单已不存在。</translation>
    </message>
</context>
<context>
    <name>rr::Report</name>
    <message>
        <source>%1 of %2 contracted</source>
        <translation>合同 %2 篇，已交付 %1 篇</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>Pugongying (蒲公英)</source>
        <translation>蒲公英</translation>
    </message>
    <message>
        <source>Qiangua (千瓜)</source>
        <translation>千瓜</translation>
    </message>
    <message>
        <source>Campaign performance report</source>
        <translation>活动效果报告</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>推广目标</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>核心结果</translation>
    </message>
    <message>
        <source>Led by the metrics of the campaign&apos;s objective, %1 (in bold).</source>
        <translation>以推广目标（%1）对应的指标为先（加粗显示）。</translation>
    </message>
    <message>
        <source>No posts have been recorded for this campaign yet, so there are no results to report.</source>
        <translation>此活动尚未记录任何笔记，因此暂无结果可报告。</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n post(s) measured.</source>
        <translation>
            <numerusform>%n 篇笔记中已有 %1 篇有数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Engagement and save rate</source>
        <translation>互动率与收藏率</translation>
    </message>
    <message>
        <source>Engagement rate and save rate by week of publication</source>
        <translation>按发布周统计的互动率与收藏率</translation>
    </message>
    <message>
        <source>Median save rate by tier</source>
        <translation>各层级收藏率中位数</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>博主</translation>
    </message>
    <message>
        <source>No creators are part of this campaign yet.</source>
        <translation>此活动尚无合作博主。</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>博主</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>阅读量</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>互动量</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>SR</source>
        <translation>收藏率</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>互动成本</translation>
    </message>
    <message>
        <source>Highlights: top posts by save rate</source>
        <translation>亮点：收藏率最高的笔记</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>收藏率</translation>
    </message>
    <message>
        <source>Appendix: every post</source>
        <translation>附录：全部笔记</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>How the figures are made</source>
        <translation>数据口径</translation>
    </message>
    <message>
        <source>Engagements = likes + comments + saves + shares.</source>
        <translation>互动量 = 点赞 + 评论 + 收藏 + 分享。</translation>
    </message>
    <message>
        <source>Engagements = likes + comments + saves.</source>
        <translation>互动量 = 点赞 + 评论 + 收藏。</translation>
    </message>
    <message>
        <source>Engagement rate (ER) = engagements ÷ views; save rate (SR) = saves ÷ views.</source>
        <translation>互动率 = 互动量 ÷ 阅读量；收藏率 = 收藏 ÷ 阅读量。</translation>
    </message>
    <message>
        <source>CPE = fee ÷ engagements; CPM = fee ÷ views × 1,000; a collaboration&apos;s fee is shared equally by its posts.</source>
        <translation>互动成本（CPE）= 费用 ÷ 互动量；千次曝光成本（CPM）= 费用 ÷ 阅读量 × 1,000；一项合作的费用由其笔记平均分摊。</translation>
    </message>
    <message>
        <source>Each post counts with its latest metrics snapshot. A figure whose parts are unknown, or whose denominator is zero, is shown as — and left out.</source>
        <translation>每篇笔记按其最新一次数据计算。组成部分未知或分母为零的数字显示为 —，且不参与计算。</translation>
    </message>
    <message>
        <source>Tiers by followers: Mega KOL from %1, Mid-tier KOL from %2, Micro KOL from %3, KOC below.</source>
        <translation>按粉丝数分层：头部博主 %1 起，腰部博主 %2 起，尾部博主 %3 起，以下为素人（KOC）。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>No metrics have been recorded.</source>
        <translation>尚未记录任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n post(s)</source>
        <translation>
            <numerusform>%1：%n 篇笔记</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign has no end date, so the one-week post-campaign update is not scheduled.</source>
        <translation>此活动没有结束日期，因此未安排结案一周后的数据更新。</translation>
    </message>
    <message>
        <source>The post-campaign update is due on %1, one week after the campaign ends.</source>
        <translation>结案数据更新应于 %1 完成（活动结束一周后）。</translation>
    </message>
    <message numerus="yes">
        <source>Post-campaign update (due %1): %2 of %n measured post(s) updated.</source>
        <translation>
            <numerusform>结案数据更新（应于 %1 完成）：%n 篇有数据的笔记中已更新 %2 篇。</numerusform>
        </translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>品牌曝光</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>Seeding (种草)</source>
        <translation>种草</translation>
    </message>
    <message>
        <source>Mega KOL</source>
        <translation>头部博主</translation>
    </message>
    <message>
        <source>Mid-tier KOL</source>
        <translation>腰部博主</translation>
    </message>
    <message>
        <source>Micro KOL</source>
        <translation>尾部博主</translation>
    </message>
    <message>
        <source>KOC</source>
        <translation>素人（KOC）</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Spend of budget</source>
        <translation>预算使用率</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击</translation>
    </message>
    <message>
        <source>CPE (cost per engagement)</source>
        <translation>互动成本（CPE）</translation>
    </message>
    <message>
        <source>CPM (cost per 1,000 views)</source>
        <translation>千次曝光成本（CPM）</translation>
    </message>
    <message>
        <source>Cost per view</source>
        <translation>阅读成本</translation>
    </message>
    <message>
        <source>CPC (cost per click)</source>
        <translation>点击成本（CPC）</translation>
    </message>
    <message>
        <source>Posts delivered</source>
        <translation>已交付笔记</translation>
    </message>
    <message>
        <source>RedRoster · %1</source>
        <translation>红人簿 · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1: campaign performance report</source>
        <translation>%1：活动效果报告</translation>
    </message>
    <message>
        <source>Week of publication</source>
        <translation>发布周</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>比率（%）</translation>
    </message>
    <message>
        <source>Median save rate (%)</source>
        <translation>收藏率中位数（%）</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>Fit · reliability</source>
        <translation>契合度 · 可靠度</translation>
    </message>
    <message>
        <source>In the appendix, † marks figures from the post-campaign update.</source>
        <translation>附录中标有 † 的数据来自结案后的数据更新。</translation>
    </message>
    <message>
        <source>%1 · ✓ met</source>
        <translation>%1 · ✓ 已达成</translation>
    </message>
    <message>
        <source>%1 · ✗ not met</source>
        <translation>%1 · ✗ 未达成</translation>
    </message>
    <message>
        <source>%1 · ✗ not met (%2 of target)</source>
        <translation>%1 · ✗ 未达成（实际值为目标的 %2）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Outreach sent</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>洽谈中</translation>
    </message>
    <message>
        <source>Active partner</source>
        <translation>合作中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不再合作</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Creator profile</source>
        <translation>博主档案</translation>
    </message>
    <message>
        <source>XHS ID</source>
        <translation>小红书号</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>主页链接</translation>
    </message>
    <message>
        <source> (set by hand)</source>
        <translation>（手动设定）</translation>
    </message>
    <message>
        <source> (as of %1)</source>
        <translation>（截至 %1）</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Follower history</source>
        <translation>粉丝数变化</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source> · do not contact</source>
        <translation> · 勿联系</translation>
    </message>
    <message>
        <source>Rates, vetting and ratings</source>
        <translation>报价、筛查与评分</translation>
    </message>
    <message>
        <source>Image note price</source>
        <translation>图文报价</translation>
    </message>
    <message>
        <source>Video note price</source>
        <translation>视频报价</translation>
    </message>
    <message>
        <source>Stated engagement rate</source>
        <translation>标称互动率</translation>
    </message>
    <message>
        <source>Brand fit (average)</source>
        <translation>品牌契合度（平均）</translation>
    </message>
    <message>
        <source>Reliability (average)</source>
        <translation>可靠度（平均）</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>筛查</translation>
    </message>
    <message>
        <source>not vetted yet</source>
        <translation>尚未筛查</translation>
    </message>
    <message>
        <source>comment quality %1</source>
        <translation>评论质量 %1</translation>
    </message>
    <message>
        <source>content consistency %1</source>
        <translation>内容稳定性 %1</translation>
    </message>
    <message>
        <source>suspected fake followers</source>
        <translation>疑似刷粉</translation>
    </message>
    <message>
        <source>works with a competitor</source>
        <translation>与竞品有合作</translation>
    </message>
    <message>
        <source> (vetted %1)</source>
        <translation>（筛查于 %1）</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>No collaborations yet.</source>
        <translation>尚无合作。</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>All collaborations</source>
        <translation>全部合作</translation>
    </message>
    <message>
        <source>The latest %1 of %2 collaborations are listed; the total counts all of them.</source>
        <translation>列出了 %2 项合作中最近的 %1 项；合计包含全部合作。</translation>
    </message>
    <message>
        <source>Figures are each post&apos;s latest metrics; CPE = fee ÷ engagements.</source>
        <translation>数据为每篇笔记的最新数据；互动成本 = 费用 ÷ 互动量。</translation>
    </message>
    <message>
        <source>Latest relationship events</source>
        <translation>最近往来记录</translation>
    </message>
    <message>
        <source>None logged yet.</source>
        <translation>尚无记录。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>%1: creator profile</source>
        <translation>%1：博主档案</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>无机构</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>不超过 %1</translation>
    </message>
    <message>
        <source>Brand fit</source>
        <translation>品牌契合度</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>可靠度</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>候选名单</translation>
    </message>
    <message>
        <source>do-not-contact creators left out</source>
        <translation>已排除勿联系的博主</translation>
    </message>
    <message>
        <source>All creators, no filter.</source>
        <translation>全部博主，未筛选。</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation>
            <numerusform>%n 位博主</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 of %2 are listed</source>
        <translation>列出 %2 位中的前 %1 位</translation>
    </message>
    <message>
        <source>No creators to list.</source>
        <translation>没有可列出的博主。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n creator(s)</source>
        <translation>
            <numerusform>合计：%n 位博主</numerusform>
        </translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>中位数 %1</translation>
    </message>
    <message>
        <source>tier unknown</source>
        <translation>层级未知</translation>
    </message>
    <message>
        <source>Tier mix: %1.</source>
        <translation>层级构成：%1。</translation>
    </message>
    <message>
        <source>The first %1 of %2 matching creators are listed; the totals count the listed ones.</source>
        <translation>共 %2 位符合条件的博主，列出前 %1 位；合计仅统计所列博主。</translation>
    </message>
    <message>
        <source>* tier set by hand. Followers and the stated engagement rate are the profile&apos;s latest; ratings are the averages of brand fit and reliability (1–5).</source>
        <translation>* 为手动设定的层级。粉丝数与标称互动率取资料中的最新值；评分为品牌契合度与可靠度的平均分（1–5）。</translation>
    </message>
    <message>
        <source>Shortlist: %1</source>
        <translation>候选名单：%1</translation>
    </message>
    <message>
        <source>Creator roster</source>
        <translation>博主名册</translation>
    </message>
    <message>
        <source>%1 n=%2</source>
        <translation>%1 n=%2</translation>
    </message>
</context>
<context>
    <name>rr::ReportActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Preview the report of the campaign open on the Campaigns tab</source>
        <translation>预览“活动”页中当前活动的报告</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>将报告导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Report &amp;Language</source>
        <translation>报告语言(&amp;L)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Preview Creator &amp;Profile…</source>
        <translation>预览博主档案(&amp;P)…</translation>
    </message>
    <message>
        <source>A one-page profile of the creator selected in the roster</source>
        <translation>博主库中所选博主的单页档案</translation>
    </message>
    <message>
        <source>Export Creator Profile as PDF…</source>
        <translation>将博主档案导出为 PDF…</translation>
    </message>
    <message>
        <source>Export creator profile as PDF</source>
        <translation>将博主档案导出为 PDF</translation>
    </message>
    <message>
        <source>Preview Roster &amp;Sheet…</source>
        <translation>预览博主名册(&amp;S)…</translation>
    </message>
    <message>
        <source>The creators the roster shows (a shortlist when it shows one), as a printable list</source>
        <translation>博主库当前显示的博主（显示候选名单时即该名单），生成可打印的名册</translation>
    </message>
    <message>
        <source>Export Roster Sheet as PDF…</source>
        <translation>将博主名册导出为 PDF…</translation>
    </message>
    <message>
        <source>Export roster sheet as PDF</source>
        <translation>将博主名册导出为 PDF</translation>
    </message>
</context>
<context>
    <name>rr::ReportCommand</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>report campaign needs the campaign&apos;s number or name.</source>
        <translation>report campaign 需要活动编号或名称。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after report %2.</source>
        <translation>report %2 后面出现了多余的参数“%1”。</translation>
    </message>
    <message>
        <source>report campaign needs --pdf FILE: the PDF file to write.</source>
        <translation>report campaign 需要 --pdf FILE：要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>--lang expects zh_CN or en, not &quot;%1&quot;.</source>
        <translation>--lang 应为 zh_CN 或 en，而不是“%1”。</translation>
    </message>
    <message>
        <source>--date expects a date like 2026-03-05, not &quot;%1&quot;.</source>
        <translation>--date 应为 2026-03-05 这样的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>Several campaigns are named &quot;%1&quot;: give the number instead; campaigns in this database: %2.</source>
        <translation>有多个活动都叫“%1”：请改用编号；此数据库中的活动：%2。</translation>
    </message>
    <message>
        <source>No campaign with the number or name &quot;%1&quot;. Give a campaign&apos;s number or its exact name; campaigns in this database: %2.</source>
        <translation>没有编号或名称为“%1”的活动。请给出活动编号或完整名称；此数据库中的活动：%2。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of campaign %1 &quot;%2&quot; (%3) to %4: %n page(s).</source>
        <translation>
            <numerusform>已将活动 %1“%2”（%3）的报告写入 %4：共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>report creator needs the creator&apos;s number or XHS ID.</source>
        <translation>report creator 需要博主编号或小红书号。</translation>
    </message>
    <message>
        <source>report creator needs --pdf FILE: the PDF file to write.</source>
        <translation>report creator 需要 --pdf FILE：要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Several creators are named &quot;%1&quot;: give the number or XHS ID instead.</source>
        <translation>有多位博主都叫“%1”：请改用编号或小红书号。</translation>
    </message>
    <message>
        <source>No creator with the number, XHS ID or nickname &quot;%1&quot;.</source>
        <translation>没有编号、小红书号或昵称为“%1”的博主。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the profile of creator %1 &quot;%2&quot; (%3) to %4: %n page(s).</source>
        <translation>
            <numerusform>已将博主 %1“%2”（%3）的档案写入 %4：共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>The report command needs what to report on: campaign, creator or shortlist.</source>
        <translation>report 命令需要指明报告对象：campaign、creator 或 shortlist。</translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot;: expected campaign, creator or shortlist.</source>
        <translation>未知的报告“%1”：应为 campaign、creator 或 shortlist。</translation>
    </message>
    <message>
        <source>report shortlist needs the shortlist&apos;s number or name.</source>
        <translation>report shortlist 需要候选名单的编号或名称。</translation>
    </message>
    <message>
        <source>report shortlist needs --pdf FILE: the PDF file to write.</source>
        <translation>report shortlist 需要 --pdf FILE：要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>No shortlist with the number or name &quot;%1&quot;. Give a shortlist&apos;s number or its exact name; shortlists in this database: %2.</source>
        <translation>没有编号或名称为“%1”的候选名单。请给出候选名单的编号或完整名称；本数据库中的候选名单：%2。</translation>
    </message>
    <message>
        <source>       redroster report campaign ID|NAME --pdf FILE [--lang zh_CN|en] [--date YYYY-MM-DD] [--db PATH]
                                        the campaign performance report as PDF, with its charts;
                                        --lang defaults to the interface language, --date (the
                                        report&apos;s date) to today
       redroster report creator ID|XHS-ID --pdf FILE [--lang zh_CN|en] [--date YYYY-MM-DD] [--db PATH]
                                        a one-page creator profile as PDF: profile, rates, vetting,
                                        ratings, the latest collaborations and events
       redroster report shortlist ID|NAME --pdf FILE [--lang zh_CN|en] [--date YYYY-MM-DD] [--db PATH]
                                        a shortlist&apos;s creators as a landscape sheet: tier, category,
                                        followers, stated ER, prices, status, owner, ratings, city
</source>
        <translation>       redroster report campaign ID|NAME --pdf FILE [--lang zh_CN|en] [--date YYYY-MM-DD] [--db PATH]
                                        活动效果报告（含图表），输出为 PDF；
                                        --lang 默认为界面语言，--date（报告日期）默认为今天
       redroster report creator ID|XHS-ID --pdf FILE [--lang zh_CN|en] [--date YYYY-MM-DD] [--db PATH]
                                        单页博主档案 PDF：资料、报价、筛查、评分、
                                        最近的合作与往来记录
       redroster report shortlist ID|NAME --pdf FILE [--lang zh_CN|en] [--date YYYY-MM-DD] [--db PATH]
                                        候选名单博主名册（横向）：层级、类目、粉丝数、
                                        标称互动率、报价、状态、负责人、评分、城市
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the sheet of shortlist %1 &quot;%2&quot; (%3, %4) to %5: %n page(s).</source>
        <translation>
            <numerusform>已将候选名单 %1“%2”的名册（%3，%4）写入 %5：共 %n 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation>
            <numerusform>%n 位博主</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ReportFonts</name>
    <message>
        <source>No Chinese font is installed, so Chinese text would be missing from printed reports and PDF files. Please install a Chinese font (on Debian or Ubuntu the package fonts-noto-cjk; on Windows Microsoft YaHei; on macOS PingFang SC) and restart RedRoster.</source>
        <translation>未安装中文字体，打印的报告和 PDF 文件中将缺少中文。请安装中文字体（Debian 或 Ubuntu 上为 fonts-noto-cjk 软件包；Windows 上为微软雅黑；macOS 上为苹方）后重新启动红人簿。</translation>
    </message>
</context>
<context>
    <name>rr::ReportPreview</name>
    <message>
        <source>Print Preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>rr::ReportPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Could not start printing.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1: %2</source>
        <translation>无法写入 PDF 文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>rr::RolesCommand</name>
    <message>
        <source>The roles command needs --pg URL: roles exist on a team&apos;s PostgreSQL server, not in a file.</source>
        <translation>roles 命令需要 --pg URL：角色只存在于团队的 PostgreSQL 服务器上，而不在数据库文件中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name the server accepts unquoted: use lower-case letters, digits and _.</source>
        <translation>“%1”不是服务器可直接接受的用户名：请使用小写字母、数字和下划线。</translation>
    </message>
    <message>
        <source>%1 cannot be both an editor and a viewer.</source>
        <translation>%1 不能同时是编辑者和查看者。</translation>
    </message>
    <message>
        <source>       redroster roles --pg URL [--editor NAME]... [--viewer NAME]...
                                        on a team&apos;s server: who may change the data (editors) and
                                        who may only read it (viewers); without names, lists them
</source>
        <translation>       redroster roles --pg URL [--editor NAME]... [--viewer NAME]...
                                        在团队服务器上设置谁可以修改数据（编辑者）、
                                        谁只能查看（查看者）；不给名字时列出现有成员
</translation>
    </message>
    <message>
        <source>%1 is an editor.</source>
        <translation>%1 现在是编辑者。</translation>
    </message>
    <message>
        <source>%1 is a viewer.</source>
        <translation>%1 现在是查看者。</translation>
    </message>
    <message>
        <source>Team of %1:</source>
        <translation>%1 的团队成员：</translation>
    </message>
    <message>
        <source>(nobody yet: add colleagues with --editor NAME or --viewer NAME)</source>
        <translation>（还没有成员：用 --editor NAME 或 --viewer NAME 添加同事）</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
</context>
<context>
    <name>rr::RosterColumnText</name>
    <message>
        <source>Handle</source>
        <translation>小红书号</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Agency / MCN</source>
        <translation>机构 / MCN</translation>
    </message>
    <message>
        <source>Image-note price</source>
        <translation>图文报价</translation>
    </message>
    <message>
        <source>Video-note price</source>
        <translation>视频报价</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Brand fit</source>
        <translation>品牌契合度</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>可靠度</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次联系</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>rr::RosterExport</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes (name unknown)</source>
        <translation>是（名称未知）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>XHS ID</source>
        <translation>小红书号</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>主页链接</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>Followers as of</source>
        <translation>粉丝数截至</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Tier set by hand</source>
        <translation>手动设定的层级</translation>
    </message>
    <message>
        <source>Primary category</source>
        <translation>主要类目</translation>
    </message>
    <message>
        <source>Secondary categories</source>
        <translation>次要类目</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>勿联系</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Agency / MCN</source>
        <translation>机构 / MCN</translation>
    </message>
    <message>
        <source>Image-note price (CNY)</source>
        <translation>图文报价（元）</translation>
    </message>
    <message>
        <source>Video-note price (CNY)</source>
        <translation>视频报价（元）</translation>
    </message>
    <message>
        <source>Lowest fee (CNY)</source>
        <translation>最低报价（元）</translation>
    </message>
    <message>
        <source>Highest fee (CNY)</source>
        <translation>最高报价（元）</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>内容形式</translation>
    </message>
    <message>
        <source>Average engagement rate (0-1)</source>
        <translation>平均互动率（0-1）</translation>
    </message>
    <message>
        <source>Brand fit (1-5)</source>
        <translation>品牌契合度（1-5）</translation>
    </message>
    <message>
        <source>Reliability (1-5)</source>
        <translation>可靠度（1-5）</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次联系</translation>
    </message>
    <message>
        <source>Communication notes</source>
        <translation>沟通备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>更新时间（UTC）</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>博主库</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>候选名单</translation>
    </message>
</context>
<context>
    <name>rr::RosterFormat</name>
    <message>
        <source>%1 *</source>
        <comment>tier set by hand</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Yes (name unknown)</source>
        <translation>是（名称未知）</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Tier set by hand, not derived from followers.</source>
        <translation>层级为手动设定，并非根据粉丝数判定。</translation>
    </message>
    <message>
        <source>Do not contact: marked not to be contacted or re-imported.</source>
        <translation>勿联系：已标记为不再联系，也不会被重新导入。</translation>
    </message>
</context>
<context>
    <name>rr::RosterScreen</name>
    <message>
        <source>Save as &amp;Shortlist…</source>
        <translation>保存为候选名单(&amp;S)…</translation>
    </message>
    <message>
        <source>Save every creator matching the current filter as a named shortlist</source>
        <translation>将符合当前筛选的所有博主保存为命名的候选名单</translation>
    </message>
</context>
<context>
    <name>rr::RosterSheetLoader</name>
    <message>
        <source>There is no shortlist number %1.</source>
        <translation>没有编号为 %1 的候选名单。</translation>
    </message>
</context>
<context>
    <name>rr::SaveShortlistDialog</name>
    <message>
        <source>Save as Shortlist</source>
        <translation>保存为候选名单</translation>
    </message>
    <message>
        <source>e.g. Q3 sunscreen seeding</source>
        <translation>例如：第三季度防晒种草</translation>
    </message>
    <message>
        <source>What the list is for: campaign, brief, who asked for it</source>
        <translation>名单用途：活动、需求、由谁提出</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) will be saved: the whole roster, no filter is set.</source>
        <translation>
            <numerusform>将保存 %n 位博主：未设置筛选，即整个博主库。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) matching the current filter will be saved.</source>
        <translation>
            <numerusform>将保存符合当前筛选的 %n 位博主。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>A shortlist named “%1” already exists.</source>
        <translation>已存在名为“%1”的候选名单。</translation>
    </message>
</context>
<context>
    <name>rr::SaveVettingCommand</name>
    <message>
        <source>Edit vetting checklist</source>
        <translation>编辑筛查清单</translation>
    </message>
    <message>
        <source>No creator is open.</source>
        <translation>没有打开的博主。</translation>
    </message>
</context>
<context>
    <name>rr::SetTargetsCommand</name>
    <message>
        <source>Edit campaign targets</source>
        <translation>编辑活动 KPI 目标</translation>
    </message>
</context>
<context>
    <name>rr::SettingsDialog</name>
    <message>
        <source>Each tier must start above the one below it: %1 above %2, %2 above %3.</source>
        <translation>每个层级的起点必须高于下一层级：%1高于%2，%2高于%3。</translation>
    </message>
    <message>
        <source>below %1 followers</source>
        <translation>粉丝数低于 %1</translation>
    </message>
    <message numerus="yes">
        <source> day(s) after the end</source>
        <translation>
            <numerusform> 天（活动结束后）</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Tiers by followers</source>
        <translation>按粉丝数划分层级</translation>
    </message>
    <message>
        <source>%1 from:</source>
        <translation>%1起点：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Final metrics are overdue after:</source>
        <translation>最终数据逾期时间：</translation>
    </message>
    <message>
        <source>A closed campaign whose posts have no final reading this long after it ends is listed as overdue (the article&apos;s one-week update).</source>
        <translation>活动结束后超过这段时间，笔记仍没有最终数据的，列为逾期（即结案一周后的数据更新）。</translation>
    </message>
</context>
<context>
    <name>rr::ShortlistRepository</name>
    <message>
        <source>A shortlist needs a name.</source>
        <translation>候选名单需要名称。</translation>
    </message>
    <message>
        <source>A shortlist named “%1” already exists.</source>
        <translation>已存在名为“%1”的候选名单。</translation>
    </message>
    <message>
        <source>The shortlist no longer exists.</source>
        <translation>该候选名单已不存在。</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the collaborations this step added were deleted, moved past &apos;planned&apos; or have posts since; nothing was undone.</source>
        <translation>
            <numerusform>此步骤添加的合作中有 %n 项已被删除、状态已超过“计划中”或已有笔记；未撤销任何内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ShortlistsDialog</name>
    <message>
        <source>Shortlists</source>
        <translation>候选名单</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>博主</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>&amp;Show in Roster</source>
        <translation>在博主库中显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add to Campaign…</source>
        <translation>加入活动(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>No shortlists yet. Filter the roster and choose Save as Shortlist…</source>
        <translation>还没有候选名单。筛选博主库后选择“保存为候选名单…”。</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>未添加任何博主：%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n creator(s) to the campaign as planned collaborations.</source>
        <translation>
            <numerusform>已将 %n 位博主加入活动，合作状态为“计划中”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) were already in it and were left as they are.</source>
        <translation>
            <numerusform>%n 位博主已在活动中，保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the shortlist “%1”. Its creators are still in the roster.</source>
        <translation>已删除候选名单“%1”。其中的博主仍在博主库中。</translation>
    </message>
    <message>
        <source>Delete Shortlist</source>
        <translation>删除候选名单</translation>
    </message>
    <message>
        <source>Delete the shortlist “%1”? The creators stay in the roster; only the list goes.</source>
        <translation>要删除候选名单“%1”吗？博主仍保留在博主库中，只删除名单。</translation>
    </message>
    <message>
        <source>The step could not be recorded.</source>
        <translation>无法记录此步骤。</translation>
    </message>
    <message>
        <source>The shortlist no longer exists.</source>
        <translation>该候选名单已不存在。</translation>
    </message>
</context>
<context>
    <name>rr::StatusText</name>
    <message>
        <source>Prospect</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Outreach Sent</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>洽谈中</translation>
    </message>
    <message>
        <source>Active Partner</source>
        <translation>合作中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不再合作</translation>
    </message>
</context>
<context>
    <name>rr::StoreError</name>
    <message>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>%1 is not a RedRoster database.</source>
        <translation>%1 不是红人簿数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of RedRoster. Update RedRoster to open it; the file was left untouched.</source>
        <translation>%1 由更新版本的红人簿写入。请升级红人簿后再打开；文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it somewhere writable or change its permissions.</source>
        <translation>%1 是只读文件。请将其复制到可写入的位置，或修改其权限。</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close the other program and try again.</source>
        <translation>%1 已被其他程序锁定。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>%1 所在的磁盘已满。未做任何更改；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>%1 is damaged. Open a backup instead.</source>
        <translation>%1 已损坏。请改为打开备份。</translation>
    </message>
    <message>
        <source>Upgrading %1 failed; the file was left as it was.</source>
        <translation>升级 %1 失败；文件保持原样。</translation>
    </message>
    <message>
        <source>Could not write the backup %1.</source>
        <translation>无法写入备份 %1。</translation>
    </message>
    <message>
        <source>Someone else changed this record in %1 after you opened it.</source>
        <translation>在您打开此记录后，其他人已在 %1 中修改了它。</translation>
    </message>
    <message>
        <source>The record no longer exists in %1.</source>
        <translation>该记录在 %1 中已不存在。</translation>
    </message>
    <message>
        <source>A database operation on %1 failed.</source>
        <translation>对 %1 的数据库操作失败。</translation>
    </message>
    <message>
        <source>%1 was made by an older version of RedRoster and must be upgraded, which cannot be done while it is opened read-only.</source>
        <translation>%1 由旧版本的红人簿创建，需要先升级，但以只读方式打开时无法升级。</translation>
    </message>
    <message>
        <source>Your role on %1 does not allow this. Ask whoever runs the server for editor rights.</source>
        <translation>你在 %1 上的角色不允许此操作。请向服务器管理员申请编辑权限。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost or cannot be made. Nothing was saved; check the network and the server, then try again.</source>
        <translation>与 %1 的连接已中断或无法建立。没有保存任何内容；请检查网络和服务器后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name the server accepts unquoted: use lower-case letters, digits and _.</source>
        <translation>“%1”不是服务器可直接接受的用户名：请使用小写字母、数字和下划线。</translation>
    </message>
    <message>
        <source>%1 needs an upgrade for this version of RedRoster, which only the database&apos;s owner can make. Ask them to open it with this version first.</source>
        <translation>%1 需要升级才能用于此版本的红人簿，而只有数据库的所有者才能进行升级。请让所有者先用此版本打开它。</translation>
    </message>
    <message>
        <source>%1 refused the user name or password. Check them and try again.</source>
        <translation>%1 拒绝了用户名或密码。请检查后重试。</translation>
    </message>
</context>
<context>
    <name>rr::TeamMembersDialog</name>
    <message>
        <source>Team Members</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>Editors change the roster and campaigns; viewers only read them. The server enforces it. Only the database&apos;s owner can change who is which.</source>
        <translation>编辑者可以修改博主库和推广活动；查看者只能浏览。权限由服务器强制执行，只有数据库所有者可以调整成员角色。</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Colleague&apos;s login name, e.g. anna</source>
        <translation>同事的登录名，例如 anna</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Nobody has been made an editor or a viewer yet.</source>
        <translation>还没有人被设为编辑者或查看者。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a login name the server accepts: lower-case letters, digits and underscores, not starting with a digit.</source>
        <translation>“%1”不是服务器接受的登录名：只能用小写字母、数字和下划线，且不能以数字开头。</translation>
    </message>
    <message>
        <source>Apply to give %1 this role on the server.</source>
        <translation>点击“应用”即在服务器上为 %1 设置此角色。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) changed on the server.</source>
        <translation>
            <numerusform>已在服务器上修改 %n 个角色。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::TextEncodingText</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode（UTF-8）</translation>
    </message>
    <message>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation>Unicode（UTF-8，带 BOM）</translation>
    </message>
    <message>
        <source>Chinese (GBK / GB18030)</source>
        <translation>简体中文（GBK / GB18030）</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 LE)</source>
        <translation>Unicode（UTF-16 LE）</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 BE)</source>
        <translation>Unicode（UTF-16 BE）</translation>
    </message>
</context>
<context>
    <name>rr::TierText</name>
    <message>
        <source>Mega KOL</source>
        <translation>头部博主</translation>
    </message>
    <message>
        <source>Mid-tier KOL</source>
        <translation>腰部博主</translation>
    </message>
    <message>
        <source>Micro KOL</source>
        <translation>尾部博主</translation>
    </message>
    <message>
        <source>KOC</source>
        <translation>素人（KOC）</translation>
    </message>
</context>
<context>
    <name>rr::TimelinePanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>e.g. Sent the brief on WeChat; asked for the rate card</source>
        <translation>例如：已通过微信发送需求；索取报价单</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>The history starts when the creator is saved.</source>
        <translation>保存博主后开始记录历史。</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>%1 (first logged contact)</source>
        <translation>%1（首次记录的联系）</translation>
    </message>
    <message>
        <source>First contact: %1    Owner: %2</source>
        <translation>首次联系：%1    负责人：%2</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Write what happened first.</source>
        <translation>请先写下发生了什么。</translation>
    </message>
</context>
<context>
    <name>rr::ValueParser</name>
    <message>
        <source>expected a number such as 12,000 or 1.2万</source>
        <translation>应为数字，例如 12,000 或 1.2万</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>数字过大</translation>
    </message>
    <message>
        <source>a count cannot be negative; %1</source>
        <translation>数量不能为负数；%1</translation>
    </message>
    <message>
        <source>expected a whole number; %1</source>
        <translation>应为整数；%1</translation>
    </message>
    <message>
        <source>a lower bound: at least %1</source>
        <translation>按下限计：至少 %1</translation>
    </message>
    <message>
        <source>expected an amount such as ¥2,000, 2000元 or 1.2万</source>
        <translation>应为金额，例如 ¥2,000、2000元 或 1.2万</translation>
    </message>
    <message>
        <source>an amount cannot be negative; %1</source>
        <translation>金额不能为负数；%1</translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation>金额过大</translation>
    </message>
    <message>
        <source>rounded to the nearest fen</source>
        <translation>已四舍五入到分</translation>
    </message>
    <message>
        <source>expected a rate such as 4.5% or 0.045</source>
        <translation>应为比率，例如 4.5% 或 0.045</translation>
    </message>
    <message>
        <source>a rate cannot be negative; %1</source>
        <translation>比率不能为负数；%1</translation>
    </message>
    <message>
        <source>read as %1%; write 4.5% or 0.045 to be sure</source>
        <translation>已按 %1% 读取；为避免歧义，请写成 4.5% 或 0.045</translation>
    </message>
    <message>
        <source>expected yes or no (是/否, 有/无, yes/no, true/false, 1/0)</source>
        <translation>应为是或否（是/否、有/无、yes/no、true/false、1/0）</translation>
    </message>
    <message>
        <source>expected a date such as 2026-03-05, 2026/3/5 or 2026年3月5日</source>
        <translation>应为日期，例如 2026-03-05、2026/3/5 或 2026年3月5日</translation>
    </message>
    <message>
        <source>there is no such day; %1</source>
        <translation>日期不存在；%1</translation>
    </message>
    <message>
        <source>could be %1 or %2; read as month/day/year</source>
        <translation>可能是 %1 或 %2；已按“月/日/年”读取</translation>
    </message>
</context>
<context>
    <name>rr::VettingMerge</name>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>（未评分）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Comment quality</source>
        <translation>评论质量</translation>
    </message>
    <message>
        <source>Content consistency</source>
        <translation>内容稳定性</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Past brand work</source>
        <translation>过往品牌合作</translation>
    </message>
    <message>
        <source>Works with a competitor</source>
        <translation>与竞品合作过</translation>
    </message>
    <message>
        <source>Suspected fake followers</source>
        <translation>疑似虚假粉丝</translation>
    </message>
    <message>
        <source>Vetting notes</source>
        <translation>审核备注</translation>
    </message>
</context>
<context>
    <name>rr::VettingPanel</name>
    <message>
        <source>— not rated</source>
        <translation>— 未评分</translation>
    </message>
    <message>
        <source>1 – spam, emoji, bots</source>
        <translation>1 – 灌水、表情、机器人</translation>
    </message>
    <message>
        <source>1 – erratic, no clear style</source>
        <translation>1 – 不稳定，无明确风格</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3 – mixed</source>
        <translation>3 – 一般</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 – substantive questions and replies</source>
        <translation>5 – 有实质的提问与回复</translation>
    </message>
    <message>
        <source>5 – regular posting, coherent aesthetic</source>
        <translation>5 – 更新规律，风格统一</translation>
    </message>
    <message>
        <source>&amp;Comment quality:</source>
        <translation>评论质量(&amp;C)：</translation>
    </message>
    <message>
        <source>Content &amp;consistency:</source>
        <translation>内容稳定性(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>受众(&amp;A)：</translation>
    </message>
    <message>
        <source>Age, gender, geography, when known</source>
        <translation>年龄、性别、地域（已知时）</translation>
    </message>
    <message>
        <source>&amp;Past brand work:</source>
        <translation>过往品牌合作(&amp;P)：</translation>
    </message>
    <message>
        <source>Brands this creator has worked with</source>
        <translation>该博主合作过的品牌</translation>
    </message>
    <message>
        <source>Has worked with a &amp;competitor</source>
        <translation>与竞品合作过(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Fake followers or engagement suspected</source>
        <translation>疑似虚假粉丝或互动(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Last vetted on %1.</source>
        <translation>最近筛查于 %1。</translation>
    </message>
    <message>
        <source>Last vetted on %1 by %2.</source>
        <translation>最近由 %2 于 %1 筛查。</translation>
    </message>
    <message>
        <source>Not vetted yet.</source>
        <translation>尚未筛查。</translation>
    </message>
    <message>
        <source>Warnings could not be computed: %1</source>
        <translation>无法计算警示：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n warning sign(s) in the numbers</source>
        <translation>
            <numerusform>数据中有 %n 个警示信号</numerusform>
        </translation>
    </message>
    <message>
        <source>No warning signs in the numbers: engagement is in line with the tier and follower growth has no sudden jumps.</source>
        <translation>数据中没有警示信号：互动率与同层级水平相当，粉丝增长没有突增。</translation>
    </message>
    <message>
        <source>No creator is open.</source>
        <translation>没有打开的博主。</translation>
    </message>
</context>
<context>
    <name>rr::VettingRepository</name>
    <message>
        <source>Ratings must be between 1 and 5.</source>
        <translation>评分必须在 1 到 5 之间。</translation>
    </message>
    <message>
        <source>Someone else saved this creator&apos;s vetting checklist meanwhile; yours was not saved.</source>
        <translation>其他人刚刚保存了该博主的审核清单，你的修改未保存。</translation>
    </message>
</context>
<context>
    <name>rr::VettingWarnings</name>
    <message>
        <source>Engagement rate %1 is less than %2 of the median for %3 (%4): check for bought followers.</source>
        <translation>互动率 %1 低于%3中位数（%4）的 %2：请检查是否有买粉。</translation>
    </message>
    <message numerus="yes">
        <source>Followers jumped by %1 in %n day(s): %2 on %3, %4 on %5.</source>
        <translation>
            <numerusform>粉丝数在 %n 天内激增 %1：%3 为 %2，%5 为 %4。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::Workspace</name>
    <message>
        <source>Roster</source>
        <translation>博主库</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>跟进看板</translation>
    </message>
    <message numerus="yes">
        <source>Campaigns (%n due)</source>
        <translation>
            <numerusform>活动（%n 个待补）</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>数据分析</translation>
    </message>
</context>
<context>
    <name>rr::XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>This build of RedRoster has no .xlsx support (it was built without libxlsxwriter); export as CSV instead.</source>
        <translation>此版本的红人簿不支持 .xlsx（构建时未包含 libxlsxwriter）；请改为导出 CSV。</translation>
    </message>
    <message>
        <source>An .xlsx workbook is already open.</source>
        <translation>已有一个 .xlsx 工作簿处于打开状态。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>无法写入 %1：文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>无法在 %1 中创建临时文件：%2</translation>
    </message>
    <message>
        <source>Cannot start the workbook %1.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>No .xlsx workbook is open.</source>
        <translation>没有打开的 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot; to %2.</source>
        <translation>无法向 %2 添加工作表“%1”。</translation>
    </message>
    <message>
        <source>No sheet to write to.</source>
        <translation>没有可写入的工作表。</translation>
    </message>
    <message>
        <source>Cannot read the finished workbook %1: %2</source>
        <translation>无法读取已完成的工作簿 %1：%2</translation>
    </message>
</context>
<context>
    <name>rr::pipeline::PipelineColumn</name>
    <message>
        <source>%1 followers</source>
        <translation>%1 粉丝</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (manual)</source>
        <translation>%1（手动）</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>%1
%2
Owner: %3
Double-click to open; drag to another column to change the status.</source>
        <translation>%1
%2
负责人：%3
双击打开；拖到其他列以更改状态。</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Show more (%1 not shown)</source>
        <translation>显示更多（还有 %1 个）</translation>
    </message>
</context>
</TS>
