// SPDX-License-Identifier: GPL-3.0-or-later
#include "vetting/VettingMerge.h"

namespace rr {

namespace {

QString ratingText(const std::optional<int> &r)
{
    return r ? VettingMerge::tr("%1 of 5").arg(*r) : VettingMerge::tr("(not rated)");
}

QString noteText(const QString &s)
{
    return s.isEmpty() ? VettingMerge::tr("(empty)") : s;
}

QString flagText(const bool &on)
{
    return on ? VettingMerge::tr("Yes") : VettingMerge::tr("No");
}

std::vector<MergeField<Vetting>> vettingFields()
{
    using V = Vetting;
    using R = std::optional<int>;
    return {
        memberField<V, R>("vetting.comment_quality", QT_TRANSLATE_NOOP("rr::VettingMerge", "Comment quality"),
                          &V::commentQuality, ratingText),
        memberField<V, R>("vetting.content_consistency", QT_TRANSLATE_NOOP("rr::VettingMerge", "Content consistency"),
                          &V::contentConsistency, ratingText),
        memberField<V, QString>("vetting.audience_notes", QT_TRANSLATE_NOOP("rr::VettingMerge", "Audience"),
                                &V::audienceNotes, noteText),
        memberField<V, QString>("vetting.past_collaborations",
                                QT_TRANSLATE_NOOP("rr::VettingMerge", "Past brand work"), &V::pastCollaborations,
                                noteText),
        memberField<V, bool>("vetting.competitor_conflict", QT_TRANSLATE_NOOP("rr::VettingMerge", "Works with a competitor"),
                             &V::competitorConflict, flagText),
        memberField<V, bool>("vetting.fake_follower_flag", QT_TRANSLATE_NOOP("rr::VettingMerge", "Suspected fake followers"),
                             &V::fakeFollowerFlag, flagText),
        memberField<V, QString>("vetting.notes", QT_TRANSLATE_NOOP("rr::VettingMerge", "Vetting notes"), &V::notes,
                                noteText),
    };
}

} // namespace

VettingMerge::VettingMerge(const std::optional<Vetting> &base, const Vetting &mine, const std::optional<Vetting> &theirs)
    : FieldMerge<Vetting>("rr::VettingMerge", vettingFields(), base.value_or(emptyVetting(mine.creatorId)), mine,
                          theirs.value_or(emptyVetting(mine.creatorId)))
{
}

} // namespace rr
