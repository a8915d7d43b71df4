// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace rr {

class Database;

// What the demo generator makes: the same seed and reference date give the same data.
struct DemoOptions
{
    static constexpr int minCreators = 50;
    static constexpr int maxCreators = 100000;

    int creators = 360;                         // clamped to [minCreators, maxCreators]
    quint32 seed = 20260101;
    QDate referenceDate = QDate::currentDate(); // "today" of the dataset; campaigns sit around it
};

// Row counts of one generated dataset.
struct DemoSummary
{
    int creators = 0;
    int perTier[4] = {0, 0, 0, 0}; // indexed by int(rr::Tier)
    int snapshots = 0;
    int tags = 0;
    int taggings = 0;
    int shortlists = 0;
    int vetting = 0;
    int events = 0;
    int campaigns = 0;
    int collaborations = 0;
    int deliverables = 0;
    int posts = 0;
    int metrics = 0;
};

// A realistic, entirely fictional dataset (creators with follower history, tags, shortlists,
// vetting, a relationship log, 12 campaigns with collaborations, posts and metric snapshots), so
// every screen has something true to show. Written in one transaction: a failure changes nothing.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(rr::DemoData)
public:
    // Refuses (StoreError, nothing written) when the database already has creators.
    static bool generate(Database &db, const DemoOptions &options, StoreError *error,
                         DemoSummary *summary = nullptr);

    // A few lines describing what was created, for the command line.
    static QString describe(const DemoSummary &summary);
};

} // namespace rr
