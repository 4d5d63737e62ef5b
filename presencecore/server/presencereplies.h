// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "jsonwriter.h"
#include "presenceengine.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Presence {

/**
 * The reply bodies of the presence service and the channel registry, in the byte layouts of
 * both JSON profiles. Compact bodies have their keys in ASCII order, as the service has sent
 * since 2025; legacy bodies follow one recorded 2016-2024 ordering.
 */
namespace Replies {

struct Occupant
{
    QString userId;
    std::optional<QJsonObject> state;
};

struct HereNowEntry
{
    QString channel;
    int occupancy = 0;
    // Absent when the request disabled user ids or asked for a limit of 0.
    std::optional<QList<Occupant>> occupants;
};

// The form of written occupants: plain user ids, or objects with `uuid` and optional `state`.
enum class OccupantForm { UserId, Object };

QByteArray leave(JsonProfile profile);
QByteArray heartbeat(JsonProfile profile);
QByteArray hereNowSingle(JsonProfile profile, const HereNowEntry &entry, OccupantForm form);
QByteArray hereNowMulti(JsonProfile profile, const QList<HereNowEntry> &entries,
                        int totalOccupancy, OccupantForm form);
QByteArray whereNow(JsonProfile profile, const QStringList &channels);
QByteArray setState(JsonProfile profile, const QJsonObject &state);
QByteArray getStateSingle(JsonProfile profile, const QString &channel, const QString &userId,
                          const QJsonObject &state);
QByteArray getStateMulti(JsonProfile profile, const QString &userId,
                         const QList<QPair<QString, QJsonObject>> &states);

QByteArray registryAck(JsonProfile profile);
QByteArray registryGroupChannels(JsonProfile profile, const QString &group,
                                 const QStringList &channels);
QByteArray registryGroups(JsonProfile profile, const QStringList &groups);
QByteArray registryError(JsonProfile profile, int status, const QString &message);

// A presence-service error such as 400 for invalid input, or 404 with "Not found: '<path>'".
QByteArray presenceError(JsonProfile profile, int status, const QString &message);

// Bodies of the Access Manager and the balancer, which have one layout in every era.
QByteArray accessDenied(const QStringList &channels, const QStringList &groups);
QByteArray invalidSignature();
QByteArray invalidSubscribeKey();
QByteArray uriTooLong();

// A presence message of the subscribe envelope. `subscription` is the `b` member.
QByteArray presenceMessage(JsonProfile profile, const PresenceEvent &event,
                           const QString &subscribeKey, const QString &subscription, int region);
QByteArray subscribeEnvelope(qint64 timetoken, int region, const QList<QByteArray> &messages);

} // namespace Replies
} // namespace Presence
