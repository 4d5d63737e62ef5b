// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "clientconfig.h"

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

// The translation context of presencectl's messages.
class Presencectl
{
    Q_DECLARE_TR_FUNCTIONS(Presencectl)
};

namespace Cli {

// Adds --origin, --subscribe-key, --publish-key, --secret-key, --auth-key, --user-id and
// --timeout to a parser.
void addConnectionOptions(QCommandLineParser &parser);

// Fills a configuration from the options, falling back to the PN_* environment variables and,
// for the user id, to the one kept in presencectl's settings. Returns false with a sentence in
// `error` when a value is invalid.
bool readConnectionOptions(
    const QCommandLineParser &parser, Presence::ClientConfig *config, QString *error);

// Parses a command's arguments (the first is "presencectl COMMAND"). Returns -1 to go on, or
// the exit status: 0 after printing the help, 2 after printing a usage error.
int parseArguments(QCommandLineParser &parser, const QStringList &arguments);

// Writes one sentence to stderr.
void printError(const QString &message);
// Writes text to stdout as UTF-8.
void printOutput(const QByteArray &text);

} // namespace Cli
