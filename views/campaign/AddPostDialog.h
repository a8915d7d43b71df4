// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rr {

// "Add post…" on the Posts tab: the collaboration (creator) it belongs to, link, title, format
// and publication date. A date outside the campaign shows its reason and keeps OK disabled
// (the repository refuses it as well).
class AddPostDialog : public QDialog
{
    Q_OBJECT
public:
    AddPostDialog(const Campaign &campaign, const QList<Collaboration> &collaborations, QWidget *parent = nullptr);

    Post post() const;
    // Why OK is disabled, empty when the post can be added.
    QString refusal() const;
    bool setCollaboration(qint64 collaborationId);

    QComboBox *collaborationBox() const { return m_collaboration; }
    QLineEdit *linkEdit() const { return m_link; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *formatBox() const { return m_format; }
    QDateEdit *publishedEdit() const { return m_published; }

private:
    void validate();

    Campaign m_campaign;
    QList<Collaboration> m_collaborations;
    QComboBox *m_collaboration = nullptr;
    QLineEdit *m_link = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_format = nullptr;
    QDateEdit *m_published = nullptr;
    QLabel *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
