// SPDX-License-Identifier: GPL-3.0-or-later
// The creator editor's Vetting tab saved through pushEditorChanges() as one undo step, and the
// History tab's events through the undo stack.
#include "CreatorEditor.h"
#include "domain/CreatorRepository.h"
#include "editor/EditorCommit.h"
#include "editor/VettingPanel.h"
#include "relationship/RelationshipLog.h"
#include "store/Database.h"
#include "vetting/VettingRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace rr;

class TestEditorVetting : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void vettingTabOnStoredCreatorOnly();
    void acceptPushUndoRedo_data();
    void acceptPushUndoRedo();
    void unchangedPushesNothing();
    void cancelWritesNothing();
    void readOnlyDatabase();
    void timelineEventsUndoable();
    void timelineWithoutStackWritesDirectly();

private:
    template<class W>
    static W *child(QWidget &parent, const char *name)
    {
        W *w = parent.findChild<W *>(QLatin1String(name));
        if (!w)
            qFatal("missing widget %s", name);
        return w;
    }
    static int tabIndex(CreatorEditor &editor, const char *pageName)
    {
        auto *tabs = child<QTabWidget>(editor, "editorTabs");
        return tabs->indexOf(child<QWidget>(editor, pageName));
    }
    void storeChecklist();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CreatorRepository> m_repo;
    Creator m_creator;
    Vetting m_checklist;
};

void TestEditorVetting::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    StoreError err;
    m_db = Database::open(ConnectionSpec::sqlite(m_dir->filePath(QStringLiteral("e.redroster"))), &err);
    QVERIFY2(m_db, qPrintable(err.message + err.detail));
    m_db->setUserName(QStringLiteral("Anna"));
    m_repo = std::make_unique<CreatorRepository>(*m_db);

    // Like a demo creator: a mid-tier skincare creator in negotiation, with an owner and rates.
    m_creator = Creator{};
    m_creator.handle = QStringLiteral("95012345");
    m_creator.nickname = QStringLiteral("莉莉爱护肤");
    m_creator.primaryCategoryId = m_repo->categories().at(0).id;
    m_creator.city = QStringLiteral("上海");
    m_creator.owner = QStringLiteral("Anna");
    m_creator.followers = 86000;
    m_creator.followersAsOf = QDate(2026, 3, 1);
    m_creator.avgEngagementRate = 0.031;
    m_creator.priceImageFen = 350000;
    m_creator.status = Status::Negotiating;
    m_creator.tags = {QStringLiteral("spf")};
    QVERIFY(m_repo->insert(m_creator, &err));

    m_checklist = Vetting{};
    m_checklist.creatorId = m_creator.id;
    m_checklist.commentQuality = 2;
    m_checklist.audienceNotes = QStringLiteral("女性 18-24");
    m_checklist.vettedOn = QDate(2025, 12, 1);
    m_checklist.vettedBy = QStringLiteral("Ben");
}

void TestEditorVetting::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

void TestEditorVetting::storeChecklist()
{
    VettingRepository repo(*m_db);
    QVERIFY(repo.restore(m_checklist));
}

void TestEditorVetting::vettingTabOnStoredCreatorOnly()
{
    CreatorEditor editor(*m_repo, TierThresholds{});
    editor.setCreator(Creator{});
    auto *tabs = child<QTabWidget>(editor, "editorTabs");
    QVERIFY(!tabs->isTabVisible(tabIndex(editor, "vettingPanel")));
    QVERIFY(!editor.vettingModified());

    editor.setCreator(*m_repo->load(m_creator.id));
    QVERIFY(tabs->isTabVisible(tabIndex(editor, "vettingPanel")));
    QVERIFY(child<VettingPanel>(editor, "vettingPanel")->isEnabled());
    QVERIFY(!editor.vettingModified());
    QVERIFY(!editor.vettingBefore());

    // Back to a new creator: hidden again, nothing left over.
    editor.setCreator(Creator{});
    QVERIFY(!tabs->isTabVisible(tabIndex(editor, "vettingPanel")));
    QVERIFY(!editor.vettingModified());
}

void TestEditorVetting::acceptPushUndoRedo_data()
{
    QTest::addColumn<bool>("hadChecklist");
    QTest::addColumn<bool>("editProfile");
    QTest::newRow("new checklist") << false << false;
    QTest::newRow("changed checklist") << true << false;
    QTest::newRow("checklist and profile") << true << true;
    QTest::newRow("new checklist and profile") << false << true;
}

void TestEditorVetting::acceptPushUndoRedo()
{
    QFETCH(bool, hadChecklist);
    QFETCH(bool, editProfile);
    if (hadChecklist)
        storeChecklist();
    VettingRepository vetting(*m_db);
    const std::optional<Vetting> stored = vetting.load(m_creator.id);
    const Creator before = *m_repo->load(m_creator.id);

    CreatorEditor editor(*m_repo, TierThresholds{});
    editor.setCreator(before);
    editor.show();
    auto *tabs = child<QTabWidget>(editor, "editorTabs");
    tabs->setCurrentIndex(tabIndex(editor, "vettingPanel"));
    auto *comments = child<QComboBox>(editor, "commentQuality");
    QCOMPARE(comments->currentData(), hadChecklist ? QVariant(2) : QVariant());
    comments->setCurrentIndex(comments->findData(4));
    QTest::mouseClick(child<QCheckBox>(editor, "competitorConflict"), Qt::LeftButton, {}, QPoint(6, 6));
    QVERIFY(child<QCheckBox>(editor, "competitorConflict")->isChecked());
    if (editProfile) {
        auto *nickname = child<QLineEdit>(editor, "nicknameEdit");
        nickname->clear();
        QTest::keyClicks(nickname, QStringLiteral("Lily"));
    }
    QVERIFY(editor.vettingModified());
    QCOMPARE(editor.vettingBefore(), stored);
    QCOMPARE(editor.vettingAfter().commentQuality, std::optional<int>(4));

    QTest::mouseClick(child<QDialogButtonBox>(editor, "")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY2(editor.result() == QDialog::Accepted, qPrintable(child<QLabel>(editor, "validationMessage")->text()));
    // The editor itself wrote nothing.
    QCOMPARE(vetting.load(m_creator.id), stored);
    QCOMPARE(m_repo->load(m_creator.id)->nickname, before.nickname);

    QUndoStack stack;
    const EditorCommitResult result = pushEditorChanges(&stack, *m_repo, editOf(before, editor), *m_db);
    QVERIFY(!result.nothingChanged);
    QVERIFY(result.vettingPushed);
    QCOMPARE(result.creatorPushed, editProfile);
    QCOMPARE(stack.count(), 1); // one undo step
    QCOMPARE(stack.command(0)->childCount(), editProfile ? 2 : 1);

    std::optional<Vetting> now = vetting.load(m_creator.id);
    QVERIFY(now);
    QCOMPARE(now->commentQuality, std::optional<int>(4));
    QVERIFY(now->competitorConflict);
    QCOMPARE(now->audienceNotes, hadChecklist ? m_checklist.audienceNotes : QString());
    QCOMPARE(now->vettedOn, QDate::currentDate());
    QCOMPARE(now->vettedBy, QStringLiteral("Anna"));
    const Vetting saved = *now;
    QCOMPARE(m_repo->load(m_creator.id)->nickname, editProfile ? QStringLiteral("Lily") : before.nickname);

    stack.undo();
    QCOMPARE(vetting.load(m_creator.id), stored); // restored exactly, or removed
    QCOMPARE(m_repo->load(m_creator.id)->nickname, before.nickname);

    stack.redo();
    QCOMPARE(vetting.load(m_creator.id), std::optional<Vetting>(saved));
    QCOMPARE(m_repo->load(m_creator.id)->nickname, editProfile ? QStringLiteral("Lily") : before.nickname);
}

void TestEditorVetting::unchangedPushesNothing()
{
    storeChecklist();
    const Creator before = *m_repo->load(m_creator.id);
    CreatorEditor editor(*m_repo, TierThresholds{});
    editor.setCreator(before);
    // Touching a field and putting it back is no change.
    auto *comments = child<QComboBox>(editor, "commentQuality");
    comments->setCurrentIndex(comments->findData(5));
    comments->setCurrentIndex(comments->findData(2));
    QVERIFY(!editor.vettingModified());
    editor.accept();
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    QUndoStack stack;
    const EditorCommitResult result = pushEditorChanges(&stack, *m_repo, editOf(before, editor), *m_db);
    QVERIFY(result.nothingChanged);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(m_repo->load(m_creator.id)->version, before.version);
}

void TestEditorVetting::cancelWritesNothing()
{
    storeChecklist();
    const Creator before = *m_repo->load(m_creator.id);
    CreatorEditor editor(*m_repo, TierThresholds{});
    editor.setCreator(before);
    editor.show();
    auto *comments = child<QComboBox>(editor, "commentQuality");
    comments->setCurrentIndex(comments->findData(5));
    child<QPlainTextEdit>(editor, "vettingNotes")->setPlainText(QStringLiteral("do not save me"));
    child<QLineEdit>(editor, "nicknameEdit")->setText(QStringLiteral("Changed"));
    QTest::keyClick(&editor, Qt::Key_Escape);
    QCOMPARE(editor.result(), int(QDialog::Rejected));
    QCOMPARE(VettingRepository(*m_db).load(m_creator.id), std::optional<Vetting>(m_checklist));
    const Creator after = *m_repo->load(m_creator.id);
    QCOMPARE(after.nickname, before.nickname);
    QCOMPARE(after.version, before.version);
}

void TestEditorVetting::readOnlyDatabase()
{
    storeChecklist();
    const qint64 id = m_creator.id;
    m_repo.reset();
    m_db.reset();
    StoreError err;
    OpenOptions options;
    options.readOnly = true;
    m_db = Database::open(ConnectionSpec::sqlite(m_dir->filePath(QStringLiteral("e.redroster"))), &err, options);
    QVERIFY2(m_db, qPrintable(err.message + err.detail));
    QVERIFY(m_db->isReadOnly());
    m_repo = std::make_unique<CreatorRepository>(*m_db);

    const Creator before = *m_repo->load(id);
    CreatorEditor editor(*m_repo, TierThresholds{});
    editor.setCreator(before);
    editor.setEnabled(false); // as the main window does on a read-only database
    // The checklist is shown, but cannot be edited.
    QCOMPARE(child<QComboBox>(editor, "commentQuality")->currentData(), QVariant(2));
    QVERIFY(!child<QComboBox>(editor, "commentQuality")->isEnabled());
    QVERIFY(!child<QPushButton>(editor, "addNoteButton")->isEnabled());

    // Even values changed programmatically are not pushed on a read-only database.
    auto *comments = child<QComboBox>(editor, "commentQuality");
    comments->setCurrentIndex(comments->findData(5));
    QVERIFY(editor.vettingModified());
    QUndoStack stack;
    const EditorCommitResult result = pushEditorChanges(&stack, *m_repo, editOf(before, editor), *m_db);
    QVERIFY(!result.vettingPushed);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(VettingRepository(*m_db).load(id), std::optional<Vetting>(m_checklist));
}

void TestEditorVetting::timelineEventsUndoable()
{
    RelationshipLog log(*m_db);
    CreatorEditor editor(*m_repo, TierThresholds{});
    QUndoStack stack;
    editor.setUndoStack(&stack);
    editor.setCreator(*m_repo->load(m_creator.id));
    editor.show();
    auto *list = child<QTreeWidget>(editor, "timelineList");
    const int rowsBefore = list->topLevelItemCount();
    const int eventsBefore = int(log.timeline(m_creator.id).size());

    auto *text = child<QLineEdit>(editor, "timelineTextEdit");
    text->setText(QStringLiteral("Sent the brief on WeChat"));
    QSignalSpy added(child<QWidget>(editor, "timelinePanel"), SIGNAL(eventAdded(qint64)));
    QTest::mouseClick(child<QPushButton>(editor, "addContactButton"), Qt::LeftButton);
    QCOMPARE(added.count(), 1);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(list->topLevelItemCount(), rowsBefore + 1);
    QCOMPARE(int(log.timeline(m_creator.id).size()), eventsBefore + 1);
    QVERIFY(text->text().isEmpty());

    stack.undo(); // the open timeline reloads
    QCOMPARE(list->topLevelItemCount(), rowsBefore);
    QCOMPARE(int(log.timeline(m_creator.id).size()), eventsBefore);

    stack.redo();
    QCOMPARE(list->topLevelItemCount(), rowsBefore + 1);
    QCOMPARE(log.timeline(m_creator.id).first().note, QStringLiteral("Sent the brief on WeChat"));

    // Cancel does not take back a logged event (it is its own undo step), and undo still works
    // after the editor is gone.
    editor.reject();
    QCOMPARE(int(log.timeline(m_creator.id).size()), eventsBefore + 1);
}

void TestEditorVetting::timelineWithoutStackWritesDirectly()
{
    RelationshipLog log(*m_db);
    QUndoStack stack;
    {
        CreatorEditor editor(*m_repo, TierThresholds{});
        editor.setUndoStack(&stack);
        editor.setCreator(*m_repo->load(m_creator.id));
        child<QLineEdit>(editor, "timelineTextEdit")->setText(QStringLiteral("note with stack"));
        QTest::mouseClick(child<QPushButton>(editor, "addNoteButton"), Qt::LeftButton);
    }
    // The editor is gone: undo still removes the event, without touching a dead panel.
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(log.timeline(m_creator.id).size(), qsizetype(0));

    CreatorEditor editor(*m_repo, TierThresholds{});
    editor.setCreator(*m_repo->load(m_creator.id));
    child<QLineEdit>(editor, "timelineTextEdit")->setText(QStringLiteral("direct note"));
    QTest::mouseClick(child<QPushButton>(editor, "addNoteButton"), Qt::LeftButton);
    QCOMPARE(stack.count(), 1); // nothing new pushed
    QCOMPARE(log.timeline(m_creator.id).size(), qsizetype(1));
    QCOMPARE(log.timeline(m_creator.id).first().note, QStringLiteral("direct note"));
}

QTEST_MAIN(TestEditorVetting)
#include "tst_editorvetting.moc"
