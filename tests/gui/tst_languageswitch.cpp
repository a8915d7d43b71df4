// SPDX-License-Identifier: GPL-3.0-or-later
// Chinese and English throughout (issue 7 §2, §4), on the real main window and dialogs:
// - switched zh_CN → en → zh_CN → en while it runs, on a new database and on one with data (every
//   tab visited, analytics charts drawn), no menu, action, tab, label, button, group box, table
//   header, combo choice, placeholder, tool tip or chart title, axis or series still reads in the
//   other language;
// - at the default window size, in each language, no button, label, group box title or header
//   section is cut off (measured as the style lays them out), and no form label is left empty;
// - the dialogs (preferences, creator editor, KPI targets, shortlists, import preview) the same.
// English text may hold Chinese only in brackets (the platform's own terms) and in number units
// (12万); Chinese text may hold Latin words only from the field's acronyms and formats, example
// addresses and file paths, and the database's own names.
#include "ScratchSettings.h"
#include "Language.h"
#include "MainWindow.h"

#include "CreatorEditor.h"
#include "campaign/KpiTargetsDialog.h"
#include "domain/CreatorRepository.h"
#include "import/ImportDialog.h"
#include "roster/ShortlistsDialog.h"
#include "settings/SettingsDialog.h"

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
#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QDeadlineTimer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

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
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            add(spin, QStringLiteral("special value"), spin->specialValueText());
            if (auto *ints = qobject_cast<QSpinBox *>(w))
                add(ints, QStringLiteral("suffix"), ints->suffix());
            if (auto *reals = qobject_cast<QDoubleSpinBox *>(w))
                add(reals, QStringLiteral("suffix"), reals->suffix());
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            add(text, QStringLiteral("placeholder"), text->placeholderText());
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

// Text that its widget cuts off at the size it has: buttons, check boxes, plain labels that
// do not wrap, group box titles and table headers (sections shown, with room for the sort
// arrow). Only widgets visible now count.
QStringList clipped(QWidget *root)
{
    QStringList out;
    const auto report = [&out](const QWidget *w, const QString &text, int need, int have) {
        out << QStringLiteral("%1 \"%2\": needs %3 px, has %4")
                   .arg(QLatin1String(w->metaObject()->className()), plain(text))
                   .arg(need)
                   .arg(have);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root) || !w->isVisible() || w->width() <= 0)
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            if (!b->text().isEmpty() && b->sizeHint().width() > b->width() + 1)
                report(b, b->text(), b->sizeHint().width(), b->width());
        } else if (auto *l = qobject_cast<QLabel *>(w)) {
            if (!l->wordWrap() && !l->text().isEmpty() && l->textFormat() != Qt::RichText
                && !Qt::mightBeRichText(l->text()) && l->minimumSizeHint().width() > l->width() + 1)
                report(l, l->text(), l->minimumSizeHint().width(), l->width());
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            const int need = g->fontMetrics().horizontalAdvance(g->title()) + 16;
            if (!g->title().isEmpty() && need > g->width())
                report(g, g->title(), need, g->width());
        } else if (auto *h = qobject_cast<QHeaderView *>(w)) {
            QAbstractItemModel *model = h->model();
            if (!model || h->orientation() != Qt::Horizontal)
                continue;
            for (int i = 0; i < model->columnCount(); ++i) {
                if (h->isSectionHidden(i) || h->sectionSize(i) <= 0)
                    continue;
                // As the style paints it: the label's rect after margins and the sort arrow.
                QStyleOptionHeader opt;
                opt.initFrom(h);
                opt.rect = QRect(0, 0, h->sectionSize(i), h->height());
                opt.section = i;
                opt.text = model->headerData(i, Qt::Horizontal).toString();
                opt.textAlignment = Qt::Alignment(model->headerData(i, Qt::Horizontal, Qt::TextAlignmentRole).toInt());
                if (h->isSortIndicatorShown() && h->sortIndicatorSection() == i)
                    opt.sortIndicator = h->sortIndicatorOrder() == Qt::AscendingOrder ? QStyleOptionHeader::SortDown
                                                                                      : QStyleOptionHeader::SortUp;
                const QRect label = h->style()->subElementRect(QStyle::SE_HeaderLabel, &opt, h);
                const int need = h->fontMetrics().horizontalAdvance(opt.text);
                if (!opt.text.isEmpty() && need > label.width())
                    report(h, opt.text, need, label.width());
                // A column sized to its contents must still fit them (after a switch too).
                auto *view = qobject_cast<QAbstractItemView *>(h->parentWidget());
                if (view && h->sectionResizeMode(i) == QHeaderView::ResizeToContents
                    && view->sizeHintForColumn(i) > h->sectionSize(i))
                    report(h, QStringLiteral("cells of ") + opt.text, view->sizeHintForColumn(i), h->sectionSize(i));
            }
        }
    }
    out.removeDuplicates();
    return out;
}

// Chinese outside brackets: the English interface names the platform's own Chinese terms in
// brackets (Image-note price (图文报价), Pugongying (蒲公英)) so both halves of a team find them.
bool hasChinese(const QString &s)
{
    // Numbers in Chinese units (12万) are input examples the fields accept in both languages.
    static const QRegularExpression bracketed(QStringLiteral("\\([^)]*\\)|（[^）]*）|(?<=\\d)[万亿]"));
    const QString outside = QString(s).remove(bracketed);
    for (const QChar c : outside) {
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
        QStringLiteral("vs"), QStringLiteral("CPV"), QStringLiteral("MCN"), QStringLiteral("Ctrl"),
        QStringLiteral("Return"), QStringLiteral("zh"), QStringLiteral("en"), QStringLiteral("spf"),
        QStringLiteral("Unicode"), QStringLiteral("LE"), QStringLiteral("BE"), QStringLiteral("API")};
    return allowed.contains(word);
}

QStringList foreignLatin(const QString &s)
{
    QStringList words;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    // Example addresses and file paths are not words.
    static const QRegularExpression url(QStringLiteral("https?://\\S*|(/[\\w.~-]+)+"));
    const QString text = QString(s).remove(url);
    for (auto it = word.globalMatch(text); it.hasNext();) {
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
            if (s.text.startsWith(QStringLiteral("中文")) || s.text == QLatin1String("English")
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
        test::useScratchSettings(m_dir.path(), QStringLiteral("RedRosterLanguage"));
    }

    // The width check itself: a squeezed button, label and header section are reported, the
    // same widgets at their natural size are not.
    void clippedTextIsSeen()
    {
        QWidget root;
        auto *button = new QPushButton(QStringLiteral("Export roster sheet as PDF"), &root);
        auto *label = new QLabel(QStringLiteral("Final metrics are overdue after"), &root);
        QStandardItemModel model(1, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Stated engagement rate"), QStringLiteral("ID")});
        auto *table = new QTableView(&root);
        table->setModel(&model);
        root.resize(900, 400);
        button->setGeometry(0, 0, button->sizeHint().width(), 30);
        label->setGeometry(0, 40, label->sizeHint().width(), 20);
        table->setGeometry(0, 80, 800, 300);
        table->horizontalHeader()->resizeSection(0, 300);
        root.show();
        QVERIFY(QTest::qWaitForWindowExposed(&root));
        QVERIFY2(clipped(&root).isEmpty(), qPrintable(clipped(&root).join(QLatin1Char('\n'))));
        button->resize(button->sizeHint().width() / 2, 30);
        label->resize(label->sizeHint().width() / 2, 20);
        table->horizontalHeader()->resizeSection(0, 40);
        const QStringList cut = clipped(&root);
        QCOMPARE(cut.size(), 3);
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

    // The dialogs, opened in each language at their own default size: in that language, nothing
    // cut off, every form label worded (the creator editor's pages and the import preview too).
    void dialogsInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void dialogsInBothLanguages()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.apply(language));
        StoreError err;
        auto db = Database::open(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("dialogs.sqlite"))), &err);
        QVERIFY2(db, qPrintable(err.detail));
        CreatorRepository repository(*db);
        const QString csv = m_dir.filePath(QStringLiteral("prospects.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("nickname,handle,followers\nAnna,anna01,12000\nBen,ben02,56000\n");
        }
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.push_back(std::make_unique<SettingsDialog>(Preferences{}));
        dialogs.push_back(std::make_unique<CreatorEditor>(repository, TierThresholds{}));
        dialogs.push_back(std::make_unique<KpiTargetsDialog>(QStringLiteral("Spring"), Objective::Conversion,
                                                             CampaignKpis{}, QMap<Kpi, double>{}));
        dialogs.push_back(std::make_unique<ShortlistsDialog>(*db));
        dialogs.push_back(std::make_unique<ImportDialog>(*db, QStringList{csv}));
        for (const auto &dialog : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            QStringList cut;
            QList<Shown> shown;
            const auto look = [&] {
                QCoreApplication::processEvents();
                cut << clipped(dialog.get());
                collect(dialog.get(), &shown);
            };
            look();
            for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>()) {
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    look();
                }
            }
            cut.removeDuplicates();
            const QStringList wrong = problems(shown, language, {QStringLiteral("Spring"), QStringLiteral("Anna"),
                                                                 QStringLiteral("Ben"), QStringLiteral("anna"),
                                                                 QStringLiteral("ben"), QStringLiteral("prospects"),
                                                                 QStringLiteral("nickname"), QStringLiteral("handle"),
                                                                 QStringLiteral("followers")});
            const QString name = QLatin1String(dialog->metaObject()->className());
            for (const QString &line : cut)
                qWarning("%s cut off in %s: %s", qPrintable(name), qPrintable(language), qPrintable(line));
            for (const QString &line : wrong)
                qWarning("%s not in %s: %s", qPrintable(name), qPrintable(language), qPrintable(line));
            const QStringList unlabelled = emptyFormLabels(dialog.get());
            QVERIFY2(cut.isEmpty() && wrong.isEmpty() && unlabelled.isEmpty(),
                     qPrintable(QStringLiteral("%1: %2 cut off, %3 in the other language (listed above); unlabelled: %4")
                                    .arg(name)
                                    .arg(cut.size())
                                    .arg(wrong.size())
                                    .arg(unlabelled.join(QLatin1String(", ")))));
            dialog->hide();
        }
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
            QStringList cut;
            for (QTabWidget *tabs : w.findChildren<QTabWidget *>()) {
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    QCoreApplication::processEvents();
                    cut << clipped(&w);
                }
            }
            cut.removeDuplicates();
            for (const QString &line : cut)
                qWarning("cut off in %s: %s", qPrintable(language), qPrintable(line));
            QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("%1 string(s) cut off in %2 (listed above)").arg(cut.size()).arg(language)));
            const QStringList unlabelled = emptyFormLabels(&w);
            QVERIFY2(unlabelled.isEmpty(), qPrintable(unlabelled.join(QLatin1String(", "))));
            for (const QString &line : wrong)
                qWarning("not in %s: %s", qPrintable(language), qPrintable(line));
            QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 string(s) not in %2 (listed above)").arg(wrong.size()).arg(language)));
        }

        // Switched while each screen is the one showing (no show event to re-lay it out): columns
        // sized to their contents must follow the new words. Each screen both ways.
        auto *workspace = w.findChild<QTabWidget *>(QStringLiteral("workspace"));
        QVERIFY(workspace);
        QString current = QStringLiteral("zh_CN");
        QStringList cut;
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < workspace->count(); ++i) {
                workspace->setCurrentIndex(i);
                QTest::qWait(50);
                current = current == QLatin1String("en") ? QStringLiteral("zh_CN") : QStringLiteral("en");
                QVERIFY(m_language.apply(current));
                QTest::qWait(100);
                for (const QString &line : clipped(&w))
                    cut << QStringLiteral("%1 after switching to %2: %3").arg(workspace->tabText(i), current, line);
            }
        }
        for (const QString &line : cut)
            qWarning("cut off: %s", qPrintable(line));
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("%1 string(s) cut off after a switch (listed above)").arg(cut.size())));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
