// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Creator.h"
#include "domain/CreatorRepository.h"
#include "domain/Tier.h"
#include "vetting/VettingRepository.h"

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
class QUndoStack;

namespace rr {

namespace editor {
class OptionalDateEdit;
}
class TimelinePanel;
class VettingPanel;

// Edits one creator's whole profile, in tabs: Profile, Contact & owner, Rates, Followers,
// Status & notes, and for stored creators History and Vetting. Warns live when the handle or
// profile link belongs to another creator, and refuses to close on invalid input with a message
// naming the field. The dialog never writes the profile or the vetting checklist itself: on accept
// the caller takes creator() and vettingBefore()/vettingAfter() and pushes the commands
// (pushEditorChanges() in editor/EditorCommit.h does both in one undo macro).
// (Only "Add snapshot" and the History tab's "Add contact"/"Add note" on a stored creator write at
// once; the History tab pushes undoable commands when setUndoStack() was given a stack.)
class CreatorEditor : public QDialog
{
    Q_OBJECT
public:
    CreatorEditor(CreatorRepository &repository, const TierThresholds &thresholds, QWidget *parent = nullptr);

    void setCreator(const Creator &creator);
    // The edited values; id, version and the read-only ratings are kept from setCreator().
    Creator creator() const;

    // The vetting checklist (stored creators only). vettingModified() is true when the Vetting tab
    // holds other values than the stored checklist; vettingBefore() is the stored checklist
    // (nullopt when the creator had none), vettingAfter() what the tab holds now.
    bool vettingModified() const;
    std::optional<Vetting> vettingBefore() const;
    Vetting vettingAfter() const;

    // Where the History tab pushes the events it logs; nullptr (the default) writes directly.
    void setUndoStack(QUndoStack *stack);

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
    QWidget *buildChangesTab();
    QWidget *buildVettingTab();
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
    class ChangesPanel *m_changes = nullptr;
    int m_changesTab = -1;
    // Vetting (stored creators only)
    VettingPanel *m_vetting = nullptr;
    int m_vettingTab = -1;
};

} // namespace rr
