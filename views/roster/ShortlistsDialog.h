// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace rr {

class Database;
class ShortlistRepository;

// Picks a campaign for "Add to campaign…": open campaigns first.
class CampaignPickerDialog : public QDialog
{
    Q_OBJECT
public:
    CampaignPickerDialog(Database &db, const QString &shortlistName, QWidget *parent = nullptr);
    qint64 campaignId() const;
    QString campaignName() const;
    QComboBox *combo() const { return m_combo; }

private:
    QComboBox *m_combo = nullptr;
};

// The saved shortlists with their purpose and size: show one in the roster, add its creators to
// a campaign in one step (planned collaborations, existing ones left alone), delete.
class ShortlistsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortlistsDialog(Database &db, QWidget *parent = nullptr);
    ~ShortlistsDialog() override;

    QTableWidget *table() const { return m_table; }
    qint64 currentShortlistId() const;
    void setCurrentShortlist(qint64 id);
    // With an undo stack, "Add to Campaign…" and "Delete…" push AddShortlistToCampaignCommand and
    // RemoveShortlistCommand on it instead of writing directly. The commands use `repository`,
    // which must outlive them (the dialog's own dies with it): pass the window's shared one,
    // e.g. RosterScreen::shortlistRepository(). Both null: direct writes, as before.
    void setUndoStack(QUndoStack *undo, ShortlistRepository *repository);

    // What the last action did, as shown under the table.
    QString lastMessage() const;

public slots:
    void reload();
    // The steps behind the buttons, without their dialogs (the buttons ask first).
    bool addToCampaign(qint64 shortlistId, qint64 campaignId);
    bool removeShortlist(qint64 shortlistId);

signals:
    void showInRoster(qint64 shortlistId);
    void collaborationsAdded(qint64 campaignId, int count);

private:
    void updateButtons();
    void chooseCampaign();
    void confirmRemove();
    QString nameOf(qint64 shortlistId) const;
    QString campaignNameOf(qint64 campaignId) const;

    Database &m_db;
    ShortlistRepository *m_repo = nullptr;
    ShortlistRepository *m_ownRepo = nullptr;
    QUndoStack *m_undo = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_addToCampaign = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace rr
