// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands.h"
#include "cliconfig.h"

#include <QCoreApplication>

int runExport(const QStringList &)
{
    Cli::printError(QCoreApplication::translate("presencectl", "The export command is not built yet."));
    return ExitUsage;
}
