// SPDX-License-Identifier: GPL-3.0-or-later
// `redroster chart` run as a script would, on the analytics fixture: CSV figures match the
// hand-computed medians (tst_chartdata), SVG / PDF / PNG are what they claim, usage errors name
// the option and exit 64.
#include "AnalyticsFixture.h"
#include "CliScratch.h"

#include <QFile>
#include <QImage>
#include <QTest>

using namespace rr;

class TestChartCli : public QObject
{
    Q_OBJECT

    test::CliScratch m_scratch;
    qint64 m_creatorA = 0;

    QString path(const char *name) const { return m_scratch.path(name); }
    QString path(const QString &name) const { return m_scratch.path(name); }
    test::CliRun chart(const QStringList &args) const
    {
        return m_scratch.run(QStringList{QStringLiteral("chart")}, args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        QString why;
        auto db = m_scratch.open(&why);
        QVERIFY2(db, qPrintable(why));
        test::AnalyticsFixture fixture(*db);
        QVERIFY2(fixture.build(), qPrintable(fixture.error()));
        m_creatorA = fixture.id(QStringLiteral("A"));
        for (const auto &[day, n] : {std::pair{"2026-01-01", 500000}, std::pair{"2026-03-01", 600000}})
            fixture.exec(QStringLiteral("INSERT INTO follower_snapshots (creator_id, as_of, followers) VALUES (?, ?, ?)"),
                         {m_creatorA, QLatin1String(day), n});
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
    }

    void compareCsvHasTheMedians()
    {
        const QString out = path("x.csv");
        const test::CliRun r = chart({QStringLiteral("compare"), QStringLiteral("--by"), QStringLiteral("tier"),
                                      QStringLiteral("--metric"), QStringLiteral("cpe"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("1 series, 2 points")));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header, mid, mega
        QVERIFY2(lines[1].contains(QStringLiteral(",3,3,")), qPrintable(lines[1]));     // mid: median 3 over 3 posts
        QVERIFY2(lines[2].contains(QStringLiteral(",1.75,2,")), qPrintable(lines[2])); // mega: 1.75 over 2
    }

    void trendSvg()
    {
        const QString out = path("x.svg");
        const test::CliRun r = chart({QStringLiteral("trend"), QStringLiteral("--period"), QStringLiteral("week"),
                                      QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svg = f.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("Engagement and save rate over time"));
    }

    void costPdf()
    {
        const QString out = path("x.pdf");
        const test::CliRun r = chart({QStringLiteral("cost"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5).startsWith("%PDF"));
    }

    void pngAtTwiceTheSize()
    {
        const QString out = path("x.png");
        const test::CliRun r = chart({QStringLiteral("cost"), QStringLiteral("--size"), QStringLiteral("400x300"),
                                      QStringLiteral("--owner"), QStringLiteral("Ben"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("2 points")));
        const QImage image(out);
        QCOMPARE(image.size(), QSize(800, 600));
    }

    void followersOfOneCreator()
    {
        const QString out = path("f.csv");
        const test::CliRun r = chart({QStringLiteral("followers"), QStringLiteral("--creator"),
                                      QString::number(m_creatorA), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("2 points")), qPrintable(r.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString csv = QStringLiteral("--out=e.csv");
        QTest::newRow("bad kind") << QStringList{QStringLiteral("pie"), csv} << QStringLiteral("pie");
        QTest::newRow("bad metric") << QStringList{QStringLiteral("compare"), QStringLiteral("--metric"), QStringLiteral("roi"), csv}
                                    << QStringLiteral("--metric");
        QTest::newRow("missing out") << QStringList{QStringLiteral("trend")} << QStringLiteral("--out");
        QTest::newRow("bad suffix") << QStringList{QStringLiteral("trend"), QStringLiteral("--out"), QStringLiteral("x.doc")}
                                    << QStringLiteral("--out");
        QTest::newRow("followers without creator") << QStringList{QStringLiteral("followers"), csv} << QStringLiteral("--creator");
        QTest::newRow("bad size") << QStringList{QStringLiteral("trend"), QStringLiteral("--size"), QStringLiteral("big"), csv}
                                  << QStringLiteral("--size");
        QTest::newRow("unknown tier") << QStringList{QStringLiteral("trend"), QStringLiteral("--tier"), QStringLiteral("mid,huge"), csv}
                                      << QStringLiteral("huge");
        QTest::newRow("metric on a trend") << QStringList{QStringLiteral("trend"), QStringLiteral("--metric"), QStringLiteral("er"), csv}
                                           << QStringLiteral("--metric");
        QTest::newRow("unknown tag") << QStringList{QStringLiteral("trend"), QStringLiteral("--tag"), QStringLiteral("nope"), csv}
                                     << QStringLiteral("--tag");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const test::CliRun r = chart(args);
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(named), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestChartCli)
#include "tst_chartcli.moc"
