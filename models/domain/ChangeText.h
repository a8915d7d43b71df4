// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace rr {

class Database;

// An audit-log entry in words for a creator's history of changes: "Changed Status: Prospect →
// Outreach sent", "Added to the shortlist 护肤 Q2", "Reading changed: Saves 300 → 321".
class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(rr::ChangeText)
public:
    // Names of the shortlists and campaigns the entries point at ("shortlist:3", "collaboration:12"
    // → the campaign's name), read once for a list of entries; rows deleted since stay unnamed.
    static QHash<QString, QString> names(const Database &db, const QList<AuditEntry> &entries);
    static QString describe(const AuditEntry &entry, const QHash<QString, QString> &names = {});
};

} // namespace rr
