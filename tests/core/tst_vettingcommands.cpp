// SPDX-License-Identifier: GPL-3.0-or-later
// Undo commands of the creator editor's Vetting and History tabs: SaveVettingCommand and
// AddRelationshipEventCommand against a real SQLite file.
#include "TestDatabase.h"

#include "domain/CreatorRepository.h"
#include "relationship/RelationshipCommands.h"
#include "relationship/RelationshipLog.h"
#include "store/Database.h"
#include "vetting/VettingCommands.h"
#include "vetting/VettingRepository.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace rr;

class TestVettingCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void saveUndoRedo_data();
    void saveUndoRedo();
    void badRatingLeavesNothing();
    void restoreKeepsStamps();

    void eventAddUndoRedo_data();
    void eventAddUndoRedo();
    void eventUndoAfterDeletedElsewhere();
    void emptyEventRefused();
    void removeMissingEvent();

private:
    qint64 addCreator(const QString &name);
    int rowCount(const QString &table, qint64 creatorId);

    std::unique_ptr<test::TestDatabase> m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CreatorRepository> m_repo;
};

void TestVettingCommands::init()
{
    m_scratch = std::make_unique<test::TestDatabase>();
    QVERIFY(m_scratch->isValid());
    StoreError err;
    m_db = m_scratch->open(QStringLiteral("v.redroster"), &err);
    QVERIFY2(m_db, qPrintable(err.message + err.detail));
    m_db->setUserName(QStringLiteral("Anna"));
    m_repo = std::make_unique<CreatorRepository>(*m_db);
}

void TestVettingCommands::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_scratch.reset();
}

qint64 TestVettingCommands::addCreator(const QString &name)
{
    Creator c;
    c.nickname = name;
    return m_repo->insert(c) ? c.id : 0;
}

int TestVettingCommands::rowCount(const QString &table, qint64 creatorId)
{
    // `table` comes from the test itself, never from input.
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE creator_id = ?").arg(table));
    q.addBindValue(creatorId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestVettingCommands::saveUndoRedo_data()
{
    QTest::addColumn<bool>("hadChecklist");
    QTest::newRow("no previous checklist") << false;
    QTest::newRow("previous checklist") << true;
}

void TestVettingCommands::saveUndoRedo()
{
    QFETCH(bool, hadChecklist);
    const qint64 id = addCreator(QStringLiteral("莉莉"));
    QVERIFY(id > 0);
    VettingRepository repo(*m_db);

    std::optional<Vetting> before;
    if (hadChecklist) {
        Vetting old;
        old.creatorId = id;
        old.commentQuality = 2;
        old.pastCollaborations = QStringLiteral("Brand A");
        old.vettedOn = QDate(2025, 11, 3);
        old.vettedBy = QStringLiteral("Ben");
        QVERIFY(repo.restore(old));
        before = repo.load(id);
        QVERIFY(before);
        QCOMPARE(*before, old);
    }

    Vetting after = before.value_or(Vetting{});
    after.creatorId = id;
    after.commentQuality = 5;
    after.fakeFollowerFlag = true;
    after.notes = QStringLiteral("Checked 30 comments: real questions");

    QUndoStack stack;
    auto *command = new SaveVettingCommand(repo, id, before, after);
    stack.push(command);
    QCOMPARE(stack.count(), 1);
    QVERIFY(command->succeeded());

    std::optional<Vetting> stored = repo.load(id);
    QVERIFY(stored);
    QCOMPARE(stored->commentQuality, std::optional<int>(5));
    QCOMPARE(stored->fakeFollowerFlag, true);
    QCOMPARE(stored->notes, after.notes);
    QCOMPARE(stored->vettedOn, QDate::currentDate()); // stamped by the save
    QCOMPARE(stored->vettedBy, QStringLiteral("Anna"));
    const Vetting stamped = *stored;
    QCOMPARE(command->after(), stamped);

    stack.undo();
    stored = repo.load(id);
    if (hadChecklist) {
        QVERIFY(stored);
        QCOMPARE(*stored, *before); // values and the old stamp, exactly
    } else {
        QVERIFY(!stored);
        QCOMPARE(rowCount(QStringLiteral("vetting"), id), 0);
    }

    stack.redo();
    stored = repo.load(id);
    QVERIFY(stored);
    QCOMPARE(*stored, stamped);

    stack.undo();
    QCOMPARE(repo.load(id).has_value(), hadChecklist);
}

void TestVettingCommands::badRatingLeavesNothing()
{
    const qint64 id = addCreator(QStringLiteral("x"));
    VettingRepository repo(*m_db);
    Vetting bad;
    bad.creatorId = id;
    bad.contentConsistency = 9;
    QUndoStack stack;
    StoreError reported;
    auto *command = new SaveVettingCommand(repo, id, std::nullopt, bad);
    command->setFailureReporter([&reported](const StoreError &e) { reported = e; });
    stack.push(command); // refused: obsolete, deleted by the stack
    QCOMPARE(stack.count(), 0);
    QVERIFY(reported.isError());
    QVERIFY(!repo.load(id));
}

void TestVettingCommands::restoreKeepsStamps()
{
    const qint64 id = addCreator(QStringLiteral("y"));
    VettingRepository repo(*m_db);
    Vetting v;
    v.creatorId = id;
    v.audienceNotes = QStringLiteral("女性 18-24, 上海");
    QVERIFY(repo.restore(v)); // no stamp: stays empty
    std::optional<Vetting> stored = repo.load(id);
    QVERIFY(stored);
    QVERIFY(!stored->vettedOn.isValid());
    QVERIFY(stored->vettedBy.isEmpty());
    QCOMPARE(*stored, v);
    QVERIFY(repo.save(v));
    QCOMPARE(repo.load(id)->vettedOn, QDate::currentDate());
}

void TestVettingCommands::eventAddUndoRedo_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("kindKey");
    QTest::newRow("contact") << int(AddRelationshipEventCommand::Kind::Contact) << QStringLiteral("contact");
    QTest::newRow("note") << int(AddRelationshipEventCommand::Kind::Note) << QStringLiteral("note");
}

void TestVettingCommands::eventAddUndoRedo()
{
    QFETCH(int, kind);
    QFETCH(QString, kindKey);
    const qint64 id = addCreator(QStringLiteral("z"));
    RelationshipLog log(*m_db);
    QVERIFY(log.addNote(id, QStringLiteral("older note"), QDate(2026, 1, 5)));
    const int eventsBefore = rowCount(QStringLiteral("relationship_events"), id);

    QUndoStack stack;
    QList<qint64> changed;
    auto *command = new AddRelationshipEventCommand(*m_db, id, AddRelationshipEventCommand::Kind(kind),
                                                    QStringLiteral("  Sent the brief on WeChat  "), QDate(2026, 3, 2));
    command->setChangedCallback([&changed](qint64 creatorId) { changed << creatorId; });
    stack.push(command);
    QCOMPARE(stack.count(), 1);
    const qint64 eventId = command->eventId();
    QVERIFY(eventId > 0);
    QCOMPARE(changed, QList<qint64>{id});

    const std::optional<RelationshipEvent> stored = log.event(eventId);
    QVERIFY(stored);
    QCOMPARE(stored->creatorId, id);
    QCOMPARE(stored->kind, kindKey);
    QCOMPARE(stored->note, QStringLiteral("Sent the brief on WeChat"));
    QCOMPARE(stored->on, QDate(2026, 3, 2));
    QCOMPARE(stored->owner, QStringLiteral("Anna"));
    QVERIFY(!stored->createdAt.isEmpty());
    QCOMPARE(rowCount(QStringLiteral("relationship_events"), id), eventsBefore + 1);
    const QList<TimelineEntry> timeline = log.timeline(id);
    QCOMPARE(timeline.first().eventId, eventId); // newest first
    // A logged contact is the first contact while it exists.
    QCOMPARE(log.firstContact(id), kindKey == QLatin1String("contact") ? QDate(2026, 3, 2) : QDate());

    stack.undo();
    QVERIFY(!log.event(eventId));
    QCOMPARE(rowCount(QStringLiteral("relationship_events"), id), eventsBefore);
    QCOMPARE(command->eventId(), qint64(0));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(log.firstContact(id), QDate());

    // Someone logs another event meanwhile (SQLite gives it the freed id); redo brings back the
    // same values under a free id, and the next undo removes that row, not the other one.
    QVERIFY(log.addContact(id, QStringLiteral("phone call"), QDate(2026, 3, 1)));
    const qint64 otherId = log.timeline(id).first().eventId;
    stack.redo();
    const qint64 backId = command->eventId();
    QVERIFY(backId > 0);
    QVERIFY(backId != otherId);
    QCOMPARE(backId == eventId, otherId != eventId);
    std::optional<RelationshipEvent> back = log.event(backId);
    QVERIFY(back);
    back->id = stored->id;
    QCOMPARE(*back, *stored);
    QCOMPARE(rowCount(QStringLiteral("relationship_events"), id), eventsBefore + 2);
    QCOMPARE(changed.size(), 3);
    stack.undo();
    QVERIFY(!log.event(backId));
    QCOMPARE(log.event(otherId)->note, QStringLiteral("phone call"));
    stack.redo();
    QCOMPARE(log.event(command->eventId())->note, stored->note);
    QCOMPARE(changed.size(), 5);
}

void TestVettingCommands::eventUndoAfterDeletedElsewhere()
{
    const qint64 id = addCreator(QStringLiteral("w"));
    RelationshipLog log(*m_db);
    QUndoStack stack;
    StoreError reported;
    auto *command = new AddRelationshipEventCommand(*m_db, id, AddRelationshipEventCommand::Kind::Note,
                                                    QStringLiteral("note"));
    command->setFailureReporter([&reported](const StoreError &e) { reported = e; });
    stack.push(command);
    const qint64 eventId = command->eventId();
    QVERIFY(log.removeEvent(eventId));
    stack.undo(); // the row is gone: the command reports and leaves the stack
    QVERIFY(reported.isError());
    QCOMPARE(reported.code, StoreError::Code::NotFound);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(rowCount(QStringLiteral("relationship_events"), id), 0);
}

void TestVettingCommands::emptyEventRefused()
{
    const qint64 id = addCreator(QStringLiteral("v"));
    QUndoStack stack;
    bool failed = false;
    auto *command = new AddRelationshipEventCommand(*m_db, id, AddRelationshipEventCommand::Kind::Contact,
                                                    QStringLiteral("   "));
    command->setFailureReporter([&failed](const StoreError &) { failed = true; });
    stack.push(command);
    QVERIFY(failed);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(rowCount(QStringLiteral("relationship_events"), id), 0);
}

void TestVettingCommands::removeMissingEvent()
{
    RelationshipLog log(*m_db);
    StoreError error;
    QVERIFY(!log.removeEvent(424242, &error));
    QCOMPARE(error.code, StoreError::Code::NotFound);
    QVERIFY(!log.event(424242));
}

QTEST_GUILESS_MAIN(TestVettingCommands)
#include "tst_vettingcommands.moc"
