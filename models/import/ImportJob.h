// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/ImportPlan.h"
#include "store/StoreError.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace rr {

class Database;

// What to import and how.
struct ImportRequest
{
    QString filePath;
    std::optional<CsvFormat> format;       // sniffed from the first 64 KiB when unset
    std::optional<ColumnMapping> mapping;  // automatic from the header when unset; a mapping made
                                           // for another header is re-applied by header name
    DuplicatePolicy policy = DuplicatePolicy::Skip;
    qint64 campaignId = 0;                 // post metrics files: the campaign whose posts the links name
    bool dryRun = false;                   // plan everything, write nothing
    QDate today = QDate::currentDate();    // as-of date of follower counts without a date column
    int keepNotes = 10000;                 // notes and listed rows kept in the result (all go to the row callback)
};

// A row the report lists: skipped, rejected, or with a hint.
struct ListedRow
{
    qint64 line = 0;
    RowAction action = RowAction::Create;
    qint64 existingId = 0;
    qint64 duplicateOfLine = 0;
    QString handle;
    QString nickname;
};

struct ImportResult
{
    enum class Outcome {
        Committed,  // written in one transaction
        DryRun,     // planned, nothing written
        Cancelled,  // nothing written
        Refused,    // the file's structure is broken (see issue) or unreadable: nothing written
        Failed      // a database error (see error): nothing written
    };
    Outcome outcome = Outcome::Failed;
    QString message;                // translated one-line reason for Cancelled / Refused / Failed
    StoreError error;
    std::optional<CsvIssue> issue;  // Refused for the file's structure
    CsvFormat format;
    QStringList header;
    ColumnMapping mapping;
    qint64 batchId = 0;

    qint64 rowsTotal = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;           // matched, nothing to change
    qint64 skippedExisting = 0;     // matched, policy skip
    qint64 duplicatesInFile = 0;
    qint64 doNotContact = 0;
    qint64 rejected = 0;            // no identity
    qint64 doubtfulCells = 0;
    qint64 invalidCells = 0;
    qint64 skipped() const { return unchanged + skippedExisting + duplicatesInFile + doNotContact + rejected; }

    QList<CellNote> notes;          // the first keepNotes notes
    QList<ListedRow> listed;        // the first keepNotes rows that were not written as is
    qint64 notesLeftOut = 0;
};

// Reads a file, plans every row and commits them in ONE transaction (or only plans: dry run).
// Use run() on a thread that owns the Database (the command line, tests), or start() to run in a
// worker thread on its own connection (Database::openSibling()) with progress and cancel.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(const ImportRequest &request, QObject *parent = nullptr);
    ~ImportJob() override;

    // Called for every record, on the thread that runs the job, before it is written.
    using RowCallback = std::function<void(const CsvRecord &record, const RowPlan &plan)>;
    void setRowCallback(RowCallback callback) { m_onRow = std::move(callback); }
    // Called once the header and mapping are known, before the first row.
    using HeaderCallback = std::function<void(const CsvFormat &format, const QStringList &header,
                                              const ColumnMapping &mapping)>;
    void setHeaderCallback(HeaderCallback callback) { m_onHeader = std::move(callback); }

    ImportResult run(const Database &db);
    // Runs in a new QThread with db.openSibling() made there; emits finished() when done. The job
    // must outlive the run (connect finished() to deleteLater() if need be).
    void start(const Database &db);
    bool isRunning() const { return m_running.load(); }

    const ImportRequest &request() const { return m_request; }

public Q_SLOTS:
    void cancel() { m_cancel.store(true); } // thread-safe; the import rolls back

Q_SIGNALS:
    void progress(qint64 bytesRead, qint64 totalBytes, qint64 rows);
    void finished(const rr::ImportResult &result);

private:
    ImportRequest m_request;
    RowCallback m_onRow;
    HeaderCallback m_onHeader;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
    QPointer<QThread> m_thread;
};

} // namespace rr
