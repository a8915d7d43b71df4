// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/DateTicks.h"

#include <QDateTime>

#include <cmath>
#include <iterator>

namespace rr::DateTicks {

namespace {

struct Grid
{
    Unit unit;
    int step;
};

// From the finest to the coarsest; compute() takes the first that fits.
constexpr Grid kGrids[] = {
    {Unit::Day, 1},    {Unit::Day, 2},    {Unit::Week, 1},   {Unit::Week, 2},
    {Unit::Month, 1},  {Unit::Month, 2},  {Unit::Month, 3},  {Unit::Month, 6},   {Unit::Year, 1},
    {Unit::Year, 2},   {Unit::Year, 5},   {Unit::Year, 10},  {Unit::Year, 20},   {Unit::Year, 50},
    {Unit::Year, 100}, {Unit::Year, 200}, {Unit::Year, 500}, {Unit::Year, 1000},
};

qint64 floorMod(qint64 a, qint64 b)
{
    const qint64 m = a % b;
    return m < 0 ? m + b : m;
}

// The first grid date on or after `from`.
QDate firstOnGrid(const QDate &from, Grid g)
{
    switch (g.unit) {
    case Unit::Day: {
        const qint64 jd = from.toJulianDay();
        return QDate::fromJulianDay(jd + floorMod(-jd, g.step));
    }
    case Unit::Week: {
        // Julian day 0 is a Monday, so Mondays are the multiples of 7.
        const qint64 jd = from.toJulianDay();
        return QDate::fromJulianDay(jd + floorMod(-jd, 7 * qint64(g.step)));
    }
    case Unit::Month: {
        QDate d(from.year(), from.month(), 1);
        if (d < from)
            d = d.addMonths(1);
        const qint64 index = qint64(d.year()) * 12 + d.month() - 1;
        return d.addMonths(int(floorMod(-index, g.step)));
    }
    case Unit::Year: {
        int year = from.year() + (QDate(from.year(), 1, 1) < from ? 1 : 0);
        year += int(floorMod(-year, g.step));
        return QDate(year, 1, 1);
    }
    }
    return {};
}

QDate nextOnGrid(const QDate &d, Grid g)
{
    switch (g.unit) {
    case Unit::Day: return d.addDays(g.step);
    case Unit::Week: return d.addDays(7 * qint64(g.step));
    case Unit::Month: return d.addMonths(g.step);
    case Unit::Year: return d.addYears(g.step);
    }
    return {};
}

// The grid's dates in [first, last], at most `cap` + 1 of them (enough to know it is too many).
Ticks onGrid(const QDate &first, const QDate &last, Grid g, int cap)
{
    Ticks t{g.unit, g.step, {}};
    for (QDate d = firstOnGrid(first, g); d.isValid() && d <= last; d = nextOnGrid(d, g)) {
        t.dates.append(d);
        if (t.dates.size() > cap)
            break;
    }
    return t;
}

struct Token
{
    QChar field; // 'd', 'M', 'y' or null for literal text
    QString text;
};

QList<Token> tokenize(const QString &format)
{
    QList<Token> out;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == u'd' || c == u'M' || c == u'y') {
            qsizetype j = i;
            while (j < format.size() && format.at(j) == c)
                ++j;
            out.append({c, format.mid(i, j - i)});
            i = j;
            continue;
        }
        qsizetype j = i;
        while (j < format.size()) {
            const QChar k = format.at(j);
            if (k == u'd' || k == u'M' || k == u'y')
                break;
            if (k == u'\'') { // quoted text runs to the next quote
                const qsizetype close = format.indexOf(u'\'', j + 1);
                j = close < 0 ? format.size() : close + 1;
                continue;
            }
            ++j;
        }
        if (!out.isEmpty() && out.last().field.isNull())
            out.last().text += format.mid(i, j - i);
        else
            out.append({QChar(), format.mid(i, j - i)});
        i = j;
    }
    return out;
}

// Drops every `field` and the literal text right after it ("d日", "d, ").
QList<Token> withoutField(const QList<Token> &tokens, QChar field)
{
    QList<Token> out;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).field == field) {
            if (i + 1 < tokens.size() && tokens.at(i + 1).field.isNull())
                ++i;
            continue;
        }
        out.append(tokens.at(i));
    }
    return out;
}

QString joined(const QList<Token> &tokens)
{
    QString s;
    for (const Token &t : tokens)
        s += t.text;
    // Separators left at either end: spaces and commas, and a leading dot.
    while (!s.isEmpty() && (s.front().isSpace() || s.front() == u',' || s.front() == u'.'))
        s.remove(0, 1);
    while (!s.isEmpty() && (s.back().isSpace() || s.back() == u','))
        s.chop(1);
    return s;
}

bool has(const QList<Token> &tokens, QChar field)
{
    for (const Token &t : tokens) {
        if (t.field == field)
            return true;
    }
    return false;
}

QList<Token> monthTokens(const QLocale &locale)
{
    QList<Token> tokens = withoutField(tokenize(locale.dateFormat(QLocale::LongFormat)), u'd');
    for (Token &t : tokens) {
        if (t.field == u'M' && t.text.size() > 3)
            t.text = QStringLiteral("MMM"); // "Mar", not "March"
        if (t.field == u'y')
            t.text = QStringLiteral("yyyy");
    }
    if (!has(tokens, u'M') || !has(tokens, u'y'))
        return tokenize(QStringLiteral("MMM yyyy"));
    return tokens;
}

} // namespace

Unit detectUnit(const QList<QDate> &dates)
{
    if (dates.isEmpty())
        return Unit::Day;
    bool months = true, mondays = true;
    for (const QDate &d : dates) {
        months = months && d.day() == 1;
        mondays = mondays && d.dayOfWeek() == Qt::Monday;
    }
    return months ? Unit::Month : mondays ? Unit::Week : Unit::Day;
}

Ticks compute(const QDate &first, const QDate &last, Unit finest, int maxLabels)
{
    if (!first.isValid() || !last.isValid() || first > last || maxLabels < 1)
        return {finest, 1, {}};
    qsizetype start = 0;
    while (start < qsizetype(std::size(kGrids)) && kGrids[start].unit != finest)
        ++start;
    Ticks best{finest, 1, {}};
    for (qsizetype i = start; i < qsizetype(std::size(kGrids)); ++i) {
        best = onGrid(first, last, kGrids[i], maxLabels);
        if (best.dates.size() <= maxLabels)
            break;
    }
    if (best.dates.isEmpty()) { // a range inside one period: finer labels rather than none
        for (qsizetype i = 0; i < start; ++i) {
            Ticks t = onGrid(first, last, kGrids[i], maxLabels);
            if (!t.dates.isEmpty() && t.dates.size() <= maxLabels)
                return t;
        }
    }
    if (best.dates.size() > maxLabels)
        best.dates.clear();
    return best;
}

Ticks computeMs(double minMs, double maxMs, Unit finest, int maxLabels)
{
    // QDate covers far more than this; the limit keeps the arithmetic in range.
    constexpr double kLimit = 253402300799000.0; // 9999-12-31
    if (!std::isfinite(minMs) || !std::isfinite(maxMs) || minMs > maxMs || minMs < -kLimit || maxMs > kLimit)
        return {finest, 1, {}};
    QDate first = QDateTime::fromMSecsSinceEpoch(qint64(std::floor(minMs))).date();
    if (dayMs(first) < minMs)
        first = first.addDays(1);
    const QDate last = QDateTime::fromMSecsSinceEpoch(qint64(std::floor(maxMs))).date();
    return compute(first, last, finest, maxLabels);
}

QString monthFormat(const QLocale &locale)
{
    return joined(monthTokens(locale));
}

QString yearFormat(const QLocale &locale)
{
    return joined(withoutField(monthTokens(locale), u'M'));
}

QString label(const QDate &date, Unit unit, const QLocale &locale)
{
    switch (unit) {
    case Unit::Day:
    case Unit::Week: return locale.toString(date, QLocale::ShortFormat);
    case Unit::Month: return locale.toString(date, monthFormat(locale));
    case Unit::Year: return locale.toString(date, yearFormat(locale));
    }
    return {};
}

double dayMs(const QDate &date)
{
    return double(date.startOfDay().toMSecsSinceEpoch());
}

} // namespace rr::DateTicks
