// SPDX-License-Identifier: GPL-3.0-or-later
// Roster, shortlist and campaign CSV exports and the creator record (JSON) on a real SQLite file:
// BOM and header, filters, hostile cells inert while numbers and phone numbers stay intact, the
// file read back with the project's own CsvReader, campaign figures against hand-computed ones,
// and a creator's record holding their data and nothing of another creator.
#include "ExportFixture.h"
#include "TestDatabase.h"
#include "export/CampaignExport.h"
#include "export/CreatorRecordExport.h"
#include "export/CsvWriter.h"
#include "export/ExportFile.h"
#include "export/RosterExport.h"
#include "import/CsvReader.h"
#include "store/Database.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace rr;

namespace {

struct Table
{
    QStringList header;
    QList<QStringList> rows;

    int column(const QString &title) const { return int(header.indexOf(title)); }
    QString cell(int row, ExportColumn c) const { return rows.at(row).value(column(RosterExport::title(c))); }
    // The row whose column `key` holds `value`, or -1.
    int rowWhere(const QString &key, const QString &value) const
    {
        const int c = column(key);
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).value(c) == value)
                return i;
        return -1;
    }
};

// Reads a written CSV with the import's reader, as a user re-importing it would.
Table readBack(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, CsvFormat());
    Table t;
    CsvRecord record;
    if (reader.next(&record))
        t.header = record.cells;
    while (reader.next(&record))
        t.rows << record.cells;
    return t;
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT

    test::TestDatabase m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::ExportFixture> m_fixture;

    QByteArray roster(const RosterFilter &filter, qint64 *rows = nullptr)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        StoreError error;
        if (!RosterExport::writeCsv(*m_db, filter, &buffer, rows, &error))
            qWarning() << error.message << error.detail;
        return buffer.data();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        StoreError err;
        m_db = m_scratch.open(QStringLiteral("x.sqlite"), &err);
        QVERIFY2(m_db, qPrintable(err.detail));
        m_fixture = std::make_unique<test::ExportFixture>(*m_db);
        QVERIFY2(m_fixture->build(), qPrintable(m_fixture->error()));
    }

    void rosterHasBomHeaderAndEveryCreator()
    {
        qint64 rows = -1;
        const QByteArray bytes = roster(RosterFilter(), &rows);
        QCOMPARE(rows, 4);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        const Table t = readBack(bytes);
        QCOMPARE(t.header, RosterExport::headers());
        QCOMPARE(t.header.first(), QStringLiteral("ID")); // the BOM is not part of the first name
        QCOMPARE(t.rows.size(), 4);
        for (int i = 0; i < 4; ++i) // by creator id
            QCOMPARE(t.cell(i, ExportColumn::Id).toLongLong(), m_fixture->id(QStringLiteral("c%1").arg(i + 1)));
        QCOMPARE(t.cell(0, ExportColumn::Handle), QStringLiteral("xhs001"));
        QCOMPARE(t.cell(0, ExportColumn::Followers), QStringLiteral("600000"));
        QCOMPARE(t.cell(0, ExportColumn::Tier), QStringLiteral("Mega KOL"));
        QCOMPARE(t.cell(0, ExportColumn::PrimaryCategory), QStringLiteral("Skincare"));
        QCOMPARE(t.cell(0, ExportColumn::SecondaryCategories), QStringLiteral("Makeup"));
        QCOMPARE(t.cell(0, ExportColumn::Tags), QStringLiteral("beauty; vip"));
        QCOMPARE(t.cell(1, ExportColumn::Tags), QStringLiteral("vip"));
        QCOMPARE(t.cell(2, ExportColumn::Tags), QString());
        QCOMPARE(t.cell(0, ExportColumn::City), QStringLiteral("上海"));
        QCOMPARE(t.cell(0, ExportColumn::Status), QStringLiteral("Active Partner"));
        QCOMPARE(t.cell(0, ExportColumn::PriceImage), QStringLiteral("2000"));
        QCOMPARE(t.cell(0, ExportColumn::EngagementRate), QStringLiteral("0.05"));
        QCOMPARE(t.cell(0, ExportColumn::Email), QStringLiteral("wang@example.com"));
        QCOMPARE(t.cell(0, ExportColumn::Notes), QStringLiteral("likes, \"quotes\"\nand lines"));
        // Unknown stays empty, never 0.
        QCOMPARE(t.cell(3, ExportColumn::Followers), QString());
        QCOMPARE(t.cell(3, ExportColumn::Tier), QString());
        QCOMPARE(t.cell(1, ExportColumn::PriceImage), QString());
    }

    void hostileCellsAreInert_data()
    {
        QTest::addColumn<QString>("creator");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        const auto col = [](ExportColumn c) { return int(c); };
        QTest::newRow("=HYPERLINK") << "c1" << col(ExportColumn::Nickname) << "'=HYPERLINK(\"http://x\")";
        QTest::newRow("+SUM") << "c2" << col(ExportColumn::Nickname) << "'+SUM(1)";
        QTest::newRow("-2+3") << "c3" << col(ExportColumn::Nickname) << "'-2+3";
        QTest::newRow("@cmd") << "c2" << col(ExportColumn::Notes) << "'@cmd";
        QTest::newRow("tab") << "c3" << col(ExportColumn::RealName) << "'\tTabbed";
        QTest::newRow("phone with spaces") << "c1" << col(ExportColumn::Phone) << "+86 138 0000 0000";
        QTest::newRow("phone") << "c2" << col(ExportColumn::Phone) << "+8613800000000";
        QTest::newRow("followers") << "c3" << col(ExportColumn::Followers) << "5000";
        QTest::newRow("handle") << "c3" << col(ExportColumn::Handle) << "xhs003";
    }
    void hostileCellsAreInert()
    {
        QFETCH(QString, creator);
        QFETCH(int, column);
        QFETCH(QString, expected);
        const Table t = readBack(roster(RosterFilter()));
        const int row = t.rowWhere(QStringLiteral("ID"), QString::number(m_fixture->id(creator)));
        QVERIFY(row >= 0);
        QCOMPARE(t.cell(row, static_cast<ExportColumn>(column)), expected);
    }

    void phoneCell_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("+86 spaced") << "+86 138 0000 0000" << "+86 138 0000 0000";
        QTest::newRow("hyphens") << "+1-555-0100" << "+1-555-0100";
        QTest::newRow("plain") << "13800000000" << "13800000000";
        QTest::newRow("formula") << "+1+cmd|' /C calc'!A0" << "'+1+cmd|' /C calc'!A0";
        QTest::newRow("sum") << "+SUM(1)" << "'+SUM(1)";
        QTest::newRow("minus led") << "-2+3" << "'-2+3";
        QTest::newRow("trailing hyphen") << "+86-" << "'+86-";
        QTest::newRow("lone plus") << "+" << "'+";
        QTest::newRow("empty") << "" << "";
    }
    void phoneCell()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(CsvWriter::phoneCell(text), cell);
    }

    void nullTypedVariantIsAnEmptyCell()
    {
        QCOMPARE(CsvWriter::cell(QVariant(QMetaType::fromType<qint64>())), QString());
        QCOMPARE(CsvWriter::cell(QVariant(qint64(0))), QStringLiteral("0"));
    }

    void filterNarrowsTheRoster_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QStringList>("handles");
        QTest::newRow("status active") << 0 << QStringList{QStringLiteral("xhs001")};
        QTest::newRow("tier koc") << 1 << QStringList{QStringLiteral("xhs003")};
        QTest::newRow("search") << 2 << QStringList{QStringLiteral("xhs002")};
        QTest::newRow("shortlist") << 3 << QStringList{QStringLiteral("xhs001"), QStringLiteral("xhs002")};
        QTest::newRow("city") << 4 << QStringList{QStringLiteral("xhs002")};
    }
    void filterNarrowsTheRoster()
    {
        QFETCH(int, which);
        QFETCH(QStringList, handles);
        RosterFilter f;
        switch (which) {
        case 0: f.statuses = {Status::ActivePartner}; break;
        case 1: f.tiers = {Tier::Koc}; break;
        case 2: f.search = QStringLiteral("XHS002"); break;
        case 3: f.shortlistId = m_fixture->id(QStringLiteral("shortlist")); break;
        case 4: f.cities = {QStringLiteral("北京")}; break;
        }
        qint64 rows = -1;
        const Table t = readBack(roster(f, &rows));
        QCOMPARE(rows, handles.size());
        QStringList got;
        for (int i = 0; i < t.rows.size(); ++i)
            got << t.cell(i, ExportColumn::Handle);
        QCOMPARE(got, handles);
        if (which == 3) { // side lists restricted by the same filter still line up with their creators
            QCOMPARE(t.cell(0, ExportColumn::Tags), QStringLiteral("beauty; vip"));
            QCOMPARE(t.cell(1, ExportColumn::Tags), QStringLiteral("vip"));
        }
    }

    void shortlistExport()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        qint64 rows = 0;
        QVERIFY(RosterExport::writeShortlistCsv(*m_db, m_fixture->id(QStringLiteral("shortlist")), &buffer, &rows));
        QCOMPARE(rows, 2);
        QCOMPARE(readBack(buffer.data()).header, RosterExport::headers());
    }

    void campaignFiguresMatchHandComputed()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        qint64 rows = 0;
        StoreError error;
        QVERIFY2(CampaignExport::writeCollaborationsCsv(*m_db, m_fixture->id(QStringLiteral("spring")), &buffer, &rows,
                                                        &error),
                 qPrintable(error.detail));
        QCOMPARE(rows, 2);
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
        const Table t = readBack(buffer.data());
        QCOMPARE(t.header, CampaignExport::collaborationHeaders());
        const int a = t.rowWhere(QStringLiteral("Collaboration ID"), QString::number(m_fixture->id(QStringLiteral("collabA"))));
        const int b = t.rowWhere(QStringLiteral("Collaboration ID"), QString::number(m_fixture->id(QStringLiteral("collabB"))));
        QVERIFY(a >= 0 && b >= 0);
        const auto v = [&](int row, const char *title) { return t.rows.at(row).value(t.column(QLatin1String(title))); };
        QCOMPARE(v(a, "Creator"), QStringLiteral("'=HYPERLINK(\"http://x\")"));
        QCOMPARE(v(a, "XHS ID"), QStringLiteral("xhs001"));
        QCOMPARE(v(a, "Fee (CNY)"), QStringLiteral("3000"));
        QCOMPARE(v(a, "Contracted posts"), QStringLiteral("2"));
        QCOMPARE(v(a, "Delivered posts"), QStringLiteral("2"));
        QCOMPARE(v(a, "Posts"), QStringLiteral("2"));
        QCOMPARE(v(a, "Views"), QStringLiteral("15000"));       // latest snapshots: 10000 + 5000
        QCOMPARE(v(a, "Engagements"), QStringLiteral("700"));   // (300+50+150) + (100+20+80)
        QCOMPARE(v(a, "Saves"), QStringLiteral("230"));
        QCOMPARE(v(a, "Engagement rate (0-1)").toDouble(), 700.0 / 15000.0);
        QCOMPARE(v(a, "Save rate (0-1)").toDouble(), 230.0 / 15000.0);
        QCOMPARE(v(a, "CPE (CNY)").toDouble(), 3000.0 / 700.0);
        QCOMPARE(v(a, "Brand fit (1-5)"), QStringLiteral("5"));
        QCOMPARE(v(b, "Fee (CNY)"), QStringLiteral("1000"));
        QCOMPARE(v(b, "Delivered posts"), QStringLiteral("0"));
        QCOMPARE(v(b, "Posts"), QStringLiteral("0"));
        QCOMPARE(v(b, "Views"), QString());      // no posts: unknown, not 0
        QCOMPARE(v(b, "CPE (CNY)"), QString());
        QCOMPARE(v(b, "Brand fit (1-5)"), QString());
    }

    void campaignPostsCsv()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        qint64 rows = 0;
        QVERIFY(CampaignExport::writePostsCsv(*m_db, m_fixture->id(QStringLiteral("spring")), &buffer, &rows));
        QCOMPARE(rows, 2); // not the other campaign's post
        const Table t = readBack(buffer.data());
        QCOMPARE(t.header, CampaignExport::postHeaders());
        const int p1 = t.rowWhere(QStringLiteral("Post ID"), QString::number(m_fixture->id(QStringLiteral("p1"))));
        QVERIFY(p1 >= 0);
        const auto v = [&](const char *title) { return t.rows.at(p1).value(t.column(QLatin1String(title))); };
        QCOMPARE(v("Title"), QStringLiteral("'=cmd|' /C calc'!A0"));
        QCOMPARE(v("Metrics as of"), QStringLiteral("2026-03-10"));
        QCOMPARE(v("Views"), QStringLiteral("10000"));
        QCOMPARE(v("Engagements"), QStringLiteral("500"));
        QCOMPARE(v("Save rate (0-1)").toDouble(), 150.0 / 10000.0);
        QVERIFY(!buffer.data().contains("777777"));
    }

    void unknownCampaignFails()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        StoreError error;
        QVERIFY(!CampaignExport::writeCollaborationsCsv(*m_db, 9999, &buffer, nullptr, &error));
        QCOMPARE(error.code, StoreError::Code::NotFound);
        QVERIFY(buffer.data().isEmpty());
    }

    void creatorRecordHoldsTheirDataOnly()
    {
        const qint64 c1 = m_fixture->id(QStringLiteral("c1"));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        StoreError error;
        QVERIFY2(CreatorRecordExport::writeJson(*m_db, c1, &buffer, &error), qPrintable(error.detail));
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &parse);
        QVERIFY2(doc.isObject(), qPrintable(parse.errorString()));
        const QJsonObject r = doc.object();
        for (const char *section : {"profile", "categories", "tags", "follower_history", "vetting", "shortlists",
                                    "collaborations", "other_posts", "relationship_events", "audit_log"})
            QVERIFY2(r.contains(QLatin1String(section)), section);
        QCOMPARE(r.value(QStringLiteral("creator_id")).toInteger(), c1);
        const QJsonObject profile = r.value(QStringLiteral("profile")).toObject();
        QCOMPARE(profile.value(QStringLiteral("handle")).toString(), QStringLiteral("xhs001"));
        QCOMPARE(profile.value(QStringLiteral("phone")).toString(), QStringLiteral("+86 138 0000 0000"));
        QCOMPARE(profile.value(QStringLiteral("real_name")).toString(), QStringLiteral("王小红"));
        QCOMPARE(profile.value(QStringLiteral("followers")).toInteger(), 600000);
        QVERIFY(!profile.contains(QStringLiteral("search_text")));
        QCOMPARE(r.value(QStringLiteral("tags")).toArray(),
                 (QJsonArray{QStringLiteral("beauty"), QStringLiteral("vip")}));
        const QJsonObject categories = r.value(QStringLiteral("categories")).toObject();
        QCOMPARE(categories.value(QStringLiteral("primary")).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("skincare"));
        QCOMPARE(categories.value(QStringLiteral("secondary")).toArray().size(), 1);
        QCOMPARE(r.value(QStringLiteral("follower_history")).toArray().size(), 2);
        QCOMPARE(r.value(QStringLiteral("vetting")).toObject().value(QStringLiteral("notes")).toString(),
                 QStringLiteral("solid comments"));
        const QJsonArray lists = r.value(QStringLiteral("shortlists")).toArray();
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Shortlist A"));

        const QJsonArray collaborations = r.value(QStringLiteral("collaborations")).toArray();
        QCOMPARE(collaborations.size(), 1);
        const QJsonObject co = collaborations.first().toObject();
        QCOMPARE(co.value(QStringLiteral("fee_fen")).toInteger(), 300000);
        QCOMPARE(co.value(QStringLiteral("campaign")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Spring"));
        const QJsonArray posts = co.value(QStringLiteral("posts")).toArray();
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.first().toObject().value(QStringLiteral("metrics")).toArray().size(), 2);
        QCOMPARE(r.value(QStringLiteral("other_posts")).toArray().size(), 0);

        const QJsonArray events = r.value(QStringLiteral("relationship_events")).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("first call with creator one"));
        const QJsonArray audit = r.value(QStringLiteral("audit_log")).toArray();
        QCOMPARE(audit.size(), 1);
        QVERIFY(audit.first().toObject().value(QStringLiteral("changes")).isObject());

        // Nothing of another creator: their handle, nickname, phone, events, posts, campaigns.
        const QByteArray text = buffer.data();
        for (const char *foreign : {"xhs002", "SUM(1)", "8613800000000", "secret about creator two",
                                    "other creator's note", "777777", "\"Other\""})
            QVERIFY2(!text.contains(foreign), foreign);
    }

    void unknownCreatorIsNotFound()
    {
        StoreError error;
        QVERIFY(!CreatorRecordExport::build(*m_db, 9999, &error));
        QCOMPARE(error.code, StoreError::Code::NotFound);
    }

    void exportFileKeepsTheOldFileOnFailure()
    {
        const QString path = m_scratch.filePath(QStringLiteral("keep.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        QString fileError;
        QVERIFY(!ExportFile::write(path, [](QIODevice *d) { d->write("partial"); return false; }, &fileError));
        QVERIFY(fileError.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old"));
        QVERIFY(!ExportFile::write(m_scratch.filePath(QStringLiteral("no/such/dir/x.csv")),
                                   [](QIODevice *) { return true; }, &fileError));
        QVERIFY(fileError.contains(QStringLiteral("x.csv")));
    }

    // Run last: gives c1 two posts outside any collaboration, one without a date. The undated
    // one comes first (earliest first, an empty date the smallest, as SQLite has it) on PostgreSQL too.
    void creatorRecordUndatedPostFirst()
    {
        const qint64 c1 = m_fixture->id(QStringLiteral("c1"));
        QSqlQuery q(m_db->sql());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO posts (creator_id, title, published_on) VALUES (?, ?, ?)")));
        for (const auto &[title, day] : {std::pair{"dated", QVariant(QStringLiteral("2026-03-05"))},
                                         std::pair{"undated", QVariant()}}) {
            q.addBindValue(c1);
            q.addBindValue(QLatin1String(title));
            q.addBindValue(day);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        StoreError error;
        const std::optional<QJsonObject> r = CreatorRecordExport::build(*m_db, c1, &error);
        QVERIFY2(r, qPrintable(error.detail));
        const QJsonArray posts = r->value(QStringLiteral("other_posts")).toArray();
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("undated"));
        QCOMPARE(posts.at(1).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("dated"));
    }
};

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
