// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/KpiTargetText.h"

#include <QTest>

#include <cmath>

using namespace rr;

Q_DECLARE_METATYPE(rr::Kpi)

class TestKpiTargetText : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void refuses_data();
    void refuses();
    void editTextReadsBack_data();
    void editTextReadsBack();
    void display();
};

void TestKpiTargetText::parse_data()
{
    QTest::addColumn<Kpi>("kpi");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");
    QTest::newRow("yuan sign") << Kpi::Cpe << QStringLiteral("¥0.80") << 0.8;
    QTest::newRow("full-width sign") << Kpi::Cpe << QStringLiteral("￥1.5") << 1.5;
    QTest::newRow("yuan word") << Kpi::Cpc << QStringLiteral("0.8元") << 0.8;
    QTest::newRow("below a fen") << Kpi::Cpr << QStringLiteral("0.0035") << 0.0035;
    QTest::newRow("grouped") << Kpi::Spend << QStringLiteral("12,000") << 12000.0;
    QTest::newRow("wan money") << Kpi::Spend << QStringLiteral("1.2万") << 12000.0;
    QTest::newRow("percent") << Kpi::SaveRate << QStringLiteral("4.5%") << 0.045;
    QTest::newRow("fraction") << Kpi::EngagementRate << QStringLiteral("0.045") << 0.045;
    QTest::newRow("delivered all") << Kpi::Delivered << QStringLiteral("100%") << 1.0;
    QTest::newRow("count") << Kpi::Views << QStringLiteral("120000") << 120000.0;
    QTest::newRow("wan count") << Kpi::Views << QStringLiteral("12万") << 120000.0;
    QTest::newRow("K count") << Kpi::Engagements << QStringLiteral("3.5k") << 3500.0;
    QTest::newRow("spaces") << Kpi::Saves << QStringLiteral("  800 ") << 800.0;
}

void TestKpiTargetText::parse()
{
    QFETCH(Kpi, kpi);
    QFETCH(QString, text);
    QFETCH(double, expected);
    const Parsed<double> p = KpiTargetText::parse(kpi, text);
    QVERIFY2(p.ok(), qPrintable(p.note));
    QVERIFY(p.value);
    QVERIFY2(std::abs(*p.value - expected) < 1e-9, qPrintable(QString::number(*p.value, 'g', 12)));
}

void TestKpiTargetText::refuses_data()
{
    QTest::addColumn<Kpi>("kpi");
    QTest::addColumn<QString>("text");
    QTest::newRow("word as money") << Kpi::Cpe << QStringLiteral("cheap");
    QTest::newRow("negative money") << Kpi::Cpe << QStringLiteral("-1");
    QTest::newRow("negative count") << Kpi::Views << QStringLiteral("-5");
    QTest::newRow("negative rate") << Kpi::SaveRate << QStringLiteral("-1%");
    QTest::newRow("word as rate") << Kpi::SaveRate << QStringLiteral("high");
}

void TestKpiTargetText::refuses()
{
    QFETCH(Kpi, kpi);
    QFETCH(QString, text);
    const Parsed<double> p = KpiTargetText::parse(kpi, text);
    QCOMPARE(p.state, Parsed<double>::State::Invalid);
    QVERIFY(!p.value);
    // The message names the input, the KPI and what was expected.
    QVERIFY2(p.note.contains(text.trimmed()), qPrintable(p.note));
    QVERIFY2(p.note.contains(CampaignKpis::label(kpi)), qPrintable(p.note));
    QVERIFY2(p.note.contains(KpiTargetText::expected(kpi)), qPrintable(p.note));
    QCOMPARE(KpiTargetText::parse(kpi, QStringLiteral("  ")).state, Parsed<double>::State::Empty);
}

void TestKpiTargetText::editTextReadsBack_data()
{
    QTest::addColumn<Kpi>("kpi");
    QTest::addColumn<double>("value");
    QTest::newRow("cpe") << Kpi::Cpe << 0.8;
    QTest::newRow("cpr below a fen") << Kpi::Cpr << 0.0035;
    QTest::newRow("spend") << Kpi::Spend << 250000.0;
    QTest::newRow("save rate") << Kpi::SaveRate << 0.0125;
    QTest::newRow("delivered") << Kpi::Delivered << 1.0;
    QTest::newRow("views") << Kpi::Views << 1500000.0;
}

void TestKpiTargetText::editTextReadsBack()
{
    QFETCH(Kpi, kpi);
    QFETCH(double, value);
    const QString text = KpiTargetText::editText(kpi, value);
    const Parsed<double> p = KpiTargetText::parse(kpi, text);
    QVERIFY2(p.ok() && p.value, qPrintable(text + QLatin1String(": ") + p.note));
    QVERIFY2(std::abs(*p.value - value) < 1e-9 * std::max(1.0, value), qPrintable(text));
}

void TestKpiTargetText::display()
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale zh(QLocale::Chinese, QLocale::China);
    QCOMPARE(KpiTargetText::display(Kpi::Cpe, 0.8, en), QStringLiteral("¥0.80"));
    QCOMPARE(KpiTargetText::display(Kpi::SaveRate, 0.045, en), QStringLiteral("4.50%"));
    QCOMPARE(KpiTargetText::display(Kpi::Views, 120000, en), QStringLiteral("120,000"));
    QCOMPARE(KpiTargetText::display(Kpi::Views, 120000, zh), QStringLiteral("120,000"));
    QCOMPARE(KpiTargetText::display(Kpi::Delivered, 1.0, zh), QStringLiteral("100%"));
    QCOMPARE(KpiTargetText::display(Kpi::SaveRate, 0.05, en), QStringLiteral("5%"));
}

QTEST_GUILESS_MAIN(TestKpiTargetText)
#include "tst_kpitargettext.moc"
