// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Creator.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

namespace rr {

// One field that two people changed differently since they both loaded the creator.
struct FieldConflict
{
    QString key;       // a column or "tags" / "secondary_categories"
    QJsonValue mine;   // as auditFields() writes it
    QJsonValue theirs;
};

// Saving a creator that a colleague saved meanwhile (its version moved on): a three-way merge of
// what this user started from (`base`), what they made of it (`mine`) and what is stored now
// (`theirs`). Fields only one side changed are taken from that side without asking; fields both
// changed to different values are conflicts for the user to choose. Also the labels and texts
// the conflict dialog shows.
class CreatorMerge
{
    Q_DECLARE_TR_FUNCTIONS(rr::CreatorMerge)
public:
    CreatorMerge(const Creator &base, const Creator &mine, const Creator &theirs);

    const QList<FieldConflict> &conflicts() const { return m_conflicts; }
    // Keys this user changed (taken from `mine` when there is no conflict).
    const QStringList &changedByMe() const { return m_mine; }
    // The creator to save: `theirs` (its id and version) with this user's changes on top; for a
    // conflict, this user's value when its key is in `keepMine`, else the stored one.
    Creator merged(const QSet<QString> &keepMine) const;

    // The field's name for people, e.g. "Image-note price".
    static QString label(const QString &key);
    // A stored value for people: money in yuan, a status by its name, yes / no, lists joined.
    static QString text(const QString &key, const QJsonValue &value);

private:
    Creator m_theirs;
    Creator m_mineCreator;
    QList<FieldConflict> m_conflicts;
    QStringList m_mine;
};

} // namespace rr
