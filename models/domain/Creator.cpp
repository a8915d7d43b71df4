// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Creator.h"

#include <QRegularExpression>
#include <QUrl>

namespace rr {

QString Creator::searchText() const
{
    // Trimmed, as the columns are stored: the same text whether built before or after saving.
    QStringList parts{handle.trimmed(), nickname.trimmed(), realName.trimmed(), notes.trimmed()};
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n')).toLower();
}

QString normalizedProfileKey(const QString &link)
{
    const QString trimmed = link.trimmed();
    if (trimmed.isEmpty())
        return {};
    static const QRegularExpression userId(QStringLiteral("/user/profile/([0-9a-fA-F]{24})(?:[/?#]|$)"));
    const QRegularExpressionMatch m = userId.match(trimmed);
    if (m.hasMatch())
        return QStringLiteral("xhs:") + m.captured(1).toLower();

    QString withScheme = trimmed;
    if (!withScheme.contains(QLatin1String("://")))
        withScheme.prepend(QLatin1String("https://"));
    const QUrl url(withScheme, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return trimmed.toLower();
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // Short-link codes are case-sensitive; the host is not.
    return host + path;
}

} // namespace rr
