// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportPlan.h"

namespace rr {

QString ImportText::actionKey(RowAction action)
{
    switch (action) {
    case RowAction::Create: return QStringLiteral("create");
    case RowAction::Update: return QStringLiteral("update");
    case RowAction::SkipUnchanged: return QStringLiteral("skip_unchanged");
    case RowAction::SkipExisting: return QStringLiteral("skip_existing");
    case RowAction::SkipDuplicateInFile: return QStringLiteral("duplicate_in_file");
    case RowAction::SkipDoNotContact: return QStringLiteral("do_not_contact");
    case RowAction::RejectNoIdentity: return QStringLiteral("no_identity");
    }
    return {};
}

QString ImportText::actionLabel(RowAction action)
{
    switch (action) {
    case RowAction::Create: return tr("New creator");
    case RowAction::Update: return tr("Update existing creator");
    case RowAction::SkipUnchanged: return tr("Already up to date");
    case RowAction::SkipExisting: return tr("Already in the roster: skipped");
    case RowAction::SkipDuplicateInFile: return tr("Duplicate within the file: skipped");
    case RowAction::SkipDoNotContact: return tr("Do not contact: left unchanged");
    case RowAction::RejectNoIdentity: return tr("No handle, nickname or link: rejected");
    }
    return {};
}

QString ImportText::policyKey(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip: return QStringLiteral("skip");
    case DuplicatePolicy::Fill: return QStringLiteral("fill");
    case DuplicatePolicy::Overwrite: return QStringLiteral("overwrite");
    }
    return {};
}

std::optional<DuplicatePolicy> ImportText::policyFromKey(const QString &key)
{
    for (DuplicatePolicy p : {DuplicatePolicy::Skip, DuplicatePolicy::Fill, DuplicatePolicy::Overwrite}) {
        if (policyKey(p) == key)
            return p;
    }
    return std::nullopt;
}

} // namespace rr
