// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreError.h"
#include "vetting/VettingRepository.h"
#include "vetting/VettingWarnings.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QVBoxLayout;

namespace rr {

class Database;

// The vetting checklist of one creator (comment quality, content consistency, audience,
// past collaborations and competitor conflicts, fake-follower flag, notes) with the computed
// warnings (engagement far below the tier median, follower jumps) shown above it.
class VettingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VettingPanel(Database &db, QWidget *parent = nullptr);
    ~VettingPanel() override;

    // Loads the creator's checklist and computes the warnings (tier medians once per panel).
    void setCreator(qint64 id);
    qint64 creatorId() const { return m_creatorId; }
    // Writes the checklist (stamped with today and the database's user). False with `error`
    // filled when nothing is loaded or the store refuses.
    bool save(StoreError *error = nullptr);
    bool isModified() const { return m_modified; }

    // Thresholds of the warnings; medians are recomputed with the next setCreator().
    void setWarningSettings(const VettingWarningSettings &settings);
    // After bulk edits elsewhere: recompute tier medians and this creator's warnings.
    void refreshWarnings();

    Vetting vetting() const;                        // what the fields hold now
    // The checklist as loaded by setCreator() (or last saved); nullopt when the creator has none.
    std::optional<Vetting> loadedVetting() const { return m_loaded; }
    // True when the fields differ from the loaded checklist (an untouched empty form of a creator
    // without a checklist is no change).
    bool hasChanges() const;
    QList<VettingWarning> warnings() const { return m_warnings; }

signals:
    void modifiedChanged(bool modified);
    void saved(qint64 creatorId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void showVetting(const std::optional<Vetting> &v);
    void showWarnings();
    void updateVettedLine();
    void setModified(bool modified);
    void fillRatingCombo(QComboBox *combo);

    Database &m_db;
    VettingRepository m_repo;
    std::unique_ptr<VettingWarnings> m_checker;
    qint64 m_creatorId = 0;
    bool m_modified = false;
    bool m_loading = false;
    QList<VettingWarning> m_warnings;
    QString m_warningError;
    std::optional<Vetting> m_loaded;

    QFrame *m_warningBox = nullptr;
    QVBoxLayout *m_warningLayout = nullptr;
    QLabel *m_warningTitle = nullptr;
    QLabel *m_noWarnings = nullptr;
    QLabel *m_commentLabel = nullptr;
    QLabel *m_consistencyLabel = nullptr;
    QLabel *m_audienceLabel = nullptr;
    QLabel *m_pastLabel = nullptr;
    QLabel *m_notesLabel = nullptr;
    QComboBox *m_commentQuality = nullptr;
    QComboBox *m_contentConsistency = nullptr;
    QPlainTextEdit *m_audience = nullptr;
    QPlainTextEdit *m_past = nullptr;
    QCheckBox *m_competitor = nullptr;
    QCheckBox *m_fakeFollowers = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_vettedLine = nullptr;
};

} // namespace rr
