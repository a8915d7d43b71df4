// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreatorEditor.h"

#include "domain/NumberFormat.h"

#include "editor/EditorFields.h"
#include "editor/ChangesPanel.h"
#include "editor/TimelinePanel.h"
#include "editor/VettingPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rr {

namespace {

// Item data role of the secondary-category list.
constexpr int CategoryIdRole = Qt::UserRole + 1;

QString dash() { return QStringLiteral("\u2014"); }

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,\uFF0C;]")), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

void setComboText(QComboBox *combo, const QString &text)
{
    const int i = combo->findText(text);
    if (i >= 0)
        combo->setCurrentIndex(i);
    else
        combo->setEditText(text);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

CreatorEditor::CreatorEditor(CreatorRepository &repository, const TierThresholds &thresholds, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_thresholds(thresholds)
{
    setObjectName(QStringLiteral("creatorEditor"));
    auto *layout = new QVBoxLayout(this);

    m_duplicateWarning = new QLabel(this);
    m_duplicateWarning->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicateWarning->setWordWrap(true);
    m_duplicateWarning->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffda6a; border-radius: 3px; padding: 6px; }"));
    m_duplicateWarning->hide();
    layout->addWidget(m_duplicateWarning);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(buildProfileTab(), tr("&Profile"));
    m_tabs->addTab(buildContactTab(), tr("&Contact && owner"));
    m_tabs->addTab(buildRatesTab(), tr("&Rates"));
    m_tabs->addTab(buildFollowersTab(), tr("F&ollowers"));
    m_tabs->addTab(buildStatusTab(), tr("Stat&us && notes"));
    m_historyTab = m_tabs->addTab(buildHistoryTab(), tr("Hi&story"));
    m_vettingTab = m_tabs->addTab(buildVettingTab(), tr("&Vetting"));
    m_changesTab = m_tabs->addTab(buildChangesTab(), tr("Chan&ges"));
    layout->addWidget(m_tabs, 1);

    m_validationMessage = new QLabel(this);
    m_validationMessage->setObjectName(QStringLiteral("validationMessage"));
    m_validationMessage->setWordWrap(true);
    m_validationMessage->setStyleSheet(QStringLiteral("QLabel { color: #b02a37; font-weight: bold; }"));
    m_validationMessage->hide();
    layout->addWidget(m_validationMessage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Save (Ctrl+Return)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CreatorEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreatorEditor::reject);
    layout->addWidget(buttons);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &CreatorEditor::accept);
    }

    m_duplicateTimer = new QTimer(this);
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(250);
    connect(m_duplicateTimer, &QTimer::timeout, this, &CreatorEditor::checkDuplicatesNow);
    connect(m_handle, &QLineEdit::textChanged, m_duplicateTimer, qOverload<>(&QTimer::start));
    connect(m_profileUrl, &QLineEdit::textChanged, m_duplicateTimer, qOverload<>(&QTimer::start));

    connect(m_followers, &QLineEdit::textChanged, this, &CreatorEditor::updateTierLabel);
    connect(m_tierOverride, &QComboBox::currentIndexChanged, this, &CreatorEditor::updateTierLabel);
    // A count typed by hand is as of today unless the user says otherwise.
    connect(m_followers, &QLineEdit::textEdited, this, [this] { m_followersAsOf->setDate(QDate::currentDate()); });

    fillChoices();
    resize(760, 560); // every tab title shows, in English and in Chinese
    setCreator(Creator{});
}

void CreatorEditor::fillChoices()
{
    m_primaryCategory->addItem(dash(), qint64(0));
    for (const Category &c : m_repository.categories()) {
        m_primaryCategory->addItem(c.displayName(), c.id);
        auto *item = new QListWidgetItem(c.displayName(), m_secondaryCategories);
        item->setData(CategoryIdRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(c.nameZh + QStringLiteral(" / ") + c.nameEn);
    }
    m_city->addItems(m_repository.knownCities());
    m_owner->addItems(m_repository.knownOwners());
    new editor::CommaListCompleter(m_repository.knownTags(), m_tags);
}

void CreatorEditor::setCreator(const Creator &c)
{
    m_creator = c;
    // A title the caller set stays; otherwise the title names the creator.
    if (windowTitle().isEmpty() || windowTitle() == m_autoTitle) {
        m_autoTitle = c.id > 0 ? tr("Edit %1").arg(c.nickname.isEmpty() ? c.handle : c.nickname) : tr("New creator");
        setWindowTitle(m_autoTitle);
    }
    m_validationMessage->hide();

    m_handle->setText(c.handle);
    m_profileUrl->setText(c.profileUrl);
    m_nickname->setText(c.nickname);
    m_realName->setText(c.realName);
    selectData(m_primaryCategory, c.primaryCategoryId.value_or(0));
    for (int i = 0; i < m_secondaryCategories->count(); ++i) {
        QListWidgetItem *item = m_secondaryCategories->item(i);
        const qint64 id = item->data(CategoryIdRole).toLongLong();
        item->setCheckState(c.secondaryCategoryIds.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    setComboText(m_city, c.city);
    m_languages->setText(c.languages.join(QStringLiteral(", ")));
    m_formatImage->setChecked(c.formats.contains(ContentFormat::Image));
    m_formatVideo->setChecked(c.formats.contains(ContentFormat::Video));
    selectData(m_tierOverride, c.tierOverride ? TierText::key(*c.tierOverride) : QString());

    selectData(m_contactMethod, c.contactMethod);
    m_wechat->setText(c.wechat);
    m_phone->setText(c.phone);
    m_email->setText(c.email);
    setComboText(m_owner, c.owner);
    m_firstContact->setOptionalDate(c.firstContactOn);
    m_hasAgency->setChecked(c.hasAgency);
    m_agencyName->setText(c.agencyName);
    updateAgencyEnabled();

    m_priceImage->setText(editor::fenToYuanText(c.priceImageFen));
    m_priceVideo->setText(editor::fenToYuanText(c.priceVideoFen));
    m_feeMin->setText(editor::fenToYuanText(c.feeMinFen));
    m_feeMax->setText(editor::fenToYuanText(c.feeMaxFen));

    m_followers->setText(c.followers ? QString::number(*c.followers) : QString());
    m_followersAsOf->setOptionalDate(c.followersAsOf);
    m_engagementRate->setText(editor::percentText(c.avgEngagementRate));
    m_addSnapshot->setToolTip(c.id > 0 ? tr("Adds the snapshot to the follower history at once")
                                       : tr("Sets the follower count; the history starts when the creator is saved"));
    reloadHistory();

    selectData(m_status, StatusText::key(c.status));
    m_doNotContact->setChecked(c.doNotContact);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_communicationNotes->setPlainText(c.communicationNotes);
    m_notes->setPlainText(c.notes);
    m_brandFit->setText(c.brandFit ? QString::number(*c.brandFit, 'f', 1) : dash());
    m_reliability->setText(c.reliability ? QString::number(*c.reliability, 'f', 1) : dash());
    m_timeline->setCreatorId(c.id);
    m_tabs->setTabVisible(m_historyTab, c.id > 0);
    m_vetting->setCreator(c.id);
    m_tabs->setTabVisible(m_vettingTab, c.id > 0);
    m_changes->setCreatorId(c.id);
    m_tabs->setTabVisible(m_changesTab, c.id > 0);

    updateTierLabel();
    m_duplicateTimer->stop();
    checkDuplicatesNow();
}

Creator CreatorEditor::creator() const
{
    Creator c = m_creator; // keeps id, version, ratings
    bool ok = false;
    c.handle = m_handle->text().trimmed();
    c.profileUrl = m_profileUrl->text().trimmed();
    c.nickname = m_nickname->text().trimmed();
    c.realName = m_realName->text().trimmed();
    const qint64 primary = m_primaryCategory->currentData().toLongLong();
    c.primaryCategoryId = primary > 0 ? std::optional<qint64>(primary) : std::nullopt;
    c.secondaryCategoryIds.clear();
    for (int i = 0; i < m_secondaryCategories->count(); ++i) {
        const QListWidgetItem *item = m_secondaryCategories->item(i);
        if (item->checkState() == Qt::Checked)
            c.secondaryCategoryIds << item->data(CategoryIdRole).toLongLong();
    }
    c.city = m_city->currentText().trimmed();
    c.languages = splitList(m_languages->text());
    c.formats.clear();
    if (m_formatImage->isChecked())
        c.formats << ContentFormat::Image;
    if (m_formatVideo->isChecked())
        c.formats << ContentFormat::Video;
    c.tierOverride = TierText::fromKey(m_tierOverride->currentData().toString());

    c.contactMethod = m_contactMethod->currentData().toString();
    c.wechat = m_wechat->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.owner = m_owner->currentText().trimmed();
    c.firstContactOn = m_firstContact->optionalDate();
    c.hasAgency = m_hasAgency->isChecked();
    c.agencyName = c.hasAgency ? m_agencyName->text().trimmed() : QString();

    c.priceImageFen = editor::parseYuanToFen(m_priceImage->text(), &ok);
    c.priceVideoFen = editor::parseYuanToFen(m_priceVideo->text(), &ok);
    c.feeMinFen = editor::parseYuanToFen(m_feeMin->text(), &ok);
    c.feeMaxFen = editor::parseYuanToFen(m_feeMax->text(), &ok);

    c.followers = editor::parseCount(m_followers->text(), &ok);
    c.followersAsOf = c.followers ? m_followersAsOf->optionalDate() : QDate();
    // Keep the stored ratio exactly unless the shown percentage was changed.
    if (m_engagementRate->text() != editor::percentText(m_creator.avgEngagementRate))
        c.avgEngagementRate = editor::parsePercent(m_engagementRate->text(), &ok);

    c.status = StatusText::fromKey(m_status->currentData().toString()).value_or(Status::Prospect);
    c.doNotContact = m_doNotContact->isChecked();
    c.tags = splitList(m_tags->text());
    c.communicationNotes = m_communicationNotes->toPlainText().trimmed();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

bool CreatorEditor::vettingModified() const
{
    return m_creator.id > 0 && m_vetting->hasChanges();
}

std::optional<Vetting> CreatorEditor::vettingBefore() const
{
    return m_vetting->loadedVetting();
}

Vetting CreatorEditor::vettingAfter() const
{
    return m_vetting->vetting();
}

void CreatorEditor::setUndoStack(QUndoStack *stack)
{
    m_timeline->setUndoStack(stack);
}

bool CreatorEditor::hasDuplicateWarning() const
{
    return !m_duplicateWarning->isHidden();
}

bool CreatorEditor::validate(QString *message, QWidget **field) const
{
    auto problem = [&](const QString &text, QWidget *widget) {
        if (message)
            *message = text;
        if (field)
            *field = widget;
        return false;
    };
    if (m_handle->text().trimmed().isEmpty() && m_nickname->text().trimmed().isEmpty())
        return problem(tr("Handle (小红书号) or nickname: enter at least one of them."), m_handle);

    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !emailShape.match(email).hasMatch())
        return problem(tr("Email: \"%1\" is not an email address.").arg(email), m_email);

    bool ok = false;
    editor::parseCount(m_followers->text(), &ok);
    if (!ok)
        return problem(tr("Followers: enter a whole number of zero or more, e.g. 12000 or 1.2w."), m_followers);
    editor::parsePercent(m_engagementRate->text(), &ok);
    if (!ok)
        return problem(tr("Average engagement rate: enter a percentage between 0 and 100."), m_engagementRate);

    const std::pair<QLineEdit *, QString> money[] = {
        {m_priceImage, tr("Image-note price")}, {m_priceVideo, tr("Video-note price")},
        {m_feeMin, tr("Fee range, lowest")},    {m_feeMax, tr("Fee range, highest")}};
    for (const auto &[edit, name] : money) {
        editor::parseYuanToFen(edit->text(), &ok);
        if (!ok)
            return problem(tr("%1: enter an amount in yuan of zero or more, e.g. 2000 or 1999.50.").arg(name), edit);
    }
    const auto feeMin = editor::parseYuanToFen(m_feeMin->text(), &ok);
    const auto feeMax = editor::parseYuanToFen(m_feeMax->text(), &ok);
    if (feeMin && feeMax && *feeMin > *feeMax)
        return problem(tr("Fee range: the lowest fee is higher than the highest."), m_feeMin);
    return true;
}

void CreatorEditor::accept()
{
    QString message;
    QWidget *field = nullptr;
    if (!validate(&message, &field)) {
        showProblem(message, field);
        return;
    }
    m_validationMessage->hide();
    QDialog::accept();
}

void CreatorEditor::showProblem(const QString &message, QWidget *field)
{
    m_validationMessage->setText(message);
    m_validationMessage->show();
    if (!field)
        return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->isAncestorOf(field))
            m_tabs->setCurrentIndex(i);
    }
    field->setFocus();
}

void CreatorEditor::checkDuplicatesNow()
{
    m_duplicateTimer->stop();
    m_duplicates = m_repository.findDuplicates(m_handle->text(), m_profileUrl->text(), m_creator.id);
    if (m_duplicates.isEmpty()) {
        m_duplicateWarning->hide();
        return;
    }
    QStringList lines;
    for (const DuplicateHit &hit : std::as_const(m_duplicates)) {
        const QString who = hit.nickname.isEmpty() ? hit.handle : hit.nickname;
        switch (hit.reason) {
        case DuplicateHit::Reason::Handle:
            lines << tr("“%1” already has this handle.").arg(who.toHtmlEscaped());
            break;
        case DuplicateHit::Reason::ProfileLink:
            lines << tr("“%1” already has this profile link.").arg(who.toHtmlEscaped());
            break;
        case DuplicateHit::Reason::Both:
            lines << tr("“%1” already has this handle and profile link.").arg(who.toHtmlEscaped());
            break;
        }
    }
    m_duplicateWarning->setText(tr("<b>Possible duplicate.</b> %1 Check before contacting them twice.")
                                    .arg(lines.join(QLatin1Char(' '))));
    m_duplicateWarning->show();
}

void CreatorEditor::updateTierLabel()
{
    const std::optional<Tier> manual = TierText::fromKey(m_tierOverride->currentData().toString());
    bool ok = false;
    const std::optional<qint64> followers = editor::parseCount(m_followers->text(), &ok);
    if (manual) {
        m_tierLabel->setText(tr("%1 (manual)").arg(TierText::label(*manual)));
        m_tierLabel->setStyleSheet(QStringLiteral("QLabel { color: #9a5b00; font-style: italic; }"));
        m_tierLabel->setToolTip(followers ? tr("From followers it would be: %1")
                                                .arg(TierText::label(m_thresholds.tierFor(*followers)))
                                          : QString());
        return;
    }
    m_tierLabel->setStyleSheet(QString());
    m_tierLabel->setToolTip(tr("Derived from the follower count"));
    m_tierLabel->setText(followers ? TierText::label(m_thresholds.tierFor(*followers)) : dash());
}

void CreatorEditor::updateAgencyEnabled()
{
    m_agencyName->setEnabled(m_hasAgency->isChecked());
}

void CreatorEditor::reloadHistory()
{
    const QList<FollowerSnapshot> history =
        m_creator.id > 0 ? m_repository.followerHistory(m_creator.id) : QList<FollowerSnapshot>();
    m_history->setRowCount(int(history.size()));
    int row = 0;
    for (auto it = history.crbegin(); it != history.crend(); ++it, ++row) {
        m_history->setItem(row, int(HistoryColumn::Date), new QTableWidgetItem(NumberFormat::date(it->asOf, QLocale())));
        auto *count = new QTableWidgetItem(QLocale().toString(it->followers));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_history->setItem(row, int(HistoryColumn::Followers), count);
        m_history->setItem(row, int(HistoryColumn::Source), new QTableWidgetItem(sourceLabel(it->source)));
    }
}

void CreatorEditor::addSnapshot()
{
    bool ok = false;
    const std::optional<qint64> count = editor::parseCount(m_snapshotFollowers->text(), &ok);
    if (!ok || !count) {
        showProblem(tr("New snapshot: enter the follower count, e.g. 12000 or 1.2w."), m_snapshotFollowers);
        return;
    }
    const QDate asOf = m_snapshotDate->date();
    if (m_creator.id <= 0) {
        // Not stored yet: the count becomes the creator's, saved with it as the first snapshot.
        const QDate current = m_followersAsOf->optionalDate();
        if (!current.isValid() || asOf >= current || m_followers->text().trimmed().isEmpty()) {
            m_followers->setText(QString::number(*count));
            m_followersAsOf->setOptionalDate(asOf);
        }
    } else {
        StoreError error;
        if (!m_repository.addFollowerSnapshot(m_creator.id, asOf, *count,
                                              m_snapshotSource->currentData().toString(), &error)) {
            showProblem(error.message, m_addSnapshot);
            return;
        }
        // The row changed (version, latest count); keep the user's other edits.
        if (const std::optional<Creator> stored = m_repository.load(m_creator.id)) {
            m_creator.version = stored->version;
            m_creator.followers = stored->followers;
            m_creator.followersAsOf = stored->followersAsOf;
            m_followers->setText(stored->followers ? QString::number(*stored->followers) : QString());
            m_followersAsOf->setOptionalDate(stored->followersAsOf);
        }
        reloadHistory();
    }
    m_snapshotFollowers->clear();
    m_validationMessage->hide();
}

} // namespace rr
