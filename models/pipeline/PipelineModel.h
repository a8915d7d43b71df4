// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Status.h"
#include "domain/Tier.h"
#include "store/StoreError.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariant>

#include <array>
#include <optional>

namespace rr {

class Database;

// One creator as a card on the pipeline board.
struct PipelineCard
{
    qint64 id = 0;
    int version = 0;
    QString handle;
    QString nickname;
    std::optional<qint64> followers;
    std::optional<Tier> tierOverride;
    QString owner;
    QStringList tags;
    Status status = Status::Prospect;
    bool doNotContact = false;

    std::optional<Tier> tier(const TierThresholds &thresholds) const
    {
        if (tierOverride)
            return tierOverride;
        return followers ? std::optional<Tier>(thresholds.tierFor(*followers)) : std::nullopt;
    }
};

// Which creators the board shows. Every field is a bound value in SQL.
struct PipelineFilter
{
    std::optional<QString> owner; // nullopt: anyone; "": nobody holds the relationship yet
    QString tag;                  // empty: any
    qint64 campaignId = 0;        // 0: any; else creators with a collaboration in that campaign

    bool operator==(const PipelineFilter &) const = default;
};

// Per pipeline status: how many creators match the filter, and the most recently updated ones
// (a page of pageSize() at a time, never the whole roster: the table may hold a million rows).
class PipelineModel : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultPageSize = 200;

    explicit PipelineModel(Database &db, QObject *parent = nullptr);

    Database &database() const { return m_db; }

    const PipelineFilter &filter() const { return m_filter; }
    void setFilter(const PipelineFilter &filter); // takes effect on the next reload()
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);

    // Counts every status and loads the first page of each. Emits reset().
    bool reload(StoreError *error = nullptr);
    // Loads the next page of one status. Emits columnChanged().
    bool fetchMore(Status status, StoreError *error = nullptr);
    bool canFetchMore(Status status) const;

    qint64 count(Status status) const { return column(status).count; }
    qint64 totalCount() const;
    const QList<PipelineCard> &cards(Status status) const { return column(status).cards; }
    // A loaded card, nullopt when not loaded.
    std::optional<PipelineCard> findCard(qint64 id) const;

    // The SQL of one column's page, for query plans and benchmarks: binds are the status key,
    // then (when `continuing`) last updated_at, last updated_at, last id, then the values of
    // `filterConditions` (as filterSql() makes them), then the page size. Served by the index
    // ix_creators_status_updated (status, updated_at, id) without a sort.
    static QString pageSql(bool continuing, const QString &filterConditions = {});
    // Counts per status: binds are the values of `filterConditions`.
    static QString countSql(const QString &filterConditions = {});

    // Choices for the filter bar.
    QStringList owners() const;
    QStringList tags() const;
    QList<std::pair<qint64, QString>> campaigns() const; // id, name; newest first

signals:
    void reset();
    void columnChanged(rr::Status status);

private:
    struct Column
    {
        qint64 count = 0;
        QList<PipelineCard> cards;
        QVariant lastUpdated; // keyset of the last loaded card: updated_at, id
        qint64 lastId = 0;
        bool exhausted = false;
    };

    static int indexOf(Status status);
    const Column &column(Status status) const { return m_columns[size_t(indexOf(status))]; }
    Column &column(Status status) { return m_columns[size_t(indexOf(status))]; }
    // Filter conditions (prefixed with AND) and their values in order.
    QString filterSql(QVariantList *values) const;
    bool loadPage(Status status, StoreError *error);
    bool loadTags(QList<PipelineCard> &cards, StoreError *error) const;

    Database &m_db;
    PipelineFilter m_filter;
    int m_pageSize = kDefaultPageSize;
    std::array<Column, allStatuses.size()> m_columns;
};

} // namespace rr
