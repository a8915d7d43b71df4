// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/ImportPlan.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

// One previewed file row: the record as read and the plan for it.
struct PreviewRow
{
    CsvRecord record;
    RowPlan plan;
};

// The first rows of a dry run as they will be stored: a leading Action column, then one column
// per mapped file column showing the parsed value. Doubtful cells are yellow, invalid ones red,
// with the reason as tooltip.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ActionColumn = 0, FirstFieldColumn = 1 };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(CellNote::Severity) of the cell's worst note, or -1
        RowActionRole,                   // int(RowAction) of the row
        FieldRole                        // int(ImportField) of the column
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ColumnMapping &mapping, const QList<PreviewRow> &rows);
    void clear();

    // The file column (0-based) shown in a model column, -1 for the Action column.
    int fileColumn(int modelColumn) const;
    // The model column showing `field`, -1 when unmapped.
    int columnOf(ImportField field) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The value a row will store for a field, formatted; nullopt when the plan has none.
    static std::optional<QString> parsedValue(const RowPlan &plan, ImportField field);

private:
    QList<CellNote> notesAt(const QModelIndex &index) const;

    ColumnMapping m_mapping;
    QList<int> m_columns; // file columns shown, in order
    QList<PreviewRow> m_rows;
};

} // namespace rr
