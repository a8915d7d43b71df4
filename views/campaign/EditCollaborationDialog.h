// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace rr {

// "Edit collaboration…": fee (yuan), format, contracted and delivered counts, due date, status and
// notes (the rating has its own editor). Input the bad-input rules refuse (more delivered than
// contracted) shows its reason and keeps OK disabled.
class EditCollaborationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EditCollaborationDialog(const Collaboration &collaboration, QWidget *parent = nullptr);

    // The collaboration with the edited values (id, version and rating unchanged).
    Collaboration collaboration() const;
    // Why OK is disabled, empty when the values are acceptable.
    QString refusal() const;

    QDoubleSpinBox *feeBox() const { return m_fee; }
    QComboBox *formatBox() const { return m_format; }
    QSpinBox *contractedBox() const { return m_contracted; }
    QSpinBox *deliveredBox() const { return m_delivered; }
    QComboBox *statusBox() const { return m_status; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

private:
    void validate();

    Collaboration m_original;
    QDoubleSpinBox *m_fee = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_contracted = nullptr;
    QSpinBox *m_delivered = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
