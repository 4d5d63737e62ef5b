// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "clientconfig.h"
#include "presenceerror.h"
#include "presencetypes.h"

#include <QObject>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace Presence {

class PresenceServicePrivate;

/**
 * The retry policy for reads. Writes (set-state, group edits) are never retried
 * automatically, and 400, 402, 403, 404 and 414 are never retried. A 429 waits for its
 * Retry-After seconds instead of the backoff, and fails at once when that exceeds `maxDelay`.
 */
struct RetryPolicy
{
    int maxRetries = 3;
    std::chrono::milliseconds initialDelay = std::chrono::milliseconds(500);
    std::chrono::milliseconds maxDelay = std::chrono::seconds(30);
    // Each delay is scaled by a random factor in [1 - jitter, 1 + jitter].
    double jitter = 0.2;
};

/**
 * A presence client over QNetworkAccessManager. Every call returns a request id at once. The
 * matching `...Finished` signal or `requestFailed` is then emitted exactly once for that id,
 * always from the event loop and never from inside the call. Invalid input fails with
 * `PresenceError::Kind::InvalidInput` and sends nothing.
 *
 * Here Now answers are cached: an identical normalised query within the cache time is answered
 * from the cache without a request, identical queries in flight share one request, and a
 * successful set-state drops cached entries of its channels.
 */
class PresenceService : public QObject
{
    Q_OBJECT

public:
    explicit PresenceService(QObject *parent = nullptr);
    ~PresenceService() override;

    void setConfig(const ClientConfig &config);
    ClientConfig config() const;

    // Default 3 s, the cache time of the presence service. Zero disables the cache and the
    // sharing of identical requests in flight.
    void setCacheTime(std::chrono::milliseconds cacheTime);
    std::chrono::milliseconds cacheTime() const;
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    // Bodies above this size are rejected with ResponseTooLarge. The default is 64 MiB.
    void setMaxResponseBytes(qint64 bytes);
    qint64 maxResponseBytes() const;

    RequestId hereNow(const HereNowQuery &query);
    RequestId whereNow(const QString &userId = {});
    RequestId setState(const SetStateQuery &query);
    RequestId getState(const StateQuery &query);
    RequestId heartbeat(const HeartbeatQuery &query);
    RequestId leave(const QStringList &channels, const QStringList &groups = {});
    RequestId listChannelGroups();
    RequestId listGroupChannels(const QString &group);
    RequestId addChannelsToGroup(const QString &group, const QStringList &channels);
    RequestId removeChannelsFromGroup(const QString &group, const QStringList &channels);
    RequestId deleteChannelGroup(const QString &group);

    // Cancels a request whose signal has not been emitted yet, and `requestFailed` follows with
    // kind Cancelled. A request shared with other callers goes on for them.
    void cancel(RequestId id);
    void clearCache();

    // HTTP requests that left this client (cache hits and coalesced calls do not count).
    int requestsSent() const;
    QNetworkAccessManager *networkAccessManager() const;

Q_SIGNALS:
    void hereNowFinished(Presence::RequestId id, const Presence::HereNowResult &result);
    void whereNowFinished(Presence::RequestId id, const Presence::WhereNowResult &result);
    void setStateFinished(Presence::RequestId id, const Presence::SetStateResult &result);
    void getStateFinished(Presence::RequestId id, const Presence::GetStateResult &result);
    void heartbeatFinished(Presence::RequestId id);
    void leaveFinished(Presence::RequestId id);
    void channelGroupsListed(Presence::RequestId id, const QStringList &groups);
    void groupChannelsListed(Presence::RequestId id, const Presence::ChannelGroupList &list);
    void channelGroupChanged(Presence::RequestId id);
    void requestFailed(Presence::RequestId id, const Presence::PresenceError &error);

    // Progress information for status displays.
    void requestSent(Presence::RequestId id, const QByteArray &pathWithoutSecrets);
    void retryScheduled(Presence::RequestId id, int attempt, std::chrono::milliseconds delay,
                        const Presence::PresenceError &error);

private:
    QString checkGroupEdit(const QString &group, const QStringList &channels) const;

    std::unique_ptr<PresenceServicePrivate> d;
};

} // namespace Presence
