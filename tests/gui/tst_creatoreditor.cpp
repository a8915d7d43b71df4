// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreatorEditor.h"
#include "domain/CreatorRepository.h"
#include "store/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rr;

class TestCreatorEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsAndReadsBackEveryField();
    void typedValuesReachCreator();
    void tierFollowsFollowers_data();
    void tierFollowsFollowers();
    void manualTierIsMarked();
    void duplicateWarning();
    void noWarningForItself();
    void validation_data();
    void validation();
    void ctrlReturnAccepts();
    void addSnapshotOnStoredCreator();

private:
    template<class W>
    W *child(CreatorEditor &editor, const char *name)
    {
        W *w = editor.findChild<W *>(QLatin1String(name));
        if (!w)
            qFatal("missing widget %s", name);
        return w;
    }
    // QTest::keyClicks only knows ASCII keys; Chinese text arrives committed, as from an IME.
    static void type(QLineEdit *edit, const QString &text)
    {
        for (const QChar ch : text) {
            if (ch.unicode() < 128)
                QTest::keyClick(edit, ch.toLatin1());
            else
                edit->insert(QString(ch));
        }
    }
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        type(edit, text);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CreatorRepository> m_repo;
    Creator m_existing;
};

void TestCreatorEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    StoreError err;
    m_db = Database::open(ConnectionSpec::sqlite(m_dir->filePath(QStringLiteral("g.redroster"))), &err);
    QVERIFY2(m_db, qPrintable(err.detail));
    m_repo = std::make_unique<CreatorRepository>(*m_db);
    m_existing = Creator{};
    m_existing.handle = QStringLiteral("lily_beauty");
    m_existing.nickname = QStringLiteral("莉莉爱护肤");
    m_existing.profileUrl = QStringLiteral("https://www.xiaohongshu.com/user/profile/5f1a2b3c4d5e6f7a8b9c0d1e?xsec_token=abc");
    m_existing.primaryCategoryId = m_repo->categories().at(0).id;
    m_existing.secondaryCategoryIds = {m_repo->categories().at(2).id};
    m_existing.city = QStringLiteral("上海");
    m_existing.owner = QStringLiteral("Anna");
    m_existing.email = QStringLiteral("lily@example.com");
    m_existing.followers = 60000;
    m_existing.followersAsOf = QDate(2026, 3, 1);
    m_existing.priceImageFen = 200050;
    m_existing.feeMaxFen = 900000;
    m_existing.avgEngagementRate = 0.045;
    m_existing.formats = {ContentFormat::Video};
    m_existing.hasAgency = true;
    m_existing.agencyName = QStringLiteral("星光MCN");
    m_existing.status = Status::Negotiating;
    m_existing.tags = {QStringLiteral("spf"), QStringLiteral("summer")};
    m_existing.brandFit = 4.0;
    QVERIFY(m_repo->insert(m_existing, &err));
}

void TestCreatorEditor::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

void TestCreatorEditor::showsAndReadsBackEveryField()
{
    CreatorEditor editor(*m_repo, TierThresholds{}, nullptr);
    const Creator stored = *m_repo->load(m_existing.id);
    editor.setCreator(stored);
    QCOMPARE(child<QLineEdit>(editor, "handleEdit")->text(), QStringLiteral("lily_beauty"));
    QCOMPARE(child<QLineEdit>(editor, "priceImageEdit")->text(), QStringLiteral("2000.50"));
    QCOMPARE(child<QLineEdit>(editor, "feeMaxEdit")->text(), QStringLiteral("9000"));
    QCOMPARE(child<QLabel>(editor, "tierLabel")->text(), TierText::label(Tier::Mid));
    QCOMPARE(child<QLabel>(editor, "brandFitLabel")->text(), QStringLiteral("4.0"));
    QCOMPARE(child<QLabel>(editor, "reliabilityLabel")->text(), QStringLiteral("\u2014"));
    QCOMPARE(child<QTableWidget>(editor, "followerHistoryTable")->rowCount(), 1);

    // Unchanged editor gives back the stored creator, field for field.
    const Creator back = editor.creator();
    QCOMPARE(back.id, stored.id);
    QCOMPARE(back.version, stored.version);
    QCOMPARE(back.handle, stored.handle);
    QCOMPARE(back.profileUrl, stored.profileUrl);
    QCOMPARE(back.primaryCategoryId, stored.primaryCategoryId);
    QCOMPARE(back.secondaryCategoryIds, stored.secondaryCategoryIds);
    QCOMPARE(back.city, stored.city);
    QCOMPARE(back.owner, stored.owner);
    QCOMPARE(back.followers, stored.followers);
    QCOMPARE(back.followersAsOf, stored.followersAsOf);
    QCOMPARE(back.priceImageFen, stored.priceImageFen);
    QCOMPARE(back.priceVideoFen, stored.priceVideoFen);
    QCOMPARE(back.feeMaxFen, stored.feeMaxFen);
    QCOMPARE(back.avgEngagementRate, stored.avgEngagementRate);
    QVERIFY(back.formats == stored.formats);
    QCOMPARE(back.hasAgency, true);
    QCOMPARE(back.agencyName, stored.agencyName);
    QVERIFY(back.status == Status::Negotiating);
    QCOMPARE(back.tags, stored.tags);
    QCOMPARE(back.brandFit, stored.brandFit);
    QVERIFY(!back.firstContactOn.isValid());
    QVERIFY(!editor.hasDuplicateWarning());
    QVERIFY(editor.windowTitle().contains(stored.nickname));
    editor.setWindowTitle(QStringLiteral("Custom"));
    editor.setCreator(stored);
    QCOMPARE(editor.windowTitle(), QStringLiteral("Custom"));
}

void TestCreatorEditor::typedValuesReachCreator()
{
    CreatorEditor editor(*m_repo, TierThresholds{}, nullptr);
    editor.setCreator(Creator{});
    QTest::keyClicks(child<QLineEdit>(editor, "handleEdit"), QStringLiteral("new_one"));
    QTest::keyClicks(child<QLineEdit>(editor, "nicknameEdit"), QStringLiteral("Newbie"));
    QTest::keyClicks(child<QLineEdit>(editor, "priceImageEdit"), QStringLiteral("1999.5"));
    QTest::keyClicks(child<QLineEdit>(editor, "priceVideoEdit"), QStringLiteral("3,000"));
    QTest::keyClicks(child<QLineEdit>(editor, "feeMinEdit"), QStringLiteral("800"));
    QTest::keyClicks(child<QLineEdit>(editor, "followersEdit"), QStringLiteral("1.2w"));
    type(child<QLineEdit>(editor, "tagsEdit"), QStringLiteral("spf, 夏季 ,spf"));
    QTest::keyClicks(child<QLineEdit>(editor, "languagesEdit"), QStringLiteral("zh,en"));
    QTest::keyClicks(child<QLineEdit>(editor, "emailEdit"), QStringLiteral("new@example.com"));
    child<QCheckBox>(editor, "formatImageCheck")->setChecked(true);
    child<QComboBox>(editor, "statusCombo")->setCurrentIndex(1);
    child<QListWidget>(editor, "secondaryCategoryList")->item(1)->setCheckState(Qt::Checked);

    const Creator c = editor.creator();
    QCOMPARE(c.id, 0);
    QCOMPARE(c.handle, QStringLiteral("new_one"));
    QCOMPARE(c.nickname, QStringLiteral("Newbie"));
    QCOMPARE(c.priceImageFen, 199950);
    QCOMPARE(c.priceVideoFen, 300000);
    QCOMPARE(c.feeMinFen, 80000);
    QVERIFY(!c.feeMaxFen);
    QCOMPARE(c.followers, 12000);
    QCOMPARE(c.followersAsOf, QDate::currentDate());
    QCOMPARE(c.tags, (QStringList{QStringLiteral("spf"), QStringLiteral("夏季")}));
    QCOMPARE(c.languages, (QStringList{QStringLiteral("zh"), QStringLiteral("en")}));
    QCOMPARE(c.email, QStringLiteral("new@example.com"));
    QVERIFY(c.formats == QList<ContentFormat>{ContentFormat::Image});
    QVERIFY(c.status == Status::OutreachSent);
    QCOMPARE(c.secondaryCategoryIds, QList<qint64>{m_repo->categories().at(1).id});
    QVERIFY(editor.validate());
}

void TestCreatorEditor::tierFollowsFollowers_data()
{
    QTest::addColumn<QString>("below");
    QTest::addColumn<QString>("above");
    QTest::addColumn<int>("lowTier");
    QTest::addColumn<int>("highTier");
    QTest::newRow("KOC to micro") << QStringLiteral("9999") << QStringLiteral("10000") << int(Tier::Koc) << int(Tier::Micro);
    QTest::newRow("micro to mid") << QStringLiteral("49999") << QStringLiteral("5w") << int(Tier::Micro) << int(Tier::Mid);
    QTest::newRow("mid to mega") << QStringLiteral("499,999") << QStringLiteral("50万") << int(Tier::Mid) << int(Tier::Mega);
}

void TestCreatorEditor::tierFollowsFollowers()
{
    QFETCH(QString, below);
    QFETCH(QString, above);
    QFETCH(int, lowTier);
    QFETCH(int, highTier);
    CreatorEditor editor(*m_repo, TierThresholds{}, nullptr);
    auto *followers = child<QLineEdit>(editor, "followersEdit");
    auto *tier = child<QLabel>(editor, "tierLabel");
    QCOMPARE(tier->text(), QStringLiteral("\u2014"));
    retype(followers, below);
    QCOMPARE(tier->text(), TierText::label(Tier(lowTier)));
    retype(followers, above);
    QCOMPARE(tier->text(), TierText::label(Tier(highTier)));
}

void TestCreatorEditor::manualTierIsMarked()
{
    TierThresholds custom;
    custom.micro = 5000; // thresholds are a setting: the editor uses the ones passed in
    CreatorEditor editor(*m_repo, custom, nullptr);
    QTest::keyClicks(child<QLineEdit>(editor, "followersEdit"), QStringLiteral("6000"));
    auto *tier = child<QLabel>(editor, "tierLabel");
    QCOMPARE(tier->text(), TierText::label(Tier::Micro));
    auto *override = child<QComboBox>(editor, "tierOverrideCombo");
    override->setCurrentIndex(override->findData(TierText::key(Tier::Mega)));
    QVERIFY(tier->text().contains(TierText::label(Tier::Mega)));
    QVERIFY(tier->text().contains(QStringLiteral("(manual)")));
    QVERIFY(editor.creator().tierOverride == Tier::Mega);
    override->setCurrentIndex(0);
    QCOMPARE(tier->text(), TierText::label(Tier::Micro));
    QVERIFY(!editor.creator().tierOverride);
}

void TestCreatorEditor::duplicateWarning()
{
    CreatorEditor editor(*m_repo, TierThresholds{}, nullptr);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *handle = child<QLineEdit>(editor, "handleEdit");
    auto *warning = child<QLabel>(editor, "duplicateWarning");
    QVERIFY(!editor.hasDuplicateWarning());

    QTest::keyClicks(handle, QStringLiteral("LILY_Beauty"));
    QTRY_VERIFY(editor.hasDuplicateWarning()); // after the debounce
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("莉莉爱护肤")));

    retype(handle, QStringLiteral("someone_new"));
    QTRY_VERIFY(!editor.hasDuplicateWarning());
    QVERIFY(!warning->isVisible());

    // The other link form of the same profile.
    QTest::keyClicks(child<QLineEdit>(editor, "profileUrlEdit"),
                     QStringLiteral("xiaohongshu.com/user/profile/5F1A2B3C4D5E6F7A8B9C0D1E/"));
    QTRY_VERIFY(editor.hasDuplicateWarning());
    QCOMPARE(editor.duplicates().size(), 1);
    QCOMPARE(editor.duplicates().first().id, m_existing.id);
    QVERIFY(editor.duplicates().first().reason == DuplicateHit::Reason::ProfileLink);
}

void TestCreatorEditor::noWarningForItself()
{
    CreatorEditor editor(*m_repo, TierThresholds{}, nullptr);
    editor.setCreator(*m_repo->load(m_existing.id));
    retype(child<QLineEdit>(editor, "handleEdit"), QStringLiteral("lily_beauty"));
    editor.checkDuplicatesNow();
    QVERIFY(!editor.hasDuplicateWarning());
}

void TestCreatorEditor::validation_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("email") << QStringLiteral("emailEdit") << QStringLiteral("not-an-email") << QStringLiteral("Email");
    QTest::newRow("negative price") << QStringLiteral("priceImageEdit") << QStringLiteral("-5")
                                    << QStringLiteral("Image-note price");
    QTest::newRow("video price words") << QStringLiteral("priceVideoEdit") << QStringLiteral("cheap")
                                       << QStringLiteral("Video-note price");
    QTest::newRow("negative followers") << QStringLiteral("followersEdit") << QStringLiteral("-100")
                                        << QStringLiteral("Followers");
    QTest::newRow("fee range") << QStringLiteral("feeMinEdit") << QStringLiteral("99999")
                               << QStringLiteral("lowest fee");
}

void TestCreatorEditor::validation()
{
    QFETCH(QString, widget);
    QFETCH(QString, text);
    QFETCH(QString, mentions);

    CreatorEditor editor(*m_repo, TierThresholds{}, nullptr);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *message = child<QLabel>(editor, "validationMessage");

    // Neither handle nor nickname: refused, and the message says which fields.
    editor.accept();
    QVERIFY(editor.isVisible());
    QVERIFY(editor.result() != QDialog::Accepted);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("nickname")));

    QTest::keyClicks(child<QLineEdit>(editor, "nicknameEdit"), QStringLiteral("OK name"));
    child<QLineEdit>(editor, "feeMaxEdit")->setText(QStringLiteral("1000"));
    auto *field = editor.findChild<QLineEdit *>(widget);
    QVERIFY(field);
    QTest::keyClicks(field, text);
    editor.accept();
    QVERIFY(editor.result() != QDialog::Accepted);
    QVERIFY2(message->text().contains(mentions), qPrintable(message->text()));
    QVERIFY(field->hasFocus() || !QApplication::focusWidget());

    field->clear();
    editor.accept();
    QCOMPARE(editor.result(), int(QDialog::Accepted));
}

void TestCreatorEditor::ctrlReturnAccepts()
{
    CreatorEditor editor(*m_repo, TierThresholds{}, nullptr);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *nickname = child<QLineEdit>(editor, "nicknameEdit");
    nickname->setFocus();
    QTest::keyClicks(nickname, QStringLiteral("Quick"));
    QTest::keyClick(nickname, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
}

void TestCreatorEditor::addSnapshotOnStoredCreator()
{
    CreatorEditor editor(*m_repo, TierThresholds{}, nullptr);
    editor.setCreator(*m_repo->load(m_existing.id));
    type(child<QLineEdit>(editor, "realNameEdit"), QStringLiteral("王莉"));
    auto *date = child<QDateEdit>(editor, "snapshotDateEdit");
    date->setDate(QDate(2026, 6, 1));
    QTest::keyClicks(child<QLineEdit>(editor, "snapshotFollowersEdit"), QStringLiteral("600000"));
    QTest::mouseClick(child<QPushButton>(editor, "addSnapshotButton"), Qt::LeftButton);

    QCOMPARE(m_repo->followerHistory(m_existing.id).size(), 2);
    QCOMPARE(child<QTableWidget>(editor, "followerHistoryTable")->rowCount(), 2);
    QCOMPARE(child<QLabel>(editor, "tierLabel")->text(), TierText::label(Tier::Mega));
    const Creator c = editor.creator();
    QCOMPARE(c.followers, 600000);
    QCOMPARE(c.realName, QStringLiteral("王莉")); // other edits survive
    // The editor follows the row's new version, so saving does not conflict.
    Creator toSave = c;
    StoreError err;
    QVERIFY2(m_repo->update(toSave, &err), qPrintable(err.message));
    QCOMPARE(m_repo->load(m_existing.id)->realName, QStringLiteral("王莉"));
}

QTEST_MAIN(TestCreatorEditor)
#include "tst_creatoreditor.moc"
