// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace rr {

// One field two people changed differently, as the conflict dialog shows it.
struct MergeConflict
{
    QString key;
    QString label;
    QString mine;
    QString theirs;
};

// A field of a record T for a three-way merge: its values are compared, its text is shown.
template <typename T>
struct MergeField
{
    const char *key;
    const char *label; // QT_TRANSLATE_NOOP in the merge's translation context
    std::function<bool(const T &, const T &)> same;
    std::function<QString(const T &)> text;
    std::function<void(T &, const T &)> take;
};

// A field that is one member of T, compared with ==.
template <typename T, typename M>
MergeField<T> memberField(const char *key, const char *label, M T::*member, std::function<QString(const M &)> text)
{
    return {key, label, [member](const T &a, const T &b) { return a.*member == b.*member; },
            [member, text = std::move(text)](const T &r) { return text(r.*member); },
            [member](T &to, const T &from) { to.*member = from.*member; }};
}

// Saving a record that a colleague saved meanwhile: a three-way merge of what this user started
// from (`base`), what they made of it (`mine`) and what is stored now (`theirs`). Fields only one
// side changed are taken from that side without asking; fields both changed to different values
// are conflicts for the user to choose (CreatorMerge does the same for the creator's own fields).
template <typename T>
class FieldMerge
{
public:
    FieldMerge(const char *context, std::vector<MergeField<T>> fields, const T &base, const T &mine, const T &theirs)
        : m_fields(std::move(fields)), m_mine(mine), m_theirs(theirs)
    {
        for (const MergeField<T> &f : m_fields) {
            if (f.same(mine, base))
                continue;
            const QString key = QLatin1String(f.key);
            m_changed << key;
            if (!f.same(theirs, base) && !f.same(theirs, mine))
                m_conflicts.append({key, QCoreApplication::translate(context, f.label), f.text(mine), f.text(theirs)});
        }
    }

    const QList<MergeConflict> &conflicts() const { return m_conflicts; }
    // Keys this user changed.
    const QStringList &changedByMe() const { return m_changed; }
    // `theirs` with this user's changes on top; a conflict takes this user's value when its key is
    // in `keepMine`, else keeps the stored one.
    T merged(const QSet<QString> &keepMine) const
    {
        T out = m_theirs;
        for (const MergeField<T> &f : m_fields) {
            const QString key = QLatin1String(f.key);
            if (!m_changed.contains(key))
                continue;
            const bool conflict = std::any_of(m_conflicts.begin(), m_conflicts.end(),
                                              [&key](const MergeConflict &c) { return c.key == key; });
            if (!conflict || keepMine.contains(key))
                f.take(out, m_mine);
        }
        return out;
    }

private:
    std::vector<MergeField<T>> m_fields;
    T m_mine;
    T m_theirs;
    QStringList m_changed;
    QList<MergeConflict> m_conflicts;
};

} // namespace rr
