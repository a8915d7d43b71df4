// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace rr {

// The result of reading one cell as a typed value.
template<typename T>
struct Parsed
{
    enum class State {
        Empty,    // blank or an "unknown" mark: "", "—", "-", "/", "N/A", "暂无"
        Ok,
        Doubtful, // read, but a person should look (e.g. 3/5/2026 could be March or May)
        Invalid   // cannot be read as this kind of value
    };
    State state = State::Empty;
    std::optional<T> value;
    QString note; // translated, why doubtful or invalid

    bool ok() const { return state == State::Ok || state == State::Doubtful; }
};

// Numbers, money and dates as people and Chinese exports write them.
class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(rr::ValueParser)
public:
    // Counts: 12345, 12,345, 1.2w, 1.2W, 1.2万, 3.5k, 1.2亿 (×10⁸), 10万+ (doubtful: a lower bound).
    static Parsed<qint64> count(const QString &text);
    // Money in fen (CNY cents): ¥2,000, ￥2000, 2000元, 2,000.50, 1.2万, RMB 2000. With
    // `centsInFile` the number is already in fen (Pugongying's API).
    static Parsed<qint64> moneyFen(const QString &text, bool centsInFile = false);
    // Rates: 4.5%, 0.045 (a fraction when ≤ 1), 4.5 (percent when > 1, doubtful).
    static Parsed<double> rate(const QString &text);
    // Dates: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305, 3/5/2026 and 5/3/2026
    // (doubtful unless the day is > 12), Excel serial numbers (e.g. 46086), and date-times
    // (the time is dropped).
    static Parsed<QDate> date(const QString &text);
    // Yes/no: 是/否, 有/无, yes/no, y/n, true/false, 1/0.
    static Parsed<bool> boolean(const QString &text);
    // True when the text is one of the "unknown" marks.
    static bool isUnknownMark(const QString &text);
};

} // namespace rr
