// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers, money and dates in each language's forms: 1.2万 / 12K, ¥ in both, 2026年3月5日 / Mar 5, 2026.
#include "domain/NumberFormat.h"

#include <QTest>

using namespace rr;

class TestNumberFormat : public QObject
{
    Q_OBJECT
private slots:
    void compact_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        QTest::newRow("small") << qint64(980) << QStringLiteral("980") << QStringLiteral("980");
        QTest::newRow("thousands") << qint64(1234) << QStringLiteral("1,234") << QStringLiteral("1.2K");
        QTest::newRow("under a wan") << qint64(9999) << QStringLiteral("9,999") << QStringLiteral("10K");
        QTest::newRow("1.2 wan") << qint64(12345) << QStringLiteral("1.2万") << QStringLiteral("12K");
        QTest::newRow("whole") << qint64(20000) << QStringLiteral("2万") << QStringLiteral("20K");
        QTest::newRow("120 wan") << qint64(1200000) << QStringLiteral("120万") << QStringLiteral("1.2M");
        QTest::newRow("rounds up a unit") << qint64(99999999) << QStringLiteral("1亿") << QStringLiteral("100M");
        QTest::newRow("yi") << qint64(350000000) << QStringLiteral("3.5亿") << QStringLiteral("350M");
        QTest::newRow("billions") << qint64(1200000000) << QStringLiteral("12亿") << QStringLiteral("1.2B");
        QTest::newRow("negative") << qint64(-12345) << QStringLiteral("-1.2万") << QStringLiteral("-12K");
        QTest::newRow("K rounds to M") << qint64(999999) << QStringLiteral("100万") << QStringLiteral("1M");
    }
    void compact()
    {
        QFETCH(qint64, value);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        QCOMPARE(NumberFormat::compact(value, QLocale(QLocale::Chinese, QLocale::China)), zh);
        QCOMPARE(NumberFormat::compact(value, QLocale(QLocale::English, QLocale::UnitedStates)), en);
    }

    void money_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<bool>("compactForm");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        QTest::newRow("whole yuan") << qint64(1200000) << false << QStringLiteral("¥12,000") << QStringLiteral("¥12,000");
        QTest::newRow("cents") << qint64(123456) << false << QStringLiteral("¥1,234.56") << QStringLiteral("¥1,234.56");
        QTest::newRow("compact") << qint64(1200000) << true << QStringLiteral("¥1.2万") << QStringLiteral("¥12K");
        QTest::newRow("compact small") << qint64(50000) << true << QStringLiteral("¥500") << QStringLiteral("¥500");
        QTest::newRow("negative") << qint64(-5000) << false << QStringLiteral("-¥50") << QStringLiteral("-¥50");
    }
    void money()
    {
        QFETCH(qint64, fen);
        QFETCH(bool, compactForm);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        QCOMPARE(NumberFormat::money(fen, QLocale(QLocale::Chinese, QLocale::China), compactForm), zh);
        QCOMPARE(NumberFormat::money(fen, QLocale(QLocale::English, QLocale::UnitedStates), compactForm), en);
    }

    void datesPercentsAndCosts()
    {
        const QLocale zh(QLocale::Chinese, QLocale::China);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(NumberFormat::date(QDate(2026, 3, 5), zh), QStringLiteral("2026年3月5日"));
        QCOMPARE(NumberFormat::date(QDate(2026, 3, 5), en), QStringLiteral("Mar 5, 2026"));
        QVERIFY(NumberFormat::date(QDate(), en).isEmpty());
        QCOMPARE(NumberFormat::percent(0.05125, en), QStringLiteral("5.13%"));
        QCOMPARE(NumberFormat::percent(0.5, zh, 1), QStringLiteral("50.0%"));
        QCOMPARE(NumberFormat::yuan(3.2, zh), QStringLiteral("¥3.20"));
        QCOMPARE(NumberFormat::count(1234567, en), QStringLiteral("1,234,567"));
    }
};

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
