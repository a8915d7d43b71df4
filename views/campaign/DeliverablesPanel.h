// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rr {

// The contracted deliverables of the selected collaboration (format, due date, delivering post)
// against its contracted and delivered counts, with Add / Edit / Remove buttons. A mismatch
// (more deliverables than contracted) is shown with its reason.
class DeliverablesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DeliverablesPanel(QWidget *parent = nullptr);

    // `posts`: the collaboration's posts, to name delivering posts. A null collaboration clears.
    void setCollaboration(const Collaboration *collaboration, const QList<Post> &posts, const QDate &today);
    qint64 collaborationId() const { return m_collaborationId; }
    qint64 currentDeliverableId() const;
    QString summary() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }

signals:
    void addRequested();
    void editRequested(qint64 deliverableId);
    void removeRequested(qint64 deliverableId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    qint64 m_collaborationId = 0;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace rr
