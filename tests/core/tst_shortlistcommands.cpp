// SPDX-License-Identifier: GPL-3.0-or-later
// Undo for shortlists against real SQLite: save, delete and add-to-campaign as QUndoCommands on
// a QUndoStack; undo of add-to-campaign takes back only the collaborations it created, and only
// while they are still planned without posts.
#include "TestDatabase.h"

#include "roster/RosterFilter.h"
#include "shortlist/ShortlistCommands.h"
#include "shortlist/ShortlistRepository.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace rr;

namespace {

qint64 scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool exec(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec())
        return true;
    qWarning("%s", qPrintable(q.lastError().text()));
    return false;
}

QList<qint64> addCreators(const Database &db, int n)
{
    QList<qint64> ids;
    WriteTransaction tx(db);
    tx.begin(nullptr);
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO creators (nickname, created_at, updated_at) VALUES (?, ?, ?)"));
    for (int i = 0; i < n; ++i) {
        q.addBindValue(QStringLiteral("c%1").arg(i));
        q.addBindValue(Database::nowUtc());
        q.addBindValue(Database::nowUtc());
        q.exec();
        ids.append(q.lastInsertId().toLongLong());
    }
    tx.commit(nullptr);
    return ids;
}

qint64 addCampaign(const Database &db)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO campaigns (name, objective, created_at, updated_at) VALUES ('Spring', 'seeding', ?, ?)"));
    q.addBindValue(Database::nowUtc());
    q.addBindValue(Database::nowUtc());
    q.exec();
    return q.lastInsertId().toLongLong();
}

} // namespace

class TestShortlistCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createUndoRedoKeepsTheSameShortlist();
    void createWithTakenNameIsDroppedAndReported();
    void removeUndoBringsBackMembers_data();
    void removeUndoBringsBackMembers();
    void addToCampaignUndoRemovesOnlyWhatItAdded();
    void addToCampaignUndoRefusedWhenWorkMovedOn_data();
    void addToCampaignUndoRefusedWhenWorkMovedOn();

private:
    std::unique_ptr<test::TestDatabase> m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
};

void TestShortlistCommands::init()
{
    m_scratch = std::make_unique<test::TestDatabase>();
    QVERIFY(m_scratch->isValid());
    StoreError err;
    m_db = m_scratch->open(QStringLiteral("c.sqlite"), &err);
    QVERIFY2(m_db, qPrintable(err.message));
    m_db->setUserName(QStringLiteral("Mia"));
}

void TestShortlistCommands::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

void TestShortlistCommands::createUndoRedoKeepsTheSameShortlist()
{
    const QList<qint64> ids = addCreators(*m_db, 5);
    ShortlistRepository repo(*m_db);
    QUndoStack stack;
    RosterFilter filter;
    filter.search = QStringLiteral("护肤");
    auto *cmd = new CreateShortlistCommand(repo, QStringLiteral(" Q3 seeding "), QStringLiteral("sunscreen"), filter,
                                           ids.mid(0, 3));
    stack.push(cmd);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Save shortlist “Q3 seeding”"));
    const qint64 id = cmd->shortlistId();
    QVERIFY(id > 0);
    const ShortlistInfo saved = *repo.find(id);
    QCOMPARE(repo.members(id), ids.mid(0, 3));

    // Members added after the save come back with a redo too.
    QVERIFY(repo.addMembers(id, {ids[4]}));
    stack.undo();
    QVERIFY(!repo.find(id));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM shortlist_members")), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM creators")), 5);

    stack.redo();
    const std::optional<ShortlistInfo> back = repo.find(id);
    QVERIFY(back);
    QCOMPARE(back->name, QStringLiteral("Q3 seeding"));
    QCOMPARE(back->purpose, saved.purpose);
    QCOMPARE(back->filterJson, saved.filterJson);
    QCOMPARE(back->filter().search, QStringLiteral("护肤"));
    QCOMPARE(back->createdBy, QStringLiteral("Mia"));
    QCOMPARE(back->createdAt, saved.createdAt);
    QCOMPARE(repo.members(id), (QList<qint64>{ids[0], ids[1], ids[2], ids[4]}));
    QVERIFY(!cmd->lastError().isError());
}

void TestShortlistCommands::createWithTakenNameIsDroppedAndReported()
{
    const QList<qint64> ids = addCreators(*m_db, 2);
    ShortlistRepository repo(*m_db);
    QVERIFY(repo.create(QStringLiteral("Taken"), QString(), {}, ids) > 0);
    QSignalSpy failed(&repo, &ShortlistRepository::writeFailed);
    QUndoStack stack;
    stack.push(new CreateShortlistCommand(repo, QStringLiteral("Taken"), QString(), {}, ids));
    QCOMPARE(stack.count(), 0); // obsolete after its failed redo: dropped
    QCOMPARE(failed.size(), 1);
    const auto error = failed.at(0).at(0).value<StoreError>();
    QCOMPARE(error.code, StoreError::Code::Conflict);
    QVERIFY(error.message.contains(QStringLiteral("Taken")));
    QCOMPARE(repo.list().size(), 1);
}

void TestShortlistCommands::removeUndoBringsBackMembers_data()
{
    QTest::addColumn<int>("members");
    QTest::newRow("empty") << 0;
    QTest::newRow("three") << 3;
    QTest::newRow("more than one insert chunk") << ShortlistRepository::insertChunk * 2 + 7;
}

void TestShortlistCommands::removeUndoBringsBackMembers()
{
    QFETCH(int, members);
    const QList<qint64> ids = addCreators(*m_db, members);
    ShortlistRepository repo(*m_db);
    const qint64 other = repo.create(QStringLiteral("Other"), QString(), {}, ids.mid(0, 1));
    const qint64 id = repo.create(QStringLiteral("Gone"), QStringLiteral("why"), {}, ids);
    QVERIFY(id > 0);
    const ShortlistInfo before = *repo.find(id);
    QUndoStack stack;
    auto *cmd = new RemoveShortlistCommand(repo, id);
    QVERIFY(cmd->isValid());
    QSignalSpy changed(&repo, &ShortlistRepository::shortlistsChanged);
    stack.push(cmd);
    QCOMPARE(stack.undoText(), QStringLiteral("Delete shortlist “Gone”"));
    QVERIFY(!repo.find(id));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM shortlist_members WHERE shortlist_id = ?"), {id}), 0);
    stack.undo();
    const std::optional<ShortlistInfo> after = repo.find(id);
    QVERIFY(after);
    QCOMPARE(after->name, before.name);
    QCOMPARE(after->purpose, before.purpose);
    QCOMPARE(after->createdAt, before.createdAt);
    QCOMPARE(after->memberCount, qint64(members));
    QCOMPARE(repo.members(id), ids);
    QCOMPARE(repo.members(other), ids.mid(0, 1)); // the other list was never touched
    QCOMPARE(changed.size(), 2);
    stack.redo();
    QVERIFY(!repo.find(id));
}

void TestShortlistCommands::addToCampaignUndoRemovesOnlyWhatItAdded()
{
    const QList<qint64> ids = addCreators(*m_db, 4);
    const qint64 campaign = addCampaign(*m_db);
    ShortlistRepository repo(*m_db);
    const qint64 list = repo.create(QStringLiteral("L"), QString(), {}, ids);
    // ids[1] was in the campaign before, already briefed: undo must leave it.
    QVERIFY(exec(*m_db, QStringLiteral("INSERT INTO collaborations (campaign_id, creator_id, status, created_at, updated_at) "
                                       "VALUES (?, ?, 'briefed', 'now', 'now')"),
                 {campaign, ids[1]}));
    QUndoStack stack;
    auto *cmd = new AddShortlistToCampaignCommand(repo, list, campaign, QStringLiteral("L"), QStringLiteral("Spring"));
    stack.push(cmd);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Add shortlist “L” to “Spring”"));
    QCOMPARE(cmd->result().added, 3);
    QCOMPARE(cmd->result().alreadyThere, 1);
    QCOMPARE(cmd->result().collaborationIds.size(), 3);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations")), 4);

    QSignalSpy removed(&repo, &ShortlistRepository::collaborationsRemoved);
    stack.undo();
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations")), 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT creator_id FROM collaborations")), ids[1]);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 3);

    stack.redo();
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations WHERE status = 'planned'")), 3);
    stack.undo();
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations")), 1);
    QCOMPARE(stack.count(), 1);
}

void TestShortlistCommands::addToCampaignUndoRefusedWhenWorkMovedOn_data()
{
    QTest::addColumn<QString>("change"); // applied to the first created collaboration, bound to its id
    QTest::newRow("briefed since") << QStringLiteral("UPDATE collaborations SET status = 'briefed' WHERE id = ?");
    QTest::newRow("post added") << QStringLiteral(
        "INSERT INTO posts (collaboration_id, creator_id) SELECT id, creator_id FROM collaborations WHERE id = ?");
    QTest::newRow("deleted meanwhile") << QStringLiteral("DELETE FROM collaborations WHERE id = ?");
}

void TestShortlistCommands::addToCampaignUndoRefusedWhenWorkMovedOn()
{
    QFETCH(QString, change);
    const QList<qint64> ids = addCreators(*m_db, 3);
    const qint64 campaign = addCampaign(*m_db);
    ShortlistRepository repo(*m_db);
    const qint64 list = repo.create(QStringLiteral("L"), QString(), {}, ids);
    QUndoStack stack;
    auto *cmd = new AddShortlistToCampaignCommand(repo, list, campaign, QStringLiteral("L"));
    stack.push(cmd);
    QCOMPARE(cmd->result().added, 3);
    QVERIFY(exec(*m_db, change, {cmd->result().collaborationIds.first()}));
    const qint64 before = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations"));

    QSignalSpy failed(&repo, &ShortlistRepository::writeFailed);
    stack.undo();
    QCOMPARE(failed.size(), 1);
    const auto error = failed.at(0).at(0).value<StoreError>();
    QCOMPARE(error.code, StoreError::Code::Conflict);
    QVERIFY2(error.message.contains(QStringLiteral("Cannot undo “Add shortlist “L” to a campaign”")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("1 of the collaborations")), qPrintable(error.message));
    // Nothing was removed, not even the two still planned; the stack dropped the command.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM collaborations")), before);
    QCOMPARE(stack.count(), 0);
}

QTEST_GUILESS_MAIN(TestShortlistCommands)
#include "tst_shortlistcommands.moc"
