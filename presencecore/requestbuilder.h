// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "clientconfig.h"
#include "presencetypes.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace Presence {

/**
 * Percent-encodes as the presence API expects: every byte except `A-Z a-z 0-9 - _ . ~` becomes
 * `%XX` with upper-case hex, over the UTF-8 bytes. `~` stays raw because QUrl in Qt 6.4 decodes
 * `%7E` to `~`, so an encoded tilde would never reach the wire. The signature covers the path
 * exactly as sent and encodes `~` as `%7E` in its canonical query, as the protocol's strict
 * encoder does.
 */
QByteArray percentEncode(const QString &value);
QByteArray percentEncode(const QByteArray &utf8);
// Each name encoded on its own and joined with a raw comma.
QByteArray encodeList(const QStringList &names);

/**
 * A request of the presence API as encoded bytes: the path and the query, built so that Qt
 * does not re-normalise them. `url()` joins them with the origin in strict mode.
 */
struct PresenceRequest
{
    enum class Operation {
        HereNow,
        WhereNow,
        SetState,
        GetState,
        Heartbeat,
        Leave,
        ListChannelGroups,
        ListGroupChannels,
        AddChannelsToGroup,
        RemoveChannelsFromGroup,
        DeleteChannelGroup,
    };

    Operation operation = Operation::HereNow;
    QByteArray origin;
    QByteArray path; // already percent-encoded
    // Query parameters with their values already percent-encoded, in sending order.
    QList<QPair<QByteArray, QByteArray>> query;
    // Set for a Here Now whose response may come back in shape A (exactly one channel, no
    // group), since that shape does not name the channel.
    QString singleChannel;

    QByteArray encodedQuery() const;
    QByteArray pathAndQuery() const;
    QUrl url() const;
    bool isRead() const; // everything except set-state and the group edits
};

/**
 * Builds the requests of the presence API from a configuration. Inputs are expected to have
 * passed `Validation`; the builder does not check them again.
 */
class RequestBuilder
{
public:
    explicit RequestBuilder(const ClientConfig &config);

    // Fixed values for tests; otherwise the current time and a random UUID are used.
    void setFixedTimestamp(qint64 unixSeconds) { m_fixedTimestamp = unixSeconds; }
    void setFixedRequestId(const QString &requestId) { m_fixedRequestId = requestId; }

    PresenceRequest hereNow(const HereNowQuery &query) const;
    PresenceRequest whereNow(const QString &userId) const;
    PresenceRequest setState(const SetStateQuery &query) const;
    PresenceRequest getState(const StateQuery &query) const;
    PresenceRequest heartbeat(const HeartbeatQuery &query) const;
    PresenceRequest leave(const QStringList &channels, const QStringList &groups) const;
    PresenceRequest listChannelGroups() const;
    PresenceRequest listGroupChannels(const QString &group) const;
    PresenceRequest addChannelsToGroup(const QString &group, const QStringList &channels) const;
    PresenceRequest removeChannelsFromGroup(const QString &group,
                                            const QStringList &channels) const;
    PresenceRequest deleteChannelGroup(const QString &group) const;

    // The v2 signature over method, publish key, encoded path and the sorted query, whose keys
    // and values are re-encoded strictly (`~` as `%7E`). A `signature` parameter is skipped.
    static QByteArray signV2(const QByteArray &secretKey, const QByteArray &publishKey,
                             const QByteArray &method, const QByteArray &encodedPath,
                             const QList<QPair<QByteArray, QByteArray>> &encodedQuery,
                             const QByteArray &body = {});

private:
    PresenceRequest finish(PresenceRequest request) const;

    ClientConfig m_config;
    qint64 m_fixedTimestamp = -1;
    QString m_fixedRequestId;
};

} // namespace Presence
