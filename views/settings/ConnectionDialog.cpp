// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/ConnectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace rr {

namespace {

// libpq connect options other than sslmode (sslrootcert, application_name...) that came with the
// server's URL: kept as they were, since the dialog has no fields for them.
QUrlQuery extraOptions(const ConnectionSpec &spec, QString *sslmode)
{
    QUrlQuery query;
    for (const QString &option : spec.options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = option.section(QLatin1Char('='), 0, 0);
        const QString value = option.section(QLatin1Char('='), 1);
        if (key == QLatin1String("sslmode"))
            *sslmode = value;
        else if (option != QLatin1String("connect_timeout=10")) // the default, added again on parsing
            query.addQueryItem(key, value);
    }
    return query;
}

} // namespace

ConnectionDialog::ConnectionDialog(const ConnectionSpec &current, const QString &lastServer, bool keychainAvailable,
                                   QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Database Connection"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);

    m_fileChoice = new QRadioButton(tr("A database &file on this computer (for one person)"), this);
    m_fileGroup = new QGroupBox(this);
    m_fileGroup->setFlat(true);
    auto *fileRow = new QHBoxLayout(m_fileGroup);
    m_path = new QLineEdit(m_fileGroup);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    auto *browse = new QPushButton(tr("&Browse…"), m_fileGroup);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browse);
    layout->addWidget(m_fileChoice);
    layout->addWidget(m_fileGroup);

    m_serverChoice = new QRadioButton(tr("A team's &PostgreSQL server (shared by the whole team)"), this);
    m_serverGroup = new QGroupBox(this);
    m_serverGroup->setFlat(true);
    auto *form = new QFormLayout(m_serverGroup);
    m_host = new QLineEdit(m_serverGroup);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("e.g. db.example.com"));
    m_port = new QSpinBox(m_serverGroup);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(m_serverGroup);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user = new QLineEdit(m_serverGroup);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_tls = new QComboBox(m_serverGroup);
    m_tls->addItem(tr("Use TLS when the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Require TLS"), QStringLiteral("require"));
    m_tls->addItem(tr("Require TLS and check the server's certificate and name"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("No TLS (only on a trusted network)"), QStringLiteral("disable"));
    m_password = new QLineEdit(m_serverGroup);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when left empty"));
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), m_serverGroup);
    m_remember->setEnabled(keychainAvailable);
    m_remember->setChecked(keychainAvailable);
    if (!keychainAvailable)
        m_remember->setToolTip(tr("This build has no keychain support: the password is asked for once per session "
                                  "and never saved."));
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&TLS:"), m_tls);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    layout->addWidget(m_serverChoice);
    layout->addWidget(m_serverGroup);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    layout->addWidget(m_message);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    const bool onServer = current.backend == Backend::Postgres;
    m_path->setText(QDir::toNativeSeparators(onServer ? QString() : current.path));
    if (onServer) {
        fillServer(current);
    } else if (QString why; const auto last = ConnectionSpec::fromPostgresUrl(lastServer, &why)) {
        fillServer(*last);
    }
    (onServer ? m_serverChoice : m_fileChoice)->setChecked(true);

    for (QLineEdit *edit : {m_path, m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::update);
    connect(m_fileChoice, &QRadioButton::toggled, this, &ConnectionDialog::update);
    update();
}

void ConnectionDialog::fillServer(const ConnectionSpec &server)
{
    m_host->setText(server.host);
    m_port->setValue(server.port);
    m_database->setText(server.database);
    m_user->setText(server.user);
    m_password->setText(server.password);
    QString sslmode;
    m_extraOptions = extraOptions(server, &sslmode).toString(QUrl::FullyEncoded);
    if (!sslmode.isEmpty()) {
        if (m_tls->findData(sslmode) < 0)
            m_tls->addItem(sslmode, sslmode); // verify-ca, allow: set in a URL, shown by name
        m_tls->setCurrentIndex(m_tls->findData(sslmode));
    }
}

std::optional<ConnectionSpec> ConnectionDialog::spec() const
{
    if (!problem().isEmpty())
        return std::nullopt;
    if (m_fileChoice->isChecked())
        return ConnectionSpec::sqlite(QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absoluteFilePath());
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query(m_extraOptions);
    const QString sslmode = m_tls->currentData().toString();
    if (sslmode != QLatin1String("prefer")) // libpq's default
        query.addQueryItem(QStringLiteral("sslmode"), sslmode);
    url.setQuery(query);
    QString why;
    std::optional<ConnectionSpec> spec = ConnectionSpec::fromPostgresUrl(url.toString(), &why);
    if (spec)
        spec->password = m_password->text();
    return spec;
}

QString ConnectionDialog::problem() const
{
    if (m_fileChoice->isChecked())
        return m_path->text().trimmed().isEmpty() ? tr("Choose a database file.") : QString();
    if (m_host->text().trimmed().isEmpty())
        return tr("Give the server's name or address.");
    if (m_database->text().trimmed().isEmpty())
        return tr("Give the name of the database on the server.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Give your user name on the server.");
    QUrl probe;
    probe.setHost(m_host->text().trimmed(), QUrl::StrictMode);
    if (!probe.isValid() || probe.host().isEmpty())
        return tr("\"%1\" is not a server name or address.").arg(m_host->text().trimmed());
    return {};
}

bool ConnectionDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ConnectionDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ConnectionDialog::focusPassword()
{
    m_serverChoice->setChecked(true);
    m_password->selectAll();
    m_password->setFocus();
}

void ConnectionDialog::browse()
{
    const QString start = m_path->text().trimmed().isEmpty() ? QDir::homePath() : m_path->text().trimmed();
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Database file"), start,
                                                        tr("RedRoster database (*.sqlite *.db);;All files (*)"),
                                                        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void ConnectionDialog::update()
{
    const bool file = m_fileChoice->isChecked();
    m_fileGroup->setEnabled(file);
    m_serverGroup->setEnabled(!file);
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace rr
