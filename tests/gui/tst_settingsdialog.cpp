// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Preferences: the dialog shows and returns the values, refuses tiers out of order with a
// message naming them, words the grace period with the right plural; applied to the real main
// window, new tier thresholds re-tier the roster, the language switches at once and everything
// is remembered in the settings.
#include "ScratchSettings.h"
#include "AnalyticsFixture.h"
#include "AppSettings.h"
#include "Language.h"
#include "MainWindow.h"
#include "roster/RosterModel.h"
#include "roster/RosterScreen.h"
#include "settings/SettingsDialog.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rr;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Language m_language;

    static bool okEnabled(const SettingsDialog &d) { return d.buttons()->button(QDialogButtonBox::Ok)->isEnabled(); }

    // A new database in the scratch folder with the analytics fixture (and `sql` run after it);
    // null, with the reason printed, when that fails.
    std::unique_ptr<Database> fixtureDatabase(const QString &name, const QString &sql = {}) const
    {
        StoreError err;
        auto db = Database::open(ConnectionSpec::sqlite(m_dir.filePath(name)), &err);
        if (!db) {
            qWarning("%s", qPrintable(err.message + QLatin1Char(' ') + err.detail));
            return nullptr;
        }
        test::AnalyticsFixture fixture(*db);
        fixture.build();
        if (!sql.isEmpty())
            fixture.exec(sql);
        if (!fixture.error().isEmpty()) {
            qWarning("%s", qPrintable(fixture.error()));
            return nullptr;
        }
        return db;
    }

    // The roster's tier text for the creator with this nickname ("" when not listed).
    static QString tierOf(RosterModel *model, const QString &nickname)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, toInt(RosterColumn::Nickname)).data().toString() == nickname)
                return model->index(row, toInt(RosterColumn::Tier)).data().toString();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useScratchSettings(m_dir.path(), QStringLiteral("RedRosterSettings"));
        QVERIFY(m_language.apply(QStringLiteral("en")));
    }

    void showsAndReturnsTheValues()
    {
        Preferences p;
        p.language = QStringLiteral("zh_CN");
        p.tiers = {800000, 80000, 8000};
        p.dueGraceDays = 10;
        SettingsDialog d(p);
        QCOMPARE(d.languageBox()->currentData().toString(), QStringLiteral("zh_CN"));
        QCOMPARE(d.tierBox(Tier::Mega)->value(), 800000);
        QCOMPARE(d.tierBox(Tier::Micro)->value(), 8000);
        QCOMPARE(d.graceBox()->value(), 10);
        QVERIFY(okEnabled(d));
        QVERIFY(d.preferences() == p);
        // Every field has its label, worded.
        for (QFormLayout *form : d.findChildren<QFormLayout *>()) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
                QVERIFY(label && qobject_cast<QLabel *>(label->widget()));
                QVERIFY(!qobject_cast<QLabel *>(label->widget())->text().isEmpty());
            }
        }

        // "Follow the system" is the empty choice.
        d.languageBox()->setCurrentIndex(0);
        QVERIFY(d.preferences().language.isEmpty());
    }

    void tiersOutOfOrderAreRefused()
    {
        SettingsDialog d(Preferences{});
        d.tierBox(Tier::Micro)->setValue(60000); // above the mid-tier's 50,000
        QVERIFY(!okEnabled(d));
        QVERIFY(!d.problemLabel()->isHidden());
        QVERIFY2(d.problemLabel()->text().contains(TierText::label(Tier::Mid)), qPrintable(d.problemLabel()->text()));
        QVERIFY(!SettingsDialog::problem(d.preferences()).isEmpty());
        d.tierBox(Tier::Mid)->setValue(70000);
        QVERIFY(okEnabled(d));
        QVERIFY(d.problemLabel()->isHidden());
        QVERIFY(d.preferences().tiers.isValid());
    }

    void graceDaysInTheRightPlural()
    {
        SettingsDialog d(Preferences{});
        d.graceBox()->setValue(1);
        QCOMPARE(d.graceBox()->suffix(), QStringLiteral(" day after the end"));
        d.graceBox()->setValue(7);
        QCOMPARE(d.graceBox()->suffix(), QStringLiteral(" days after the end"));
    }

    void appliedToTheRunningWindow()
    {
        std::unique_ptr<Database> db = fixtureDatabase(QStringLiteral("data.sqlite"));
        QVERIFY(db);
        MainWindow w(std::move(db), m_language);
        w.show();
        RosterModel *model = w.rosterScreen()->model();
        model->waitForIdle();
        // Creator B has 60,000 followers: mid-tier by default.
        QCOMPARE(tierOf(model, QStringLiteral("B")), TierText::label(Tier::Mid));
        const QString fileMenu = w.menuBar()->actions().first()->text();

        Preferences p;
        p.language = QStringLiteral("zh_CN");
        p.tiers = {1000000, 100000, 10000};
        p.dueGraceDays = 3;
        w.applyPreferences(p);
        model->waitForIdle();
        QTRY_COMPARE(tierOf(model, QStringLiteral("B")), TierText::label(Tier::Micro));
        QCOMPARE(TierText::label(Tier::Micro), QStringLiteral("尾部博主")); // the language switched
        QTRY_VERIFY(w.menuBar()->actions().first()->text() != fileMenu); // LanguageChange is posted
        QCOMPARE(AppSettings::tierThresholds().mid, 100000);
        QCOMPARE(AppSettings::dueGraceDays(), 3);
        QCOMPARE(AppSettings::language(), QStringLiteral("zh_CN"));
        QVERIFY(m_language.apply(QStringLiteral("en")));
    }

    // Sorted by tier, new thresholds re-sort the roster: A is held at micro-tier by hand, so
    // with {50,000, 15,000, 5,000} C (20,000) rises above it and must be listed before it.
    void newThresholdsReSortARosterSortedByTier()
    {
        std::unique_ptr<Database> db = fixtureDatabase(
            QStringLiteral("sorted.sqlite"), QStringLiteral("UPDATE creators SET tier_override = 'micro' WHERE nickname = 'A'"));
        QVERIFY(db);
        AppSettings::setTierThresholds(TierThresholds{});
        MainWindow w(std::move(db), m_language);
        w.show();
        RosterModel *model = w.rosterScreen()->model();
        model->waitForIdle();
        model->sort(toInt(RosterColumn::Tier), Qt::DescendingOrder);
        model->waitForIdle();

        Preferences p;
        p.language = AppSettings::language();
        p.tiers = {50000, 15000, 5000};
        p.dueGraceDays = AppSettings::dueGraceDays();
        w.applyPreferences(p);
        model->waitForIdle();
        QStringList order;
        for (int row = 0; row < model->rowCount(); ++row)
            order << model->index(row, toInt(RosterColumn::Nickname)).data().toString();
        QVERIFY2(order.indexOf(QStringLiteral("C")) < order.indexOf(QStringLiteral("A")),
                 qPrintable(order.join(QLatin1Char(' '))));
        QCOMPARE(tierOf(model, QStringLiteral("C")), TierText::label(Tier::Mid));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
