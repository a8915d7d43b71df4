// SPDX-License-Identifier: GPL-3.0-or-later
// The tab pages of CreatorEditor: widget construction only; values live in CreatorEditor.cpp.
#include "CreatorEditor.h"

#include "editor/EditorFields.h"
#include "editor/ChangesPanel.h"
#include "editor/TimelinePanel.h"
#include "editor/VettingPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

namespace {

template<class W>
W *named(W *widget, const char *objectName)
{
    widget->setObjectName(QLatin1String(objectName));
    return widget;
}

} // namespace

QWidget *CreatorEditor::buildProfileTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_handle = named(new QLineEdit, "handleEdit");
    m_handle->setPlaceholderText(tr("e.g. 95012345"));
    m_profileUrl = named(new QLineEdit, "profileUrlEdit");
    m_profileUrl->setPlaceholderText(tr("https://www.xiaohongshu.com/user/profile/… or http://xhslink.com/…"));
    m_nickname = named(new QLineEdit, "nicknameEdit");
    m_realName = named(new QLineEdit, "realNameEdit");
    m_primaryCategory = named(new QComboBox, "primaryCategoryCombo");
    m_secondaryCategories = named(new QListWidget, "secondaryCategoryList");
    m_secondaryCategories->setMaximumHeight(120);
    m_city = named(new QComboBox, "cityCombo");
    m_city->setEditable(true);
    m_city->setInsertPolicy(QComboBox::NoInsert);
    m_languages = named(new QLineEdit, "languagesEdit");
    m_languages->setPlaceholderText(tr("e.g. zh, en"));

    auto *formats = new QHBoxLayout;
    m_formatImage = named(new QCheckBox(FormatText::label(ContentFormat::Image)), "formatImageCheck");
    m_formatVideo = named(new QCheckBox(FormatText::label(ContentFormat::Video)), "formatVideoCheck");
    formats->addWidget(m_formatImage);
    formats->addWidget(m_formatVideo);
    formats->addStretch();

    auto *tier = new QHBoxLayout;
    m_tierLabel = named(new QLabel, "tierLabel");
    m_tierOverride = named(new QComboBox, "tierOverrideCombo");
    m_tierOverride->addItem(tr("Automatic (from followers)"), QString());
    for (Tier t : allTiers)
        m_tierOverride->addItem(tr("Manual: %1").arg(TierText::label(t)), TierText::key(t));
    m_tierOverride->setToolTip(tr("The tier follows the follower count and the tier thresholds in the "
                                  "settings. A manual tier is marked as such everywhere."));
    tier->addWidget(m_tierLabel, 1);
    tier->addWidget(m_tierOverride);

    form->addRow(tr("&Handle (小红书号):"), m_handle);
    form->addRow(tr("Profile &link:"), m_profileUrl);
    form->addRow(tr("&Nickname (昵称):"), m_nickname);
    form->addRow(tr("Real na&me:"), m_realName);
    form->addRow(tr("Primar&y category:"), m_primaryCategory);
    form->addRow(tr("&Secondary categories:"), m_secondaryCategories);
    form->addRow(tr("C&ity:"), m_city);
    form->addRow(tr("Lan&guages:"), m_languages);
    form->addRow(tr("Content formats:"), formats);
    form->addRow(tr("Tier:"), tier);
    return page;
}

QWidget *CreatorEditor::buildContactTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_contactMethod = named(new QComboBox, "contactMethodCombo");
    m_contactMethod->addItem(QStringLiteral("\u2014"), QString());
    m_contactMethod->addItem(tr("WeChat"), QStringLiteral("wechat"));
    m_contactMethod->addItem(tr("Phone"), QStringLiteral("phone"));
    m_contactMethod->addItem(tr("Email"), QStringLiteral("email"));
    m_contactMethod->addItem(tr("Through the agency"), QStringLiteral("agency"));
    m_contactMethod->addItem(tr("Other"), QStringLiteral("other"));
    m_wechat = named(new QLineEdit, "wechatEdit");
    m_phone = named(new QLineEdit, "phoneEdit");
    m_email = named(new QLineEdit, "emailEdit");
    m_owner = named(new QComboBox, "ownerCombo");
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->setToolTip(tr("The team member who holds the relationship"));
    m_firstContact = named(new editor::OptionalDateEdit, "firstContactEdit");
    m_hasAgency = named(new QCheckBox(tr("Represented by an agency / MCN")), "hasAgencyCheck");
    m_agencyName = named(new QLineEdit, "agencyNameEdit");
    connect(m_hasAgency, &QCheckBox::toggled, this, &CreatorEditor::updateAgencyEnabled);

    form->addRow(tr("Preferred contact &method:"), m_contactMethod);
    form->addRow(tr("&WeChat ID:"), m_wechat);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("Ow&ner:"), m_owner);
    form->addRow(tr("&First contact:"), m_firstContact);
    form->addRow(QString(), m_hasAgency);
    form->addRow(tr("&Agency name:"), m_agencyName);
    return page;
}

QWidget *CreatorEditor::buildRatesTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    const QString hint = tr("yuan (元)");
    m_priceImage = named(new QLineEdit, "priceImageEdit");
    m_priceVideo = named(new QLineEdit, "priceVideoEdit");
    m_feeMin = named(new QLineEdit, "feeMinEdit");
    m_feeMax = named(new QLineEdit, "feeMaxEdit");
    for (QLineEdit *e : {m_priceImage, m_priceVideo, m_feeMin, m_feeMax})
        e->setPlaceholderText(hint);
    form->addRow(tr("&Image-note price (图文报价):"), m_priceImage);
    form->addRow(tr("&Video-note price (视频报价):"), m_priceVideo);
    form->addRow(tr("Fee range, lo&west:"), m_feeMin);
    form->addRow(tr("Fee range, hi&ghest:"), m_feeMax);
    auto *note = new QLabel(tr("Amounts in yuan (CNY), e.g. 2000 or 1999.50; leave empty when unknown."));
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget *CreatorEditor::buildFollowersTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_followers = named(new QLineEdit, "followersEdit");
    m_followers->setPlaceholderText(tr("e.g. 12000 or 1.2w"));
    m_followersAsOf = named(new editor::OptionalDateEdit, "followersAsOfEdit");
    m_engagementRate = named(new QLineEdit, "engagementRateEdit");
    m_engagementRate->setPlaceholderText(tr("percent, e.g. 4.5"));
    form->addRow(tr("&Followers:"), m_followers);
    form->addRow(tr("As of &date:"), m_followersAsOf);
    form->addRow(tr("Average &engagement rate (%):"), m_engagementRate);
    layout->addLayout(form);

    m_history = named(new QTableWidget(0, int(HistoryColumn::Count)), "followerHistoryTable");
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Followers"), tr("Source")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(new QLabel(tr("History (newest first):")));
    layout->addWidget(m_history, 1);

    auto *row = new QHBoxLayout;
    m_snapshotDate = named(new QDateEdit(QDate::currentDate()), "snapshotDateEdit");
    m_snapshotDate->setCalendarPopup(true);
    m_snapshotDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_snapshotFollowers = named(new QLineEdit, "snapshotFollowersEdit");
    m_snapshotFollowers->setPlaceholderText(tr("followers"));
    m_snapshotSource = named(new QComboBox, "snapshotSourceCombo");
    for (const char *key : {"manual", "pugongying", "qiangua", "xinhong", "huitun", "screenshot"})
        m_snapshotSource->addItem(sourceLabel(QLatin1String(key)), QLatin1String(key));
    m_addSnapshot = named(new QPushButton(tr("Add &snapshot")), "addSnapshotButton");
    m_addSnapshot->setAutoDefault(false);
    connect(m_addSnapshot, &QPushButton::clicked, this, &CreatorEditor::addSnapshot);
    row->addWidget(m_snapshotDate);
    row->addWidget(m_snapshotFollowers, 1);
    row->addWidget(m_snapshotSource);
    row->addWidget(m_addSnapshot);
    layout->addLayout(row);
    return page;
}

QWidget *CreatorEditor::buildStatusTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_status = named(new QComboBox, "statusCombo");
    for (Status s : allStatuses)
        m_status->addItem(StatusText::label(s), StatusText::key(s));
    m_doNotContact = named(new QCheckBox(tr("Do not contact / do not re-import")), "doNotContactCheck");
    m_tags = named(new QLineEdit, "tagsEdit");
    m_tags->setPlaceholderText(tr("comma-separated, e.g. spf, 2026 Q2"));
    m_communicationNotes = named(new QPlainTextEdit, "communicationNotesEdit");
    m_communicationNotes->setTabChangesFocus(true);
    m_notes = named(new QPlainTextEdit, "notesEdit");
    m_notes->setTabChangesFocus(true);
    m_brandFit = named(new QLabel, "brandFitLabel");
    m_reliability = named(new QLabel, "reliabilityLabel");
    m_brandFit->setToolTip(tr("Average of the collaborations' ratings (1–5)"));
    m_reliability->setToolTip(tr("Average of the collaborations' ratings (1–5)"));

    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(QString(), m_doNotContact);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("Co&mmunication style:"), m_communicationNotes);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("Brand fit:"), m_brandFit);
    form->addRow(tr("Reliability:"), m_reliability);
    return page;
}

QWidget *CreatorEditor::buildHistoryTab()
{
    m_timeline = named(new TimelinePanel(m_repository.database()), "timelinePanel");
    return m_timeline;
}

QWidget *CreatorEditor::buildChangesTab()
{
    m_changes = named(new ChangesPanel(m_repository.database()), "changesPanel");
    return m_changes;
}

QWidget *CreatorEditor::buildVettingTab()
{
    // Saved with OK (through the caller's undo command), not by the panel itself.
    m_vetting = named(new VettingPanel(m_repository.database()), "vettingPanel");
    return m_vetting;
}

QString CreatorEditor::sourceLabel(const QString &key)
{
    if (key == QLatin1String("manual"))
        return tr("Manual");
    if (key == QLatin1String("pugongying"))
        return tr("Pugongying (蒲公英)");
    if (key == QLatin1String("qiangua"))
        return tr("Qiangua (千瓜)");
    if (key == QLatin1String("xinhong"))
        return tr("Xinhong (新红)");
    if (key == QLatin1String("huitun"))
        return tr("Huitun (灰豚)");
    if (key == QLatin1String("screenshot"))
        return tr("Creator screenshot");
    if (key == QLatin1String("import"))
        return tr("Import file");
    return key;
}

} // namespace rr
