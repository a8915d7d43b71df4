// SPDX-License-Identifier: GPL-3.0-or-later
// Save a filtered roster as a shortlist through the roster screen's action and dialog, then add
// the shortlist to a campaign from the shortlists dialog (direct step and through the picker);
// with an undo stack set, save, add-to-campaign and delete are undoable steps.
#include "roster/RosterModel.h"
#include "roster/RosterScreen.h"
#include "roster/SaveShortlistDialog.h"
#include "roster/ShortlistsDialog.h"
#include "shortlist/ShortlistRepository.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace rr;

namespace {

int scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QPushButton *saveButton(SaveShortlistDialog *d)
{
    return d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

} // namespace

class TestShortlistDialogs : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void saveFilteredRosterThenAddToCampaign();
    void duplicateNameKeepsDialogOpen();
    void pickerAddsToChosenCampaign();
    void undoStackRecordsSaveAddAndDelete();

private:
    SaveShortlistDialog *openSaveDialog(RosterScreen &screen);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_spring = 0;
    qint64 m_summer = 0;
};

void TestShortlistDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    StoreError err;
    m_db = Database::open(ConnectionSpec::sqlite(m_dir->filePath(QStringLiteral("g.sqlite"))), &err);
    QVERIFY2(m_db, qPrintable(err.message));
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("INSERT INTO creators (nickname, search_text, city, followers, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    const QStringList cities{QStringLiteral("上海"), QStringLiteral("北京"), QStringLiteral("上海"),
                             QStringLiteral("杭州"), QStringLiteral("上海")};
    for (int i = 0; i < cities.size(); ++i) {
        for (const QVariant &v : QVariantList{QStringLiteral("creator %1").arg(i), QStringLiteral("creator %1").arg(i),
                                              cities.at(i), 10000 * (i + 1), Database::nowUtc(), Database::nowUtc()})
            q.addBindValue(v);
        QVERIFY(q.exec());
    }
    QSqlQuery c(m_db->sql());
    c.prepare(QStringLiteral("INSERT INTO campaigns (name, brand, objective, status, created_at, updated_at) "
                             "VALUES (?, 'Glow', 'seeding', ?, ?, ?)"));
    for (const auto &[name, status] : {std::pair{QStringLiteral("Spring launch"), QStringLiteral("live")},
                                       std::pair{QStringLiteral("Summer SPF"), QStringLiteral("planning")}}) {
        for (const QVariant &v : QVariantList{name, status, Database::nowUtc(), Database::nowUtc()})
            c.addBindValue(v);
        QVERIFY(c.exec());
        (name.startsWith(QLatin1String("Spring")) ? m_spring : m_summer) = c.lastInsertId().toLongLong();
    }
}

void TestShortlistDialogs::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

SaveShortlistDialog *TestShortlistDialogs::openSaveDialog(RosterScreen &screen)
{
    RosterFilter f;
    f.cities = {QStringLiteral("上海")};
    screen.model()->setFilter(f);
    if (!screen.model()->waitForIdle())
        return nullptr;
    screen.saveShortlistAction()->trigger();
    return screen.findChild<SaveShortlistDialog *>();
}

void TestShortlistDialogs::saveFilteredRosterThenAddToCampaign()
{
    RosterScreen screen(*m_db, TierThresholds{});
    screen.resize(1000, 500);
    screen.show();
    QSignalSpy saved(&screen, &RosterScreen::shortlistSaved);
    SaveShortlistDialog *dialog = openSaveDialog(screen);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("shortlistCount"))->text().contains(QLatin1String("3 creator")));
    QVERIFY(!saveButton(dialog)->isEnabled()); // no name yet
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Shanghai seeding"));
    QTest::keyClicks(dialog->purposeEdit(), QStringLiteral("Summer SPF samples"));
    QVERIFY(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    const qint64 id = saved.at(0).at(0).toLongLong();

    ShortlistRepository repo(*m_db);
    const auto info = repo.find(id);
    QVERIFY(info);
    QCOMPARE(info->name, QStringLiteral("Shanghai seeding"));
    QCOMPARE(info->purpose, QStringLiteral("Summer SPF samples"));
    QCOMPARE(info->memberCount, 3);
    QCOMPARE(info->filter().cities, QStringList{QStringLiteral("上海")});
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM shortlist_members m JOIN creators c ON c.id = m.creator_id "
                                          "WHERE c.city = '上海'")), 3);

    ShortlistsDialog list(*m_db);
    QSignalSpy added(&list, &ShortlistsDialog::collaborationsAdded);
    list.show();
    QCOMPARE(list.table()->rowCount(), 1);
    QCOMPARE(list.table()->item(0, 1)->text(), QStringLiteral("3"));
    QCOMPARE(list.currentShortlistId(), id);
    QVERIFY(list.addToCampaign(id, m_spring));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(1).toInt(), 3);
    QVERIFY(list.lastMessage().contains(QLatin1String("3 creator")));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations WHERE status = 'planned'")), 3);
    // A second time adds nobody and says so.
    QVERIFY(list.addToCampaign(id, m_spring));
    QCOMPARE(added.size(), 1);
    QVERIFY(list.lastMessage().contains(QLatin1String("already in it")));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations")), 3);

    QVERIFY(list.removeShortlist(id));
    QCOMPARE(list.table()->rowCount(), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators")), 5);

    if (!qEnvironmentVariableIsEmpty("RR_GRAB")) {
        SaveShortlistDialog *again = openSaveDialog(screen);
        again->nameEdit()->setText(QStringLiteral("Shanghai seeding"));
        again->purposeEdit()->setPlainText(QStringLiteral("Summer SPF samples for the Shanghai launch"));
        again->grab().save(QStringLiteral("/tmp/vetting-saveshortlist.png"));
    }
}

void TestShortlistDialogs::duplicateNameKeepsDialogOpen()
{
    ShortlistRepository repo(*m_db);
    QVERIFY(repo.create(QStringLiteral("Taken"), QString(), {}, {1}) > 0);
    RosterScreen screen(*m_db, TierThresholds{});
    SaveShortlistDialog *dialog = openSaveDialog(screen);
    QVERIFY(dialog);
    dialog->nameEdit()->setText(QStringLiteral("Taken"));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->shortlistId(), 0);
    const auto *error = dialog->findChild<QLabel *>(QStringLiteral("shortlistError"));
    QVERIFY(error->isVisibleTo(dialog));
    QVERIFY(error->text().contains(QLatin1String("Taken")));
    QCOMPARE(repo.list().size(), 1);
    dialog->nameEdit()->setText(QStringLiteral("Free"));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QVERIFY(dialog->shortlistId() > 0);
    QCOMPARE(repo.list().size(), 2);
}

void TestShortlistDialogs::pickerAddsToChosenCampaign()
{
    ShortlistRepository repo(*m_db);
    const qint64 id = repo.create(QStringLiteral("Two"), QStringLiteral("test"), {}, {1, 2});
    QVERIFY(id > 0);
    ShortlistsDialog list(*m_db);
    list.show();
    list.setCurrentShortlist(id);
    bool picked = false;
    QTimer::singleShot(0, this, [&picked] {
        auto *picker = qobject_cast<CampaignPickerDialog *>(QApplication::activeModalWidget());
        if (!picker)
            return;
        const int index = picker->combo()->findData(QVariant::fromValue<qint64>(2));
        picker->combo()->setCurrentIndex(index >= 0 ? index : 0);
        picked = picker->combo()->count() == 2;
        if (!qEnvironmentVariableIsEmpty("RR_GRAB"))
            picker->grab().save(QStringLiteral("/tmp/vetting-campaignpicker.png"));
        picker->accept();
    });
    list.findChild<QPushButton *>(QStringLiteral("addToCampaignButton"))->click();
    QVERIFY(picked);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations WHERE campaign_id = 2")), 2);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations WHERE campaign_id = 1")), 0);
    if (!qEnvironmentVariableIsEmpty("RR_GRAB"))
        list.grab().save(QStringLiteral("/tmp/vetting-shortlists.png"));
}

void TestShortlistDialogs::undoStackRecordsSaveAddAndDelete()
{
    QUndoStack undo;
    RosterScreen screen(*m_db, TierThresholds{});
    screen.setUndoStack(&undo);
    ShortlistRepository *repo = screen.shortlistRepository();
    QVERIFY(repo);
    QSignalSpy failed(repo, &ShortlistRepository::writeFailed);
    QSignalSpy saved(&screen, &RosterScreen::shortlistSaved);

    SaveShortlistDialog *dialog = openSaveDialog(screen);
    QVERIFY(dialog);
    dialog->nameEdit()->setText(QStringLiteral("Shanghai"));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    const qint64 id = saved.at(0).at(0).toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(undo.count(), 1);
    QCOMPARE(undo.undoText(), QStringLiteral("Save shortlist “Shanghai”"));
    QCOMPARE(repo->members(id).size(), 3);

    // A taken name is refused in the dialog and leaves the stack alone.
    delete dialog; // closed, its deleteLater() not yet run outside an event loop
    SaveShortlistDialog *again = openSaveDialog(screen);
    QVERIFY(again);
    again->nameEdit()->setText(QStringLiteral("Shanghai"));
    QTest::mouseClick(saveButton(again), Qt::LeftButton);
    QVERIFY(again->isVisible());
    QVERIFY(again->findChild<QLabel *>(QStringLiteral("shortlistError"))->text().contains(QLatin1String("Shanghai")));
    QCOMPARE(undo.count(), 1);
    QCOMPARE(failed.size(), 0);
    again->reject();

    ShortlistsDialog list(*m_db);
    list.setUndoStack(&undo, repo);
    list.show();
    QVERIFY(list.addToCampaign(id, m_spring));
    QCOMPARE(undo.count(), 2);
    QCOMPARE(undo.undoText(), QStringLiteral("Add shortlist “Shanghai” to “Spring launch”"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations WHERE status = 'planned'")), 3);

    // A post on one of the new collaborations: undo refuses, says why, and removes nothing.
    QSqlQuery post(m_db->sql());
    QVERIFY(post.exec(QStringLiteral("INSERT INTO posts (collaboration_id, creator_id) "
                                     "SELECT id, creator_id FROM collaborations ORDER BY id LIMIT 1")));
    undo.undo();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).value<StoreError>().message.contains(QLatin1String("Cannot undo")));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations")), 3);
    QCOMPARE(undo.count(), 1); // the refused step is dropped; the save below it stays

    // Delete through the dialog, then undo brings the list back with its members.
    QVERIFY(list.removeShortlist(id));
    QCOMPARE(undo.count(), 2);
    QCOMPARE(list.table()->rowCount(), 0);
    undo.undo();
    QCOMPARE(list.table()->rowCount(), 1); // the dialog follows the shared repository
    QCOMPARE(repo->members(id).size(), 3);
    undo.undo();
    QCOMPARE(list.table()->rowCount(), 0);
    QVERIFY(!repo->find(id));
    undo.redo();
    QCOMPARE(list.table()->rowCount(), 1);
    QCOMPARE(repo->find(id)->name, QStringLiteral("Shanghai"));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!list.lastMessage().contains(QLatin1String("No shortlists yet")));
    if (!qEnvironmentVariableIsEmpty("RR_GRAB"))
        list.grab().save(QStringLiteral("/tmp/h3-shortlists-undo.png"));
}

QTEST_MAIN(TestShortlistDialogs)
#include "tst_shortlistdialogs.moc"
