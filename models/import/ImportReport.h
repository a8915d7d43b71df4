// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportJob.h"

#include <QCoreApplication>
#include <QJsonObject>

class QIODevice;

namespace rr {

struct CsvRecord;

// Serialisations of an import for the command line (--json, --report) and the dialog's "Save report".
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(rr::ImportReport)
public:
    static QString outcomeKey(ImportResult::Outcome outcome); // committed, dry_run, cancelled, refused, failed
    static QString severityKey(CellNote::Severity severity);  // info, doubtful, invalid
    // {"outcome", "message", "file", "encoding", "delimiter", "header", "mapping", "batch_id",
    //  "counts": {...}, "issue": {line, column, message}}
    static QJsonObject summary(const ImportResult &result, const QString &filePath);
    // One row for --dry-run --json: {"line", "cells": [as read], "action", "existing_id",
    // "duplicate_of_line", "notes": [{column, raw, reason, severity}]}
    static QJsonObject row(const CsvRecord &record, const RowPlan &plan);
    // The notes and listed rows as a UTF-8 CSV with a BOM (Excel on Chinese Windows):
    // file, line, column, header, raw text, severity, reason.
    static bool writeCsv(const ImportResult &result, const QString &filePath, QIODevice *out);
};

} // namespace rr
