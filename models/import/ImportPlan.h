// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Creator.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace rr {

// What to do with a file row whose creator is already in the database (one choice per batch).
enum class DuplicatePolicy {
    Skip,      // leave the stored creator alone
    Fill,      // set only the stored creator's empty fields
    Overwrite  // replace stored fields with the file's non-empty values
};

// The planned fate of one file row.
enum class RowAction {
    Create,               // a new creator (status prospect)
    Update,               // an existing creator gets the fields in RowPlan::changes
    SkipUnchanged,        // matches an existing creator; nothing to change under the policy
    SkipExisting,         // matches an existing creator; policy Skip
    SkipDuplicateInFile,  // same handle or profile link as an earlier row of the file
    SkipDoNotContact,     // the existing creator is marked do-not-contact: never touched
    RejectNoIdentity      // neither handle, nickname nor profile link
};

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(rr::ImportText)
public:
    static QString actionKey(RowAction action); // create, update, skip_unchanged, skip_existing, duplicate_in_file, do_not_contact, no_identity
    static QString actionLabel(RowAction action);
    static QString policyKey(DuplicatePolicy policy); // skip, fill, overwrite
    static std::optional<DuplicatePolicy> policyFromKey(const QString &key);
};

// A remark about one cell (or one row when column is 0), for the preview and the report.
struct CellNote
{
    enum class Severity {
        Info,     // e.g. a nickname that matches an existing creator: a hint only
        Doubtful, // read, but a person should look
        Invalid   // could not be read; the cell was left out
    };
    qint64 line = 0;
    int column = 0;    // 1-based; 0 for the whole row
    QString header;
    QString raw;
    QString reason;    // translated
    Severity severity = Severity::Doubtful;
};

// One post-metrics row as it will be stored (post metrics files, issue §3).
struct MetricsRow
{
    qint64 postId = 0;
    QString noteKey;   // the normalised note link
    QDate asOf;
    std::optional<qint64> views, likes, comments, saves, shares, clicks;
    QString source;    // the file's source column, else "import"
};

// One row as it will be stored.
struct RowPlan
{
    qint64 line = 0;
    RowAction action = RowAction::Create;
    // Create: the new creator. Update: the stored creator with the file's values merged in.
    // Other actions: the values read from the file.
    Creator creator;
    QString profileKey;          // Create: normalizedProfileKey(creator.profileUrl), worked out once
    qint64 existingId = 0;       // the matched creator, for Update / Skip* of an existing one
    int existingVersion = 0;
    qint64 duplicateOfLine = 0;  // SkipDuplicateInFile: the earlier row
    // Update: {column: [old, new]} for each changed column ("tags" included).
    QJsonObject changes;
    QStringList changedColumns;  // Update: creators columns to write (from CreatorRecord's list)
    bool tagsChanged = false;
    // A follower count from the file becomes a snapshot (source 'import') for Create / Update.
    std::optional<qint64> snapshotFollowers;
    QDate snapshotAsOf;
    QList<CellNote> notes;
    std::optional<MetricsRow> metrics; // post metrics files only; action Create = a new metrics row

    bool writes() const { return action == RowAction::Create || action == RowAction::Update; }
};

} // namespace rr
