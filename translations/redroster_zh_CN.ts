<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rr::AddCreatorCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::Application</name>
    <message>
        <source>SQLite database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::CommandLine</name>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only applies to the demo command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 command needs --db PATH: the database file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: redroster [--db PATH]            start the desktop application
       redroster demo --db PATH [--creators N] [--seed N] [--date YYYY-MM-DD]
                                        create PATH if needed and fill it with fictional demo data
       redroster check --db PATH        check a database (read-only) and print a report
       redroster --version | --help

Exit codes: 0 ok, 2 check found problems, 3 cannot open, 4 not a RedRoster database,
5 written by a newer RedRoster, 6 read-only, 7 locked, 8 disk full, 9 damaged,
10 needs an upgrade or the upgrade failed, 12 other database error, 64 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;redroster --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--creators expects a number from %1 to %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed expects a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date expects a date like 2026-03-05, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created demo data in %1 (seed %2, reference date %3):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::CreatorEditor</name>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact &amp;&amp; owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollowers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us &amp;&amp; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the snapshot to the follower history at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the follower count; the history starts when the creator is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle (小红书号) or nickname: enter at least one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: &quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers: enter a whole number of zero or more, e.g. 12000 or 1.2w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average engagement rate: enter a percentage between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image-note price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video-note price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past fee, minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past fee, maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter an amount in yuan of zero or more, e.g. 2000 or 1999.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past fee: the minimum is higher than the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has this handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has this profile link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has this handle and profile link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible duplicate.&lt;/b&gt; %1 Check before contacting them twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From followers it would be: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the follower count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New snapshot: enter the follower count, e.g. 12000 or 1.2w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 95012345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.xiaohongshu.com/user/profile/… or http://xhslink.com/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. zh, en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (from followers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier follows the follower count and the tier thresholds in the settings. A manual tier is marked as such everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle (小红书号):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nickname (昵称):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Real name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primar&amp;y category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secondary categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team member who holds the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by an agency / MCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred &amp;contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WeChat ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image-note price (图文报价):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video-note price (视频报价):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past fee, m&amp;inimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past fee, ma&amp;ximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in yuan (CNY), e.g. 2000 or 1999.50; leave empty when unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12000 or 1.2w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent, e.g. 4.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Followers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average &amp;engagement rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact / do not re-import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. spf, 2026 Q2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average of the collaborations&apos; ratings (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Communication style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pugongying (蒲公英)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qiangua (千瓜)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xinhong (新红)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huitun (灰豚)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::DatabaseOpener</name>
    <message>
        <source>Database upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded for this version of RedRoster. A copy of it as it was is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with demo data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is empty. Load a fictional demo roster (360 creators over every tier, 12 campaigns with posts and metrics) to explore RedRoster? You can start a clean database later with File → New Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::DemoData</name>
    <message numerus="yes">
        <source>%1 already has %n creator(s); demo data is only added to an empty database.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no categories to file creators under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 creators (mega %2, mid-tier %3, micro %4, KOC %5) with %6 follower snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tags (%2 tag assignments), %3 shortlists, %4 vetting records, %5 relationship events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 campaigns, %2 collaborations, %3 deliverables, %4 posts, %5 metric snapshots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::EditCreatorCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::FilterBar</name>
    <message>
        <source>Search handle, nickname, name or notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>follower range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <comment>no upper limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <comment>no lower limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand fit at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <comment>no minimum rating</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide do-not-contact creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent (no agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::FormatText</name>
    <message>
        <source>Image note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::IntegrityCheck</name>
    <message>
        <source>table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: followers %2, latest snapshot %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: search text is out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown status &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tables present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers equal the latest snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RedRoster database check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this build: %2), up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this build: %2), MISMATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check: not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SQLite integrity check: %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign keys: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Foreign keys: %n row(s) point at missing rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 row %2 → missing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check stopped: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: PROBLEMS FOUND</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::MainWindow</name>
    <message>
        <source>About RedRoster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;RedRoster 红人簿 %1&lt;/h3&gt;&lt;p&gt;Creator partnerships on Xiaohongshu: roster, campaigns, analytics and reports.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. Icons: Tabler Icons (MIT).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RedRoster — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln creator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln creator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creator was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and everything recorded about them (follower history, collaborations, posts, notes)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln creator(s) and everything recorded about them (follower history, collaborations, posts, notes)? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this when a creator asks to be forgotten. To stop contacting someone, set the status to Declined instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creator was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or use Open to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Creator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Creator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Creator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RedRoster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::MultiSelectButton</name>
    <message>
        <source>%1: %2</source>
        <comment>facet title: chosen value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>facet title (number chosen)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::ObjectiveText</name>
    <message>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UGC / seeding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::RosterColumnText</name>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency / MCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image-note price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video-note price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::RosterFormat</name>
    <message>
        <source>%1 *</source>
        <comment>tier set by hand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (name unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact: this creator asked not to be contacted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier set by hand, not derived from followers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::StatusText</name>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::StoreError</name>
    <message>
        <source>Cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a RedRoster database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of RedRoster. Update RedRoster to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it somewhere writable or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close the other program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged. Open a backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 failed; the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record in %1 after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation on %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older version of RedRoster and must be upgraded, which cannot be done while it is opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rr::TierText</name>
    <message>
        <source>Mega KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-tier KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
