// SPDX-License-Identifier: GPL-3.0-or-later
// `redroster report shortlist ID|NAME --pdf OUT` (issue 6 §2) run as a script would, on the report
// fixture (tests/support/ReportFixture.h) with a shortlist of its three creators: the PDF is written
// on landscape A4, its text (pdftotext, NFKC-normalised, CJK radicals folded) holds every member's
// nickname and, with --lang zh_CN, the Chinese labels; an unknown shortlist exits 64 listing the
// shortlists; a shortlist named instead of numbered works.
#include "CliScratch.h"
#include "ReportFixture.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <utility>

using namespace rr;

namespace {

// Noto CJK's ToUnicode table maps some ideographs to Kangxi radicals (NFKC folds those back) and
// to CJK Radicals Supplement characters (folded here by hand, as in tst_reportcli).
QString foldRadicals(QString text)
{
    static const std::pair<char16_t, char16_t> pairs[] = {
        {0x2EC5, 0x89C1}, {0x2EC9, 0x8D1D}, {0x2ECB, 0x8F66}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8},
        {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EE2, 0x9A6C}, {0x2EE5, 0x9C7C},
        {0x2EE6, 0x9E1F}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}};
    for (const auto &[radical, ideograph] : pairs)
        text.replace(QChar(radical), QChar(ideograph));
    return text;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    return foldRadicals(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                            .normalized(QString::NormalizationForm_KC));
}

} // namespace

class TestRosterSheetCli : public QObject
{
    Q_OBJECT

    test::CliScratch m_scratch;
    qint64 m_shortlist = 0;

    QString path(const char *name) const { return m_scratch.path(name); }
    QString path(const QString &name) const { return m_scratch.path(name); }
    test::CliRun report(const QStringList &args) const
    {
        return m_scratch.run(QStringList{QStringLiteral("report"), QStringLiteral("shortlist")}, args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        QString why;
        auto db = m_scratch.open(&why);
        QVERIFY2(db, qPrintable(why));
        test::ReportFixture fixture(*db);
        QVERIFY2(fixture.build(), qPrintable(fixture.error()));
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO shortlists (name, purpose, created_by, created_at) VALUES "
                                      "('Q2 护肤候选', 'Serum launch, skincare first', 'Anna', 'now')")));
        m_shortlist = q.lastInsertId().toLongLong();
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO shortlist_members (shortlist_id, creator_id, added_at) "
                                         "SELECT ?, id, 'now' FROM creators")));
        q.addBindValue(m_shortlist);
        QVERIFY(q.exec());
    }

    void writesTheSheet_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("en by number") << "en" << QString()
                                      << QStringList{QStringLiteral("Shortlist: Q2 护肤候选"), QStringLiteral("Mega KOL"),
                                                     QStringLiteral("620K"), QStringLiteral("Skincare"),
                                                     QStringLiteral("Apr 10, 2026"), QStringLiteral("Page 1 of 1")};
        QTest::newRow("zh_CN by name") << "zh_CN" << QStringLiteral("Q2 护肤候选")
                                       << QStringList{QStringLiteral("小红书号"), QStringLiteral("粉丝数"),
                                                      QStringLiteral("头部博主"), QStringLiteral("腰部博主"),
                                                      QStringLiteral("尾部博主"), QStringLiteral("负责人"),
                                                      QStringLiteral("62万"), QStringLiteral("护肤"),
                                                      QStringLiteral("2026年4月10日"), QStringLiteral("共 1 页")};
    }
    void writesTheSheet()
    {
        QFETCH(QString, lang);
        QFETCH(QString, target);
        QFETCH(QStringList, expected);
        RR_REQUIRE_POPPLER();
        const QString out = path(QStringLiteral("sheet-%1.pdf").arg(lang));
        const test::CliRun r = report({target.isEmpty() ? QString::number(m_shortlist) : target, QStringLiteral("--pdf"),
                                       out, QStringLiteral("--lang"), lang, QStringLiteral("--date"),
                                       QStringLiteral("2026-04-10")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("3 creators")) && r.out.contains(QStringLiteral(": 1 page")),
                 qPrintable(r.out));
        const QString info = run(QStringLiteral("pdfinfo"), {out});
        QVERIFY2(info.contains(QStringLiteral("842 x 595 pts")), qPrintable(info)); // A4 landscape
        const QString text = pdfText(out);
        for (const QString &nickname : {QStringLiteral("莉莉爱护肤"), QStringLiteral("Tom's Kitchen"), QStringLiteral("夏夏的日常")})
            QVERIFY2(text.contains(nickname), qPrintable(nickname + QStringLiteral(" not in:\n") + text));
        for (const QString &s : expected)
            QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" not in:\n") + text));
    }

    void unknownShortlistExits64()
    {
        const QString out = path(QStringLiteral("none.pdf"));
        const test::CliRun r = report({QStringLiteral("Nope"), QStringLiteral("--pdf"), out});
        QVERIFY2(r.exitCode == 64, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("\"Nope\"")), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("%1 \"Q2 护肤候选\"").arg(m_shortlist)), qPrintable(r.describe()));
        QVERIFY(!QFile::exists(out));
    }

    void usage()
    {
        const test::CliRun r = report({QStringLiteral("--pdf"), path(QStringLiteral("u.pdf"))});
        QVERIFY2(r.exitCode == 64, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("shortlist's number or name")), qPrintable(r.describe()));
        const test::CliRun help = test::runRedroster({QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("redroster report shortlist ID|NAME --pdf FILE")));
    }
};

QTEST_MAIN(TestRosterSheetCli)
#include "tst_rostersheetcli.moc"
