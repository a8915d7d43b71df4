// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;

namespace rr {

// Adds or edits one contracted deliverable of a collaboration: format, due date and, once
// delivered, the post that delivered it (one of the collaboration's posts).
class DeliverableDialog : public QDialog
{
    Q_OBJECT
public:
    // `posts`: the collaboration's posts, offered as the delivering post.
    DeliverableDialog(const Deliverable &deliverable, const QList<Post> &posts, QWidget *parent = nullptr);

    Deliverable deliverable() const;
    QComboBox *formatBox() const { return m_format; }
    QDateEdit *dueEdit() const { return m_due; }
    QComboBox *postBox() const { return m_post; }

private:
    Deliverable m_original;
    QComboBox *m_format = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_post = nullptr;
};

} // namespace rr
