// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cliconfig.h"
#include "commands.h"
#include "connectionoptions.h"
#include "outputformat.h"

#include "presenceservice.h"
#include "validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

namespace {

bool readIntOption(
    const QCommandLineParser &parser, const QString &name, int *value, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    if (!ok) {
        *error = Presencectl::tr("The value \"%1\" of --%2 is not a whole number.")
                     .arg(parser.value(name), name);
        return false;
    }
    return true;
}

// A partial list is still a success, but a script should learn that occupants are missing.
void warnAboutUnlistedOccupants(const HereNowResult &result)
{
    for (const HereNowChannel &channel : result.channels) {
        if (channel.occupants.isEmpty() || channel.occupants.size() >= channel.occupancy)
            continue;
        Cli::printError(Presencectl::tr("Listed %1 of the %2 occupants of \"%3\": pass "
                                        "--all-pages to list them all.")
                            .arg(channel.occupants.size())
                            .arg(channel.occupancy)
                            .arg(channel.name));
    }
}

struct CommandSetup
{
    QCommandLineParser parser;
    ClientConfig config;
    OutputFormat format = OutputFormat::Json;
};

// Parses the common options. Returns -1 to go on, or the exit status to return.
int parseCommon(CommandSetup &setup, const QStringList &arguments, const QString &description,
    const QList<QCommandLineOption> &options, const QStringList &formats)
{
    QCommandLineParser &parser = setup.parser;
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    Cli::addConnectionOptions(parser);
    parser.addOptions(options);
    parser.addOption({ u"format"_s,
        Presencectl::tr("Output format: %1 (default json).").arg(formats.join(u", "_s)),
        u"FORMAT"_s, u"json"_s });

    if (const int status = Cli::parseArguments(parser, arguments); status >= 0)
        return status;

    const QString format = parser.value(u"format"_s);
    if (!formats.contains(format)) {
        Cli::printError(Presencectl::tr("The output format \"%1\" is not supported: use one of %2.")
                            .arg(format, formats.join(u", "_s)));
        return ExitUsage;
    }
    setup.format = outputFormatFromName(format);

    QString error;
    if (!Cli::readConnectionOptions(parser, &setup.config, &error)) {
        Cli::printError(error);
        return ExitUsage;
    }
    return -1;
}

// Runs one service call to completion and returns the exit status. `start` issues the call,
// `connectResult` connects the success signal and calls `done` with the output text.
template <typename StartCall, typename ConnectResult>
int runCall(const ClientConfig &config, StartCall start, ConnectResult connectResult)
{
    PresenceService service;
    service.setConfig(config);

    QEventLoop loop;
    int status = ExitRequestFailed;
    RequestId expected = 0;

    auto done = [&](RequestId id, const QByteArray &output) {
        if (id != expected)
            return;
        Cli::printOutput(output);
        status = ExitSuccess;
        loop.quit();
    };
    connectResult(&service, done);
    QObject::connect(&service, &PresenceService::requestFailed, &loop,
        [&](RequestId id, const PresenceError &error) {
            if (id != expected)
                return;
            Cli::printError(error.message());
            status =
                error.kind() == PresenceError::Kind::InvalidInput ? ExitUsage : ExitRequestFailed;
            loop.quit();
        });

    expected = start(&service);
    loop.exec();
    return status;
}

} // namespace

int runHereNow(const QStringList &arguments)
{
    CommandSetup setup;
    const int early = parseCommon(setup, arguments,
        Presencectl::tr(
            "List who is online in channels and channel groups. With no --channels and no "
            "--channel-groups, lists the whole subscribe key (global Here Now)."),
        {
            { u"channels"_s, Presencectl::tr("Channels, separated by commas."), u"LIST"_s },
            { u"channel-groups"_s, Presencectl::tr("Channel groups, separated by commas."),
                u"LIST"_s },
            { u"state"_s, Presencectl::tr("Include each occupant's presence state.") },
            { u"no-user-ids"_s, Presencectl::tr("Return occupancy counts only.") },
            { u"limit"_s, Presencectl::tr("Occupants listed per channel, 0 to 1000."), u"N"_s },
            { u"offset"_s, Presencectl::tr("Index of the first occupant listed per channel."),
                u"N"_s },
            { u"all-pages"_s,
                Presencectl::tr("Follow limit and offset until every occupant is listed.") },
        },
        { u"json"_s, u"table"_s, u"csv"_s });
    if (early >= 0)
        return early;

    const QCommandLineParser &parser = setup.parser;
    HereNowQuery query;
    query.channels = Presence::ConnectionOptions::listValue(parser, u"channels"_s);
    query.channelGroups = Presence::ConnectionOptions::listValue(parser, u"channel-groups"_s);
    query.includeState = parser.isSet(u"state"_s);
    query.includeUserIds = !parser.isSet(u"no-user-ids"_s);
    query.allPages = parser.isSet(u"all-pages"_s);

    QString error;
    if (!readIntOption(parser, u"limit"_s, &query.limit, &error)
        || !readIntOption(parser, u"offset"_s, &query.offset, &error)) {
        Cli::printError(error);
        return ExitUsage;
    }
    // -1 means "no limit given" inside the query, so a negative limit is rejected here.
    if (parser.isSet(u"limit"_s) && query.limit < 0) {
        Cli::printError(Presencectl::tr("The limit %1 is invalid: give a number of occupants "
                                        "from 0 to 1000 per channel.")
                            .arg(query.limit));
        return ExitUsage;
    }
    if (query.includeState && !query.includeUserIds) {
        Cli::printError(
            Presencectl::tr("--state needs the user ids: leave out --no-user-ids to include "
                            "state."));
        return ExitUsage;
    }
    error = Validation::checkHereNow(setup.config, query);
    if (!error.isEmpty()) {
        Cli::printError(error);
        return ExitUsage;
    }

    const OutputFormat format = setup.format;
    // A page asked for with --limit or --offset is partial on purpose.
    const bool explicitPage = parser.isSet(u"limit"_s) || parser.isSet(u"offset"_s);
    return runCall(
        setup.config, [&](PresenceService *service) { return service->hereNow(query); },
        [&](PresenceService *service, auto done) {
            QObject::connect(service, &PresenceService::hereNowFinished, service,
                [=](RequestId id, const HereNowResult &result) {
                    if (!explicitPage)
                        warnAboutUnlistedOccupants(result);
                    done(id, formatHereNow(result, format));
                });
        });
}

int runWhereNow(const QStringList &arguments)
{
    CommandSetup setup;
    setup.parser.addPositionalArgument(u"user-id"_s,
        Presencectl::tr("The user to look up (default: the caller)."), u"[USER_ID]"_s);
    const int early = parseCommon(setup, arguments,
        Presencectl::tr("List the channels a user is in."), {}, { u"json"_s, u"table"_s });
    if (early >= 0)
        return early;

    const QStringList positional = setup.parser.positionalArguments();
    if (positional.size() > 1) {
        Cli::printError(Presencectl::tr("where-now takes at most one user id, but %1 were given.")
                            .arg(positional.size()));
        return ExitUsage;
    }
    const QString userId = positional.isEmpty() ? setup.config.userId : positional.first();
    const QString error = Validation::checkUserId(userId);
    if (!error.isEmpty()) {
        Cli::printError(error);
        return ExitUsage;
    }

    const OutputFormat format = setup.format;
    return runCall(
        setup.config, [&](PresenceService *service) { return service->whereNow(userId); },
        [&](PresenceService *service, auto done) {
            QObject::connect(service, &PresenceService::whereNowFinished, service,
                [=](RequestId id, const WhereNowResult &result) {
                    done(id, formatWhereNow(result, format));
                });
        });
}

int runGetState(const QStringList &arguments)
{
    CommandSetup setup;
    const int early = parseCommon(setup, arguments,
        Presencectl::tr("Read a user's presence state on channels and groups."),
        {
            { u"channels"_s, Presencectl::tr("Channels, separated by commas."), u"LIST"_s },
            { u"channel-groups"_s, Presencectl::tr("Channel groups, separated by commas."),
                u"LIST"_s },
            { u"for"_s, Presencectl::tr("The user whose state to read (default: the caller)."),
                u"USER_ID"_s },
        },
        { u"json"_s, u"table"_s });
    if (early >= 0)
        return early;

    StateQuery query;
    query.channels = Presence::ConnectionOptions::listValue(setup.parser, u"channels"_s);
    query.channelGroups = Presence::ConnectionOptions::listValue(setup.parser, u"channel-groups"_s);
    query.userId = setup.parser.value(u"for"_s);
    const QString error = Validation::checkState(setup.config, query);
    if (!error.isEmpty()) {
        Cli::printError(error);
        return ExitUsage;
    }

    const OutputFormat format = setup.format;
    return runCall(
        setup.config, [&](PresenceService *service) { return service->getState(query); },
        [&](PresenceService *service, auto done) {
            QObject::connect(service, &PresenceService::getStateFinished, service,
                [=](RequestId id, const GetStateResult &result) {
                    done(id, formatGetState(result, format));
                });
        });
}

int runSetState(const QStringList &arguments)
{
    CommandSetup setup;
    const int early = parseCommon(setup, arguments,
        Presencectl::tr(
            "Set a user's presence state on channels and groups. The state replaces the "
            "previous one."),
        {
            { u"channels"_s, Presencectl::tr("Channels, separated by commas."), u"LIST"_s },
            { u"channel-groups"_s, Presencectl::tr("Channel groups, separated by commas."),
                u"LIST"_s },
            { u"for"_s, Presencectl::tr("The user whose state to set (default: the caller)."),
                u"USER_ID"_s },
            { u"state"_s, Presencectl::tr("The state, a JSON object such as '{\"mood\":\"ok\"}'."),
                u"JSON"_s },
        },
        { u"json"_s, u"table"_s });
    if (early >= 0)
        return early;

    if (!setup.parser.isSet(u"state"_s)) {
        Cli::printError(
            Presencectl::tr("No state was given: pass --state with a JSON object, such as "
                            "--state '{\"mood\":\"ok\"}'."));
        return ExitUsage;
    }
    SetStateQuery query;
    query.channels = Presence::ConnectionOptions::listValue(setup.parser, u"channels"_s);
    query.channelGroups = Presence::ConnectionOptions::listValue(setup.parser, u"channel-groups"_s);
    query.userId = setup.parser.value(u"for"_s);
    query.stateJson = setup.parser.value(u"state"_s).toUtf8();
    const QString error = Validation::checkSetState(setup.config, query);
    if (!error.isEmpty()) {
        Cli::printError(error);
        return ExitUsage;
    }

    const OutputFormat format = setup.format;
    return runCall(
        setup.config, [&](PresenceService *service) { return service->setState(query); },
        [&](PresenceService *service, auto done) {
            QObject::connect(service, &PresenceService::setStateFinished, service,
                [=](RequestId id, const SetStateResult &result) {
                    done(id, formatSetState(result, format));
                });
        });
}
