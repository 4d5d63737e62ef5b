// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cliconfig.h"

#include "connectionoptions.h"
#include "validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Cli {

namespace {

// A user id generated at first use and kept, so that repeated calls are one user.
QString storedUserId()
{
    QSettings settings(u"PresenceDashboard"_s, u"presencectl"_s);
    QString userId = settings.value(u"userId"_s).toString();
    if (userId.isEmpty()) {
        userId = u"presencectl-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(u"userId"_s, userId);
    }
    return userId;
}

} // namespace

void addConnectionOptions(QCommandLineParser &parser)
{
    Presence::ConnectionOptions::add(parser,
        Presencectl::tr("User id of the caller (environment: PN_USER_ID). Without one, a "
                        "generated id kept in the settings is used."));
}

bool readConnectionOptions(
    const QCommandLineParser &parser, Presence::ClientConfig *config, QString *error)
{
    if (!Presence::ConnectionOptions::read(parser, config, error))
        return false;
    if (config->subscribeKey.isEmpty()) {
        *error = Presencectl::tr(
            "No subscribe key is set: pass --subscribe-key or set PN_SUBSCRIBE_KEY.");
        return false;
    }
    if (config->userId.isEmpty())
        config->userId = storedUserId();

    const QString problem = Presence::Validation::checkConfig(*config);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return true;
}

int parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        const QString command = arguments.constFirst().section(u' ', -1);
        printError(Presencectl::tr("%1 Run \"presencectl %2 --help\" for the options.")
                       .arg(parser.errorText(), command));
        return 2;
    }
    if (!parser.isSet(u"help"_s))
        return -1;

    // The parser's usage line names the executable path only; name the command instead.
    QString help = parser.helpText();
    const qsizetype optionsAt = help.left(help.indexOf(u'\n')).indexOf(u"[options]"_s);
    if (optionsAt >= 0) {
        const QString command = arguments.constFirst().section(u' ', -1);
        help.replace(0, optionsAt, u"Usage: presencectl %1 "_s.arg(command));
    }
    printOutput(help.toUtf8());
    return 0;
}

void printError(const QString &message)
{
    const QByteArray text = message.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

void printOutput(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

} // namespace Cli
