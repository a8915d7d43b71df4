// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/MetricsPlanner.h"

#include "import/CsvReader.h"
#include "import/ValueParser.h"
#include "store/Database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace rr {

MetricsPlanner::MetricsPlanner(const Database &db, const ColumnMapping &mapping, qint64 campaignId, const QDate &today)
    : m_db(db), m_mapping(mapping), m_campaignId(campaignId), m_today(today)
{
}

QString MetricsPlanner::noteKey(const QString &link)
{
    static const QRegularExpression noteId(QStringLiteral("/(?:explore|discovery/item|notes?)/([0-9a-zA-Z]{8,})(?:[/?#]|$)"));
    const QRegularExpressionMatch m = noteId.match(link.trimmed());
    if (m.hasMatch())
        return QStringLiteral("note:") + m.captured(1).toLower();
    return normalizedProfileKey(link); // host + path, without scheme, query and trailing slash
}

bool MetricsPlanner::prepare(StoreError *error)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT p.id, p.url FROM posts p JOIN collaborations c ON c.id = p.collaboration_id "
                             "WHERE c.campaign_id = ? AND p.url IS NOT NULL"));
    q.addBindValue(m_campaignId);
    if (!q.exec()) {
        *error = m_db.errorFrom(q.lastError());
        return false;
    }
    while (q.next())
        m_posts.insert(noteKey(q.value(1).toString()), q.value(0).toLongLong());
    q.finish();
    q.prepare(QStringLiteral("SELECT m.post_id, m.as_of FROM post_metrics m JOIN posts p ON p.id = m.post_id "
                             "JOIN collaborations c ON c.id = p.collaboration_id WHERE c.campaign_id = ?"));
    q.addBindValue(m_campaignId);
    if (!q.exec()) {
        *error = m_db.errorFrom(q.lastError());
        return false;
    }
    while (q.next())
        m_existing.insert(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString());
    return true;
}

bool MetricsPlanner::plan(const CsvRecord &record, RowPlan *out, StoreError *error)
{
    Q_UNUSED(error);
    RowPlan &p = *out;
    p = RowPlan();
    p.line = record.line;
    MetricsRow m;
    QString link;
    const auto note = [&](int col, const QString &raw, const QString &reason, CellNote::Severity s) {
        p.notes.push_back({record.line, col + 1, m_mapping.headers.value(col), raw, reason, s});
    };
    for (int col = 0; col < record.cells.size(); ++col) {
        const ImportField f = m_mapping.fieldAt(col);
        const QString raw = record.cells.at(col);
        const QString v = raw.trimmed();
        if (f == ImportField::Ignore || v.isEmpty())
            continue;
        std::optional<qint64> *target = nullptr;
        switch (f) {
        case ImportField::NoteLink: link = v; break;
        case ImportField::Source: m.source = v; break;
        case ImportField::AsOfDate: {
            const Parsed<QDate> d = ValueParser::date(raw);
            if (d.state == Parsed<QDate>::State::Invalid || d.state == Parsed<QDate>::State::Doubtful)
                note(col, raw, d.note, d.ok() ? CellNote::Severity::Doubtful : CellNote::Severity::Invalid);
            if (d.ok())
                m.asOf = *d.value;
            break;
        }
        case ImportField::Views: target = &m.views; break;
        case ImportField::Likes: target = &m.likes; break;
        case ImportField::Comments: target = &m.comments; break;
        case ImportField::Saves: target = &m.saves; break;
        case ImportField::Shares: target = &m.shares; break;
        case ImportField::Clicks: target = &m.clicks; break;
        case ImportField::Impressions:
            note(col, raw, tr("Impressions are not stored yet."), CellNote::Severity::Info);
            break;
        default: break; // title, publish time: read by the campaign screen later
        }
        if (target) {
            const Parsed<qint64> n = ValueParser::count(raw);
            if (n.state == Parsed<qint64>::State::Invalid || n.state == Parsed<qint64>::State::Doubtful)
                note(col, raw, n.note, n.ok() ? CellNote::Severity::Doubtful : CellNote::Severity::Invalid);
            if (n.ok())
                *target = n.value;
        }
    }
    if (!m.asOf.isValid())
        m.asOf = m_today;
    if (m.source.isEmpty())
        m.source = QStringLiteral("import");
    m.noteKey = link.isEmpty() ? QString() : noteKey(link);
    m.postId = m_posts.value(m.noteKey, 0);
    if (!m.postId) {
        p.action = RowAction::RejectNoIdentity;
        p.notes.push_back({record.line, m_mapping.columnOf(ImportField::NoteLink) + 1, {}, link,
                           link.isEmpty() ? tr("No note link: row not imported.")
                                          : tr("No post of this campaign has this link: row not imported."),
                           CellNote::Severity::Invalid});
        p.metrics = m;
        return true;
    }
    const QString key = QString::number(m.postId) + QLatin1Char('|') + m.asOf.toString(Qt::ISODate);
    if (const qint64 earlier = m_seen.value(key, 0)) {
        p.action = RowAction::SkipDuplicateInFile;
        p.duplicateOfLine = earlier;
    } else if (m_existing.contains(key)) {
        p.action = RowAction::SkipExisting;
        m_seen.insert(key, record.line);
    } else {
        p.action = RowAction::Create;
        m_seen.insert(key, record.line);
    }
    p.existingId = m.postId;
    p.metrics = m;
    return true;
}

} // namespace rr
