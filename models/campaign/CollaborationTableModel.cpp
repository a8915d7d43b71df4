// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CollaborationTableModel.h"

#include "domain/NumberFormat.h"

#include "campaign/CampaignCommands.h"
#include "campaign/CampaignRepository.h"
#include "import/ValueParser.h"

#include <QLocale>
#include <QUndoStack>

namespace rr {

namespace {
using C = CollaborationTableModel::Column;

QString rating(std::optional<int> v)
{
    return v ? QString::number(*v) : QStringLiteral("—");
}
} // namespace

CollaborationTableModel::CollaborationTableModel(CampaignRepository &repository, QUndoStack *undo, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository), m_undo(undo)
{
    connect(&m_repository, &CampaignRepository::collaborationsChanged, this, [this](qint64 campaignId) {
        if (campaignId == m_campaignId)
            refresh();
    });
}

void CollaborationTableModel::setCampaign(qint64 campaignId)
{
    m_campaignId = campaignId;
    refresh();
}

void CollaborationTableModel::refresh()
{
    QList<Collaboration> rows = m_campaignId > 0 ? m_repository.collaborations(m_campaignId) : QList<Collaboration>();
    bool sameRows = rows.size() == m_rows.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).id == m_rows.at(i).id;
    if (sameRows) { // keep the view's selection and open editors: only the values changed
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const Collaboration *CollaborationTableModel::collaborationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CollaborationTableModel::rowOf(qint64 collaborationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == collaborationId)
            return i;
    }
    return -1;
}

int CollaborationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CollaborationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString CollaborationTableModel::deliverablesText(const Collaboration &c) const
{
    QStringList parts;
    for (const Deliverable &d : c.deliverables) {
        const QString due = d.dueOn.isValid() ? NumberFormat::date(d.dueOn, QLocale()) : tr("no date");
        parts << (d.postId > 0 ? tr("%1 %2 ✓").arg(FormatText::label(d.format), due)
                               : tr("%1 due %2").arg(FormatText::label(d.format), due));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant CollaborationTableModel::data(const QModelIndex &index, int role) const
{
    const Collaboration *c = collaborationAt(index.row());
    if (!c)
        return {};
    if (role == CollaborationIdRole)
        return c->id;
    if (role == CreatorIdRole)
        return c->creatorId;
    const Column column = Column(index.column());
    if (role == Qt::EditRole) {
        switch (column) {
        case C::Fee: return c->feeFen ? QVariant(QString::number(double(*c->feeFen) / 100.0, 'f', 2)) : QVariant();
        case C::Contracted: return c->contractedPosts;
        case C::Delivered: return c->deliveredPosts;
        default: break;
        }
    }
    if (role == Qt::ToolTipRole && column == C::Deliverables)
        return deliverablesText(*c);
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case C::Fee:
        case C::Contracted:
        case C::Delivered:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const QLocale locale;
    switch (column) {
    case C::Creator: return c->creatorName;
    case C::Fee:
        return c->feeFen ? QStringLiteral("¥%1").arg(locale.toString(double(*c->feeFen) / 100.0, 'f', 0))
                         : QStringLiteral("—");
    case C::Format: return c->format ? FormatText::label(*c->format) : QString();
    case C::Contracted: return c->contractedPosts;
    case C::Delivered: return c->deliveredPosts;
    case C::Deliverables: return deliverablesText(*c);
    case C::Due: return NumberFormat::date(c->dueOn, QLocale());
    case C::Status: return CampaignText::label(c->status);
    case C::BrandFit: return rating(c->rating.brandFit);
    case C::Reliability: return rating(c->rating.reliability);
    case C::Renewal: return c->rating.renewal ? CampaignText::label(*c->rating.renewal) : QString();
    case C::Count: break;
    }
    return {};
}

QVariant CollaborationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case C::Creator: return tr("Creator");
    case C::Fee: return tr("Fee");
    case C::Format: return tr("Format");
    case C::Contracted: return tr("Contracted");
    case C::Delivered: return tr("Delivered");
    case C::Deliverables: return tr("Deliverables");
    case C::Due: return tr("Due", "column: the date a deliverable is due");
    case C::Status: return tr("Status");
    case C::BrandFit: return tr("Brand fit");
    case C::Reliability: return tr("Reliability");
    case C::Renewal: return tr("Renewal");
    case C::Count: break;
    }
    return {};
}

Qt::ItemFlags CollaborationTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    switch (Column(index.column())) {
    case C::Fee:
    case C::Contracted:
    case C::Delivered:
        return f | Qt::ItemIsEditable;
    default: return f;
    }
}

bool CollaborationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Collaboration *current = collaborationAt(index.row());
    if (!current || role != Qt::EditRole)
        return false;
    const Collaboration before = *current; // the model refreshes during the write
    Collaboration after = before;
    const QString textValue = value.toString().trimmed();
    switch (Column(index.column())) {
    case C::Fee: {
        if (textValue.isEmpty() || ValueParser::isUnknownMark(textValue)) {
            after.feeFen.reset();
            break;
        }
        const bool negative = textValue.startsWith(QLatin1Char('-'));
        const Parsed<qint64> fee = ValueParser::moneyFen(negative ? textValue.mid(1) : textValue);
        if (!fee.ok() || !fee.value) {
            emit editRefused(tr("“%1” is not an amount").arg(textValue));
            return false;
        }
        after.feeFen = negative ? -*fee.value : *fee.value;
        break;
    }
    case C::Contracted:
    case C::Delivered: {
        bool ok = false;
        const int n = textValue.toInt(&ok);
        if (!ok || n < 0) {
            emit editRefused(tr("“%1” is not a number of posts").arg(textValue));
            return false;
        }
        (Column(index.column()) == C::Contracted ? after.contractedPosts : after.deliveredPosts) = n;
        break;
    }
    default: return false;
    }
    Collaboration stored = after;
    StoreError error;
    if (!m_repository.updateCollaboration(stored, &error)) {
        emit editRefused(error.message);
        return false;
    }
    if (m_undo)
        m_undo->push(new EditCollaborationCommand(m_repository, before, after, true, stored.version));
    return true;
}

} // namespace rr
