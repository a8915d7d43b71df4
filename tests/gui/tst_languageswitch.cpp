// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on a new database (no data of its own, so every string shown is the
// app's), switched between Chinese and English while it runs: after each switch no menu,
// action, tab, label, button, group box, table header, placeholder or tool tip of any screen
// still reads in the other language (issue 7 §2). English text may hold no Chinese; Chinese
// text may hold Latin words only from the field's own acronyms and formats. Switched
// zh_CN → en → zh_CN → en.
#include "Language.h"
#include "MainWindow.h"

#include "AnalyticsFixture.h"
#include "store/Database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QApplication>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QDeadlineTimer>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rr;

namespace {

struct Shown
{
    QString where;
    QString text;
};

QString plain(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // rich text tags
    s.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))); // Chinese accelerators (&F)
    s.remove(QLatin1Char('&'));
    return s;
}

void collect(QWidget *root, QList<Shown> *out)
{
    const auto add = [out](const QObject *o, const QString &kind, const QString &text) {
        if (!text.trimmed().isEmpty())
            out->append({QStringLiteral("%1 %2 (%3)").arg(kind, o->objectName(), QLatin1String(o->metaObject()->className())),
                         plain(text)});
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        add(w, QStringLiteral("tooltip"), w->toolTip());
        for (QAction *a : w->actions()) {
            add(a, QStringLiteral("action"), a->text());
            add(a, QStringLiteral("action tooltip"), a->toolTip() == plain(a->text()) ? QString() : a->toolTip());
        }
        if (auto *l = qobject_cast<QLabel *>(w))
            add(l, QStringLiteral("label"), l->text());
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b, QStringLiteral("button"), b->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(g, QStringLiteral("group"), g->title());
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            add(e, QStringLiteral("placeholder"), e->placeholderText());
        else if (auto *box = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < box->count(); ++i)
                add(box, QStringLiteral("choice"), box->itemText(i));
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            add(spin, QStringLiteral("special value"), spin->specialValueText());
        else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                add(t, QStringLiteral("tab"), t->tabText(i));
        } else if (auto *m = qobject_cast<QMenu *>(w))
            add(m, QStringLiteral("menu"), m->title());
        else if (auto *view = qobject_cast<QChartView *>(w)) {
            if (QChart *chart = view->chart()) {
                add(view, QStringLiteral("chart title"), chart->title());
                for (QAbstractAxis *axis : chart->axes()) {
                    add(view, QStringLiteral("axis title"), axis->titleText());
                    if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
                        for (const QString &c : categories->categories())
                            add(view, QStringLiteral("axis category"), c);
                    }
                }
                for (QAbstractSeries *series : chart->series())
                    add(view, QStringLiteral("series"), series->name());
            }
        } else if (auto *h = qobject_cast<QHeaderView *>(w)) {
            if (QAbstractItemModel *model = h->model()) {
                for (int i = 0; i < (h->orientation() == Qt::Horizontal ? model->columnCount() : 0); ++i)
                    add(h, QStringLiteral("header"), model->headerData(i, Qt::Horizontal).toString());
            }
        }
    }
}

// Form rows whose label is there but says nothing (a label made empty and never worded).
QStringList emptyFormLabels(QWidget *root)
{
    QStringList out;
    for (QFormLayout *form : root->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
            auto *l = label ? qobject_cast<QLabel *>(label->widget()) : nullptr;
            if (l && l->text().trimmed().isEmpty())
                out << QStringLiteral("%1 row %2").arg(QLatin1String(form->parentWidget()->metaObject()->className())).arg(row);
        }
    }
    return out;
}

bool hasChinese(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

// Latin words a Chinese interface keeps: the field's acronyms, file formats, the app's name.
bool latinAllowed(const QString &word)
{
    static const QStringList allowed{
        QStringLiteral("KOL"), QStringLiteral("KOC"), QStringLiteral("CPE"), QStringLiteral("CPM"),
        QStringLiteral("CPC"), QStringLiteral("CPR"), QStringLiteral("KPI"), QStringLiteral("CSV"),
        QStringLiteral("PDF"), QStringLiteral("XHS"), QStringLiteral("RedRoster"), QStringLiteral("SQLite"),
        QStringLiteral("PostgreSQL"), QStringLiteral("URL"), QStringLiteral("Excel"), QStringLiteral("xlsx"),
        QStringLiteral("UTF"), QStringLiteral("GBK"), QStringLiteral("ID"), QStringLiteral("Qt"),
        QStringLiteral("BOM"), QStringLiteral("CJK"), QStringLiteral("GB"), QStringLiteral("sqlite"),
        QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("PNG"), QStringLiteral("SVG"),
        QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("ER"), QStringLiteral("SR"),
        QStringLiteral("vs"), QStringLiteral("CPV"), QStringLiteral("MCN"), QStringLiteral("Ctrl")};
    return allowed.contains(word);
}

QStringList foreignLatin(const QString &s)
{
    QStringList words;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    for (auto it = word.globalMatch(s); it.hasNext();) {
        const QString w = it.next().captured();
        if (!latinAllowed(w))
            words << w;
    }
    return words;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Language m_language;

    // `data`: words the database itself holds (names), which no language changes.
    static QStringList problems(const QList<Shown> &shown, const QString &language, const QStringList &data = {})
    {
        QStringList out;
        for (const Shown &s : shown) {
            // The language menu names each language in itself; the status bar shows the file.
            if (s.text == QStringLiteral("中文") || s.text == QLatin1String("English")
                || QDir::isAbsolutePath(s.text))
                continue;
            QStringList latin = foreignLatin(s.text);
            for (const QString &word : data)
                latin.removeAll(word);
            if (language == QLatin1String("en") ? hasChinese(s.text) : !latin.isEmpty())
                out << QStringLiteral("%1: \"%2\"").arg(s.where, s.text.left(80));
        }
        out.removeDuplicates();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("RedRosterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("RedRosterLanguage"));
    }

    void everyScreenFollowsTheSwitch()
    {
        switchBackAndForth(QStringLiteral("new.sqlite"), false, {});
    }

    // With creators, campaigns and posts (ASCII names only, so any Chinese shown is the app's):
    // every tab visited so the analytics charts exist, their titles, axes and series included.
    void screensWithDataAndChartsFollowTheSwitch()
    {
        {
            StoreError err;
            auto db = Database::open(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("data.sqlite"))), &err);
            QVERIFY2(db, qPrintable(err.detail));
            test::AnalyticsFixture fixture(*db);
            QVERIFY2(fixture.build(), qPrintable(fixture.error()));
        }
        // The fixture's campaign, owner and tag names.
        switchBackAndForth(QStringLiteral("data.sqlite"), true,
                           {QStringLiteral("Spring"), QStringLiteral("April"), QStringLiteral("Anna"),
                            QStringLiteral("Ben"), QStringLiteral("vip")});
    }

private:
    void switchBackAndForth(const QString &file, bool withCharts, const QStringList &data)
    {
        QVERIFY(m_language.apply(QStringLiteral("zh_CN")));
        StoreError err;
        auto db = Database::open(ConnectionSpec::sqlite(m_dir.filePath(file)), &err);
        QVERIFY2(db, qPrintable(err.detail));
        MainWindow w(std::move(db), m_language);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Show every screen once, so the ones built on first show exist.
        for (QTabWidget *tabs : w.findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
            }
        }
        const auto chartStrings = [&w] {
            QList<Shown> shown;
            collect(&w, &shown);
            return std::count_if(shown.cbegin(), shown.cend(),
                                 [](const Shown &s) { return s.where.startsWith(QLatin1String("axis")); });
        };
        if (withCharts)
            QTRY_VERIFY_WITH_TIMEOUT(chartStrings() > 0, 20000);
        for (const QString &language :
             {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QVERIFY(m_language.apply(language));
            // Charts are rebuilt in the background after a switch: wait for them to settle.
            QStringList wrong;
            QList<Shown> shown;
            QDeadlineTimer deadline(20000);
            do {
                QTest::qWait(50);
                shown.clear();
                collect(&w, &shown);
                wrong = problems(shown, language, data);
            } while (!wrong.isEmpty() && !deadline.hasExpired());
            QVERIFY(shown.size() > 100);
            const QStringList unlabelled = emptyFormLabels(&w);
            QVERIFY2(unlabelled.isEmpty(), qPrintable(unlabelled.join(QLatin1String(", "))));
            for (const QString &line : wrong)
                qWarning("not in %s: %s", qPrintable(language), qPrintable(line));
            QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 string(s) not in %2 (listed above)").arg(wrong.size()).arg(language)));
        }
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
