<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>rr::AddCampaignCommand</name>
    <message>
        <source>Add campaign %1</source>
        <translation>Add campaign %1</translation>
    </message>
</context>
<context>
    <name>rr::AddCollaborationDialog</name>
    <message>
        <source>Add creators to the campaign</source>
        <translation>Add creators to the campaign</translation>
    </message>
    <message>
        <source>Search by nickname or XHS ID…</source>
        <translation>Search by nickname or XHS ID…</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>XHS ID</source>
        <translation>XHS ID</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>To add (fee in yuan):</source>
        <translation>To add (fee in yuan):</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (already in the campaign)</source>
        <translation>%1 (already in the campaign)</translation>
    </message>
    <message>
        <source>Type part of a nickname or an XHS ID.</source>
        <translation>Type part of a nickname or an XHS ID.</translation>
    </message>
    <message>
        <source>No creator matches.</source>
        <translation>No creator matches.</translation>
    </message>
    <message>
        <source>Showing the first %1 matches: type more to narrow the search.</source>
        <translation>Showing the first %1 matches: type more to narrow the search.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation><numerusform>%n match.</numerusform><numerusform>%n matches.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %n creator(s)</source>
        <translation><numerusform>Add %n creator</numerusform><numerusform>Add %n creators</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::AddCollaborationsCommand</name>
    <message>
        <source>Add %1 to the campaign</source>
        <translation>Add %1 to the campaign</translation>
    </message>
    <message numerus="yes">
        <source>Add %n creator(s) to the campaign</source>
        <translation><numerusform>Add %n creator to the campaign</numerusform><numerusform>Add %n creators to the campaign</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::AddCreatorCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>rr::AddPostCommand</name>
    <message>
        <source>Add post %1</source>
        <translation>Add post %1</translation>
    </message>
</context>
<context>
    <name>rr::AddPostDialog</name>
    <message>
        <source>Add post to %1</source>
        <translation>Add post to %1</translation>
    </message>
    <message>
        <source>Creator:</source>
        <translation>Creator:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Published:</translation>
    </message>
    <message>
        <source>Add a creator to the campaign first.</source>
        <translation>Add a creator to the campaign first.</translation>
    </message>
</context>
<context>
    <name>rr::AddRelationshipEventCommand</name>
    <message>
        <source>Log contact</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
</context>
<context>
    <name>rr::AddShortlistToCampaignCommand</name>
    <message>
        <source>Add shortlist “%1” to a campaign</source>
        <translation>Add shortlist “%1” to a campaign</translation>
    </message>
    <message>
        <source>Add shortlist “%1” to “%2”</source>
        <translation>Add shortlist “%1” to “%2”</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>Cannot undo “%1”: %2</translation>
    </message>
</context>
<context>
    <name>rr::AddSnapshotCommand</name>
    <message>
        <source>Add reading of %1</source>
        <translation>Add reading of %1</translation>
    </message>
</context>
<context>
    <name>rr::AnalyticsFilterBar</name>
    <message>
        <source>Published from</source>
        <translation>Published from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Posts published on or after this day; empty for no limit</source>
        <translation>Posts published on or after this day; empty for no limit</translation>
    </message>
    <message>
        <source>Posts published on or before this day; empty for no limit</source>
        <translation>Posts published on or before this day; empty for no limit</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Any objective</source>
        <translation>Any objective</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
</context>
<context>
    <name>rr::AnalyticsScreen</name>
    <message>
        <source>Choose a creator to see their charts.</source>
        <translation>Choose a creator to see their charts.</translation>
    </message>
    <message>
        <source>The chart could not be computed: %1</source>
        <translation>The chart could not be computed: %1</translation>
    </message>
    <message>
        <source>No posts with metrics match the filters.</source>
        <translation>No posts with metrics match the filters.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF, or its data as CSV</source>
        <translation>Save the chart as PNG, SVG or PDF, or its data as CSV</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
</context>
<context>
    <name>rr::Application</name>
    <message>
        <source>CSV files of creators to import.</source>
        <translation>CSV files of creators to import.</translation>
    </message>
    <message>
        <source>RedRoster</source>
        <translation>RedRoster</translation>
    </message>
    <message>
        <source>Database to open: a file, or a team server as postgresql://user@host/database.</source>
        <translation>Database to open: a file, or a team server as postgresql://user@host/database.</translation>
    </message>
</context>
<context>
    <name>rr::CampaignExport</name>
    <message>
        <source>There is no campaign number %1.</source>
        <translation>There is no campaign number %1.</translation>
    </message>
    <message>
        <source>Collaboration ID</source>
        <translation>Collaboration ID</translation>
    </message>
    <message>
        <source>Creator ID</source>
        <translation>Creator ID</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>XHS ID</source>
        <translation>XHS ID</translation>
    </message>
    <message>
        <source>Fee (CNY)</source>
        <translation>Fee (CNY)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Contracted posts</source>
        <translation>Contracted posts</translation>
    </message>
    <message>
        <source>Delivered posts</source>
        <translation>Delivered posts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Posts without metrics</source>
        <translation>Posts without metrics</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Saves</translation>
    </message>
    <message>
        <source>Engagement rate (0-1)</source>
        <translation>Engagement rate (0-1)</translation>
    </message>
    <message>
        <source>Save rate (0-1)</source>
        <translation>Save rate (0-1)</translation>
    </message>
    <message>
        <source>CPE (CNY)</source>
        <translation>CPE (CNY)</translation>
    </message>
    <message>
        <source>Brand fit (1-5)</source>
        <translation>Brand fit (1-5)</translation>
    </message>
    <message>
        <source>Reliability (1-5)</source>
        <translation>Reliability (1-5)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Post ID</source>
        <translation>Post ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Metrics as of</source>
        <translation>Metrics as of</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creators</translation>
    </message>
</context>
<context>
    <name>rr::CampaignFields</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation>Save campaign</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Closed on %1</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>A campaign needs a name.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1” is not a date.</translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation>The campaign ends before it starts.</translation>
    </message>
    <message>
        <source>“%1” is not a budget.</source>
        <translation>“%1” is not a budget.</translation>
    </message>
</context>
<context>
    <name>rr::CampaignKpis</name>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spend of budget</source>
        <translation>Spend of budget</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Saves</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>Save rate</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>CPC</source>
        <translation>CPC</translation>
    </message>
    <message>
        <source>Delivered / contracted</source>
        <translation>Delivered / contracted</translation>
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
        <translation><numerusform>Closed on %1: %n post still without final metrics</numerusform><numerusform>Closed on %1: %n posts still without final metrics</numerusform></translation>
    </message>
    <message>
        <source>Final metrics due (%1)</source>
        <translation>Final metrics due (%1)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>column: campaigns whose final metrics are still to be entered</comment>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>rr::CampaignPickerDialog</name>
    <message>
        <source>Add to Campaign</source>
        <translation>Add to Campaign</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — closed</source>
        <translation>%1 — closed</translation>
    </message>
    <message>
        <source>Add the creators of “%1” to this campaign as planned collaborations. Creators already in the campaign are left as they are.</source>
        <translation>Add the creators of “%1” to this campaign as planned collaborations. Creators already in the campaign are left as they are.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>There are no campaigns yet: create one first.</source>
        <translation>There are no campaigns yet: create one first.</translation>
    </message>
</context>
<context>
    <name>rr::CampaignRepository</name>
    <message>
        <source>%1 cannot be negative</source>
        <translation>%1 cannot be negative</translation>
    </message>
    <message>
        <source>A reading needs its as-of date</source>
        <translation>A reading needs its as-of date</translation>
    </message>
    <message>
        <source>%1 is already in this campaign</source>
        <translation>%1 is already in this campaign</translation>
    </message>
    <message>
        <source>The delivered post must be a post of the same collaboration</source>
        <translation>The delivered post must be a post of the same collaboration</translation>
    </message>
    <message>
        <source>The target of %1 cannot be negative</source>
        <translation>The target of %1 cannot be negative</translation>
    </message>
    <message>
        <source>Someone else changed this deliverable meanwhile; it was not saved. Open it again to see their change.</source>
        <translation>Someone else changed this deliverable meanwhile; it was not saved. Open it again to see their change.</translation>
    </message>
</context>
<context>
    <name>rr::CampaignScreen</name>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>Collaborations</translation>
    </message>
    <message>
        <source>Posts &amp;&amp; metrics</source>
        <translation>Posts &amp;&amp; metrics</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Add reading</translation>
    </message>
    <message>
        <source>Type into the cells or paste a block copied from a spreadsheet (Ctrl+V). Tinted cells are flagged: hover for the reason. Tick "Final" on the last reading of each post.</source>
        <translation>Type into the cells or paste a block copied from a spreadsheet (Ctrl+V). Tinted cells are flagged: hover for the reason. Tick "Final" on the last reading of each post.</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>No campaign selected</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Select a post first.</source>
        <translation>Select a post first.</translation>
    </message>
    <message>
        <source>Add post…</source>
        <translation>Add post…</translation>
    </message>
    <message>
        <source>Add creators…</source>
        <translation>Add creators…</translation>
    </message>
    <message>
        <source>Edit collaboration…</source>
        <translation>Edit collaboration…</translation>
    </message>
    <message>
        <source>Remove collaboration…</source>
        <translation>Remove collaboration…</translation>
    </message>
    <message>
        <source>The collaboration no longer exists.</source>
        <translation>The collaboration no longer exists.</translation>
    </message>
    <message>
        <source>The deliverable no longer exists.</source>
        <translation>The deliverable no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from this campaign? Their %n post(s) and all metric readings are deleted too. This cannot be undone.</source>
        <translation><numerusform>Remove %1 from this campaign? Their %n post and all metric readings are deleted too. This cannot be undone.</numerusform><numerusform>Remove %1 from this campaign? Their %n posts and all metric readings are deleted too. This cannot be undone.</numerusform></translation>
    </message>
    <message>
        <source>Remove %1 from this campaign? You can undo this.</source>
        <translation>Remove %1 from this campaign? You can undo this.</translation>
    </message>
    <message>
        <source>Remove collaboration</source>
        <translation>Remove collaboration</translation>
    </message>
    <message>
        <source>Collaboration removed</source>
        <translation>Collaboration removed</translation>
    </message>
    <message>
        <source>Someone else removed the collaboration with %1 while you were editing. Your changes were not saved.</source>
        <translation>Someone else removed the collaboration with %1 while you were editing. Your changes were not saved.</translation>
    </message>
    <message>
        <source>Saved by Someone Else Meanwhile</source>
        <translation>Saved by Someone Else Meanwhile</translation>
    </message>
    <message>
        <source>Someone saved the collaboration with %1 while you were editing.</source>
        <translation>Someone saved the collaboration with %1 while you were editing.</translation>
    </message>
    <message>
        <source>Deliverable removed</source>
        <translation>Deliverable removed</translation>
    </message>
    <message>
        <source>Someone else removed this deliverable while you were editing. Your changes were not saved.</source>
        <translation>Someone else removed this deliverable while you were editing. Your changes were not saved.</translation>
    </message>
    <message>
        <source>Someone changed this deliverable while you were editing.</source>
        <translation>Someone changed this deliverable while you were editing.</translation>
    </message>
</context>
<context>
    <name>rr::CampaignText</name>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>Briefed</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>renewal interest</comment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <comment>renewal interest</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>Maybe</source>
        <comment>renewal interest</comment>
        <translation>Maybe</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Saves</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
</context>
<context>
    <name>rr::ChangeStatusCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>Move %1 to %2</translation>
    </message>
    <message>
        <source>%1 already holds the relationship with %2.</source>
        <translation>%1 already holds the relationship with %2.</translation>
    </message>
</context>
<context>
    <name>rr::ChangeText</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation><numerusform> and %n more</numerusform><numerusform> and %n more</numerusform></translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Added to the roster</source>
        <translation>Added to the roster</translation>
    </message>
    <message>
        <source>Deleted from the roster</source>
        <translation>Deleted from the roster</translation>
    </message>
    <message>
        <source>Import batch %1 undone</source>
        <translation>Import batch %1 undone</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profile changed</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Changed %1</translation>
    </message>
    <message>
        <source>Vetting removed</source>
        <translation>Vetting removed</translation>
    </message>
    <message>
        <source>Vetting saved</source>
        <translation>Vetting saved</translation>
    </message>
    <message>
        <source>A logged contact or note was removed</source>
        <translation>A logged contact or note was removed</translation>
    </message>
    <message>
        <source>Contact logged: %1</source>
        <translation>Contact logged: %1</translation>
    </message>
    <message>
        <source>Note logged: %1</source>
        <translation>Note logged: %1</translation>
    </message>
    <message>
        <source>Added to a campaign</source>
        <translation>Added to a campaign</translation>
    </message>
    <message>
        <source>Added to the campaign %1</source>
        <translation>Added to the campaign %1</translation>
    </message>
    <message>
        <source>Removed from a campaign</source>
        <translation>Removed from a campaign</translation>
    </message>
    <message>
        <source>Collaboration changed</source>
        <translation>Collaboration changed</translation>
    </message>
    <message>
        <source>Collaboration in %1 changed</source>
        <translation>Collaboration in %1 changed</translation>
    </message>
    <message>
        <source>Deliverable added</source>
        <translation>Deliverable added</translation>
    </message>
    <message>
        <source>Deliverable removed</source>
        <translation>Deliverable removed</translation>
    </message>
    <message>
        <source>Deliverable changed</source>
        <translation>Deliverable changed</translation>
    </message>
    <message>
        <source>Post added: %1</source>
        <translation>Post added: %1</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Post removed</translation>
    </message>
    <message>
        <source>Post changed: %1</source>
        <translation>Post changed: %1</translation>
    </message>
    <message>
        <source>Post reading added for %1</source>
        <translation>Post reading added for %1</translation>
    </message>
    <message>
        <source>Post reading removed</source>
        <translation>Post reading removed</translation>
    </message>
    <message>
        <source>Post reading changed: %1</source>
        <translation>Post reading changed: %1</translation>
    </message>
    <message>
        <source>Added to a shortlist</source>
        <translation>Added to a shortlist</translation>
    </message>
    <message>
        <source>Added to the shortlist %1</source>
        <translation>Added to the shortlist %1</translation>
    </message>
    <message>
        <source>Removed from a shortlist</source>
        <translation>Removed from a shortlist</translation>
    </message>
    <message>
        <source>Removed from the shortlist %1</source>
        <translation>Removed from the shortlist %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rr::ChangesPanel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n changes are shown.</source>
        <translation><numerusform>The latest %n changes are shown.</numerusform><numerusform>The latest %n changes are shown.</numerusform></translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>No changes recorded yet.</translation>
    </message>
</context>
<context>
    <name>rr::ChartBuilder</name>
    <message>
        <source>Engagement and save rate over time</source>
        <translation>Engagement and save rate over time</translation>
    </message>
    <message>
        <source>Comparison by tier or category</source>
        <translation>Comparison by tier or category</translation>
    </message>
    <message>
        <source>Cost efficiency</source>
        <translation>Cost efficiency</translation>
    </message>
    <message>
        <source>Follower history</source>
        <translation>Follower history</translation>
    </message>
    <message>
        <source>Metrics per post</source>
        <translation>Metrics per post</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>Save rate</translation>
    </message>
    <message>
        <source>CPE (cost per engagement)</source>
        <translation>CPE (cost per engagement)</translation>
    </message>
    <message>
        <source>CPM (cost per 1,000 views)</source>
        <translation>CPM (cost per 1,000 views)</translation>
    </message>
    <message>
        <source>Save rate over time</source>
        <translation>Save rate over time</translation>
    </message>
    <message>
        <source>Engagement rate over time</source>
        <translation>Engagement rate over time</translation>
    </message>
    <message>
        <source>Week of publication</source>
        <translation>Week of publication</translation>
    </message>
    <message>
        <source>Month of publication</source>
        <translation>Month of publication</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>Each post counts with its latest metrics; posts without views are left out of the rates.</source>
        <translation>Each post counts with its latest metrics; posts without views are left out of the rates.</translation>
    </message>
    <message>
        <source>%1 · engagement rate</source>
        <translation>%1 · engagement rate</translation>
    </message>
    <message>
        <source>%1 · save rate</source>
        <translation>%1 · save rate</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 from %Ln post(s)</source>
        <translation><numerusform>%1: %2 from %Ln post</numerusform><numerusform>%1: %2 from %Ln posts</numerusform></translation>
    </message>
    <message>
        <source>Median %1 by tier</source>
        <translation>Median %1 by tier</translation>
    </message>
    <message>
        <source>Median %1 by category</source>
        <translation>Median %1 by category</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Median (%)</source>
        <translation>Median (%)</translation>
    </message>
    <message>
        <source>Median (CNY)</source>
        <translation>Median (CNY)</translation>
    </message>
    <message>
        <source>Medians over posts, each with its latest metrics; posts whose figure is unknown are left out, n is the number of posts behind each bar.</source>
        <translation>Medians over posts, each with its latest metrics; posts whose figure is unknown are left out, n is the number of posts behind each bar.</translation>
    </message>
    <message>
        <source>%1 (n=%2)</source>
        <translation>%1 (n=%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: median %2 over %Ln post(s)</source>
        <translation><numerusform>%1: median %2 over %Ln post</numerusform><numerusform>%1: median %2 over %Ln posts</numerusform></translation>
    </message>
    <message>
        <source>Fee against engagements per collaboration</source>
        <translation>Fee against engagements per collaboration</translation>
    </message>
    <message>
        <source>Fee (CNY, log scale)</source>
        <translation>Fee (CNY, log scale)</translation>
    </message>
    <message>
        <source>Engagements (log scale)</source>
        <translation>Engagements (log scale)</translation>
    </message>
    <message>
        <source>Collaborations with a fee whose posts all have known engagements; click a point to open the creator.</source>
        <translation>Collaborations with a fee whose posts all have known engagements; click a point to open the creator.</translation>
    </message>
    <message>
        <source>%1: ¥%2 for %3 engagements (CPE ¥%4)</source>
        <translation>%1: ¥%2 for %3 engagements (CPE ¥%4)</translation>
    </message>
    <message>
        <source>Follower history of %1</source>
        <translation>Follower history of %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>%1: %2 followers</source>
        <translation>%1: %2 followers</translation>
    </message>
    <message>
        <source>Metrics per post of %1</source>
        <translation>Metrics per post of %1</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message numerus="yes">
        <source>Each post with its latest metrics, the latest %n post(s).</source>
        <translation><numerusform>Each post with its latest metrics, the latest %n post.</numerusform><numerusform>Each post with its latest metrics, the latest %n posts.</numerusform></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Saves</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Tier unknown</source>
        <translation>Tier unknown</translation>
    </message>
</context>
<context>
    <name>rr::ChartCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>The chart command needs a chart kind: trend, compare, cost, followers or posts.</source>
        <translation>The chart command needs a chart kind: trend, compare, cost, followers or posts.</translation>
    </message>
    <message>
        <source>Unknown chart kind "%1": expected trend, compare, cost, followers or posts.</source>
        <translation>Unknown chart kind "%1": expected trend, compare, cost, followers or posts.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1" after the chart kind.</source>
        <translation>Unexpected argument "%1" after the chart kind.</translation>
    </message>
    <message>
        <source>The chart command needs --out FILE: a .png, .svg, .pdf or .csv file to write.</source>
        <translation>The chart command needs --out FILE: a .png, .svg, .pdf or .csv file to write.</translation>
    </message>
    <message>
        <source>--out expects a file name ending in .png, .svg, .pdf or .csv, not "%1".</source>
        <translation>--out expects a file name ending in .png, .svg, .pdf or .csv, not "%1".</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT in pixels, each from %1 to %2 (like 1000x600), not "%3".</source>
        <translation>--size expects WIDTHxHEIGHT in pixels, each from %1 to %2 (like 1000x600), not "%3".</translation>
    </message>
    <message>
        <source>%1 only applies to the %2 chart.</source>
        <translation>%1 only applies to the %2 chart.</translation>
    </message>
    <message>
        <source>--period expects week or month, not "%1".</source>
        <translation>--period expects week or month, not "%1".</translation>
    </message>
    <message>
        <source>--group expects none, tier, category or campaign, not "%1".</source>
        <translation>--group expects none, tier, category or campaign, not "%1".</translation>
    </message>
    <message>
        <source>--rates expects both, er (engagement rate) or sr (save rate), not "%1".</source>
        <translation>--rates expects both, er (engagement rate) or sr (save rate), not "%1".</translation>
    </message>
    <message>
        <source>--by expects tier or category, not "%1".</source>
        <translation>--by expects tier or category, not "%1".</translation>
    </message>
    <message>
        <source>--metric expects er, sr, cpe or cpm, not "%1".</source>
        <translation>--metric expects er, sr, cpe or cpm, not "%1".</translation>
    </message>
    <message>
        <source>The %1 chart needs --creator ID: the creator's number or XHS ID.</source>
        <translation>The %1 chart needs --creator ID: the creator's number or XHS ID.</translation>
    </message>
    <message>
        <source>--from expects a date like 2026-03-05, not "%1".</source>
        <translation>--from expects a date like 2026-03-05, not "%1".</translation>
    </message>
    <message>
        <source>--to expects a date like 2026-03-05, not "%1".</source>
        <translation>--to expects a date like 2026-03-05, not "%1".</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) is before --from (%2).</translation>
    </message>
    <message>
        <source>--objective expects awareness, conversion or seeding, not "%1".</source>
        <translation>--objective expects awareness, conversion or seeding, not "%1".</translation>
    </message>
    <message>
        <source>--tier expects mega, mid, micro or koc, not "%1".</source>
        <translation>--tier expects mega, mid, micro or koc, not "%1".</translation>
    </message>
    <message>
        <source>--campaign expects a campaign number such as 3, not "%1".</source>
        <translation>--campaign expects a campaign number such as 3, not "%1".</translation>
    </message>
    <message>
        <source>--campaign: there is no campaign number %1.</source>
        <translation>--campaign: there is no campaign number %1.</translation>
    </message>
    <message>
        <source>--category: no category "%1" (give its key, such as skincare, or its number).</source>
        <translation>--category: no category "%1" (give its key, such as skincare, or its number).</translation>
    </message>
    <message>
        <source>--tag: no tag named "%1".</source>
        <translation>--tag: no tag named "%1".</translation>
    </message>
    <message>
        <source>--creator: no creator with the number or XHS ID "%1".</source>
        <translation>--creator: no creator with the number or XHS ID "%1".</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 chart "%2" to %3: %n series, %4 points.</source>
        <translation><numerusform>Wrote the %1 chart "%2" to %3: %n series, %4 points.</numerusform><numerusform>Wrote the %1 chart "%2" to %3: %n series, %4 points.</numerusform></translation>
    </message>
    <message>
        <source>       redroster chart KIND --out FILE [--db PATH] [filters] [options]
                                        render an analytics chart without a display; KIND is
                                        trend, compare, cost, followers or posts; FILE ends in
                                        .png, .svg, .pdf or .csv (the chart's data)
           filters: --from YYYY-MM-DD --to YYYY-MM-DD --campaign ID[,ID] --objective
                    awareness|conversion|seeding --tier mega|mid|micro|koc[,...] --category KEY|ID
                    --tag NAME --owner NAME --creator ID (repeat an option for several values)
           trend:   --period week|month --group none|tier|category|campaign --rates both|er|sr
           compare: --by tier|category --metric er|sr|cpe|cpm
           followers, posts: --creator ID (needed)
           --size WxH  picture size in pixels (default 1000x600; PNG at twice that)
</source>
        <translation>       redroster chart KIND --out FILE [--db PATH] [filters] [options]
                                        render an analytics chart without a display; KIND is
                                        trend, compare, cost, followers or posts; FILE ends in
                                        .png, .svg, .pdf or .csv (the chart's data)
           filters: --from YYYY-MM-DD --to YYYY-MM-DD --campaign ID[,ID] --objective
                    awareness|conversion|seeding --tier mega|mid|micro|koc[,...] --category KEY|ID
                    --tag NAME --owner NAME --creator ID (repeat an option for several values)
           trend:   --period week|month --group none|tier|category|campaign --rates both|er|sr
           compare: --by tier|category --metric er|sr|cpe|cpm
           followers, posts: --creator ID (needed)
           --size WxH  picture size in pixels (default 1000x600; PNG at twice that)
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
        <translation>Value</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>rr::ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Chart data as CSV (*.csv)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Chart data as CSV (*.csv)</translation>
    </message>
    <message>
        <source>use a name ending in .png, .svg, .pdf or .csv</source>
        <translation>use a name ending in .png, .svg, .pdf or .csv</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>the file could not be written</translation>
    </message>
</context>
<context>
    <name>rr::ChartOptionsPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Lines for</source>
        <translation>Lines for</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>All posts</translation>
    </message>
    <message>
        <source>Each tier</source>
        <translation>Each tier</translation>
    </message>
    <message>
        <source>Each category</source>
        <translation>Each category</translation>
    </message>
    <message>
        <source>Each campaign</source>
        <translation>Each campaign</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Rates</translation>
    </message>
    <message>
        <source>Engagement and save rate</source>
        <translation>Engagement and save rate</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>Save rate</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Median of</source>
        <translation>Median of</translation>
    </message>
    <message>
        <source>Each point is a collaboration: its fee against the engagements of its posts, both on log scales. Points low and to the right cost the most per engagement. Click a point to open the creator.</source>
        <translation>Each point is a collaboration: its fee against the engagements of its posts, both on log scales. Points low and to the right cost the most per engagement. Click a point to open the creator.</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Nickname or XHS ID</source>
        <translation>Nickname or XHS ID</translation>
    </message>
</context>
<context>
    <name>rr::CollaborationInputs</name>
    <message>
        <source>not set</source>
        <comment>fee</comment>
        <translation>not set</translation>
    </message>
    <message>
        <source>Fee in yuan (CNY)</source>
        <translation>Fee in yuan (CNY)</translation>
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
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Contracted posts</source>
        <translation>Contracted posts</translation>
    </message>
    <message>
        <source>Delivered posts</source>
        <translation>Delivered posts</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>rr::CollaborationTableModel</name>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>%1 %2 ✓</source>
        <translation>%1 %2 ✓</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 due %2</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Contracted</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Brand fit</source>
        <translation>Brand fit</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>“%1” is not an amount</translation>
    </message>
    <message>
        <source>“%1” is not a number of posts</source>
        <translation>“%1” is not a number of posts</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>column: the date a deliverable is due</comment>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>rr::CommandFailure</name>
    <message>
        <source>Run "redroster --help" for usage.</source>
        <translation>Run "redroster --help" for usage.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>rr::CommandLine</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unknown command "%1".</translation>
    </message>
    <message>
        <source>Unknown option "%1" for "%2".</source>
        <translation>Unknown option "%1" for "%2".</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Unexpected argument "%1".</translation>
    </message>
    <message>
        <source>%1 only applies to the demo command.</source>
        <translation>%1 only applies to the demo command.</translation>
    </message>
    <message>
        <source>Run "redroster --help" for usage.</source>
        <translation>Run "redroster --help" for usage.</translation>
    </message>
    <message>
        <source>--creators expects a number from %1 to %2, not "%3".</source>
        <translation>--creators expects a number from %1 to %2, not "%3".</translation>
    </message>
    <message>
        <source>--seed expects a whole number from 0 to 4294967295, not "%1".</source>
        <translation>--seed expects a whole number from 0 to 4294967295, not "%1".</translation>
    </message>
    <message>
        <source>--date expects a date like 2026-03-05, not "%1".</source>
        <translation>--date expects a date like 2026-03-05, not "%1".</translation>
    </message>
    <message>
        <source>Created demo data in %1 (seed %2, reference date %3):</source>
        <translation>Created demo data in %1 (seed %2, reference date %3):</translation>
    </message>
    <message>
        <source>%1 only applies to the import command.</source>
        <translation>%1 only applies to the import command.</translation>
    </message>
    <message>
        <source>The undo-import command needs one batch number (see redroster batches).</source>
        <translation>The undo-import command needs one batch number (see redroster batches).</translation>
    </message>
    <message>
        <source>%1 only applies to the chart command.</source>
        <translation>%1 only applies to the chart command.</translation>
    </message>
    <message>
        <source>%1 only applies to the export command.</source>
        <translation>%1 only applies to the export command.</translation>
    </message>
    <message>
        <source>%1 only applies to the report command.</source>
        <translation>%1 only applies to the report command.</translation>
    </message>
    <message>
        <source>Give either --db or --pg, not both.</source>
        <translation>Give either --db or --pg, not both.</translation>
    </message>
    <message>
        <source>The %1 command needs --db PATH (the database file to use) or --pg URL (a team's PostgreSQL server).</source>
        <translation>The %1 command needs --db PATH (the database file to use) or --pg URL (a team's PostgreSQL server).</translation>
    </message>
    <message>
        <source>%1 only applies to the roles command.</source>
        <translation>%1 only applies to the roles command.</translation>
    </message>
    <message>
        <source>--pg expects a server address like postgresql://user@host/database, not "%1".</source>
        <translation>--pg expects a server address like postgresql://user@host/database, not "%1".</translation>
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
                                        one batch in one transaction; without --db into the app's database
       redroster batches [--db PATH]    list import batches
       redroster undo-import BATCH [--db PATH]
                                        undo one import batch as a whole
%1%2       redroster --version | --help

--pg URL works wherever --db PATH does in the commands above, for a team's PostgreSQL server:
postgresql://user@host:port/database[?sslmode=require]; the password comes from
PGPASSWORD or ~/.pgpass.

Exit codes: 0 ok, 2 check found problems, 3 cannot open, 4 not a RedRoster database,
5 written by a newer RedRoster, 6 read-only, 7 locked, 8 disk full, 9 damaged,
10 needs an upgrade or the upgrade failed, 12 other database error,
13 not allowed for your role on the server, 14 server connection lost, 64 usage error,
65 a file could not be imported (its line and column are named), 66 no such file,
73 the chart, export or report file could not be written.
</source>
        <translation>Usage: redroster [--db PATH] [FILE.csv...]
                                        start the desktop application; files given open in the import preview
       redroster demo --db PATH [--creators N] [--seed N] [--date YYYY-MM-DD]
                                        create PATH if needed and fill it with fictional demo data
       redroster check --db PATH        check a database (read-only) and print a report
       redroster import FILE... [--db PATH] [--mapping NAME|FILE] [--encoding NAME]
                        [--delimiter comma|semicolon|tab|pipe] [--on-duplicate skip|fill|overwrite]
                        [--dry-run [--json]] [--report OUT]
                                        import creators (or post metrics) from CSV files, each file
                                        one batch in one transaction; without --db into the app's database
       redroster batches [--db PATH]    list import batches
       redroster undo-import BATCH [--db PATH]
                                        undo one import batch as a whole
%1%2       redroster --version | --help

--pg URL works wherever --db PATH does in the commands above, for a team's PostgreSQL server:
postgresql://user@host:port/database[?sslmode=require]; the password comes from
PGPASSWORD or ~/.pgpass.

Exit codes: 0 ok, 2 check found problems, 3 cannot open, 4 not a RedRoster database,
5 written by a newer RedRoster, 6 read-only, 7 locked, 8 disk full, 9 damaged,
10 needs an upgrade or the upgrade failed, 12 other database error,
13 not allowed for your role on the server, 14 server connection lost, 64 usage error,
65 a file could not be imported (its line and column are named), 66 no such file,
73 the chart, export or report file could not be written.
</translation>
    </message>
    <message>
        <source>%1 only applies to the copy command.</source>
        <translation>%1 only applies to the copy command.</translation>
    </message>
</context>
<context>
    <name>rr::ConflictDialog</name>
    <message>
        <source>You both changed the fields below: tick the value to keep for each. Your other changes and theirs are both kept.</source>
        <translation>You both changed the fields below: tick the value to keep for each. Your other changes and theirs are both kept.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Saved meanwhile</translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation>Keep All &amp;Mine</translation>
    </message>
    <message>
        <source>Keep All &amp;Theirs</source>
        <translation>Keep All &amp;Theirs</translation>
    </message>
    <message>
        <source>&amp;Save Chosen Values</source>
        <translation>&amp;Save Chosen Values</translation>
    </message>
    <message>
        <source>Cancel (Save Nothing)</source>
        <translation>Cancel (Save Nothing)</translation>
    </message>
</context>
<context>
    <name>rr::ConnectionDialog</name>
    <message>
        <source>Database Connection</source>
        <translation>Database Connection</translation>
    </message>
    <message>
        <source>A database &amp;file on this computer (for one person)</source>
        <translation>A database &amp;file on this computer (for one person)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>A team's &amp;PostgreSQL server (shared by the whole team)</source>
        <translation>A team's &amp;PostgreSQL server (shared by the whole team)</translation>
    </message>
    <message>
        <source>e.g. db.example.com</source>
        <translation>e.g. db.example.com</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>Use TLS when the server offers it</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>Require TLS</translation>
    </message>
    <message>
        <source>Require TLS and check the server's certificate and name</source>
        <translation>Require TLS and check the server's certificate and name</translation>
    </message>
    <message>
        <source>No TLS (only on a trusted network)</source>
        <translation>No TLS (only on a trusted network)</translation>
    </message>
    <message>
        <source>from ~/.pgpass when left empty</source>
        <translation>from ~/.pgpass when left empty</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Remember the password in the system keychain</translation>
    </message>
    <message>
        <source>This build has no keychain support: the password is asked for once per session and never saved.</source>
        <translation>This build has no keychain support: the password is asked for once per session and never saved.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnect</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>Choose a database file.</translation>
    </message>
    <message>
        <source>Give the server's name or address.</source>
        <translation>Give the server's name or address.</translation>
    </message>
    <message>
        <source>Give the name of the database on the server.</source>
        <translation>Give the name of the database on the server.</translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation>Give your user name on the server.</translation>
    </message>
    <message>
        <source>"%1" is not a server name or address.</source>
        <translation>"%1" is not a server name or address.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite *.db);;All files (*)</source>
        <translation>RedRoster database (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>rr::ConnectionSpec</name>
    <message>
        <source>"%1" is not a PostgreSQL URL; expected postgresql://user@host:port/database</source>
        <translation>"%1" is not a PostgreSQL URL; expected postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>"%1" is not a valid URL: %2</source>
        <translation>"%1" is not a valid URL: %2</translation>
    </message>
    <message>
        <source>The URL "%1" names no server; expected postgresql://user@host:port/database</source>
        <translation>The URL "%1" names no server; expected postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>The URL "%1" names no database; expected postgresql://user@host:port/database</source>
        <translation>The URL "%1" names no database; expected postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>The URL parameter "%1" is not supported; use %2</source>
        <translation>The URL parameter "%1" is not supported; use %2</translation>
    </message>
    <message>
        <source>sslmode "%1" is not one of %2</source>
        <translation>sslmode "%1" is not one of %2</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds, not "%1"</source>
        <translation>connect_timeout must be a number of seconds, not "%1"</translation>
    </message>
    <message>
        <source>The URL parameter "%1" needs a value without spaces, quotes, semicolons or backslashes (write C:/certs/ca.crt)</source>
        <translation>The URL parameter "%1" needs a value without spaces, quotes, semicolons or backslashes (write C:/certs/ca.crt)</translation>
    </message>
</context>
<context>
    <name>rr::CopyActions</name>
    <message>
        <source>Copying %1 to %2…</source>
        <translation>Copying %1 to %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Copy to a Team Server</source>
        <translation>Copy to a Team Server</translation>
    </message>
    <message>
        <source>Everything in %1 is copied into an empty database on the server, which you must own. The file stays as it is.</source>
        <translation>Everything in %1 is copied into an empty database on the server, which you must own. The file stays as it is.</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>Copy failed</translation>
    </message>
</context>
<context>
    <name>rr::CopyCommand</name>
    <message>
        <source>--to-db needs a value: the database file to copy into.</source>
        <translation>--to-db needs a value: the database file to copy into.</translation>
    </message>
    <message>
        <source>--to-pg needs a value: the server database to copy into.</source>
        <translation>--to-pg needs a value: the server database to copy into.</translation>
    </message>
    <message>
        <source>%1 was given twice; a copy has one target.</source>
        <translation>%1 was given twice; a copy has one target.</translation>
    </message>
    <message>
        <source>The copy command needs where to copy to: --to-db FILE (a local file) or --to-pg URL (a team's PostgreSQL server).</source>
        <translation>The copy command needs where to copy to: --to-db FILE (a local file) or --to-pg URL (a team's PostgreSQL server).</translation>
    </message>
    <message>
        <source>Give either --to-db or --to-pg, not both: a copy has one target.</source>
        <translation>Give either --to-db or --to-pg, not both: a copy has one target.</translation>
    </message>
    <message>
        <source>--to-pg expects a server address like postgresql://user@host/database, not "%1".</source>
        <translation>--to-pg expects a server address like postgresql://user@host/database, not "%1".</translation>
    </message>
    <message>
        <source>--to-db expects a file name; copy to a server with --to-pg URL.</source>
        <translation>--to-db expects a file name; copy to a server with --to-pg URL.</translation>
    </message>
    <message>
        <source>       redroster copy [--db PATH | --pg URL] --to-pg URL | --to-db FILE
                                        copy a whole database into an empty one: a file onto a team's
                                        server, or the server's data into a file (created if missing)
</source>
        <translation>       redroster copy [--db PATH | --pg URL] --to-pg URL | --to-db FILE
                                        copy a whole database into an empty one: a file onto a team's
                                        server, or the server's data into a file (created if missing)
</translation>
    </message>
    <message>
        <source>%1 cannot be copied onto itself.</source>
        <translation>%1 cannot be copied onto itself.</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3 in %4 s:</source>
        <translation>Copied %1 rows from %2 to %3 in %4 s:</translation>
    </message>
    <message>
        <source>Give colleagues access with: redroster roles --pg URL --editor NAME --viewer NAME</source>
        <translation>Give colleagues access with: redroster roles --pg URL --editor NAME --viewer NAME</translation>
    </message>
</context>
<context>
    <name>rr::CreateShortlistCommand</name>
    <message>
        <source>Save shortlist “%1”</source>
        <translation>Save shortlist “%1”</translation>
    </message>
    <message>
        <source>The shortlist “%1” no longer exists.</source>
        <translation>The shortlist “%1” no longer exists.</translation>
    </message>
</context>
<context>
    <name>rr::CreatorEditor</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Contact &amp;&amp; owner</source>
        <translation>&amp;Contact &amp;&amp; owner</translation>
    </message>
    <message>
        <source>&amp;Rates</source>
        <translation>&amp;Rates</translation>
    </message>
    <message>
        <source>F&amp;ollowers</source>
        <translation>F&amp;ollowers</translation>
    </message>
    <message>
        <source>Stat&amp;us &amp;&amp; notes</source>
        <translation>Stat&amp;us &amp;&amp; notes</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Save (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>New creator</source>
        <translation>New creator</translation>
    </message>
    <message>
        <source>Adds the snapshot to the follower history at once</source>
        <translation>Adds the snapshot to the follower history at once</translation>
    </message>
    <message>
        <source>Sets the follower count; the history starts when the creator is saved</source>
        <translation>Sets the follower count; the history starts when the creator is saved</translation>
    </message>
    <message>
        <source>Handle (小红书号) or nickname: enter at least one of them.</source>
        <translation>Handle (小红书号) or nickname: enter at least one of them.</translation>
    </message>
    <message>
        <source>Email: "%1" is not an email address.</source>
        <translation>Email: "%1" is not an email address.</translation>
    </message>
    <message>
        <source>Followers: enter a whole number of zero or more, e.g. 12000 or 1.2w.</source>
        <translation>Followers: enter a whole number of zero or more, e.g. 12000 or 1.2w.</translation>
    </message>
    <message>
        <source>Average engagement rate: enter a percentage between 0 and 100.</source>
        <translation>Average engagement rate: enter a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>Image-note price</source>
        <translation>Image-note price</translation>
    </message>
    <message>
        <source>Video-note price</source>
        <translation>Video-note price</translation>
    </message>
    <message>
        <source>%1: enter an amount in yuan of zero or more, e.g. 2000 or 1999.50.</source>
        <translation>%1: enter an amount in yuan of zero or more, e.g. 2000 or 1999.50.</translation>
    </message>
    <message>
        <source>“%1” already has this handle.</source>
        <translation>“%1” already has this handle.</translation>
    </message>
    <message>
        <source>“%1” already has this profile link.</source>
        <translation>“%1” already has this profile link.</translation>
    </message>
    <message>
        <source>“%1” already has this handle and profile link.</source>
        <translation>“%1” already has this handle and profile link.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible duplicate.&lt;/b&gt; %1 Check before contacting them twice.</source>
        <translation>&lt;b&gt;Possible duplicate.&lt;/b&gt; %1 Check before contacting them twice.</translation>
    </message>
    <message>
        <source>%1 (manual)</source>
        <translation>%1 (manual)</translation>
    </message>
    <message>
        <source>From followers it would be: %1</source>
        <translation>From followers it would be: %1</translation>
    </message>
    <message>
        <source>Derived from the follower count</source>
        <translation>Derived from the follower count</translation>
    </message>
    <message>
        <source>New snapshot: enter the follower count, e.g. 12000 or 1.2w.</source>
        <translation>New snapshot: enter the follower count, e.g. 12000 or 1.2w.</translation>
    </message>
    <message>
        <source>e.g. 95012345</source>
        <translation>e.g. 95012345</translation>
    </message>
    <message>
        <source>https://www.xiaohongshu.com/user/profile/… or http://xhslink.com/…</source>
        <translation>https://www.xiaohongshu.com/user/profile/… or http://xhslink.com/…</translation>
    </message>
    <message>
        <source>e.g. zh, en</source>
        <translation>e.g. zh, en</translation>
    </message>
    <message>
        <source>Automatic (from followers)</source>
        <translation>Automatic (from followers)</translation>
    </message>
    <message>
        <source>Manual: %1</source>
        <translation>Manual: %1</translation>
    </message>
    <message>
        <source>The tier follows the follower count and the tier thresholds in the settings. A manual tier is marked as such everywhere.</source>
        <translation>The tier follows the follower count and the tier thresholds in the settings. A manual tier is marked as such everywhere.</translation>
    </message>
    <message>
        <source>&amp;Handle (小红书号):</source>
        <translation>&amp;Handle (小红书号):</translation>
    </message>
    <message>
        <source>Profile &amp;link:</source>
        <translation>Profile &amp;link:</translation>
    </message>
    <message>
        <source>&amp;Nickname (昵称):</source>
        <translation>&amp;Nickname (昵称):</translation>
    </message>
    <message>
        <source>Primar&amp;y category:</source>
        <translation>Primar&amp;y category:</translation>
    </message>
    <message>
        <source>&amp;Secondary categories:</source>
        <translation>&amp;Secondary categories:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>Lan&amp;guages:</translation>
    </message>
    <message>
        <source>Content formats:</source>
        <translation>Content formats:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Tier:</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Through the agency</source>
        <translation>Through the agency</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>The team member who holds the relationship</source>
        <translation>The team member who holds the relationship</translation>
    </message>
    <message>
        <source>Represented by an agency / MCN</source>
        <translation>Represented by an agency / MCN</translation>
    </message>
    <message>
        <source>&amp;WeChat ID:</source>
        <translation>&amp;WeChat ID:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;First contact:</source>
        <translation>&amp;First contact:</translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation>&amp;Agency name:</translation>
    </message>
    <message>
        <source>yuan (元)</source>
        <translation>yuan (元)</translation>
    </message>
    <message>
        <source>&amp;Image-note price (图文报价):</source>
        <translation>&amp;Image-note price (图文报价):</translation>
    </message>
    <message>
        <source>&amp;Video-note price (视频报价):</source>
        <translation>&amp;Video-note price (视频报价):</translation>
    </message>
    <message>
        <source>Amounts in yuan (CNY), e.g. 2000 or 1999.50; leave empty when unknown.</source>
        <translation>Amounts in yuan (CNY), e.g. 2000 or 1999.50; leave empty when unknown.</translation>
    </message>
    <message>
        <source>e.g. 12000 or 1.2w</source>
        <translation>e.g. 12000 or 1.2w</translation>
    </message>
    <message>
        <source>percent, e.g. 4.5</source>
        <translation>percent, e.g. 4.5</translation>
    </message>
    <message>
        <source>&amp;Followers:</source>
        <translation>&amp;Followers:</translation>
    </message>
    <message>
        <source>Average &amp;engagement rate (%):</source>
        <translation>Average &amp;engagement rate (%):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>History (newest first):</source>
        <translation>History (newest first):</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>followers</translation>
    </message>
    <message>
        <source>Add &amp;snapshot</source>
        <translation>Add &amp;snapshot</translation>
    </message>
    <message>
        <source>Do not contact / do not re-import</source>
        <translation>Do not contact / do not re-import</translation>
    </message>
    <message>
        <source>comma-separated, e.g. spf, 2026 Q2</source>
        <translation>comma-separated, e.g. spf, 2026 Q2</translation>
    </message>
    <message>
        <source>Average of the collaborations' ratings (1–5)</source>
        <translation>Average of the collaborations' ratings (1–5)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Brand fit:</source>
        <translation>Brand fit:</translation>
    </message>
    <message>
        <source>Reliability:</source>
        <translation>Reliability:</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Pugongying (蒲公英)</source>
        <translation>Pugongying (蒲公英)</translation>
    </message>
    <message>
        <source>Qiangua (千瓜)</source>
        <translation>Qiangua (千瓜)</translation>
    </message>
    <message>
        <source>Xinhong (新红)</source>
        <translation>Xinhong (新红)</translation>
    </message>
    <message>
        <source>Huitun (灰豚)</source>
        <translation>Huitun (灰豚)</translation>
    </message>
    <message>
        <source>Creator screenshot</source>
        <translation>Creator screenshot</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Import file</translation>
    </message>
    <message>
        <source>Fee range, lowest</source>
        <translation>Fee range, lowest</translation>
    </message>
    <message>
        <source>Fee range, highest</source>
        <translation>Fee range, highest</translation>
    </message>
    <message>
        <source>Fee range: the lowest fee is higher than the highest.</source>
        <translation>Fee range: the lowest fee is higher than the highest.</translation>
    </message>
    <message>
        <source>Real na&amp;me:</source>
        <translation>Real na&amp;me:</translation>
    </message>
    <message>
        <source>Preferred contact &amp;method:</source>
        <translation>Preferred contact &amp;method:</translation>
    </message>
    <message>
        <source>Ow&amp;ner:</source>
        <translation>Ow&amp;ner:</translation>
    </message>
    <message>
        <source>Fee range, lo&amp;west:</source>
        <translation>Fee range, lo&amp;west:</translation>
    </message>
    <message>
        <source>Fee range, hi&amp;ghest:</source>
        <translation>Fee range, hi&amp;ghest:</translation>
    </message>
    <message>
        <source>As of &amp;date:</source>
        <translation>As of &amp;date:</translation>
    </message>
    <message>
        <source>Co&amp;mmunication style:</source>
        <translation>Co&amp;mmunication style:</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Hi&amp;story</translation>
    </message>
    <message>
        <source>&amp;Vetting</source>
        <translation>&amp;Vetting</translation>
    </message>
    <message>
        <source>Chan&amp;ges</source>
        <translation>Chan&amp;ges</translation>
    </message>
</context>
<context>
    <name>rr::CreatorMerge</name>
    <message>
        <source>Handle (小红书号)</source>
        <translation>Handle (小红书号)</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>Profile link</translation>
    </message>
    <message>
        <source>Nickname (昵称)</source>
        <translation>Nickname (昵称)</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Real name</translation>
    </message>
    <message>
        <source>Preferred contact method</source>
        <translation>Preferred contact method</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Primary category</source>
        <translation>Primary category</translation>
    </message>
    <message>
        <source>Secondary categories</source>
        <translation>Secondary categories</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Followers as of</source>
        <translation>Followers as of</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Represented by an agency / MCN</source>
        <translation>Represented by an agency / MCN</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <source>Image-note price</source>
        <translation>Image-note price</translation>
    </message>
    <message>
        <source>Video-note price</source>
        <translation>Video-note price</translation>
    </message>
    <message>
        <source>Lowest fee</source>
        <translation>Lowest fee</translation>
    </message>
    <message>
        <source>Highest fee</source>
        <translation>Highest fee</translation>
    </message>
    <message>
        <source>Content formats</source>
        <translation>Content formats</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>Brand fit</source>
        <translation>Brand fit</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <source>Communication notes</source>
        <translation>Communication notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>rr::CreatorRecordExport</name>
    <message>
        <source>There is no creator number %1.</source>
        <translation>There is no creator number %1.</translation>
    </message>
</context>
<context>
    <name>rr::CsvReader</name>
    <message>
        <source>A quoted cell starts here but is never closed: expected a closing %1 before the end of the file.</source>
        <translation>A quoted cell starts here but is never closed: expected a closing %1 before the end of the file.</translation>
    </message>
    <message>
        <source>Text after the closing quote: expected a delimiter or the end of the line after %1…%1.</source>
        <translation>Text after the closing quote: expected a delimiter or the end of the line after %1…%1.</translation>
    </message>
    <message>
        <source>A quote inside an unquoted cell: expected the whole cell in quotes, with inner quotes doubled ("").</source>
        <translation>A quote inside an unquoted cell: expected the whole cell in quotes, with inner quotes doubled ("").</translation>
    </message>
    <message>
        <source>%1 cells where the first row has %2: expected %2 (the extra cells start at column %3).</source>
        <translation>%1 cells where the first row has %2: expected %2 (the extra cells start at column %3).</translation>
    </message>
    <message>
        <source>%1 cells where the first row has %2: expected %2 (column %3 and after are missing).</source>
        <translation>%1 cells where the first row has %2: expected %2 (column %3 and after are missing).</translation>
    </message>
    <message>
        <source>Bytes that are not valid %1: expected text in that encoding (choose another encoding if the text looks wrong).</source>
        <translation>Bytes that are not valid %1: expected text in that encoding (choose another encoding if the text looks wrong).</translation>
    </message>
</context>
<context>
    <name>rr::DatabaseCopy</name>
    <message>
        <source>(no key)</source>
        <translation>(no key)</translation>
    </message>
    <message>
        <source>%1 cannot be copied onto itself.</source>
        <translation>%1 cannot be copied onto itself.</translation>
    </message>
    <message>
        <source>Finishing the copy into %1 failed, so nothing was copied.</source>
        <translation>Finishing the copy into %1 failed, so nothing was copied.</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and %3 version %4: open both with this version of RedRoster (which upgrades them) before copying.</source>
        <translation>%1 has schema version %2 and %3 version %4: open both with this version of RedRoster (which upgrades them) before copying.</translation>
    </message>
    <message>
        <source>rows in its table %1</source>
        <translation>rows in its table %1</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation><numerusform>%n creator</numerusform><numerusform>%n creators</numerusform></translation>
    </message>
    <message>
        <source>%1 already holds data (%2). Copy into a new, empty database instead: RedRoster never merges two databases. Nothing was changed.</source>
        <translation>%1 already holds data (%2). Copy into a new, empty database instead: RedRoster never merges two databases. Nothing was changed.</translation>
    </message>
    <message>
        <source>Table %1 of %2 has no id counter.</source>
        <translation>Table %1 of %2 has no id counter.</translation>
    </message>
    <message>
        <source>Only the owner of %1 can copy a database into it: the copy moves its id counters past the copied ids, which other roles may not do. Nothing was changed.</source>
        <translation>Only the owner of %1 can copy a database into it: the copy moves its id counters past the copied ids, which other roles may not do. Nothing was changed.</translation>
    </message>
    <message>
        <source>The copy was cancelled; %1 was left as it was.</source>
        <translation>The copy was cancelled; %1 was left as it was.</translation>
    </message>
    <message>
        <source>Reading table %1 of %2 failed, so nothing was copied.</source>
        <translation>Reading table %1 of %2 failed, so nothing was copied.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 in %3 cannot be copied: its column %4 holds "%5", which is not %6. Nothing was copied.</source>
        <translation>Row %1 of table %2 in %3 cannot be copied: its column %4 holds "%5", which is not %6. Nothing was copied.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>Reading table %1 of %2 gave %3 rows instead of %4, so nothing was copied.</source>
        <translation>Reading table %1 of %2 gave %3 rows instead of %4, so nothing was copied.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Copying row %1 of table %2 into %3 failed, so nothing was copied.</source>
        <translation>Copying row %1 of table %2 into %3 failed, so nothing was copied.</translation>
    </message>
    <message>
        <source>After the copy, table %1 of %2 held %3 rows instead of the %4 copied, so nothing was copied.</source>
        <translation>After the copy, table %1 of %2 held %3 rows instead of the %4 copied, so nothing was copied.</translation>
    </message>
    <message>
        <source>Table %1 refers to a table %2 the schema does not have.</source>
        <translation>Table %1 refers to a table %2 the schema does not have.</translation>
    </message>
    <message>
        <source>The schema's tables refer to each other in a cycle; they cannot be copied one after another.</source>
        <translation>The schema's tables refer to each other in a cycle; they cannot be copied one after another.</translation>
    </message>
</context>
<context>
    <name>rr::DatabaseOpener</name>
    <message>
        <source>Database upgraded</source>
        <translation>Database upgraded</translation>
    </message>
    <message>
        <source>The database was upgraded for this version of RedRoster. A copy of it as it was is kept at %1.</source>
        <translation>The database was upgraded for this version of RedRoster. A copy of it as it was is kept at %1.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Open Another…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>Create New…</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite *.db);;All files (*)</source>
        <translation>RedRoster database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite)</source>
        <translation>RedRoster database (*.sqlite)</translation>
    </message>
    <message>
        <source>Start with demo data?</source>
        <translation>Start with demo data?</translation>
    </message>
    <message>
        <source>This database is empty. Load a fictional demo roster (360 creators over every tier, 12 campaigns with posts and metrics) to explore RedRoster? You can start a clean database later with File → New Database.</source>
        <translation>This database is empty. Load a fictional demo roster (360 creators over every tier, 12 campaigns with posts and metrics) to explore RedRoster? You can start a clean database later with File → New Database.</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>Demo data not loaded</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>Connection…</translation>
    </message>
    <message>
        <source>Cannot connect to the server</source>
        <translation>Cannot connect to the server</translation>
    </message>
</context>
<context>
    <name>rr::DeliverableCommand</name>
    <message>
        <source>Add deliverable</source>
        <translation>Add deliverable</translation>
    </message>
    <message>
        <source>Edit deliverable</source>
        <translation>Edit deliverable</translation>
    </message>
    <message>
        <source>Remove deliverable</source>
        <translation>Remove deliverable</translation>
    </message>
</context>
<context>
    <name>rr::DeliverableDialog</name>
    <message>
        <source>Edit deliverable</source>
        <translation>Edit deliverable</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>Add deliverable</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>Not delivered yet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delivered by:</source>
        <translation>Delivered by:</translation>
    </message>
</context>
<context>
    <name>rr::DeliverableMerge</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Delivered by</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>Not delivered yet</translation>
    </message>
    <message>
        <source>Post #%1</source>
        <translation>Post #%1</translation>
    </message>
</context>
<context>
    <name>rr::DeliverablesPanel</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Delivered by</translation>
    </message>
    <message>
        <source>Add deliverable…</source>
        <translation>Add deliverable…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Select a collaboration to see its deliverables.</source>
        <translation>Select a collaboration to see its deliverables.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>%1: %2 contracted, %3 delivered; %4 deliverable(s) scheduled, %5 delivered by a post.</source>
        <translation>%1: %2 contracted, %3 delivered; %4 deliverable(s) scheduled, %5 delivered by a post.</translation>
    </message>
    <message>
        <source>%1 deliverables scheduled but only %2 contracted</source>
        <translation>%1 deliverables scheduled but only %2 contracted</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>column: the date a deliverable is due</comment>
        <translation>Due</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>deliverable state: not delivered yet</comment>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>rr::DemoData</name>
    <message numerus="yes">
        <source>%1 already has %n creator(s); demo data is only added to an empty database.</source>
        <translation><numerusform>%1 already has %n creator; demo data is only added to an empty database.</numerusform><numerusform>%1 already has %n creators; demo data is only added to an empty database.</numerusform></translation>
    </message>
    <message>
        <source>%1 has no categories to file creators under.</source>
        <translation>%1 has no categories to file creators under.</translation>
    </message>
    <message>
        <source>%1 creators (mega %2, mid-tier %3, micro %4, KOC %5) with %6 follower snapshots</source>
        <translation>%1 creators (mega %2, mid-tier %3, micro %4, KOC %5) with %6 follower snapshots</translation>
    </message>
    <message>
        <source>%1 tags (%2 tag assignments), %3 shortlists, %4 vetting records, %5 relationship events</source>
        <translation>%1 tags (%2 tag assignments), %3 shortlists, %4 vetting records, %5 relationship events</translation>
    </message>
    <message>
        <source>%1 campaigns, %2 collaborations, %3 deliverables, %4 posts, %5 metric snapshots</source>
        <translation>%1 campaigns, %2 collaborations, %3 deliverables, %4 posts, %5 metric snapshots</translation>
    </message>
</context>
<context>
    <name>rr::DueReminderDialog</name>
    <message>
        <source>Final metrics due</source>
        <translation>Final metrics due</translation>
    </message>
    <message numerus="yes">
        <source>These campaigns closed at least %n day(s) ago and some of their posts still have no final metrics. Enter the final readings and tick "Final".</source>
        <translation><numerusform>These campaigns closed at least %n day ago and some of their posts still have no final metrics. Enter the final readings and tick "Final".</numerusform><numerusform>These campaigns closed at least %n days ago and some of their posts still have no final metrics. Enter the final readings and tick "Final".</numerusform></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Posts without final metrics</source>
        <translation>Posts without final metrics</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation>Open campaign</translation>
    </message>
</context>
<context>
    <name>rr::EditCampaignCommand</name>
    <message>
        <source>Edit campaign %1</source>
        <translation>Edit campaign %1</translation>
    </message>
</context>
<context>
    <name>rr::EditCollaborationCommand</name>
    <message>
        <source>Edit collaboration with %1</source>
        <translation>Edit collaboration with %1</translation>
    </message>
</context>
<context>
    <name>rr::EditCollaborationDialog</name>
    <message>
        <source>Edit collaboration with %1</source>
        <translation>Edit collaboration with %1</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Fee:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Contracted posts:</source>
        <translation>Contracted posts:</translation>
    </message>
    <message>
        <source>Delivered posts:</source>
        <translation>Delivered posts:</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>rr::EditCreatorCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>rr::EditorCommit</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Creator deleted</source>
        <translation>Creator deleted</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else while you were editing. Your changes were not saved.</source>
        <translation>%1 was deleted by someone else while you were editing. Your changes were not saved.</translation>
    </message>
    <message>
        <source>%1 saved %2 at %3 while you were editing.</source>
        <translation>%1 saved %2 at %3 while you were editing.</translation>
    </message>
    <message>
        <source>Someone saved %1 while you were editing.</source>
        <translation>Someone saved %1 while you were editing.</translation>
    </message>
    <message>
        <source>Saved by Someone Else Meanwhile</source>
        <translation>Saved by Someone Else Meanwhile</translation>
    </message>
    <message>
        <source>Someone Else's Creator</source>
        <translation>Someone Else's Creator</translation>
    </message>
    <message>
        <source>%1 holds the relationship with %2. Make %3 the owner instead?</source>
        <translation>%1 holds the relationship with %2. Make %3 the owner instead?</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
</context>
<context>
    <name>rr::ExportActions</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Roster…</source>
        <translation>&amp;Roster…</translation>
    </message>
    <message>
        <source>Every creator the roster's filters show, as an Excel workbook or CSV</source>
        <translation>Every creator the roster's filters show, as an Excel workbook or CSV</translation>
    </message>
    <message>
        <source>&amp;Campaign…</source>
        <translation>&amp;Campaign…</translation>
    </message>
    <message>
        <source>The open campaign's creators and, in a workbook, its posts</source>
        <translation>The open campaign's creators and, in a workbook, its posts</translation>
    </message>
    <message>
        <source>Creator's &amp;Whole Record…</source>
        <translation>Creator's &amp;Whole Record…</translation>
    </message>
    <message>
        <source>Everything stored about the selected creator, in one file (for a privacy request)</source>
        <translation>Everything stored about the selected creator, in one file (for a privacy request)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <source>Export campaign</source>
        <translation>Export campaign</translation>
    </message>
    <message>
        <source>Export creator's whole record</source>
        <translation>Export creator's whole record</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>roster</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaign</translation>
    </message>
    <message>
        <source>creator-%1</source>
        <translation>creator-%1</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>An Excel sheet holds at most %1 rows: %n row(s) were left out. Export as CSV to keep every row.</source>
        <translation><numerusform>An Excel sheet holds at most %1 rows: %n row were left out. Export as CSV to keep every row.</numerusform><numerusform>An Excel sheet holds at most %1 rows: %n rows were left out. Export as CSV to keep every row.</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::ExportCommand</name>
    <message>
        <source>No campaign with the number or name "%1". Give a campaign's number or its exact name; campaigns in this database: %2.</source>
        <translation>No campaign with the number or name "%1". Give a campaign's number or its exact name; campaigns in this database: %2.</translation>
    </message>
    <message>
        <source>%1 campaigns are named "%2" (numbers %3): give the number instead.</source>
        <translation>%1 campaigns are named "%2" (numbers %3): give the number instead.</translation>
    </message>
    <message>
        <source>No shortlist named "%1" (names are shown in the roster's Shortlists… dialog; a shortlist's number works too).</source>
        <translation>No shortlist named "%1" (names are shown in the roster's Shortlists… dialog; a shortlist's number works too).</translation>
    </message>
    <message>
        <source>No creator with the number or XHS ID "%1".</source>
        <translation>No creator with the number or XHS ID "%1".</translation>
    </message>
    <message>
        <source>%1 needs a value: the file to write.</source>
        <translation>%1 needs a value: the file to write.</translation>
    </message>
    <message>
        <source>The export command needs what to export: %1.</source>
        <translation>The export command needs what to export: %1.</translation>
    </message>
    <message>
        <source>Unknown export "%1": expected %2.</source>
        <translation>Unknown export "%1": expected %2.</translation>
    </message>
    <message>
        <source>export shortlist needs the shortlist's name (or number).</source>
        <translation>export shortlist needs the shortlist's name (or number).</translation>
    </message>
    <message>
        <source>export campaign needs the campaign's number or name.</source>
        <translation>export campaign needs the campaign's number or name.</translation>
    </message>
    <message>
        <source>export creator needs the creator's number or XHS ID.</source>
        <translation>export creator needs the creator's number or XHS ID.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1" after export %2.</source>
        <translation>Unexpected argument "%1" after export %2.</translation>
    </message>
    <message>
        <source>--posts only applies to export campaign.</source>
        <translation>--posts only applies to export campaign.</translation>
    </message>
    <message>
        <source>export creator writes the whole record as JSON: use --json FILE instead of --csv.</source>
        <translation>export creator writes the whole record as JSON: use --json FILE instead of --csv.</translation>
    </message>
    <message>
        <source>export creator needs --json FILE: the file to write the creator's record to.</source>
        <translation>export creator needs --json FILE: the file to write the creator's record to.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n creator(s) of the roster to %1.</source>
        <translation><numerusform>Wrote %n creator of the roster to %1.</numerusform><numerusform>Wrote %n creators of the roster to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n creator(s) of shortlist "%1" to %2.</source>
        <translation><numerusform>Wrote %n creator of shortlist "%1" to %2.</numerusform><numerusform>Wrote %n creators of shortlist "%1" to %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n post(s) of campaign %1 to %2.</source>
        <translation><numerusform>Wrote %n post of campaign %1 to %2.</numerusform><numerusform>Wrote %n posts of campaign %1 to %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n collaboration(s) of campaign %1 to %2.</source>
        <translation><numerusform>Wrote %n collaboration of campaign %1 to %2.</numerusform><numerusform>Wrote %n collaborations of campaign %1 to %2.</numerusform></translation>
    </message>
    <message>
        <source>Wrote the record of creator %1 to %2.</source>
        <translation>Wrote the record of creator %1 to %2.</translation>
    </message>
    <message>
        <source>export creator writes the whole record as JSON: use --json FILE instead of --xlsx.</source>
        <translation>export creator writes the whole record as JSON: use --json FILE instead of --xlsx.</translation>
    </message>
    <message>
        <source>--json only applies to export creator; export %1 writes --csv FILE or --xlsx FILE.</source>
        <translation>--json only applies to export creator; export %1 writes --csv FILE or --xlsx FILE.</translation>
    </message>
    <message>
        <source>Give either --csv FILE or --xlsx FILE, not both.</source>
        <translation>Give either --csv FILE or --xlsx FILE, not both.</translation>
    </message>
    <message>
        <source>export %1 needs --csv FILE or --xlsx FILE: the file to write.</source>
        <translation>export %1 needs --csv FILE or --xlsx FILE: the file to write.</translation>
    </message>
    <message>
        <source>       redroster export roster --csv FILE|--xlsx FILE [--db PATH]
       redroster export shortlist NAME --csv FILE|--xlsx FILE [--db PATH]
       redroster export campaign ID|NAME --csv FILE|--xlsx FILE [--posts] [--db PATH]
                                        export as CSV for Excel (UTF-8 with BOM) or as an .xlsx
                                        workbook: every creator, a shortlist's members, or a
                                        campaign's collaborations with their figures (--posts:
                                        one row per post; in .xlsx a second sheet)
       redroster export creator ID|XHS-ID --json FILE [--db PATH]
                                        a creator's whole record in one JSON file (privacy requests)
</source>
        <translation>       redroster export roster --csv FILE|--xlsx FILE [--db PATH]
       redroster export shortlist NAME --csv FILE|--xlsx FILE [--db PATH]
       redroster export campaign ID|NAME --csv FILE|--xlsx FILE [--posts] [--db PATH]
                                        export as CSV for Excel (UTF-8 with BOM) or as an .xlsx
                                        workbook: every creator, a shortlist's members, or a
                                        campaign's collaborations with their figures (--posts:
                                        one row per post; in .xlsx a second sheet)
       redroster export creator ID|XHS-ID --json FILE [--db PATH]
                                        a creator's whole record in one JSON file (privacy requests)
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n collaboration(s) of campaign %1 and %2 post(s) to %3.</source>
        <translation><numerusform>Wrote %n collaboration of campaign %1 and %2 post to %3.</numerusform><numerusform>Wrote %n collaborations of campaign %1 and %2 posts to %3.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Warning: Excel holds at most %1 rows per sheet; %n row(s) were left out of %2. Export as CSV (--csv) to get every row.</source>
        <translation><numerusform>Warning: Excel holds at most %1 rows per sheet; %n row were left out of %2. Export as CSV (--csv) to get every row.</numerusform><numerusform>Warning: Excel holds at most %1 rows per sheet; %n rows were left out of %2. Export as CSV (--csv) to get every row.</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::ExportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>rr::FilterBar</name>
    <message>
        <source>Search handle, nickname, name or notes…</source>
        <translation>Search handle, nickname, name or notes…</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>to</source>
        <comment>follower range</comment>
        <translation>to</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no upper limit</comment>
        <translation>any</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no lower limit</comment>
        <translation>any</translation>
    </message>
    <message>
        <source>Brand fit at least</source>
        <translation>Brand fit at least</translation>
    </message>
    <message>
        <source>Reliability at least</source>
        <translation>Reliability at least</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no minimum rating</comment>
        <translation>any</translation>
    </message>
    <message>
        <source>Hide do-not-contact creators</source>
        <translation>Hide do-not-contact creators</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Independent (no agency)</source>
        <translation>Independent (no agency)</translation>
    </message>
    <message>
        <source>More (%1)</source>
        <translation>More (%1)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Shortlist</translation>
    </message>
    <message>
        <source>Shortlist: %1</source>
        <translation>Shortlist: %1</translation>
    </message>
    <message>
        <source>Only the creators of this shortlist are shown; click to show everyone</source>
        <translation>Only the creators of this shortlist are shown; click to show everyone</translation>
    </message>
</context>
<context>
    <name>rr::FormatText</name>
    <message>
        <source>Image note</source>
        <translation>Image note</translation>
    </message>
    <message>
        <source>Video note</source>
        <translation>Video note</translation>
    </message>
</context>
<context>
    <name>rr::ImportBatches</name>
    <message>
        <source>Import batch %1 does not exist.</source>
        <translation>Import batch %1 does not exist.</translation>
    </message>
    <message>
        <source>Import batch %1 was already undone on %2.</source>
        <translation>Import batch %1 was already undone on %2.</translation>
    </message>
</context>
<context>
    <name>rr::ImportBatchesDialog</name>
    <message>
        <source>Import batches</source>
        <translation>Import batches</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>New / updated / skipped</source>
        <translation>New / updated / skipped</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>&amp;Undo Batch…</source>
        <translation>&amp;Undo Batch…</translation>
    </message>
    <message>
        <source>Undo import batch</source>
        <translation>Undo import batch</translation>
    </message>
    <message>
        <source>Undo batch #%1? Creators it added are deleted and fields it changed are put back, in one step. Creators someone worked on since the import are kept.</source>
        <translation>Undo batch #%1? Creators it added are deleted and fields it changed are put back, in one step. Creators someone worked on since the import are kept.</translation>
    </message>
    <message>
        <source>Nothing was undone: %1</source>
        <translation>Nothing was undone: %1</translation>
    </message>
    <message>
        <source>Batch #%1 undone: %2 creators deleted, %3 restored.</source>
        <translation>Batch #%1 undone: %2 creators deleted, %3 restored.</translation>
    </message>
    <message>
        <source>Kept %1 creators worked on since the import; left %2 edited again.</source>
        <translation>Kept %1 creators worked on since the import; left %2 edited again.</translation>
    </message>
</context>
<context>
    <name>rr::ImportCommand</name>
    <message>
        <source>The import command needs at least one file to import.</source>
        <translation>The import command needs at least one file to import.</translation>
    </message>
    <message>
        <source>Unknown encoding "%1": expected utf-8, utf-8-bom, gb18030 (gbk), utf-16le or utf-16be.</source>
        <translation>Unknown encoding "%1": expected utf-8, utf-8-bom, gb18030 (gbk), utf-16le or utf-16be.</translation>
    </message>
    <message>
        <source>Unknown delimiter "%1": expected comma, semicolon, tab or pipe.</source>
        <translation>Unknown delimiter "%1": expected comma, semicolon, tab or pipe.</translation>
    </message>
    <message>
        <source>Unknown --on-duplicate "%1": expected skip, fill or overwrite.</source>
        <translation>Unknown --on-duplicate "%1": expected skip, fill or overwrite.</translation>
    </message>
    <message>
        <source>--json describes a dry run: add --dry-run.</source>
        <translation>--json describes a dry run: add --dry-run.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>Mapping "%1": %2</source>
        <translation>Mapping "%1": %2</translation>
    </message>
    <message>
        <source>Could not write the report %1.</source>
        <translation>Could not write the report %1.</translation>
    </message>
    <message>
        <source>%1: dry run, nothing written.</source>
        <translation>%1: dry run, nothing written.</translation>
    </message>
    <message>
        <source>%1: imported as batch %2.</source>
        <translation>%1: imported as batch %2.</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 skipped (%5 duplicates in the file, %6 do-not-contact, %7 without handle or nickname); %8 doubtful and %9 invalid cells.</source>
        <translation>%1 rows: %2 new, %3 updated, %4 skipped (%5 duplicates in the file, %6 do-not-contact, %7 without handle or nickname); %8 doubtful and %9 invalid cells.</translation>
    </message>
    <message>
        <source>#%1  %2  %3 by %4: %5 rows, %6 new, %7 updated, %8 skipped</source>
        <translation>#%1  %2  %3 by %4: %5 rows, %6 new, %7 updated, %8 skipped</translation>
    </message>
    <message>
        <source>(undone %1)</source>
        <translation>(undone %1)</translation>
    </message>
    <message>
        <source>No import batches.</source>
        <translation>No import batches.</translation>
    </message>
    <message>
        <source>Expected a batch number such as 3, not "%1" (see redroster batches).</source>
        <translation>Expected a batch number such as 3, not "%1" (see redroster batches).</translation>
    </message>
    <message>
        <source>Batch %1 undone: %2 creators deleted, %3 restored, %4 follower snapshots and %5 metric rows removed.</source>
        <translation>Batch %1 undone: %2 creators deleted, %3 restored, %4 follower snapshots and %5 metric rows removed.</translation>
    </message>
    <message>
        <source>Kept %1 creators that were worked on after the import.</source>
        <translation>Kept %1 creators that were worked on after the import.</translation>
    </message>
    <message>
        <source>Left %1 creators that were edited again after the import.</source>
        <translation>Left %1 creators that were edited again after the import.</translation>
    </message>
</context>
<context>
    <name>rr::ImportDialog</name>
    <message>
        <source>Import creators</source>
        <translation>Import creators</translation>
    </message>
    <message>
        <source>Previous file</source>
        <translation>Previous file</translation>
    </message>
    <message>
        <source>Next file</source>
        <translation>Next file</translation>
    </message>
    <message>
        <source>Creators already in the database</source>
        <translation>Creators already in the database</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Skip them</translation>
    </message>
    <message>
        <source>&amp;Fill their empty fields</source>
        <translation>&amp;Fill their empty fields</translation>
    </message>
    <message>
        <source>&amp;Overwrite with the file's values</source>
        <translation>&amp;Overwrite with the file's values</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Save &amp;report…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>File %1 of %2: %3</translation>
    </message>
    <message>
        <source>This file has been imported.</source>
        <translation>This file has been imported.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Line %1, column %2: %3</translation>
    </message>
    <message>
        <source>This file cannot be imported. %1</source>
        <translation>This file cannot be imported. %1</translation>
    </message>
    <message>
        <source>%1 rows: %2 to create, %3 to update, %4 skipped (%5 already stored, %6 duplicates in the file, %7 do not contact), %8 rejected; %9 doubtful and %10 invalid cells.</source>
        <translation>%1 rows: %2 to create, %3 to update, %4 skipped (%5 already stored, %6 duplicates in the file, %7 do not contact), %8 rejected; %9 doubtful and %10 invalid cells.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped, %4 rejected.</source>
        <translation>Imported: %1 created, %2 updated, %3 skipped, %4 rejected.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>The import failed: nothing was written. %1</source>
        <translation>The import failed: nothing was written. %1</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>rr::ImportFieldText</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Handle (小红书号)</source>
        <translation>Handle (小红书号)</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>Profile link</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Real name</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Lifetime likes and saves (kept in notes)</source>
        <translation>Lifetime likes and saves (kept in notes)</translation>
    </message>
    <message>
        <source>Primary category</source>
        <translation>Primary category</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Agency / MCN</source>
        <translation>Agency / MCN</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Image-note price</source>
        <translation>Image-note price</translation>
    </message>
    <message>
        <source>Video-note price</source>
        <translation>Video-note price</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>As-of date</translation>
    </message>
    <message>
        <source>Note link</source>
        <translation>Note link</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>Post title</translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation>Publish time</translation>
    </message>
    <message>
        <source>Views (reads)</source>
        <translation>Views (reads)</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Saves</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>rr::ImportFormatBar</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Pipe ( | )</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>First row is a header</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
</context>
<context>
    <name>rr::ImportJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, line %2, column %3: %4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Post metrics need a campaign: choose the campaign whose posts the file lists.</source>
        <translation>Post metrics need a campaign: choose the campaign whose posts the file lists.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>rr::ImportPlanner</name>
    <message>
        <source>Unknown category; add it to the category list or map it.</source>
        <translation>Unknown category; add it to the category list or map it.</translation>
    </message>
    <message>
        <source>Another creator already has this handle; the handle was not filled in.</source>
        <translation>Another creator already has this handle; the handle was not filled in.</translation>
    </message>
    <message>
        <source>No handle, nickname or profile link: row not imported.</source>
        <translation>No handle, nickname or profile link: row not imported.</translation>
    </message>
    <message>
        <source>Same creator as line %1 of this file: skipped.</source>
        <translation>Same creator as line %1 of this file: skipped.</translation>
    </message>
    <message>
        <source>Likes and saves (lifetime): %1</source>
        <translation>Likes and saves (lifetime): %1</translation>
    </message>
    <message>
        <source>A creator with this nickname already exists (#%1); imported as a new creator because handle and profile link differ.</source>
        <translation>A creator with this nickname already exists (#%1); imported as a new creator because handle and profile link differ.</translation>
    </message>
    <message>
        <source>Creator #%1 is marked do-not-contact: left unchanged.</source>
        <translation>Creator #%1 is marked do-not-contact: left unchanged.</translation>
    </message>
</context>
<context>
    <name>rr::ImportPreviewModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>rr::ImportReport</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Raw text</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message numerus="yes">
        <source>%n more notes left out</source>
        <translation><numerusform>%n more note left out</numerusform><numerusform>%n more notes left out</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::ImportText</name>
    <message>
        <source>New creator</source>
        <translation>New creator</translation>
    </message>
    <message>
        <source>Update existing creator</source>
        <translation>Update existing creator</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Already up to date</translation>
    </message>
    <message>
        <source>Already in the roster: skipped</source>
        <translation>Already in the roster: skipped</translation>
    </message>
    <message>
        <source>Duplicate within the file: skipped</source>
        <translation>Duplicate within the file: skipped</translation>
    </message>
    <message>
        <source>Do not contact: left unchanged</source>
        <translation>Do not contact: left unchanged</translation>
    </message>
    <message>
        <source>No handle, nickname or link: rejected</source>
        <translation>No handle, nickname or link: rejected</translation>
    </message>
</context>
<context>
    <name>rr::InputFlags</name>
    <message>
        <source>%1 %2 is lower than %3 on %4 (kept as entered)</source>
        <translation>%1 %2 is lower than %3 on %4 (kept as entered)</translation>
    </message>
    <message>
        <source>Published %1, before the campaign starts on %2</source>
        <translation>Published %1, before the campaign starts on %2</translation>
    </message>
    <message>
        <source>Published %1, after the campaign ends on %2</source>
        <translation>Published %1, after the campaign ends on %2</translation>
    </message>
    <message>
        <source>A fee cannot be negative (%1)</source>
        <translation>A fee cannot be negative (%1)</translation>
    </message>
    <message>
        <source>%1 delivered but only %2 contracted: raise the contracted count first</source>
        <translation>%1 delivered but only %2 contracted: raise the contracted count first</translation>
    </message>
</context>
<context>
    <name>rr::IntegrityCheck</name>
    <message>
        <source>table %1 is missing</source>
        <translation>table %1 is missing</translation>
    </message>
    <message>
        <source>creator %1</source>
        <translation>creator %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1: followers %2, latest snapshot %3 (%4)</source>
        <translation>%1: followers %2, latest snapshot %3 (%4)</translation>
    </message>
    <message>
        <source>%1: search text is out of date</source>
        <translation>%1: search text is out of date</translation>
    </message>
    <message>
        <source>%1: unknown status "%2"</source>
        <translation>%1: unknown status "%2"</translation>
    </message>
    <message>
        <source>All tables present</source>
        <translation>All tables present</translation>
    </message>
    <message>
        <source>Followers equal the latest snapshot</source>
        <translation>Followers equal the latest snapshot</translation>
    </message>
    <message>
        <source>Search text up to date</source>
        <translation>Search text up to date</translation>
    </message>
    <message>
        <source>Statuses known</source>
        <translation>Statuses known</translation>
    </message>
    <message>
        <source>RedRoster database check: %1</source>
        <translation>RedRoster database check: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this build: %2), up to date</source>
        <translation>Schema version: %1 (this build: %2), up to date</translation>
    </message>
    <message>
        <source>Schema version: %1 (this build: %2), MISMATCH</source>
        <translation>Schema version: %1 (this build: %2), MISMATCH</translation>
    </message>
    <message>
        <source>SQLite integrity check: not run</source>
        <translation>SQLite integrity check: not run</translation>
    </message>
    <message>
        <source>SQLite integrity check: ok</source>
        <translation>SQLite integrity check: ok</translation>
    </message>
    <message numerus="yes">
        <source>SQLite integrity check: %n problem(s)</source>
        <translation><numerusform>SQLite integrity check: %n problem</numerusform><numerusform>SQLite integrity check: %n problems</numerusform></translation>
    </message>
    <message>
        <source>Foreign keys: ok</source>
        <translation>Foreign keys: ok</translation>
    </message>
    <message numerus="yes">
        <source>Foreign keys: %n row(s) point at missing rows</source>
        <translation><numerusform>Foreign keys: %n row points at a missing row</numerusform><numerusform>Foreign keys: %n rows point at missing rows</numerusform></translation>
    </message>
    <message>
        <source>%1 row %2 → missing %3</source>
        <translation>%1 row %2 → missing %3</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Rows per table:</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Consistency:</source>
        <translation>Consistency:</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: ok</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation><numerusform>%1: %n problem</numerusform><numerusform>%1: %n problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message>
        <source>Check stopped: %1 (%2)</source>
        <translation>Check stopped: %1 (%2)</translation>
    </message>
    <message>
        <source>Result: OK</source>
        <translation>Result: OK</translation>
    </message>
    <message>
        <source>Result: PROBLEMS FOUND</source>
        <translation>Result: PROBLEMS FOUND</translation>
    </message>
</context>
<context>
    <name>rr::KpiPanel</name>
    <message numerus="yes">
        <source>%n post(s) without any reading are left out.</source>
        <translation><numerusform>%n post without any reading are left out.</numerusform><numerusform>%n posts without any reading are left out.</numerusform></translation>
    </message>
    <message>
        <source>Objective %1: its metrics lead. Totals sum each post's latest reading; "—" is unknown (a missing count or a zero denominator).</source>
        <translation>Objective %1: its metrics lead. Totals sum each post's latest reading; "—" is unknown (a missing count or a zero denominator).</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Targets…</translation>
    </message>
    <message>
        <source>Set the campaign's KPI targets; reports show each one against the actual.</source>
        <translation>Set the campaign's KPI targets; reports show each one against the actual.</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>A cost: met at or below the target.</source>
        <translation>A cost: met at or below the target.</translation>
    </message>
    <message>
        <source>Met at or above the target.</source>
        <translation>Met at or above the target.</translation>
    </message>
    <message>
        <source>Target %1 ✓</source>
        <translation>Target %1 ✓</translation>
    </message>
    <message>
        <source>Target met. %1</source>
        <translation>Target met. %1</translation>
    </message>
    <message>
        <source>Target %1 ✗</source>
        <translation>Target %1 ✗</translation>
    </message>
    <message>
        <source>Target not met. %1</source>
        <translation>Target not met. %1</translation>
    </message>
</context>
<context>
    <name>rr::KpiTargetText</name>
    <message>
        <source>“%1” is not a target for %2: expected %3.</source>
        <translation>“%1” is not a target for %2: expected %3.</translation>
    </message>
    <message>
        <source>an amount in yuan, e.g. ¥0.80</source>
        <translation>an amount in yuan, e.g. ¥0.80</translation>
    </message>
    <message>
        <source>a percentage, e.g. 5%</source>
        <translation>a percentage, e.g. 5%</translation>
    </message>
    <message>
        <source>a number, e.g. 120000 or 12万</source>
        <translation>a number, e.g. 120000 or 12万</translation>
    </message>
</context>
<context>
    <name>rr::KpiTargetsDialog</name>
    <message>
        <source>Targets: %1</source>
        <translation>Targets: %1</translation>
    </message>
    <message>
        <source>Targets for the campaign's KPIs, shown against the actuals here and in the campaign report: money in yuan (¥0.80), rates as percentages (5%), counts as numbers (120000 or 12万). Leave a field empty for no target. Costs are met at or below their target, everything else at or above.</source>
        <translation>Targets for the campaign's KPIs, shown against the actuals here and in the campaign report: money in yuan (¥0.80), rates as percentages (5%), counts as numbers (120000 or 12万). Leave a field empty for no target. Costs are met at or below their target, everything else at or above.</translation>
    </message>
    <message>
        <source>&lt;b&gt;KPI&lt;/b&gt;</source>
        <translation>&lt;b&gt;KPI&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target&lt;/b&gt;</source>
        <translation>&lt;b&gt;Target&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Now&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>A cost: met at or below the target.</source>
        <translation>A cost: met at or below the target.</translation>
    </message>
    <message>
        <source>Met at or above the target.</source>
        <translation>Met at or above the target.</translation>
    </message>
</context>
<context>
    <name>rr::Language</name>
    <message>
        <source>RedRoster</source>
        <translation>RedRoster</translation>
    </message>
</context>
<context>
    <name>rr::MainWindow</name>
    <message>
        <source>About RedRoster</source>
        <translation>About RedRoster</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RedRoster 红人簿 %1&lt;/h3&gt;&lt;p&gt;Creator partnerships on Xiaohongshu: roster, campaigns, analytics and reports.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. Icons: Tabler Icons (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RedRoster 红人簿 %1&lt;/h3&gt;&lt;p&gt;Creator partnerships on Xiaohongshu: roster, campaigns, analytics and reports.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. Icons: Tabler Icons (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln creator(s)</source>
        <translation><numerusform>%Ln creator</numerusform><numerusform>%Ln creators</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln creator(s)</source>
        <translation><numerusform>%1 of %Ln creator</numerusform><numerusform>%1 of %Ln creators</numerusform></translation>
    </message>
    <message>
        <source>New creator</source>
        <translation>New creator</translation>
    </message>
    <message>
        <source>Cannot open the creator</source>
        <translation>Cannot open the creator</translation>
    </message>
    <message>
        <source>Creator: %1</source>
        <translation>Creator: %1</translation>
    </message>
    <message>
        <source>Delete %1 and everything recorded about them (follower history, collaborations, posts, notes)? This cannot be undone.</source>
        <translation>Delete %1 and everything recorded about them (follower history, collaborations, posts, notes)? This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln creator(s) and everything recorded about them (follower history, collaborations, posts, notes)? This cannot be undone.</source>
        <translation><numerusform>Delete %Ln creator and everything recorded about them (follower history, collaborations, posts, notes)? This cannot be undone.</numerusform><numerusform>Delete %Ln creators and everything recorded about them (follower history, collaborations, posts, notes)? This cannot be undone.</numerusform></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <source>Use this when a creator asks to be forgotten. To stop contacting someone, set the status to Declined instead.</source>
        <translation>Use this when a creator asks to be forgotten. To stop contacting someone, set the status to Declined instead.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite *.db)</source>
        <translation>RedRoster database (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite *.db);;All files (*)</source>
        <translation>RedRoster database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>RedRoster database (*.sqlite)</source>
        <translation>RedRoster database (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or use Open to open it.</source>
        <translation>%1 already exists. Choose a new file name, or use Open to open it.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Main tool bar</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Back Up…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open database</source>
        <translation>Write a consistent copy of the open database</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;New Creator…</source>
        <translation>&amp;New Creator…</translation>
    </message>
    <message>
        <source>&amp;Edit Creator…</source>
        <translation>&amp;Edit Creator…</translation>
    </message>
    <message>
        <source>&amp;Delete Creator…</source>
        <translation>&amp;Delete Creator…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;About RedRoster</source>
        <translation>&amp;About RedRoster</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>Nothing was deleted</translation>
    </message>
    <message>
        <source>Import creators</source>
        <translation>Import creators</translation>
    </message>
    <message>
        <source>Text tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Text tables (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped, %4 rejected</source>
        <translation>Imported: %1 created, %2 updated, %3 skipped, %4 rejected</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import creators from CSV files (you can also drop files on the window)</source>
        <translation>Import creators from CSV files (you can also drop files on the window)</translation>
    </message>
    <message>
        <source>Import &amp;Batches…</source>
        <translation>Import &amp;Batches…</translation>
    </message>
    <message>
        <source>S&amp;hortlists…</source>
        <translation>S&amp;hortlists…</translation>
    </message>
    <message>
        <source>Saved shortlists: show one in the roster, add its creators to a campaign</source>
        <translation>Saved shortlists: show one in the roster, add its creators to a campaign</translation>
    </message>
    <message>
        <source>&amp;Charts for This Creator</source>
        <translation>&amp;Charts for This Creator</translation>
    </message>
    <message>
        <source>Follower history and post metrics of the selected creator</source>
        <translation>Follower history and post metrics of the selected creator</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Language, tier thresholds and when final metrics are overdue</source>
        <translation>Language, tier thresholds and when final metrics are overdue</translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere</source>
        <translation>Updated with changes saved elsewhere</translation>
    </message>
    <message>
        <source>Server connection lost: reconnecting…</source>
        <translation>Server connection lost: reconnecting…</translation>
    </message>
    <message>
        <source>Connected to the server again</source>
        <translation>Connected to the server again</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server unreachable</translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing was saved. Your changes are kept in the editor: save them again once the connection is back.</source>
        <translation>The server cannot be reached, so nothing was saved. Your changes are kept in the editor: save them again once the connection is back.</translation>
    </message>
    <message>
        <source>Back to the Editor</source>
        <translation>Back to the Editor</translation>
    </message>
    <message>
        <source>Discard My Changes</source>
        <translation>Discard My Changes</translation>
    </message>
    <message>
        <source>Saved together with the changes someone else made meanwhile</source>
        <translation>Saved together with the changes someone else made meanwhile</translation>
    </message>
    <message>
        <source>Copied to the Server</source>
        <translation>Copied to the Server</translation>
    </message>
    <message>
        <source>Everything was copied to %1. Work on the server from now on? Colleagues need editor rights there (redroster roles).</source>
        <translation>Everything was copied to %1. Work on the server from now on? Colleagues need editor rights there (redroster roles).</translation>
    </message>
    <message>
        <source>Database &amp;Connection…</source>
        <translation>Database &amp;Connection…</translation>
    </message>
    <message>
        <source>Work on a database file or on a team's PostgreSQL server</source>
        <translation>Work on a database file or on a team's PostgreSQL server</translation>
    </message>
    <message>
        <source>Copy to a &amp;Team Server…</source>
        <translation>Copy to a &amp;Team Server…</translation>
    </message>
    <message>
        <source>Put this file's data on an empty PostgreSQL server database for the team</source>
        <translation>Put this file's data on an empty PostgreSQL server database for the team</translation>
    </message>
    <message>
        <source>The server refused the password: File → Database Connection</source>
        <translation>The server refused the password: File → Database Connection</translation>
    </message>
    <message>
        <source>Team &amp;Members…</source>
        <translation>Team &amp;Members…</translation>
    </message>
    <message>
        <source>Who may change the team's data and who may only read it (the database's owner)</source>
        <translation>Who may change the team's data and who may only read it (the database's owner)</translation>
    </message>
</context>
<context>
    <name>rr::MappingPanel</name>
    <message>
        <source>Preset…</source>
        <translation>Preset…</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Prices are in fen (cents)</source>
        <translation>Prices are in fen (cents)</translation>
    </message>
    <message>
        <source>Tick for files whose prices are already in fen, such as Pugongying API exports.</source>
        <translation>Tick for files whose prices are already in fen, such as Pugongying API exports.</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>File column</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Mapped more than once: %1</source>
        <translation>Mapped more than once: %1</translation>
    </message>
    <message>
        <source>Mapping profile</source>
        <translation>Mapping profile</translation>
    </message>
    <message>
        <source>Save mapping profile</source>
        <translation>Save mapping profile</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profile name:</translation>
    </message>
</context>
<context>
    <name>rr::MappingPresets</name>
    <message>
        <source>Pugongying (蒲公英) export</source>
        <translation>Pugongying (蒲公英) export</translation>
    </message>
    <message>
        <source>Pugongying (蒲公英) API fields, prices in fen</source>
        <translation>Pugongying (蒲公英) API fields, prices in fen</translation>
    </message>
    <message>
        <source>Qiangua (千瓜) export</source>
        <translation>Qiangua (千瓜) export</translation>
    </message>
    <message>
        <source>Xinhong (新红) export</source>
        <translation>Xinhong (新红) export</translation>
    </message>
    <message>
        <source>Generic spreadsheet</source>
        <translation>Generic spreadsheet</translation>
    </message>
    <message>
        <source>Post metrics</source>
        <translation>Post metrics</translation>
    </message>
</context>
<context>
    <name>rr::MappingProfiles</name>
    <message>
        <source>Not a RedRoster column mapping.</source>
        <translation>Not a RedRoster column mapping.</translation>
    </message>
    <message>
        <source>Unknown kind of import "%1".</source>
        <translation>Unknown kind of import "%1".</translation>
    </message>
    <message>
        <source>Unknown field "%1" in the mapping.</source>
        <translation>Unknown field "%1" in the mapping.</translation>
    </message>
    <message>
        <source>A mapping profile needs a name.</source>
        <translation>A mapping profile needs a name.</translation>
    </message>
    <message>
        <source>The mapping profile could not be saved.</source>
        <translation>The mapping profile could not be saved.</translation>
    </message>
    <message>
        <source>No mapping profile named "%1".</source>
        <translation>No mapping profile named "%1".</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1.</source>
        <translation>Cannot read the mapping file %1.</translation>
    </message>
    <message>
        <source>The mapping file %1 is not valid JSON: %2</source>
        <translation>The mapping file %1 is not valid JSON: %2</translation>
    </message>
    <message>
        <source>No mapping file, profile or preset named "%1".</source>
        <translation>No mapping file, profile or preset named "%1".</translation>
    </message>
</context>
<context>
    <name>rr::MetricCellsCommand</name>
    <message>
        <source>Edit metric</source>
        <translation>Edit metric</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation><numerusform>Paste %n cell</numerusform><numerusform>Paste %n cells</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::MetricsPlanner</name>
    <message>
        <source>Impressions are not stored yet.</source>
        <translation>Impressions are not stored yet.</translation>
    </message>
    <message>
        <source>No note link: row not imported.</source>
        <translation>No note link: row not imported.</translation>
    </message>
    <message>
        <source>No post of this campaign has this link: row not imported.</source>
        <translation>No post of this campaign has this link: row not imported.</translation>
    </message>
</context>
<context>
    <name>rr::MultiSelectButton</name>
    <message>
        <source>%1: %2</source>
        <comment>facet title: chosen value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>facet title (number chosen)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rr::ObjectiveText</name>
    <message>
        <source>Awareness</source>
        <translation>Awareness</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>UGC / seeding</source>
        <translation>UGC / seeding</translation>
    </message>
</context>
<context>
    <name>rr::PipelineBoard</name>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation><numerusform>%n creator</numerusform><numerusform>%n creators</numerusform></translation>
    </message>
    <message>
        <source>Someone else holds this relationship</source>
        <translation>Someone else holds this relationship</translation>
    </message>
    <message>
        <source>%1

Move the creator anyway?</source>
        <translation>%1

Move the creator anyway?</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>Any campaign</source>
        <translation>Any campaign</translation>
    </message>
    <message>
        <source>The creator could not be moved: %1</source>
        <translation>The creator could not be moved: %1</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Not moved: %1</translation>
    </message>
    <message>
        <source>someone may have edited the creator meanwhile.</source>
        <translation>someone may have edited the creator meanwhile.</translation>
    </message>
</context>
<context>
    <name>rr::PostMetricsTableModel</name>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Row %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>there is no such row (the table has %n row(s))</source>
        <translation><numerusform>there is no such row (the table has %n row)</numerusform><numerusform>there is no such row (the table has %n rows)</numerusform></translation>
    </message>
    <message>
        <source>this cell cannot be edited</source>
        <translation>this cell cannot be edited</translation>
    </message>
    <message>
        <source>“%1” is not a count</source>
        <translation>“%1” is not a count</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>“%1” is not a date</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>“%1” is not yes or no</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: the paste reaches past the end of the table</source>
        <translation>Row %1, column %2: the paste reaches past the end of the table</translation>
    </message>
    <message>
        <source>Final</source>
        <comment>column: this reading is the post's final one</comment>
        <translation>Final</translation>
    </message>
</context>
<context>
    <name>rr::RankingModel</name>
    <message>
        <source>Save rate</source>
        <translation>Save rate</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>CPE (lowest first)</source>
        <translation>CPE (lowest first)</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Reliability</translation>
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
        <translation>Creator</translation>
    </message>
    <message>
        <source>XHS ID</source>
        <translation>XHS ID</translation>
    </message>
    <message>
        <source>Stated engagement rate</source>
        <translation>Stated engagement rate</translation>
    </message>
    <message>
        <source>Rated collaborations</source>
        <translation>Rated collaborations</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
</context>
<context>
    <name>rr::RankingPanel</name>
    <message>
        <source>The ranking could not be computed: %1</source>
        <translation>The ranking could not be computed: %1</translation>
    </message>
    <message>
        <source>Similar creators could not be found: %1</source>
        <translation>Similar creators could not be found: %1</translation>
    </message>
    <message numerus="yes">
        <source>Like %1, not yet worked with: %Ln creator(s)</source>
        <translation><numerusform>Like %1, not yet worked with: %Ln creator</numerusform><numerusform>Like %1, not yet worked with: %Ln creators</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Only creators with at least %n rated collaboration(s) are ranked.</source>
        <translation><numerusform>Only creators with at least %n rated collaboration are ranked.</numerusform><numerusform>Only creators with at least %n rated collaborations are ranked.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Only creators with at least %n post(s) with known figures are ranked; rates are summed over their posts, not averaged.</source>
        <translation><numerusform>Only creators with at least %n post with known figures are ranked; rates are summed over their posts, not averaged.</numerusform><numerusform>Only creators with at least %n posts with known figures are ranked; rates are summed over their posts, not averaged.</numerusform></translation>
    </message>
    <message>
        <source>Who performs</source>
        <translation>Who performs</translation>
    </message>
    <message>
        <source>Minimum sample</source>
        <translation>Minimum sample</translation>
    </message>
    <message>
        <source>Creators with fewer posts (or rated collaborations) than this are left out</source>
        <translation>Creators with fewer posts (or rated collaborations) than this are left out</translation>
    </message>
    <message>
        <source>Find similar creators</source>
        <translation>Find similar creators</translation>
    </message>
    <message>
        <source>Find similar to selected</source>
        <translation>Find similar to selected</translation>
    </message>
    <message>
        <source>Engagement band ±</source>
        <translation>Engagement band ±</translation>
    </message>
    <message>
        <source>Same city</source>
        <translation>Same city</translation>
    </message>
    <message>
        <source>Same primary category and tier, stated engagement rate within the band, no collaboration yet. A save rate is only known from a creator's posts with us, so creators not yet worked with are matched on engagement rate.</source>
        <translation>Same primary category and tier, stated engagement rate within the band, no collaboration yet. A save rate is only known from a creator's posts with us, so creators not yet worked with are matched on engagement rate.</translation>
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
        <translation><numerusform>%1 (%n rating)</numerusform><numerusform>%1 (%n ratings)</numerusform></translation>
    </message>
    <message>
        <source>Brand fit (1–5)</source>
        <translation>Brand fit (1–5)</translation>
    </message>
    <message>
        <source>Reliability (1–5)</source>
        <translation>Reliability (1–5)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no answer</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Renewal interest</source>
        <translation>Renewal interest</translation>
    </message>
    <message>
        <source>—</source>
        <comment>unknown</comment>
        <translation>—</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Response time</translation>
    </message>
    <message>
        <source>Constructive push-back on the brief</source>
        <translation>Constructive push-back on the brief</translation>
    </message>
    <message>
        <source>Push-back</source>
        <translation>Push-back</translation>
    </message>
    <message>
        <source>How revisions were handled</source>
        <translation>How revisions were handled</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>Save rating</translation>
    </message>
    <message>
        <source>Select a collaboration to rate it.</source>
        <translation>Select a collaboration to rate it.</translation>
    </message>
    <message>
        <source>How the collaboration with %1 went</source>
        <translation>How the collaboration with %1 went</translation>
    </message>
    <message>
        <source>%1 across collaborations</source>
        <translation>%1 across collaborations</translation>
    </message>
    <message>
        <source>Brand fit: %1</source>
        <translation>Brand fit: %1</translation>
    </message>
    <message>
        <source>Reliability: %1</source>
        <translation>Reliability: %1</translation>
    </message>
    <message>
        <source>%1 (%2): fit %3, reliability %4%5</source>
        <translation>%1 (%2): fit %3, reliability %4%5</translation>
    </message>
    <message>
        <source>, renewal %1</source>
        <translation>, renewal %1</translation>
    </message>
</context>
<context>
    <name>rr::RelationshipLog</name>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>briefed</source>
        <translation>briefed</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>renewal: yes</source>
        <translation>renewal: yes</translation>
    </message>
    <message>
        <source>renewal: no</source>
        <translation>renewal: no</translation>
    </message>
    <message>
        <source>renewal: maybe</source>
        <translation>renewal: maybe</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Enter a note for the event.</source>
        <translation>Enter a note for the event.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>delivered %1 of %2 posts</source>
        <translation>delivered %1 of %2 posts</translation>
    </message>
    <message>
        <source>fee ¥%1</source>
        <translation>fee ¥%1</translation>
    </message>
    <message>
        <source>%1 views</source>
        <translation>%1 views</translation>
    </message>
    <message>
        <source>%1 engagements</source>
        <translation>%1 engagements</translation>
    </message>
    <message>
        <source>brand fit %1/5</source>
        <translation>brand fit %1/5</translation>
    </message>
    <message>
        <source>reliability %1/5</source>
        <translation>reliability %1/5</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>The event no longer exists.</translation>
    </message>
</context>
<context>
    <name>rr::RemoveCollaborationCommand</name>
    <message>
        <source>Remove %1 from the campaign</source>
        <translation>Remove %1 from the campaign</translation>
    </message>
</context>
<context>
    <name>rr::RemoveShortlistCommand</name>
    <message>
        <source>Delete shortlist “%1”</source>
        <translation>Delete shortlist “%1”</translation>
    </message>
    <message>
        <source>The shortlist no longer exists.</source>
        <translation>The shortlist no longer exists.</translation>
    </message>
</context>
<context>
    <name>rr::Report</name>
    <message>
        <source>%1 of %2 contracted</source>
        <translation>%1 of %2 contracted</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <source>Pugongying (蒲公英)</source>
        <translation>Pugongying (蒲公英)</translation>
    </message>
    <message>
        <source>Qiangua (千瓜)</source>
        <translation>Qiangua (千瓜)</translation>
    </message>
    <message>
        <source>Campaign performance report</source>
        <translation>Campaign performance report</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Figures as of</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Key results</translation>
    </message>
    <message>
        <source>Led by the metrics of the campaign's objective, %1 (in bold).</source>
        <translation>Led by the metrics of the campaign's objective, %1 (in bold).</translation>
    </message>
    <message>
        <source>No posts have been recorded for this campaign yet, so there are no results to report.</source>
        <translation>No posts have been recorded for this campaign yet, so there are no results to report.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n post(s) measured.</source>
        <translation><numerusform>%1 of %n post measured.</numerusform><numerusform>%1 of %n posts measured.</numerusform></translation>
    </message>
    <message>
        <source>Engagement and save rate</source>
        <translation>Engagement and save rate</translation>
    </message>
    <message>
        <source>Engagement rate and save rate by week of publication</source>
        <translation>Engagement rate and save rate by week of publication</translation>
    </message>
    <message>
        <source>Median save rate by tier</source>
        <translation>Median save rate by tier</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creators</translation>
    </message>
    <message>
        <source>No creators are part of this campaign yet.</source>
        <translation>No creators are part of this campaign yet.</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>SR</source>
        <translation>SR</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>Highlights: top posts by save rate</source>
        <translation>Highlights: top posts by save rate</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Saves</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>Save rate</translation>
    </message>
    <message>
        <source>Appendix: every post</source>
        <translation>Appendix: every post</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>How the figures are made</source>
        <translation>How the figures are made</translation>
    </message>
    <message>
        <source>Engagements = likes + comments + saves + shares.</source>
        <translation>Engagements = likes + comments + saves + shares.</translation>
    </message>
    <message>
        <source>Engagements = likes + comments + saves.</source>
        <translation>Engagements = likes + comments + saves.</translation>
    </message>
    <message>
        <source>Engagement rate (ER) = engagements ÷ views; save rate (SR) = saves ÷ views.</source>
        <translation>Engagement rate (ER) = engagements ÷ views; save rate (SR) = saves ÷ views.</translation>
    </message>
    <message>
        <source>CPE = fee ÷ engagements; CPM = fee ÷ views × 1,000; a collaboration's fee is shared equally by its posts.</source>
        <translation>CPE = fee ÷ engagements; CPM = fee ÷ views × 1,000; a collaboration's fee is shared equally by its posts.</translation>
    </message>
    <message>
        <source>Each post counts with its latest metrics snapshot. A figure whose parts are unknown, or whose denominator is zero, is shown as — and left out.</source>
        <translation>Each post counts with its latest metrics snapshot. A figure whose parts are unknown, or whose denominator is zero, is shown as — and left out.</translation>
    </message>
    <message>
        <source>Tiers by followers: Mega KOL from %1, Mid-tier KOL from %2, Micro KOL from %3, KOC below.</source>
        <translation>Tiers by followers: Mega KOL from %1, Mid-tier KOL from %2, Micro KOL from %3, KOC below.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>No metrics have been recorded.</source>
        <translation>No metrics have been recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n post(s)</source>
        <translation><numerusform>%1: %n post</numerusform><numerusform>%1: %n posts</numerusform></translation>
    </message>
    <message>
        <source>The campaign has no end date, so the one-week post-campaign update is not scheduled.</source>
        <translation>The campaign has no end date, so the one-week post-campaign update is not scheduled.</translation>
    </message>
    <message>
        <source>The post-campaign update is due on %1, one week after the campaign ends.</source>
        <translation>The post-campaign update is due on %1, one week after the campaign ends.</translation>
    </message>
    <message numerus="yes">
        <source>Post-campaign update (due %1): %2 of %n measured post(s) updated.</source>
        <translation><numerusform>Post-campaign update (due %1): %2 of %n measured post updated.</numerusform><numerusform>Post-campaign update (due %1): %2 of %n measured posts updated.</numerusform></translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Awareness</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Seeding (种草)</source>
        <translation>Seeding (种草)</translation>
    </message>
    <message>
        <source>Mega KOL</source>
        <translation>Mega KOL</translation>
    </message>
    <message>
        <source>Mid-tier KOL</source>
        <translation>Mid-tier KOL</translation>
    </message>
    <message>
        <source>Micro KOL</source>
        <translation>Micro KOL</translation>
    </message>
    <message>
        <source>KOC</source>
        <translation>KOC</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spend of budget</source>
        <translation>Spend of budget</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>CPE (cost per engagement)</source>
        <translation>CPE (cost per engagement)</translation>
    </message>
    <message>
        <source>CPM (cost per 1,000 views)</source>
        <translation>CPM (cost per 1,000 views)</translation>
    </message>
    <message>
        <source>Cost per view</source>
        <translation>Cost per view</translation>
    </message>
    <message>
        <source>CPC (cost per click)</source>
        <translation>CPC (cost per click)</translation>
    </message>
    <message>
        <source>Posts delivered</source>
        <translation>Posts delivered</translation>
    </message>
    <message>
        <source>RedRoster · %1</source>
        <translation>RedRoster · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1: campaign performance report</source>
        <translation>%1: campaign performance report</translation>
    </message>
    <message>
        <source>Week of publication</source>
        <translation>Week of publication</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>Median save rate (%)</source>
        <translation>Median save rate (%)</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Fit · reliability</source>
        <translation>Fit · reliability</translation>
    </message>
    <message>
        <source>In the appendix, † marks figures from the post-campaign update.</source>
        <translation>In the appendix, † marks figures from the post-campaign update.</translation>
    </message>
    <message>
        <source>%1 · ✓ met</source>
        <translation>%1 · ✓ met</translation>
    </message>
    <message>
        <source>%1 · ✗ not met</source>
        <translation>%1 · ✗ not met</translation>
    </message>
    <message>
        <source>%1 · ✗ not met (%2 of target)</source>
        <translation>%1 · ✗ not met (%2 of target)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Outreach sent</source>
        <translation>Outreach sent</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Negotiating</translation>
    </message>
    <message>
        <source>Active partner</source>
        <translation>Active partner</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Creator profile</source>
        <translation>Creator profile</translation>
    </message>
    <message>
        <source>XHS ID</source>
        <translation>XHS ID</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>Profile link</translation>
    </message>
    <message>
        <source> (set by hand)</source>
        <translation> (set by hand)</translation>
    </message>
    <message>
        <source> (as of %1)</source>
        <translation> (as of %1)</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Follower history</source>
        <translation>Follower history</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source> · do not contact</source>
        <translation> · do not contact</translation>
    </message>
    <message>
        <source>Rates, vetting and ratings</source>
        <translation>Rates, vetting and ratings</translation>
    </message>
    <message>
        <source>Image note price</source>
        <translation>Image note price</translation>
    </message>
    <message>
        <source>Video note price</source>
        <translation>Video note price</translation>
    </message>
    <message>
        <source>Stated engagement rate</source>
        <translation>Stated engagement rate</translation>
    </message>
    <message>
        <source>Brand fit (average)</source>
        <translation>Brand fit (average)</translation>
    </message>
    <message>
        <source>Reliability (average)</source>
        <translation>Reliability (average)</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Vetting</translation>
    </message>
    <message>
        <source>not vetted yet</source>
        <translation>not vetted yet</translation>
    </message>
    <message>
        <source>comment quality %1</source>
        <translation>comment quality %1</translation>
    </message>
    <message>
        <source>content consistency %1</source>
        <translation>content consistency %1</translation>
    </message>
    <message>
        <source>suspected fake followers</source>
        <translation>suspected fake followers</translation>
    </message>
    <message>
        <source>works with a competitor</source>
        <translation>works with a competitor</translation>
    </message>
    <message>
        <source> (vetted %1)</source>
        <translation> (vetted %1)</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>Collaborations</translation>
    </message>
    <message>
        <source>No collaborations yet.</source>
        <translation>No collaborations yet.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>All collaborations</source>
        <translation>All collaborations</translation>
    </message>
    <message>
        <source>The latest %1 of %2 collaborations are listed; the total counts all of them.</source>
        <translation>The latest %1 of %2 collaborations are listed; the total counts all of them.</translation>
    </message>
    <message>
        <source>Figures are each post's latest metrics; CPE = fee ÷ engagements.</source>
        <translation>Figures are each post's latest metrics; CPE = fee ÷ engagements.</translation>
    </message>
    <message>
        <source>Latest relationship events</source>
        <translation>Latest relationship events</translation>
    </message>
    <message>
        <source>None logged yet.</source>
        <translation>None logged yet.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>%1: creator profile</source>
        <translation>%1: creator profile</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>independent</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>up to %1</translation>
    </message>
    <message>
        <source>Brand fit</source>
        <translation>Brand fit</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Shortlist</translation>
    </message>
    <message>
        <source>do-not-contact creators left out</source>
        <translation>do-not-contact creators left out</translation>
    </message>
    <message>
        <source>All creators, no filter.</source>
        <translation>All creators, no filter.</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation><numerusform>%n creator</numerusform><numerusform>%n creators</numerusform></translation>
    </message>
    <message>
        <source>the first %1 of %2 are listed</source>
        <translation>the first %1 of %2 are listed</translation>
    </message>
    <message>
        <source>No creators to list.</source>
        <translation>No creators to list.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n creator(s)</source>
        <translation><numerusform>Total: %n creator</numerusform><numerusform>Total: %n creators</numerusform></translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>median %1</translation>
    </message>
    <message>
        <source>tier unknown</source>
        <translation>tier unknown</translation>
    </message>
    <message>
        <source>Tier mix: %1.</source>
        <translation>Tier mix: %1.</translation>
    </message>
    <message>
        <source>The first %1 of %2 matching creators are listed; the totals count the listed ones.</source>
        <translation>The first %1 of %2 matching creators are listed; the totals count the listed ones.</translation>
    </message>
    <message>
        <source>* tier set by hand. Followers and the stated engagement rate are the profile's latest; ratings are the averages of brand fit and reliability (1–5).</source>
        <translation>* tier set by hand. Followers and the stated engagement rate are the profile's latest; ratings are the averages of brand fit and reliability (1–5).</translation>
    </message>
    <message>
        <source>Shortlist: %1</source>
        <translation>Shortlist: %1</translation>
    </message>
    <message>
        <source>Creator roster</source>
        <translation>Creator roster</translation>
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
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>Preview the report of the campaign open on the Campaigns tab</source>
        <translation>Preview the report of the campaign open on the Campaigns tab</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>Export Report as P&amp;DF…</translation>
    </message>
    <message>
        <source>Report &amp;Language</source>
        <translation>Report &amp;Language</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>The report could not be made: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Export report as PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Preview Creator &amp;Profile…</source>
        <translation>Preview Creator &amp;Profile…</translation>
    </message>
    <message>
        <source>A one-page profile of the creator selected in the roster</source>
        <translation>A one-page profile of the creator selected in the roster</translation>
    </message>
    <message>
        <source>Export Creator Profile as PDF…</source>
        <translation>Export Creator Profile as PDF…</translation>
    </message>
    <message>
        <source>Export creator profile as PDF</source>
        <translation>Export creator profile as PDF</translation>
    </message>
    <message>
        <source>Preview Roster &amp;Sheet…</source>
        <translation>Preview Roster &amp;Sheet…</translation>
    </message>
    <message>
        <source>The creators the roster shows (a shortlist when it shows one), as a printable list</source>
        <translation>The creators the roster shows (a shortlist when it shows one), as a printable list</translation>
    </message>
    <message>
        <source>Export Roster Sheet as PDF…</source>
        <translation>Export Roster Sheet as PDF…</translation>
    </message>
    <message>
        <source>Export roster sheet as PDF</source>
        <translation>Export roster sheet as PDF</translation>
    </message>
</context>
<context>
    <name>rr::ReportCommand</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>report campaign needs the campaign's number or name.</source>
        <translation>report campaign needs the campaign's number or name.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1" after report %2.</source>
        <translation>Unexpected argument "%1" after report %2.</translation>
    </message>
    <message>
        <source>report campaign needs --pdf FILE: the PDF file to write.</source>
        <translation>report campaign needs --pdf FILE: the PDF file to write.</translation>
    </message>
    <message>
        <source>--lang expects zh_CN or en, not "%1".</source>
        <translation>--lang expects zh_CN or en, not "%1".</translation>
    </message>
    <message>
        <source>--date expects a date like 2026-03-05, not "%1".</source>
        <translation>--date expects a date like 2026-03-05, not "%1".</translation>
    </message>
    <message>
        <source>Several campaigns are named "%1": give the number instead; campaigns in this database: %2.</source>
        <translation>Several campaigns are named "%1": give the number instead; campaigns in this database: %2.</translation>
    </message>
    <message>
        <source>No campaign with the number or name "%1". Give a campaign's number or its exact name; campaigns in this database: %2.</source>
        <translation>No campaign with the number or name "%1". Give a campaign's number or its exact name; campaigns in this database: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of campaign %1 "%2" (%3) to %4: %n page(s).</source>
        <translation><numerusform>Wrote the report of campaign %1 "%2" (%3) to %4: %n page.</numerusform><numerusform>Wrote the report of campaign %1 "%2" (%3) to %4: %n pages.</numerusform></translation>
    </message>
    <message>
        <source>report creator needs the creator's number or XHS ID.</source>
        <translation>report creator needs the creator's number or XHS ID.</translation>
    </message>
    <message>
        <source>report creator needs --pdf FILE: the PDF file to write.</source>
        <translation>report creator needs --pdf FILE: the PDF file to write.</translation>
    </message>
    <message>
        <source>Several creators are named "%1": give the number or XHS ID instead.</source>
        <translation>Several creators are named "%1": give the number or XHS ID instead.</translation>
    </message>
    <message>
        <source>No creator with the number, XHS ID or nickname "%1".</source>
        <translation>No creator with the number, XHS ID or nickname "%1".</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the profile of creator %1 "%2" (%3) to %4: %n page(s).</source>
        <translation><numerusform>Wrote the profile of creator %1 "%2" (%3) to %4: %n page.</numerusform><numerusform>Wrote the profile of creator %1 "%2" (%3) to %4: %n pages.</numerusform></translation>
    </message>
    <message>
        <source>The report command needs what to report on: campaign, creator or shortlist.</source>
        <translation>The report command needs what to report on: campaign, creator or shortlist.</translation>
    </message>
    <message>
        <source>Unknown report "%1": expected campaign, creator or shortlist.</source>
        <translation>Unknown report "%1": expected campaign, creator or shortlist.</translation>
    </message>
    <message>
        <source>report shortlist needs the shortlist's number or name.</source>
        <translation>report shortlist needs the shortlist's number or name.</translation>
    </message>
    <message>
        <source>report shortlist needs --pdf FILE: the PDF file to write.</source>
        <translation>report shortlist needs --pdf FILE: the PDF file to write.</translation>
    </message>
    <message>
        <source>No shortlist with the number or name "%1". Give a shortlist's number or its exact name; shortlists in this database: %2.</source>
        <translation>No shortlist with the number or name "%1". Give a shortlist's number or its exact name; shortlists in this database: %2.</translation>
    </message>
    <message>
        <source>       redroster report campaign ID|NAME --pdf FILE [--lang zh_CN|en] [--date YYYY-MM-DD] [--db PATH]
                                        the campaign performance report as PDF, with its charts;
                                        --lang defaults to the interface language, --date (the
                                        report's date) to today
       redroster report creator ID|XHS-ID --pdf FILE [--lang zh_CN|en] [--date YYYY-MM-DD] [--db PATH]
                                        a one-page creator profile as PDF: profile, rates, vetting,
                                        ratings, the latest collaborations and events
       redroster report shortlist ID|NAME --pdf FILE [--lang zh_CN|en] [--date YYYY-MM-DD] [--db PATH]
                                        a shortlist's creators as a landscape sheet: tier, category,
                                        followers, stated ER, prices, status, owner, ratings, city
</source>
        <translation>       redroster report campaign ID|NAME --pdf FILE [--lang zh_CN|en] [--date YYYY-MM-DD] [--db PATH]
                                        the campaign performance report as PDF, with its charts;
                                        --lang defaults to the interface language, --date (the
                                        report's date) to today
       redroster report creator ID|XHS-ID --pdf FILE [--lang zh_CN|en] [--date YYYY-MM-DD] [--db PATH]
                                        a one-page creator profile as PDF: profile, rates, vetting,
                                        ratings, the latest collaborations and events
       redroster report shortlist ID|NAME --pdf FILE [--lang zh_CN|en] [--date YYYY-MM-DD] [--db PATH]
                                        a shortlist's creators as a landscape sheet: tier, category,
                                        followers, stated ER, prices, status, owner, ratings, city
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the sheet of shortlist %1 "%2" (%3, %4) to %5: %n page(s).</source>
        <translation><numerusform>Wrote the sheet of shortlist %1 "%2" (%3, %4) to %5: %n page.</numerusform><numerusform>Wrote the sheet of shortlist %1 "%2" (%3, %4) to %5: %n pages.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation><numerusform>%n creator</numerusform><numerusform>%n creators</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::ReportFonts</name>
    <message>
        <source>No Chinese font is installed, so Chinese text would be missing from printed reports and PDF files. Please install a Chinese font (on Debian or Ubuntu the package fonts-noto-cjk; on Windows Microsoft YaHei; on macOS PingFang SC) and restart RedRoster.</source>
        <translation>No Chinese font is installed, so Chinese text would be missing from printed reports and PDF files. Please install a Chinese font (on Debian or Ubuntu the package fonts-noto-cjk; on Windows Microsoft YaHei; on macOS PingFang SC) and restart RedRoster.</translation>
    </message>
</context>
<context>
    <name>rr::ReportPreview</name>
    <message>
        <source>Print Preview: %1</source>
        <translation>Print Preview: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>rr::ReportPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Could not start printing.</source>
        <translation>Could not start printing.</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1: %2</source>
        <translation>Could not write the PDF file %1: %2</translation>
    </message>
</context>
<context>
    <name>rr::RolesCommand</name>
    <message>
        <source>The roles command needs --pg URL: roles exist on a team's PostgreSQL server, not in a file.</source>
        <translation>The roles command needs --pg URL: roles exist on a team's PostgreSQL server, not in a file.</translation>
    </message>
    <message>
        <source>"%1" is not a user name the server accepts unquoted: use lower-case letters, digits and _.</source>
        <translation>"%1" is not a user name the server accepts unquoted: use lower-case letters, digits and _.</translation>
    </message>
    <message>
        <source>%1 cannot be both an editor and a viewer.</source>
        <translation>%1 cannot be both an editor and a viewer.</translation>
    </message>
    <message>
        <source>       redroster roles --pg URL [--editor NAME]... [--viewer NAME]...
                                        on a team's server: who may change the data (editors) and
                                        who may only read it (viewers); without names, lists them
</source>
        <translation>       redroster roles --pg URL [--editor NAME]... [--viewer NAME]...
                                        on a team's server: who may change the data (editors) and
                                        who may only read it (viewers); without names, lists them
</translation>
    </message>
    <message>
        <source>%1 is an editor.</source>
        <translation>%1 is an editor.</translation>
    </message>
    <message>
        <source>%1 is a viewer.</source>
        <translation>%1 is a viewer.</translation>
    </message>
    <message>
        <source>Team of %1:</source>
        <translation>Team of %1:</translation>
    </message>
    <message>
        <source>(nobody yet: add colleagues with --editor NAME or --viewer NAME)</source>
        <translation>(nobody yet: add colleagues with --editor NAME or --viewer NAME)</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
</context>
<context>
    <name>rr::RosterColumnText</name>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Agency / MCN</source>
        <translation>Agency / MCN</translation>
    </message>
    <message>
        <source>Image-note price</source>
        <translation>Image-note price</translation>
    </message>
    <message>
        <source>Video-note price</source>
        <translation>Video-note price</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>Brand fit</source>
        <translation>Brand fit</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>rr::RosterExport</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes (name unknown)</source>
        <translation>yes (name unknown)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>XHS ID</source>
        <translation>XHS ID</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>Profile link</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Real name</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Followers as of</source>
        <translation>Followers as of</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Tier set by hand</source>
        <translation>Tier set by hand</translation>
    </message>
    <message>
        <source>Primary category</source>
        <translation>Primary category</translation>
    </message>
    <message>
        <source>Secondary categories</source>
        <translation>Secondary categories</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Agency / MCN</source>
        <translation>Agency / MCN</translation>
    </message>
    <message>
        <source>Image-note price (CNY)</source>
        <translation>Image-note price (CNY)</translation>
    </message>
    <message>
        <source>Video-note price (CNY)</source>
        <translation>Video-note price (CNY)</translation>
    </message>
    <message>
        <source>Lowest fee (CNY)</source>
        <translation>Lowest fee (CNY)</translation>
    </message>
    <message>
        <source>Highest fee (CNY)</source>
        <translation>Highest fee (CNY)</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Average engagement rate (0-1)</source>
        <translation>Average engagement rate (0-1)</translation>
    </message>
    <message>
        <source>Brand fit (1-5)</source>
        <translation>Brand fit (1-5)</translation>
    </message>
    <message>
        <source>Reliability (1-5)</source>
        <translation>Reliability (1-5)</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Preferred contact</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Communication notes</source>
        <translation>Communication notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Updated (UTC)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Shortlist</translation>
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
        <translation>Yes (name unknown)</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Tier set by hand, not derived from followers.</source>
        <translation>Tier set by hand, not derived from followers.</translation>
    </message>
    <message>
        <source>Do not contact: marked not to be contacted or re-imported.</source>
        <translation>Do not contact: marked not to be contacted or re-imported.</translation>
    </message>
</context>
<context>
    <name>rr::RosterScreen</name>
    <message>
        <source>Save as &amp;Shortlist…</source>
        <translation>Save as &amp;Shortlist…</translation>
    </message>
    <message>
        <source>Save every creator matching the current filter as a named shortlist</source>
        <translation>Save every creator matching the current filter as a named shortlist</translation>
    </message>
</context>
<context>
    <name>rr::RosterSheetLoader</name>
    <message>
        <source>There is no shortlist number %1.</source>
        <translation>There is no shortlist number %1.</translation>
    </message>
</context>
<context>
    <name>rr::SaveShortlistDialog</name>
    <message>
        <source>Save as Shortlist</source>
        <translation>Save as Shortlist</translation>
    </message>
    <message>
        <source>e.g. Q3 sunscreen seeding</source>
        <translation>e.g. Q3 sunscreen seeding</translation>
    </message>
    <message>
        <source>What the list is for: campaign, brief, who asked for it</source>
        <translation>What the list is for: campaign, brief, who asked for it</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) will be saved: the whole roster, no filter is set.</source>
        <translation><numerusform>%n creator will be saved: the whole roster, no filter is set.</numerusform><numerusform>%n creators will be saved: the whole roster, no filter is set.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) matching the current filter will be saved.</source>
        <translation><numerusform>%n creator matching the current filter will be saved.</numerusform><numerusform>%n creators matching the current filter will be saved.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>A shortlist named “%1” already exists.</source>
        <translation>A shortlist named “%1” already exists.</translation>
    </message>
</context>
<context>
    <name>rr::SaveVettingCommand</name>
    <message>
        <source>Edit vetting checklist</source>
        <translation>Edit vetting checklist</translation>
    </message>
    <message>
        <source>No creator is open.</source>
        <translation>No creator is open.</translation>
    </message>
</context>
<context>
    <name>rr::SetTargetsCommand</name>
    <message>
        <source>Edit campaign targets</source>
        <translation>Edit campaign targets</translation>
    </message>
</context>
<context>
    <name>rr::SettingsDialog</name>
    <message>
        <source>Each tier must start above the one below it: %1 above %2, %2 above %3.</source>
        <translation>Each tier must start above the one below it: %1 above %2, %2 above %3.</translation>
    </message>
    <message>
        <source>below %1 followers</source>
        <translation>below %1 followers</translation>
    </message>
    <message numerus="yes">
        <source> day(s) after the end</source>
        <translation><numerusform> day after the end</numerusform><numerusform> days after the end</numerusform></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Tiers by followers</source>
        <translation>Tiers by followers</translation>
    </message>
    <message>
        <source>%1 from:</source>
        <translation>%1 from:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Final metrics are overdue after:</source>
        <translation>Final metrics are overdue after:</translation>
    </message>
    <message>
        <source>A closed campaign whose posts have no final reading this long after it ends is listed as overdue (the article's one-week update).</source>
        <translation>A closed campaign whose posts have no final reading this long after it ends is listed as overdue (the article's one-week update).</translation>
    </message>
</context>
<context>
    <name>rr::ShortlistRepository</name>
    <message>
        <source>A shortlist needs a name.</source>
        <translation>A shortlist needs a name.</translation>
    </message>
    <message>
        <source>A shortlist named “%1” already exists.</source>
        <translation>A shortlist named “%1” already exists.</translation>
    </message>
    <message>
        <source>The shortlist no longer exists.</source>
        <translation>The shortlist no longer exists.</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>The campaign no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the collaborations this step added were deleted, moved past 'planned' or have posts since; nothing was undone.</source>
        <translation><numerusform>%n of the collaborations this step added were deleted, moved past 'planned' or have posts since; nothing was undone.</numerusform><numerusform>%n of the collaborations this step added were deleted, moved past 'planned' or have posts since; nothing was undone.</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::ShortlistsDialog</name>
    <message>
        <source>Shortlists</source>
        <translation>Shortlists</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creators</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>&amp;Show in Roster</source>
        <translation>&amp;Show in Roster</translation>
    </message>
    <message>
        <source>&amp;Add to Campaign…</source>
        <translation>&amp;Add to Campaign…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>No shortlists yet. Filter the roster and choose Save as Shortlist…</source>
        <translation>No shortlists yet. Filter the roster and choose Save as Shortlist…</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Nothing was added: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n creator(s) to the campaign as planned collaborations.</source>
        <translation><numerusform>Added %n creator to the campaign as planned collaborations.</numerusform><numerusform>Added %n creators to the campaign as planned collaborations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) were already in it and were left as they are.</source>
        <translation><numerusform>%n creator were already in it and were left as they are.</numerusform><numerusform>%n creators were already in it and were left as they are.</numerusform></translation>
    </message>
    <message>
        <source>Deleted the shortlist “%1”. Its creators are still in the roster.</source>
        <translation>Deleted the shortlist “%1”. Its creators are still in the roster.</translation>
    </message>
    <message>
        <source>Delete Shortlist</source>
        <translation>Delete Shortlist</translation>
    </message>
    <message>
        <source>Delete the shortlist “%1”? The creators stay in the roster; only the list goes.</source>
        <translation>Delete the shortlist “%1”? The creators stay in the roster; only the list goes.</translation>
    </message>
    <message>
        <source>The step could not be recorded.</source>
        <translation>The step could not be recorded.</translation>
    </message>
    <message>
        <source>The shortlist no longer exists.</source>
        <translation>The shortlist no longer exists.</translation>
    </message>
</context>
<context>
    <name>rr::StatusText</name>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Outreach Sent</source>
        <translation>Outreach Sent</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Negotiating</translation>
    </message>
    <message>
        <source>Active Partner</source>
        <translation>Active Partner</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
</context>
<context>
    <name>rr::StoreError</name>
    <message>
        <source>Cannot open %1.</source>
        <translation>Cannot open %1.</translation>
    </message>
    <message>
        <source>%1 is not a RedRoster database.</source>
        <translation>%1 is not a RedRoster database.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of RedRoster. Update RedRoster to open it; the file was left untouched.</source>
        <translation>%1 was written by a newer version of RedRoster. Update RedRoster to open it; the file was left untouched.</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it somewhere writable or change its permissions.</source>
        <translation>%1 is read-only. Copy it somewhere writable or change its permissions.</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close the other program and try again.</source>
        <translation>%1 is locked by another program. Close the other program and try again.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>The disk holding %1 is full. Nothing was changed; free some space and try again.</translation>
    </message>
    <message>
        <source>%1 is damaged. Open a backup instead.</source>
        <translation>%1 is damaged. Open a backup instead.</translation>
    </message>
    <message>
        <source>Upgrading %1 failed; the file was left as it was.</source>
        <translation>Upgrading %1 failed; the file was left as it was.</translation>
    </message>
    <message>
        <source>Could not write the backup %1.</source>
        <translation>Could not write the backup %1.</translation>
    </message>
    <message>
        <source>Someone else changed this record in %1 after you opened it.</source>
        <translation>Someone else changed this record in %1 after you opened it.</translation>
    </message>
    <message>
        <source>The record no longer exists in %1.</source>
        <translation>The record no longer exists in %1.</translation>
    </message>
    <message>
        <source>A database operation on %1 failed.</source>
        <translation>A database operation on %1 failed.</translation>
    </message>
    <message>
        <source>%1 was made by an older version of RedRoster and must be upgraded, which cannot be done while it is opened read-only.</source>
        <translation>%1 was made by an older version of RedRoster and must be upgraded, which cannot be done while it is opened read-only.</translation>
    </message>
    <message>
        <source>Your role on %1 does not allow this. Ask whoever runs the server for editor rights.</source>
        <translation>Your role on %1 does not allow this. Ask whoever runs the server for editor rights.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost or cannot be made. Nothing was saved; check the network and the server, then try again.</source>
        <translation>The connection to %1 was lost or cannot be made. Nothing was saved; check the network and the server, then try again.</translation>
    </message>
    <message>
        <source>"%1" is not a user name the server accepts unquoted: use lower-case letters, digits and _.</source>
        <translation>"%1" is not a user name the server accepts unquoted: use lower-case letters, digits and _.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade for this version of RedRoster, which only the database's owner can make. Ask them to open it with this version first.</source>
        <translation>%1 needs an upgrade for this version of RedRoster, which only the database's owner can make. Ask them to open it with this version first.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password. Check them and try again.</source>
        <translation>%1 refused the user name or password. Check them and try again.</translation>
    </message>
</context>
<context>
    <name>rr::TeamMembersDialog</name>
    <message>
        <source>Team Members</source>
        <translation>Team Members</translation>
    </message>
    <message>
        <source>Editors change the roster and campaigns; viewers only read them. The server enforces it. Only the database's owner can change who is which.</source>
        <translation>Editors change the roster and campaigns; viewers only read them. The server enforces it. Only the database's owner can change who is which.</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Colleague's login name, e.g. anna</source>
        <translation>Colleague's login name, e.g. anna</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Nobody has been made an editor or a viewer yet.</source>
        <translation>Nobody has been made an editor or a viewer yet.</translation>
    </message>
    <message>
        <source>"%1" is not a login name the server accepts: lower-case letters, digits and underscores, not starting with a digit.</source>
        <translation>"%1" is not a login name the server accepts: lower-case letters, digits and underscores, not starting with a digit.</translation>
    </message>
    <message>
        <source>Apply to give %1 this role on the server.</source>
        <translation>Apply to give %1 this role on the server.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) changed on the server.</source>
        <translation><numerusform>%n role changed on the server.</numerusform><numerusform>%n roles changed on the server.</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::TextEncodingText</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation>Unicode (UTF-8 with BOM)</translation>
    </message>
    <message>
        <source>Chinese (GBK / GB18030)</source>
        <translation>Chinese (GBK / GB18030)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 LE)</source>
        <translation>Unicode (UTF-16 LE)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 BE)</source>
        <translation>Unicode (UTF-16 BE)</translation>
    </message>
</context>
<context>
    <name>rr::TierText</name>
    <message>
        <source>Mega KOL</source>
        <translation>Mega KOL</translation>
    </message>
    <message>
        <source>Mid-tier KOL</source>
        <translation>Mid-tier KOL</translation>
    </message>
    <message>
        <source>Micro KOL</source>
        <translation>Micro KOL</translation>
    </message>
    <message>
        <source>KOC</source>
        <translation>KOC</translation>
    </message>
</context>
<context>
    <name>rr::TimelinePanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>e.g. Sent the brief on WeChat; asked for the rate card</source>
        <translation>e.g. Sent the brief on WeChat; asked for the rate card</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>The history starts when the creator is saved.</source>
        <translation>The history starts when the creator is saved.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>%1 (first logged contact)</source>
        <translation>%1 (first logged contact)</translation>
    </message>
    <message>
        <source>First contact: %1    Owner: %2</source>
        <translation>First contact: %1    Owner: %2</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>Write what happened first.</source>
        <translation>Write what happened first.</translation>
    </message>
</context>
<context>
    <name>rr::ValueParser</name>
    <message>
        <source>expected a number such as 12,000 or 1.2万</source>
        <translation>expected a number such as 12,000 or 1.2万</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>the number is too large</translation>
    </message>
    <message>
        <source>a count cannot be negative; %1</source>
        <translation>a count cannot be negative; %1</translation>
    </message>
    <message>
        <source>expected a whole number; %1</source>
        <translation>expected a whole number; %1</translation>
    </message>
    <message>
        <source>a lower bound: at least %1</source>
        <translation>a lower bound: at least %1</translation>
    </message>
    <message>
        <source>expected an amount such as ¥2,000, 2000元 or 1.2万</source>
        <translation>expected an amount such as ¥2,000, 2000元 or 1.2万</translation>
    </message>
    <message>
        <source>an amount cannot be negative; %1</source>
        <translation>an amount cannot be negative; %1</translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation>the amount is too large</translation>
    </message>
    <message>
        <source>rounded to the nearest fen</source>
        <translation>rounded to the nearest fen</translation>
    </message>
    <message>
        <source>expected a rate such as 4.5% or 0.045</source>
        <translation>expected a rate such as 4.5% or 0.045</translation>
    </message>
    <message>
        <source>a rate cannot be negative; %1</source>
        <translation>a rate cannot be negative; %1</translation>
    </message>
    <message>
        <source>read as %1%; write 4.5% or 0.045 to be sure</source>
        <translation>read as %1%; write 4.5% or 0.045 to be sure</translation>
    </message>
    <message>
        <source>expected yes or no (是/否, 有/无, yes/no, true/false, 1/0)</source>
        <translation>expected yes or no (是/否, 有/无, yes/no, true/false, 1/0)</translation>
    </message>
    <message>
        <source>expected a date such as 2026-03-05, 2026/3/5 or 2026年3月5日</source>
        <translation>expected a date such as 2026-03-05, 2026/3/5 or 2026年3月5日</translation>
    </message>
    <message>
        <source>there is no such day; %1</source>
        <translation>there is no such day; %1</translation>
    </message>
    <message>
        <source>could be %1 or %2; read as month/day/year</source>
        <translation>could be %1 or %2; read as month/day/year</translation>
    </message>
</context>
<context>
    <name>rr::VettingMerge</name>
    <message>
        <source>%1 of 5</source>
        <translation>%1 of 5</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>(not rated)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Comment quality</source>
        <translation>Comment quality</translation>
    </message>
    <message>
        <source>Content consistency</source>
        <translation>Content consistency</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Past brand work</source>
        <translation>Past brand work</translation>
    </message>
    <message>
        <source>Works with a competitor</source>
        <translation>Works with a competitor</translation>
    </message>
    <message>
        <source>Suspected fake followers</source>
        <translation>Suspected fake followers</translation>
    </message>
    <message>
        <source>Vetting notes</source>
        <translation>Vetting notes</translation>
    </message>
</context>
<context>
    <name>rr::VettingPanel</name>
    <message>
        <source>— not rated</source>
        <translation>— not rated</translation>
    </message>
    <message>
        <source>1 – spam, emoji, bots</source>
        <translation>1 – spam, emoji, bots</translation>
    </message>
    <message>
        <source>1 – erratic, no clear style</source>
        <translation>1 – erratic, no clear style</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3 – mixed</source>
        <translation>3 – mixed</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 – substantive questions and replies</source>
        <translation>5 – substantive questions and replies</translation>
    </message>
    <message>
        <source>5 – regular posting, coherent aesthetic</source>
        <translation>5 – regular posting, coherent aesthetic</translation>
    </message>
    <message>
        <source>&amp;Comment quality:</source>
        <translation>&amp;Comment quality:</translation>
    </message>
    <message>
        <source>Content &amp;consistency:</source>
        <translation>Content &amp;consistency:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <source>Age, gender, geography, when known</source>
        <translation>Age, gender, geography, when known</translation>
    </message>
    <message>
        <source>&amp;Past brand work:</source>
        <translation>&amp;Past brand work:</translation>
    </message>
    <message>
        <source>Brands this creator has worked with</source>
        <translation>Brands this creator has worked with</translation>
    </message>
    <message>
        <source>Has worked with a &amp;competitor</source>
        <translation>Has worked with a &amp;competitor</translation>
    </message>
    <message>
        <source>&amp;Fake followers or engagement suspected</source>
        <translation>&amp;Fake followers or engagement suspected</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Last vetted on %1.</source>
        <translation>Last vetted on %1.</translation>
    </message>
    <message>
        <source>Last vetted on %1 by %2.</source>
        <translation>Last vetted on %1 by %2.</translation>
    </message>
    <message>
        <source>Not vetted yet.</source>
        <translation>Not vetted yet.</translation>
    </message>
    <message>
        <source>Warnings could not be computed: %1</source>
        <translation>Warnings could not be computed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n warning sign(s) in the numbers</source>
        <translation><numerusform>%n warning sign in the numbers</numerusform><numerusform>%n warning signs in the numbers</numerusform></translation>
    </message>
    <message>
        <source>No warning signs in the numbers: engagement is in line with the tier and follower growth has no sudden jumps.</source>
        <translation>No warning signs in the numbers: engagement is in line with the tier and follower growth has no sudden jumps.</translation>
    </message>
    <message>
        <source>No creator is open.</source>
        <translation>No creator is open.</translation>
    </message>
</context>
<context>
    <name>rr::VettingRepository</name>
    <message>
        <source>Ratings must be between 1 and 5.</source>
        <translation>Ratings must be between 1 and 5.</translation>
    </message>
    <message>
        <source>Someone else saved this creator's vetting checklist meanwhile; yours was not saved.</source>
        <translation>Someone else saved this creator's vetting checklist meanwhile; yours was not saved.</translation>
    </message>
</context>
<context>
    <name>rr::VettingWarnings</name>
    <message>
        <source>Engagement rate %1 is less than %2 of the median for %3 (%4): check for bought followers.</source>
        <translation>Engagement rate %1 is less than %2 of the median for %3 (%4): check for bought followers.</translation>
    </message>
    <message numerus="yes">
        <source>Followers jumped by %1 in %n day(s): %2 on %3, %4 on %5.</source>
        <translation><numerusform>Followers jumped by %1 in %n day: %2 on %3, %4 on %5.</numerusform><numerusform>Followers jumped by %1 in %n days: %2 on %3, %4 on %5.</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::Workspace</name>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message numerus="yes">
        <source>Campaigns (%n due)</source>
        <translation><numerusform>Campaigns (%n due)</numerusform><numerusform>Campaigns (%n due)</numerusform></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
</context>
<context>
    <name>rr::XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>This build of RedRoster has no .xlsx support (it was built without libxlsxwriter); export as CSV instead.</source>
        <translation>This build of RedRoster has no .xlsx support (it was built without libxlsxwriter); export as CSV instead.</translation>
    </message>
    <message>
        <source>An .xlsx workbook is already open.</source>
        <translation>An .xlsx workbook is already open.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Cannot write %1: the folder does not exist.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>Cannot create a temporary file in %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the workbook %1.</source>
        <translation>Cannot start the workbook %1.</translation>
    </message>
    <message>
        <source>No .xlsx workbook is open.</source>
        <translation>No .xlsx workbook is open.</translation>
    </message>
    <message>
        <source>Cannot add the sheet "%1" to %2.</source>
        <translation>Cannot add the sheet "%1" to %2.</translation>
    </message>
    <message>
        <source>No sheet to write to.</source>
        <translation>No sheet to write to.</translation>
    </message>
    <message>
        <source>Cannot read the finished workbook %1: %2</source>
        <translation>Cannot read the finished workbook %1: %2</translation>
    </message>
</context>
<context>
    <name>rr::pipeline::PipelineColumn</name>
    <message>
        <source>%1 followers</source>
        <translation>%1 followers</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (manual)</source>
        <translation>%1 (manual)</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>%1
%2
Owner: %3
Double-click to open; drag to another column to change the status.</source>
        <translation>%1
%2
Owner: %3
Double-click to open; drag to another column to change the status.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>Show more (%1 not shown)</source>
        <translation>Show more (%1 not shown)</translation>
    </message>
</context>
</TS>
