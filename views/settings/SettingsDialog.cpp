// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace rr {

namespace {

QSpinBox *followerBox(qint64 value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, INT_MAX);
    box->setGroupSeparatorShown(true);
    box->setValue(int(std::clamp<qint64>(value, 1, INT_MAX)));
    box->setSingleStep(1000);
    return box;
}

void setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace

SettingsDialog::SettingsDialog(const Preferences &current, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);

    m_interface = new QGroupBox(this);
    m_interfaceForm = new QFormLayout(m_interface);
    m_language = new QComboBox(m_interface);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(QString(), QString());
    // Each language is named in itself, as language pickers do.
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(current.language)));
    m_interfaceForm->addRow(new QLabel(this), m_language);
    layout->addWidget(m_interface);

    m_tierGroup = new QGroupBox(this);
    m_tierForm = new QFormLayout(m_tierGroup);
    m_mega = followerBox(current.tiers.mega, m_tierGroup);
    m_mid = followerBox(current.tiers.mid, m_tierGroup);
    m_micro = followerBox(current.tiers.micro, m_tierGroup);
    m_koc = new QLabel(m_tierGroup);
    m_tierForm->addRow(new QLabel(this), m_mega);
    m_tierForm->addRow(new QLabel(this), m_mid);
    m_tierForm->addRow(new QLabel(this), m_micro);
    m_tierForm->addRow(new QLabel(this), m_koc);
    layout->addWidget(m_tierGroup);

    m_campaigns = new QGroupBox(this);
    m_campaignForm = new QFormLayout(m_campaigns);
    m_grace = new QSpinBox(m_campaigns);
    m_grace->setRange(0, 90);
    m_grace->setValue(qBound(0, current.dueGraceDays, 90));
    m_campaignForm->addRow(new QLabel(this), m_grace);
    layout->addWidget(m_campaigns);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    for (QSpinBox *box : {m_mega, m_mid, m_micro, m_grace})
        connect(box, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    retranslate();
}

QSpinBox *SettingsDialog::tierBox(Tier tier) const
{
    switch (tier) {
    case Tier::Mega:
        return m_mega;
    case Tier::Mid:
        return m_mid;
    case Tier::Micro:
        return m_micro;
    case Tier::Koc:
        break;
    }
    return nullptr;
}

Preferences SettingsDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.tiers.mega = m_mega->value();
    p.tiers.mid = m_mid->value();
    p.tiers.micro = m_micro->value();
    p.dueGraceDays = m_grace->value();
    return p;
}

QString SettingsDialog::problem(const Preferences &p)
{
    if (p.tiers.isValid())
        return {};
    return tr("Each tier must start above the one below it: %1 above %2, %2 above %3.")
        .arg(TierText::label(Tier::Mega), TierText::label(Tier::Mid), TierText::label(Tier::Micro));
}

void SettingsDialog::validate()
{
    const QString why = problem(preferences());
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_koc->setText(tr("below %1 followers").arg(QLocale().toString(m_micro->value())));
    m_grace->setSuffix(tr(" day(s) after the end", nullptr, m_grace->value()));
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_interface->setTitle(tr("Interface"));
    setLabel(m_interfaceForm, m_language, tr("&Language:"));
    m_language->setItemText(0, tr("Follow the system"));
    m_tierGroup->setTitle(tr("Tiers by followers"));
    const auto from = [](Tier tier) { return tr("%1 from:").arg(TierText::label(tier)); };
    setLabel(m_tierForm, m_mega, from(Tier::Mega));
    setLabel(m_tierForm, m_mid, from(Tier::Mid));
    setLabel(m_tierForm, m_micro, from(Tier::Micro));
    setLabel(m_tierForm, m_koc, tr("%1:").arg(TierText::label(Tier::Koc)));
    m_campaigns->setTitle(tr("Campaigns"));
    setLabel(m_campaignForm, m_grace, tr("Final metrics are overdue after:"));
    m_grace->setToolTip(tr("A closed campaign whose posts have no final reading this long after it ends is "
                           "listed as overdue (the article's one-week update)."));
    validate();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace rr
