// SPDX-License-Identifier: GPL-3.0-or-later
// The printing layer of reports: a CJK font is chosen explicitly, a long report becomes a PDF
// with Chinese text embedded, header and footer on every page, "Page i of N", the table header
// repeated on each page; text keeps its size on a 1200-dpi printer; chart images resolve;
// page setup survives a round trip through QSettings.
#include "report/PageSetupStore.h"
#include "report/ReportChartObject.h"
#include "report/ReportFonts.h"
#include "report/ReportPreview.h"
#include "report/ReportPrinter.h"

#include <QApplication>
#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <memory>

using namespace rr;

namespace {

const QString HeaderLeft = QStringLiteral("RedRoster performance");
const QString HeaderRight = QStringLiteral("Spring Launch 2026");
const QString TheadText = QStringLiteral("Creatorcolumn");

QString reportHtml(int rows)
{
    QString html = QStringLiteral(
        "<html><body><h1>红人簿 报告 / Campaign report</h1>"
        "<p style=\"font-size:12pt\">Sizeprobe paragraph in twelve points.</p>"
        "<p><img src=\"chart:trend\" width=\"240\" height=\"120\"></p>"
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
        "<thead><tr><th>Creatorcolumn</th><th>达人</th><th>Views</th></tr></thead><tbody>");
    for (int i = 0; i < rows; ++i) {
        html += QStringLiteral("<tr><td>creator%1</td><td>小红%1号</td><td>%2</td></tr>")
                    .arg(i)
                    .arg(i * 137);
    }
    html += QStringLiteral("</tbody></table></body></html>");
    return html;
}

std::unique_ptr<QTextDocument> makeReport(int rows = 160)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(ReportFonts::reportFont(QStringLiteral("zh_CN"), 10));
    QImage chart(480, 240, QImage::Format_RGB32);
    chart.fill(QColor(220, 20, 30));
    ReportPrinter::addImage(doc.get(), QStringLiteral("trend"), chart);
    doc->setHtml(reportHtml(rows));
    return doc;
}

PageDecor decor()
{
    PageDecor d;
    d.headerLeft = HeaderLeft;
    d.headerRight = HeaderRight;
    d.footerLeft = QStringLiteral("Generated 2026-12-01");
    d.pageFormat = QStringLiteral("Page %1 of %2");
    d.font = ReportFonts::reportFont(QStringLiteral("en"), 8);
    d.title = QStringLiteral("Spring Launch 2026 report");
    return d;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Height in points of the first word `word` in the PDF (pdftotext -bbox), or -1.
qreal wordHeight(const QString &pdf, const QString &word)
{
    const QString xml = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf,
                                                          QStringLiteral("-")});
    const QRegularExpression re(QStringLiteral("<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" "
                                               "xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">%1</word>")
                                    .arg(word));
    const QRegularExpressionMatch m = re.match(xml);
    return m.hasMatch() ? m.captured(2).toDouble() - m.captured(1).toDouble() : -1;
}

// The box in points of the first word `word` in the PDF (pdftotext -bbox), or an empty rect.
QRectF wordBox(const QString &pdf, const QString &word)
{
    const QString xml = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    const QRegularExpression re(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" "
                                               "xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">%1</word>")
                                    .arg(word));
    const QRegularExpressionMatch m = re.match(xml);
    if (!m.hasMatch())
        return {};
    return QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                  QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
}

} // namespace

class TestReportPrinter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cjkFontIsFound();
    void reportFontFallsBackToCjk();
    void pdfHasChineseHeadersFootersAndRepeatedThead();
    void textSizeIndependentOfResolution();
    void chartImageIsDrawn();
    void vectorChartReplacesPicture();
    void unwritableFileNamesTheFile();
    void pageSetupRoundTrip_data();
    void pageSetupRoundTrip();
    void pageSetupRefusesGarbage();
    void previewPaintsThroughReportPrinter();

private:
    QTemporaryDir m_dir;
};

void TestReportPrinter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestReportPrinter::cjkFontIsFound()
{
    const QString family = ReportFonts::cjkFamily();
    QVERIFY2(!family.isEmpty(), qPrintable(ReportFonts::missingFontMessage()));
    QVERIFY(QFontDatabase::writingSystems(family).contains(QFontDatabase::SimplifiedChinese));
    QFont font(family);
    font.setPixelSize(20);
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
    QVERIFY(raw.isValid());
    QVERIFY(raw.supportsCharacter(QChar(0x7EA2))); // 红
    QVERIFY(QFontMetrics(font).inFont(QChar(0x7EA2)));
    QVERIFY(ReportFonts::missingFontMessage().contains(QLatin1String("fonts-noto-cjk")));
}

void TestReportPrinter::reportFontFallsBackToCjk()
{
    const QString cjk = ReportFonts::cjkFamily();
    QVERIFY(!cjk.isEmpty());
    const QFont zh = ReportFonts::reportFont(QStringLiteral("zh_CN"), 11);
    QVERIFY(zh.families().contains(cjk));
    QCOMPARE(zh.pointSizeF(), 11.0);
    const QFont en = ReportFonts::reportFont(QStringLiteral("en"));
    QVERIFY(en.families().contains(cjk));
    QCOMPARE(en.pointSizeF(), 10.0);
}

void TestReportPrinter::pdfHasChineseHeadersFootersAndRepeatedThead()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed; cannot read the PDF back");

    auto doc = makeReport();
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(ReportPrinter::writePdf(doc.get(), pdf, decor(), ReportPrinter::defaultLayout(), &error),
             qPrintable(error));

    const int n = pdfPages(pdf);
    QVERIFY2(n >= 3, qPrintable(QString::number(n)));
    QCOMPARE(doc->pageCount(), n);
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.contains(QLatin1String("Spring Launch 2026 report")));
    QVERIFY(info.contains(QLatin1String("RedRoster")));

    // NFKC: Noto CJK's ToUnicode maps 人 to the Kangxi radical U+2F08.
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf,
                                                           QStringLiteral("-")})
                             .normalized(QString::NormalizationForm_KC);
    QVERIFY(text.contains(QStringLiteral("红人簿")));
    QVERIFY(text.contains(QStringLiteral("小红42号")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(n)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(n)));
    QCOMPARE(text.count(HeaderLeft), n);
    QCOMPARE(text.count(HeaderRight), n);

    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    QCOMPARE(pages.size(), n);
    for (int i = 0; i < n; ++i) {
        const QString &page = pages.at(i);
        QVERIFY2(page.contains(HeaderLeft), qPrintable(QString::number(i + 1)));
        QVERIFY2(page.contains(TheadText), qPrintable(QString::number(i + 1)));
        QVERIFY2(page.contains(QStringLiteral("Generated 2026-12-01")), qPrintable(QString::number(i + 1)));
        QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(n)),
                 qPrintable(QString::number(i + 1)));
    }
    // The last row made it onto paper.
    QVERIFY(text.contains(QStringLiteral("creator159")));
}

void TestReportPrinter::textSizeIndependentOfResolution()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; cannot read the PDF back");

    auto doc300 = makeReport();
    const QString pdf300 = m_dir.filePath(QStringLiteral("r300.pdf"));
    QVERIFY(ReportPrinter::writePdf(doc300.get(), pdf300, decor(), ReportPrinter::defaultLayout(),
                                    nullptr));

    auto doc1200 = makeReport();
    const QString pdf1200 = m_dir.filePath(QStringLiteral("r1200.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setResolution(1200);
        printer.setPageLayout(ReportPrinter::defaultLayout());
        printer.setOutputFileName(pdf1200);
        QString error;
        QVERIFY2(ReportPrinter::print(doc1200.get(), &printer, decor(), &error), qPrintable(error));
        QCOMPARE(printer.resolution(), 1200);
    }
    const int n300 = pdfPages(pdf300);
    QVERIFY(n300 >= 3);
    QCOMPARE(pdfPages(pdf1200), n300);

    // 12-point text is about 12 points tall in both (not microscopic, not giant).
    const qreal h300 = wordHeight(pdf300, QStringLiteral("Sizeprobe"));
    const qreal h1200 = wordHeight(pdf1200, QStringLiteral("Sizeprobe"));
    QVERIFY2(h300 > 8 && h300 < 20, qPrintable(QString::number(h300)));
    QVERIFY2(h1200 > 8 && h1200 < 20, qPrintable(QString::number(h1200)));
    QVERIFY2(qAbs(h300 - h1200) < 1.0, qPrintable(QStringLiteral("%1 %2").arg(h300).arg(h1200)));
    // The 8-point header likewise.
    const qreal header = wordHeight(pdf1200, QStringLiteral("Spring"));
    QVERIFY2(header > 5 && header < 14, qPrintable(QString::number(header)));
}

void TestReportPrinter::chartImageIsDrawn()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed; cannot rasterise the PDF");
    auto doc = makeReport(5);
    QVERIFY(doc->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:trend"))).isValid());
    const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
    QVERIFY(ReportPrinter::writePdf(doc.get(), pdf, decor(), ReportPrinter::defaultLayout(), nullptr));
    const QString prefix = m_dir.filePath(QStringLiteral("chart-page"));
    QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"),
                                                   QStringLiteral("72"), QStringLiteral("-f"),
                                                   QStringLiteral("1"), QStringLiteral("-l"),
                                                   QStringLiteral("1"), QStringLiteral("-singlefile"),
                                                   pdf, prefix});
    const QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    int red = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (c.red() > 180 && c.green() < 60 && c.blue() < 80)
                ++red;
        }
    // 240x120 px at 1/96 inch = 180x90 pt: about 16,200 pixels at 72 dpi.
    QVERIFY2(red > 12000 && red < 20000, qPrintable(QString::number(red)));
}

void TestReportPrinter::vectorChartReplacesPicture()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTextDocument doc;
    doc.setDefaultFont(ReportFonts::reportFont(QStringLiteral("en"), 10));
    doc.setHtml(QStringLiteral("<p>Beforeword</p><p><img src=\"chart:tiers\" width=\"480\" height=\"240\"></p>"
                               "<p>Afterword</p>"));
    ChartData data;
    data.kind = ChartKind::Compare;
    data.xAxis = AxisKind::Category;
    data.yAxis = AxisKind::Percent;
    data.xTitle = QStringLiteral("Tiertitle");
    data.categories = {QStringLiteral("Alphabar"), QStringLiteral("Betabar")};
    ChartSeries series{QStringLiteral("sr"), QStringLiteral("Save rate"), {}};
    series.points = {{0, 2.5, {}, 0, 10}, {1, 1.5, {}, 0, 12}};
    data.series = {series};
    QCOMPARE(ReportChartObject::embed(&doc, QStringLiteral("absent"), data, QLocale::c()), 0);
    QCOMPARE(ReportChartObject::embed(&doc, QStringLiteral("tiers"), data, QLocale::c()), 1);
    QVERIFY(doc.toPlainText().contains(QChar::ObjectReplacementCharacter));

    const QString pdf = m_dir.filePath(QStringLiteral("vector.pdf"));
    QVERIFY(ReportPrinter::writePdf(&doc, pdf, decor(), ReportPrinter::defaultLayout(), nullptr));
    // The chart's words are text in the PDF, between the paragraphs around the picture it replaced,
    // inside its 480x240 px (360x180 pt) box.
    const QRectF before = wordBox(pdf, QStringLiteral("Beforeword"));
    const QRectF after = wordBox(pdf, QStringLiteral("Afterword"));
    const QRectF bar = wordBox(pdf, QStringLiteral("Alphabar"));
    const QRectF title = wordBox(pdf, QStringLiteral("Tiertitle"));
    QVERIFY(!before.isEmpty() && !after.isEmpty());
    QVERIFY2(!bar.isEmpty() && !title.isEmpty(), "the chart's labels are not text in the PDF");
    QVERIFY(bar.top() > before.bottom() && bar.bottom() < after.top());
    QVERIFY2(after.top() - before.bottom() > 170 && after.top() - before.bottom() < 215,
             qPrintable(QString::number(after.top() - before.bottom())));
    // Text at its design size: an axis label of a few points, not blown up by the device's dpi.
    QVERIFY2(bar.height() > 4 && bar.height() < 14, qPrintable(QString::number(bar.height())));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
        QVERIFY(!run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).contains(QStringLiteral("image")));
}

void TestReportPrinter::unwritableFileNamesTheFile()
{
    auto doc = makeReport(3);
    const QString bad = m_dir.filePath(QStringLiteral("no-such-dir/report.pdf"));
    QString error;
    QVERIFY(!ReportPrinter::writePdf(doc.get(), bad, decor(), ReportPrinter::defaultLayout(), &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(bad)), qPrintable(error));
}

void TestReportPrinter::pageSetupRoundTrip_data()
{
    QTest::addColumn<QPageSize>("size");
    QTest::addColumn<QPageLayout::Orientation>("orientation");
    QTest::addColumn<QMarginsF>("margins");
    QTest::newRow("A4 portrait") << QPageSize(QPageSize::A4) << QPageLayout::Portrait
                                 << QMarginsF(15, 15, 15, 15);
    QTest::newRow("A5 landscape") << QPageSize(QPageSize::A5) << QPageLayout::Landscape
                                  << QMarginsF(12, 20, 8, 25);
    QTest::newRow("Letter") << QPageSize(QPageSize::Letter) << QPageLayout::Portrait
                            << QMarginsF(25.4, 25.4, 19.05, 19.05);
    QTest::newRow("custom") << QPageSize(QSizeF(100, 150), QPageSize::Millimeter)
                            << QPageLayout::Portrait << QMarginsF(5, 6, 7, 8);
}

void TestReportPrinter::pageSetupRoundTrip()
{
    QFETCH(QPageSize, size);
    QFETCH(QPageLayout::Orientation, orientation);
    QFETCH(QMarginsF, margins);
    const QString ini = m_dir.filePath(QStringLiteral("setup-%1.ini").arg(QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
    {
        QPrinter printer;
        printer.setOutputFormat(QPrinter::PdfFormat);
        QVERIFY(printer.setPageLayout(QPageLayout(size, orientation, margins, QPageLayout::Millimeter)));
        QSettings settings(ini, QSettings::IniFormat);
        PageSetupStore::save(printer, settings);
    }
    QPrinter restored;
    restored.setOutputFormat(QPrinter::PdfFormat);
    const QSettings settings(ini, QSettings::IniFormat);
    QVERIFY(PageSetupStore::restore(&restored, settings));
    const QPageLayout layout = restored.pageLayout();
    QCOMPARE(layout.orientation(), orientation);
    const QSizeF got = layout.pageSize().size(QPageSize::Millimeter);
    const QSizeF want = size.size(QPageSize::Millimeter);
    QVERIFY(qAbs(got.width() - want.width()) < 0.5 && qAbs(got.height() - want.height()) < 0.5);
    if (size.id() != QPageSize::Custom)
        QCOMPARE(layout.pageSize().id(), size.id());
    const QMarginsF m = layout.margins(QPageLayout::Millimeter);
    QVERIFY2(qAbs(m.left() - margins.left()) < 0.1 && qAbs(m.top() - margins.top()) < 0.1
                 && qAbs(m.right() - margins.right()) < 0.1
                 && qAbs(m.bottom() - margins.bottom()) < 0.1,
             qPrintable(QStringLiteral("%1 %2 %3 %4").arg(m.left()).arg(m.top()).arg(m.right()).arg(m.bottom())));
}

void TestReportPrinter::pageSetupRefusesGarbage()
{
    const QString ini = m_dir.filePath(QStringLiteral("garbage.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        settings.setValue(QStringLiteral("print/pageSize"), QStringLiteral("NoSuchSize"));
        settings.setValue(QStringLiteral("print/pageWidthMm"), QStringLiteral("wide"));
        settings.setValue(QStringLiteral("print/orientation"), QStringLiteral("sideways"));
    }
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    const QSettings settings(ini, QSettings::IniFormat);
    QVERIFY(!PageSetupStore::restore(&printer, settings));
    QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
    const QSettings empty(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    QVERIFY(!PageSetupStore::restore(&printer, empty));
}

void TestReportPrinter::previewPaintsThroughReportPrinter()
{
    auto doc = makeReport(120);
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageLayout(ReportPrinter::defaultLayout());
    int pagesShown = -1;
    QTimer::singleShot(0, this, [&pagesShown] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            const auto widgets = QApplication::topLevelWidgets();
            for (QWidget *w : widgets)
                if (auto *d = qobject_cast<QPrintPreviewDialog *>(w))
                    dialog = d;
        }
        if (dialog) {
            QVERIFY(!dialog->grab().isNull());
            pagesShown = 0;
            dialog->reject();
        }
    });
    ReportPreview::preview(doc.get(), decor(), &printer, nullptr);
    QCOMPARE(pagesShown, 0);
    QVERIFY(doc->pageCount() >= 3); // laid out for paper by the preview's paint request
}

QTEST_MAIN(TestReportPrinter)
#include "tst_reportprinter.moc"
