// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming RFC 4180 reader and the format sniffer, on in-memory text and on the fixture files
// (tests/data/import, made by make_fixtures.py), with chunk sizes down to one byte so that chunk
// boundaries fall inside quoted cells, CRLF pairs and multibyte characters.
#include "import/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace rr;

using Rows = QList<QStringList>;
using Lines = QList<qint64>;
Q_DECLARE_METATYPE(rr::TextEncoding)

namespace {

const int chunkSizes[] = {1, 2, 3, 7, 64 * 1024};

struct ReadResult
{
    Rows rows;
    Lines lines;
    QList<CsvIssue> issues;
    qint64 bytesRead = 0;
};

ReadResult readAll(QIODevice *device, const CsvFormat &format, int chunk)
{
    CsvReader reader(device, format);
    reader.setChunkSize(chunk);
    ReadResult result;
    CsvRecord record;
    qint64 lastProgress = 0;
    while (reader.next(&record)) {
        result.rows.append(record.cells);
        result.lines.append(record.line);
        if (reader.bytesRead() < lastProgress)
            qWarning("bytesRead went backwards");
        lastProgress = reader.bytesRead();
    }
    if (reader.next(&record))
        qWarning("next() after the end returned true");
    result.issues = reader.issues();
    result.bytesRead = reader.bytesRead();
    return result;
}

ReadResult readBytes(const QByteArray &bytes, const CsvFormat &format, int chunk)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, format, chunk);
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(REDROSTER_TEST_DATA "/import/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList row(std::initializer_list<const char16_t *> cells)
{
    QStringList out;
    for (const char16_t *c : cells)
        out.append(QString::fromUtf16(c));
    return out;
}

// The table every creators_* fixture holds.
const Rows creatorTable = {
    row({u"小红书号", u"博主昵称", u"粉丝数", u"图文报价", u"城市", u"备注"}),
    row({u"95123456", u"小鹿爱美妆", u"1.2万", u"¥2,000", u"上海", u"含逗号, 和\"引号\""}),
    row({u"xhs_778899", u"Lily的穿搭日记", u"35000", u"1500元", u"北京", u""}),
    row({u"red_0001", u"猫咪日常", u"—", u"—", u"广州", u"第一行\n第二行"}),
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void rfc4180_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<Lines>("lines");
        const QStringList ab = {QStringLiteral("a"), QStringLiteral("b")};
        const QStringList cd = {QStringLiteral("c"), QStringLiteral("d")};
        QTest::newRow("LF") << QStringLiteral("a,b\nc,d\n") << Rows{ab, cd} << Lines{1, 2};
        QTest::newRow("CRLF") << QStringLiteral("a,b\r\nc,d\r\n") << Rows{ab, cd} << Lines{1, 2};
        QTest::newRow("CR") << QStringLiteral("a,b\rc,d\r") << Rows{ab, cd} << Lines{1, 2};
        QTest::newRow("no final newline") << QStringLiteral("a,b\r\nc,d") << Rows{ab, cd} << Lines{1, 2};
        QTest::newRow("blank trailing lines") << QStringLiteral("a,b\nc,d\n\n\r\n\r\n") << Rows{ab, cd} << Lines{1, 2};
        QTest::newRow("blank line inside") << QStringLiteral("a,b\n\nc,d\n") << Rows{ab, cd} << Lines{1, 3};
        QTest::newRow("empty fields") << QStringLiteral("a,,b\n,,\n")
                                      << Rows{row({u"a", u"", u"b"}), row({u"", u"", u""})} << Lines{1, 2};
        QTest::newRow("trailing delimiter at end") << QStringLiteral("a,b,\nc,d,")
                                                   << Rows{row({u"a", u"b", u""}), row({u"c", u"d", u""})} << Lines{1, 2};
        QTest::newRow("quoted delimiter") << QStringLiteral("\"a,1\",b\n")
                                          << Rows{row({u"a,1", u"b"})} << Lines{1};
        QTest::newRow("doubled quotes") << QStringLiteral("\"say \"\"hi\"\"\",\"\"\"\"\n")
                                        << Rows{row({u"say \"hi\"", u"\""})} << Lines{1};
        QTest::newRow("quoted empty") << QStringLiteral("\"\",\"\"\n") << Rows{row({u"", u""})} << Lines{1};
        QTest::newRow("LF inside quotes") << QStringLiteral("\"第一行\n第二行\",x\ny,z\n")
                                          << Rows{row({u"第一行\n第二行", u"x"}), row({u"y", u"z"})} << Lines{1, 3};
        QTest::newRow("CRLF inside quotes") << QStringLiteral("\"1\r\n2\r\n3\",x\r\ny,z\r\n")
                                            << Rows{row({u"1\r\n2\r\n3", u"x"}), row({u"y", u"z"})} << Lines{1, 4};
        QTest::newRow("CR inside quotes") << QStringLiteral("\"1\r2\",x\ry,z")
                                          << Rows{row({u"1\r2", u"x"}), row({u"y", u"z"})} << Lines{1, 3};
        QTest::newRow("quote at the very end") << QStringLiteral("a,\"b\"") << Rows{ab} << Lines{1};
        QTest::newRow("spaces kept") << QStringLiteral(" a , b \n") << Rows{row({u" a ", u" b "})} << Lines{1};
        QTest::newRow("chinese and emoji") << QStringLiteral("昵称,备注\n小鹿🐱,\"好,的\"\n")
                                           << Rows{row({u"昵称", u"备注"}), row({u"小鹿🐱", u"好,的"})} << Lines{1, 2};
        QTest::newRow("empty file") << QString() << Rows{} << Lines{};
        QTest::newRow("only blank lines") << QStringLiteral("\n\r\n\r") << Rows{} << Lines{};
    }
    void rfc4180()
    {
        QFETCH(QString, text);
        QFETCH(Rows, rows);
        QFETCH(Lines, lines);
        for (const int chunk : chunkSizes) {
            const ReadResult r = readBytes(text.toUtf8(), CsvFormat{}, chunk);
            QCOMPARE(r.rows, rows);
            QCOMPARE(r.lines, lines);
            QVERIFY2(r.issues.isEmpty(), qPrintable(r.issues.value(0).message));
        }
    }

    void otherDelimitersAndQuotes()
    {
        CsvFormat f;
        f.delimiter = QLatin1Char('\t');
        QCOMPARE(readBytes("a\t\"b\tc\"\n", f, 2).rows, Rows{row({u"a", u"b\tc"})});
        f.delimiter = QLatin1Char('|');
        f.quote = QLatin1Char('\'');
        QCOMPARE(readBytes("a|'b|''c'''\n", f, 1).rows, Rows{row({u"a", u"b|'c'"})});
        f.quote = QChar(); // no quoting: quotes are text
        QCOMPARE(readBytes("\"a|b\"\n", f, 1).rows, Rows{row({u"\"a", u"b\""})});
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("utf-8") << QStringLiteral("creators_utf8.csv") << TextEncoding::Utf8 << QChar(u',');
        QTest::newRow("utf-8 bom") << QStringLiteral("creators_utf8_bom.csv") << TextEncoding::Utf8Bom << QChar(u',');
        QTest::newRow("gb18030") << QStringLiteral("creators_gb18030.csv") << TextEncoding::Gb18030 << QChar(u',');
        QTest::newRow("utf-16le tab") << QStringLiteral("creators_utf16le.txt") << TextEncoding::Utf16LE << QChar(u'\t');
        QTest::newRow("utf-16be") << QStringLiteral("creators_utf16be.csv") << TextEncoding::Utf16BE << QChar(u',');
        QTest::newRow("semicolon") << QStringLiteral("creators_semicolon.csv") << TextEncoding::Utf8 << QChar(u';');
        QTest::newRow("pipe, CR") << QStringLiteral("creators_pipe.txt") << TextEncoding::Utf8 << QChar(u'|');
    }
    // Sniffed, then read to the exact cells, whatever the chunk size; no BOM in the first header.
    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(TextEncoding, encoding);
        QFETCH(QChar, delimiter);
        const QByteArray bytes = fixture(file);
        QVERIFY(!bytes.isEmpty());
        const CsvFormat format = sniffCsvFormat(bytes.left(64 * 1024));
        QCOMPARE(format.encoding, encoding);
        QCOMPARE(format.delimiter, delimiter);
        QCOMPARE(format.quote, QChar(u'"'));
        QVERIFY(format.hasHeader);
        for (const int chunk : chunkSizes) {
            const ReadResult r = readBytes(bytes, format, chunk);
            QCOMPARE(r.rows, creatorTable);
            QCOMPARE(r.lines, (Lines{1, 2, 3, 4}));
            QVERIFY(r.issues.isEmpty());
            QCOMPARE(r.bytesRead, bytes.size());
            QCOMPARE(r.rows.first().first().front(), QChar(u'小'));
        }
    }

    // The encoding the user chooses is the one used.
    void manualEncodingOverride()
    {
        const QByteArray bytes = fixture(QStringLiteral("creators_gb18030.csv"));
        CsvFormat format;
        format.encoding = TextEncoding::Utf8;
        const ReadResult wrong = readBytes(bytes, format, 64 * 1024);
        QVERIFY(wrong.rows.first() != creatorTable.first());
        QVERIFY(!wrong.issues.isEmpty());
        QCOMPARE(wrong.issues.first().kind, CsvIssue::Kind::Undecodable);
        QCOMPARE(wrong.issues.first().line, 1);
        QCOMPARE(wrong.issues.first().column, 1);
        format.encoding = TextEncoding::Gb18030;
        QCOMPARE(readBytes(bytes, format, 5).rows, creatorTable);
    }

    void undecodableNamesLineAndColumn()
    {
        QByteArray bytes = QStringLiteral("昵称,备注\n小鹿,好\n\"多\n行\",x").toUtf8();
        bytes.append("\xFF\n");
        for (const int chunk : chunkSizes) {
            const ReadResult r = readBytes(bytes, CsvFormat{}, chunk);
            QCOMPARE(r.rows.size(), 3);
            QCOMPARE(r.issues.size(), 1);
            QCOMPARE(r.issues.first().kind, CsvIssue::Kind::Undecodable);
            QCOMPARE(r.issues.first().line, 4); // the record starts on line 3; its first cell has two lines
            QCOMPARE(r.issues.first().column, 2);
            QVERIFY(r.issues.first().message.contains(QStringLiteral("UTF-8")));
        }
    }

    void wrongCellCount()
    {
        const ReadResult r = readBytes(fixture(QStringLiteral("wrong_cells.csv")), CsvFormat{}, 3);
        // Reported, never guessed: the records come back as read.
        QCOMPARE(r.rows, (Rows{row({u"a", u"b", u"c"}), row({u"1", u"2", u"3"}), row({u"4", u"5"}),
                               row({u"6", u"7", u"8", u"9"})}));
        QCOMPARE(r.issues.size(), 2);
        QCOMPARE(r.issues.at(0).kind, CsvIssue::Kind::WrongCellCount);
        QCOMPARE(r.issues.at(0).line, 3);
        QCOMPARE(r.issues.at(0).column, 3);
        QVERIFY(r.issues.at(0).message.contains(QStringLiteral("2 cells")));
        QVERIFY(r.issues.at(0).message.contains(QStringLiteral("expected 3")));
        QCOMPARE(r.issues.at(1).kind, CsvIssue::Kind::WrongCellCount);
        QCOMPARE(r.issues.at(1).line, 4);
        QCOMPARE(r.issues.at(1).column, 4);
    }

    // A cell far longer than a chunk, with quotes and line breaks throughout.
    void longQuotedCell()
    {
        QString cell;
        for (int i = 0; i < 20000; ++i)
            cell += QStringLiteral("小鹿\"%1\r\n,").arg(i);
        QString quoted = cell;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        const QByteArray bytes = (QStringLiteral("a,b\n1,\"") + quoted + QStringLiteral("\"\n2,3\n")).toUtf8();
        for (const int chunk : {7, 4096}) {
            const ReadResult r = readBytes(bytes, CsvFormat{}, chunk);
            QCOMPARE(r.rows.size(), 3);
            QCOMPARE(r.rows.at(1).at(1), cell);
            QCOMPARE(r.lines, (Lines{1, 2, 20003})); // 20,000 line breaks inside the cell
            QVERIFY(r.issues.isEmpty());
        }
    }

    void wrongCellCountAfterMultilineCell()
    {
        const ReadResult r = readBytes("a,b\n\"1\n2\",3\n4\n", CsvFormat{}, 64);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().line, 4);
    }

    void unterminatedQuote()
    {
        for (const int chunk : chunkSizes) {
            const ReadResult r = readBytes(fixture(QStringLiteral("unterminated.csv")), CsvFormat{}, chunk);
            QCOMPARE(r.rows.size(), 3);
            QCOMPARE(r.rows.at(2), row({u"3", u"x\ny\n4,5\n"}));
            QCOMPARE(r.lines, (Lines{1, 2, 3}));
            QCOMPARE(r.issues.size(), 1);
            QCOMPARE(r.issues.first().kind, CsvIssue::Kind::UnterminatedQuote);
            QCOMPARE(r.issues.first().line, 3);
            QCOMPARE(r.issues.first().column, 2);
            QVERIFY(!r.issues.first().message.isEmpty());
        }
    }

    void strayQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<int>("column");
        QTest::newRow("inside unquoted") << QStringLiteral("a,b\"c\n") << row({u"a", u"b\"c"}) << 2;
        QTest::newRow("after closing") << QStringLiteral("\"ab\"c,d\n") << row({u"abc", u"d"}) << 1;
    }
    void strayQuotes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, cells);
        QFETCH(int, column);
        for (const int chunk : chunkSizes) {
            const ReadResult r = readBytes(text.toUtf8(), CsvFormat{}, chunk);
            QCOMPARE(r.rows, Rows{cells});
            QCOMPARE(r.issues.size(), 1);
            QCOMPARE(r.issues.first().kind, CsvIssue::Kind::StrayQuote);
            QCOMPARE(r.issues.first().line, 1);
            QCOMPARE(r.issues.first().column, column);
        }
    }

    void blankTrailingFixture()
    {
        const QByteArray bytes = fixture(QStringLiteral("blank_trailing.csv"));
        const ReadResult r = readBytes(bytes, sniffCsvFormat(bytes), 4);
        QCOMPARE(r.rows, (Rows{row({u"昵称", u"粉丝数"}), row({u"小鹿", u"100"})}));
        QVERIFY(r.issues.isEmpty());
    }

    void progress()
    {
        const QByteArray bytes = fixture(QStringLiteral("creators_utf8.csv"));
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, CsvFormat{});
        reader.setChunkSize(16);
        QCOMPARE(reader.totalBytes(), bytes.size());
        QCOMPARE(reader.bytesRead(), 0);
        CsvRecord record;
        QVERIFY(reader.next(&record));
        QVERIFY(reader.bytesRead() > 0);
        QVERIFY(reader.bytesRead() < bytes.size());
        while (reader.next(&record)) { }
        QCOMPARE(reader.bytesRead(), bytes.size());
    }

    void sniffDelimiter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QStringLiteral("昵称,粉丝数,城市\n小鹿,\"1,200\",上海\n猫,30;40,北京\n") << QChar(u',');
        QTest::newRow("semicolon") << QStringLiteral("name;followers;notes\nlu;1,200;a,b\ncat;30;x\n") << QChar(u';');
        QTest::newRow("tab") << QStringLiteral("name\tfollowers\tnotes\nlu\t1,200\ta;b\ncat\t30\tx,y\n") << QChar(u'\t');
        QTest::newRow("pipe") << QStringLiteral("name|followers|notes\nlu|1,200|a;b\ncat|30|x\n") << QChar(u'|');
        QTest::newRow("single column") << QStringLiteral("昵称\n小鹿\n猫\n") << QChar(u',');
        QTest::newRow("cut last line") << QStringLiteral("a;b;c\n1;2;3\n4;5") << QChar(u';');
    }
    void sniffDelimiter()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QCOMPARE(sniffCsvFormat(text.toUtf8()).delimiter, delimiter);
    }

    void sniffHeader_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("hasHeader");
        QTest::newRow("known chinese names") << QStringLiteral("小红书号,粉丝数\n123,456\n") << true;
        QTest::newRow("known english names") << QStringLiteral("handle,followers\nabc,456\n") << true;
        QTest::newRow("text above numbers") << QStringLiteral("who,how many\nlu,1.2万\ncat,300\n") << true;
        QTest::newRow("numbers in first row") << QStringLiteral("lu,1200\ncat,300\n") << false;
        QTest::newRow("dates in first row") << QStringLiteral("lu,2026-03-05\ncat,2026-03-06\n") << false;
        QTest::newRow("only text") << QStringLiteral("alpha,beta\ngamma,delta\n") << true;
        QTest::newRow("empty first cell") << QStringLiteral(",beta\ngamma,delta\n") << false;
    }
    void sniffHeader()
    {
        QFETCH(QString, text);
        QFETCH(bool, hasHeader);
        QCOMPARE(sniffCsvFormat(text.toUtf8()).hasHeader, hasHeader);
    }

    void sniffNoHeaderFixture()
    {
        const CsvFormat f = sniffCsvFormat(fixture(QStringLiteral("no_header.csv")));
        QVERIFY(!f.hasHeader);
        QCOMPARE(f.delimiter, QChar(u','));
    }

    void sniffShortGbk()
    {
        const CsvFormat f = sniffCsvFormat(fixture(QStringLiteral("short_gbk.csv")));
        QCOMPARE(f.encoding, TextEncoding::Gb18030);
        const ReadResult r = readBytes(fixture(QStringLiteral("short_gbk.csv")), f, 1);
        QCOMPARE(r.rows, (Rows{row({u"联通", u"备注"}), row({u"博主", u"好"})}));
    }

    void sniffSingleQuote()
    {
        const CsvFormat f = sniffCsvFormat("'a,b',c\n'd',e\n");
        QCOMPARE(f.quote, QChar(u'\''));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
