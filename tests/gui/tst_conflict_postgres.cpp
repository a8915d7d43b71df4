// SPDX-License-Identifier: GPL-3.0-or-later
// Two people on one server editing the same creator: the later save merges what only one of them
// changed, asks about fields both changed (both values shown), and never brings back a creator
// someone deleted. Two real connections to the test server stand for Anna's and Ben's apps.
#include "PgTestServer.h"

#include "campaign/CampaignRepository.h"
#include "campaign/CollaborationMerge.h"
#include "domain/CreatorMerge.h"
#include "domain/CreatorRepository.h"
#include "editor/ConflictDialog.h"
#include "editor/EditorCommit.h"
#include "store/Database.h"
#include "vetting/VettingRepository.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace rr;

class TestConflictPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void mergeKeepsEachSidesOwnChanges();
    void conflictingFieldsAreChosenInTheDialog();
    void cancelSavesNothing();
    void creatorDeletedMeanwhileIsNotResurrected();
    void noOtherSaveMeansNoMerge();
    void collaborationEditsMergeToo();
    void vettingSavedMeanwhileIsMergedInTheSameDialog();
    void aSaveDuringTheConflictDialogIsMergedToo();
    void aSaveBetweenMergeAndWriteIsReportedAsConflict();

private:
    // Runs `act` on the first modal dialog of type T that opens (then the code under test goes on).
    template<typename T>
    void whenShown(std::function<void(T *)> act, int attemptsLeft = 100)
    {
        QTimer::singleShot(50, this, [this, act, attemptsLeft] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<T *>(w); dialog && dialog->isVisible()) {
                    m_dialogSeen = true;
                    act(dialog);
                    return;
                }
            }
            if (attemptsLeft > 0)
                whenShown<T>(act, attemptsLeft - 1); // not open yet (gives up after 5 s)
        });
    }
    Creator stored(qint64 id) { return *CreatorRepository(*m_anna).load(id); }
    // An editor that changed the profile only.
    static CreatorEdit profileEdit(const Creator &before, const Creator &after)
    {
        CreatorEdit edit;
        edit.before = before;
        edit.after = after;
        return edit;
    }

    test::PgTestServer m_server;
    std::unique_ptr<Database> m_anna;
    std::unique_ptr<Database> m_ben;
    qint64 m_id = 0;
    bool m_dialogSeen = false;
    int m_dialogs = 0;
};

void TestConflictPostgres::initTestCase()
{
    if (!m_server.isAvailable())
        QFAIL(qPrintable(m_server.why()));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "52,000" as compared below
}

void TestConflictPostgres::init()
{
    const ConnectionSpec spec = m_server.freshDatabase();
    StoreError e;
    m_anna = Database::open(spec, &e);
    QVERIFY2(m_anna, qPrintable(e.detail));
    m_ben = Database::open(spec, &e);
    QVERIFY2(m_ben, qPrintable(e.detail));
    m_anna->setUserName(QStringLiteral("anna"));
    m_ben->setUserName(QStringLiteral("ben"));
    Creator c;
    c.handle = QStringLiteral("momo_skin");
    c.nickname = QStringLiteral("Momo的护肤日记");
    c.followers = 48000;
    c.city = QStringLiteral("上海");
    QVERIFY(CreatorRepository(*m_anna).insert(c, &e));
    m_id = c.id;
    m_dialogSeen = false;
}

void TestConflictPostgres::mergeKeepsEachSidesOwnChanges()
{
    const Creator base = stored(m_id);
    Creator mine = base;
    mine.city = QStringLiteral("杭州");
    mine.notes = QStringLiteral("回复快");
    Creator theirs = base;
    theirs.owner = QStringLiteral("ben");
    theirs.notes = QStringLiteral("报价偏高");
    theirs.version = base.version + 1;
    const CreatorMerge merge(base, mine, theirs);
    QCOMPARE(merge.conflicts().size(), 1);
    QCOMPARE(merge.conflicts().at(0).key, QStringLiteral("notes"));
    QCOMPARE(merge.conflicts().at(0).mine.toString(), QStringLiteral("回复快"));
    QCOMPARE(merge.conflicts().at(0).theirs.toString(), QStringLiteral("报价偏高"));
    const Creator kept = merge.merged({});
    QCOMPARE(kept.city, QStringLiteral("杭州"));  // only mine changed it
    QCOMPARE(kept.owner, QStringLiteral("ben"));  // only theirs changed it
    QCOMPARE(kept.notes, QStringLiteral("报价偏高"));
    QCOMPARE(kept.version, theirs.version);        // saved over the stored row
    QCOMPARE(merge.merged({QStringLiteral("notes")}).notes, QStringLiteral("回复快"));
}

void TestConflictPostgres::conflictingFieldsAreChosenInTheDialog()
{
    CreatorRepository anna(*m_anna);
    const Creator before = stored(m_id); // Anna opens the editor
    Creator annaEdit = before;
    annaEdit.followers = 52000;
    annaEdit.city = QStringLiteral("杭州");
    annaEdit.notes = QStringLiteral("Anna: 回复快");

    CreatorRepository ben(*m_ben); // Ben saves first
    Creator benEdit = *ben.load(m_id);
    benEdit.followers = 51000;
    benEdit.notes = QStringLiteral("Ben: 报价偏高");
    benEdit.owner = QStringLiteral("ben");
    StoreError e;
    QVERIFY(ben.update(benEdit, &e));

    // A plain save of Anna's edit is refused: nothing is overwritten silently.
    Creator blind = annaEdit;
    QVERIFY(!anna.update(blind, &e));
    QCOMPARE(e.code, StoreError::Code::Conflict);

    QStringList shownFields;
    QString intro;
    whenShown<ConflictDialog>([&](ConflictDialog *dialog) {
        QTreeWidget *tree = dialog->tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(i);
            shownFields << item->text(int(ConflictDialog::Column::Field)) + QLatin1Char('|')
                    + item->text(int(ConflictDialog::Column::Mine)) + QLatin1Char('|')
                    + item->text(int(ConflictDialog::Column::Theirs));
            // Keep Ben's notes, Anna's followers.
            if (item->data(0, Qt::UserRole).toString() == QLatin1String("notes"))
                item->setCheckState(int(ConflictDialog::Column::Theirs), Qt::Checked);
        }
        intro = dialog->findChild<QLabel *>()->text();
        dialog->accept();
    });
    const std::optional<CreatorEdit> r = reconcileWithStored(anna, profileEdit(before, annaEdit), *m_anna, nullptr);
    QVERIFY(m_dialogSeen);
    QVERIFY(r);
    QVERIFY(r->merged);
    shownFields.sort();
    QCOMPARE(shownFields, (QStringList{QStringLiteral("Followers|52,000|51,000"),
                                       QStringLiteral("Notes|Anna: 回复快|Ben: 报价偏高")}));
    QVERIFY2(intro.contains(QStringLiteral("ben")), qPrintable(intro)); // who saved meanwhile

    Creator toSave = r->after;
    QVERIFY2(anna.update(toSave, &e), qPrintable(e.message));
    const Creator now = stored(m_id);
    QCOMPARE(now.followers, std::optional<qint64>(52000));     // Anna's choice
    QCOMPARE(now.notes, QStringLiteral("Ben: 报价偏高"));       // Ben's, chosen
    QCOMPARE(now.city, QStringLiteral("杭州"));                 // Anna's alone
    QCOMPARE(now.owner, QStringLiteral("ben"));                 // Ben's alone
}

void TestConflictPostgres::cancelSavesNothing()
{
    CreatorRepository anna(*m_anna);
    const Creator before = stored(m_id);
    Creator annaEdit = before;
    annaEdit.city = QStringLiteral("杭州");
    CreatorRepository ben(*m_ben);
    Creator benEdit = *ben.load(m_id);
    benEdit.city = QStringLiteral("成都");
    QVERIFY(ben.update(benEdit));
    whenShown<ConflictDialog>([](ConflictDialog *dialog) { dialog->reject(); });
    QVERIFY(!reconcileWithStored(anna, profileEdit(before, annaEdit), *m_anna, nullptr));
    QVERIFY(m_dialogSeen);
    QCOMPARE(stored(m_id).city, QStringLiteral("成都"));
}

void TestConflictPostgres::creatorDeletedMeanwhileIsNotResurrected()
{
    CreatorRepository anna(*m_anna);
    const Creator before = stored(m_id);
    Creator annaEdit = before;
    annaEdit.city = QStringLiteral("杭州");
    QVERIFY(CreatorRepository(*m_ben).remove({m_id}));
    QString said;
    whenShown<QMessageBox>([&said](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    QVERIFY(!reconcileWithStored(anna, profileEdit(before, annaEdit), *m_anna, nullptr));
    QVERIFY(said.contains(QStringLiteral("deleted by someone else")));
    QVERIFY(!anna.load(m_id)); // a plain update does not bring it back either
    Creator blind = annaEdit;
    QVERIFY(!anna.update(blind));
    QVERIFY(!anna.load(m_id));
}

void TestConflictPostgres::noOtherSaveMeansNoMerge()
{
    CreatorRepository anna(*m_anna);
    const Creator before = stored(m_id);
    Creator annaEdit = before;
    annaEdit.city = QStringLiteral("杭州");
    const std::optional<CreatorEdit> r = reconcileWithStored(anna, profileEdit(before, annaEdit), *m_anna, nullptr);
    QVERIFY(r);
    QVERIFY(!r->merged);
    QCOMPARE(r->after.city, QStringLiteral("杭州"));
    QVERIFY(!m_dialogSeen);
}

void TestConflictPostgres::collaborationEditsMergeToo()
{
    CampaignRepository anna(*m_anna);
    Campaign campaign;
    campaign.name = QStringLiteral("露慕 新品");
    campaign.startsOn = QDate(2026, 3, 1);
    campaign.endsOn = QDate(2026, 3, 31);
    StoreError e;
    QVERIFY(anna.insert(campaign, &e));
    Collaboration co;
    co.campaignId = campaign.id;
    co.creatorId = m_id;
    co.feeFen = 500000;
    QVERIFY2(anna.insertCollaboration(co, &e), qPrintable(e.message));
    const Collaboration base = *anna.loadCollaboration(co.id); // Anna opens the dialog

    CampaignRepository ben(*m_ben);
    Collaboration benEdit = *ben.loadCollaboration(co.id);
    benEdit.feeFen = 650000;
    benEdit.notes = QStringLiteral("Ben: 已确认档期");
    QVERIFY(ben.updateCollaboration(benEdit, &e));

    Collaboration annaEdit = base;
    annaEdit.status = CollaborationStatus::Briefed;
    annaEdit.notes = QStringLiteral("Anna: 待签合同");
    Collaboration blind = annaEdit;
    QVERIFY(!anna.updateCollaboration(blind, &e)); // her old version is refused
    QCOMPARE(e.code, StoreError::Code::Conflict);

    const Collaboration stored = *anna.loadCollaboration(co.id);
    const CollaborationMerge merge(base, annaEdit, stored);
    QCOMPARE(merge.conflicts().size(), 1);
    QCOMPARE(merge.conflicts().at(0).key, QStringLiteral("notes"));
    QCOMPARE(merge.conflicts().at(0).theirs, QStringLiteral("Ben: 已确认档期"));
    Collaboration toSave = merge.merged({QStringLiteral("notes")});
    QVERIFY2(anna.updateCollaboration(toSave, &e), qPrintable(e.message));
    const Collaboration now = *anna.loadCollaboration(co.id);
    QCOMPARE(now.feeFen, std::optional<qint64>(650000));        // Ben's alone
    QCOMPARE(now.status, CollaborationStatus::Briefed);       // Anna's alone
    QCOMPARE(now.notes, QStringLiteral("Anna: 待签合同"));      // both: Anna's, chosen
}

void TestConflictPostgres::vettingSavedMeanwhileIsMergedInTheSameDialog()
{
    CreatorRepository anna(*m_anna);
    VettingRepository annaVetting(*m_anna);
    CreatorEdit edit; // Anna's editor: the profile and a first checklist
    edit.before = stored(m_id);
    edit.after = edit.before;
    edit.after.city = QStringLiteral("杭州");
    edit.vettingBefore = annaVetting.load(m_id); // none yet
    QVERIFY(!edit.vettingBefore);
    edit.vettingAfter = emptyVetting(m_id);
    edit.vettingAfter.commentQuality = 4;
    edit.vettingAfter.notes = QStringLiteral("Anna: 评论真实");
    edit.vettingChanged = true;

    Vetting ben = emptyVetting(m_id); // Ben vets the same creator first
    ben.fakeFollowerFlag = true;
    ben.notes = QStringLiteral("Ben: 疑似刷量");
    QVERIFY(VettingRepository(*m_ben).save(ben, std::nullopt));

    QStringList shown;
    whenShown<ConflictDialog>([&shown](ConflictDialog *dialog) {
        QTreeWidget *tree = dialog->tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            shown << tree->topLevelItem(i)->text(int(ConflictDialog::Column::Field));
        dialog->accept(); // Anna's notes (hers are ticked by default)
    });
    const std::optional<CreatorEdit> r = reconcileWithStored(anna, edit, *m_anna, nullptr);
    QVERIFY(m_dialogSeen);
    QVERIFY(r);
    QCOMPARE(shown, QStringList{QStringLiteral("Vetting notes")});
    QVERIFY(r->merged && r->vettingChanged);
    QCOMPARE(r->vettingBefore->notes, ben.notes); // written over Ben's checklist

    QUndoStack stack;
    const EditorCommitResult saved = pushEditorChanges(&stack, anna, *r, *m_anna);
    QVERIFY(saved.creatorPushed && saved.vettingPushed && !saved.conflicted);
    const Vetting now = *annaVetting.load(m_id);
    QCOMPARE(now.commentQuality, std::optional<int>(4)); // Anna's alone
    QVERIFY(now.fakeFollowerFlag);                      // Ben's alone: not reverted
    QCOMPARE(now.notes, QStringLiteral("Anna: 评论真实"));
    QCOMPARE(stored(m_id).city, QStringLiteral("杭州"));
    stack.undo(); // back to Ben's checklist, not to none
    QCOMPARE(annaVetting.load(m_id)->notes, ben.notes);
}

void TestConflictPostgres::aSaveDuringTheConflictDialogIsMergedToo()
{
    CreatorRepository anna(*m_anna);
    const Creator before = stored(m_id);
    Creator annaEdit = before;
    annaEdit.city = QStringLiteral("杭州");
    annaEdit.notes = QStringLiteral("Anna: 回复快");
    CreatorRepository ben(*m_ben);
    Creator benEdit = *ben.load(m_id);
    benEdit.notes = QStringLiteral("Ben: 报价偏高");
    QVERIFY(ben.update(benEdit));

    m_dialogs = 0;
    whenShown<ConflictDialog>([this, &ben](ConflictDialog *dialog) {
        ++m_dialogs;
        // While Anna decides, Ben saves again (a field she did not touch).
        Creator again = *ben.load(m_id);
        again.owner = QStringLiteral("ben");
        QVERIFY(ben.update(again));
        dialog->accept();
        // A second dialog would only come for a field both changed: there is none.
        whenShown<ConflictDialog>(
            [this](ConflictDialog *second) {
                ++m_dialogs;
                second->reject();
            },
            20);
    });
    const std::optional<CreatorEdit> r = reconcileWithStored(anna, profileEdit(before, annaEdit), *m_anna, nullptr);
    QVERIFY(r);
    QCOMPARE(m_dialogs, 1);
    QCOMPARE(r->before.owner, QStringLiteral("ben")); // merged over Ben's second save
    Creator toSave = r->after;
    StoreError e;
    QVERIFY2(anna.update(toSave, &e), qPrintable(e.message)); // its version is the current one
    const Creator now = stored(m_id);
    QCOMPARE(now.owner, QStringLiteral("ben"));
    QCOMPARE(now.city, QStringLiteral("杭州"));
    QCOMPARE(now.notes, QStringLiteral("Anna: 回复快"));
}

void TestConflictPostgres::aSaveBetweenMergeAndWriteIsReportedAsConflict()
{
    CreatorRepository anna(*m_anna);
    CreatorEdit edit;
    edit.before = stored(m_id);
    edit.after = edit.before;
    edit.after.city = QStringLiteral("杭州");
    const std::optional<CreatorEdit> r = reconcileWithStored(anna, edit, *m_anna, nullptr);
    QVERIFY(r);
    CreatorRepository ben(*m_ben); // lands after the check, before the write
    Creator benEdit = *ben.load(m_id);
    benEdit.city = QStringLiteral("成都");
    QVERIFY(ben.update(benEdit));

    QUndoStack stack;
    const EditorCommitResult saved = pushEditorChanges(&stack, anna, *r, *m_anna);
    QVERIFY(saved.conflicted); // the window merges again (MainWindow::editCreator)
    QVERIFY(!saved.creatorPushed);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(stored(m_id).city, QStringLiteral("成都"));
}

QTEST_MAIN(TestConflictPostgres)
#include "tst_conflict_postgres.moc"
