// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace rr {

// Numbers, money and dates the way each language writes them (issue 6 §1, issue 7 §3), for an
// explicit locale so a report can be in another language than the interface:
//   counts   Chinese 9,800 · 1.2万 · 120万 · 3.5亿      English 980 · 1.2K · 12K · 3.5M · 1.2B
//   money    ¥ in both: ¥12,000 · ¥1.2万 (compact) / ¥12K
//   dates    2026年3月5日 / Mar 5, 2026
// Unknown values ("—") are the caller's: these take known values only.
namespace NumberFormat {

bool isChinese(const QLocale &locale);
// A count in full with the locale's grouping: 12,345.
QString count(qint64 value, const QLocale &locale);
// A count shortened to two or three significant digits with the language's unit (万/亿 or K/M/B);
// below 10,000 (Chinese) or 1,000 (English) it is written in full.
QString compact(qint64 value, const QLocale &locale);
// Yuan from fen: "¥12,000" (no decimals when whole, else two), or compact "¥1.2万" / "¥12K".
QString money(qint64 fen, const QLocale &locale, bool compactForm = false);
// Yuan with two decimals, for per-unit costs: "¥3.20".
QString yuan(double yuan, const QLocale &locale);
// A ratio as a percentage: 0.0512 → "5.12%".
QString percent(double ratio, const QLocale &locale, int decimals = 2);
// 2026年3月5日 / Mar 5, 2026; empty for an invalid date.
QString date(const QDate &date, const QLocale &locale);

} // namespace NumberFormat

} // namespace rr
