// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"
#include "campaign/CollaborationRollup.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace rr {

// How one collaboration went (issue 4 §3): brand fit and reliability 1–5, renewal interest with
// the reason, response time, push-back on briefs, handling of revisions; beside it the creator's
// averages and history across collaborations. "Save rating" emits ratingSubmitted().
class RatingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RatingEditor(QWidget *parent = nullptr);

    void setCollaboration(const Collaboration &collaboration, const CreatorRollup &rollup);
    void clear();
    CollaborationRating rating() const;
    qint64 collaborationId() const { return m_collaborationId; }

    QSpinBox *brandFitBox() const { return m_brandFit; }
    QSpinBox *reliabilityBox() const { return m_reliability; }
    QPushButton *saveButton() const { return m_save; }

signals:
    void ratingSubmitted(qint64 collaborationId, const rr::CollaborationRating &rating);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showTitleAndRollup();

    qint64 m_collaborationId = 0;
    QString m_creatorName;
    CreatorRollup m_rollupData;
    QFormLayout *m_form = nullptr;
    QHBoxLayout *m_renewalRow = nullptr;
    QLabel *m_title = nullptr;
    QSpinBox *m_brandFit = nullptr;
    QSpinBox *m_reliability = nullptr;
    QComboBox *m_renewal = nullptr;
    QLineEdit *m_reason = nullptr;
    QDoubleSpinBox *m_responseHours = nullptr;
    QPlainTextEdit *m_pushback = nullptr;
    QPlainTextEdit *m_revisions = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_rollup = nullptr;
};

} // namespace rr
