// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

// Exit statuses of presencectl.
enum ExitStatus {
    ExitSuccess = 0,
    ExitRequestFailed = 1, // network, server or access error
    ExitUsage = 2, // invalid usage or input; nothing was sent
};

// Each command receives the program name followed by its own arguments, and returns the exit
// status. Output goes to stdout, one-sentence errors to stderr.
int runHereNow(const QStringList &arguments);
int runWhereNow(const QStringList &arguments);
int runGetState(const QStringList &arguments);
int runSetState(const QStringList &arguments);
int runServe(const QStringList &arguments);
int runExport(const QStringList &arguments);
