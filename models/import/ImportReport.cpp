// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportReport.h"

#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>

namespace rr {

namespace {

QString csvCell(const QString &text)
{
    QString t = text;
    // Formula injection (OWASP): text starting with = + - @ tab or CR gets a leading quote.
    if (!t.isEmpty() && QStringLiteral("=+-@\t\r").contains(t.front()))
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))
        || t.contains(QLatin1Char('\r'))) {
        t.replace(QLatin1String("\""), QLatin1String("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t;
}

} // namespace

QString ImportReport::outcomeKey(ImportResult::Outcome outcome)
{
    switch (outcome) {
    case ImportResult::Outcome::Committed: return QStringLiteral("committed");
    case ImportResult::Outcome::DryRun: return QStringLiteral("dry_run");
    case ImportResult::Outcome::Cancelled: return QStringLiteral("cancelled");
    case ImportResult::Outcome::Refused: return QStringLiteral("refused");
    case ImportResult::Outcome::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString ImportReport::severityKey(CellNote::Severity severity)
{
    switch (severity) {
    case CellNote::Severity::Info: return QStringLiteral("info");
    case CellNote::Severity::Doubtful: return QStringLiteral("doubtful");
    case CellNote::Severity::Invalid: return QStringLiteral("invalid");
    }
    return {};
}

QJsonObject ImportReport::summary(const ImportResult &r, const QString &filePath)
{
    QJsonObject counts{{QStringLiteral("rows"), r.rowsTotal},
                       {QStringLiteral("created"), r.created},
                       {QStringLiteral("updated"), r.updated},
                       {QStringLiteral("unchanged"), r.unchanged},
                       {QStringLiteral("skipped_existing"), r.skippedExisting},
                       {QStringLiteral("duplicates_in_file"), r.duplicatesInFile},
                       {QStringLiteral("do_not_contact"), r.doNotContact},
                       {QStringLiteral("rejected"), r.rejected},
                       {QStringLiteral("doubtful_cells"), r.doubtfulCells},
                       {QStringLiteral("invalid_cells"), r.invalidCells}};
    QJsonObject o{{QStringLiteral("outcome"), outcomeKey(r.outcome)},
                  {QStringLiteral("message"), r.message},
                  {QStringLiteral("file"), filePath},
                  {QStringLiteral("encoding"), TextEncodingText::key(r.format.encoding)},
                  {QStringLiteral("delimiter"), QString(r.format.delimiter)},
                  {QStringLiteral("header"), QJsonArray::fromStringList(r.header)},
                  {QStringLiteral("mapping"), r.mapping.toJson()},
                  {QStringLiteral("batch_id"), r.batchId},
                  {QStringLiteral("counts"), counts}};
    if (r.issue) {
        o.insert(QStringLiteral("issue"), QJsonObject{{QStringLiteral("line"), r.issue->line},
                                                      {QStringLiteral("column"), r.issue->column},
                                                      {QStringLiteral("message"), r.issue->message}});
    }
    return o;
}

QJsonObject ImportReport::row(const CsvRecord &record, const RowPlan &plan)
{
    QJsonArray notes;
    for (const CellNote &n : plan.notes) {
        notes.append(QJsonObject{{QStringLiteral("column"), n.column},
                                 {QStringLiteral("raw"), n.raw},
                                 {QStringLiteral("reason"), n.reason},
                                 {QStringLiteral("severity"), severityKey(n.severity)}});
    }
    QJsonObject o{{QStringLiteral("line"), record.line},
                  {QStringLiteral("cells"), QJsonArray::fromStringList(record.cells)},
                  {QStringLiteral("action"), ImportText::actionKey(plan.action)},
                  {QStringLiteral("notes"), notes}};
    if (plan.existingId)
        o.insert(QStringLiteral("existing_id"), plan.existingId);
    if (plan.duplicateOfLine)
        o.insert(QStringLiteral("duplicate_of_line"), plan.duplicateOfLine);
    if (plan.action == RowAction::Update)
        o.insert(QStringLiteral("changes"), plan.changes);
    return o;
}

bool ImportReport::writeCsv(const ImportResult &r, const QString &filePath, QIODevice *out)
{
    const QString file = QFileInfo(filePath).fileName();
    QString text = QStringLiteral("\uFEFF");
    text += QStringList{tr("File"), tr("Line"), tr("Column"), tr("Header"), tr("Raw text"), tr("Severity"), tr("Reason")}
                .join(QLatin1Char(','))
            + QStringLiteral("\r\n");
    if (r.issue) {
        text += QStringList{csvCell(file), QString::number(r.issue->line), QString::number(r.issue->column), {}, {},
                            severityKey(CellNote::Severity::Invalid), csvCell(r.issue->message)}
                    .join(QLatin1Char(','))
                + QStringLiteral("\r\n");
    }
    for (const CellNote &n : r.notes) {
        text += QStringList{csvCell(file), QString::number(n.line), n.column ? QString::number(n.column) : QString(),
                            csvCell(n.header), csvCell(n.raw), severityKey(n.severity), csvCell(n.reason)}
                    .join(QLatin1Char(','))
                + QStringLiteral("\r\n");
    }
    for (const ListedRow &l : r.listed) {
        text += QStringList{csvCell(file), QString::number(l.line), {}, {}, csvCell(l.handle.isEmpty() ? l.nickname : l.handle),
                            severityKey(CellNote::Severity::Info), csvCell(ImportText::actionLabel(l.action))}
                    .join(QLatin1Char(','))
                + QStringLiteral("\r\n");
    }
    if (r.notesLeftOut > 0)
        text += QStringLiteral(",,,,,info,") + csvCell(tr("%n more notes left out", nullptr, int(r.notesLeftOut))) + QStringLiteral("\r\n");
    const QByteArray bytes = text.toUtf8();
    return out->write(bytes) == bytes.size();
}

} // namespace rr
