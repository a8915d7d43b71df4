// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/AddPostDialog.h"

#include "campaign/CollaborationInputs.h"
#include "campaign/InputFlags.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace rr {

AddPostDialog::AddPostDialog(const Campaign &campaign, const QList<Collaboration> &collaborations, QWidget *parent)
    : QDialog(parent), m_campaign(campaign), m_collaborations(collaborations)
{
    setWindowTitle(tr("Add post to %1").arg(campaign.name));
    auto *form = new QFormLayout(this);
    m_collaboration = new QComboBox(this);
    for (const Collaboration &c : collaborations)
        m_collaboration->addItem(c.creatorName, c.id);
    form->addRow(tr("Creator:"), m_collaboration);
    m_link = new QLineEdit(this);
    m_link->setPlaceholderText(QStringLiteral("https://www.xiaohongshu.com/explore/…"));
    form->addRow(tr("Link:"), m_link);
    m_title = new QLineEdit(this);
    form->addRow(tr("Title:"), m_title);
    m_format = CollaborationInputs::formatBox(this, false);
    form->addRow(tr("Format:"), m_format);
    m_published = new QDateEdit(this);
    m_published->setCalendarPopup(true);
    m_published->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    QDate initial = QDate::currentDate();
    if (campaign.endsOn.isValid())
        initial = std::min(initial, campaign.endsOn);
    if (campaign.startsOn.isValid())
        initial = std::max(initial, campaign.startsOn);
    m_published->setDate(initial);
    form->addRow(tr("Published:"), m_published);
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: #c62828;"));
    form->addRow(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The format follows the collaboration's.
    connect(m_collaboration, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_collaborations.size() && m_collaborations.at(i).format)
            CollaborationInputs::setFormat(m_format, m_collaborations.at(i).format);
        validate();
    });
    connect(m_published, &QDateEdit::dateChanged, this, &AddPostDialog::validate);
    if (!collaborations.isEmpty() && collaborations.constFirst().format)
        CollaborationInputs::setFormat(m_format, collaborations.constFirst().format);
    validate();
}

bool AddPostDialog::setCollaboration(qint64 collaborationId)
{
    const int i = m_collaboration->findData(collaborationId);
    if (i >= 0)
        m_collaboration->setCurrentIndex(i);
    return i >= 0;
}

Post AddPostDialog::post() const
{
    Post p;
    const int i = m_collaboration->currentIndex();
    if (i >= 0 && i < m_collaborations.size()) {
        p.collaborationId = m_collaborations.at(i).id;
        p.creatorId = m_collaborations.at(i).creatorId;
    }
    p.url = m_link->text().trimmed();
    p.title = m_title->text().trimmed();
    p.format = CollaborationInputs::format(m_format).value_or(ContentFormat::Image);
    p.publishedOn = m_published->date();
    return p;
}

QString AddPostDialog::refusal() const
{
    if (m_collaborations.isEmpty())
        return tr("Add a creator to the campaign first.");
    if (const auto flag = InputFlags::postDate(m_published->date(), m_campaign.startsOn, m_campaign.endsOn))
        return flag->reason;
    return {};
}

void AddPostDialog::validate()
{
    const QString reason = refusal();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}

} // namespace rr
