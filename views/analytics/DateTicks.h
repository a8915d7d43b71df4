// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace rr {

// Calendar-aligned labels for a date axis (no widgets: QtCore only). A chart's x values are
// milliseconds since the epoch at local midnight; labels go on day, Monday, month or year starts,
// thinned by whole steps (2 days; 2 weeks; 2, 3 or 6 months; 1, 2, 5, 10… years) until at
// most `maxLabels` fit.
namespace DateTicks {

enum class Unit { Day, Week, Month, Year };

struct Ticks
{
    Unit unit = Unit::Day;
    int step = 1;       // every `step` units
    QList<QDate> dates; // the label positions, ascending
};

// The grid the points sit on: Month when every date is the 1st of a month, Week when every date
// is a Monday, else Day. No dates gives Day.
Unit detectUnit(const QList<QDate> &dates);

// Label dates inside [first, last] (both included). The finest grid allowed is `finest` (monthly
// data gets no weekly labels) unless that leaves no label at all, e.g. zoomed in between two
// month starts; then finer ones are tried. Empty when first > last or no grid fits.
Ticks compute(const QDate &first, const QDate &last, Unit finest, int maxLabels = 8);

// The same for an axis range in milliseconds since the epoch (local time).
Ticks computeMs(double minMs, double maxMs, Unit finest, int maxLabels = 8);

// The label text of `date` on a grid of `unit` in `locale`'s style: a short date for days and
// weeks, "Mar 2026" / "2026年3月" for months, "2026" / "2026年" for years.
QString label(const QDate &date, Unit unit, const QLocale &locale = QLocale());

// The locale's year-and-month and year formats, taken from its long date format with the day
// and weekday fields removed (QLocale has no such format in Qt 6.4).
QString monthFormat(const QLocale &locale);
QString yearFormat(const QLocale &locale);

// Milliseconds since the epoch of local midnight starting `date`.
double dayMs(const QDate &date);

} // namespace DateTicks

} // namespace rr
