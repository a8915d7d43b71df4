// SPDX-License-Identifier: GPL-3.0-or-later
// The vetting panel: the checklist round-trips through the store, and computed warnings are shown
// above it for a creator whose engagement is far below the tier median or whose followers jumped.
#include "editor/VettingPanel.h"
#include "domain/NumberFormat.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rr;

class TestVettingPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void checklistRoundTrip();
    void warningsShownProminently();

private:
    qint64 addCreator(qint64 followers, double rate);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestVettingPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    StoreError err;
    m_db = Database::open(ConnectionSpec::sqlite(m_dir->filePath(QStringLiteral("p.sqlite"))), &err);
    QVERIFY2(m_db, qPrintable(err.message));
    m_db->setUserName(QStringLiteral("Chen"));
}

void TestVettingPanel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestVettingPanel::addCreator(qint64 followers, double rate)
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("INSERT INTO creators (nickname, followers, avg_engagement_rate, created_at, updated_at) "
                             "VALUES ('c', ?, ?, ?, ?)"));
    q.addBindValue(followers);
    q.addBindValue(rate);
    q.addBindValue(Database::nowUtc());
    q.addBindValue(Database::nowUtc());
    return q.exec() ? q.lastInsertId().toLongLong() : 0;
}

void TestVettingPanel::checklistRoundTrip()
{
    const qint64 id = addCreator(20000, 0.05);
    VettingPanel panel(*m_db);
    QVERIFY(!panel.isEnabled());
    StoreError err;
    QVERIFY(!panel.save(&err)); // nothing open
    panel.setCreator(id);
    QVERIFY(panel.isEnabled());
    QVERIFY(!panel.isModified());
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("vettedLine"))->text().contains(QLatin1String("Not vetted")));

    QSignalSpy modified(&panel, &VettingPanel::modifiedChanged);
    auto *comments = panel.findChild<QComboBox *>(QStringLiteral("commentQuality"));
    comments->setCurrentIndex(comments->findData(4));
    QVERIFY(panel.isModified());
    QCOMPARE(modified.size(), 1);
    panel.findChild<QPlainTextEdit *>(QStringLiteral("audienceNotes"))->setPlainText(QStringLiteral("女 25–34 上海"));
    panel.findChild<QPlainTextEdit *>(QStringLiteral("pastCollaborations"))->setPlainText(QStringLiteral("Brand X"));
    panel.findChild<QCheckBox *>(QStringLiteral("competitorConflict"))->setChecked(true);
    QVERIFY2(panel.save(&err), qPrintable(err.message));
    QVERIFY(!panel.isModified());
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("vettedLine"))->text().contains(QLatin1String("Chen")));

    VettingPanel other(*m_db);
    other.setCreator(id);
    const Vetting v = other.vetting();
    QCOMPARE(v.commentQuality, std::optional<int>(4));
    QVERIFY(!v.contentConsistency);
    QCOMPARE(v.audienceNotes, QStringLiteral("女 25–34 上海"));
    QCOMPARE(v.pastCollaborations, QStringLiteral("Brand X"));
    QVERIFY(v.competitorConflict);
    QVERIFY(!v.fakeFollowerFlag);
    QCOMPARE(v.vettedBy, QStringLiteral("Chen"));

    // Another creator without a checklist shows empty fields, not the previous one's.
    const qint64 second = addCreator(30000, 0.05);
    other.setCreator(second);
    QCOMPARE(other.vetting().audienceNotes, QString());
    QVERIFY(!other.vetting().competitorConflict);
}

void TestVettingPanel::warningsShownProminently()
{
    for (int i = 0; i < 5; ++i)
        addCreator(20000 + i, 0.06);
    const qint64 low = addCreator(25000, 0.01);
    const qint64 normal = addCreator(26000, 0.05);
    {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("INSERT INTO follower_snapshots (creator_id, as_of, followers) VALUES (?, ?, ?)"));
        for (const auto &[date, n] : {std::pair{QStringLiteral("2026-05-01"), 8000}, std::pair{QStringLiteral("2026-05-15"), 25000}}) {
            q.addBindValue(low);
            q.addBindValue(date);
            q.addBindValue(n);
            QVERIFY(q.exec());
        }
    }
    VettingPanel panel(*m_db);
    panel.resize(520, 640);
    panel.show();
    panel.setCreator(low);
    QCOMPARE(panel.warnings().size(), 2);
    auto *box = panel.findChild<QFrame *>(QStringLiteral("vettingWarnings"));
    QVERIFY(box->isVisible());
    const auto texts = box->findChildren<QLabel *>(QStringLiteral("vettingWarningText"));
    QCOMPARE(texts.size(), 2);
    QVERIFY(texts.at(0)->text().contains(QLatin1String("1.00%")));
    QVERIFY(texts.at(0)->text().contains(QLatin1String("6.00%")));
    QVERIFY(texts.at(1)->text().contains(NumberFormat::date(QDate(2026, 5, 15), QLocale())));
    if (!qEnvironmentVariableIsEmpty("RR_GRAB"))
        panel.grab().save(QStringLiteral("/tmp/vetting-panel.png"));

    panel.setCreator(normal);
    QVERIFY(panel.warnings().isEmpty());
    QVERIFY(!box->isVisible());
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("vettingNoWarnings"))->isVisible());
}

QTEST_MAIN(TestVettingPanel)
#include "tst_vettingpanel.moc"
