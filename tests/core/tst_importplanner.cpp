// SPDX-License-Identifier: GPL-3.0-or-later
// The planner turns one record at a time into a creator as it will be stored, with a note for
// every doubtful or unreadable cell (line, column, raw text, reason).
#include "TestDatabase.h"

#include "import/CsvReader.h"
#include "import/HeaderMatcher.h"
#include "import/ImportJob.h"
#include "import/ImportPlanner.h"
#include "import/MetricsPlanner.h"
#include "store/Database.h"

#include <QFile>
#include <QTest>

#include <memory>

using namespace rr;

class TestImportPlanner : public QObject
{
    Q_OBJECT

    test::TestDatabase m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;

    RowPlan planOne(const QStringList &header, const QStringList &cells, bool fen = false)
    {
        ColumnMapping m = HeaderMatcher::automatic(header);
        m.pricesInFen = fen;
        PlannerOptions o;
        o.today = QDate(2026, 4, 1);
        ImportPlanner planner(*m_db, m, o);
        StoreError err;
        RowPlan p;
        if (!planner.prepare(&err))
            return p;
        CsvRecord rec;
        rec.cells = cells;
        rec.line = 7;
        planner.plan(rec, &p, &err);
        return p;
    }

private slots:
    void initTestCase()
    {
        StoreError err;
        m_db = m_scratch.open(QStringLiteral("p.sqlite"), &err);
        QVERIFY2(m_db, qPrintable(err.message));
    }

    void readsValuesAsPeopleWriteThem()
    {
        const RowPlan p = planOne({QStringLiteral("小红书号"), QStringLiteral("粉丝量"), QStringLiteral("视频报价"),
                                   QStringLiteral("互动率"), QStringLiteral("语言"), QStringLiteral("MCN"),
                                   QStringLiteral("数据日期"), QStringLiteral("邮箱"), QStringLiteral("城市")},
                                  {QStringLiteral(" h1 "), QStringLiteral("1.2万"), QStringLiteral("2000元"),
                                   QStringLiteral("4.5%"), QStringLiteral("中文、English"), QStringLiteral("星光"),
                                   QStringLiteral("2026年3月5日"), QStringLiteral("a@b.cn"), QStringLiteral("—")});
        QCOMPARE(p.action, RowAction::Create);
        QCOMPARE(p.creator.handle, QStringLiteral("h1"));
        QCOMPARE(p.creator.followers, std::optional<qint64>(12000));
        QCOMPARE(p.creator.priceVideoFen, std::optional<qint64>(200000));
        QVERIFY(p.creator.avgEngagementRate && qAbs(*p.creator.avgEngagementRate - 0.045) < 1e-9);
        QCOMPARE(p.creator.languages, (QStringList{QStringLiteral("中文"), QStringLiteral("English")}));
        QVERIFY(p.creator.hasAgency);
        QCOMPARE(p.creator.agencyName, QStringLiteral("星光"));
        QCOMPARE(p.creator.email, QStringLiteral("a@b.cn"));
        QVERIFY(p.creator.city.isEmpty()); // "—" means unknown
        QCOMPARE(p.creator.status, Status::Prospect);
        // The file's date is the follower snapshot's date.
        QCOMPARE(p.snapshotFollowers, std::optional<qint64>(12000));
        QCOMPARE(p.snapshotAsOf, QDate(2026, 3, 5));
        QVERIFY(p.notes.isEmpty());
    }

    void pricesInFen()
    {
        const RowPlan yuan = planOne({QStringLiteral("handle"), QStringLiteral("picture_price")},
                                     {QStringLiteral("x"), QStringLiteral("150000")});
        QCOMPARE(yuan.creator.priceImageFen, std::optional<qint64>(15000000));
        const RowPlan fen = planOne({QStringLiteral("handle"), QStringLiteral("picture_price")},
                                    {QStringLiteral("x"), QStringLiteral("150000")}, true);
        QCOMPARE(fen.creator.priceImageFen, std::optional<qint64>(150000));
    }

    void notesNameLineColumnAndText()
    {
        const RowPlan p = planOne({QStringLiteral("handle"), QStringLiteral("followers"), QStringLiteral("类目")},
                                  {QStringLiteral("x"), QStringLiteral("lots"), QStringLiteral("玄学")});
        QCOMPARE(p.action, RowAction::Create);
        QVERIFY(!p.creator.followers);
        QCOMPARE(p.notes.size(), 2);
        QCOMPARE(p.notes.at(0).line, 7);
        QCOMPARE(p.notes.at(0).column, 2);
        QCOMPARE(p.notes.at(0).header, QStringLiteral("followers"));
        QCOMPARE(p.notes.at(0).raw, QStringLiteral("lots"));
        QCOMPARE(p.notes.at(0).severity, CellNote::Severity::Invalid);
        QVERIFY(!p.notes.at(0).reason.isEmpty());
        QCOMPARE(p.notes.at(1).column, 3);
        QCOMPARE(p.notes.at(1).raw, QStringLiteral("玄学"));
    }

    void doubtfulCellsAreMarked()
    {
        const RowPlan p = planOne({QStringLiteral("handle"), QStringLiteral("粉丝数")},
                                  {QStringLiteral("x"), QStringLiteral("10万+")});
        QCOMPARE(p.creator.followers, std::optional<qint64>(100000));
        QCOMPARE(p.notes.size(), 1);
        QCOMPARE(p.notes.first().severity, CellNote::Severity::Doubtful);
    }

    void likesAndSavesGoToNotesUnsplit()
    {
        const RowPlan p = planOne({QStringLiteral("昵称"), QStringLiteral("获赞与收藏"), QStringLiteral("备注")},
                                  {QStringLiteral("小美"), QStringLiteral("3.5万"), QStringLiteral("回复快")});
        QCOMPARE(p.action, RowAction::Create);
        QVERIFY(p.creator.notes.startsWith(QStringLiteral("回复快")));
        QVERIFY(p.creator.notes.contains(QStringLiteral("35000")));
    }

    void metricsFilesNeedACampaign()
    {
        const QString path = m_scratch.filePath(QStringLiteral("m.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("笔记链接,阅读,点赞\nhttps://www.xiaohongshu.com/explore/abc,1.2w,300\n").toUtf8());
        f.close();
        ImportRequest rq;
        rq.filePath = path;
        ImportJob job(rq);
        const ImportResult r = job.run(*m_db);
        QCOMPARE(r.outcome, ImportResult::Outcome::Refused);
        QCOMPARE(r.mapping.kind, ImportKind::PostMetrics);
        QCOMPARE(r.mapping.fields, (QList<ImportField>{ImportField::NoteLink, ImportField::Views, ImportField::Likes}));
    }

    void noteKeys_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("explore") << QStringLiteral("https://www.xiaohongshu.com/explore/64a1b2c3d4e5f60718293a4b?xsec_token=x")
                                 << QStringLiteral("http://xiaohongshu.com/explore/64A1B2C3D4E5F60718293A4B");
        QTest::newRow("discovery") << QStringLiteral("https://www.xiaohongshu.com/discovery/item/64a1b2c3d4e5f60718293a4b")
                                   << QStringLiteral("https://www.xiaohongshu.com/explore/64a1b2c3d4e5f60718293a4b/");
        QTest::newRow("short") << QStringLiteral("http://xhslink.com/AbC123") << QStringLiteral("https://xhslink.com/AbC123/");
    }
    void noteKeys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(MetricsPlanner::noteKey(a), MetricsPlanner::noteKey(b));
    }
};

QTEST_GUILESS_MAIN(TestImportPlanner)
#include "tst_importplanner.moc"
