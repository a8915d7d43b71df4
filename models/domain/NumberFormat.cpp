// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/NumberFormat.h"

#include <cmath>
#include <cstdlib>

namespace rr::NumberFormat {

namespace {

struct Unit
{
    double size;
    const char16_t *suffix;
};

// One decimal under 10 of the unit, none above; a trailing ".0" is dropped.
QString scaled(double v, const QLocale &locale)
{
    const double rounded = v < 10 ? std::round(v * 10) / 10 : std::round(v);
    QString s = locale.toString(rounded, 'f', rounded < 10 ? 1 : 0);
    const QString zero = locale.decimalPoint() + locale.zeroDigit();
    if (s.endsWith(zero))
        s.chop(zero.size());
    return s;
}

} // namespace

bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

QString count(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString compact(qint64 value, const QLocale &locale)
{
    static const Unit chinese[] = {{1e4, u"万"}, {1e8, u"亿"}, {1e12, u"万亿"}};
    static const Unit english[] = {{1e3, u"K"}, {1e6, u"M"}, {1e9, u"B"}, {1e12, u"T"}};
    const bool zh = isChinese(locale);
    const Unit *units = zh ? chinese : english;
    const int unitCount = zh ? 3 : 4;
    const double step = zh ? 1e4 : 1e3; // the next unit is this many of the current one
    const double magnitude = std::abs(double(value));
    if (magnitude < units[0].size)
        return locale.toString(value);
    int u = 0;
    while (u + 1 < unitCount && magnitude >= units[u + 1].size)
        ++u;
    double v = magnitude / units[u].size;
    // 9,999,999 is 10000K after rounding: write it as 10M.
    if (u + 1 < unitCount && (v < 10 ? std::round(v * 10) / 10 : std::round(v)) >= step) {
        ++u;
        v = magnitude / units[u].size;
    }
    return (value < 0 ? locale.negativeSign() : QString()) + scaled(v, locale) + QString::fromUtf16(units[u].suffix);
}

QString money(qint64 fen, const QLocale &locale, bool compactForm)
{
    const QString sign = fen < 0 ? locale.negativeSign() : QString();
    const qint64 abs = std::llabs(fen);
    if (compactForm && abs / 100 >= (isChinese(locale) ? 10000 : 1000))
        return sign + u'¥' + compact(abs / 100, locale);
    return sign + u'¥' + (abs % 100 == 0 ? locale.toString(abs / 100) : locale.toString(double(abs) / 100.0, 'f', 2));
}

QString yuan(double value, const QLocale &locale)
{
    return (value < 0 ? locale.negativeSign() : QString()) + u'¥' + locale.toString(std::abs(value), 'f', 2);
}

QString percent(double ratio, const QLocale &locale, int decimals)
{
    return locale.toString(ratio * 100.0, 'f', decimals) + locale.percent();
}

QString date(const QDate &d, const QLocale &locale)
{
    if (!d.isValid())
        return {};
    return isChinese(locale) ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day())
                             : QLocale(QLocale::English, QLocale::UnitedStates).toString(d, QStringLiteral("MMM d, yyyy"));
}

} // namespace rr::NumberFormat
