// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presencereplies.h"

using namespace Qt::Literals::StringLiterals;

namespace Presence::Replies {

namespace {

bool isLegacy(JsonProfile profile)
{
    return profile == JsonProfile::Legacy;
}

void writeOccupants(JsonWriter &json, const QList<Occupant> &occupants, OccupantForm form)
{
    json.beginArray();
    for (const Occupant &occupant : occupants) {
        if (form == OccupantForm::UserId) {
            json.value(occupant.userId);
            continue;
        }
        json.beginObject();
        if (isLegacy(json.profile())) {
            json.field(u"uuid"_s, occupant.userId);
            if (occupant.state)
                json.field(u"state"_s, QJsonValue(*occupant.state));
        } else {
            if (occupant.state)
                json.field(u"state"_s, QJsonValue(*occupant.state));
            json.field(u"uuid"_s, occupant.userId);
        }
        json.endObject();
    }
    json.endArray();
}

void writeChannelEntry(JsonWriter &json, const HereNowEntry &entry, OccupantForm form)
{
    json.key(entry.channel).beginObject();
    if (isLegacy(json.profile())) {
        if (entry.occupants) {
            json.key(u"uuids"_s);
            writeOccupants(json, *entry.occupants, form);
        }
        json.field(u"occupancy"_s, entry.occupancy);
    } else {
        json.field(u"occupancy"_s, entry.occupancy);
        if (entry.occupants) {
            json.key(u"uuids"_s);
            writeOccupants(json, *entry.occupants, form);
        }
    }
    json.endObject();
}

} // namespace

QByteArray leave(JsonProfile profile)
{
    if (isLegacy(profile))
        return R"({"status": 200, "message": "OK", "action": "leave", "service": "Presence"})";
    return R"({"action":"leave","message":"OK","service":"Presence","status":200})";
}

QByteArray heartbeat(JsonProfile profile)
{
    if (isLegacy(profile))
        return R"({"status": 200, "message": "OK", "service": "Presence"})";
    return R"({"message":"OK","service":"Presence","status":200})";
}

QByteArray hereNowSingle(JsonProfile profile, const HereNowEntry &entry, OccupantForm form)
{
    JsonWriter json(profile);
    json.beginObject();
    if (isLegacy(profile)) {
        json.field(u"status"_s, 200).field(u"message"_s, "OK").field(u"service"_s, "Presence");
        if (entry.occupants) {
            json.key(u"uuids"_s);
            writeOccupants(json, *entry.occupants, form);
        }
        json.field(u"occupancy"_s, entry.occupancy);
    } else {
        json.field(u"message"_s, "OK").field(u"occupancy"_s, entry.occupancy);
        json.field(u"service"_s, "Presence").field(u"status"_s, 200);
        if (entry.occupants) {
            json.key(u"uuids"_s);
            writeOccupants(json, *entry.occupants, form);
        }
    }
    json.endObject();
    return json.data();
}

QByteArray hereNowMulti(JsonProfile profile, const QList<HereNowEntry> &entries,
                        int totalOccupancy, OccupantForm form)
{
    JsonWriter json(profile);
    json.beginObject();
    if (isLegacy(profile))
        json.field(u"status"_s, 200);
    json.field(u"message"_s, "OK");
    json.key(u"payload"_s).beginObject();
    json.key(u"channels"_s).beginObject();
    for (const HereNowEntry &entry : entries)
        writeChannelEntry(json, entry, form);
    json.endObject();
    json.field(u"total_channels"_s, int(entries.size()));
    json.field(u"total_occupancy"_s, totalOccupancy);
    json.endObject();
    json.field(u"service"_s, "Presence");
    if (!isLegacy(profile))
        json.field(u"status"_s, 200);
    json.endObject();
    return json.data();
}

QByteArray whereNow(JsonProfile profile, const QStringList &channels)
{
    JsonWriter json(profile);
    json.beginObject();
    if (isLegacy(profile))
        json.field(u"status"_s, 200);
    json.field(u"message"_s, "OK");
    json.key(u"payload"_s).beginObject().key(u"channels"_s).stringList(channels).endObject();
    json.field(u"service"_s, "Presence");
    if (!isLegacy(profile))
        json.field(u"status"_s, 200);
    json.endObject();
    return json.data();
}

QByteArray setState(JsonProfile profile, const QJsonObject &state)
{
    JsonWriter json(profile);
    json.beginObject();
    if (isLegacy(profile))
        json.field(u"status"_s, 200);
    json.field(u"message"_s, "OK").field(u"payload"_s, QJsonValue(state));
    json.field(u"service"_s, "Presence");
    if (!isLegacy(profile))
        json.field(u"status"_s, 200);
    json.endObject();
    return json.data();
}

QByteArray getStateSingle(JsonProfile profile, const QString &channel, const QString &userId,
                          const QJsonObject &state)
{
    JsonWriter json(profile);
    json.beginObject();
    if (isLegacy(profile)) {
        json.field(u"status"_s, 200).field(u"uuid"_s, userId).field(u"service"_s, "Presence");
        json.field(u"message"_s, "OK").field(u"payload"_s, QJsonValue(state));
        json.field(u"channel"_s, channel);
    } else {
        json.field(u"channel"_s, channel).field(u"message"_s, "OK");
        json.field(u"payload"_s, QJsonValue(state)).field(u"service"_s, "Presence");
        json.field(u"status"_s, 200).field(u"uuid"_s, userId);
    }
    json.endObject();
    return json.data();
}

QByteArray getStateMulti(JsonProfile profile, const QString &userId,
                         const QList<QPair<QString, QJsonObject>> &states)
{
    JsonWriter json(profile);
    json.beginObject();
    if (isLegacy(profile))
        json.field(u"status"_s, 200);
    json.field(u"message"_s, "OK");
    json.key(u"payload"_s).beginObject().key(u"channels"_s).beginObject();
    for (const auto &entry : states)
        json.field(entry.first, QJsonValue(entry.second));
    json.endObject().endObject();
    json.field(u"service"_s, "Presence");
    if (!isLegacy(profile))
        json.field(u"status"_s, 200);
    json.field(u"uuid"_s, userId);
    json.endObject();
    return json.data();
}

QByteArray registryAck(JsonProfile profile)
{
    if (isLegacy(profile))
        return R"({"status": 200, "message": "OK", "service": "channel-registry", "error": false})";
    return R"({"error":false,"message":"OK","service":"channel-registry","status":200})";
}

QByteArray registryGroupChannels(JsonProfile profile, const QString &group,
                                 const QStringList &channels)
{
    JsonWriter json(profile);
    json.beginObject();
    if (isLegacy(profile))
        json.field(u"status"_s, 200);
    else
        json.field(u"error"_s, false);
    json.key(u"payload"_s).beginObject();
    json.key(u"channels"_s).stringList(channels).field(u"group"_s, group);
    json.endObject();
    json.field(u"service"_s, "channel-registry");
    if (isLegacy(profile))
        json.field(u"error"_s, false);
    else
        json.field(u"status"_s, 200);
    json.endObject();
    return json.data();
}

QByteArray registryGroups(JsonProfile profile, const QStringList &groups)
{
    JsonWriter json(profile);
    json.beginObject();
    if (isLegacy(profile)) {
        json.field(u"status"_s, 200);
        json.key(u"payload"_s).beginObject().field(u"namespace"_s, "");
        json.key(u"groups"_s).stringList(groups).endObject();
        json.field(u"service"_s, "channel-registry").field(u"error"_s, false);
    } else {
        json.field(u"error"_s, false);
        json.key(u"payload"_s).beginObject().key(u"groups"_s).stringList(groups);
        json.field(u"namespace"_s, "").endObject();
        json.field(u"service"_s, "channel-registry").field(u"status"_s, 200);
    }
    json.endObject();
    return json.data();
}

QByteArray registryError(JsonProfile profile, int status, const QString &message)
{
    JsonWriter json(profile);
    json.beginObject();
    if (isLegacy(profile)) {
        json.field(u"status"_s, status).field(u"message"_s, message);
        json.field(u"service"_s, "channel-registry").field(u"error"_s, true);
    } else {
        json.field(u"error"_s, true).field(u"message"_s, message);
        json.field(u"service"_s, "channel-registry").field(u"status"_s, status);
    }
    json.endObject();
    return json.data();
}

QByteArray presenceError(JsonProfile profile, int status, const QString &message)
{
    JsonWriter json(profile);
    json.beginObject();
    if (isLegacy(profile)) {
        json.field(u"status"_s, status).field(u"error"_s, 1).field(u"message"_s, message);
        json.field(u"service"_s, "Presence");
    } else {
        json.field(u"error"_s, 1).field(u"message"_s, message);
        json.field(u"service"_s, "Presence").field(u"status"_s, status);
    }
    json.endObject();
    return json.data();
}

QByteArray accessDenied(const QStringList &channels, const QStringList &groups)
{
    // Recorded layout of the Access Manager front end, including the trailing newline.
    JsonWriter json(JsonProfile::Compact);
    json.beginObject().field(u"message"_s, "Forbidden");
    json.key(u"payload"_s).beginObject();
    if (!channels.isEmpty() || groups.isEmpty())
        json.key(u"channels"_s).stringList(channels);
    if (!groups.isEmpty()) {
        // Groups without a namespace are echoed with an empty namespace prefix.
        QStringList namespaced;
        for (const QString &group : groups)
            namespaced.append(group.contains(u':') ? group : u':' + group);
        json.key(u"channel-groups"_s).stringList(namespaced);
    }
    json.endObject();
    json.field(u"error"_s, true).field(u"service"_s, "Access Manager").field(u"status"_s, 403);
    json.endObject();
    return json.data() + '\n';
}

QByteArray invalidSignature()
{
    return R"({"error":{"message":"Invalid signature","source":"grant","details":[{"message":"Client and server produced different signatures for the same inputs.","location":"signature","locationType":"query"}]},"service":"Access Manager","status":403})"
           "\n";
}

QByteArray invalidSubscribeKey()
{
    return R"({"message":"Invalid Subscribe Key","error":true,"service":"Access Manager","status":400})"
           "\n";
}

QByteArray uriTooLong()
{
    return R"({"message":"Request URI Too Long","error":true,"service":"Balancer","status":414})";
}

QByteArray presenceMessage(JsonProfile profile, const PresenceEvent &event,
                           const QString &subscribeKey, const QString &subscription, int region)
{
    const QString action = PresenceEvent::actionName(event.action);
    const qint64 seconds = event.timestampMs / 1000;
    const bool interval = event.action == PresenceEvent::Action::Interval;

    // The `d` member: insertion order as the service sends it, in the profile's spacing.
    JsonWriter data(profile);
    data.beginObject().field(u"action"_s, action);
    if (isLegacy(profile)) {
        data.field(u"timestamp"_s, seconds);
        if (!interval)
            data.field(u"uuid"_s, event.userId);
    } else {
        if (!interval)
            data.field(u"uuid"_s, event.userId);
        data.field(u"timestamp"_s, seconds).field(u"precise_timestamp"_s, event.timestampMs);
    }
    if (event.state)
        data.field(u"data"_s, QJsonValue(*event.state));
    data.field(u"occupancy"_s, event.occupancy);
    if (interval) {
        if (!event.joined.isEmpty())
            data.key(u"join"_s).stringList(event.joined);
        if (!event.left.isEmpty())
            data.key(u"leave"_s).stringList(event.left);
        if (!event.timedOut.isEmpty())
            data.key(u"timeout"_s).stringList(event.timedOut);
        if (event.hereNowRefresh)
            data.field(u"here_now_refresh"_s, true);
    }
    data.endObject();

    // The envelope itself is compact in both eras.
    const QString presenceChannel = event.channel + "-pnpres"_L1;
    JsonWriter json(JsonProfile::Compact);
    json.setEscapeNonAscii(isLegacy(profile));
    json.beginObject().field(u"a"_s, QString::number(qHash(event.channel, 0) % 10));
    json.field(u"f"_s, 0);
    json.key(u"p"_s).beginObject().field(u"t"_s, QString::number(event.timetoken));
    json.field(u"r"_s, region).endObject();
    json.field(u"k"_s, subscribeKey).field(u"c"_s, presenceChannel);
    if (!isLegacy(profile)) {
        json.key(u"u"_s).beginObject().field(u"pn_action"_s, action);
        json.field(u"pn_channel"_s, event.channel).field(u"pn_ispresence"_s, 1);
        if (interval && !event.joined.isEmpty())
            json.key(u"pn_join"_s).stringList(event.joined);
        if (interval && !event.left.isEmpty())
            json.key(u"pn_leave"_s).stringList(event.left);
        json.field(u"pn_occupancy"_s, event.occupancy);
        json.field(u"pn_precise_timestamp"_s, event.timestampMs);
        if (interval && !event.timedOut.isEmpty())
            json.key(u"pn_timeout"_s).stringList(event.timedOut);
        json.field(u"pn_timestamp"_s, seconds);
        if (!interval)
            json.field(u"pn_uuid"_s, event.userId);
        json.endObject();
    }
    json.key(u"d"_s).rawValue(data.data());
    json.field(u"b"_s, subscription);
    json.endObject();
    return json.data();
}

QByteArray subscribeEnvelope(qint64 timetoken, int region, const QList<QByteArray> &messages)
{
    QByteArray out = R"({"t":{"t":")" + QByteArray::number(timetoken) + R"(","r":)"
            + QByteArray::number(region) + R"(},"m":[)";
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (i > 0)
            out += ',';
        out += messages.at(i);
    }
    out += "]}";
    return out;
}

} // namespace Presence::Replies
