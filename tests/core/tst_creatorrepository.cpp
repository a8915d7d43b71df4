// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "domain/CreatorCommands.h"
#include "domain/CreatorRepository.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace rr;

namespace {

Creator fullCreator(const QList<Category> &cats)
{
    Creator c;
    c.handle = QStringLiteral("lily_beauty");
    c.profileUrl = QStringLiteral("https://www.xiaohongshu.com/user/profile/5f1a2b3c4d5e6f7a8b9c0d1e?xsec_token=abc");
    c.nickname = QStringLiteral("莉莉爱护肤");
    c.realName = QStringLiteral("王莉");
    c.contactMethod = QStringLiteral("wechat");
    c.wechat = QStringLiteral("lily_wx");
    c.phone = QStringLiteral("+86 138 0000 1111");
    c.email = QStringLiteral("lily@example.com");
    c.primaryCategoryId = cats.at(0).id;
    c.secondaryCategoryIds = {cats.at(1).id, cats.at(3).id};
    c.followers = 123456;
    c.followersAsOf = QDate(2026, 3, 5);
    c.tierOverride = Tier::Mega;
    c.avgEngagementRate = 0.045;
    c.city = QStringLiteral("上海");
    c.languages = {QStringLiteral("zh"), QStringLiteral("en")};
    c.hasAgency = true;
    c.agencyName = QStringLiteral("星光MCN");
    c.priceImageFen = 200050;
    c.priceVideoFen = 500000;
    c.feeMinFen = 150000;
    c.feeMaxFen = 600000;
    c.formats = {ContentFormat::Image, ContentFormat::Video};
    c.firstContactOn = QDate(2026, 1, 12);
    c.owner = QStringLiteral("Anna");
    c.status = Status::Negotiating;
    c.doNotContact = true;
    c.brandFit = 4.5;
    c.reliability = 3.0;
    c.communicationNotes = QStringLiteral("Replies fast on WeChat");
    c.notes = QStringLiteral("Loves sunscreen");
    c.tags = {QStringLiteral("spf"), QStringLiteral("2026 Q2")};
    return c;
}

int count(const Database &db, const QString &sql, qint64 id)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestCreatorRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTripEveryField();
    void emptyHandleStoredAsNull();
    void updateConflict();
    void updateNotFoundAfterRemove();
    void auditRowsHoldChangedFieldsOnly();
    void statusChangeWritesEvent();
    void hardDeleteRemovesEverything();
    void profileKey_data();
    void profileKey();
    void duplicates_data();
    void duplicates();
    void followerSnapshotLatestRule();
    void updateWithNewFollowersAddsSnapshot();
    void undoRedoAdd();
    void undoRedoEdit();
    void editCommandConflictIsRecorded();
    void knownLists();
    void undoKeepsFollowersOnLatestSnapshot();
    void searchTextFromTrimmedValues();
    void removeSeveralIsAllOrNothing();

private:
    QJsonObject lastAudit(qint64 id, QString *action = nullptr) const;

    std::unique_ptr<test::TestDatabase> m_scratch; // SQLite file or PostgreSQL database (TestDatabase.h)
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CreatorRepository> m_repo;
};

void TestCreatorRepository::init()
{
    m_scratch = std::make_unique<test::TestDatabase>();
    QVERIFY(m_scratch->isValid());
    StoreError err;
    m_db = m_scratch->open(QStringLiteral("t.redroster"), &err);
    QVERIFY2(m_db, qPrintable(err.message + err.detail));
    m_db->setUserName(QStringLiteral("tester"));
    m_repo = std::make_unique<CreatorRepository>(*m_db);
}

void TestCreatorRepository::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_scratch.reset();
}

QJsonObject TestCreatorRepository::lastAudit(qint64 id, QString *action) const
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT action, changes FROM audit_log WHERE table_name = 'creators' AND row_id = ? "
                             "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    if (action)
        *action = q.value(0).toString();
    return QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
}

void TestCreatorRepository::roundTripEveryField()
{
    const QList<Category> cats = m_repo->categories();
    QCOMPARE(cats.size(), 12);
    Creator c = fullCreator(cats);
    QSignalSpy added(m_repo.get(), &CreatorRepository::creatorAdded);
    StoreError err;
    QVERIFY2(m_repo->insert(c, &err), qPrintable(err.detail));
    QVERIFY(c.id > 0);
    QCOMPARE(c.version, 1);
    QCOMPARE(added.count(), 1);

    const std::optional<Creator> l = m_repo->load(c.id, &err);
    QVERIFY(l);
    QCOMPARE(l->id, c.id);
    QCOMPARE(l->version, 1);
    QCOMPARE(l->handle, c.handle);
    QCOMPARE(l->profileUrl, c.profileUrl);
    QCOMPARE(l->nickname, c.nickname);
    QCOMPARE(l->realName, c.realName);
    QCOMPARE(l->contactMethod, c.contactMethod);
    QCOMPARE(l->wechat, c.wechat);
    QCOMPARE(l->phone, c.phone);
    QCOMPARE(l->email, c.email);
    QCOMPARE(l->primaryCategoryId, c.primaryCategoryId);
    QCOMPARE(l->secondaryCategoryIds, c.secondaryCategoryIds);
    QCOMPARE(l->followers, c.followers);
    QCOMPARE(l->followersAsOf, c.followersAsOf);
    QVERIFY(l->tierOverride == c.tierOverride);
    QCOMPARE(l->avgEngagementRate, c.avgEngagementRate);
    QCOMPARE(l->city, c.city);
    QCOMPARE(l->languages, c.languages);
    QCOMPARE(l->hasAgency, true);
    QCOMPARE(l->agencyName, c.agencyName);
    QCOMPARE(l->priceImageFen, c.priceImageFen);
    QCOMPARE(l->priceVideoFen, c.priceVideoFen);
    QCOMPARE(l->feeMinFen, c.feeMinFen);
    QCOMPARE(l->feeMaxFen, c.feeMaxFen);
    QVERIFY(l->formats == c.formats);
    QCOMPARE(l->firstContactOn, c.firstContactOn);
    QCOMPARE(l->owner, c.owner);
    QVERIFY(l->status == Status::Negotiating);
    QCOMPARE(l->doNotContact, true);
    QCOMPARE(l->brandFit, c.brandFit);
    QCOMPARE(l->reliability, c.reliability);
    QCOMPARE(l->communicationNotes, c.communicationNotes);
    QCOMPARE(l->notes, c.notes);
    QStringList tags = c.tags;
    tags.sort();
    QCOMPARE(l->tags, tags);

    // Derived columns and the first follower snapshot.
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT profile_key, search_text FROM creators WHERE id = ?"));
    q.addBindValue(c.id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("xhs:5f1a2b3c4d5e6f7a8b9c0d1e"));
    QCOMPARE(q.value(1).toString(), c.searchText());
    const QList<FollowerSnapshot> history = m_repo->followerHistory(c.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().followers, 123456);
    QCOMPARE(history.first().asOf, QDate(2026, 3, 5));
    QCOMPARE(history.first().source, QStringLiteral("manual"));

    QString action;
    const QJsonObject audit = lastAudit(c.id, &action);
    QCOMPARE(action, QStringLiteral("insert"));
    QVERIFY(audit.contains(QStringLiteral("nickname")));
    QVERIFY(audit.contains(QStringLiteral("tags")));

    // Empty optional fields come back empty, not 0.
    Creator bare;
    bare.nickname = QStringLiteral("bare");
    QVERIFY(m_repo->insert(bare, &err));
    const std::optional<Creator> b = m_repo->load(bare.id);
    QVERIFY(b);
    QVERIFY(!b->followers && !b->priceImageFen && !b->primaryCategoryId && !b->tierOverride && !b->brandFit);
    QVERIFY(!b->firstContactOn.isValid());
    QVERIFY(b->tags.isEmpty() && b->formats.isEmpty() && b->languages.isEmpty());
    QVERIFY(m_repo->followerHistory(bare.id).isEmpty());
}

void TestCreatorRepository::emptyHandleStoredAsNull()
{
    // The unique index on handle allows any number of creators without one.
    for (int i = 0; i < 3; ++i) {
        Creator c;
        c.nickname = QStringLiteral("n%1").arg(i);
        c.handle = QStringLiteral("  ");
        StoreError err;
        QVERIFY2(m_repo->insert(c, &err), qPrintable(err.detail));
    }
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM creators WHERE handle IS NULL AND id > ?"), 0), 3);
}

void TestCreatorRepository::updateConflict()
{
    Creator c = fullCreator(m_repo->categories());
    QVERIFY(m_repo->insert(c));
    Creator first = *m_repo->load(c.id);
    Creator second = first;
    first.nickname = QStringLiteral("first editor");
    second.nickname = QStringLiteral("second editor");
    StoreError err;
    QVERIFY(m_repo->update(first, &err));
    QCOMPARE(first.version, 2);
    QSignalSpy failed(m_repo.get(), &CreatorRepository::writeFailed);
    QVERIFY(!m_repo->update(second, &err));
    QVERIFY(err.code == StoreError::Code::Conflict);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().value<StoreError>().code == StoreError::Code::Conflict);
    QVERIFY(!err.message.isEmpty());
    const std::optional<Creator> stored = m_repo->load(c.id);
    QCOMPARE(stored->nickname, QStringLiteral("first editor"));
    QCOMPARE(stored->version, 2);
}

void TestCreatorRepository::updateNotFoundAfterRemove()
{
    Creator c = fullCreator(m_repo->categories());
    QVERIFY(m_repo->insert(c));
    Creator copy = *m_repo->load(c.id);
    QVERIFY(m_repo->remove(c.id));
    copy.notes = QStringLiteral("too late");
    StoreError err;
    QVERIFY(!m_repo->update(copy, &err));
    QVERIFY(err.code == StoreError::Code::NotFound);
    QVERIFY(!m_repo->remove(c.id, &err));
    QVERIFY(err.code == StoreError::Code::NotFound);
}

void TestCreatorRepository::auditRowsHoldChangedFieldsOnly()
{
    Creator c = fullCreator(m_repo->categories());
    QVERIFY(m_repo->insert(c));
    Creator e = *m_repo->load(c.id);
    e.city = QStringLiteral("杭州");
    e.priceImageFen = 300000;
    e.tags << QStringLiteral("new tag");
    QSignalSpy changed(m_repo.get(), &CreatorRepository::creatorChanged);
    QVERIFY(m_repo->update(e));
    QCOMPARE(changed.count(), 1);
    QString action;
    const QJsonObject audit = lastAudit(c.id, &action);
    QCOMPARE(action, QStringLiteral("update"));
    QCOMPARE(audit.keys(), (QStringList{QStringLiteral("city"), QStringLiteral("price_image_fen"), QStringLiteral("tags")}));
    QCOMPARE(audit.value(QStringLiteral("city")).toArray().at(0).toString(), QStringLiteral("上海"));
    QCOMPARE(audit.value(QStringLiteral("city")).toArray().at(1).toString(), QStringLiteral("杭州"));
    QCOMPARE(audit.value(QStringLiteral("price_image_fen")).toArray().at(1).toInteger(), 300000);
    QVERIFY(m_repo->knownTags().contains(QStringLiteral("new tag")));
}

void TestCreatorRepository::statusChangeWritesEvent()
{
    Creator c;
    c.nickname = QStringLiteral("status");
    QVERIFY(m_repo->insert(c));
    c.status = Status::Negotiating;
    QVERIFY(m_repo->update(c));
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT kind, note, owner FROM relationship_events WHERE creator_id = ?"));
    q.addBindValue(c.id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("status"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("prospect \u2192 negotiating"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("tester"));
    QVERIFY(!q.next());
    // No status change, no event.
    c.notes = QStringLiteral("x");
    QVERIFY(m_repo->update(c));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM relationship_events WHERE creator_id = ?"), c.id), 1);
}

void TestCreatorRepository::hardDeleteRemovesEverything()
{
    Creator c = fullCreator(m_repo->categories());
    QVERIFY(m_repo->insert(c));
    c.status = Status::ActivePartner;
    c.phone = QStringLiteral("+86 139 2222 3333");
    QVERIFY(m_repo->update(c));
    QVERIFY(m_repo->addFollowerSnapshot(c.id, QDate(2026, 6, 1), 130000, QStringLiteral("qiangua")));
    QSignalSpy removed(m_repo.get(), &CreatorRepository::creatorRemoved);
    StoreError err;
    QVERIFY2(m_repo->remove(c.id, &err), qPrintable(err.detail));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toLongLong(), c.id);

    const QStringList tables{QStringLiteral("follower_snapshots"), QStringLiteral("creator_tags"),
                             QStringLiteral("creator_categories"), QStringLiteral("relationship_events")};
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM creators WHERE id = ?"), c.id), 0);
    for (const QString &t : tables)
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE creator_id = ?").arg(t), c.id), 0);

    QString action;
    lastAudit(c.id, &action);
    QCOMPARE(action, QStringLiteral("delete"));
    // No audit row keeps the creator's personal data.
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT coalesce(changes, '') FROM audit_log")));
    while (q.next()) {
        const QString changes = q.value(0).toString();
        QVERIFY2(!changes.contains(c.nickname), qPrintable(changes));
        QVERIFY2(!changes.contains(QStringLiteral("138 0000")), qPrintable(changes));
        QVERIFY2(!changes.contains(QStringLiteral("139 2222")), qPrintable(changes));
    }
    QVERIFY(!m_repo->load(c.id));
}

void TestCreatorRepository::profileKey_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("key");
    const QString id = QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d1e");
    const QString xhs = QStringLiteral("xhs:") + id;
    QTest::newRow("app link with token") << QStringLiteral("https://www.xiaohongshu.com/user/profile/%1?xsec_token=abc").arg(id) << xhs;
    QTest::newRow("upper case, no scheme, slash") << QStringLiteral(" xiaohongshu.com/user/profile/%1/ ").arg(id.toUpper()) << xhs;
    QTest::newRow("fragment") << QStringLiteral("https://xiaohongshu.com/user/profile/%1#notes").arg(id) << xhs;
    QTest::newRow("25 hex digits is not an id") << QStringLiteral("https://www.xiaohongshu.com/user/profile/%1f").arg(id)
                                                << QStringLiteral("xiaohongshu.com/user/profile/%1f").arg(id);
    QTest::newRow("not hex") << QStringLiteral("https://www.xiaohongshu.com/user/profile/5f1a2b3c4d5e6f7a8b9c0dzz")
                             << QStringLiteral("xiaohongshu.com/user/profile/5f1a2b3c4d5e6f7a8b9c0dzz");
    QTest::newRow("second marker holds the id") << QStringLiteral("https://x.cn/user/profile/abc/user/profile/%1").arg(id) << xhs;
    QTest::newRow("short link keeps its case") << QStringLiteral("https://XHSLINK.com/a/Zz9") << QStringLiteral("xhslink.com/a/Zz9");
    QTest::newRow("empty") << QStringLiteral("  ") << QString();
}

void TestCreatorRepository::profileKey()
{
    QFETCH(QString, link);
    QFETCH(QString, key);
    QCOMPARE(normalizedProfileKey(link), key);
}

void TestCreatorRepository::duplicates_data()
{
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("profileUrl");
    QTest::addColumn<bool>("excludeSelf");
    QTest::addColumn<int>("hits");
    QTest::addColumn<int>("reason");

    const QString longLink = QStringLiteral("https://www.xiaohongshu.com/user/profile/5f1a2b3c4d5e6f7a8b9c0d1e?xsec_token=abc");
    const QString shortForm = QStringLiteral("xiaohongshu.com/user/profile/5F1A2B3C4D5E6F7A8B9C0D1E/");
    QTest::newRow("same handle other case") << QStringLiteral("Lily_Beauty") << QString() << false << 1
                                            << int(DuplicateHit::Reason::Handle);
    QTest::newRow("same profile, other link form") << QStringLiteral("someone_else") << shortForm << false << 1
                                                   << int(DuplicateHit::Reason::ProfileLink);
    QTest::newRow("both") << QStringLiteral("LILY_BEAUTY") << longLink << false << 1 << int(DuplicateHit::Reason::Both);
    QTest::newRow("excluded self") << QStringLiteral("lily_beauty") << shortForm << true << 0 << 0;
    QTest::newRow("new creator") << QStringLiteral("newbie") << QStringLiteral("https://xhslink.com/a/Zz9") << false
                                 << 0 << 0;
    QTest::newRow("nothing given") << QString() << QString() << false << 0 << 0;
}

void TestCreatorRepository::duplicates()
{
    QFETCH(QString, handle);
    QFETCH(QString, profileUrl);
    QFETCH(bool, excludeSelf);
    QFETCH(int, hits);
    QFETCH(int, reason);

    Creator c;
    c.handle = QStringLiteral("lily_beauty");
    c.nickname = QStringLiteral("莉莉");
    c.profileUrl = QStringLiteral("https://www.xiaohongshu.com/user/profile/5f1a2b3c4d5e6f7a8b9c0d1e?xsec_token=abc");
    QVERIFY(m_repo->insert(c));
    Creator other;
    other.handle = QStringLiteral("other");
    other.profileUrl = QStringLiteral("https://xhslink.com/a/AbC");
    StoreError err;
    QVERIFY2(m_repo->insert(other, &err), qPrintable(err.detail));

    const QList<DuplicateHit> found = m_repo->findDuplicates(handle, profileUrl, excludeSelf ? c.id : 0);
    QCOMPARE(found.size(), hits);
    if (hits > 0) {
        QCOMPARE(found.first().id, c.id);
        QCOMPARE(found.first().nickname, QStringLiteral("莉莉"));
        QCOMPARE(found.first().handle, QStringLiteral("lily_beauty"));
        QCOMPARE(int(found.first().reason), reason);
    }
}

void TestCreatorRepository::followerSnapshotLatestRule()
{
    Creator c;
    c.nickname = QStringLiteral("growing");
    c.followers = 9000;
    c.followersAsOf = QDate(2026, 1, 1);
    QVERIFY(m_repo->insert(c));

    QVERIFY(m_repo->addFollowerSnapshot(c.id, QDate(2026, 4, 1), 12000, QStringLiteral("pugongying")));
    std::optional<Creator> l = m_repo->load(c.id);
    QCOMPARE(l->followers, 12000);
    QCOMPARE(l->followersAsOf, QDate(2026, 4, 1));
    QCOMPARE(l->version, 2);

    // An older snapshot joins the history but does not overwrite the newer latest.
    QVERIFY(m_repo->addFollowerSnapshot(c.id, QDate(2026, 2, 1), 10000, QString()));
    l = m_repo->load(c.id);
    QCOMPARE(l->followers, 12000);
    QCOMPARE(l->followersAsOf, QDate(2026, 4, 1));
    QCOMPARE(l->version, 3);

    const QList<FollowerSnapshot> h = m_repo->followerHistory(c.id);
    QCOMPARE(h.size(), 3);
    QCOMPARE(h.at(0).asOf, QDate(2026, 1, 1));
    QCOMPARE(h.at(1).followers, 10000);
    QCOMPARE(h.at(1).source, QStringLiteral("manual"));
    QCOMPARE(h.at(2).source, QStringLiteral("pugongying"));

    StoreError err;
    QVERIFY(!m_repo->addFollowerSnapshot(c.id + 100, QDate(2026, 5, 1), 1, QString(), &err));
    QVERIFY(err.code == StoreError::Code::NotFound);
}

void TestCreatorRepository::updateWithNewFollowersAddsSnapshot()
{
    Creator c;
    c.nickname = QStringLiteral("f");
    c.followers = 1000;
    c.followersAsOf = QDate(2026, 1, 1);
    QVERIFY(m_repo->insert(c));
    c.followers = 60000;
    c.followersAsOf = QDate(2026, 3, 1);
    qint64 snapshot = 0;
    QVERIFY(m_repo->update(c, nullptr, {}, &snapshot));
    QVERIFY(snapshot > 0);
    QCOMPARE(m_repo->followerHistory(c.id).size(), 2);
    QCOMPARE(m_repo->load(c.id)->followers, 60000);
    // Same count and date: no new snapshot.
    c.notes = QStringLiteral("n");
    QVERIFY(m_repo->update(c, nullptr, {}, &snapshot));
    QCOMPARE(snapshot, 0);
    QCOMPARE(m_repo->followerHistory(c.id).size(), 2);
}

void TestCreatorRepository::undoRedoAdd()
{
    QUndoStack stack;
    Creator c = fullCreator(m_repo->categories());
    auto *cmd = new AddCreatorCommand(*m_repo, c);
    stack.push(cmd);
    const qint64 id = cmd->creatorId();
    QVERIFY(id > 0);
    QCOMPARE(m_repo->load(id)->nickname, c.nickname);

    stack.undo();
    QVERIFY(!m_repo->load(id));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM follower_snapshots WHERE creator_id = ?"), id), 0);

    stack.redo();
    const std::optional<Creator> again = m_repo->load(id);
    QVERIFY(again);
    QCOMPARE(again->nickname, c.nickname);
    QCOMPARE(again->phone, c.phone);
    QCOMPARE(again->secondaryCategoryIds, c.secondaryCategoryIds);
    QCOMPARE(m_repo->followerHistory(id).size(), 1);
}

void TestCreatorRepository::undoRedoEdit()
{
    QUndoStack stack;
    Creator c;
    c.nickname = QStringLiteral("before");
    c.followers = 20000;
    c.followersAsOf = QDate(2026, 1, 1);
    c.tags = {QStringLiteral("a")};
    auto *add = new AddCreatorCommand(*m_repo, c);
    stack.push(add);
    const qint64 id = add->creatorId();

    const Creator before = *m_repo->load(id);
    Creator after = before;
    after.nickname = QStringLiteral("after");
    after.followers = 80000;
    after.followersAsOf = QDate(2026, 5, 1);
    after.status = Status::OutreachSent;
    after.tags = {QStringLiteral("b")};
    auto *edit = new EditCreatorCommand(*m_repo, before, after);
    QCOMPARE(edit->text(), QStringLiteral("Edit after"));
    stack.push(edit);
    QVERIFY2(!edit->lastError(), qPrintable(edit->lastError().detail));
    QCOMPARE(m_repo->load(id)->nickname, QStringLiteral("after"));
    QCOMPARE(m_repo->load(id)->followers, 80000);
    QCOMPARE(m_repo->followerHistory(id).size(), 2);

    stack.undo();
    std::optional<Creator> l = m_repo->load(id);
    QCOMPARE(l->nickname, QStringLiteral("before"));
    QCOMPARE(l->followers, 20000);
    QCOMPARE(l->followersAsOf, QDate(2026, 1, 1));
    QVERIFY(l->status == Status::Prospect);
    QCOMPARE(l->tags, QStringList{QStringLiteral("a")});
    QCOMPARE(m_repo->followerHistory(id).size(), 1);

    stack.redo();
    l = m_repo->load(id);
    QCOMPARE(l->nickname, QStringLiteral("after"));
    QCOMPARE(l->followers, 80000);
    QCOMPARE(l->tags, QStringList{QStringLiteral("b")});

    // Undo both, redo both: the re-inserted row keeps its id and the edit still applies.
    stack.undo();
    stack.undo();
    QVERIFY(!m_repo->load(id));
    stack.redo();
    stack.redo();
    l = m_repo->load(id);
    QVERIFY(l);
    QCOMPARE(l->nickname, QStringLiteral("after"));
    QCOMPARE(stack.count(), 2);
}

void TestCreatorRepository::editCommandConflictIsRecorded()
{
    QUndoStack stack;
    Creator c;
    c.nickname = QStringLiteral("x");
    QVERIFY(m_repo->insert(c));
    Creator after = c;
    after.nickname = QStringLiteral("y");
    auto *edit = new EditCreatorCommand(*m_repo, c, after);
    stack.push(edit);
    QCOMPARE(m_repo->load(c.id)->nickname, QStringLiteral("y"));

    // Someone else saves meanwhile: undo must not overwrite their edit.
    Creator other = *m_repo->load(c.id);
    other.nickname = QStringLiteral("colleague");
    QVERIFY(m_repo->update(other));
    auto *stale = new EditCreatorCommand(*m_repo, c, after); // based on version 1: conflicts at once
    stack.push(stale);   // obsolete after a failed redo: the stack drops it
    QCOMPARE(stack.count(), 1);
    QCOMPARE(m_repo->load(c.id)->nickname, QStringLiteral("colleague"));
    stack.undo();        // the edit's undo conflicts too
    QCOMPARE(m_repo->load(c.id)->nickname, QStringLiteral("colleague"));
}

void TestCreatorRepository::knownLists()
{
    Creator a = fullCreator(m_repo->categories());
    QVERIFY(m_repo->insert(a));
    Creator b;
    b.nickname = QStringLiteral("b");
    b.owner = QStringLiteral("Bo");
    b.city = QStringLiteral("北京");
    QVERIFY(m_repo->insert(b));
    QCOMPARE(m_repo->knownOwners(), (QStringList{QStringLiteral("Anna"), QStringLiteral("Bo")}));
    QCOMPARE(m_repo->knownCities().size(), 2);
    QCOMPARE(m_repo->knownTags(), (QStringList{QStringLiteral("2026 Q2"), QStringLiteral("spf")}));
    const Category first = m_repo->categories().first();
    QCOMPARE(first.key, QStringLiteral("skincare"));
    QCOMPARE(first.nameZh, QStringLiteral("护肤"));
    QCOMPARE(first.nameEn, QStringLiteral("Skincare"));
}

// The editor adds a snapshot on its own (committed at once); the edit pushed afterwards carries a
// "before" from when the dialog opened. Undoing that edit must not roll the count back past the
// snapshot: the stored count stays the latest snapshot's.
void TestCreatorRepository::undoKeepsFollowersOnLatestSnapshot()
{
    Creator c;
    c.handle = QStringLiteral("snap_undo");
    c.nickname = QStringLiteral("快照");
    c.followers = 10000;
    c.followersAsOf = QDate(2026, 1, 1);
    QVERIFY(m_repo->insert(c));
    const Creator before = *m_repo->load(c.id);
    QVERIFY(m_repo->addFollowerSnapshot(c.id, QDate(2026, 6, 1), 20000, QStringLiteral("manual")));
    Creator after = *m_repo->load(c.id);
    after.city = QStringLiteral("上海");
    QUndoStack stack;
    stack.push(new EditCreatorCommand(*m_repo, before, after));
    QCOMPARE(m_repo->load(c.id)->city, QStringLiteral("上海"));
    stack.undo();
    const Creator undone = *m_repo->load(c.id);
    QVERIFY(undone.city.isEmpty());
    QCOMPARE(undone.followers.value_or(-1), qint64(20000));
    QCOMPARE(undone.followersAsOf, QDate(2026, 6, 1));
}

void TestCreatorRepository::searchTextFromTrimmedValues()
{
    Creator c;
    c.handle = QStringLiteral("  Trim_Me ");
    c.nickname = QStringLiteral("Nick ");
    QVERIFY(m_repo->insert(c));
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT search_text, handle, nickname FROM creators WHERE id = ?"));
    q.addBindValue(c.id);
    QVERIFY(q.exec() && q.next());
    Creator stored;
    stored.handle = q.value(1).toString();
    stored.nickname = q.value(2).toString();
    QCOMPARE(q.value(0).toString(), stored.searchText());
    QCOMPARE(q.value(0).toString(), QStringLiteral("trim_me\nnick"));
}

void TestCreatorRepository::removeSeveralIsAllOrNothing()
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Creator c;
        c.handle = QStringLiteral("del_%1").arg(i);
        c.followers = 1000 + i;
        QVERIFY(m_repo->insert(c));
        ids << c.id;
    }
    auto count = [this] {
        QSqlQuery q(m_db->sql());
        q.exec(QStringLiteral("SELECT count(*) FROM creators WHERE handle LIKE 'del_%'"));
        q.next();
        return q.value(0).toInt();
    };
    StoreError err;
    QSignalSpy removed(m_repo.get(), &CreatorRepository::creatorsRemoved);
    // One id is gone already: nothing is deleted.
    QVERIFY(!m_repo->remove(QList<qint64>{ids[0], 999999, ids[1]}, &err));
    QCOMPARE(err.code, StoreError::Code::NotFound);
    QCOMPARE(count(), 3);
    QCOMPARE(removed.count(), 0);
    QVERIFY(m_repo->remove(QList<qint64>{ids[0], ids[2]}, &err));
    QCOMPARE(count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().value<QList<qint64>>(), (QList<qint64>{ids[0], ids[2]}));
}

QTEST_GUILESS_MAIN(TestCreatorRepository)
#include "tst_creatorrepository.moc"
