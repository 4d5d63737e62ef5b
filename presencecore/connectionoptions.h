// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "clientconfig.h"

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace Presence {

/**
 * The connection options that presencectl and presence-dashboard share: --origin,
 * --subscribe-key, --publish-key, --secret-key, --auth-key, --user-id and --timeout, each with
 * its PN_* environment variable as the fallback where the option is absent.
 */
class ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)

public:
    // Adds the options. `userIdHelp` describes what the program does without a user id.
    static void add(QCommandLineParser &parser, const QString &userIdHelp);

    /**
     * Fills `config` from the options and the environment. Returns false with a sentence in
     * `error` when the timeout is invalid. A missing subscribe key or user id is left for the
     * caller, since the programs handle them differently.
     */
    static bool read(const QCommandLineParser &parser, ClientConfig *config, QString *error);

    // Whether any option or environment variable names a keyset.
    static bool isKeysetGiven(const QCommandLineParser &parser);

    // A comma-separated option as a list. Empty entries stay, so that validation can name a
    // typo such as "a,,b" instead of dropping it.
    static QStringList listValue(const QCommandLineParser &parser, const QString &name);
};

} // namespace Presence
