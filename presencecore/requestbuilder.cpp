// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "requestbuilder.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

const QByteArray PresencePrefix = "/v2/presence/sub-key/"_ba;
const QByteArray RegistryPrefix = "/v1/channel-registration/sub-key/"_ba;

// The strict encoder of the protocol keeps only `A-Z a-z 0-9 - _ .` raw. `~` stays raw here too,
// because QUrl in Qt 6.4 decodes `%7E` to `~` (RFC 3986 treats both as equal). A `%7E` in the
// path would not reach the wire, so the signed path would differ from the sent one.
bool isKeptRaw(char byte)
{
    return (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z')
        || (byte >= '0' && byte <= '9') || byte == '-' || byte == '_' || byte == '.'
        || byte == '~';
}

// The channel segment of a presence path: the names, or a lone `,` when only groups are given.
QByteArray channelSegment(const QStringList &channels)
{
    if (channels.isEmpty())
        return ","_ba;
    return encodeList(channels);
}

} // namespace

QByteArray percentEncode(const QByteArray &utf8)
{
    static const char hexDigits[] = "0123456789ABCDEF";

    QByteArray encoded;
    encoded.reserve(utf8.size() * 3);
    for (const char byte : utf8) {
        if (isKeptRaw(byte)) {
            encoded.append(byte);
            continue;
        }
        const auto value = static_cast<unsigned char>(byte);
        encoded.append('%');
        encoded.append(hexDigits[value >> 4]);
        encoded.append(hexDigits[value & 0x0F]);
    }
    return encoded;
}

QByteArray percentEncode(const QString &value)
{
    return percentEncode(value.toUtf8());
}

QByteArray encodeList(const QStringList &names)
{
    QByteArray joined;
    for (const QString &name : names) {
        if (!joined.isEmpty())
            joined.append(',');
        joined.append(percentEncode(name));
    }
    return joined;
}

QByteArray PresenceRequest::encodedQuery() const
{
    QByteArray joined;
    for (const auto &[key, value] : query) {
        if (!joined.isEmpty())
            joined.append('&');
        joined.append(key);
        joined.append('=');
        joined.append(value);
    }
    return joined;
}

QByteArray PresenceRequest::pathAndQuery() const
{
    if (query.isEmpty())
        return path;
    return path + '?' + encodedQuery();
}

QUrl PresenceRequest::url() const
{
    return QUrl::fromEncoded(origin + pathAndQuery(), QUrl::StrictMode);
}

bool PresenceRequest::isRead() const
{
    switch (operation) {
    case Operation::SetState:
    case Operation::AddChannelsToGroup:
    case Operation::RemoveChannelsFromGroup:
    case Operation::DeleteChannelGroup:
        return false;
    default:
        return true;
    }
}

RequestBuilder::RequestBuilder(const ClientConfig &config)
    : m_config(config)
{
}

PresenceRequest RequestBuilder::hereNow(const HereNowQuery &query) const
{
    PresenceRequest request;
    request.operation = PresenceRequest::Operation::HereNow;
    request.path = PresencePrefix + percentEncode(m_config.subscribeKey);

    // With neither channels nor groups the call is a global Here Now, which has no channel
    // segment at all.
    if (!query.channels.isEmpty() || !query.channelGroups.isEmpty())
        request.path += "/channel/"_ba + channelSegment(query.channels);
    if (!query.channelGroups.isEmpty())
        request.query.append({"channel-group"_ba, encodeList(query.channelGroups)});
    if (!query.includeUserIds)
        request.query.append({"disable_uuids"_ba, "1"_ba});
    if (query.includeState)
        request.query.append({"state"_ba, "1"_ba});
    if (query.limit >= 0)
        request.query.append({"limit"_ba, QByteArray::number(query.limit)});
    // Offset 0 is the server's default, so it is sent only when it moves past the first page.
    if (query.offset > 0)
        request.query.append({"offset"_ba, QByteArray::number(query.offset)});

    if (query.channels.size() == 1 && query.channelGroups.isEmpty())
        request.singleChannel = query.channels.constFirst();
    return finish(request);
}

PresenceRequest RequestBuilder::whereNow(const QString &userId) const
{
    const QString target = userId.isEmpty() ? m_config.userId : userId;

    PresenceRequest request;
    request.operation = PresenceRequest::Operation::WhereNow;
    request.path = PresencePrefix + percentEncode(m_config.subscribeKey) + "/uuid/"_ba
        + percentEncode(target);
    return finish(request);
}

PresenceRequest RequestBuilder::setState(const SetStateQuery &query) const
{
    const QString target = query.userId.isEmpty() ? m_config.userId : query.userId;

    PresenceRequest request;
    request.operation = PresenceRequest::Operation::SetState;
    request.path = PresencePrefix + percentEncode(m_config.subscribeKey) + "/channel/"_ba
        + channelSegment(query.channels) + "/uuid/"_ba + percentEncode(target) + "/data"_ba;
    request.query.append({"state"_ba, percentEncode(query.stateJson)});
    if (!query.channelGroups.isEmpty())
        request.query.append({"channel-group"_ba, encodeList(query.channelGroups)});
    return finish(request);
}

PresenceRequest RequestBuilder::getState(const StateQuery &query) const
{
    const QString target = query.userId.isEmpty() ? m_config.userId : query.userId;

    PresenceRequest request;
    request.operation = PresenceRequest::Operation::GetState;
    request.path = PresencePrefix + percentEncode(m_config.subscribeKey) + "/channel/"_ba
        + channelSegment(query.channels) + "/uuid/"_ba + percentEncode(target);
    if (!query.channelGroups.isEmpty())
        request.query.append({"channel-group"_ba, encodeList(query.channelGroups)});
    if (query.channels.size() == 1 && query.channelGroups.isEmpty())
        request.singleChannel = query.channels.constFirst();
    return finish(request);
}

PresenceRequest RequestBuilder::heartbeat(const HeartbeatQuery &query) const
{
    PresenceRequest request;
    request.operation = PresenceRequest::Operation::Heartbeat;
    request.path = PresencePrefix + percentEncode(m_config.subscribeKey) + "/channel/"_ba
        + channelSegment(query.channels) + "/heartbeat"_ba;
    request.query.append({"heartbeat"_ba, QByteArray::number(query.presenceTimeoutSeconds)});
    if (!query.channelGroups.isEmpty())
        request.query.append({"channel-group"_ba, encodeList(query.channelGroups)});
    if (!query.stateJson.isEmpty())
        request.query.append({"state"_ba, percentEncode(query.stateJson)});
    return finish(request);
}

PresenceRequest RequestBuilder::leave(const QStringList &channels, const QStringList &groups) const
{
    PresenceRequest request;
    request.operation = PresenceRequest::Operation::Leave;
    request.path = PresencePrefix + percentEncode(m_config.subscribeKey) + "/channel/"_ba
        + channelSegment(channels) + "/leave"_ba;
    if (!groups.isEmpty())
        request.query.append({"channel-group"_ba, encodeList(groups)});
    return finish(request);
}

PresenceRequest RequestBuilder::listChannelGroups() const
{
    PresenceRequest request;
    request.operation = PresenceRequest::Operation::ListChannelGroups;
    request.path = RegistryPrefix + percentEncode(m_config.subscribeKey) + "/channel-group"_ba;
    return finish(request);
}

PresenceRequest RequestBuilder::listGroupChannels(const QString &group) const
{
    PresenceRequest request;
    request.operation = PresenceRequest::Operation::ListGroupChannels;
    request.path = RegistryPrefix + percentEncode(m_config.subscribeKey) + "/channel-group/"_ba
        + percentEncode(group);
    return finish(request);
}

PresenceRequest RequestBuilder::addChannelsToGroup(const QString &group,
                                                   const QStringList &channels) const
{
    PresenceRequest request;
    request.operation = PresenceRequest::Operation::AddChannelsToGroup;
    request.path = RegistryPrefix + percentEncode(m_config.subscribeKey) + "/channel-group/"_ba
        + percentEncode(group);
    request.query.append({"add"_ba, encodeList(channels)});
    return finish(request);
}

PresenceRequest RequestBuilder::removeChannelsFromGroup(const QString &group,
                                                        const QStringList &channels) const
{
    PresenceRequest request;
    request.operation = PresenceRequest::Operation::RemoveChannelsFromGroup;
    request.path = RegistryPrefix + percentEncode(m_config.subscribeKey) + "/channel-group/"_ba
        + percentEncode(group);
    request.query.append({"remove"_ba, encodeList(channels)});
    return finish(request);
}

PresenceRequest RequestBuilder::deleteChannelGroup(const QString &group) const
{
    PresenceRequest request;
    request.operation = PresenceRequest::Operation::DeleteChannelGroup;
    request.path = RegistryPrefix + percentEncode(m_config.subscribeKey) + "/channel-group/"_ba
        + percentEncode(group) + "/remove"_ba;
    return finish(request);
}

QByteArray RequestBuilder::signV2(const QByteArray &secretKey, const QByteArray &publishKey,
                                  const QByteArray &method, const QByteArray &encodedPath,
                                  const QList<QPair<QByteArray, QByteArray>> &encodedQuery,
                                  const QByteArray &body)
{
    // The canonical query uses the strict encoder of the protocol, which also encodes `~`.
    // percentEncode() leaves `~` raw for QUrl's sake, so it is encoded here. Servers re-encode
    // the received query the same way before they compare signatures.
    QList<QPair<QByteArray, QByteArray>> sorted;
    sorted.reserve(encodedQuery.size());
    for (const auto &[key, value] : encodedQuery) {
        if (key == "signature")
            continue;
        sorted.append({QByteArray(key).replace('~', "%7E"), QByteArray(value).replace('~', "%7E")});
    }
    // Sorts by the bytes of the keys. The stable sort keeps repeated keys in sending order.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    QByteArray canonicalQuery;
    for (const auto &[key, value] : sorted) {
        if (!canonicalQuery.isEmpty())
            canonicalQuery.append('&');
        canonicalQuery.append(key + '=' + value);
    }

    const QByteArray message = method + '\n' + publishKey + '\n' + encodedPath + '\n'
        + canonicalQuery + '\n' + body;
    const QByteArray digest =
        QMessageAuthenticationCode::hash(message, secretKey, QCryptographicHash::Sha256);
    return "v2."_ba
        + digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

PresenceRequest RequestBuilder::finish(PresenceRequest request) const
{
    request.origin = m_config.encodedOrigin();

    const QString requestId = m_fixedRequestId.isEmpty()
        ? QUuid::createUuid().toString(QUuid::WithoutBraces)
        : m_fixedRequestId;
    request.query.append({"uuid"_ba, percentEncode(m_config.userId)});
    request.query.append({"pnsdk"_ba, percentEncode(m_config.pnsdk)});
    request.query.append({"requestid"_ba, percentEncode(requestId)});
    if (!m_config.authKey.isEmpty())
        request.query.append({"auth"_ba, percentEncode(m_config.authKey)});

    if (m_config.secretKey.isEmpty())
        return request;

    const qint64 timestamp = m_fixedTimestamp >= 0
        ? m_fixedTimestamp
        : QDateTime::currentSecsSinceEpoch();
    request.query.append({"timestamp"_ba, QByteArray::number(timestamp)});
    const QByteArray signature = signV2(m_config.secretKey.toUtf8(), m_config.publishKey.toUtf8(),
                                        "GET"_ba, request.path, request.query);
    request.query.append({"signature"_ba, signature});
    return request;
}

} // namespace Presence
