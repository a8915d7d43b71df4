// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FieldMerge.h"
#include "vetting/VettingRepository.h"

#include <QCoreApplication>

namespace rr {

// Saving a vetting checklist that a colleague saved while the editor was open: FieldMerge over
// its ratings, notes and flags (the stamps are set by the save). No checklist counts as an empty
// one. Keys are prefixed "vetting." so they never meet a creator field's in one conflict dialog.
class VettingMerge : public FieldMerge<Vetting>
{
    Q_DECLARE_TR_FUNCTIONS(rr::VettingMerge)
public:
    VettingMerge(const std::optional<Vetting> &base, const Vetting &mine, const std::optional<Vetting> &theirs);
};

} // namespace rr
