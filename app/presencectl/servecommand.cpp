// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands.h"
#include "cliconfig.h"

#include <QCoreApplication>

int runServe(const QStringList &)
{
    Cli::printError(QCoreApplication::translate("presencectl", "The serve command is not built yet."));
    return ExitUsage;
}
