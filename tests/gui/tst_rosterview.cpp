// SPDX-License-Identifier: GPL-3.0-or-later
// The roster table keeps its place: a refresh after an edit leaves the scroll position and the
// selection where the user had them, and shows the edited values.
#include "domain/Creator.h"
#include "roster/RosterModel.h"
#include "store/Database.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

class TestRosterView : public QObject
{
    Q_OBJECT
private slots:
    void refreshKeepsPlaceAndSelection()
    {
        QTemporaryDir dir;
        StoreError err;
        auto db = Database::open(ConnectionSpec::sqlite(dir.filePath(QStringLiteral("v.sqlite"))), &err);
        QVERIFY2(db, qPrintable(err.detail));
        {
            WriteTransaction tx(*db);
            QVERIFY(tx.begin(nullptr));
            QSqlQuery q(db->sql());
            q.prepare(QStringLiteral("INSERT INTO creators (handle, nickname, search_text, followers, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
            for (int i = 0; i < 5000; ++i) {
                Creator c;
                c.handle = QStringLiteral("row_%1").arg(i, 4, 10, QLatin1Char('0'));
                c.nickname = c.handle;
                for (const QVariant &v : QVariantList{c.handle, c.nickname, c.searchText(), 100000 - i,
                                                      Database::nowUtc(), Database::nowUtc()})
                    q.addBindValue(v);
                QVERIFY(q.exec());
            }
            QVERIFY(tx.commit(nullptr));
        }
        RosterModel model(*db);
        QTableView view;
        view.setModel(&model);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(800, 400);
        view.show();
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.rowCount(), 5000);

        view.scrollTo(model.index(3000, 0), QAbstractItemView::PositionAtTop);
        view.selectRow(3000);
        QVERIFY(model.waitForIdle());
        const int scroll = view.verticalScrollBar()->value();
        QVERIFY(scroll > 2000);
        QTRY_COMPARE(model.index(3000, toInt(RosterColumn::Handle)).data().toString(), QStringLiteral("row_3000"));

        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE creators SET nickname = '改过了' WHERE handle = 'row_3000'")));
        model.refresh();
        QVERIFY(model.waitForIdle());
        QTRY_COMPARE(model.index(3000, toInt(RosterColumn::Nickname)).data().toString(), QStringLiteral("改过了"));
        QVERIFY(model.waitForIdle());
        QCOMPARE(view.verticalScrollBar()->value(), scroll);
        QCOMPARE(view.currentIndex().row(), 3000);
        QVERIFY(view.selectionModel()->isRowSelected(3000, {}));
        QCOMPARE(model.rowCount(), 5000);
    }
};

QTEST_MAIN(TestRosterView)
#include "tst_rosterview.moc"
