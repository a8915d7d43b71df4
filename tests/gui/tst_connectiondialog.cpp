// SPDX-License-Identifier: GPL-3.0-or-later
// File → Database Connection: the fields become a connection (file or server, TLS mode, the
// password kept apart from the URL), incomplete input says what is missing, and a server's own
// options survive the dialog.
#include "settings/ConnectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace rr;

class TestConnectionDialog : public QObject
{
    Q_OBJECT
private slots:
    void fileIsTheDefault();
    void serverFieldsMakeTheConnection();
    void missingFieldsAreNamed();
    void currentServerFillsTheFields();
    void keychainCheckboxFollowsAvailability();
};

void TestConnectionDialog::fileIsTheDefault()
{
    ConnectionDialog d(ConnectionSpec::sqlite(QStringLiteral("/tmp/roster.sqlite")), QString(), false);
    QVERIFY(d.fileChoice()->isChecked());
    const auto spec = d.spec();
    QVERIFY(spec);
    QCOMPARE(spec->backend, Backend::Sqlite);
    QCOMPARE(spec->path, QStringLiteral("/tmp/roster.sqlite"));
}

void TestConnectionDialog::serverFieldsMakeTheConnection()
{
    ConnectionDialog d(ConnectionSpec::sqlite(QStringLiteral("/tmp/roster.sqlite")), QString(), true);
    d.serverChoice()->setChecked(true);
    d.hostEdit()->setText(QStringLiteral(" db.brand.cn "));
    d.portBox()->setValue(6543);
    d.databaseEdit()->setText(QStringLiteral("roster"));
    d.userEdit()->setText(QStringLiteral("anna"));
    d.tlsBox()->setCurrentIndex(d.tlsBox()->findData(QStringLiteral("verify-full")));
    d.passwordEdit()->setText(QStringLiteral("p@ss word;'"));
    QVERIFY(d.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    const auto spec = d.spec();
    QVERIFY(spec);
    QCOMPARE(spec->backend, Backend::Postgres);
    QCOMPARE(spec->host, QStringLiteral("db.brand.cn"));
    QCOMPARE(spec->port, 6543);
    QCOMPARE(spec->database, QStringLiteral("roster"));
    QCOMPARE(spec->user, QStringLiteral("anna"));
    QCOMPARE(spec->password, QStringLiteral("p@ss word;'"));
    QVERIFY(spec->options.split(QLatin1Char(';')).contains(QStringLiteral("sslmode=verify-full")));
    QVERIFY(!spec->postgresUrl().contains(QLatin1String("p@ss"))); // what is remembered has no password
    QVERIFY(d.rememberPassword());
}

void TestConnectionDialog::missingFieldsAreNamed()
{
    ConnectionDialog d(ConnectionSpec::sqlite(QString()), QString(), false);
    QVERIFY(!d.buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // no file name
    d.serverChoice()->setChecked(true);
    QVERIFY(d.problem().contains(QLatin1String("server")));
    d.hostEdit()->setText(QStringLiteral("localhost"));
    QVERIFY(d.problem().contains(QLatin1String("database")));
    d.databaseEdit()->setText(QStringLiteral("roster"));
    QVERIFY(d.problem().contains(QLatin1String("user")));
    d.userEdit()->setText(QStringLiteral("anna"));
    QVERIFY(d.problem().isEmpty());
    d.hostEdit()->setText(QStringLiteral("bad host/name"));
    QVERIFY(!d.problem().isEmpty());
    QVERIFY(!d.spec());
    QVERIFY(!d.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestConnectionDialog::currentServerFillsTheFields()
{
    QString why;
    const auto current = ConnectionSpec::fromPostgresUrl(
        QStringLiteral("postgresql://ben@10.0.0.5:5433/team?sslmode=require&application_name=rr"), &why);
    QVERIFY2(current, qPrintable(why));
    ConnectionDialog d(*current, QString(), false);
    QVERIFY(d.serverChoice()->isChecked());
    QCOMPARE(d.hostEdit()->text(), QStringLiteral("10.0.0.5"));
    QCOMPARE(d.portBox()->value(), 5433);
    QCOMPARE(d.tlsBox()->currentData().toString(), QStringLiteral("require"));
    const auto spec = d.spec();
    QVERIFY(spec);
    QCOMPARE(spec->postgresUrl(), current->postgresUrl()); // application_name kept
    // The last server fills the fields while a file is in use.
    ConnectionDialog onFile(ConnectionSpec::sqlite(QStringLiteral("/tmp/a.sqlite")), current->postgresUrl(), false);
    QVERIFY(onFile.fileChoice()->isChecked());
    QCOMPARE(onFile.userEdit()->text(), QStringLiteral("ben"));
}

void TestConnectionDialog::keychainCheckboxFollowsAvailability()
{
    ConnectionDialog without(ConnectionSpec::sqlite(QStringLiteral("/tmp/a.sqlite")), QString(), false);
    QVERIFY(!without.rememberBox()->isEnabled());
    QVERIFY(!without.rememberPassword());
    ConnectionDialog with(ConnectionSpec::sqlite(QStringLiteral("/tmp/a.sqlite")), QString(), true);
    with.rememberBox()->setChecked(false);
    QVERIFY(!with.rememberPassword());
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
