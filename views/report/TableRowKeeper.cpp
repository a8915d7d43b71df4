// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/TableRowKeeper.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace rr::TableRowKeeper {

namespace {

// The bottom padding keepRowsTogether() added to a cell, and whether the cell had a bottom
// padding of its own before (else it took the table's cellpadding).
constexpr int AddedPadding = QTextFormat::UserProperty + 0x5252;
constexpr int HadOwnPadding = QTextFormat::UserProperty + 0x5253;

void tablesIn(QTextFrame *frame, QList<QTextTable *> *out)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            *out << table;
        tablesIn(child, out);
    }
}

// Sets the padding added under a cell (0 takes it away, back to the cell's own or the table's).
void setAddedPadding(QTextTable *table, QTextTableCell &cell, qreal added)
{
    QTextTableCellFormat f = cell.format().toTableCellFormat();
    const bool marked = f.hasProperty(AddedPadding);
    if (!marked && added <= 0)
        return;
    const bool own = marked ? f.boolProperty(HadOwnPadding) : f.hasProperty(QTextFormat::TableCellBottomPadding);
    const qreal base = marked ? f.bottomPadding() - f.doubleProperty(AddedPadding)
                              : (own ? f.bottomPadding() : table->format().cellPadding());
    if (added > 0) {
        f.setBottomPadding(base + added);
        f.setProperty(AddedPadding, added);
        f.setProperty(HadOwnPadding, own);
    } else {
        if (own)
            f.setBottomPadding(base);
        else
            f.clearProperty(QTextFormat::TableCellBottomPadding);
        f.clearProperty(AddedPadding);
        f.clearProperty(HadOwnPadding);
    }
    cell.setFormat(f);
}

void setRowPadding(QTextTable *table, int row, qreal added)
{
    for (int c = 0; c < table->columns(); ++c) {
        QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() == row && cell.column() == c)
            setAddedPadding(table, cell, added);
    }
}

struct Cut
{
    QTextTable *table = nullptr;
    int row = -1;
    qreal nextPageTop = 0; // where the row's page ends, in document coordinates
    qreal rowTop = 0;      // the highest first line of its cells
    qreal rowBottom = 0;   // the lowest last line
};

// The first row (from `from` on in `table`) whose cells do not all start and end on one page.
Cut firstCut(QTextDocument *doc, QTextTable *table, int from, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const auto page = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    for (int r = from; r < table->rows(); ++r) {
        int rowPage = -1;
        qreal top = 0;
        qreal bottom = 0;
        bool cut = false;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c)
                continue; // spanned
            const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
            const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
            const int firstPage = page(first.top() + 0.5);
            if (rowPage < 0) {
                rowPage = firstPage;
                top = first.top();
                bottom = last.bottom();
            }
            top = qMin(top, first.top());
            bottom = qMax(bottom, last.bottom());
            if (firstPage != rowPage || page(last.bottom() - 0.5) != rowPage)
                cut = true;
        }
        if (cut)
            return {table, r, (rowPage + 1) * pageHeight, top, bottom};
    }
    return {};
}

} // namespace

int keepRowsTogether(QTextDocument *doc)
{
    QList<QTextTable *> tables;
    tablesIn(doc->rootFrame(), &tables);
    // Each edit block is laid out once (a paged document relayouts on every change otherwise).
    QTextCursor edit(doc);
    // Space added for an earlier page size goes first.
    edit.beginEditBlock();
    for (QTextTable *table : std::as_const(tables)) {
        for (int r = 0; r < table->rows(); ++r)
            setRowPadding(table, r, 0);
    }
    edit.endEditBlock();
    const qreal pageHeight = doc->pageSize().height();
    if (pageHeight <= 0)
        return 0;

    int moved = 0;
    for (QTextTable *table : std::as_const(tables)) {
        // A cut header or first row cannot be moved by the row above it; a row that cannot be
        // moved whole is left as it was, and the search goes on below it.
        int from = table->format().headerRowCount() + 1;
        int tries = 0;
        int lastRow = -1;
        qreal lastTop = 0;
        qreal lastAdded = 0;
        const auto giveUp = [&](int row) {
            if (lastRow == row && lastAdded > 0) {
                edit.beginEditBlock();
                setRowPadding(table, row - 1, 0);
                edit.endEditBlock();
            }
            from = row + 1;
        };
        while (from < table->rows()) {
            const Cut cut = firstCut(doc, table, from, pageHeight);
            if (!cut.table)
                break;
            if (cut.row != lastRow) {
                tries = 0;
                lastAdded = 0;
            }
            const qreal need = cut.nextPageTop - cut.rowTop + 1; // in the layout's units
            // Taller than most of a page: it would be cut on the next page too.
            const bool tooTall = cut.rowBottom - cut.rowTop > 0.8 * pageHeight;
            const bool stuck = cut.row == lastRow && cut.rowTop <= lastTop;
            if (tooTall || tries >= 3 || stuck) {
                giveUp(cut.row);
                continue;
            }
            // Padding is given in the document's pixels and scaled to the layout's device: the
            // first try assumes one to one, later tries scale by how far the last one moved it.
            const qreal added = cut.row == lastRow && lastAdded > 0
                                    ? lastAdded + need * lastAdded / (cut.rowTop - lastTop)
                                    : need;
            edit.beginEditBlock();
            setRowPadding(table, cut.row - 1, added);
            edit.endEditBlock();
            ++tries;
            lastRow = cut.row;
            lastTop = cut.rowTop;
            lastAdded = added;
            // The layout keeps a cell's bottom padding free at the page foot: the row above may
            // now be cut itself. Then this row is left as it was.
            const Cut above = firstCut(doc, table, cut.row - 1, pageHeight);
            if (above.table && above.row == cut.row - 1) {
                giveUp(cut.row);
                continue;
            }
            if (tries == 1)
                ++moved;
            from = cut.row; // look at the moved row again
        }
    }
    return moved;
}

} // namespace rr::TableRowKeeper
