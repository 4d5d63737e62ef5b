// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presenceengine.h"

#include "logging_p.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

QString PresenceEvent::actionName(Action action)
{
    switch (action) {
    case Action::Join:
        return u"join"_s;
    case Action::Leave:
        return u"leave"_s;
    case Action::Timeout:
        return u"timeout"_s;
    case Action::StateChange:
        return u"state-change"_s;
    case Action::Interval:
        return u"interval"_s;
    }
    return {};
}

PresenceEngine::PresenceEngine(QObject *parent)
    : QObject(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<Presence::PresenceEvent>();
    m_lastIntervalMs = now();
}

PresenceEngine::~PresenceEngine() = default;

void PresenceEngine::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastIntervalMs = now();
}

qint64 PresenceEngine::now() const
{
    return m_clock();
}

void PresenceEngine::setDefaultTimeout(int seconds)
{
    m_defaultTimeout = std::clamp(seconds, 1, maxTimeoutSeconds);
}

void PresenceEngine::setAnnounceMax(int occupancy)
{
    m_announceMax = std::max(0, occupancy);
}

void PresenceEngine::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = std::max(1, seconds);
}

void PresenceEngine::setEventRetention(int events)
{
    m_eventRetention = std::max(1, events);
    while (int(m_events.size()) > m_eventRetention)
        m_events.pop_front();
}

void PresenceEngine::heartbeat(const QString &userId, const QStringList &channels,
                               int timeoutSeconds, const QHash<QString, QJsonObject> &states)
{
    if (userId.isEmpty())
        return;
    User &caller = m_users[userId];
    if (timeoutSeconds > 0)
        caller.timeoutSeconds = std::min(timeoutSeconds, maxTimeoutSeconds);
    const int timeout = caller.timeoutSeconds > 0 ? caller.timeoutSeconds : m_defaultTimeout;
    const qint64 deadline = now() + qint64(timeout) * 1000;

    for (const QString &channel : channels) {
        if (channel.isEmpty())
            continue;
        const auto stateIt = states.constFind(channel);
        std::optional<QJsonObject> newState;
        if (stateIt != states.constEnd())
            newState = stateIt.value();

        User &user = m_users[userId];
        auto membership = user.memberships.find(channel);
        if (membership == user.memberships.end()) {
            join(userId, channel, deadline, newState);
            continue;
        }

        m_deadlines.erase(Deadline(membership->deadlineMs, userId, channel));
        membership->deadlineMs = deadline;
        m_deadlines.insert(Deadline(deadline, userId, channel));

        if (newState && m_states.value(userId).value(channel) != *newState) {
            m_states[userId][channel] = *newState;
            publishMembershipChange(PresenceEvent::Action::StateChange, userId, channel, newState);
        }
    }

    // A heartbeat that named no usable channel leaves no user behind.
    if (m_users.value(userId).memberships.isEmpty())
        m_users.remove(userId);
}

void PresenceEngine::join(const QString &userId, const QString &channel, qint64 deadline,
                          const std::optional<QJsonObject> &state)
{
    m_users[userId].memberships.insert(channel, Membership { deadline });
    m_deadlines.insert(Deadline(deadline, userId, channel));
    m_channels[channel].occupants.append(userId);
    if (state)
        m_states[userId][channel] = *state;

    std::optional<QJsonObject> eventState;
    const auto stored = this->state(userId, channel);
    if (stored)
        eventState = stored;
    publishMembershipChange(PresenceEvent::Action::Join, userId, channel, eventState);
}

void PresenceEngine::leave(const QString &userId, const QStringList &channels)
{
    for (const QString &channel : channels) {
        if (isPresent(userId, channel))
            removeMembership(userId, channel, PresenceEvent::Action::Leave);
    }
}

void PresenceEngine::removeMembership(const QString &userId, const QString &channel,
                                      PresenceEvent::Action action)
{
    auto userIt = m_users.find(userId);
    if (userIt == m_users.end())
        return;
    auto membership = userIt->memberships.find(channel);
    if (membership == userIt->memberships.end())
        return;

    m_deadlines.erase(Deadline(membership->deadlineMs, userId, channel));
    userIt->memberships.erase(membership);
    if (userIt->memberships.isEmpty())
        m_users.erase(userIt);

    auto channelIt = m_channels.find(channel);
    if (channelIt != m_channels.end())
        channelIt->occupants.removeOne(userId);

    // State lives as long as the presence it belongs to.
    std::optional<QJsonObject> lastState;
    auto stateIt = m_states.find(userId);
    if (stateIt != m_states.end()) {
        auto channelState = stateIt->find(channel);
        if (channelState != stateIt->end()) {
            lastState = channelState.value();
            stateIt->erase(channelState);
        }
        if (stateIt->isEmpty())
            m_states.erase(stateIt);
    }
    if (action == PresenceEvent::Action::Timeout && !lastState)
        lastState = QJsonObject();

    publishMembershipChange(action, userId, channel, lastState);

    channelIt = m_channels.find(channel);
    if (channelIt != m_channels.end() && channelIt->occupants.isEmpty()
        && !channelIt->interval.active) {
        m_channels.erase(channelIt);
    }
}

void PresenceEngine::setState(const QString &userId, const QStringList &channels,
                              const QJsonObject &state)
{
    for (const QString &channel : channels) {
        if (channel.isEmpty())
            continue;
        const bool changed = m_states.value(userId).value(channel) != state
                || !m_states.value(userId).contains(channel);
        m_states[userId][channel] = state;
        if (changed && isPresent(userId, channel))
            publishMembershipChange(PresenceEvent::Action::StateChange, userId, channel, state);
    }
}

std::optional<QJsonObject> PresenceEngine::state(const QString &userId,
                                                 const QString &channel) const
{
    const auto userIt = m_states.constFind(userId);
    if (userIt == m_states.constEnd())
        return std::nullopt;
    const auto channelIt = userIt->constFind(channel);
    if (channelIt == userIt->constEnd())
        return std::nullopt;
    return channelIt.value();
}

bool PresenceEngine::isPresent(const QString &userId, const QString &channel) const
{
    const auto userIt = m_users.constFind(userId);
    return userIt != m_users.constEnd() && userIt->memberships.contains(channel);
}

QStringList PresenceEngine::occupants(const QString &channel) const
{
    return m_channels.value(channel).occupants;
}

int PresenceEngine::occupancy(const QString &channel) const
{
    const auto channelIt = m_channels.constFind(channel);
    return channelIt == m_channels.constEnd() ? 0 : int(channelIt->occupants.size());
}

QStringList PresenceEngine::occupiedChannels() const
{
    QStringList names;
    names.reserve(m_channels.size());
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it) {
        if (!it->occupants.isEmpty())
            names.append(it.key());
    }
    names.sort();
    return names;
}

QStringList PresenceEngine::channelsOf(const QString &userId) const
{
    QStringList names = m_users.value(userId).memberships.keys();
    names.sort();
    return names;
}

bool PresenceEngine::isIntervalMode(const QString &channel) const
{
    return m_channels.value(channel).interval.active;
}

QStringList PresenceEngine::groups() const
{
    QStringList names = m_groups.keys();
    names.sort();
    return names;
}

QStringList PresenceEngine::groupChannels(const QString &group) const
{
    QStringList names = m_groups.value(group).values();
    names.sort();
    return names;
}

void PresenceEngine::addChannelsToGroup(const QString &group, const QStringList &channels)
{
    QSet<QString> &members = m_groups[group];
    for (const QString &channel : channels) {
        if (!channel.isEmpty())
            members.insert(channel);
    }
    if (members.isEmpty())
        m_groups.remove(group);
}

void PresenceEngine::removeChannelsFromGroup(const QString &group, const QStringList &channels)
{
    auto it = m_groups.find(group);
    if (it == m_groups.end())
        return;
    for (const QString &channel : channels)
        it->remove(channel);
    if (it->isEmpty())
        m_groups.erase(it);
}

void PresenceEngine::deleteGroup(const QString &group)
{
    m_groups.remove(group);
}

QStringList PresenceEngine::expandGroups(const QStringList &groups) const
{
    QSet<QString> channels;
    for (const QString &group : groups)
        channels.unite(m_groups.value(group));
    QStringList names = channels.values();
    names.sort();
    return names;
}

int PresenceEngine::processTimeouts()
{
    const qint64 current = now();
    int expired = 0;
    while (!m_deadlines.empty()) {
        const Deadline first = *m_deadlines.begin();
        if (std::get<0>(first) > current)
            break;
        // Erased here as well as in removeMembership, so the loop ends even for an entry whose
        // membership is gone.
        m_deadlines.erase(m_deadlines.begin());
        removeMembership(std::get<1>(first), std::get<2>(first), PresenceEvent::Action::Timeout);
        ++expired;
    }
    if (expired > 0)
        qCDebug(lcEngine) << "Timed out" << expired << "memberships";
    return expired;
}

qint64 PresenceEngine::nextDeadline() const
{
    return m_deadlines.empty() ? -1 : std::get<0>(*m_deadlines.begin());
}

void PresenceEngine::processIntervals()
{
    const qint64 current = now();
    if (current - m_lastIntervalMs < qint64(m_intervalSeconds) * 1000)
        return;
    m_lastIntervalMs = current;

    QStringList due;
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it) {
        if (it->interval.active)
            due.append(it.key());
    }
    due.sort();

    for (const QString &name : std::as_const(due)) {
        Channel &channel = m_channels[name];
        PresenceEvent event;
        event.action = PresenceEvent::Action::Interval;
        event.channel = name;
        event.occupancy = int(channel.occupants.size());

        qsizetype bytes = 0;
        for (const QStringList *list :
             { &channel.interval.joined, &channel.interval.left, &channel.interval.timedOut }) {
            for (const QString &userId : *list)
                bytes += userId.size() + 3;
        }
        if (bytes > m_intervalDeltaBytes) {
            event.hereNowRefresh = true;
        } else {
            event.joined = channel.interval.joined;
            event.left = channel.interval.left;
            event.timedOut = channel.interval.timedOut;
        }
        channel.interval.joined.clear();
        channel.interval.left.clear();
        channel.interval.timedOut.clear();

        if (event.occupancy <= m_announceMax) {
            channel.interval.active = false;
            qCDebug(lcEngine) << "Channel" << name << "is back in announce mode";
        }
        if (channel.occupants.isEmpty() && !channel.interval.active)
            m_channels.remove(name);
        publish(std::move(event));
    }
}

void PresenceEngine::publishMembershipChange(PresenceEvent::Action action, const QString &userId,
                                             const QString &channel,
                                             std::optional<QJsonObject> state)
{
    const int occupancyAfter = occupancy(channel);
    if (action != PresenceEvent::Action::StateChange) {
        auto channelIt = m_channels.find(channel);
        if (channelIt != m_channels.end()) {
            IntervalDeltas &deltas = channelIt->interval;
            if (!deltas.active && occupancyAfter > m_announceMax) {
                deltas.active = true;
                qCDebug(lcEngine) << "Channel" << channel << "switches to interval mode at"
                                  << occupancyAfter << "occupants";
            }
            if (deltas.active) {
                if (action == PresenceEvent::Action::Join)
                    deltas.joined.append(userId);
                else if (action == PresenceEvent::Action::Leave)
                    deltas.left.append(userId);
                else
                    deltas.timedOut.append(userId);
                return;
            }
        }
    }

    PresenceEvent event;
    event.action = action;
    event.channel = channel;
    event.userId = userId;
    event.occupancy = occupancyAfter;
    event.state = std::move(state);
    publish(std::move(event));
}

void PresenceEngine::publish(PresenceEvent event)
{
    event.timetoken = nextTimetoken();
    event.timestampMs = event.timetoken / 10000;
    m_events.push_back(event);
    while (int(m_events.size()) > m_eventRetention)
        m_events.pop_front();
    Q_EMIT eventPublished(m_events.back());
}

qint64 PresenceEngine::nextTimetoken()
{
    qint64 timetoken = now() * 10000;
    if (timetoken <= m_lastTimetoken)
        timetoken = m_lastTimetoken + 1;
    m_lastTimetoken = timetoken;
    return timetoken;
}

qint64 PresenceEngine::currentTimetoken()
{
    return nextTimetoken();
}

size_t PresenceEngine::firstEventAfter(qint64 timetoken) const
{
    const auto it = std::upper_bound(
            m_events.cbegin(), m_events.cend(), timetoken,
            [](qint64 value, const PresenceEvent &event) { return value < event.timetoken; });
    return size_t(it - m_events.cbegin());
}

} // namespace Presence
