// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "responseparser.h"

#include "logging_p.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

// How states are kept: every state that arrives inside a JSON body stays a JSON value, a JSON
// string included (an occupant's `"state": "busy"` is the string "busy", not raw bytes). Raw
// bytes (StateValue::fromRawBytes) are only for a set-state echo whose body is not JSON at all:
// parseSetState then reports a malformed response and still returns those bytes as the state.

namespace Presence::ResponseParser {

namespace {

constexpr int MaxMessageInError = 200;

void setError(PresenceError *error, const PresenceError &value)
{
    if (error)
        *error = value;
}

PresenceError malformed(int httpStatus, const QString &detail)
{
    return PresenceError(PresenceError::Kind::MalformedResponse, httpStatus, detail);
}

// Whether the `error` field marks an error: `true` in Access Manager and registry bodies, `1`
// in presence bodies, and an object in Access Manager v3 bodies.
bool hasErrorFlag(const QJsonObject &object)
{
    const QJsonValue flag = object.value("error"_L1);
    if (flag.isBool())
        return flag.toBool();
    if (flag.isDouble())
        return flag.toDouble() != 0;
    return flag.isObject();
}

int bodyStatus(const QJsonObject &object)
{
    const QJsonValue status = object.value("status"_L1);
    if (status.isDouble())
        return status.toInt();
    if (status.isString()) {
        bool ok = false;
        const int value = status.toString().toInt(&ok);
        return ok ? value : 0;
    }
    return 0;
}

// The server's own message: `message`, or `error.message` in Access Manager v3 bodies.
QString bodyMessage(const QJsonObject &object)
{
    const QJsonValue error = object.value("error"_L1);
    if (error.isObject()) {
        const QString nested = error.toObject().value("message"_L1).toString();
        if (!nested.isEmpty())
            return nested;
    }
    const QJsonValue message = object.value("message"_L1);
    if (message.isString())
        return message.toString();
    const QJsonValue errorMessage = object.value("error_message"_L1);
    if (errorMessage.isString())
        return errorMessage.toString();
    return {};
}

// A short description of a body that is not JSON: an HTML title, or the start of the text.
QString describeNonJson(const QByteArray &body)
{
    static const QRegularExpression titlePattern(u"<title>\\s*(.*?)\\s*</title>"_s,
                                                 QRegularExpression::CaseInsensitiveOption
                                                     | QRegularExpression::DotMatchesEverythingOption);
    const QString text = QString::fromUtf8(body);
    const QRegularExpressionMatch match = titlePattern.match(text);
    if (match.hasMatch())
        return match.captured(1).left(MaxMessageInError);
    return text.simplified().left(MaxMessageInError);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList names;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        if (entry.isString())
            names.append(entry.toString());
    }
    return names;
}

bool isFeatureNotEnabledMessage(const QString &message)
{
    return message.contains("not turned on"_L1, Qt::CaseInsensitive)
        || message.contains("not enabled"_L1, Qt::CaseInsensitive)
        || message.contains("add-on"_L1, Qt::CaseInsensitive);
}

PresenceError::Kind kindForStatus(int status, const QString &message, bool hasDenied)
{
    using Kind = PresenceError::Kind;

    if (status == 402)
        return Kind::FeatureNotEnabled;
    if (status == 401 || status == 403) {
        // The channel-registry service returns 403 when the Stream Controller add-on is off,
        // which is a missing feature, not a denied auth key.
        if (!hasDenied && isFeatureNotEnabledMessage(message))
            return Kind::FeatureNotEnabled;
        return Kind::AccessDenied;
    }
    if (status == 404)
        return Kind::NotFound;
    if (status == 414)
        return Kind::UriTooLong;
    if (status == 429)
        return Kind::RateLimited;
    if (status >= 500)
        return Kind::ServerError;
    if (status >= 400) {
        if (isFeatureNotEnabledMessage(message))
            return Kind::FeatureNotEnabled;
        return Kind::InvalidRequest;
    }
    return Kind::ServerError;
}

// Seconds to wait from a Retry-After header: either delta seconds or an HTTP date.
int parseRetryAfter(const QByteArray &header)
{
    const QByteArray trimmed = header.trimmed();
    if (trimmed.isEmpty())
        return -1;

    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;

    // HTTP dates end in `GMT`, which the RFC 2822 parser of Qt 6.4 rejects, so it becomes the
    // equivalent numeric zone.
    QString date = QString::fromLatin1(trimmed);
    if (date.endsWith(" GMT"_L1))
        date = date.chopped(4) + " +0000"_L1;
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return static_cast<int>(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

// Parses a success body into its top-level object, or returns false and fills `error`. A body
// with an error status (HTTP 200 carrying `"status": 503`) is classified by errorFor().
bool readBody(const QByteArray &body, QJsonObject *object, PresenceError *error)
{
    setError(error, PresenceError());

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        qCDebug(lcParser) << "response is not JSON:" << parseError.errorString() << "at offset"
                          << parseError.offset;
        setError(error,
                 malformed(200, PresenceError::tr("%1 at byte %2")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset)));
        return false;
    }
    if (!document.isObject()) {
        setError(error, malformed(200, PresenceError::tr("the body is not a JSON object")));
        return false;
    }

    *object = document.object();
    if (bodyStatus(*object) >= 400 || (hasErrorFlag(*object) && bodyStatus(*object) == 0)) {
        setError(error, errorFor(200, body));
        return false;
    }
    return true;
}

HereNowUser parseOccupant(const QJsonValue &value, bool *ok)
{
    HereNowUser user;
    *ok = true;
    if (value.isString()) {
        user.user_id = value.toString();
        return user;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        user.user_id = object.value("uuid"_L1).toString();
        // An absent `state` key means the user has no state; the value is kept as sent.
        user.state = StateValue::fromJson(object.value("state"_L1));
        *ok = object.value("uuid"_L1).isString();
        return user;
    }
    *ok = false;
    return user;
}

QList<HereNowUser> parseOccupants(const QJsonValue &value)
{
    QList<HereNowUser> occupants;
    const QJsonArray array = value.toArray();
    occupants.reserve(array.size());
    for (const QJsonValue &entry : array) {
        bool ok = false;
        HereNowUser user = parseOccupant(entry, &ok);
        if (!ok) {
            qCDebug(lcParser) << "skipping an occupant that is neither a string nor an object "
                                 "with a uuid";
            continue;
        }
        occupants.append(user);
    }
    return occupants;
}

HereNowChannel parseChannelEntry(const QString &name, const QJsonObject &object)
{
    HereNowChannel channel;
    channel.name = name;
    channel.occupants = parseOccupants(object.value("uuids"_L1));
    const QJsonValue occupancy = object.value("occupancy"_L1);
    channel.occupancy = occupancy.isDouble() ? occupancy.toInt() : int(channel.occupants.size());
    return channel;
}

bool channelNameLess(const HereNowChannel &a, const HereNowChannel &b)
{
    return a.name < b.name;
}

} // namespace

PresenceError errorFor(int httpStatus, const QByteArray &body, const QByteArray &retryAfter)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool isJsonObject = parseError.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject object = document.object();

    const bool httpOk = httpStatus >= 200 && httpStatus < 300;
    int status = httpStatus;
    if (httpOk && isJsonObject) {
        const int inBody = bodyStatus(object);
        if (inBody >= 400)
            status = inBody;
        else if (inBody == 0 && hasErrorFlag(object))
            status = 400;
    }

    if (status >= 200 && status < 300) {
        if (isJsonObject)
            return {};
        const QString detail = parseError.error != QJsonParseError::NoError
            ? PresenceError::tr("%1 at byte %2")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
            : PresenceError::tr("the body is not a JSON object");
        return malformed(httpStatus, detail);
    }

    QString message;
    QStringList deniedChannels;
    QStringList deniedGroups;
    if (isJsonObject) {
        message = bodyMessage(object);
        const QJsonObject payload = object.value("payload"_L1).toObject();
        deniedChannels = stringList(payload.value("channels"_L1));
        // Access Manager writes a group without namespace as `:group`.
        const QStringList groups = stringList(payload.value("channel-groups"_L1));
        for (const QString &group : groups)
            deniedGroups.append(group.startsWith(u':') ? group.mid(1) : group);
    } else {
        message = describeNonJson(body);
    }

    const bool hasDenied = !deniedChannels.isEmpty() || !deniedGroups.isEmpty();
    PresenceError error(kindForStatus(status, message, hasDenied), status, message);
    if (error.kind() == PresenceError::Kind::AccessDenied)
        error.setDenied(deniedChannels, deniedGroups);
    if (error.kind() == PresenceError::Kind::RateLimited)
        error.setRetryAfterSeconds(parseRetryAfter(retryAfter));

    qCDebug(lcParser) << "error response: HTTP" << httpStatus << "classified as"
                      << PresenceError::kindName(error.kind()) << "with status" << status;
    return error;
}

HereNowResult parseHereNow(const QByteArray &body, const QString &singleChannel,
                           PresenceError *error)
{
    QJsonObject object;
    if (!readBody(body, &object, error))
        return {};

    HereNowResult result;
    result.fetchedAt = QDateTime::currentDateTimeUtc();

    const QJsonValue payloadValue = object.value("payload"_L1);
    if (payloadValue.isObject()) {
        // Shape B: several channels, any channel group, or the whole key.
        const QJsonObject payload = payloadValue.toObject();
        const QJsonValue channelsValue = payload.value("channels"_L1);
        if (!channelsValue.isObject() && !channelsValue.isUndefined()) {
            setError(error, malformed(200, PresenceError::tr("payload.channels is not an object")));
            return {};
        }
        const QJsonObject channels = channelsValue.toObject();
        int occupancySum = 0;
        for (auto it = channels.constBegin(); it != channels.constEnd(); ++it) {
            HereNowChannel channel = parseChannelEntry(it.key(), it.value().toObject());
            occupancySum += channel.occupancy;
            result.channels.append(channel);
        }
        std::sort(result.channels.begin(), result.channels.end(), channelNameLess);

        const QJsonValue totalChannels = payload.value("total_channels"_L1);
        const QJsonValue totalOccupancy = payload.value("total_occupancy"_L1);
        result.total_channels =
            totalChannels.isDouble() ? totalChannels.toInt() : int(result.channels.size());
        result.total_occupancy = totalOccupancy.isDouble() ? totalOccupancy.toInt() : occupancySum;
        return result;
    }

    if (object.contains("occupancy"_L1) || object.contains("uuids"_L1)) {
        // Shape A: exactly one channel, which the body does not name.
        result.channels.append(parseChannelEntry(singleChannel, object));
        result.total_channels = 1;
        result.total_occupancy = result.channels.constFirst().occupancy;
        return result;
    }

    setError(error, malformed(200, PresenceError::tr("the body has neither a payload nor an "
                                                     "occupancy")));
    return {};
}

WhereNowResult parseWhereNow(const QByteArray &body, PresenceError *error)
{
    QJsonObject object;
    if (!readBody(body, &object, error))
        return {};

    const QJsonValue channels = object.value("payload"_L1).toObject().value("channels"_L1);
    if (!channels.isArray()) {
        setError(error, malformed(200, PresenceError::tr("payload.channels is not a list")));
        return {};
    }

    WhereNowResult result;
    result.channels = stringList(channels);
    return result;
}

SetStateResult parseSetState(const QByteArray &body, const QStringList &channels,
                             PresenceError *error)
{
    QJsonObject object;
    if (!readBody(body, &object, error)) {
        SetStateResult kept;
        // Keeps the bytes of an echo that is not JSON at all, so that nothing is dropped. The
        // error still reports the malformed response.
        QJsonParseError parseError;
        QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            kept.channels = channels;
            kept.state = StateValue::fromRawBytes(body);
        }
        return kept;
    }

    SetStateResult result;
    result.channels = channels;
    // The server echoes the stored state once, whatever the number of channels.
    result.state = StateValue::fromJson(object.value("payload"_L1));
    return result;
}

GetStateResult parseGetState(const QByteArray &body, const QString &singleChannel,
                             PresenceError *error)
{
    QJsonObject object;
    if (!readBody(body, &object, error))
        return {};

    GetStateResult result;
    result.user_id = object.value("uuid"_L1).toString();

    const QJsonValue payloadValue = object.value("payload"_L1);
    const QJsonValue channelValue = object.value("channel"_L1);
    if (channelValue.isString()) {
        // Flat single form: the body names the channel, and the payload is its state.
        result.state.append({channelValue.toString(), StateValue::fromJson(payloadValue)});
        return result;
    }
    if (payloadValue.isUndefined() || payloadValue.isNull())
        return result;
    if (!payloadValue.isObject()) {
        if (!singleChannel.isEmpty()) {
            result.state.append({singleChannel, StateValue::fromJson(payloadValue)});
            return result;
        }
        setError(error, malformed(200, PresenceError::tr("the payload is not an object")));
        return {};
    }

    const QJsonObject payload = payloadValue.toObject();
    const QJsonValue channelsValue = payload.value("channels"_L1);
    QJsonObject channelMap;
    if (channelsValue.isObject()) {
        // Recorded multi form: `payload.channels` maps each channel to its state.
        channelMap = channelsValue.toObject();
    } else if (!singleChannel.isEmpty()) {
        // Flat single form without a `channel` key: the request named one channel.
        result.state.append({singleChannel, StateValue::fromJson(payloadValue)});
        return result;
    } else {
        // Flat channel map, as some SDKs expect it: the payload itself maps channel to state.
        channelMap = payload;
    }

    // QJsonObject iterates its keys in sorted order, so the channels come out sorted by name.
    for (auto it = channelMap.constBegin(); it != channelMap.constEnd(); ++it)
        result.state.append({it.key(), StateValue::fromJson(it.value())});
    return result;
}

bool parseAcknowledgement(const QByteArray &body, PresenceError *error)
{
    QJsonObject object;
    if (!readBody(body, &object, error))
        return false;

    const int status = bodyStatus(object);
    if (status == 200 || (status == 0 && object.value("message"_L1).toString() == "OK"_L1))
        return true;

    setError(error, malformed(200, PresenceError::tr("the body has no status 200")));
    return false;
}

QStringList parseChannelGroups(const QByteArray &body, PresenceError *error)
{
    QJsonObject object;
    if (!readBody(body, &object, error))
        return {};

    const QJsonValue groups = object.value("payload"_L1).toObject().value("groups"_L1);
    if (!groups.isArray()) {
        setError(error, malformed(200, PresenceError::tr("payload.groups is not a list")));
        return {};
    }
    return stringList(groups);
}

ChannelGroupList parseGroupChannels(const QByteArray &body, PresenceError *error)
{
    QJsonObject object;
    if (!readBody(body, &object, error))
        return {};

    const QJsonObject payload = object.value("payload"_L1).toObject();
    const QJsonValue channels = payload.value("channels"_L1);
    if (!channels.isArray()) {
        setError(error, malformed(200, PresenceError::tr("payload.channels is not a list")));
        return {};
    }

    ChannelGroupList result;
    result.group = payload.value("group"_L1).toString();
    result.channels = stringList(channels);
    return result;
}

} // namespace Presence::ResponseParser
