// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cliconfig.h"
#include "commands.h"

int runHereNow(const QStringList &) { return ExitUsage; }
int runWhereNow(const QStringList &) { return ExitUsage; }
int runGetState(const QStringList &) { return ExitUsage; }
int runSetState(const QStringList &) { return ExitUsage; }
