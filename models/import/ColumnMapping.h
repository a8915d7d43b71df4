// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportField.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace rr {

// Where each column of a file goes: one target per column (ImportField::Ignore to skip it).
// Editable by the user, saved as a named profile, stored with each import batch as JSON.
struct ColumnMapping
{
    ImportKind kind = ImportKind::Creators;
    QString name;              // profile or preset name; empty for an automatic mapping
    QStringList headers;       // the header the mapping was made for (used to re-apply it)
    QList<ImportField> fields; // one per column
    bool pricesInFen = false;  // prices in the file are already in fen / cents (Pugongying API)

    ImportField fieldAt(int column) const
    {
        return column >= 0 && column < fields.size() ? fields.at(column) : ImportField::Ignore;
    }
    int columnOf(ImportField field) const { return int(fields.indexOf(field)); } // -1 when unmapped
    // Fields mapped from more than one column (Ignore, Tags and Notes may repeat).
    QList<ImportField> conflicts() const;

    // The same mapping for another file's header: each column takes the field of the column with
    // the same (normalised) name in this mapping; names this mapping doesn't know fall back to
    // HeaderMatcher. Keeps name, kind and pricesInFen.
    ColumnMapping appliedTo(const QStringList &header) const;

    QJsonObject toJson() const;
    // nullopt with a translated reason in `error` when the JSON is not a mapping.
    static std::optional<ColumnMapping> fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const ColumnMapping &) const = default;
};

// Ready-made mappings for the common export shapes. Their headers are the shapes seen in the
// wild; applying one with appliedTo() still recognises other columns automatically.
class MappingPresets
{
    Q_DECLARE_TR_FUNCTIONS(rr::MappingPresets)
public:
    // Keys: "pugongying" (蒲公英 web export, yuan), "pugongying_api" (API fields, prices in fen),
    // "qiangua" (千瓜), "xinhong" (新红), "generic" (English spreadsheet), "post_metrics".
    static QStringList keys();
    static QString label(const QString &key);
    static std::optional<ColumnMapping> preset(const QString &key);
};

// Named mapping profiles in QSettings, group "mappingProfiles/".
class MappingProfiles
{
    Q_DECLARE_TR_FUNCTIONS(rr::MappingProfiles)
public:
    static QStringList names(QSettings &settings);
    // Saves under mapping.name (which must not be empty); replaces a profile of that name.
    static bool save(QSettings &settings, const ColumnMapping &mapping, QString *error = nullptr);
    static std::optional<ColumnMapping> load(QSettings &settings, const QString &name, QString *error = nullptr);
    static bool remove(QSettings &settings, const QString &name);
    // For `--mapping NAME|FILE`: an existing file holding mapping JSON, else a saved profile,
    // else a preset key. nullopt with a one-line reason in `error` otherwise.
    static std::optional<ColumnMapping> resolve(QSettings &settings, const QString &nameOrFile,
                                                QString *error = nullptr);
};

} // namespace rr
