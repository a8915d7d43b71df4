// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ValueParser.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <string_view>
#include <limits>

namespace rr {

namespace {

// Full-width ASCII (１２３，．) to ASCII, ideographic and no-break spaces to spaces, trimmed.
QString normalized(const QString &text)
{
    const auto folds = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0xFF01 && u <= 0xFF5E) || u == 0x3000 || u == 0x00A0 || u == 0x2009 || u == 0x202F;
    };
    if (std::none_of(text.cbegin(), text.cend(), folds))
        return text.trimmed(); // shares the text when there is nothing to trim
    QString s = text;
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000 || u == 0x00A0 || u == 0x2009 || u == 0x202F)
            c = QLatin1Char(' ');
    }
    return s.trimmed();
}

bool isUnknownNormalized(const QString &s, bool booleanField)
{
    if (s.isEmpty())
        return true;
    if (s.size() > 4) // longer than any mark: the common case, decided without allocating
        return false;
    static const std::array<QStringView, 17> marks = {
        u"—", u"–", u"-", u"--", u"——", u"/", u"n/a", u"#n/a", u"na", u"null", u"none",
        u"暂无", u"未知", u"不详", u"?", u"？", u"无"};
    for (QStringView mark : marks) {
        if (QStringView(s).compare(mark, Qt::CaseInsensitive) == 0)
            return !(booleanField && mark == u"无");
    }
    return false;
}

// A plain decimal number as written: sign, digits with optional thousands separators, fraction.
struct Decimal
{
    bool negative = false;
    QString whole;    // digits only
    QString fraction; // digits only
};

std::optional<Decimal> parseDecimal(QStringView s)
{
    // One pass: optional sign, digits in thousands groups or not, optional fraction; spaces ignored.
    Decimal d;
    qsizetype i = 0;
    const auto skipSpaces = [&] {
        while (i < s.size() && s.at(i) == QLatin1Char(' '))
            ++i;
    };
    skipSpaces();
    if (i < s.size() && (s.at(i) == QLatin1Char('-') || s.at(i) == QLatin1Char('+'))) {
        d.negative = s.at(i) == QLatin1Char('-');
        ++i;
    }
    bool grouped = false;
    int group = 0; // digits in the current group
    bool point = false;
    d.whole.reserve(s.size());
    for (; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char(' '))
            continue;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            (point ? d.fraction : d.whole) += c;
            ++group;
        } else if (c == QLatin1Char(',') && !point) {
            // Thousands separators: groups of three after a first group of one to three digits.
            if (!grouped) {
                if (group == 0 || group > 3)
                    return std::nullopt;
                grouped = true;
            } else if (group != 3) {
                return std::nullopt;
            }
            group = 0;
        } else if (c == QLatin1Char('.') && !point) {
            if (grouped && group != 3)
                return std::nullopt;
            point = true;
        } else {
            return std::nullopt;
        }
    }
    if (grouped && !point && group != 3)
        return std::nullopt;
    if (d.whole.isEmpty() && d.fraction.isEmpty())
        return std::nullopt;
    return d;
}

// value × 10^exponent, rounded half up to an integer. exact is false when digits were dropped.
std::optional<qint64> scaled(const Decimal &d, int exponent, bool *exact)
{
    QString digits = d.whole + d.fraction;
    int shift = exponent - int(d.fraction.size()); // digits × 10^shift
    *exact = true;
    bool roundUp = false;
    if (shift < 0) {
        const qsizetype keep = digits.size() + shift;
        const QString dropped = keep > 0 ? digits.mid(keep) : digits;
        for (const QChar c : dropped) {
            if (c != QLatin1Char('0'))
                *exact = false;
        }
        roundUp = !dropped.isEmpty() && (keep >= 0 ? dropped.at(0) >= QLatin1Char('5') : false);
        digits = keep > 0 ? digits.left(keep) : QString();
        shift = 0;
    }
    qint64 value = 0;
    for (const QChar c : digits) {
        if (qMulOverflow(value, qint64(10), &value) || qAddOverflow(value, qint64(c.unicode() - u'0'), &value))
            return std::nullopt;
    }
    for (int i = 0; i < shift; ++i) {
        if (qMulOverflow(value, qint64(10), &value))
            return std::nullopt;
    }
    if (roundUp && qAddOverflow(value, qint64(1), &value))
        return std::nullopt;
    return d.negative ? -value : value;
}

// Strips a multiplier suffix (万, w, k, 亿 ...) and returns its power of ten.
int takeMultiplier(QString *s)
{
    struct Suffix { QStringView text; int exponent; };
    static const Suffix suffixes[] = {{u"万", 4}, {u"w", 4}, {u"W", 4}, {u"亿", 8}, {u"千", 3},
                                      {u"k", 3}, {u"K", 3}, {u"m", 6}, {u"M", 6}};
    for (const Suffix &x : suffixes) {
        if (s->endsWith(x.text)) {
            s->chop(x.text.size());
            *s = s->trimmed();
            return x.exponent;
        }
    }
    return 0;
}

template<typename T>
Parsed<T> invalid(const QString &note)
{
    Parsed<T> p;
    p.state = Parsed<T>::State::Invalid;
    p.note = note;
    return p;
}

template<typename T>
Parsed<T> okValue(const T &value, const QString &doubtNote = QString())
{
    Parsed<T> p;
    p.state = doubtNote.isEmpty() ? Parsed<T>::State::Ok : Parsed<T>::State::Doubtful;
    p.value = value;
    p.note = doubtNote;
    return p;
}

} // namespace

bool ValueParser::isUnknownMark(const QString &text)
{
    // Every mark starts with one of these (after full-width folding): most cells are decided
    // here without a copy.
    for (const QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            u = char16_t(u - 0xFEE0);
        if (u == u' ' || u == 0x3000 || u == 0x00A0 || u == 0x2009 || u == 0x202F || u == u'\t')
            continue;
        static constexpr std::u16string_view starts = u"—–-/nN#?暂未不无";
        if (starts.find(u) == std::u16string_view::npos)
            return false;
        break;
    }
    return isUnknownNormalized(normalized(text), false);
}

Parsed<qint64> ValueParser::count(const QString &text)
{
    QString s = normalized(text);
    if (isUnknownNormalized(s, false))
        return {};
    const auto expected = [] { return tr("expected a number such as 12,000 or 1.2万"); }; // translated only when needed
    bool lowerBound = false;
    for (const QString &plus : {QStringLiteral("+"), QStringLiteral("以上"), QStringLiteral("多")}) {
        if (s.endsWith(plus) && s.size() > plus.size()) {
            s.chop(plus.size());
            s = s.trimmed();
            lowerBound = true;
            break;
        }
    }
    const int exponent = takeMultiplier(&s);
    const auto d = parseDecimal(s);
    if (!d)
        return invalid<qint64>(expected());
    bool exact = true;
    const auto value = scaled(*d, exponent, &exact);
    if (!value)
        return invalid<qint64>(tr("the number is too large"));
    if (*value < 0 || (d->negative && *value == 0 && !exact))
        return invalid<qint64>(tr("a count cannot be negative; %1").arg(expected()));
    if (!exact && exponent == 0)
        return invalid<qint64>(tr("expected a whole number; %1").arg(expected()));
    if (lowerBound)
        return okValue<qint64>(*value, tr("a lower bound: at least %1").arg(*value));
    return okValue<qint64>(*value);
}

Parsed<qint64> ValueParser::moneyFen(const QString &text, bool centsInFile)
{
    QString s = normalized(text);
    if (isUnknownNormalized(s, false))
        return {};
    const auto expected = [] { return tr("expected an amount such as ¥2,000, 2000元 or 1.2万"); }; // translated only when needed
    static const QStringList prefixes = {QStringLiteral("¥"), QStringLiteral("￥"), QStringLiteral("rmb"),
                                         QStringLiteral("cny"), QStringLiteral("人民币")};
    static const QStringList suffixes = {QStringLiteral("元"), QStringLiteral("块"), QStringLiteral("rmb"),
                                         QStringLiteral("cny"), QStringLiteral("分")};
    bool negative = false;
    if (s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s = s.mid(1).trimmed();
    }
    for (const QString &p : prefixes) {
        if (s.startsWith(p, Qt::CaseInsensitive)) {
            s = s.mid(p.size()).trimmed();
            break;
        }
    }
    for (const QString &x : suffixes) {
        if (s.endsWith(x, Qt::CaseInsensitive) && s.size() > x.size()) {
            s.chop(x.size());
            s = s.trimmed();
            break;
        }
    }
    if (negative || s.startsWith(QLatin1Char('-')))
        return invalid<qint64>(tr("an amount cannot be negative; %1").arg(expected()));
    const int multiplier = takeMultiplier(&s);
    const auto d = parseDecimal(s);
    if (!d)
        return invalid<qint64>(expected());
    bool exact = true;
    const auto fen = scaled(*d, multiplier + (centsInFile ? 0 : 2), &exact);
    if (!fen)
        return invalid<qint64>(tr("the amount is too large"));
    if (!exact)
        return okValue<qint64>(*fen, tr("rounded to the nearest fen"));
    return okValue<qint64>(*fen);
}

Parsed<double> ValueParser::rate(const QString &text)
{
    QString s = normalized(text);
    if (isUnknownNormalized(s, false))
        return {};
    const auto expected = [] { return tr("expected a rate such as 4.5% or 0.045"); }; // translated only when needed
    double divisor = 1.0;
    bool marked = false;
    if (s.endsWith(QLatin1Char('%'))) {
        divisor = 100.0;
        marked = true;
    } else if (s.endsWith(QChar(0x2030))) { // ‰
        divisor = 1000.0;
        marked = true;
    }
    if (marked) {
        s.chop(1);
        s = s.trimmed();
    }
    const auto d = parseDecimal(s);
    if (!d || d->negative)
        return invalid<double>(d ? tr("a rate cannot be negative; %1").arg(expected()) : expected());
    bool ok = false;
    const QString plain = (d->whole.isEmpty() ? QStringLiteral("0") : d->whole) + QLatin1Char('.')
        + (d->fraction.isEmpty() ? QStringLiteral("0") : d->fraction);
    const double number = plain.toDouble(&ok);
    if (!ok)
        return invalid<double>(expected());
    if (marked)
        return okValue(number / divisor);
    if (number <= 1.0)
        return okValue(number);
    return okValue(number / 100.0, tr("read as %1%; write 4.5% or 0.045 to be sure").arg(number));
}

Parsed<bool> ValueParser::boolean(const QString &text)
{
    const QString s = normalized(text).toLower();
    static const QStringList yes = {QStringLiteral("是"), QStringLiteral("有"), QStringLiteral("yes"),
                                    QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("1"),
                                    QStringLiteral("对"), QStringLiteral("是的"), QStringLiteral("√"),
                                    QStringLiteral("✓"), QStringLiteral("✔")};
    static const QStringList no = {QStringLiteral("否"), QStringLiteral("无"), QStringLiteral("no"),
                                   QStringLiteral("n"), QStringLiteral("false"), QStringLiteral("0"),
                                   QStringLiteral("没有"), QStringLiteral("不是"), QStringLiteral("×"),
                                   QStringLiteral("✗")};
    if (yes.contains(s))
        return okValue(true);
    if (no.contains(s))
        return okValue(false);
    if (isUnknownNormalized(s, true))
        return {};
    return invalid<bool>(tr("expected yes or no (是/否, 有/无, yes/no, true/false, 1/0)"));
}

} // namespace rr

namespace rr {

namespace {

int monthFromName(const QString &name)
{
    static const QStringList months = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const QString lower = name.toLower();
    if (lower.size() < 3)
        return 0;
    for (int i = 0; i < months.size(); ++i) {
        if (lower.startsWith(months.at(i)))
            return i + 1;
    }
    return 0;
}

// The date part of a date-time: "2026-03-05 14:30:00", "2026-03-05T14:30:00Z", "2026年3月5日 14:30".
QString withoutTime(const QString &s)
{
    static const QRegularExpression time(QStringLiteral(
        "^(.*?\\d)(?:[ T]+|日\\s*)(?:[01]?\\d|2[0-3])[:：][0-5]\\d(?:[:：][0-5]\\d(?:\\.\\d+)?)?"
        "\\s*(?:[ap]\\.?m\\.?|z|[+-]\\d\\d:?\\d\\d)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = time.match(s);
    if (!m.hasMatch())
        return s;
    QString date = m.captured(1);
    if (s.mid(date.size()).trimmed().startsWith(QStringLiteral("日")))
        date += QStringLiteral("日");
    return date;
}

} // namespace

Parsed<QDate> ValueParser::date(const QString &text)
{
    const QString full = normalized(text);
    if (isUnknownNormalized(full, false))
        return {};
    const auto expected = [] { return tr("expected a date such as 2026-03-05, 2026/3/5 or 2026年3月5日"); }; // translated only when needed
    if (std::none_of(full.cbegin(), full.cend(), [](QChar c) { return c.isDigit(); }))
        return invalid<QDate>(expected());
    const QString s = withoutTime(full);

    auto make = [&](int y, int m, int d, const QString &doubt = QString()) -> Parsed<QDate> {
        const QDate date(y, m, d);
        if (!date.isValid())
            return invalid<QDate>(tr("there is no such day; %1").arg(expected()));
        return okValue(date, doubt);
    };

    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})$"));
    static const QRegularExpression chinese(QStringLiteral("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression western(QStringLiteral("^(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})$"));
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(?:\\.\\d+)?$"));
    static const QRegularExpression dayMonthName(QStringLiteral("^(\\d{1,2})[ -]+([a-z]{3,9})\\.?[-, ]+(\\d{4})$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthNameDay(QStringLiteral("^([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$"),
                                                 QRegularExpression::CaseInsensitiveOption);

    QRegularExpressionMatch m;
    if ((m = ymd.match(s)).hasMatch())
        return make(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if ((m = chinese.match(s)).hasMatch())
        return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if ((m = compact.match(s)).hasMatch()) {
        const int y = m.captured(1).toInt();
        if (y >= 1900 && y <= 2199)
            return make(y, m.captured(2).toInt(), m.captured(3).toInt());
        return invalid<QDate>(expected());
    }
    if ((m = western.match(s)).hasMatch()) {
        const int a = m.captured(1).toInt(), b = m.captured(3).toInt(), y = m.captured(4).toInt();
        if (a > 12 && b <= 12)
            return make(y, b, a); // day first: 25/3/2026
        if (b > 12 && a <= 12)
            return make(y, a, b); // month first: 3/25/2026
        if (a == b)
            return make(y, a, b);
        const Parsed<QDate> monthFirst = make(y, a, b);
        if (!monthFirst.ok())
            return monthFirst;
        return make(y, a, b, tr("could be %1 or %2; read as month/day/year")
                                 .arg(QDate(y, a, b).toString(Qt::ISODate), QDate(y, b, a).toString(Qt::ISODate)));
    }
    if ((m = serial.match(s)).hasMatch()) {
        const int n = m.captured(1).toInt();
        if (n >= 20000 && n <= 80000) // Excel serial numbers: 1954-10-03 to 2119-01-10
            return okValue(QDate(1899, 12, 30).addDays(n));
        return invalid<QDate>(expected());
    }
    if ((m = dayMonthName.match(s)).hasMatch()) {
        if (const int month = monthFromName(m.captured(2)))
            return make(m.captured(3).toInt(), month, m.captured(1).toInt());
    }
    if ((m = monthNameDay.match(s)).hasMatch()) {
        if (const int month = monthFromName(m.captured(1)))
            return make(m.captured(3).toInt(), month, m.captured(2).toInt());
    }
    return invalid<QDate>(expected());
}

} // namespace rr
