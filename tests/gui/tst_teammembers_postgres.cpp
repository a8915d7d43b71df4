// SPDX-License-Identifier: GPL-3.0-or-later
// File → Team Members on a real server: the owner lists colleagues with their roles, adds one as
// a viewer, makes them an editor, and the server's roles follow (their own connection can then
// edit); a bad login name and a non-owner's attempt are refused with a message in the dialog.
#include "PgTestServer.h"

#include "settings/TeamMembersDialog.h"
#include "store/Database.h"
#include "store/TeamRoles.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QUuid>

using namespace rr;

class TestTeamMembersPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void ownerAddsAndPromotesAColleague();
    void badNameIsRefusedInTheDialog();
    void nonOwnerCannotChangeRoles();

private:
    std::optional<TeamRoles::Role> roleOf(const QString &user)
    {
        for (const TeamRoles::Member &m : TeamRoles::members(*m_owner, nullptr)) {
            if (m.user == user)
                return m.role;
        }
        return std::nullopt;
    }
    int rowOf(const TeamMembersDialog &dialog, const QString &user)
    {
        for (int row = 0; row < dialog.table()->rowCount(); ++row) {
            if (dialog.table()->item(row, 0)->text() == user)
                return row;
        }
        return -1;
    }

    test::PgTestServer m_server;
    ConnectionSpec m_spec;
    std::unique_ptr<Database> m_owner;
    QString m_tag;
};

void TestTeamMembersPostgres::initTestCase()
{
    if (!m_server.isAvailable())
        QFAIL(qPrintable(m_server.why()));
    m_spec = m_server.freshDatabase();
    StoreError err;
    m_owner = Database::open(m_spec, &err);
    QVERIFY2(m_owner, qPrintable(err.detail));
    m_tag = QUuid::createUuid().toString(QUuid::Id128).left(8); // login roles are server-wide
}

void TestTeamMembersPostgres::ownerAddsAndPromotesAColleague()
{
    const QString ben = QStringLiteral("ben_") + m_tag;
    TeamMembersDialog dialog(*m_owner);
    QCOMPARE(rowOf(dialog, ben), -1);
    QVERIFY(dialog.addMember(ben, TeamRoles::Role::Viewer));
    QVERIFY(!roleOf(ben)); // nothing written before Apply
    QVERIFY2(dialog.apply(), qPrintable(dialog.messageLabel()->text()));
    QCOMPARE(roleOf(ben), std::optional<TeamRoles::Role>(TeamRoles::Role::Viewer));
    ConnectionSpec asBen = m_spec;
    asBen.user = ben;
    QVERIFY(Database::open(asBen, nullptr)->isReadOnly()); // the app offers Ben no editing

    // Listed after reloading; made an editor.
    const int row = rowOf(dialog, ben);
    QVERIFY(row >= 0);
    auto *box = qobject_cast<QComboBox *>(dialog.table()->cellWidget(row, 1));
    QVERIFY(box);
    QCOMPARE(box->currentData().toInt(), int(TeamRoles::Role::Viewer));
    box->setCurrentIndex(box->findData(int(TeamRoles::Role::Editor)));
    QVERIFY2(dialog.apply(), qPrintable(dialog.messageLabel()->text()));
    QCOMPARE(roleOf(ben), std::optional<TeamRoles::Role>(TeamRoles::Role::Editor));
    QVERIFY(!Database::open(asBen, nullptr)->isReadOnly());
}

void TestTeamMembersPostgres::badNameIsRefusedInTheDialog()
{
    TeamMembersDialog dialog(*m_owner);
    const int rows = dialog.table()->rowCount();
    QVERIFY(!dialog.addMember(QStringLiteral("Anna Li"), TeamRoles::Role::Editor));
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("Anna Li")));
    QCOMPARE(dialog.table()->rowCount(), rows);
}

void TestTeamMembersPostgres::nonOwnerCannotChangeRoles()
{
    const QString cleo = QStringLiteral("cleo_") + m_tag;
    StoreError err;
    QVERIFY2(TeamRoles::assign(*m_owner, cleo, TeamRoles::Role::Editor, &err), qPrintable(err.detail));
    ConnectionSpec asCleo = m_spec;
    asCleo.user = cleo;
    const auto cleoDb = Database::open(asCleo, &err);
    QVERIFY2(cleoDb, qPrintable(err.detail));
    TeamMembersDialog dialog(*cleoDb);
    const QString dan = QStringLiteral("dan_") + m_tag;
    QVERIFY(dialog.addMember(dan, TeamRoles::Role::Editor));
    QVERIFY(!dialog.apply()); // an editor is not the owner: the server refuses
    QVERIFY(!dialog.messageLabel()->text().isEmpty());
    QVERIFY(!roleOf(dan));
}

QTEST_MAIN(TestTeamMembersPostgres)
#include "tst_teammembers_postgres.moc"
