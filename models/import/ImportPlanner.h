// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportPlan.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace rr {

class Database;
struct CsvRecord;

struct PlannerOptions
{
    DuplicatePolicy policy = DuplicatePolicy::Skip;
    QDate today = QDate::currentDate(); // as-of date of follower counts when the row has none
};

// Turns file records into row plans, one at a time, without holding the file: it keeps only
// 64-bit hashes of the handles (lower-cased) and profile keys seen so far, and of the existing
// creators' handles, profile keys and nicknames (loaded once by prepare(): ~48 bytes per creator).
// It never searches creators by a column other than id, so it works while the writer has the
// table's indexes dropped for a bulk load. A hash hit against the database
// is confirmed by reading the row by id, so a collision can never merge two creators.
// Reads only; the ImportWriter does the writing.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(rr::ImportPlanner)
public:
    ImportPlanner(const Database &db, const ColumnMapping &mapping, const PlannerOptions &options = {});
    ~ImportPlanner();

    // Loads categories and the identity index of existing creators.
    bool prepare(StoreError *error);
    // Plans one record (its cells in file order). Fills `error` and returns false only on a
    // database failure.
    bool plan(const CsvRecord &record, RowPlan *out, StoreError *error);

    const ColumnMapping &mapping() const { return m_mapping; }
    // Tells the planner a planned row was not written after all (dry run keeps it anyway).
    static quint64 hashKey(const QString &text);

private:
    struct Read;
    void readCells(const CsvRecord &record, Read &r, RowPlan &p) const;
    std::optional<Creator> loadExisting(const QString &handleLower, const QString &profileKey,
                                        bool *failed, StoreError *error);
    std::optional<Creator> loadById(qint64 id, bool *failed, StoreError *error);
    void merge(const Read &r, const Creator &stored, RowPlan &p) const;
    std::optional<qint64> categoryFor(const QString &text) const;

    const Database &m_db;
    ColumnMapping m_mapping;
    PlannerOptions m_options;
    QHash<QString, qint64> m_categories; // normalised key / zh / en name → id
    mutable QHash<QString, qint64> m_categoryOfText; // cell text as written → id, 0 when unknown
    std::vector<std::pair<quint64, qint64>> m_existingHandles; // sorted (hash, id)
    std::vector<std::pair<quint64, qint64>> m_existingKeys;
    std::vector<std::pair<quint64, qint64>> m_existingNicknames; // for "same nickname" hints

    QHash<quint64, quint32> m_seenHandles; // hash → line of the first row
    QHash<quint64, quint32> m_seenKeys;
    bool m_dbEmpty = true;
    QString m_likesAndSavesLine;
    std::unique_ptr<QSqlQuery> m_byId;
    std::unique_ptr<QSqlQuery> m_tagsOf;
};

} // namespace rr
