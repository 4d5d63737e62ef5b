// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QStringList>

#include <queue>
#include <random>
#include <vector>

namespace Presence {

class PresenceEngine;

/**
 * A simulated crowd acting directly on a `PresenceEngine`. Users are spread over channels of
 * very different sizes, chosen with a heavy-tailed distribution: a few big lobbies, tens of game
 * channels and many small rooms. They arrive, leave, drop off without a leave (and so time out),
 * and change their state (mood, typing, device). The crowd also registers the channel groups
 * `lobbies` and `support`. Times come from the engine's clock, so the same seed and the same
 * sequence of `advance` calls give the same run.
 */
class CrowdSimulator : public QObject
{
    Q_OBJECT

public:
    struct Statistics
    {
        qint64 arrivals = 0;
        qint64 leaves = 0;
        qint64 drops = 0;
        qint64 stateChanges = 0;
        qint64 heartbeats = 0;
    };

    CrowdSimulator(PresenceEngine *engine, int users, quint32 seed, QObject *parent = nullptr);
    ~CrowdSimulator() override;

    // Registers the groups and brings most of the crowd online at once.
    void populate();
    // Runs the churn for `elapsedMs` of simulated time, ending at the engine's `now()`.
    void advance(qint64 elapsedMs);

    quint32 seed() const { return m_seed; }
    int userCount() const { return int(m_users.size()); }
    int onlineCount() const { return int(m_online.size()); }
    QStringList channelNames() const { return m_channelNames; }
    Statistics statistics() const { return m_statistics; }

    // Presence timeout of simulated users, and how often they send heartbeats.
    static constexpr int timeoutSeconds = 60;
    static constexpr int heartbeatSeconds = 25;

private:
    struct User
    {
        QString id;
        QStringList channels;
        qint64 nextHeartbeatMs = 0;
        quint32 generation = 0; // invalidates queued heartbeats after a leave or a drop
        int onlineIndex = -1;
        int offlineIndex = -1;
        int mood = 0;
        int device = 0;
        bool typing = false;
    };
    struct ScheduledHeartbeat
    {
        qint64 dueMs;
        int user;
        quint32 generation;
        bool operator>(const ScheduledHeartbeat &other) const
        {
            return dueMs != other.dueMs ? dueMs > other.dueMs : user > other.user;
        }
    };

    void buildChannels();
    QString pickChannel();
    int countFor(double expected);
    void bringOnline(int user);
    void takeOffline(int user, bool sendLeave);
    void changeState(int user);
    QJsonObject stateOf(const User &user) const;
    void scheduleHeartbeat(int user, qint64 dueMs);

    PresenceEngine *m_engine;
    quint32 m_seed;
    std::mt19937 m_random;
    std::vector<User> m_users;
    std::vector<int> m_online;
    std::vector<int> m_offline;
    QStringList m_channelNames;
    std::vector<double> m_cumulativeWeights;
    std::priority_queue<ScheduledHeartbeat, std::vector<ScheduledHeartbeat>,
                        std::greater<ScheduledHeartbeat>>
            m_heartbeats;
    Statistics m_statistics;
};

} // namespace Presence
