// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "presencetypes.h"

#include <QByteArray>

namespace Presence {

/**
 * Compact JSON of the result types, with keys in the order of their definitions
 * (`total_channels`, `total_occupancy`, `channels`, ...), as presencectl prints them. Channels
 * of a Here Now come sorted by name; occupants keep the server's order; a missing state is
 * `null`.
 */
namespace ResultJson {

QByteArray hereNow(const HereNowResult &result);
QByteArray whereNow(const WhereNowResult &result);
QByteArray getState(const GetStateResult &result);
QByteArray setState(const SetStateResult &result);

// A JSON string literal with the escapes JSON requires, UTF-8 kept as is.
QByteArray quote(const QString &text);

} // namespace ResultJson

} // namespace Presence
