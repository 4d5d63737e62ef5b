// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <deque>
#include <functional>
#include <optional>
#include <set>
#include <tuple>

namespace Presence {

/**
 * One presence event on a channel, as subscribers of `<channel>-pnpres` receive it. Interval
 * events carry the deltas since the previous interval instead of a user id.
 */
struct PresenceEvent
{
    enum class Action { Join, Leave, Timeout, StateChange, Interval };

    Action action = Action::Join;
    QString channel;
    QString userId; // empty for interval events
    qint64 timetoken = 0; // Unix time in units of 100 ns, unique and increasing per engine
    qint64 timestampMs = 0;
    int occupancy = 0; // after the change
    std::optional<QJsonObject> state; // the `data` member
    QStringList joined; // interval events only
    QStringList left;
    QStringList timedOut;
    bool hereNowRefresh = false;

    static QString actionName(Action action);
};

/**
 * The presence model of one subscribe key, with no HTTP in it: who is in which channel, their
 * state per channel, presence timeouts, the channel-group registry, announce and interval mode,
 * and a bounded log of the events it produced. Time comes from an injectable clock, so tests
 * drive timeouts and intervals without waiting; nothing happens until a method is called.
 */
class PresenceEngine : public QObject
{
    Q_OBJECT

public:
    // Milliseconds since the Unix epoch.
    using Clock = std::function<qint64()>;

    explicit PresenceEngine(QObject *parent = nullptr);
    ~PresenceEngine() override;

    void setClock(Clock clock);
    qint64 now() const;

    // Presence timeout applied when a heartbeat names none, in seconds (default 300).
    void setDefaultTimeout(int seconds);
    int defaultTimeout() const { return m_defaultTimeout; }
    // Channels above this occupancy switch to interval mode (default 20).
    void setAnnounceMax(int occupancy);
    int announceMax() const { return m_announceMax; }
    // Period of interval events, in seconds (default 10).
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalSeconds; }
    // An interval event whose user lists would exceed this many bytes carries
    // `here_now_refresh` instead of the lists (default 30,000, about the message size limit).
    void setIntervalDeltaBytes(int bytes) { m_intervalDeltaBytes = bytes; }
    // The number of recent events kept for subscribers that poll with an older cursor.
    void setEventRetention(int events);

    // Largest accepted timeout; larger requests are clamped to it.
    static constexpr int maxTimeoutSeconds = 3600;

    /**
     * Marks the user present on every channel for `timeoutSeconds`. Zero or less keeps the
     * timeout the user named last, or the default for a user who never named one, because
     * clients send subscribe requests without a timeout between their heartbeats that carry
     * one. A user not yet present joins. `states` are keyed by channel name and replace the
     * user's state there (carried on the join, or announced as a state-change when present).
     */
    void heartbeat(const QString &userId, const QStringList &channels, int timeoutSeconds = 0,
                   const QHash<QString, QJsonObject> &states = {});
    void leave(const QString &userId, const QStringList &channels);
    // Replaces the user's state on each channel; present users announce a state-change.
    void setState(const QString &userId, const QStringList &channels, const QJsonObject &state);
    std::optional<QJsonObject> state(const QString &userId, const QString &channel) const;

    bool isPresent(const QString &userId, const QString &channel) const;
    // Occupants in join order, which stays stable for paging.
    QStringList occupants(const QString &channel) const;
    int occupancy(const QString &channel) const;
    // Channels with at least one occupant, sorted.
    QStringList occupiedChannels() const;
    // Channels the user is present in, sorted.
    QStringList channelsOf(const QString &userId) const;
    int presentUserCount() const { return int(m_users.size()); }
    bool isIntervalMode(const QString &channel) const;

    // The channel-group registry. Groups exist while they have channels.
    QStringList groups() const;
    QStringList groupChannels(const QString &group) const;
    void addChannelsToGroup(const QString &group, const QStringList &channels);
    void removeChannelsFromGroup(const QString &group, const QStringList &channels);
    void deleteGroup(const QString &group);
    // The member channels of the groups, sorted and without duplicates.
    QStringList expandGroups(const QStringList &groups) const;

    // Times out memberships whose deadline has passed at `now()`. Returns how many expired.
    int processTimeouts();
    // Emits the interval events that are due at `now()`.
    void processIntervals();
    // The deadline of the next timeout, or -1 when no user is present.
    qint64 nextDeadline() const;

    // A timetoken for `now()` that is later than every event so far.
    qint64 currentTimetoken();
    qint64 lastTimetoken() const { return m_lastTimetoken; }
    const std::deque<PresenceEvent> &events() const { return m_events; }
    // Index of the first retained event later than the timetoken.
    size_t firstEventAfter(qint64 timetoken) const;

Q_SIGNALS:
    void eventPublished(const Presence::PresenceEvent &event);

private:
    struct Membership
    {
        qint64 deadlineMs = 0;
    };
    struct User
    {
        QHash<QString, Membership> memberships;
        // The presence timeout the client asked for last; 0 until it names one.
        int timeoutSeconds = 0;
    };
    struct IntervalDeltas
    {
        bool active = false;
        QStringList joined;
        QStringList left;
        QStringList timedOut;
    };
    struct Channel
    {
        QStringList occupants;
        IntervalDeltas interval;
    };
    using Deadline = std::tuple<qint64, QString, QString>;

    void join(const QString &userId, const QString &channel, qint64 deadline,
              const std::optional<QJsonObject> &state);
    void removeMembership(const QString &userId, const QString &channel,
                          PresenceEvent::Action action);
    void publishMembershipChange(PresenceEvent::Action action, const QString &userId,
                                 const QString &channel, std::optional<QJsonObject> state);
    void publish(PresenceEvent event);
    qint64 nextTimetoken();

    Clock m_clock;
    int m_defaultTimeout = 300;
    int m_announceMax = 20;
    int m_intervalSeconds = 10;
    int m_intervalDeltaBytes = 30000;
    int m_eventRetention = 20000;
    qint64 m_lastIntervalMs = 0;
    qint64 m_lastTimetoken = 0;

    QHash<QString, User> m_users;
    QHash<QString, Channel> m_channels;
    // State is kept apart from presence: it can be set before a user joins.
    QHash<QString, QHash<QString, QJsonObject>> m_states;
    QHash<QString, QSet<QString>> m_groups;
    std::set<Deadline> m_deadlines;
    std::deque<PresenceEvent> m_events;
};

} // namespace Presence

Q_DECLARE_METATYPE(Presence::PresenceEvent)
