// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cliconfig.h"
#include "commands.h"

#include "crowdsimulator.h"
#include "presenceserver.h"
#include "terminationsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

bool readInteger(const QCommandLineParser &parser, const QString &option, int minimum, int maximum,
    int *value, QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int number = parser.value(option).toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        *error =
            Presencectl::tr("Invalid value \"%1\" for --%2: give a whole number from %3 to %4.")
                .arg(parser.value(option), option)
                .arg(minimum)
                .arg(maximum);
        return false;
    }
    *value = number;
    return true;
}

} // namespace

int runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Presencectl::tr(
        "Runs a local PubNub-compatible presence server. The first line on stdout is "
        "\"listening on http://ADDRESS:PORT\". Stop it with Ctrl+C or SIGTERM. Secrets "
        "given as options show up in process listings: prefer PN_AUTH_KEY, "
        "PN_SECRET_KEY and PN_PUBLISH_KEY."));
    parser.addHelpOption();
    parser.addOptions({
        { u"bind"_s,
            Presencectl::tr(
                "Address to listen on (default 127.0.0.1). Other addresses expose the server "
                "to the network."),
            u"ADDRESS"_s, u"127.0.0.1"_s },
        { u"port"_s, Presencectl::tr("Port to listen on; 0 picks a free one (default 0)."),
            u"PORT"_s, u"0"_s },
        { u"subscribe-key"_s,
            Presencectl::tr("Subscribe key the server answers for (default demo)."), u"KEY"_s,
            u"demo"_s },
        { u"presence-timeout"_s,
            Presencectl::tr(
                "Presence timeout in seconds for clients that name none (default 300)."),
            u"SECONDS"_s },
        { u"announce-max"_s,
            Presencectl::tr(
                "Occupancy above which a channel sends interval events instead of joins and "
                "leaves (default 20)."),
            u"COUNT"_s },
        { u"interval"_s, Presencectl::tr("Seconds between interval events (default 10)."),
            u"SECONDS"_s },
        { u"no-cache"_s,
            Presencectl::tr("Answer every Here Now fresh instead of caching it for 3 s.") },
        { u"legacy-json"_s,
            Presencectl::tr(
                "Send the 2016-2024 JSON layout (spaced, non-ASCII escaped) instead of the "
                "compact 2025 one.") },
        { u"auth-key"_s,
            Presencectl::tr("Require this auth key on every request and deny others with 403 "
                            "(environment: PN_AUTH_KEY)."),
            u"KEY"_s },
        { u"secret-key"_s,
            Presencectl::tr("Require a valid v2 signature made with this secret key (environment: "
                            "PN_SECRET_KEY)."),
            u"KEY"_s },
        { u"publish-key"_s,
            Presencectl::tr("Publish key that clients include in signatures (environment: "
                            "PN_PUBLISH_KEY)."),
            u"KEY"_s },
        { u"simulate"_s, Presencectl::tr("Add a simulated crowd of this many users (default 0)."),
            u"USERS"_s },
        { u"seed"_s,
            Presencectl::tr(
                "Seed of the simulated crowd, so that a run can be repeated (default: a new "
                "one, which is logged)."),
            u"NUMBER"_s },
    });
    if (const int status = Cli::parseArguments(parser, arguments); status >= 0)
        return status;

    if (!parser.positionalArguments().isEmpty()) {
        Cli::printError(Presencectl::tr("Unexpected argument \"%1\": serve takes options only.")
                            .arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }

    Presence::ServerOptions options;
    QString error;
    if (!options.bind.setAddress(parser.value(u"bind"_s))) {
        Cli::printError(
            Presencectl::tr("Invalid address \"%1\" for --bind: give an IP address such as "
                            "127.0.0.1.")
                .arg(parser.value(u"bind"_s)));
        return ExitUsage;
    }
    int port = 0;
    if (!readInteger(parser, u"port"_s, 0, 65535, &port, &error)
        || !readInteger(parser, u"presence-timeout"_s, 1, 3600, &options.presenceTimeout, &error)
        || !readInteger(parser, u"announce-max"_s, 0, 1000000, &options.announceMax, &error)
        || !readInteger(parser, u"interval"_s, 1, 3600, &options.intervalSeconds, &error)
        || !readInteger(parser, u"simulate"_s, 0, 1000000, &options.simulate, &error)) {
        Cli::printError(error);
        return ExitUsage;
    }
    options.port = quint16(port);
    if (parser.isSet(u"seed"_s)) {
        bool ok = false;
        options.seed = parser.value(u"seed"_s).toUInt(&ok);
        if (!ok || options.seed == 0) {
            Cli::printError(
                Presencectl::tr("Invalid value \"%1\" for --seed: give a whole number from 1 to "
                                "4294967295.")
                    .arg(parser.value(u"seed"_s)));
            return ExitUsage;
        }
    }
    options.subscribeKey = parser.value(u"subscribe-key"_s);
    if (options.subscribeKey.isEmpty()) {
        Cli::printError(
            Presencectl::tr("The subscribe key is empty: give one with --subscribe-key."));
        return ExitUsage;
    }
    options.cache = !parser.isSet(u"no-cache"_s);
    options.legacyJson = parser.isSet(u"legacy-json"_s);
    const auto secret = [&parser](const QString &option, const char *variable) {
        return parser.isSet(option) ? parser.value(option) : qEnvironmentVariable(variable);
    };
    options.authKey = secret(u"auth-key"_s, "PN_AUTH_KEY");
    options.secretKey = secret(u"secret-key"_s, "PN_SECRET_KEY");
    options.publishKey = secret(u"publish-key"_s, "PN_PUBLISH_KEY");

    if (!options.bind.isLoopback()) {
        Cli::printError(
            Presencectl::tr("Warning: listening on %1 makes the presence server reachable from "
                            "other machines. Use --bind 127.0.0.1 to keep it local.")
                .arg(options.bind.toString()));
    }

    Presence::TerminationSignals termination;
    if (!termination.isActive()) {
        Cli::printError(
            Presencectl::tr("Cannot install the signal handlers for a clean shutdown."));
        return ExitRequestFailed;
    }

    Presence::PresenceServer server(options);
    if (!server.start(&error)) {
        Cli::printError(error);
        return ExitRequestFailed;
    }

    QString host = options.bind.toString();
    if (options.bind.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    Cli::printOutput(u"listening on http://%1:%2\n"_s.arg(host).arg(server.port()).toUtf8());
    std::fflush(stdout);
    if (server.simulator()) {
        Cli::printError(
            Presencectl::tr("Simulating %1 users with seed %2; repeat this run with --seed %2.")
                .arg(options.simulate)
                .arg(server.simulator()->seed()));
    }

    QObject::connect(
        &termination, &Presence::TerminationSignals::terminationRequested, &server, [&server] {
            server.stop();
            QCoreApplication::quit();
        });
    const int status = QCoreApplication::exec();
    server.stop();
    return status == 0 ? ExitSuccess : ExitRequestFailed;
}
