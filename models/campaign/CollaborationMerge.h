// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace rr {

// Saving a collaboration (fee, format, posts, due date, status, notes) that a colleague saved
// while the dialog was open: the same three-way merge as CreatorMerge. The rating has its own
// editor and is not part of it.
class CollaborationMerge
{
    Q_DECLARE_TR_FUNCTIONS(rr::CollaborationMerge)
public:
    struct Conflict
    {
        QString key;
        QString label;
        QString mine;
        QString theirs;
    };

    CollaborationMerge(const Collaboration &base, const Collaboration &mine, const Collaboration &theirs);

    const QList<Conflict> &conflicts() const { return m_conflicts; }
    // `theirs` with this user's changes on top; conflicts take this user's value when in `keepMine`.
    Collaboration merged(const QSet<QString> &keepMine) const;

private:
    Collaboration m_mine;
    Collaboration m_theirs;
    QStringList m_changed;
    QList<Conflict> m_conflicts;
};

} // namespace rr
