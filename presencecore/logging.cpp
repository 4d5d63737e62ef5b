// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "logging_p.h"

namespace Presence {

Q_LOGGING_CATEGORY(lcService, "presence.core.service", QtInfoMsg)
Q_LOGGING_CATEGORY(lcParser, "presence.core.parser", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "presence.core.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "presence.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "presence.server.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSimulation, "presence.server.simulation", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "presence.core.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScheduler, "presence.core.scheduler", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHistory, "presence.core.history", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCsv, "presence.core.csv", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProcess, "presence.core.process", QtInfoMsg)

} // namespace Presence
