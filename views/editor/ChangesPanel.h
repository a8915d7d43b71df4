// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace rr {

class Database;

// A creator's changes from the audit log, newest first: when, who, what (the profile's fields
// old → new, vetting, events, collaborations, posts, readings, shortlists). On a team's server
// this is where "who changed this?" is answered.
class ChangesPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Column { When, Who, What, Count };
    static constexpr int kShown = 500;

    explicit ChangesPanel(Database &db, QWidget *parent = nullptr);

    // Loads the changes of a stored creator; 0 clears the panel.
    void setCreatorId(qint64 id);
    QTreeWidget *tree() const { return m_tree; }

private:
    Database &m_db;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace rr
