// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `redroster` binary as a script would, for the command-line tests.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace rr::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
    }
};

// As the unprivileged user `nobody` when `asNobody` (through setpriv: root ignores file
// permissions, so a read-only file can only be observed without root's privileges).
inline CliRun runRedroster(const QStringList &args, bool asNobody = false)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    if (asNobody) {
        p.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                       QStringLiteral("--clear-groups"), QStringLiteral(REDROSTER_BINARY)}
                                               + args);
    } else {
        p.start(QStringLiteral(REDROSTER_BINARY), args);
    }
    CliRun r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace rr::test
