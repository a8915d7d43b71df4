// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Creator.h"
#include "domain/CreatorRepository.h"
#include "domain/Tier.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace rr {

namespace editor {
class OptionalDateEdit;
}
class TimelinePanel;

// Edits one creator's whole profile, in tabs: Profile, Contact & owner, Rates, Followers,
// Status & notes. Warns live when the handle or profile link belongs to another creator, and
// refuses to close on invalid input with a message naming the field. The dialog never writes the
// profile itself: the caller takes creator() on accept and pushes an Add/EditCreatorCommand.
// (Only "Add snapshot" on a stored creator writes at once, to the follower history.)
class CreatorEditor : public QDialog
{
    Q_OBJECT
public:
    CreatorEditor(CreatorRepository &repository, const TierThresholds &thresholds, QWidget *parent = nullptr);

    void setCreator(const Creator &creator);
    // The edited values; id, version and the read-only ratings are kept from setCreator().
    Creator creator() const;

    bool hasDuplicateWarning() const;
    QList<DuplicateHit> duplicates() const { return m_duplicates; }

    // Checks every field; on failure returns false with a message naming the field and the
    // widget to focus.
    bool validate(QString *message = nullptr, QWidget **field = nullptr) const;

public slots:
    void accept() override;
    // Runs the debounced duplicate check at once.
    void checkDuplicatesNow();

private:
    // Columns of the follower history table.
    enum class HistoryColumn { Date, Followers, Source, Count };

    QWidget *buildProfileTab();
    QWidget *buildContactTab();
    QWidget *buildRatesTab();
    QWidget *buildFollowersTab();
    QWidget *buildStatusTab();
    QWidget *buildHistoryTab();
    void fillChoices();

    void updateTierLabel();
    void updateAgencyEnabled();
    void reloadHistory();
    void addSnapshot();
    void showProblem(const QString &message, QWidget *field);
    static QString sourceLabel(const QString &key);

    CreatorRepository &m_repository;
    TierThresholds m_thresholds;
    Creator m_creator;
    QList<DuplicateHit> m_duplicates;
    QString m_autoTitle;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_duplicateWarning = nullptr;
    QLabel *m_validationMessage = nullptr;
    QTimer *m_duplicateTimer = nullptr;

    // Profile
    QLineEdit *m_handle = nullptr;
    QLineEdit *m_profileUrl = nullptr;
    QLineEdit *m_nickname = nullptr;
    QLineEdit *m_realName = nullptr;
    QComboBox *m_primaryCategory = nullptr;
    QListWidget *m_secondaryCategories = nullptr;
    QComboBox *m_city = nullptr;
    QLineEdit *m_languages = nullptr;
    QCheckBox *m_formatImage = nullptr;
    QCheckBox *m_formatVideo = nullptr;
    QLabel *m_tierLabel = nullptr;
    QComboBox *m_tierOverride = nullptr;
    // Contact & owner
    QComboBox *m_contactMethod = nullptr;
    QLineEdit *m_wechat = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_owner = nullptr;
    editor::OptionalDateEdit *m_firstContact = nullptr;
    QCheckBox *m_hasAgency = nullptr;
    QLineEdit *m_agencyName = nullptr;
    // Rates
    QLineEdit *m_priceImage = nullptr;
    QLineEdit *m_priceVideo = nullptr;
    QLineEdit *m_feeMin = nullptr;
    QLineEdit *m_feeMax = nullptr;
    // Followers
    QLineEdit *m_followers = nullptr;
    editor::OptionalDateEdit *m_followersAsOf = nullptr;
    QLineEdit *m_engagementRate = nullptr;
    QTableWidget *m_history = nullptr;
    QDateEdit *m_snapshotDate = nullptr;
    QLineEdit *m_snapshotFollowers = nullptr;
    QComboBox *m_snapshotSource = nullptr;
    QPushButton *m_addSnapshot = nullptr;
    // Status & notes
    QComboBox *m_status = nullptr;
    QCheckBox *m_doNotContact = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_communicationNotes = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_brandFit = nullptr;
    QLabel *m_reliability = nullptr;
    // History (stored creators only)
    TimelinePanel *m_timeline = nullptr;
    int m_historyTab = -1;
};

} // namespace rr
