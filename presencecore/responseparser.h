// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "presenceerror.h"
#include "presencetypes.h"

#include <QByteArray>

namespace Presence {

/**
 * Parses presence responses into typed results by the shape of the body, never by what was
 * requested. Each function returns the result, or fills `error` (when given) and returns an
 * empty result. Both JSON styles of the service are accepted (spaced with `\u` escapes, and
 * compact).
 */
namespace ResponseParser {

// Classifies an HTTP status and body as an error, or returns an error of kind None. A body
// whose `status` is 400 or more is an error even when the HTTP status is 200.
PresenceError errorFor(int httpStatus, const QByteArray &body, const QByteArray &retryAfter = {});

// `singleChannel` names the channel when the body comes back in shape A, which omits it.
HereNowResult parseHereNow(const QByteArray &body, const QString &singleChannel,
                           PresenceError *error = nullptr);
WhereNowResult parseWhereNow(const QByteArray &body, PresenceError *error = nullptr);
// `channels` are those of the request: the body echoes the state once, not per channel.
SetStateResult parseSetState(const QByteArray &body, const QStringList &channels,
                             PresenceError *error = nullptr);
// Accepts the flat single-channel form, `payload.channels`, and a flat channel map in
// `payload`, which some SDKs expect. `singleChannel` names the channel of a flat payload
// without a `channel` key.
GetStateResult parseGetState(const QByteArray &body, const QString &singleChannel,
                             PresenceError *error = nullptr);
// Heartbeat, leave and the group edits: an acknowledgement with status 200.
bool parseAcknowledgement(const QByteArray &body, PresenceError *error = nullptr);
QStringList parseChannelGroups(const QByteArray &body, PresenceError *error = nullptr);
ChannelGroupList parseGroupChannels(const QByteArray &body, PresenceError *error = nullptr);

} // namespace ResponseParser

} // namespace Presence
