// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CollaborationMerge.h"

#include "domain/NumberFormat.h"
#include "domain/Status.h"

#include <QLocale>

namespace rr {

namespace {

QString orEmpty(const QString &s)
{
    return s.isEmpty() ? CollaborationMerge::tr("(empty)") : s;
}

QString dateText(const QDate &d)
{
    return orEmpty(NumberFormat::date(d, QLocale()));
}

std::vector<MergeField<Collaboration>> collaborationFields()
{
    using C = Collaboration;
    return {
        memberField<C, std::optional<qint64>>("fee", QT_TRANSLATE_NOOP("rr::CollaborationMerge", "Fee"), &C::feeFen,
            [](const std::optional<qint64> &fen) { return orEmpty(fen ? NumberFormat::money(*fen, QLocale()) : QString()); }),
        memberField<C, std::optional<ContentFormat>>("format", QT_TRANSLATE_NOOP("rr::CollaborationMerge", "Format"), &C::format,
            [](const std::optional<ContentFormat> &f) { return orEmpty(f ? FormatText::label(*f) : QString()); }),
        memberField<C, int>("contracted_posts", QT_TRANSLATE_NOOP("rr::CollaborationMerge", "Contracted posts"),
                            &C::contractedPosts, [](const int &n) { return QString::number(n); }),
        memberField<C, int>("delivered_posts", QT_TRANSLATE_NOOP("rr::CollaborationMerge", "Delivered posts"),
                            &C::deliveredPosts, [](const int &n) { return QString::number(n); }),
        memberField<C, QDate>("due_on", QT_TRANSLATE_NOOP("rr::CollaborationMerge", "Due"), &C::dueOn, dateText),
        memberField<C, CollaborationStatus>("status", QT_TRANSLATE_NOOP("rr::CollaborationMerge", "Status"), &C::status,
            [](const CollaborationStatus &s) { return CampaignText::label(s); }),
        memberField<C, QString>("notes", QT_TRANSLATE_NOOP("rr::CollaborationMerge", "Notes"), &C::notes, orEmpty),
    };
}

std::vector<MergeField<Deliverable>> deliverableFields(const QList<Post> &posts)
{
    using D = Deliverable;
    return {
        memberField<D, ContentFormat>("format", QT_TRANSLATE_NOOP("rr::DeliverableMerge", "Format"), &D::format,
            [](const ContentFormat &f) { return FormatText::label(f); }),
        memberField<D, QDate>("due_on", QT_TRANSLATE_NOOP("rr::DeliverableMerge", "Due"), &D::dueOn, dateText),
        memberField<D, qint64>("post_id", QT_TRANSLATE_NOOP("rr::DeliverableMerge", "Delivered by"), &D::postId,
            [posts](const qint64 &id) {
                if (id <= 0)
                    return DeliverableMerge::tr("Not delivered yet");
                for (const Post &p : posts) {
                    if (p.id == id)
                        return p.title.isEmpty() ? p.url : p.title;
                }
                return DeliverableMerge::tr("Post #%1").arg(id);
            }),
    };
}

} // namespace

CollaborationMerge::CollaborationMerge(const Collaboration &base, const Collaboration &mine, const Collaboration &theirs)
    : FieldMerge<Collaboration>("rr::CollaborationMerge", collaborationFields(), base, mine, theirs)
{
}

DeliverableMerge::DeliverableMerge(const Deliverable &base, const Deliverable &mine, const Deliverable &theirs,
                                   const QList<Post> &posts)
    : FieldMerge<Deliverable>("rr::DeliverableMerge", deliverableFields(posts), base, mine, theirs)
{
}

} // namespace rr
