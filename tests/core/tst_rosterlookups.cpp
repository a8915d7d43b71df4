// SPDX-License-Identifier: GPL-3.0-or-later
// The values offered by the roster's filters: distinct, sorted, without blanks.
#include "TestDatabase.h"

#include "roster/RosterLookups.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace rr;

class TestRosterLookups : public QObject
{
    Q_OBJECT
private slots:
    void distinctSortedWithoutBlanks()
    {
        test::TestDatabase scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
        StoreError err;
        auto db = scratch.open(QStringLiteral("l.sqlite"), &err);
        QVERIFY2(db, qPrintable(err.message + err.detail));
        QSqlQuery q(db->sql());
        q.prepare(QStringLiteral("INSERT INTO creators (nickname, city, owner, has_agency, agency_name, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        const QVariant null;
        const QList<QVariantList> rows{
            {QStringLiteral("a"), QStringLiteral("上海"), QStringLiteral("Lin Yue 林悦"), 1, QStringLiteral("星图MCN")},
            {QStringLiteral("b"), QStringLiteral("北京"), QStringLiteral("Lin Yue 林悦"), 0, null},
            {QStringLiteral("c"), QStringLiteral("上海"), null, 1, QStringLiteral("如涵")},
            {QStringLiteral("d"), QString(), QStringLiteral("Chen Hao 陈浩"), 1, QStringLiteral("星图MCN")},
            {QStringLiteral("e"), null, QString(), 0, null},
        };
        for (const QVariantList &r : rows) {
            for (const QVariant &v : r)
                q.addBindValue(v);
            q.addBindValue(Database::nowUtc());
            q.addBindValue(Database::nowUtc());
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('平价'), ('成分党')")));

        const RosterLookups l = RosterLookups::load(*db);
        QStringList cities{QStringLiteral("上海"), QStringLiteral("北京")};
        cities.sort(); // binary (UTF-8 code point) order, as the index keeps it
        QCOMPARE(l.cities, cities);
        QCOMPARE(l.owners, (QStringList{QStringLiteral("Chen Hao 陈浩"), QStringLiteral("Lin Yue 林悦")}));
        QStringList agencies{QStringLiteral("如涵"), QStringLiteral("星图MCN")};
        agencies.sort();
        QCOMPARE(l.agencies, agencies);
        QCOMPARE(l.categories.size(), 12);
        QCOMPARE(l.categories.first().key, QStringLiteral("skincare"));
        QCOMPARE(l.tags.size(), 2);
        QCOMPARE(l.tags.first().name, QStringLiteral("平价")); // by name
    }
};

QTEST_GUILESS_MAIN(TestRosterLookups)
#include "tst_rosterlookups.moc"
