// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ChangeText.h"

#include "campaign/CampaignTypes.h"
#include "domain/CreatorMerge.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

namespace rr {

namespace {

constexpr int kFieldsShown = 4;

QString key(const QString &kind, qint64 id)
{
    return kind + QLatin1Char(':') + QString::number(id);
}

// "Status: Prospect → Outreach sent; Owner: (empty) → Lin Yue" from {"field": [old, new]}.
QString fieldChanges(const QJsonObject &changes, QString (*label)(const QString &),
                     QString (*text)(const QString &, const QJsonValue &))
{
    QStringList parts;
    int more = 0;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        if (pair.size() != 2)
            continue;
        if (parts.size() == kFieldsShown) {
            ++more;
            continue;
        }
        parts << ChangeText::tr("%1: %2 → %3").arg(label(it.key()), text(it.key(), pair.at(0)), text(it.key(), pair.at(1)));
    }
    QString out = parts.join(QStringLiteral("; "));
    if (more > 0)
        out += ChangeText::tr(" and %n more", nullptr, more);
    return out;
}

QString metricLabelOf(const QString &column)
{
    for (MetricField f : allMetricFields) {
        if (metricColumn(f) == column)
            return metricLabel(f);
    }
    if (column == QLatin1String("as_of"))
        return ChangeText::tr("As of");
    if (column == QLatin1String("is_final"))
        return ChangeText::tr("Final");
    if (column == QLatin1String("source"))
        return ChangeText::tr("Source");
    if (column == QLatin1String("published_on"))
        return ChangeText::tr("Published");
    return column;
}

QString plainText(const QString &, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return ChangeText::tr("(empty)");
    if (value.isDouble())
        return QLocale().toString(qint64(value.toDouble()));
    if (value.isBool())
        return value.toBool() ? ChangeText::tr("yes") : ChangeText::tr("no");
    return value.toVariant().toString();
}

} // namespace

QHash<QString, QString> ChangeText::names(const Database &db, const QList<AuditEntry> &entries)
{
    QHash<QString, QString> out;
    QSqlQuery shortlist(db.sql());
    shortlist.prepare(QStringLiteral("SELECT name FROM shortlists WHERE id = ?"));
    QSqlQuery campaign(db.sql());
    campaign.prepare(QStringLiteral("SELECT c.name FROM collaborations co JOIN campaigns c ON c.id = co.campaign_id "
                                    "WHERE co.id = ?"));
    for (const AuditEntry &e : entries) {
        const bool isShortlist = e.table == QLatin1String("shortlist_members");
        const bool isCollaboration = e.table == QLatin1String("collaborations");
        if (!isShortlist && !isCollaboration)
            continue;
        const QString k = key(isShortlist ? QStringLiteral("shortlist") : QStringLiteral("collaboration"), e.rowId);
        if (out.contains(k))
            continue;
        QSqlQuery &q = isShortlist ? shortlist : campaign;
        q.addBindValue(e.rowId);
        out.insert(k, q.exec() && q.next() ? q.value(0).toString() : QString());
        q.finish();
    }
    return out;
}

QString ChangeText::describe(const AuditEntry &e, const QHash<QString, QString> &names)
{
    const bool insert = e.action == QLatin1String("insert");
    const bool remove = e.action == QLatin1String("delete");
    const QString &t = e.table;
    if (t == QLatin1String("creators")) {
        if (insert)
            return tr("Added to the roster");
        if (remove)
            return tr("Deleted from the roster");
        if (e.changes.contains(QStringLiteral("undo_import_batch")))
            return tr("Import batch %1 undone").arg(e.changes.value(QStringLiteral("undo_import_batch")).toInteger());
        const QString what = fieldChanges(e.changes, &CreatorMerge::label, &CreatorMerge::text);
        return what.isEmpty() ? tr("Profile changed") : tr("Changed %1").arg(what);
    }
    if (t == QLatin1String("vetting"))
        return remove ? tr("Vetting removed") : tr("Vetting saved");
    if (t == QLatin1String("relationship_events")) {
        if (remove)
            return tr("A logged contact or note was removed");
        const QString note = e.changes.value(QStringLiteral("note")).toString();
        return e.changes.value(QStringLiteral("kind")).toString() == QLatin1String("contact")
            ? tr("Contact logged: %1").arg(note)
            : tr("Note logged: %1").arg(note);
    }
    if (t == QLatin1String("collaborations")) {
        const QString campaign = names.value(key(QStringLiteral("collaboration"), e.rowId));
        if (insert)
            return campaign.isEmpty() ? tr("Added to a campaign") : tr("Added to the campaign %1").arg(campaign);
        if (remove)
            return tr("Removed from a campaign");
        return campaign.isEmpty() ? tr("Collaboration changed") : tr("Collaboration in %1 changed").arg(campaign);
    }
    if (t == QLatin1String("deliverables"))
        return insert ? tr("Deliverable added") : remove ? tr("Deliverable removed") : tr("Deliverable changed");
    if (t == QLatin1String("posts")) {
        if (insert) {
            const QString title = e.changes.value(QStringLiteral("title")).toString();
            return tr("Post added: %1").arg(title.isEmpty() ? e.changes.value(QStringLiteral("url")).toString() : title);
        }
        if (remove)
            return tr("Post removed");
        return tr("Post changed: %1").arg(fieldChanges(e.changes, &metricLabelOf, &plainText));
    }
    if (t == QLatin1String("post_metrics")) {
        if (insert)
            return tr("Post reading added for %1").arg(e.changes.value(QStringLiteral("as_of")).toString());
        if (remove)
            return tr("Post reading removed");
        return tr("Post reading changed: %1").arg(fieldChanges(e.changes, &metricLabelOf, &plainText));
    }
    if (t == QLatin1String("shortlist_members")) {
        const QString list = names.value(key(QStringLiteral("shortlist"), e.rowId));
        if (insert)
            return list.isEmpty() ? tr("Added to a shortlist") : tr("Added to the shortlist %1").arg(list);
        return list.isEmpty() ? tr("Removed from a shortlist") : tr("Removed from the shortlist %1").arg(list);
    }
    return tr("%1: %2").arg(t, e.action);
}

} // namespace rr
