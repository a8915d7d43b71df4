// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportField.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace rr {

// Recognises column names as Chinese exports, spreadsheets and APIs write them (粉丝数, 粉丝量,
// kol_fan_num, "Follower Count", 图文报价(元) ...): case, width, spaces, punctuation and a
// bracketed unit suffix do not matter.
class HeaderMatcher
{
public:
    // The comparison form of a header name: NFKC, lower case, letters and digits only.
    static QString normalize(const QString &header);
    // The field a header name means in a file of `kind`, nullopt when unknown.
    static std::optional<ImportField> match(const QString &header, ImportKind kind = ImportKind::Creators);
    // A mapping for a whole header row: each known name mapped, the rest ignored; a field already
    // taken by an earlier column is not mapped twice (Tags and Notes may repeat).
    static ColumnMapping automatic(const QStringList &header, ImportKind kind = ImportKind::Creators);
    // Post metrics when the header has a note link column and no creator identity columns.
    static ImportKind guessKind(const QStringList &header);
};

} // namespace rr
