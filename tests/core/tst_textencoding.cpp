// SPDX-License-Identifier: GPL-3.0-or-later
// Encodings Chinese spreadsheets arrive in: detection, chunked decoding, BOMs, names.
#include "import/TextEncoding.h"

#include <QTest>
#include <QFile>
#include <QHash>

using namespace rr;

Q_DECLARE_METATYPE(rr::TextEncoding)

namespace {

const QString chinese = QStringLiteral("小红书号,博主昵称,粉丝数\r\n95123456,小鹿爱美妆🐱,1.2万\r\n");

QByteArray encode(const QString &text, TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8: return text.toUtf8();
    case TextEncoding::Utf8Bom: return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    case TextEncoding::Gb18030: {
        // Made by Python's gb18030 codec (tests link only the core, not Qt5Compat); 🐱 is a
        // four-byte GB18030 sequence.
        static const QHash<QString, QByteArray> gb = {
            {chinese, QByteArray("\xD0\xA1\xBA\xEC\xCA\xE9\xBA\xC5,\xB2\xA9\xD6\xF7\xEA\xC7\xB3\xC6,"
                                 "\xB7\xDB\xCB\xBF\xCA\xFD\x0D\x0A" "95123456,\xD0\xA1\xC2\xB9\xB0\xAE\xC3"
                                 "\xC0\xD7\xB1\x94" "9\xCE" "3,1.2\xCD\xF2\x0D\x0A")},
            {QStringLiteral("联通,备注\r\n博主,好\r\n"),
             QByteArray("\xC1\xAA\xCD\xA8,\xB1\xB8\xD7\xA2\x0D\x0A\xB2\xA9\xD6\xF7,\xBA\xC3\x0D\x0A")},
            {QStringLiteral("博主昵称"), QByteArray("\xB2\xA9\xD6\xF7\xEA\xC7\xB3\xC6")}};
        return gb.value(text);
    }
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        QByteArray out = e == TextEncoding::Utf16LE ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
        for (const QChar c : text) {
            const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
            if (e == TextEncoding::Utf16LE)
                out.append(lo).append(hi);
            else
                out.append(hi).append(lo);
        }
        return out;
    }
    }
    return {};
}

QString decodeInChunks(const QByteArray &bytes, TextEncoding e, int chunk)
{
    StreamDecoder decoder(e);
    QString out;
    for (qsizetype i = 0; i < bytes.size(); i += chunk)
        out += decoder.decode(bytes.mid(i, chunk));
    out += decoder.flush();
    if (decoder.hasError())
        return QStringLiteral("<error>");
    return out;
}

} // namespace

class TestTextEncoding : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<int>("chunk");
        const int chunks[] = {1, 2, 3, 5, 7, 64 * 1024};
        const TextEncoding encodings[] = {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Gb18030,
                                          TextEncoding::Utf16LE, TextEncoding::Utf16BE};
        for (const TextEncoding e : encodings) {
            for (const int c : chunks)
                QTest::addRow("%s/%d", qPrintable(TextEncodingText::key(e)), c) << e << c;
        }
    }
    // Every byte split: characters cut across chunks are completed by the next chunk.
    void roundTrip()
    {
        QFETCH(TextEncoding, encoding);
        QFETCH(int, chunk);
        const QByteArray bytes = encode(chinese, encoding);
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(decodeInChunks(bytes, encoding, chunk), chinese);
    }

    void gb18030IsRealGbk()
    {
        // 小 is D0 A1 in GBK; the decoder must not be some Latin fallback.
        StreamDecoder decoder(TextEncoding::Gb18030);
        QCOMPARE(decoder.decode(QByteArray("\xD0\xA1\xBA\xEC\xCA\xE9")), QStringLiteral("小红书"));
        QVERIFY(!decoder.hasError());
    }

    void detect_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<TextEncoding>("expected");
        for (const TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Gb18030,
                                     TextEncoding::Utf16LE, TextEncoding::Utf16BE})
            QTest::addRow("%s", qPrintable(TextEncodingText::key(e))) << encode(chinese, e) << e;
        QTest::newRow("ascii") << QByteArray("handle,followers\nabc,12\n") << TextEncoding::Utf8;
        QTest::newRow("empty") << QByteArray() << TextEncoding::Utf8;
        // 联通 in GBK (C1 AA CD A8) is an overlong UTF-8 form: a lax detector calls it UTF-8.
        QTest::newRow("2-line gbk") << encode(QStringLiteral("联通,备注\r\n博主,好\r\n"), TextEncoding::Gb18030)
                                    << TextEncoding::Gb18030;
        // A sample cut in the middle of a UTF-8 character is still UTF-8.
        const QByteArray utf8 = QStringLiteral("昵称,粉丝\n小鹿").toUtf8();
        QTest::newRow("utf-8 cut") << utf8.left(utf8.size() - 1) << TextEncoding::Utf8;
        // UTF-16 without a BOM (every other byte zero).
        QTest::newRow("utf-16le no bom") << encode(QStringLiteral("handle,followers\n"), TextEncoding::Utf16LE).mid(2)
                                         << TextEncoding::Utf16LE;
        QTest::newRow("surrogate bytes") << QByteArray("a,\xED\xA0\x80\n") << TextEncoding::Gb18030;
    }
    void detect()
    {
        QFETCH(QByteArray, head);
        QFETCH(TextEncoding, expected);
        QCOMPARE(detectEncoding(head), expected);
    }

    void detectedGbkFixtureDecodes()
    {
        QFile file(QStringLiteral(REDROSTER_TEST_DATA "/import/short_gbk.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const TextEncoding e = detectEncoding(bytes);
        QCOMPARE(e, TextEncoding::Gb18030);
        StreamDecoder decoder(e);
        QCOMPARE(decoder.decode(bytes), QStringLiteral("联通,备注\r\n博主,好\r\n"));
    }

    void bomStripped_data()
    {
        QTest::addColumn<TextEncoding>("encoding");
        QTest::newRow("utf-8-bom") << TextEncoding::Utf8Bom;
        QTest::newRow("utf-16le") << TextEncoding::Utf16LE;
        QTest::newRow("utf-16be") << TextEncoding::Utf16BE;
    }
    void bomStripped()
    {
        QFETCH(TextEncoding, encoding);
        const QByteArray bytes = encode(QStringLiteral("昵称"), encoding);
        const QString text = decodeInChunks(bytes, encoding, 1);
        QCOMPARE(text, QStringLiteral("昵称"));
        QCOMPARE(text.front(), QChar(u'昵'));
    }
    // A UTF-8 BOM is dropped even when the user chose plain UTF-8.
    void bomStrippedUnderPlainUtf8()
    {
        StreamDecoder decoder(TextEncoding::Utf8);
        QCOMPARE(decoder.decode(QByteArray("\xEF\xBB\xBF") + QStringLiteral("昵称").toUtf8()), QStringLiteral("昵称"));
    }

    // The override takes effect: the same bytes read differently under each choice.
    void manualOverride()
    {
        const QByteArray gbk = encode(QStringLiteral("博主昵称"), TextEncoding::Gb18030);
        StreamDecoder asUtf8(TextEncoding::Utf8);
        QString wrong = asUtf8.decode(gbk);
        wrong += asUtf8.flush();
        QVERIFY(asUtf8.hasError());
        QVERIFY(wrong != QStringLiteral("博主昵称"));
        StreamDecoder asGbk(TextEncoding::Gb18030);
        QCOMPARE(asGbk.decode(gbk), QStringLiteral("博主昵称"));
        QVERIFY(!asGbk.hasError());
    }

    void errorsCounted_data()
    {
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("error");
        QTest::newRow("utf-8 invalid byte") << TextEncoding::Utf8 << QByteArray("ab\xFF" "cd") << true;
        QTest::newRow("utf-8 cut at end") << TextEncoding::Utf8 << QByteArray("ab\xE5\xB0") << true;
        QTest::newRow("utf-8 fine") << TextEncoding::Utf8 << QStringLiteral("小鹿").toUtf8() << false;
        QTest::newRow("gb18030 bad trail") << TextEncoding::Gb18030 << QByteArray("ab\x81\x20" "cd") << true;
        QTest::newRow("gb18030 cut at end") << TextEncoding::Gb18030 << QByteArray("ab\xD0") << true;
        QTest::newRow("gb18030 fine") << TextEncoding::Gb18030 << QByteArray("\xD0\xA1") << false;
        QTest::newRow("utf-16 odd byte") << TextEncoding::Utf16LE << QByteArray("a\0b", 3) << true;
    }
    void errorsCounted()
    {
        QFETCH(TextEncoding, encoding);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, error);
        StreamDecoder decoder(encoding);
        QString text = decoder.decode(bytes);
        text += decoder.flush();
        QCOMPARE(decoder.hasError(), error);
        QCOMPARE(decoder.errorCount() > 0, error);
        if (error)
            QVERIFY(text.contains(QChar::ReplacementCharacter));
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("expected"); // -1: not recognised
        QTest::newRow("utf-8") << QStringLiteral("utf-8") << int(TextEncoding::Utf8);
        QTest::newRow("UTF8") << QStringLiteral("UTF8") << int(TextEncoding::Utf8);
        QTest::newRow("utf-8-bom") << QStringLiteral("utf-8-bom") << int(TextEncoding::Utf8Bom);
        QTest::newRow("utf-8-sig") << QStringLiteral("utf-8-sig") << int(TextEncoding::Utf8Bom);
        QTest::newRow("gbk") << QStringLiteral("GBK") << int(TextEncoding::Gb18030);
        QTest::newRow("gb2312") << QStringLiteral("gb2312") << int(TextEncoding::Gb18030);
        QTest::newRow("gb18030") << QStringLiteral("gb18030") << int(TextEncoding::Gb18030);
        QTest::newRow("utf-16") << QStringLiteral("utf-16") << int(TextEncoding::Utf16LE);
        QTest::newRow("utf-16be") << QStringLiteral("UTF-16BE") << int(TextEncoding::Utf16BE);
        QTest::newRow("latin1") << QStringLiteral("latin1") << -1;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(int, expected);
        const auto e = TextEncodingText::fromName(name);
        QCOMPARE(e ? int(*e) : -1, expected);
        if (e) {
            QCOMPARE(TextEncodingText::fromName(TextEncodingText::key(*e)), e);
            QVERIFY(!TextEncodingText::label(*e).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
