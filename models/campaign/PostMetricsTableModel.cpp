// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/PostMetricsTableModel.h"

#include "domain/NumberFormat.h"

#include "campaign/CampaignCommands.h"
#include "import/ValueParser.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QUndoStack>

namespace rr {

namespace {
using C = PostMetricsTableModel::Column;
}

PostMetricsTableModel::PostMetricsTableModel(CampaignRepository &repository, QUndoStack *undo, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository), m_undo(undo)
{
    connect(&m_repository, &CampaignRepository::metricsChanged, this, [this](qint64 campaignId) {
        if (campaignId == m_campaignId || campaignId == 0)
            refresh();
    });
}

std::optional<MetricField> PostMetricsTableModel::metricField(Column column)
{
    switch (column) {
    case C::Views: return MetricField::Views;
    case C::Likes: return MetricField::Likes;
    case C::Comments: return MetricField::Comments;
    case C::Saves: return MetricField::Saves;
    case C::Shares: return MetricField::Shares;
    case C::Clicks: return MetricField::Clicks;
    default: return std::nullopt;
    }
}

void PostMetricsTableModel::setCampaign(qint64 campaignId)
{
    m_campaignId = campaignId;
    refresh();
}

void PostMetricsTableModel::refresh()
{
    QList<Row> rows;
    if (m_campaignId > 0) {
        const std::optional<Campaign> campaign = m_repository.load(m_campaignId);
        QHash<qint64, QString> names;
        for (const Collaboration &c : m_repository.collaborations(m_campaignId))
            names.insert(c.id, c.creatorName);
        QHash<qint64, QList<MetricSnapshot>> byPost;
        for (const MetricSnapshot &s : m_repository.snapshots(m_campaignId))
            byPost[s.postId] << s;
        for (const Post &p : m_repository.posts(m_campaignId)) {
            QString dateFlag;
            if (campaign) {
                if (const auto flag = InputFlags::postDate(p.publishedOn, campaign->startsOn, campaign->endsOn))
                    dateFlag = flag->reason;
            }
            const QList<MetricSnapshot> snaps = byPost.value(p.id, {MetricSnapshot{}});
            for (int i = 0; i < snaps.size(); ++i) {
                Row r{p, names.value(p.collaborationId), snaps.at(i), {}};
                if (!dateFlag.isEmpty())
                    r.flags.insert(int(C::Published), dateFlag);
                if (i > 0) {
                    const MetricSnapshot &prev = snaps.at(i - 1);
                    for (int col = int(C::Views); col <= int(C::Clicks); ++col) {
                        const MetricField f = *metricField(Column(col));
                        if (const auto flag = InputFlags::metricDecrease(f, metricValue(r.snapshot.counts, f),
                                                                         metricValue(prev.counts, f), prev.asOf))
                            r.flags.insert(col, flag->reason);
                    }
                }
                rows << r;
            }
        }
    }
    bool sameRows = rows.size() == m_rows.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).post.id == m_rows.at(i).post.id && rows.at(i).snapshot.id == m_rows.at(i).snapshot.id;
    if (sameRows) { // only values changed: keep the view's selection and current cell
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PostMetricsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PostMetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PostMetricsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const Column column = Column(index.column());
    const QString flag = r.flags.value(index.column());
    const bool hasReading = r.snapshot.id > 0;
    switch (role) {
    case PostIdRole: return r.post.id;
    case SnapshotIdRole: return r.snapshot.id;
    case FlagRole: return flag;
    case Qt::ToolTipRole:
        if (!flag.isEmpty())
            return flag;
        return column == C::Post ? QVariant(r.post.url) : QVariant();
    case Qt::BackgroundRole:
        return flag.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xff, 0xe0, 0xb2)));
    case Qt::CheckStateRole:
        if (column == C::Final && hasReading)
            return r.snapshot.isFinal ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        return metricField(column) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole: break;
    default: return {};
    }
    const bool edit = role == Qt::EditRole;
    if (const auto field = metricField(column)) {
        const auto v = metricValue(r.snapshot.counts, *field);
        if (!v)
            return edit || !hasReading ? QVariant() : QVariant(QStringLiteral("—"));
        return edit ? QVariant(QString::number(*v)) : QVariant(QLocale().toString(*v));
    }
    switch (column) {
    case C::Creator: return r.creatorName;
    case C::Post: return r.post.title.isEmpty() ? r.post.url : r.post.title;
    case C::Published: return edit ? r.post.publishedOn.toString(Qt::ISODate) : NumberFormat::date(r.post.publishedOn, QLocale());
    case C::AsOf: return edit ? r.snapshot.asOf.toString(Qt::ISODate) : NumberFormat::date(r.snapshot.asOf, QLocale());
    case C::Final: return edit && hasReading ? QVariant(r.snapshot.isFinal) : QVariant();
    case C::Source: return hasReading ? r.snapshot.source : QString();
    default: return {};
    }
}

QVariant PostMetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (const auto field = metricField(Column(section)))
        return metricLabel(*field);
    switch (Column(section)) {
    case C::Creator: return tr("Creator");
    case C::Post: return tr("Post");
    case C::Published: return tr("Published");
    case C::AsOf: return tr("As of");
    case C::Final: return tr("Final", "column: this reading is the post's final one");
    case C::Source: return tr("Source");
    default: return {};
    }
}

bool PostMetricsTableModel::isEditable(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    const Column column = Column(index.column());
    if (column == C::Published)
        return true;
    const bool hasReading = m_rows.at(index.row()).snapshot.id > 0;
    return hasReading && (metricField(column) || column == C::AsOf || column == C::Final || column == C::Source);
}

Qt::ItemFlags PostMetricsTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!isEditable(index))
        return f;
    if (Column(index.column()) == C::Final)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QString PostMetricsTableModel::cellName(const QModelIndex &index) const
{
    return tr("Row %1, %2").arg(index.row() + 1).arg(headerData(index.column(), Qt::Horizontal).toString());
}

bool PostMetricsTableModel::cellEdit(const QModelIndex &index, const QVariant &value, MetricCellEdit *edit,
                                     QString *reason) const
{
    if (!isEditable(index)) {
        *reason = index.row() >= m_rows.size() ? tr("there is no such row (the table has %n row(s))", nullptr,
                                                    int(m_rows.size()))
                                               : tr("this cell cannot be edited");
        return false;
    }
    const Row &r = m_rows.at(index.row());
    const Column column = Column(index.column());
    edit->snapshotId = r.snapshot.id;
    edit->postId = r.post.id;
    const QString text = value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate)
                                                             : value.toString().trimmed();
    if (const auto field = metricField(column)) {
        edit->target = MetricCellEdit::Target::Metric;
        edit->field = *field;
        const Parsed<qint64> n = ValueParser::count(text);
        if (n.state == Parsed<qint64>::State::Empty) {
            edit->value = QVariant();
            return true;
        }
        if (!n.ok() || !n.value || *n.value < 0) {
            *reason = tr("“%1” is not a count").arg(text);
            return false;
        }
        edit->value = *n.value;
        return true;
    }
    switch (column) {
    case C::AsOf:
    case C::Published: {
        edit->target = column == C::AsOf ? MetricCellEdit::Target::AsOf : MetricCellEdit::Target::Published;
        const Parsed<QDate> d = ValueParser::date(text);
        if (d.state == Parsed<QDate>::State::Empty && column == C::Published) {
            edit->value = QVariant();
            return true;
        }
        if (!d.ok() || !d.value) {
            *reason = tr("“%1” is not a date").arg(text);
            return false;
        }
        edit->value = *d.value;
        return true;
    }
    case C::Final: {
        edit->target = MetricCellEdit::Target::Final;
        if (value.typeId() == QMetaType::Bool) {
            edit->value = value.toBool();
            return true;
        }
        const Parsed<bool> b = ValueParser::boolean(text);
        if (b.state != Parsed<bool>::State::Empty && (!b.ok() || !b.value)) {
            *reason = tr("“%1” is not yes or no").arg(text);
            return false;
        }
        edit->value = b.value.value_or(false);
        return true;
    }
    case C::Source:
        edit->target = MetricCellEdit::Target::Source;
        edit->value = text;
        return true;
    default: break;
    }
    *reason = tr("this cell cannot be edited");
    return false;
}

bool PostMetricsTableModel::apply(const QList<MetricCellEdit> &edits, const QList<QModelIndex> &cells, QString *error)
{
    QList<MetricCellEdit> before = edits;
    for (MetricCellEdit &b : before)
        b.value = m_repository.cellValue(b);
    StoreError storeError;
    int failedIndex = -1;
    if (!m_repository.applyCellEdits(edits, &storeError, &failedIndex)) {
        m_lastError = failedIndex >= 0 && failedIndex < cells.size()
            ? tr("%1: %2").arg(cellName(cells.at(failedIndex)), storeError.message)
            : storeError.message;
        if (error)
            *error = m_lastError;
        emit editRefused(m_lastError);
        return false;
    }
    m_lastError.clear();
    if (m_undo)
        m_undo->push(new MetricCellsCommand(m_repository, before, edits, true));
    return true;
}

bool PostMetricsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    QVariant v = value;
    if (role == Qt::CheckStateRole && Column(index.column()) == C::Final)
        v = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;
    MetricCellEdit edit;
    QString reason;
    if (!cellEdit(index, v, &edit, &reason)) {
        m_lastError = tr("%1: %2").arg(cellName(index), reason);
        emit editRefused(m_lastError);
        return false;
    }
    return apply({edit}, {index}, nullptr);
}

bool PostMetricsTableModel::pasteTsv(const QModelIndex &topLeft, const QString &tsv, QString *error)
{
    QString body = tsv;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    QList<MetricCellEdit> edits;
    QList<QModelIndex> cells;
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (int r = 0; r < lines.size(); ++r) {
        const QStringList values = lines.at(r).split(QLatin1Char('\t'));
        for (int c = 0; c < values.size(); ++c) {
            const int row = topLeft.row() + r;
            const int column = topLeft.column() + c;
            QString reason;
            MetricCellEdit edit;
            const QModelIndex cell = index(row, column);
            if (row >= rowCount() || column >= columnCount()) {
                m_lastError = tr("Row %1, column %2: the paste reaches past the end of the table")
                                  .arg(row + 1).arg(column + 1);
            } else if (cellEdit(cell, values.at(c), &edit, &reason)) {
                edits << edit;
                cells << cell;
                continue;
            } else {
                m_lastError = tr("%1: %2").arg(cellName(cell), reason);
            }
            if (error)
                *error = m_lastError;
            emit editRefused(m_lastError);
            return false;
        }
    }
    return apply(edits, cells, error);
}

} // namespace rr
