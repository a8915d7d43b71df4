// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"
#include "domain/FieldMerge.h"

#include <QCoreApplication>

namespace rr {

// Saving a collaboration (fee, format, posts, due date, status, notes) that a colleague saved
// while the dialog was open: FieldMerge over its fields. The rating has its own editor and is not
// part of it.
class CollaborationMerge : public FieldMerge<Collaboration>
{
    Q_DECLARE_TR_FUNCTIONS(rr::CollaborationMerge)
public:
    using Conflict = MergeConflict;
    CollaborationMerge(const Collaboration &base, const Collaboration &mine, const Collaboration &theirs);
};

// The same for one of its deliverables (format, due date, the post that delivers it).
class DeliverableMerge : public FieldMerge<Deliverable>
{
    Q_DECLARE_TR_FUNCTIONS(rr::DeliverableMerge)
public:
    DeliverableMerge(const Deliverable &base, const Deliverable &mine, const Deliverable &theirs,
                     const QList<Post> &posts);
};

} // namespace rr
