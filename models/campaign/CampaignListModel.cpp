// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CampaignListModel.h"

#include "domain/NumberFormat.h"

#include "campaign/CampaignRepository.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace rr {

namespace {
using C = CampaignListModel::Column;
}

CampaignListModel::CampaignListModel(CampaignRepository &repository, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
    connect(&m_repository, &CampaignRepository::campaignsChanged, this, &CampaignListModel::refresh);
    connect(&m_repository, &CampaignRepository::metricsChanged, this, &CampaignListModel::refresh);
    refresh();
}

void CampaignListModel::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void CampaignListModel::retranslate()
{
    const int columns = columnCount();
    if (columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rowCount() > 0 && columns > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columns - 1));
}

void CampaignListModel::setGraceDays(int days)
{
    m_graceDays = days;
    refresh();
}

void CampaignListModel::refresh()
{
    const int before = int(m_due.size());
    beginResetModel();
    m_rows = m_repository.list();
    m_due.clear();
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    for (const DueCampaign &d : DueCampaigns::find(m_repository.database(), today, m_graceDays))
        m_due.insert(d.campaignId, d);
    m_dueList.clear();
    endResetModel();
    if (before != int(m_due.size()))
        emit dueCountChanged(int(m_due.size()));
}

const QList<DueCampaign> &CampaignListModel::dueCampaigns() const
{
    if (m_dueList.isEmpty() && !m_due.isEmpty()) {
        for (const Campaign &c : m_rows) {
            if (m_due.contains(c.id))
                m_dueList << m_due.value(c.id);
        }
    }
    return m_dueList;
}

const Campaign *CampaignListModel::campaignAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CampaignListModel::rowOf(qint64 campaignId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == campaignId)
            return i;
    }
    return -1;
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    const Campaign *c = campaignAt(index.row());
    if (!c)
        return {};
    const auto due = m_due.constFind(c->id);
    const bool isDue = due != m_due.constEnd();
    switch (role) {
    case CampaignIdRole: return c->id;
    case DueRole: return isDue;
    case DuePostsRole: return isDue ? due->postsWithoutFinal : 0;
    case ObjectiveKeyRole: return ObjectiveText::key(c->objective);
    case StatusKeyRole: return CampaignText::key(c->status);
    case Qt::ToolTipRole:
        if (isDue)
            return tr("Closed on %1: %n post(s) still without final metrics", nullptr, due->postsWithoutFinal)
                .arg(NumberFormat::date(due->closedOn, QLocale()));
        return {};
    case Qt::ForegroundRole:
        if (isDue && Column(index.column()) == C::Due)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    const QLocale locale;
    switch (Column(index.column())) {
    case C::Name: return c->name;
    case C::Brand: return c->brand;
    case C::Product: return c->product;
    case C::Objective: return ObjectiveText::label(c->objective);
    case C::Starts: return NumberFormat::date(c->startsOn, locale);
    case C::Ends: return NumberFormat::date(c->endsOn, locale);
    case C::Budget:
        return c->budgetFen ? QStringLiteral("¥%1").arg(locale.toString(double(*c->budgetFen) / 100.0, 'f', 0))
                            : QStringLiteral("—");
    case C::Status: return CampaignText::label(c->status);
    case C::Owner: return c->owner;
    case C::Due: return isDue ? tr("Final metrics due (%1)").arg(due->postsWithoutFinal) : QString();
    case C::Count: break;
    }
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case C::Name: return tr("Campaign");
    case C::Brand: return tr("Brand");
    case C::Product: return tr("Product");
    case C::Objective: return tr("Objective");
    case C::Starts: return tr("Starts");
    case C::Ends: return tr("Ends");
    case C::Budget: return tr("Budget");
    case C::Status: return tr("Status");
    case C::Owner: return tr("Owner");
    case C::Due: return tr("Due", "column: campaigns whose final metrics are still to be entered");
    case C::Count: break;
    }
    return {};
}

} // namespace rr
