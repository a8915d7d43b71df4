// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/EditorFields.h"

#include <QLineEdit>
#include <QRegularExpression>

namespace rr::editor {

namespace {

QString stripped(QString t)
{
    t = t.trimmed();
    t.remove(QLatin1Char(','));
    t.remove(QChar(0xFF0C)); // full-width comma
    t.remove(QLatin1Char(' '));
    return t;
}

} // namespace

std::optional<qint64> parseYuanToFen(const QString &text, bool *ok)
{
    QString t = stripped(text);
    if (t.startsWith(QChar(0x00A5)) || t.startsWith(QChar(0xFFE5)))
        t.remove(0, 1);
    if (t.endsWith(QChar(0x5143))) // 元
        t.chop(1);
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression re(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{0,2}))?$"));
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch()) {
        *ok = false;
        return std::nullopt;
    }
    const qint64 yuan = m.captured(1).toLongLong();
    const QString cents = m.captured(2).leftJustified(2, QLatin1Char('0'));
    return yuan * 100 + cents.toLongLong();
}

QString fenToYuanText(const std::optional<qint64> &fen)
{
    if (!fen)
        return {};
    const qint64 v = *fen;
    if (v % 100 == 0)
        return QString::number(v / 100);
    return QStringLiteral("%1.%2").arg(v / 100).arg(v % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> parseCount(const QString &text, bool *ok)
{
    QString t = stripped(text);
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    double factor = 1;
    const QChar last = t.back();
    if (last == QLatin1Char('w') || last == QLatin1Char('W') || last == QChar(0x4E07)) // 万
        factor = 1e4;
    else if (last == QLatin1Char('k') || last == QLatin1Char('K') || last == QChar(0x5343)) // 千
        factor = 1e3;
    else if (last == QChar(0x4EBF)) // 亿
        factor = 1e8;
    if (factor != 1)
        t.chop(1);
    static const QRegularExpression re(QStringLiteral("^\\d{1,15}(?:\\.\\d+)?$"));
    if (!re.match(t).hasMatch()) {
        *ok = false;
        return std::nullopt;
    }
    if (factor == 1 && t.contains(QLatin1Char('.'))) {
        *ok = false; // a fraction of a follower
        return std::nullopt;
    }
    return qRound64(t.toDouble() * factor);
}

std::optional<double> parsePercent(const QString &text, bool *ok)
{
    QString t = stripped(text);
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    bool numberOk = false;
    const double v = t.toDouble(&numberOk);
    if (!numberOk || v < 0 || v > 100) {
        *ok = false;
        return std::nullopt;
    }
    return v / 100.0;
}

QString percentText(const std::optional<double> &ratio)
{
    return ratio ? QString::number(*ratio * 100.0, 'g', 6) : QString();
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setMinimumDate(QDate(2000, 1, 1));
    setSpecialValueText(QStringLiteral("\u2014"));
    clearDate();
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == minimumDate() ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate &d)
{
    if (d.isValid() && d > minimumDate())
        setDate(d);
    else
        clearDate();
}

void OptionalDateEdit::clearDate()
{
    setDate(minimumDate());
}

CommaListCompleter::CommaListCompleter(const QStringList &words, QLineEdit *edit) : QCompleter(words, edit)
{
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    edit->setCompleter(this);
}

QStringList CommaListCompleter::splitPath(const QString &path) const
{
    return {path.section(QLatin1Char(','), -1).trimmed()};
}

QString CommaListCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString completion = QCompleter::pathFromIndex(index);
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    const QString text = edit ? edit->text() : QString();
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    if (comma < 0)
        return completion;
    return text.left(comma + 1) + QLatin1Char(' ') + completion;
}

} // namespace rr::editor
