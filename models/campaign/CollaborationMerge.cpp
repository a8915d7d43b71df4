// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CollaborationMerge.h"

#include "domain/NumberFormat.h"
#include "domain/Status.h"

#include <QLocale>

#include <algorithm>
#include <functional>

namespace rr {

namespace {

struct Field
{
    const char *key;
    const char *label;
    std::function<QString(const Collaboration &)> text; // also what "changed" compares
    std::function<void(Collaboration &, const Collaboration &)> take;
};

QString orEmpty(const QString &s)
{
    return s.isEmpty() ? CollaborationMerge::tr("(empty)") : s;
}

const std::vector<Field> &fields()
{
    static const std::vector<Field> list{
        {"fee", QT_TRANSLATE_NOOP("rr::CollaborationMerge", "Fee"),
         [](const Collaboration &c) { return orEmpty(c.feeFen ? NumberFormat::money(*c.feeFen, QLocale()) : QString()); },
         [](Collaboration &to, const Collaboration &from) { to.feeFen = from.feeFen; }},
        {"format", QT_TRANSLATE_NOOP("rr::CollaborationMerge", "Format"),
         [](const Collaboration &c) { return orEmpty(c.format ? FormatText::label(*c.format) : QString()); },
         [](Collaboration &to, const Collaboration &from) { to.format = from.format; }},
        {"contracted_posts", QT_TRANSLATE_NOOP("rr::CollaborationMerge", "Contracted posts"),
         [](const Collaboration &c) { return QString::number(c.contractedPosts); },
         [](Collaboration &to, const Collaboration &from) { to.contractedPosts = from.contractedPosts; }},
        {"delivered_posts", QT_TRANSLATE_NOOP("rr::CollaborationMerge", "Delivered posts"),
         [](const Collaboration &c) { return QString::number(c.deliveredPosts); },
         [](Collaboration &to, const Collaboration &from) { to.deliveredPosts = from.deliveredPosts; }},
        {"due_on", QT_TRANSLATE_NOOP("rr::CollaborationMerge", "Due"),
         [](const Collaboration &c) { return orEmpty(NumberFormat::date(c.dueOn, QLocale())); },
         [](Collaboration &to, const Collaboration &from) { to.dueOn = from.dueOn; }},
        {"status", QT_TRANSLATE_NOOP("rr::CollaborationMerge", "Status"), [](const Collaboration &c) { return CampaignText::label(c.status); },
         [](Collaboration &to, const Collaboration &from) { to.status = from.status; }},
        {"notes", QT_TRANSLATE_NOOP("rr::CollaborationMerge", "Notes"), [](const Collaboration &c) { return orEmpty(c.notes); },
         [](Collaboration &to, const Collaboration &from) { to.notes = from.notes; }},
    };
    return list;
}

} // namespace

CollaborationMerge::CollaborationMerge(const Collaboration &base, const Collaboration &mine, const Collaboration &theirs)
    : m_mine(mine), m_theirs(theirs)
{
    for (const Field &f : fields()) {
        const QString b = f.text(base);
        const QString m = f.text(mine);
        const QString t = f.text(theirs);
        if (m == b)
            continue;
        m_changed << QLatin1String(f.key);
        if (t != b && t != m)
            m_conflicts.append({QLatin1String(f.key), tr(f.label), m, t});
    }
}

Collaboration CollaborationMerge::merged(const QSet<QString> &keepMine) const
{
    Collaboration out = m_theirs;
    for (const Field &f : fields()) {
        const QString key = QLatin1String(f.key);
        if (!m_changed.contains(key))
            continue;
        const bool conflict = std::any_of(m_conflicts.begin(), m_conflicts.end(),
                                          [&key](const Conflict &c) { return c.key == key; });
        if (!conflict || keepMine.contains(key))
            f.take(out, m_mine);
    }
    return out;
}

} // namespace rr
