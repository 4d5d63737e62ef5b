// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cliconfig.h"

#include "validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Cli {

namespace {

    // The option's value, or the environment variable's where the option is absent.
    QString valueOrEnvironment(
        const QCommandLineParser &parser, const QString &option, const char *variable)
    {
        if (parser.isSet(option))
            return parser.value(option);
        return qEnvironmentVariable(variable);
    }

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
    parser.addOptions({
        { u"origin"_s,
            Presencectl::tr(
                "Presence service origin, such as https://ps.pndsn.com or http://127.0.0.1:8090 "
                "(environment: PN_ORIGIN)."),
            u"URL"_s },
        { u"subscribe-key"_s, Presencectl::tr("Subscribe key (environment: PN_SUBSCRIBE_KEY)."),
            u"KEY"_s },
        { u"publish-key"_s,
            Presencectl::tr(
                "Publish key, used in request signatures (environment: PN_PUBLISH_KEY)."),
            u"KEY"_s },
        { u"secret-key"_s,
            Presencectl::tr("Secret key for signing requests. Prefer the PN_SECRET_KEY environment "
                            "variable, because options show up in process listings."),
            u"KEY"_s },
        { u"auth-key"_s,
            Presencectl::tr("Access Manager auth key or token. Prefer the PN_AUTH_KEY environment "
                            "variable, because options show up in process listings."),
            u"KEY"_s },
        { u"user-id"_s,
            Presencectl::tr(
                "User id of the caller (environment: PN_USER_ID). Without one, a generated "
                "id kept in the settings is used."),
            u"ID"_s },
        { u"timeout"_s, Presencectl::tr("Request timeout in seconds (default 10)."), u"SECONDS"_s },
    });
}

bool readConnectionOptions(
    const QCommandLineParser &parser, Presence::ClientConfig *config, QString *error)
{
    const QString origin = valueOrEnvironment(parser, u"origin"_s, "PN_ORIGIN");
    if (!origin.isEmpty())
        config->origin = origin;
    config->subscribeKey = valueOrEnvironment(parser, u"subscribe-key"_s, "PN_SUBSCRIBE_KEY");
    config->publishKey = valueOrEnvironment(parser, u"publish-key"_s, "PN_PUBLISH_KEY");
    config->secretKey = valueOrEnvironment(parser, u"secret-key"_s, "PN_SECRET_KEY");
    config->authKey = valueOrEnvironment(parser, u"auth-key"_s, "PN_AUTH_KEY");
    config->userId = valueOrEnvironment(parser, u"user-id"_s, "PN_USER_ID");

    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const double seconds = parser.value(u"timeout"_s).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            *error = Presencectl::tr(
                "The timeout \"%1\" is invalid: give a number of seconds between 0 and "
                "3600, such as --timeout 10.")
                         .arg(parser.value(u"timeout"_s));
            return false;
        }
        config->requestTimeout = std::chrono::milliseconds(qRound64(seconds * 1000));
    }

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
