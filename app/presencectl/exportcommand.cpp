// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cliconfig.h"
#include "commands.h"
#include "connectionoptions.h"

#include "csv/occupancycsv.h"
#include "historyexport.h"
#include "presenceservice.h"
#include "validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

namespace {

// An ISO 8601 time; a time without an offset or `Z` is taken as UTC.
std::optional<QDateTime> parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

// The history of the desktop dashboard, which presencectl reads unless --database is given.
QString dashboardHistoryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/PresenceDashboard/presence-dashboard/history.sqlite"_s;
}

void printSummary(const QString &path, qint64 rows)
{
    const QJsonObject summary { { u"output"_s, QFileInfo(path).absoluteFilePath() },
        { u"rows"_s, double(rows) } };
    Cli::printOutput(QJsonDocument(summary).toJson(QJsonDocument::Compact) + '\n');
}

int exportHistory(const QCommandLineParser &parser, const QString &outputPath)
{
    for (const QString &option : { u"channel-groups"_s, u"occupants"_s }) {
        if (parser.isSet(option)) {
            Cli::printError(
                Presencectl::tr("The option --%1 applies to snapshots only: leave it out with "
                                "--history.")
                    .arg(option));
            return ExitUsage;
        }
    }
    for (const QString &option : { u"from"_s, u"to"_s }) {
        if (!parser.isSet(option)) {
            Cli::printError(
                Presencectl::tr("The option --%1 is missing: --history needs --from and --to "
                                "as ISO 8601 times, such as 2026-12-04T19:40:00Z.")
                    .arg(option));
            return ExitUsage;
        }
    }

    HistoryExportRequest request;
    request.outputPath = outputPath;
    request.keyset = parser.value(u"keyset"_s);
    request.databasePath =
        parser.isSet(u"database"_s) ? parser.value(u"database"_s) : dashboardHistoryPath();
    if (parser.isSet(u"channels"_s)) {
        request.channels = Presence::ConnectionOptions::listValue(parser, u"channels"_s);
        if (const QString problem = Validation::checkChannels(request.channels);
            !problem.isEmpty()) {
            Cli::printError(problem);
            return ExitUsage;
        }
    }
    const auto from = parseTime(parser.value(u"from"_s));
    const auto to = parseTime(parser.value(u"to"_s));
    if (!from || !to) {
        Cli::printError(Presencectl::tr("The time \"%1\" is not an ISO 8601 time: write it like "
                                        "2026-12-04T19:40:00Z.")
                            .arg(parser.value(from ? u"to"_s : u"from"_s)));
        return ExitUsage;
    }
    request.from = *from;
    request.to = *to;
    if (const QString problem = HistoryExport::validate(request); !problem.isEmpty()) {
        Cli::printError(problem);
        return ExitUsage;
    }

    QString error;
    qint64 rows = 0;
    if (HistoryExport::run(request, {}, &error, &rows) != OccupancyCsv::Outcome::Saved) {
        Cli::printError(error);
        return ExitRequestFailed;
    }
    if (rows == 0) {
        // An empty export is valid, but usually a wrong keyset, range or channel name.
        Cli::printError(Presencectl::tr("No occupancy was recorded for this keyset, these "
                                        "channels and this range, so the file holds the header "
                                        "only. Check --keyset, --channels, --from and --to."));
    }
    printSummary(outputPath, rows);
    return ExitSuccess;
}

int exportSnapshot(const QCommandLineParser &parser, const QString &outputPath)
{
    for (const QString &option : { u"from"_s, u"to"_s, u"database"_s, u"keyset"_s }) {
        if (parser.isSet(option)) {
            Cli::printError(
                Presencectl::tr("The option --%1 applies to --history exports only: add "
                                "--history or leave it out.")
                    .arg(option));
            return ExitUsage;
        }
    }

    HereNowQuery query;
    query.channels = Presence::ConnectionOptions::listValue(parser, u"channels"_s);
    query.channelGroups = Presence::ConnectionOptions::listValue(parser, u"channel-groups"_s);
    const bool occupants = parser.isSet(u"occupants"_s);
    query.includeUserIds = occupants;
    query.includeState = occupants;
    query.allPages = occupants;
    if (query.channels.isEmpty() && query.channelGroups.isEmpty()) {
        Cli::printError(
            Presencectl::tr("No channels are given: pass --channels a,b or --channel-groups g."));
        return ExitUsage;
    }

    ClientConfig config;
    QString error;
    if (!Cli::readConnectionOptions(parser, &config, &error)) {
        Cli::printError(error);
        return ExitUsage;
    }
    if (const QString problem = Validation::checkHereNow(config, query); !problem.isEmpty()) {
        Cli::printError(problem);
        return ExitUsage;
    }

    PresenceService service;
    service.setConfig(config);
    std::optional<HereNowResult> result;
    PresenceError failure;
    QEventLoop loop;
    QObject::connect(&service, &PresenceService::hereNowFinished, &loop,
        [&](RequestId, const HereNowResult &answer) {
            result = answer;
            loop.quit();
        });
    QObject::connect(&service, &PresenceService::requestFailed, &loop,
        [&](RequestId, const PresenceError &reported) {
            failure = reported;
            loop.quit();
        });
    service.hereNow(query);
    loop.exec();

    if (!result) {
        Cli::printError(failure.message());
        return failure.kind() == PresenceError::Kind::InvalidInput ? ExitUsage : ExitRequestFailed;
    }

    // The server may leave channels without occupants out of the response, and the export
    // still lists them, with occupancy 0.
    QSet<QString> answered;
    for (const HereNowChannel &channel : std::as_const(result->channels))
        answered.insert(channel.name);
    for (const QString &name : std::as_const(query.channels)) {
        if (!answered.contains(name)) {
            result->channels.append(HereNowChannel { name, 0, {} });
            answered.insert(name);
        }
    }
    std::sort(result->channels.begin(), result->channels.end(),
        [](const HereNowChannel &a, const HereNowChannel &b) { return a.name < b.name; });

    const bool saved = occupants ? OccupancyCsv::saveOccupantsNow(outputPath, *result, &error)
                                 : OccupancyCsv::saveOccupancyNow(outputPath, *result, &error);
    if (!saved) {
        Cli::printError(error);
        return ExitRequestFailed;
    }

    qint64 rows = 0;
    for (const HereNowChannel &channel : std::as_const(result->channels))
        rows += occupants ? channel.occupants.size() : 1;
    printSummary(outputPath, rows);
    return ExitSuccess;
}

} // namespace

int runExport(const QStringList &arguments)
{
    // stderr carries one sentence per error, so the library's own log lines stay silent;
    // QT_LOGGING_RULES in the environment still overrides these rules.
    QLoggingCategory::setFilterRules(u"presence.*.info=false\npresence.*.warning=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(Presencectl::tr(
        "Export occupancy to a CSV file (RFC 4180, UTF-8, times in UTC): a snapshot of "
        "channels now, or with --history the recorded occupancy of the dashboard."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    Cli::addConnectionOptions(parser);
    parser.addOptions({
        { u"channels"_s, Presencectl::tr("Channels to export, separated by commas."), u"LIST"_s },
        { u"channel-groups"_s, Presencectl::tr("Channel groups to export, separated by commas."),
            u"LIST"_s },
        { u"occupants"_s,
            Presencectl::tr(
                "Export one row per occupant with the state as JSON, instead of one row per "
                "channel.") },
        { u"output"_s,
            Presencectl::tr("The CSV file to write; an existing file is replaced only once "
                            "the export is complete."),
            u"FILE"_s },
        { u"history"_s, Presencectl::tr("Export recorded occupancy from the history database.") },
        { u"from"_s,
            Presencectl::tr("Start of the history range, ISO 8601 (UTC unless an offset is "
                            "given)."),
            u"TIME"_s },
        { u"to"_s,
            Presencectl::tr("End of the history range, ISO 8601 (UTC unless an offset is given)."),
            u"TIME"_s },
        { u"database"_s, Presencectl::tr("The history database (default: the dashboard's)."),
            u"PATH"_s },
        { u"keyset"_s, Presencectl::tr("Export only the history of this keyset (default: all)."),
            u"NAME"_s },
    });

    if (const int status = Cli::parseArguments(parser, arguments); status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty()) {
        Cli::printError(
            Presencectl::tr("Unexpected argument \"%1\": the export command takes options only.")
                .arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    const QString outputPath = parser.value(u"output"_s);
    if (outputPath.isEmpty()) {
        Cli::printError(Presencectl::tr("No output file is given: pass --output FILE.csv."));
        return ExitUsage;
    }

    return parser.isSet(u"history"_s) ? exportHistory(parser, outputPath)
                                      : exportSnapshot(parser, outputPath);
}
