// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCompleter>
#include <QDateEdit>
#include <QString>

#include <optional>

class QLineEdit;

namespace rr::editor {

// Text fields of the creator editor that hold numbers. Empty text is "unknown" (nullopt, ok).

// Yuan as people type it ("2000", "1,999.50", "¥2000", "2000元") to fen. Negative or malformed
// text sets *ok to false.
std::optional<qint64> parseYuanToFen(const QString &text, bool *ok);
QString fenToYuanText(const std::optional<qint64> &fen);

// Counts as people write them: 12000, 12,345, 1.2w, 1.2万, 3.5k, 1.2亿.
std::optional<qint64> parseCount(const QString &text, bool *ok);

// Percent text ("4.5", "4.5%") to a 0..1 ratio; above 100 or negative sets *ok to false.
std::optional<double> parsePercent(const QString &text, bool *ok);
QString percentText(const std::optional<double> &ratio);

// A date edit that can be empty: its minimum date stands for "no date" and shows "—".
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);
    QDate optionalDate() const; // invalid when empty
    void setOptionalDate(const QDate &date);
    void clearDate();
};

// Completes the last item of a comma-separated list in a QLineEdit (tags).
class CommaListCompleter : public QCompleter
{
    Q_OBJECT
public:
    CommaListCompleter(const QStringList &words, QLineEdit *edit);
    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;
};

} // namespace rr::editor
