// SPDX-License-Identifier: GPL-3.0-or-later
// Both catalogs stay complete: every tr() of the sources is in them (lupdate run afresh agrees
// with the committed files), nothing is unfinished or obsolete, and each translation keeps the
// placeholders of its source; no text reaches a widget without tr().
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type;          // unfinished, vanished, obsolete or empty
    bool numerus = false;
    QStringList forms;     // translation, or numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            } else {
                m.forms << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

QSet<QString> keys(const QList<Message> &messages)
{
    QSet<QString> out;
    for (const Message &m : messages)
        out.insert(m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment);
    return out;
}

const QString sourceDir = QStringLiteral(REDROSTER_SOURCE_DIR);

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void catalogsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("zh_CN") << QStringLiteral("redroster_zh_CN.ts");
        QTest::newRow("en") << QStringLiteral("redroster_en.ts");
    }

    void catalogsComplete()
    {
        QFETCH(QString, file);
        QString error;
        const QList<Message> messages = readTs(sourceDir + QStringLiteral("/translations/") + file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + QStringLiteral(" — ") + where));
            QVERIFY2(!m.forms.isEmpty(), qPrintable(where));
            for (const QString &form : m.forms) {
                QVERIFY2(!form.isEmpty(), qPrintable(QStringLiteral("empty translation — ") + where));
                QCOMPARE(placeholders(form), placeholders(m.source));
            }
        }
    }

    // Every string of the sources is in the catalogs: lupdate run now finds nothing they lack.
    void catalogsMatchSources()
    {
        const QString lupdate = QStringLiteral(REDROSTER_LUPDATE);
        if (!QFile::exists(lupdate))
            QFAIL(qPrintable(QStringLiteral("lupdate not found at ") + lupdate));
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                          sourceDir + QStringLiteral("/app"), sourceDir + QStringLiteral("/views"),
                          sourceDir + QStringLiteral("/models"), QStringLiteral("-ts"), fresh});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        QString error;
        const QSet<QString> current = keys(readTs(fresh, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &file : {QStringLiteral("redroster_zh_CN.ts"), QStringLiteral("redroster_en.ts")}) {
            const QSet<QString> committed = keys(readTs(sourceDir + QStringLiteral("/translations/") + file, &error));
            QSet<QString> missing = current - committed;
            QSet<QString> stale = committed - current;
            QVERIFY2(missing.isEmpty(), qPrintable(file + QStringLiteral(" lacks (run the update_translations target): ")
                                                  + QStringList(missing.values()).join(QStringLiteral(" | "))));
            QVERIFY2(stale.isEmpty(), qPrintable(file + QStringLiteral(" has strings no longer in the sources: ")
                                                + QStringList(stale.values()).join(QStringLiteral(" | "))));
        }
    }

    // The build defines QT_NO_CAST_FROM_ASCII, so a bare "text" cannot become a QString; this
    // catches the other way past tr(): a QStringLiteral / QLatin1String / u"" with words handed
    // to a widget's text, title, tool tip, placeholder, item or a new label, button or action.
    // Language names (each written in itself) and example addresses are the exceptions.
    void userVisibleTextGoesThroughTr()
    {
        static const QRegularExpression literal(QStringLiteral(
            "(setText|setTitle|setToolTip|setPlaceholderText|setWindowTitle|setStatusTip|setTabText|setItemText|"
            "addItem|addTab|showMessage|setSuffix|setPrefix|setSpecialValueText|new QLabel|new QPushButton|"
            "new QAction|new QCheckBox|new QGroupBox)\\((QStringLiteral|QLatin1String|QString::fromUtf8|u)\\(?\"([^\"]*)\""));
        static const QRegularExpression word(QStringLiteral("\\p{L}{3,}|\\p{Han}"));
        const QStringList allowed{QStringLiteral("English"), QStringLiteral("中文")};
        QStringList found;
        int scanned = 0;
        for (const QString &dir : {QStringLiteral("/app"), QStringLiteral("/views")}) {
            QDirIterator it(sourceDir + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++scanned;
                int line = 0;
                for (const QByteArray &bytes : f.readAll().split('\n')) {
                    ++line;
                    const QString text = QString::fromUtf8(bytes);
                    for (auto m = literal.globalMatch(text); m.hasNext();) {
                        const QString shown = m.next().captured(3);
                        const bool example = shown.startsWith(QLatin1String("http"));
                        const bool languageName = std::any_of(allowed.cbegin(), allowed.cend(), [&](const QString &a) {
                            return shown.startsWith(a);
                        });
                        if (shown.contains(word) && !example && !languageName)
                            found << QStringLiteral("%1:%2: %3").arg(QDir(sourceDir).relativeFilePath(path)).arg(line).arg(shown);
                    }
                }
            }
        }
        QVERIFY2(scanned > 50, "the sources were not found: nothing was scanned");
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("text shown without tr():\n") + found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
