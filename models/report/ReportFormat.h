// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/NumberFormat.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace rr {

// A report's figures in its language's forms (NumberFormat), "—" for anything unknown: what
// every report writer shows its optional values with.
class ReportFormat
{
public:
    explicit ReportFormat(const QLocale &locale) : m_locale(locale) {}

    const QLocale &locale() const { return m_locale; }
    static QString dash() { return QStringLiteral("—"); }
    QString count(std::optional<qint64> v) const { return v ? NumberFormat::count(*v, m_locale) : dash(); }
    QString compact(std::optional<qint64> v) const { return v ? NumberFormat::compact(*v, m_locale) : dash(); }
    QString percent(std::optional<double> v) const { return v ? NumberFormat::percent(*v, m_locale) : dash(); }
    QString yuan(std::optional<double> v) const { return v ? NumberFormat::yuan(*v, m_locale) : dash(); }
    QString money(std::optional<qint64> fen) const { return fen ? NumberFormat::money(*fen, m_locale) : dash(); }
    QString date(const QDate &day) const { return day.isValid() ? NumberFormat::date(day, m_locale) : dash(); }

private:
    QLocale m_locale;
};

} // namespace rr
