// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace Presence {

class CrowdSimulator;
class PresenceEngine;
class PresenceServerPrivate;

struct ServerOptions
{
    // Loopback by default; any other address only when a caller sets it on purpose.
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0 picks a free port
    QString subscribeKey = QStringLiteral("demo");
    int presenceTimeout = 300; // seconds, when a client names none
    int announceMax = 20; // occupancy above which a channel switches to interval mode
    int intervalSeconds = 10;
    bool cache = true; // the 3-second Here Now cache of the service
    int cacheMilliseconds = 3000;
    bool legacyJson = false; // the 2016-2024 byte layout instead of the 2025 one
    QString authKey; // when set, requests must carry it as `auth`
    QString secretKey; // when set, requests must carry a valid v2 signature
    QString publishKey; // part of the signed text
    int simulate = 0; // simulated users
    quint32 seed = 0; // for the simulated crowd; 0 picks one, which is logged
    int longPollSeconds = 280; // how long an idle subscribe is held
    int region = 1; // the `r` of timetokens
    // Caps that keep the server running under misbehaving clients.
    int maxUrlBytes = 32 * 1024;
    int maxConnections = 10000;
    int idleTimeoutSeconds = 120;
    int requestTimeoutSeconds = 30;
    int eventRetention = 20000;
};

/**
 * A local PubNub-compatible presence server: Here Now, Where Now, state, heartbeat, leave,
 * presence events through the v2 subscribe long poll, and the channel-group registry, for one
 * subscribe key, on top of a `PresenceEngine`. Runs in the thread that owns it.
 */
class PresenceServer : public QObject
{
    Q_OBJECT

public:
    explicit PresenceServer(const ServerOptions &options = {}, QObject *parent = nullptr);
    ~PresenceServer() override;

    const ServerOptions &options() const;

    // Starts listening (and the simulated crowd, if any). Returns false with a sentence in
    // `error` when the address cannot be bound.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    // `http://address:port`, the origin clients connect to.
    QUrl origin() const;

    PresenceEngine *engine() const;
    // Null unless `simulate` is above zero.
    CrowdSimulator *simulator() const;

    int heldLongPolls() const;
    int connectionCount() const;
    qint64 requestCount() const;

    // Runs the periodic work now: timeouts, interval events, the simulation, expired long
    // polls. A timer calls it every second while the server runs.
    void tick();

Q_SIGNALS:
    void requestHandled(const QByteArray &path, int status);

private:
    std::unique_ptr<PresenceServerPrivate> d;
};

} // namespace Presence
