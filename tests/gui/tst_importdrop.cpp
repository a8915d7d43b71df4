// SPDX-License-Identifier: GPL-3.0-or-later
// Each fixture file dropped onto the main window: the import dialog previews it, imports it, and
// the database ends up with the same rows as `redroster import` of the same file. Broken files
// are refused with their line named and write nothing, in the dialog as on the command line.
#include "ScratchSettings.h"
#include "CliRunner.h"
#include "Language.h"
#include "MainWindow.h"
#include "import/ImportDialog.h"
#include "import/ImportPreviewModel.h"
#include "roster/RosterModel.h"
#include "roster/RosterScreen.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace rr;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(REDROSTER_TEST_DATA "/import/") + name;
}

// Every column an import can fill, plus the snapshot and tag tables, one line per row.
QStringList dump(const QString &path)
{
    StoreError err;
    auto db = Database::open(ConnectionSpec::sqlite(path), &err);
    if (!db)
        return {QStringLiteral("<cannot open: %1>").arg(err.message)};
    QStringList out;
    for (const QString &sql :
         {QStringLiteral("SELECT handle, nickname, profile_url, profile_key, real_name, followers, followers_as_of, city, "
                         "primary_category_id, has_agency, agency_name, wechat, phone, email, price_image_fen, "
                         "price_video_fen, avg_engagement_rate, languages, owner, notes, status, search_text "
                         "FROM creators ORDER BY handle, nickname"),
          QStringLiteral("SELECT c.handle, s.as_of, s.followers, s.source FROM follower_snapshots s "
                         "JOIN creators c ON c.id = s.creator_id ORDER BY 1, 2"),
          QStringLiteral("SELECT c.handle, t.name FROM creator_tags ct JOIN creators c ON c.id = ct.creator_id "
                         "JOIN tags t ON t.id = ct.tag_id ORDER BY 1, 2")}) {
        QSqlQuery q(db->sql());
        if (!q.exec(sql))
            return {QStringLiteral("<query failed>")};
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("∅") : q.value(i).toString());
            out << cells.join(QLatin1Char('|'));
        }
        out << QStringLiteral("--");
    }
    return out;
}

ImportDialog *visibleImportDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<ImportDialog *>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

} // namespace

class TestImportDrop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Language *m_language = nullptr;

    // Drops `file` on a main window over a fresh database at `dbPath`; returns the dialog's result.
    ImportResult dropAndImport(const QString &file, const QString &dbPath, int *previewRows)
    {
        StoreError err;
        auto db = Database::open(ConnectionSpec::sqlite(dbPath), &err);
        if (!db)
            return {};
        MainWindow window(std::move(db), *m_language);
        window.show();
        window.rosterScreen()->model()->waitForIdle();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(40, 40), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QDropEvent drop(QPointF(40, 40), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        if (!enter.isAccepted() || !drop.isAccepted())
            return {};
        ImportDialog *dialog = visibleImportDialog();
        if (!dialog)
            return {};
        QPointer<ImportDialog> guard(dialog);
        if (!QTest::qWaitFor([&] { return !dialog->isPreviewing(); }, 20000))
            return {};
        *previewRows = dialog->previewModel()->rowCount();
        ImportResult result = dialog->lastResult();
        auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        if (result.outcome == ImportResult::Outcome::DryRun && importButton && importButton->isEnabled()) {
            QTest::mouseClick(importButton, Qt::LeftButton);
            if (!QTest::qWaitFor([&] { return !dialog->isImporting(); }, 20000))
                return {};
            result = dialog->lastResult();
        }
        dialog->close(); // deletes itself
        if (!QTest::qWaitFor([&] { return guard.isNull(); }, 5000))
            return {};
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useScratchSettings(m_dir.path(), QStringLiteral("RedRosterDropTest"));
        m_language = new Language(this);
        m_language->apply(QStringLiteral("en"));
    }

    void sameRowsAsTheCommandLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("creates"); // files whose columns name creators (others have nothing to map)
        const QDir dir(QStringLiteral(REDROSTER_TEST_DATA "/import"));
        const QStringList files = dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        for (const QString &f : files) {
            if (f == QLatin1String("unterminated.csv") || f == QLatin1String("wrong_cells.csv"))
                continue;
            QTest::newRow(qPrintable(f)) << fixture(f)
                                         << (f.startsWith(QLatin1String("creators_")) || f.startsWith(QLatin1String("blank_")));
        }
    }

    void sameRowsAsTheCommandLine()
    {
        QFETCH(QString, file);
        QFETCH(bool, creates);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString viaDrop = m_dir.filePath(tag + QStringLiteral(".drop.sqlite"));
        const QString viaCli = m_dir.filePath(tag + QStringLiteral(".cli.sqlite"));
        int previewRows = -1;
        const ImportResult r = dropAndImport(file, viaDrop, &previewRows);
        QCOMPARE(r.outcome, ImportResult::Outcome::Committed);
        QVERIFY(previewRows > 0);
        QCOMPARE(r.created > 0, creates);
        const test::CliRun cli = test::runRedroster({QStringLiteral("import"), file, QStringLiteral("--db"), viaCli});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
        const QStringList a = dump(viaDrop);
        const QStringList b = dump(viaCli);
        QCOMPARE(a.size(), b.size());
        QCOMPARE(a, b);
        QCOMPARE(a.count(QStringLiteral("--")), 3);
        QCOMPARE(a.size() > 3, creates); // rows, not just separators
    }

    void brokenFilesAreRefusedEverywhere_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("line");
        QTest::newRow("unterminated quote") << fixture(QStringLiteral("unterminated.csv")) << qint64(3);
        QTest::newRow("wrong cell count") << fixture(QStringLiteral("wrong_cells.csv")) << qint64(3);
    }

    void brokenFilesAreRefusedEverywhere()
    {
        QFETCH(QString, file);
        QFETCH(qint64, line);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
        const QString viaDrop = m_dir.filePath(tag + QStringLiteral(".drop.sqlite"));
        int previewRows = -1;
        const ImportResult r = dropAndImport(file, viaDrop, &previewRows);
        QCOMPARE(r.outcome, ImportResult::Outcome::Refused);
        QVERIFY(r.issue.has_value());
        QCOMPARE(r.issue->line, line);
        QVERIFY(r.message.contains(QStringLiteral("line %1").arg(line)));
        const QString viaCli = m_dir.filePath(tag + QStringLiteral(".cli.sqlite"));
        const test::CliRun cli = test::runRedroster({QStringLiteral("import"), file, QStringLiteral("--db"), viaCli});
        QCOMPARE(cli.exitCode, 65);
        QVERIFY2(cli.err.contains(QStringLiteral("line %1").arg(line)), qPrintable(cli.describe()));
        const QStringList empty{QStringLiteral("--"), QStringLiteral("--"), QStringLiteral("--")};
        QCOMPARE(dump(viaDrop), empty);
        QCOMPARE(dump(viaCli), empty);
    }
};

QTEST_MAIN(TestImportDrop)
#include "tst_importdrop.moc"
