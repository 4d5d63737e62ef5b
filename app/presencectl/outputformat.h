// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "presencetypes.h"

#include <QByteArray>
#include <QString>

enum class OutputFormat { Json, Table, Csv };

OutputFormat outputFormatFromName(const QString &name);

// The text printed for each result, ending with a line break.
QByteArray formatHereNow(const Presence::HereNowResult &result, OutputFormat format);
QByteArray formatWhereNow(const Presence::WhereNowResult &result, OutputFormat format);
QByteArray formatGetState(const Presence::GetStateResult &result, OutputFormat format);
QByteArray formatSetState(const Presence::SetStateResult &result, OutputFormat format);
