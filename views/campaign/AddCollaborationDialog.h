// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"
#include "campaign/CreatorSearch.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace rr {

class Database;

// "Add creators…" on the campaign screen: search creators by nickname or XHS ID (at most
// CreatorSearch::kDefaultLimit results), tick one or more, and give each a fee (yuan), a format
// and a status. Creators already in the campaign are listed but cannot be ticked. The caller adds
// collaborations() in one transaction (AddCollaborationsCommand).
class AddCollaborationDialog : public QDialog
{
    Q_OBJECT
public:
    AddCollaborationDialog(Database &db, qint64 campaignId, QWidget *parent = nullptr);

    // Runs the search now (typing runs it after a short pause).
    void search(const QString &text);
    QList<CreatorHit> results() const { return m_results; }
    bool isInCampaign(qint64 creatorId) const { return m_inCampaign.contains(creatorId); }
    // Picks a creator of the current results; false when not listed or already in the campaign.
    bool pick(qint64 creatorId);
    void unpick(qint64 creatorId);
    QList<qint64> pickedIds() const;
    bool setFee(qint64 creatorId, std::optional<qint64> feeFen);
    bool setFormat(qint64 creatorId, ContentFormat format);
    bool setStatus(qint64 creatorId, CollaborationStatus status);
    // One collaboration per picked creator, in the order picked.
    QList<Collaboration> collaborations() const;

    QLineEdit *searchEdit() const { return m_search; }
    QTableWidget *resultTable() const { return m_resultTable; }
    QTableWidget *pickedTable() const { return m_picked; }

private:
    void runSearch();
    void showResults();
    int pickedRow(qint64 creatorId) const;
    void updateButtons();

    Database &m_db;
    qint64 m_campaignId = 0;
    QSet<qint64> m_inCampaign;
    QList<CreatorHit> m_results;
    QList<CreatorHit> m_pickedHits;
    QLineEdit *m_search = nullptr;
    QTimer *m_debounce = nullptr;
    QTableWidget *m_resultTable = nullptr;
    QLabel *m_resultNote = nullptr;
    QTableWidget *m_picked = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
