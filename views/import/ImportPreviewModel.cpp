// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace rr {

namespace {

QString money(qint64 fen)
{
    return QStringLiteral("¥") + QLocale().toString(double(fen) / 100.0, 'f', 2);
}

QString count(const std::optional<qint64> &n)
{
    return n ? QLocale().toString(*n) : QString();
}

std::optional<QString> nonEmpty(const QString &s)
{
    return s.isEmpty() ? std::nullopt : std::optional<QString>(s);
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(const ColumnMapping &mapping, const QList<PreviewRow> &rows)
{
    beginResetModel();
    m_mapping = mapping;
    m_rows = rows;
    m_columns.clear();
    for (int c = 0; c < mapping.fields.size(); ++c) {
        if (mapping.fields.at(c) != ImportField::Ignore)
            m_columns.push_back(c);
    }
    endResetModel();
}

void ImportPreviewModel::clear()
{
    setPreview(ColumnMapping{}, {});
}

int ImportPreviewModel::fileColumn(int modelColumn) const
{
    const int i = modelColumn - FirstFieldColumn;
    return i >= 0 && i < m_columns.size() ? m_columns.at(i) : -1;
}

int ImportPreviewModel::columnOf(ImportField field) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_mapping.fieldAt(m_columns.at(i)) == field)
            return i + FirstFieldColumn;
    }
    return -1;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + FirstFieldColumn;
}

std::optional<QString> ImportPreviewModel::parsedValue(const RowPlan &plan, ImportField field)
{
    const Creator &c = plan.creator;
    const auto metric = [&](std::optional<qint64> MetricsRow::*member) -> std::optional<QString> {
        if (!plan.metrics || !((*plan.metrics).*member))
            return std::nullopt;
        return count((*plan.metrics).*member);
    };
    switch (field) {
    case ImportField::Handle: return nonEmpty(c.handle);
    case ImportField::ProfileUrl: return nonEmpty(c.profileUrl);
    case ImportField::Nickname: return nonEmpty(c.nickname);
    case ImportField::RealName: return nonEmpty(c.realName);
    case ImportField::City: return nonEmpty(c.city);
    case ImportField::Wechat: return nonEmpty(c.wechat);
    case ImportField::Phone: return nonEmpty(c.phone);
    case ImportField::Email: return nonEmpty(c.email);
    case ImportField::Owner: return nonEmpty(c.owner);
    case ImportField::Agency: return nonEmpty(c.agencyName);
    case ImportField::Followers: return c.followers ? std::optional<QString>(count(c.followers)) : std::nullopt;
    case ImportField::PriceImage: return c.priceImageFen ? std::optional<QString>(money(*c.priceImageFen)) : std::nullopt;
    case ImportField::PriceVideo: return c.priceVideoFen ? std::optional<QString>(money(*c.priceVideoFen)) : std::nullopt;
    case ImportField::EngagementRate:
        return c.avgEngagementRate ? std::optional<QString>(QLocale().toString(*c.avgEngagementRate * 100.0, 'f', 2)
                                                            + QLatin1Char('%'))
                                   : std::nullopt;
    case ImportField::Languages: return nonEmpty(c.languages.join(QStringLiteral(", ")));
    case ImportField::Tags: return nonEmpty(c.tags.join(QStringLiteral(", ")));
    case ImportField::Notes: return nonEmpty(c.notes);
    case ImportField::AsOfDate:
        if (plan.metrics && plan.metrics->asOf.isValid())
            return plan.metrics->asOf.toString(Qt::ISODate);
        return c.followersAsOf.isValid() ? std::optional<QString>(c.followersAsOf.toString(Qt::ISODate)) : std::nullopt;
    case ImportField::NoteLink: return plan.metrics ? nonEmpty(plan.metrics->noteKey) : std::nullopt;
    case ImportField::Views: return metric(&MetricsRow::views);
    case ImportField::Likes: return metric(&MetricsRow::likes);
    case ImportField::Comments: return metric(&MetricsRow::comments);
    case ImportField::Saves: return metric(&MetricsRow::saves);
    case ImportField::Shares: return metric(&MetricsRow::shares);
    case ImportField::Clicks: return metric(&MetricsRow::clicks);
    case ImportField::Source: return plan.metrics ? nonEmpty(plan.metrics->source) : std::nullopt;
    default: return std::nullopt; // category, likes+saves, ...: the text as read is shown
    }
}

QList<CellNote> ImportPreviewModel::notesAt(const QModelIndex &index) const
{
    QList<CellNote> out;
    const RowPlan &plan = m_rows.at(index.row()).plan;
    const int wanted = index.column() == ActionColumn ? 0 : fileColumn(index.column()) + 1;
    for (const CellNote &n : plan.notes) {
        if (n.column == wanted)
            out.push_back(n);
    }
    return out;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PreviewRow &row = m_rows.at(index.row());
    if (role == RowActionRole)
        return int(row.plan.action);
    if (role == FieldRole)
        return index.column() == ActionColumn ? QVariant() : QVariant(int(m_mapping.fieldAt(fileColumn(index.column()))));

    if (role == SeverityRole || role == Qt::BackgroundRole || role == Qt::ToolTipRole) {
        const QList<CellNote> notes = notesAt(index);
        int worst = -1;
        QStringList reasons;
        for (const CellNote &n : notes) {
            worst = std::max(worst, int(n.severity));
            reasons << n.reason;
        }
        if (role == SeverityRole)
            return worst;
        if (role == Qt::ToolTipRole)
            return reasons.isEmpty() ? QVariant() : QVariant(reasons.join(QLatin1Char('\n')));
        if (worst == int(CellNote::Severity::Invalid))
            return QBrush(QColor(0xf8, 0xb4, 0xb4));
        if (worst == int(CellNote::Severity::Doubtful))
            return QBrush(QColor(0xfd, 0xec, 0x9a));
        if (index.column() == ActionColumn && !row.plan.writes())
            return QBrush(QColor(0xe4, 0xe4, 0xe4));
        return {};
    }
    if (role == Qt::ForegroundRole) {
        // Pale backgrounds above: keep the text dark on dark themes too.
        if (!notesAt(index).isEmpty() || (index.column() == ActionColumn && !row.plan.writes()))
            return QBrush(Qt::black);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == ActionColumn)
        return ImportText::actionLabel(row.plan.action);
    const int col = fileColumn(index.column());
    bool invalid = false;
    for (const CellNote &n : notesAt(index))
        invalid = invalid || n.severity == CellNote::Severity::Invalid;
    if (!invalid) {
        if (const auto v = parsedValue(row.plan, m_mapping.fieldAt(col)))
            return *v;
    }
    return row.record.cells.value(col).trimmed();
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(m_rows.at(section).record.line) : QVariant();
    if (section == ActionColumn)
        return tr("Action");
    const int col = fileColumn(section);
    if (col < 0)
        return {};
    return ImportFieldText::label(m_mapping.fieldAt(col));
}

} // namespace rr
