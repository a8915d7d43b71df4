// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/TableRowKeeper.h"

#include <QAbstractTextDocumentLayout>
#include <QSet>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace rr::TableRowKeeper {

namespace {

// The bottom padding a cell was given by keepRowsTogether(), on top of its own.
constexpr int AddedPadding = QTextFormat::UserProperty + 0x5252;

void tablesIn(QTextFrame *frame, QList<QTextTable *> *out)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            *out << table;
        tablesIn(child, out);
    }
}

void setAddedPadding(QTextTableCell &cell, qreal added)
{
    QTextTableCellFormat f = cell.format().toTableCellFormat();
    const qreal before = f.doubleProperty(AddedPadding);
    f.setBottomPadding(f.bottomPadding() - before + added);
    if (added > 0)
        f.setProperty(AddedPadding, added);
    else
        f.clearProperty(AddedPadding);
    cell.setFormat(f);
}

struct Cut
{
    QTextTable *table = nullptr;
    int row = -1;
    qreal nextPageTop = 0; // where the row's page ends, in document coordinates
    qreal rowTop = 0;
};

// The first row (after `from` in `table`) whose cells do not all start and end on one page.
Cut firstCut(QTextDocument *doc, QTextTable *table, int from, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const auto page = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    for (int r = from; r < table->rows(); ++r) {
        int rowPage = -1;
        qreal top = 0;
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
            }
            top = qMin(top, first.top());
            if (firstPage != rowPage || page(last.bottom() - 0.5) != rowPage)
                cut = true;
        }
        if (cut)
            return {table, r, (rowPage + 1) * pageHeight, top};
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
        for (int r = 0; r < table->rows(); ++r) {
            for (int c = 0; c < table->columns(); ++c) {
                QTextTableCell cell = table->cellAt(r, c);
                if (cell.format().hasProperty(AddedPadding))
                    setAddedPadding(cell, 0);
            }
        }
    }
    edit.endEditBlock();
    const qreal pageHeight = doc->pageSize().height();
    if (pageHeight <= 0)
        return 0;

    int moved = 0;
    for (QTextTable *table : std::as_const(tables)) {
        // A cut header or first row cannot be moved by the row above it; a row still cut once
        // it starts a page is taller than a page: both are left and the search goes on below.
        int from = table->format().headerRowCount() + 1;
        int tries = 0;
        int lastRow = -1;
        qreal lastTop = 0;
        qreal lastAdded = 0;
        while (from < table->rows()) {
            const Cut cut = firstCut(doc, table, from, pageHeight);
            if (!cut.table)
                break;
            const qreal need = cut.nextPageTop - cut.rowTop + 1; // in the layout's units
            if (cut.row != lastRow) {
                tries = 0;
                lastAdded = 0;
            }
            if (tries >= 3 || (cut.row == lastRow && cut.rowTop <= lastTop)) {
                from = cut.row + 1; // taller than a page, or the padding does not move it
                continue;
            }
            // Padding is given in the document's pixels and scaled to the layout's device: the
            // first try assumes one to one, later tries scale by how far the last one moved it.
            qreal added = need;
            if (cut.row == lastRow && lastAdded > 0)
                added = lastAdded + need * lastAdded / (cut.rowTop - lastTop);
            edit.beginEditBlock();
            for (int c = 0; c < table->columns(); ++c) {
                QTextTableCell cell = table->cellAt(cut.row - 1, c);
                if (cell.row() == cut.row - 1 && cell.column() == c)
                    setAddedPadding(cell, added);
            }
            edit.endEditBlock();
            if (tries == 0)
                ++moved;
            ++tries;
            lastRow = cut.row;
            lastTop = cut.rowTop;
            lastAdded = added;
            from = cut.row; // look at the moved row again
        }
    }
    return moved;
}

} // namespace rr::TableRowKeeper
