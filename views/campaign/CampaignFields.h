// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"

#include <QList>
#include <QWidget>

#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rr {

// The editable fields of one campaign: name, brand / product, objective, dates, budget, status,
// owner. "Save" emits saveRequested() with the edited values (the caller pushes the undo command).
class CampaignFields : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignFields(QWidget *parent = nullptr);

    void setCampaign(const Campaign &campaign);
    void clear();
    // The edited values on top of the stored campaign; false with a reason when a field cannot be read.
    bool edited(Campaign *out, QString *reason) const;
    // Whether the fields differ from the stored campaign (unsaved edits, readable or not).
    bool isModified() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *statusBox() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }

signals:
    void saveRequested(const rr::Campaign &after);
    void invalidInput(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showClosed();

    Campaign m_stored;
    QList<std::pair<QLabel *, const char *>> m_labels; // each label and its source text
    QLineEdit *m_name = nullptr;
    QLineEdit *m_brand = nullptr;
    QLineEdit *m_product = nullptr;
    QComboBox *m_objective = nullptr;
    QLineEdit *m_starts = nullptr;
    QLineEdit *m_ends = nullptr;
    QLineEdit *m_budget = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_owner = nullptr;
    QLabel *m_closed = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace rr
