// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers, money, rates, dates and yes/no as people and Chinese exports write them.
#include "import/ValueParser.h"

#include <QTest>

#include <limits>

using namespace rr;

namespace {
// The expected state in the data tables.
enum Expect { Empty, Ok, Doubtful, Invalid };

template<typename T>
Expect stateOf(const Parsed<T> &p)
{
    switch (p.state) {
    case Parsed<T>::State::Empty: return Empty;
    case Parsed<T>::State::Ok: return Ok;
    case Parsed<T>::State::Doubtful: return Doubtful;
    case Parsed<T>::State::Invalid: return Invalid;
    }
    return Invalid;
}

template<typename T>
void checkShape(const Parsed<T> &p)
{
    QCOMPARE(p.value.has_value(), p.ok());
    if (p.state == Parsed<T>::State::Doubtful || p.state == Parsed<T>::State::Invalid)
        QVERIFY2(!p.note.isEmpty(), "a doubtful or invalid value says why");
    if (p.state == Parsed<T>::State::Ok)
        QVERIFY(p.note.isEmpty());
}
} // namespace

Q_DECLARE_METATYPE(Expect)

class TestValueParser : public QObject
{
    Q_OBJECT
private slots:
    void count_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Expect>("state");
        QTest::addColumn<qint64>("value");
        QTest::newRow("plain") << QStringLiteral("12345") << Ok << qint64(12345);
        QTest::newRow("thousands") << QStringLiteral("12,345") << Ok << qint64(12345);
        QTest::newRow("millions") << QStringLiteral("1,234,567") << Ok << qint64(1234567);
        QTest::newRow("w") << QStringLiteral("1.2w") << Ok << qint64(12000);
        QTest::newRow("W") << QStringLiteral("1.2W") << Ok << qint64(12000);
        QTest::newRow("万") << QStringLiteral("1.2万") << Ok << qint64(12000);
        QTest::newRow("万 with space") << QStringLiteral(" 3 万 ") << Ok << qint64(30000);
        QTest::newRow("k") << QStringLiteral("3.5k") << Ok << qint64(3500);
        QTest::newRow("K") << QStringLiteral("3.5K") << Ok << qint64(3500);
        QTest::newRow("千") << QStringLiteral("2千") << Ok << qint64(2000);
        QTest::newRow("亿") << QStringLiteral("1.2亿") << Ok << qint64(120000000);
        QTest::newRow("M") << QStringLiteral("1.5M") << Ok << qint64(1500000);
        QTest::newRow("rounded with suffix") << QStringLiteral("1.23456万") << Ok << qint64(12346);
        QTest::newRow("whole .0") << QStringLiteral("12.0") << Ok << qint64(12);
        QTest::newRow("full-width digits") << QStringLiteral("１２３") << Ok << qint64(123);
        QTest::newRow("full-width comma") << QStringLiteral("１２，３４５") << Ok << qint64(12345);
        QTest::newRow("ideographic space") << QStringLiteral("\u3000123\u3000") << Ok << qint64(123);
        QTest::newRow("zero") << QStringLiteral("0") << Ok << qint64(0);
        QTest::newRow("10万+ lower bound") << QStringLiteral("10万+") << Doubtful << qint64(100000);
        QTest::newRow("1000+") << QStringLiteral("1000+") << Doubtful << qint64(1000);
        QTest::newRow("empty") << QString() << Empty << qint64(-1);
        QTest::newRow("dash") << QStringLiteral("-") << Empty << qint64(-1);
        QTest::newRow("em dash") << QStringLiteral("—") << Empty << qint64(-1);
        QTest::newRow("en dash") << QStringLiteral("–") << Empty << qint64(-1);
        QTest::newRow("slash") << QStringLiteral("/") << Empty << qint64(-1);
        QTest::newRow("N/A") << QStringLiteral("N/A") << Empty << qint64(-1);
        QTest::newRow("n/a") << QStringLiteral("n/a") << Empty << qint64(-1);
        QTest::newRow("暂无") << QStringLiteral("暂无") << Empty << qint64(-1);
        QTest::newRow("无 is unknown here") << QStringLiteral("无") << Empty << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5") << Invalid << qint64(-1);
        QTest::newRow("negative 万") << QStringLiteral("-1.2万") << Invalid << qint64(-1);
        QTest::newRow("fraction") << QStringLiteral("12.5") << Invalid << qint64(-1);
        QTest::newRow("1.2.3") << QStringLiteral("1.2.3") << Invalid << qint64(-1);
        QTest::newRow("bad grouping") << QStringLiteral("1,23,45") << Invalid << qint64(-1);
        QTest::newRow("grouped with fraction") << QStringLiteral("1,234.5万") << Ok << qint64(12345000);
        QTest::newRow("four after a comma") << QStringLiteral("1,2345") << Invalid << qint64(-1);
        QTest::newRow("four before a point") << QStringLiteral("1,2345.6") << Invalid << qint64(-1);
        QTest::newRow("leading comma") << QStringLiteral(",123") << Invalid << qint64(-1);
        QTest::newRow("comma in fraction") << QStringLiteral("1.234,5") << Invalid << qint64(-1);
        QTest::newRow("trailing point") << QStringLiteral("5.") << Ok << qint64(5);
        QTest::newRow("spaces inside") << QStringLiteral("12 345") << Ok << qint64(12345);
        QTest::newRow("text") << QStringLiteral("many") << Invalid << qint64(-1);
        QTest::newRow("unit only") << QStringLiteral("万") << Invalid << qint64(-1);
        QTest::newRow("overflow") << QStringLiteral("99999999999999999999") << Invalid << qint64(-1);
        QTest::newRow("overflow by 亿") << QStringLiteral("999999999999亿") << Invalid << qint64(-1);
        QTest::newRow("max") << QStringLiteral("9223372036854775807") << Ok << std::numeric_limits<qint64>::max();
    }
    void count()
    {
        QFETCH(QString, text);
        QFETCH(Expect, state);
        QFETCH(qint64, value);
        const Parsed<qint64> p = ValueParser::count(text);
        QCOMPARE(stateOf(p), state);
        checkShape(p);
        if (p.ok())
            QCOMPARE(*p.value, value);
    }

    void invalidCountSaysWhatWasExpected()
    {
        const auto p = ValueParser::count(QStringLiteral("lots"));
        QVERIFY(p.note.contains(QStringLiteral("1.2")));
    }

    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("centsInFile");
        QTest::addColumn<Expect>("state");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("¥2,000") << QStringLiteral("¥2,000") << false << Ok << qint64(200000);
        QTest::newRow("￥2000") << QStringLiteral("￥2000") << false << Ok << qint64(200000);
        QTest::newRow("2000元") << QStringLiteral("2000元") << false << Ok << qint64(200000);
        QTest::newRow("2,000.50") << QStringLiteral("2,000.50") << false << Ok << qint64(200050);
        QTest::newRow("1.2万") << QStringLiteral("1.2万") << false << Ok << qint64(1200000);
        QTest::newRow("1.2万元") << QStringLiteral("1.2万元") << false << Ok << qint64(1200000);
        QTest::newRow("RMB 2000") << QStringLiteral("RMB 2000") << false << Ok << qint64(200000);
        QTest::newRow("rmb2000") << QStringLiteral("rmb2000") << false << Ok << qint64(200000);
        QTest::newRow("2000 CNY") << QStringLiteral("2000 CNY") << false << Ok << qint64(200000);
        QTest::newRow("¥ 3k") << QStringLiteral("¥ 3k") << false << Ok << qint64(300000);
        QTest::newRow("full-width") << QStringLiteral("￥２，０００") << false << Ok << qint64(200000);
        QTest::newRow("zero") << QStringLiteral("0") << false << Ok << qint64(0);
        QTest::newRow("cents in file") << QStringLiteral("200000") << true << Ok << qint64(200000);
        QTest::newRow("cents in file, 万") << QStringLiteral("1.2万") << true << Ok << qint64(12000);
        QTest::newRow("rounded to fen") << QStringLiteral("2.345") << false << Doubtful << qint64(235);
        QTest::newRow("unknown") << QStringLiteral("—") << false << Empty << qint64(-1);
        QTest::newRow("empty") << QStringLiteral("  ") << false << Empty << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-200") << false << Invalid << qint64(-1);
        QTest::newRow("negative ¥") << QStringLiteral("¥-200") << false << Invalid << qint64(-1);
        QTest::newRow("range") << QStringLiteral("2000-3000") << false << Invalid << qint64(-1);
        QTest::newRow("1.2.3") << QStringLiteral("1.2.3") << false << Invalid << qint64(-1);
        QTest::newRow("text") << QStringLiteral("面议") << false << Invalid << qint64(-1);
        QTest::newRow("overflow") << QStringLiteral("999999999999999999") << false << Invalid << qint64(-1);
    }
    void money()
    {
        QFETCH(QString, text);
        QFETCH(bool, centsInFile);
        QFETCH(Expect, state);
        QFETCH(qint64, fen);
        const Parsed<qint64> p = ValueParser::moneyFen(text, centsInFile);
        QCOMPARE(stateOf(p), state);
        checkShape(p);
        if (p.ok())
            QCOMPARE(*p.value, fen);
    }

    void rate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Expect>("state");
        QTest::addColumn<double>("value");
        QTest::newRow("4.5%") << QStringLiteral("4.5%") << Ok << 0.045;
        QTest::newRow("full-width %") << QStringLiteral("４.５％") << Ok << 0.045;
        QTest::newRow("0.045") << QStringLiteral("0.045") << Ok << 0.045;
        QTest::newRow(".5") << QStringLiteral(".5") << Ok << 0.5;
        QTest::newRow("1") << QStringLiteral("1") << Ok << 1.0;
        QTest::newRow("12%") << QStringLiteral("12 %") << Ok << 0.12;
        QTest::newRow("permille") << QStringLiteral("5‰") << Ok << 0.005;
        QTest::newRow("4.5 doubtful") << QStringLiteral("4.5") << Doubtful << 0.045;
        QTest::newRow("unknown") << QStringLiteral("N/A") << Empty << 0.0;
        QTest::newRow("negative") << QStringLiteral("-4%") << Invalid << 0.0;
        QTest::newRow("text") << QStringLiteral("high") << Invalid << 0.0;
        QTest::newRow("1.2.3") << QStringLiteral("1.2.3%") << Invalid << 0.0;
    }
    void rate()
    {
        QFETCH(QString, text);
        QFETCH(Expect, state);
        QFETCH(double, value);
        const Parsed<double> p = ValueParser::rate(text);
        QCOMPARE(stateOf(p), state);
        checkShape(p);
        if (p.ok())
            QVERIFY2(qAbs(*p.value - value) < 1e-12, qPrintable(QString::number(*p.value)));
    }

    void date_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Expect>("state");
        QTest::addColumn<QDate>("value");
        const QDate d(2026, 3, 5);
        QTest::newRow("iso") << QStringLiteral("2026-03-05") << Ok << d;
        QTest::newRow("slashes") << QStringLiteral("2026/3/5") << Ok << d;
        QTest::newRow("dots") << QStringLiteral("2026.3.5") << Ok << d;
        QTest::newRow("chinese") << QStringLiteral("2026年3月5日") << Ok << d;
        QTest::newRow("chinese 号") << QStringLiteral("2026年03月05号") << Ok << d;
        QTest::newRow("full-width chinese") << QStringLiteral("２０２６年３月５日") << Ok << d;
        QTest::newRow("compact") << QStringLiteral("20260305") << Ok << d;
        QTest::newRow("3/5/2026 doubtful") << QStringLiteral("3/5/2026") << Doubtful << d;
        QTest::newRow("25/3/2026 day first") << QStringLiteral("25/3/2026") << Ok << QDate(2026, 3, 25);
        QTest::newRow("3/25/2026 month first") << QStringLiteral("3/25/2026") << Ok << QDate(2026, 3, 25);
        QTest::newRow("5/5/2026 same") << QStringLiteral("5/5/2026") << Ok << QDate(2026, 5, 5);
        QTest::newRow("excel serial") << QStringLiteral("46086") << Ok << d;
        QTest::newRow("excel serial with time") << QStringLiteral("46086.5") << Ok << d;
        QTest::newRow("excel epoch check") << QStringLiteral("25569") << Ok << QDate(1970, 1, 1);
        QTest::newRow("date-time") << QStringLiteral("2026-03-05 14:30:00") << Ok << d;
        QTest::newRow("date-time T") << QStringLiteral("2026-03-05T14:30:00Z") << Ok << d;
        QTest::newRow("date-time slashes") << QStringLiteral("2026/3/5 9:05") << Ok << d;
        QTest::newRow("chinese date-time") << QStringLiteral("2026年3月5日 14:30") << Ok << d;
        QTest::newRow("english") << QStringLiteral("March 5, 2026") << Ok << d;
        QTest::newRow("english short") << QStringLiteral("5-Mar-2026") << Ok << d;
        QTest::newRow("unknown") << QStringLiteral("/") << Empty << QDate();
        QTest::newRow("no such day") << QStringLiteral("2026-02-30") << Invalid << QDate();
        QTest::newRow("month 13") << QStringLiteral("2026/13/1") << Invalid << QDate();
        QTest::newRow("serial too small") << QStringLiteral("12345") << Invalid << QDate();
        QTest::newRow("serial too large") << QStringLiteral("99999") << Invalid << QDate();
        QTest::newRow("text") << QStringLiteral("yesterday") << Invalid << QDate();
        QTest::newRow("1.2.3") << QStringLiteral("1.2.3") << Invalid << QDate();
        QTest::newRow("month only") << QStringLiteral("2026年3月") << Invalid << QDate();
    }
    void date()
    {
        QFETCH(QString, text);
        QFETCH(Expect, state);
        QFETCH(QDate, value);
        const Parsed<QDate> p = ValueParser::date(text);
        QCOMPARE(stateOf(p), state);
        checkShape(p);
        if (p.ok())
            QCOMPARE(*p.value, value);
    }

    void ambiguousDateNamesBothReadings()
    {
        const auto p = ValueParser::date(QStringLiteral("3/5/2026"));
        QVERIFY(p.note.contains(QStringLiteral("2026-03-05")));
        QVERIFY(p.note.contains(QStringLiteral("2026-05-03")));
    }

    void boolean_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Expect>("state");
        QTest::addColumn<bool>("value");
        QTest::newRow("是") << QStringLiteral("是") << Ok << true;
        QTest::newRow("否") << QStringLiteral("否") << Ok << false;
        QTest::newRow("有") << QStringLiteral("有") << Ok << true;
        QTest::newRow("无 means no here") << QStringLiteral("无") << Ok << false;
        QTest::newRow("yes") << QStringLiteral("Yes") << Ok << true;
        QTest::newRow("no") << QStringLiteral("NO") << Ok << false;
        QTest::newRow("y") << QStringLiteral("y") << Ok << true;
        QTest::newRow("n") << QStringLiteral("n") << Ok << false;
        QTest::newRow("true") << QStringLiteral("TRUE") << Ok << true;
        QTest::newRow("false") << QStringLiteral("false") << Ok << false;
        QTest::newRow("1") << QStringLiteral("1") << Ok << true;
        QTest::newRow("0") << QStringLiteral("0") << Ok << false;
        QTest::newRow("full-width 1") << QStringLiteral("１") << Ok << true;
        QTest::newRow("empty") << QString() << Empty << false;
        QTest::newRow("暂无") << QStringLiteral("暂无") << Empty << false;
        QTest::newRow("dash") << QStringLiteral("-") << Empty << false;
        QTest::newRow("maybe") << QStringLiteral("maybe") << Invalid << false;
        QTest::newRow("2") << QStringLiteral("2") << Invalid << false;
    }
    void boolean()
    {
        QFETCH(QString, text);
        QFETCH(Expect, state);
        QFETCH(bool, value);
        const Parsed<bool> p = ValueParser::boolean(text);
        QCOMPARE(stateOf(p), state);
        checkShape(p);
        if (p.ok())
            QCOMPARE(*p.value, value);
    }

    void unknownMarks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("unknown");
        for (const char16_t *m : {u"", u" ", u"—", u"–", u"-", u"/", u"N/A", u"n/a", u"暂无", u"无", u"－", u"--"})
            QTest::addRow("%s", qPrintable(QString::fromUtf16(m))) << QString::fromUtf16(m) << true;
        QTest::newRow("0") << QStringLiteral("0") << false;
        QTest::newRow("text") << QStringLiteral("小鹿") << false;
        QTest::newRow("否") << QStringLiteral("否") << false;
    }
    void unknownMarks()
    {
        QFETCH(QString, text);
        QFETCH(bool, unknown);
        QCOMPARE(ValueParser::isUnknownMark(text), unknown);
    }
};

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
