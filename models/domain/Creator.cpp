// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Creator.h"

#include <QUrl>

#include <algorithm>

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
    // A 小红书 profile link: ".../user/profile/<24 hex digits>" then the end or one of / ? #.
    static constexpr QLatin1StringView marker("/user/profile/");
    for (qsizetype at = trimmed.indexOf(marker); at >= 0; at = trimmed.indexOf(marker, at + 1)) {
        const qsizetype from = at + marker.size();
        if (trimmed.size() - from < 24)
            break;
        const QStringView id = QStringView(trimmed).mid(from, 24);
        const bool hex = std::all_of(id.begin(), id.end(), [](QChar c) {
            const char16_t u = c.unicode();
            return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        });
        const qsizetype after = from + 24;
        const bool ends = after == trimmed.size() || QStringView(u"/?#").contains(trimmed.at(after));
        if (hex && ends)
            return QLatin1String("xhs:") + id.toString().toLower();
    }

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
