// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionSpec for a PostgreSQL server, from and to a postgresql:// URL.
#include "store/Database.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace rr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rr::ConnectionSpec", text);
}

// The libpq settings a URL may carry; each value goes into QPSQL's connect options unquoted.
const QStringList &allowedParameters()
{
    static const QStringList names{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                   QStringLiteral("sslcert"), QStringLiteral("sslkey"),
                                   QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
    return names;
}

} // namespace

bool ConnectionSpec::isPostgresUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ConnectionSpec> ConnectionSpec::fromPostgresUrl(const QString &text, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!isPostgresUrl(text))
        return fail(tr("\"%1\" is not a PostgreSQL URL; expected postgresql://user@host:port/database").arg(text));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("\"%1\" is not a valid URL: %2").arg(text, url.errorString()));

    ConnectionSpec spec;
    spec.backend = Backend::Postgres;
    spec.host = url.host();
    if (spec.host.isEmpty())
        return fail(tr("The URL \"%1\" names no server; expected postgresql://user@host:port/database").arg(text));
    spec.port = url.port(5432);
    spec.user = url.userName(QUrl::FullyDecoded);
    spec.password = url.password(QUrl::FullyDecoded);
    spec.database = url.path(QUrl::FullyDecoded).mid(1);
    if (spec.database.isEmpty() || spec.database.contains(QLatin1Char('/')))
        return fail(tr("The URL \"%1\" names no database; expected postgresql://user@host:port/database").arg(text));

    QStringList options;
    bool timeoutGiven = false;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedParameters().contains(key))
            return fail(tr("The URL parameter \"%1\" is not supported; use %2").arg(key, allowedParameters().join(QLatin1String(", "))));
        if (value.isEmpty() || value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char(';'))
            || value.contains(QLatin1Char('\'')) || value.contains(QLatin1Char('\\')))
            return fail(tr("The URL parameter \"%1\" needs a value without spaces, quotes, semicolons or backslashes (write C:/certs/ca.crt)").arg(key));
        if (key == QLatin1String("sslmode")) {
            static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                           QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return fail(tr("sslmode \"%1\" is not one of %2").arg(value, modes.join(QLatin1String(", "))));
        }
        if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            if (value.toInt(&ok) < 1 || !ok)
                return fail(tr("connect_timeout must be a number of seconds, not \"%1\"").arg(value));
            timeoutGiven = true;
        }
        options << key + QLatin1Char('=') + value;
    }
    // A server that is down or unreachable is reported after 10 s instead of the system's TCP timeout.
    if (!timeoutGiven)
        options << QStringLiteral("connect_timeout=10");
    spec.options = options.join(QLatin1Char(';'));
    return spec;
}

QString ConnectionSpec::postgresUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    // Sorted: the same server reads the same however its options were ordered (the URL is the
    // key of its password in the keychain).
    QStringList sorted = options.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    sorted.sort();
    for (const QString &option : std::as_const(sorted)) {
        const QString key = option.section(QLatin1Char('='), 0, 0);
        if (key != QLatin1String("connect_timeout") || option != QLatin1String("connect_timeout=10"))
            query.addQueryItem(key, option.section(QLatin1Char('='), 1));
    }
    url.setQuery(query);
    return url.toString(); // never the password
}

} // namespace rr
