// SPDX-License-Identifier: GPL-3.0-or-later
// The roster sheet printed to a real PDF, then its laid-out document read back: no row of the
// creators' table is cut by a page break (every cell of a row, first line to last, on one page),
// in both languages, with rows of mixed Latin and Chinese text, long XHS IDs and owners; laid out
// again in portrait, the space added for landscape is gone and no row is cut either.
#include "report/RosterSheetDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace rr;

namespace {

RosterSheetData manyRows(int count)
{
    RosterSheetData data;
    data.source = RosterSheetData::Source::Shortlist;
    data.shortlistId = 1;
    data.shortlistName = QStringLiteral("Q1 护肤候选");
    data.generatedOn = QDate(2026, 3, 5);
    for (int i = 0; i < count; ++i) {
        RosterSheetRow r;
        r.id = i + 1;
        r.nickname = i % 3 == 0 ? QStringLiteral("小熊的护肤日记%1").arg(i) : QStringLiteral("Yuki_daily%1").arg(i);
        // Every fourth XHS ID wraps to several lines: rows of one to ten lines.
        r.handle = i % 4 == 0 ? QStringLiteral("xiaoxiong_daily_makeup_notes_%1_").arg(i * 7919).repeated(6).left(12 + i % 160)
                              : QStringLiteral("x%1").arg(i);
        r.tier = Tier(i % 4);
        r.category = {QStringLiteral("护肤"), QStringLiteral("Skincare")};
        r.followers = 1000 + i * 3571;
        r.engagementRate = 0.01 + (i % 7) / 100.0;
        r.priceImageFen = i % 5 == 0 ? std::optional<qint64>() : std::optional<qint64>(100000 + i * 100);
        r.status = Status(i % 6);
        r.doNotContact = i % 9 == 0;
        r.owner = i % 2 ? QStringLiteral("Sophie Wang 王思菲") : QString();
        r.brandFit = i % 3 ? std::optional<double>(4.0) : std::nullopt;
        r.city = QStringLiteral("上海");
        data.rows << r;
    }
    data.matched = count;
    return data;
}

// The page (0-based) a document y coordinate falls on.
int pageOf(qreal y, qreal pageHeight)
{
    return int(y / pageHeight);
}

} // namespace

class TestRosterSheetPages : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreNotCutByPageBreaks_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void rowsAreNotCutByPageBreaks()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        RosterSheetDocument sheet(manyRows(240), language);
        // Landscape, then portrait: the space added for the first page size must not stay.
        QPageLayout portrait = RosterSheetDocument::layout();
        portrait.setOrientation(QPageLayout::Portrait);
        for (const QPageLayout &layout : {RosterSheetDocument::layout(), portrait}) {
            QString error;
            QVERIFY2(sheet.writePdf(dir.filePath(QStringLiteral("sheet.pdf")), layout, &error), qPrintable(error));
            const QStringList cut = cutRows(sheet.document());
            QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("%1 row(s) cut by a page break: %2")
                                                   .arg(cut.size())
                                                   .arg(cut.mid(0, 5).join(QLatin1String("; ")))));
        }
    }

private:
    // Rows of the sheet's table whose cells do not all lie on one page, as laid out by writePdf.
    static QStringList cutRows(QTextDocument *doc)
    {
        const qreal pageHeight = doc->pageSize().height();
        if (pageHeight <= 0 || doc->pageCount() <= 3)
            return {QStringLiteral("the test needs rows on several pages")};
        QTextTable *table = nullptr;
        for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
            if (auto *t = qobject_cast<QTextTable *>(frame); t && t->rows() > 100)
                table = t;
        }
        if (!table)
            return {QStringLiteral("no table")};
        QAbstractTextDocumentLayout *layout = doc->documentLayout();
        QStringList where;
        for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
            int rowPage = -1;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
                const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
                const int top = pageOf(first.top() + 0.5, pageHeight);
                const int bottom = pageOf(last.bottom() - 0.5, pageHeight);
                if (rowPage < 0)
                    rowPage = top;
                if (top != rowPage || bottom != rowPage) {
                    where << QStringLiteral("row %1 column %2: pages %3-%4, row on %5")
                                 .arg(r).arg(c).arg(top).arg(bottom).arg(rowPage);
                    break;
                }
            }
        }
        return where;
    }
};

QTEST_MAIN(TestRosterSheetPages)
#include "tst_rostersheetpages.moc"
