// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Tier.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace rr {

// What Edit → Preferences sets: the interface language, the follower counts that start each
// tier, and how long after a campaign ends its missing final metrics are called overdue.
struct Preferences
{
    QString language; // "zh_CN" or "en"; empty follows the system
    TierThresholds tiers;
    int dueGraceDays = 7;

    bool operator==(const Preferences &) const = default;
};

// The preferences dialog. OK is enabled only when the values can be saved; the message under
// the fields says what is wrong (tiers out of order). Retranslates when the language changes.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const Preferences &current, QWidget *parent = nullptr);

    Preferences preferences() const;
    // Empty when `p` can be saved, else what is wrong, in words for the user.
    static QString problem(const Preferences &p);

    QComboBox *languageBox() const { return m_language; }
    QSpinBox *tierBox(Tier tier) const;
    QSpinBox *graceBox() const { return m_grace; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    QGroupBox *m_interface = nullptr;
    QGroupBox *m_tierGroup = nullptr;
    QGroupBox *m_campaigns = nullptr;
    QFormLayout *m_interfaceForm = nullptr;
    QFormLayout *m_tierForm = nullptr;
    QFormLayout *m_campaignForm = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_mega = nullptr;
    QSpinBox *m_mid = nullptr;
    QSpinBox *m_micro = nullptr;
    QLabel *m_koc = nullptr;
    QSpinBox *m_grace = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
