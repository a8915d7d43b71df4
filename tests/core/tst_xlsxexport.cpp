// SPDX-License-Identifier: GPL-3.0-or-later
// Roster, shortlist and campaign exports as .xlsx on a real SQLite file, read back by unzipping
// the workbook: header cells, Chinese text intact, numbers as number cells, formula-looking text
// stored as a string (no <f> element anywhere), the autofilter and frozen header, Excel's row
// limit counted, and an existing target left as it was when an export fails.
// Built without libxlsxwriter, only the "no .xlsx support" message is checked.
#include "ExportFixture.h"
#include "TestDatabase.h"
#include "XlsxReadBack.h"
#include "export/CampaignExport.h"
#include "export/RosterExport.h"
#include "export/XlsxWriter.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <memory>

using namespace rr;

class TestXlsxExport : public QObject
{
    Q_OBJECT

    test::TestDatabase m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::ExportFixture> m_fixture;

    QString path(const char *name) const { return m_scratch.filePath(QLatin1String(name)); }
    static QByteArray contents(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeOld(const QString &file)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    // Files this process has open (-1 where /proc is missing).
    static int openFiles()
    {
        const QDir fds(QStringLiteral("/proc/self/fd"));
        return fds.exists() ? int(fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size()) : -1;
    }
    // The workbooks being built in the temporary folder.
    static QStringList redrosterTemps()
    {
        return QDir::temp().entryList({QStringLiteral("redroster-*.xlsx")}, QDir::Files);
    }
    // The header's column letter for a roster column.
    static QString col(const test::XlsxSheet &s, ExportColumn c) { return s.columnOf(RosterExport::title(c)); }

private slots:
    void initTestCase()
    {
#ifndef REDROSTER_HAVE_XLSX
        QVERIFY(!XlsxWriter::available());
        XlsxWriter w;
        QVERIFY(!w.open(m_scratch.filePath(QStringLiteral("x.xlsx"))));
        QVERIFY(w.errorString().contains(QStringLiteral("no .xlsx support")));
        QSKIP("built without libxlsxwriter (REDROSTER_HAVE_XLSX undefined)");
#endif
        QVERIFY(XlsxWriter::available());
        QVERIFY(m_scratch.isValid());
        StoreError err;
        m_db = m_scratch.open(QStringLiteral("x.sqlite"), &err);
        QVERIFY2(m_db, qPrintable(err.detail));
        m_fixture = std::make_unique<test::ExportFixture>(*m_db);
        QVERIFY2(m_fixture->build(), qPrintable(m_fixture->error()));
    }

    void rosterWorkbook()
    {
        const QString file = path("roster.xlsx");
        XlsxResult result;
        QVERIFY2(RosterExport::writeXlsx(*m_db, RosterFilter(), file, &result), qPrintable(result.message()));
        QCOMPARE(result.rows(), 4);
        QCOMPARE(result.omittedRows, 0);
        const test::XlsxSheet s = test::readSheet(file, 1);
        QVERIFY2(s.ok, qPrintable(s.error));

        // Header: every title in order, as text.
        const QStringList headers = RosterExport::headers();
        QCOMPARE(s.at(QStringLiteral("A1")).value, QStringLiteral("ID"));
        QCOMPARE(s.at(QStringLiteral("B1")).value, QStringLiteral("XHS ID"));
        for (int i = 0; i < int(ExportColumn::Count); ++i)
            QVERIFY2(!col(s, static_cast<ExportColumn>(i)).isEmpty(), qPrintable(headers.at(i)));
        QVERIFY(s.at(QStringLiteral("A1")).isText());
        QVERIFY(s.frozenTopRow);
        QCOMPARE(s.autoFilter, QStringLiteral("A1:") + col(s, ExportColumn::Updated) + QStringLiteral("5"));

        // Rows by creator id: row 2 is creator 1, row 5 creator 4.
        const auto cell = [&](ExportColumn c, int row) { return s.at(col(s, c) + QString::number(row)); };
        QCOMPARE(cell(ExportColumn::Nickname, 5).value, QStringLiteral("普通博主"));
        QCOMPARE(cell(ExportColumn::City, 2).value, QStringLiteral("上海"));
        QCOMPARE(cell(ExportColumn::RealName, 2).value, QStringLiteral("王小红"));
        // Numbers are number cells, not strings.
        QVERIFY(cell(ExportColumn::Id, 2).isNumber());
        QCOMPARE(cell(ExportColumn::Id, 2).value.toLongLong(), m_fixture->id(QStringLiteral("c1")));
        QVERIFY(cell(ExportColumn::Followers, 2).isNumber());
        QCOMPARE(cell(ExportColumn::Followers, 2).value, QStringLiteral("600000"));
        QVERIFY(cell(ExportColumn::PriceImage, 2).isNumber());
        QVERIFY(cell(ExportColumn::PriceImage, 2).styled); // ¥#,##0.00
        QCOMPARE(cell(ExportColumn::PriceImage, 2).value.toDouble(), 2000.0);
        QVERIFY(cell(ExportColumn::EngagementRate, 2).isNumber());
        QCOMPARE(cell(ExportColumn::EngagementRate, 2).value.toDouble(), 0.05);
        QVERIFY(cell(ExportColumn::Updated, 2).isNumber()); // a date-time cell
        QVERIFY(cell(ExportColumn::Updated, 2).styled);
        // Phone numbers stay text, intact.
        QVERIFY(cell(ExportColumn::Phone, 2).isText());
        QCOMPARE(cell(ExportColumn::Phone, 2).value, QStringLiteral("+86 138 0000 0000"));
        // Unknown stays empty, never 0.
        QVERIFY(!s.cells.contains(col(s, ExportColumn::Followers) + QStringLiteral("5")));
        QVERIFY(!s.cells.contains(col(s, ExportColumn::PriceImage) + QStringLiteral("3")));
    }

    void hostileTextIsAStringNotAFormula_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("nickname");
        QTest::newRow("=HYPERLINK") << 2 << "=HYPERLINK(\"http://x\")";
        QTest::newRow("+SUM") << 3 << "+SUM(1)";
        QTest::newRow("-2+3") << 4 << "-2+3";
    }
    void hostileTextIsAStringNotAFormula()
    {
        QFETCH(int, row);
        QFETCH(QString, nickname);
        const QString file = path("hostile.xlsx");
        XlsxResult result;
        QVERIFY2(RosterExport::writeXlsx(*m_db, RosterFilter(), file, &result), qPrintable(result.message()));
        const test::XlsxSheet s = test::readSheet(file, 1);
        QVERIFY2(s.ok, qPrintable(s.error));
        const test::XlsxCell c = s.at(col(s, ExportColumn::Nickname) + QString::number(row));
        QCOMPARE(c.value, nickname); // no apostrophe added: a string cell needs none
        QVERIFY(c.isText());
        QVERIFY(!c.formula);
        QString error;
        QVERIFY(!test::unzipEntry(file, QStringLiteral("xl/worksheets/sheet1.xml"), &error).contains("<f>"));
    }

    void shortlistWorkbook()
    {
        const QString file = path("shortlist.xlsx");
        XlsxResult result;
        QVERIFY2(RosterExport::writeShortlistXlsx(*m_db, m_fixture->id(QStringLiteral("shortlist")), file, &result),
                 qPrintable(result.message()));
        QCOMPARE(result.rows(), 2);
        const test::XlsxSheet s = test::readSheet(file, 1);
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.at(col(s, ExportColumn::Handle) + QStringLiteral("2")).value, QStringLiteral("xhs001"));
        QCOMPARE(s.at(col(s, ExportColumn::Handle) + QStringLiteral("3")).value, QStringLiteral("xhs002"));
        QVERIFY(!s.cells.contains(QStringLiteral("A4")));
    }

    void campaignWorkbook_data()
    {
        QTest::addColumn<bool>("posts");
        QTest::newRow("creators only") << false;
        QTest::newRow("creators and posts") << true;
    }
    void campaignWorkbook()
    {
        QFETCH(bool, posts);
        const QString file = path("campaign.xlsx");
        XlsxResult result;
        QVERIFY2(CampaignExport::writeXlsx(*m_db, m_fixture->id(QStringLiteral("spring")), file, posts, &result),
                 qPrintable(result.message()));
        QCOMPARE(result.sheetRows.size(), posts ? 2 : 1);
        QCOMPARE(result.rows(0), 2);
        QString error;
        const QString workbook = QString::fromUtf8(test::unzipEntry(file, QStringLiteral("xl/workbook.xml"), &error));
        QVERIFY2(workbook.contains(QStringLiteral("name=\"Creators\"")), qPrintable(workbook));
        QCOMPARE(workbook.contains(QStringLiteral("name=\"Posts\"")), posts);

        const test::XlsxSheet s = test::readSheet(file, 1);
        QVERIFY2(s.ok, qPrintable(s.error));
        const QStringList headers = CampaignExport::collaborationHeaders();
        QCOMPARE(s.at(QStringLiteral("A1")).value, headers.first());
        const QString handleCol = s.columnOf(QStringLiteral("XHS ID"));
        const int row = s.at(handleCol + QStringLiteral("2")).value == QLatin1String("xhs001") ? 2 : 3;
        const auto at = [&](const QString &title) { return s.at(s.columnOf(title) + QString::number(row)); };
        QVERIFY(at(QStringLiteral("Fee (CNY)")).isNumber());
        QCOMPARE(at(QStringLiteral("Fee (CNY)")).value.toDouble(), 3000.0);
        QCOMPARE(at(QStringLiteral("Views")).value, QStringLiteral("15000"));
        QCOMPARE(at(QStringLiteral("Engagements")).value, QStringLiteral("700"));
        QVERIFY(at(QStringLiteral("Engagement rate (0-1)")).isNumber());
        QCOMPARE(at(QStringLiteral("Engagement rate (0-1)")).value.toDouble(), 700.0 / 15000.0);

        if (posts) {
            QCOMPARE(result.rows(1), 2);
            const test::XlsxSheet p = test::readSheet(file, 2);
            QVERIFY2(p.ok, qPrintable(p.error));
            QCOMPARE(p.at(QStringLiteral("A1")).value, CampaignExport::postHeaders().first());
            const test::XlsxCell title = p.at(p.columnOf(QStringLiteral("Title")) + QStringLiteral("2"));
            QCOMPARE(title.value, QStringLiteral("=cmd|' /C calc'!A0"));
            QVERIFY(title.isText() && !title.formula);
            const test::XlsxCell published = p.at(p.columnOf(QStringLiteral("Published")) + QStringLiteral("2"));
            QVERIFY(published.isNumber() && published.styled); // a date cell
            QCOMPARE(published.value.toInt(), 46086); // 2026-03-05 as an Excel serial day
        }
    }

    void targetUntouchedWhenTheExportFails()
    {
        const QString file = path("keep.xlsx");
        writeOld(file);
        XlsxResult result;
        QVERIFY(!CampaignExport::writeXlsx(*m_db, 9999, file, true, &result));
        QCOMPARE(result.error.code, StoreError::Code::NotFound);
        QVERIFY(!result.message().isEmpty());
        QCOMPARE(contents(file), QByteArray("old"));

        // A workbook abandoned before close() replaces nothing and leaves no file open or
        // behind (its sheets' row files included: two sheets, rows in each).
        const int filesBefore = openFiles();
        const QStringList tempsBefore = redrosterTemps();
        {
            XlsxWriter w;
            QVERIFY(w.open(file));
            for (const QString &sheet : {QStringLiteral("S"), QStringLiteral("T")}) {
                QVERIFY(w.begin(sheet, {QStringLiteral("a")}, {CellKind::Integer}));
                for (int i = 0; i < 100; ++i)
                    QVERIFY(w.row({i}));
            }
            QVERIFY(openFiles() > filesBefore || filesBefore < 0);
        }
        QCOMPARE(contents(file), QByteArray("old"));
        QCOMPARE(openFiles(), filesBefore);
        QCOMPARE(redrosterTemps(), tempsBefore);

        // A folder that does not exist: a file error naming the file.
        QVERIFY(!RosterExport::writeXlsx(*m_db, RosterFilter(), path("no/such/dir/x.xlsx"), &result));
        QVERIFY(!result.error.isError());
        QVERIFY2(result.fileError.contains(QStringLiteral("x.xlsx")), qPrintable(result.fileError));
    }

    void typedCellsFallBackToText()
    {
        const QString file = path("typed.xlsx");
        XlsxWriter w;
        QVERIFY(w.open(file));
        QVERIFY(w.begin(QStringLiteral("a/b:c*d?[e]"),
                        {QStringLiteral("n"), QStringLiteral("d"), QStringLiteral("m"), QStringLiteral("r")},
                        {CellKind::Integer, CellKind::Date, CellKind::Money, CellKind::Ratio}));
        QVERIFY(w.row({QStringLiteral("n/a"), QStringLiteral("someday"), 12.5, 0.25}));
        QVERIFY(w.row({QVariant(), QStringLiteral("2026-03-05"), QVariant(), QVariant()}));
        QVERIFY(w.addSheet(QStringLiteral("a_b_c_d__e_"))); // the first sheet's cleaned name: made unique
        QCOMPARE(w.close(), QString());
        const test::XlsxSheet s = test::readSheet(file, 1);
        QVERIFY2(s.ok, qPrintable(s.error));
        QVERIFY(s.at(QStringLiteral("A2")).isText());
        QCOMPARE(s.at(QStringLiteral("A2")).value, QStringLiteral("n/a"));
        QVERIFY(s.at(QStringLiteral("B2")).isText());
        QVERIFY(s.at(QStringLiteral("C2")).isNumber());
        QCOMPARE(s.at(QStringLiteral("D2")).value.toDouble(), 0.25);
        QVERIFY(s.at(QStringLiteral("B3")).isNumber());
        QVERIFY(!s.cells.contains(QStringLiteral("A3")));
        QString error;
        const QString workbook = QString::fromUtf8(test::unzipEntry(file, QStringLiteral("xl/workbook.xml"), &error));
        QVERIFY2(workbook.contains(QStringLiteral("name=\"a_b_c_d__e_\"")), qPrintable(workbook));
        QVERIFY2(workbook.contains(QStringLiteral("name=\"a_b_c_d__e_ (2)\"")), qPrintable(workbook));
    }

    // Excel's limit: 1,048,575 data rows under the header; the rest is counted, not written.
    void rowsPastExcelsLimitAreCounted()
    {
        const QString file = path("big.xlsx");
        XlsxWriter w;
        QVERIFY(w.open(file));
        QVERIFY(w.begin(QStringLiteral("Big"), {QStringLiteral("n")}, {CellKind::Integer}));
        const qint64 total = XlsxWriter::maxRows + 2; // three rows too many
        for (qint64 i = 0; i < total; ++i)
            QVERIFY(w.row({i}));
        QCOMPARE(w.sheetRows().value(0), XlsxWriter::maxRows - 1);
        QCOMPARE(w.omittedRows(), 3);
        QCOMPARE(w.close(), QString());
        QVERIFY(QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
