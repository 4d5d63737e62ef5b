// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "crowdsimulator.h"

#include "logging_p.h"
#include "presenceengine.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

// Per online user and second: explicit leaves (sessions of about ten minutes), drop-outs that
// end in a timeout, and state changes. Offline users come back at `returnRate`.
constexpr double leaveRate = 1.0 / 600.0;
constexpr double dropRate = 1.0 / 3000.0;
constexpr double stateChangeRate = 1.0 / 90.0;
constexpr double returnRate = 1.0 / 120.0;

const char *const moods[] = { "available", "busy", "away", "in a meeting", "gaming" };
const char *const devices[] = { "desktop", "mobile", "tablet", "web" };

} // namespace

CrowdSimulator::CrowdSimulator(PresenceEngine *engine, int users, quint32 seed, QObject *parent)
    : QObject(parent), m_engine(engine), m_seed(seed), m_random(seed)
{
    buildChannels();
    m_users.resize(size_t(std::max(0, users)));
    std::uniform_int_distribution<int> channelCount(1, 3);
    for (size_t i = 0; i < m_users.size(); ++i) {
        User &user = m_users[i];
        user.id = u"u-%1"_s.arg(qulonglong(i + 1), 5, 10, QChar(u'0'));
        const int count = channelCount(m_random);
        while (user.channels.size() < count) {
            const QString channel = pickChannel();
            if (!user.channels.contains(channel))
                user.channels.append(channel);
        }
        user.mood = int(m_random() % std::size(moods));
        user.device = int(m_random() % std::size(devices));
        user.offlineIndex = int(m_offline.size());
        m_offline.push_back(int(i));
    }
}

CrowdSimulator::~CrowdSimulator() = default;

void CrowdSimulator::buildChannels()
{
    // Channels are ranked from the biggest to the smallest. Weights fall off as a power of the
    // rank, so a few lobbies get a large share of the crowd while most rooms get a handful.
    m_channelNames = { u"lobby"_s, u"lobby-eu"_s, u"lobby-us"_s };
    for (int i = 1; i <= 20; ++i)
        m_channelNames.append(u"game-%1"_s.arg(i));
    for (int i = 1; i <= 5; ++i)
        m_channelNames.append(u"support-%1"_s.arg(i));
    for (int i = 1; i <= 400; ++i)
        m_channelNames.append(u"room-%1"_s.arg(i));

    double total = 0;
    m_cumulativeWeights.clear();
    for (qsizetype rank = 0; rank < m_channelNames.size(); ++rank) {
        total += 1.0 / std::pow(double(rank + 1), 1.1);
        m_cumulativeWeights.push_back(total);
    }
}

QString CrowdSimulator::pickChannel()
{
    std::uniform_real_distribution<double> uniform(0.0, m_cumulativeWeights.back());
    const double point = uniform(m_random);
    const auto it = std::lower_bound(m_cumulativeWeights.cbegin(), m_cumulativeWeights.cend(),
                                     point);
    const auto index = std::min<qsizetype>(it - m_cumulativeWeights.cbegin(),
                                           m_channelNames.size() - 1);
    return m_channelNames.at(index);
}

void CrowdSimulator::populate()
{
    m_engine->addChannelsToGroup(u"lobbies"_s, { u"lobby"_s, u"lobby-eu"_s, u"lobby-us"_s });
    QStringList support;
    for (int i = 1; i <= 5; ++i)
        support.append(u"support-%1"_s.arg(i));
    m_engine->addChannelsToGroup(u"support"_s, support);

    // About nine in ten users start online; the rest arrive through the churn.
    std::bernoulli_distribution startsOnline(0.9);
    const std::vector<int> candidates = m_offline;
    for (const int user : candidates) {
        if (startsOnline(m_random))
            bringOnline(user);
    }
    qCInfo(lcSimulation) << "Simulated crowd of" << m_users.size() << "users," << m_online.size()
                         << "online, over" << m_channelNames.size() << "channels, seed" << m_seed;
}

int CrowdSimulator::countFor(double expected)
{
    // The whole part, plus one more with the probability of the fraction.
    const double whole = std::floor(expected);
    std::bernoulli_distribution extra(expected - whole);
    return int(whole) + (extra(m_random) ? 1 : 0);
}

void CrowdSimulator::advance(qint64 elapsedMs)
{
    if (elapsedMs <= 0 || m_users.empty())
        return;
    const double seconds = double(elapsedMs) / 1000.0;
    const qint64 now = m_engine->now();

    // Heartbeats that are due keep the online users present.
    while (!m_heartbeats.empty() && m_heartbeats.top().dueMs <= now) {
        const ScheduledHeartbeat due = m_heartbeats.top();
        m_heartbeats.pop();
        User &user = m_users[size_t(due.user)];
        if (user.generation != due.generation || user.onlineIndex < 0)
            continue;
        m_engine->heartbeat(user.id, user.channels, timeoutSeconds);
        ++m_statistics.heartbeats;
        scheduleHeartbeat(due.user, now + heartbeatSeconds * 1000);
    }

    const int leaves = countFor(double(m_online.size()) * leaveRate * seconds);
    for (int i = 0; i < leaves && !m_online.empty(); ++i) {
        const int user = m_online[m_random() % m_online.size()];
        takeOffline(user, true);
        ++m_statistics.leaves;
    }
    const int drops = countFor(double(m_online.size()) * dropRate * seconds);
    for (int i = 0; i < drops && !m_online.empty(); ++i) {
        const int user = m_online[m_random() % m_online.size()];
        takeOffline(user, false);
        ++m_statistics.drops;
    }
    const int arrivals = countFor(double(m_offline.size()) * returnRate * seconds);
    for (int i = 0; i < arrivals && !m_offline.empty(); ++i) {
        const int user = m_offline[m_random() % m_offline.size()];
        bringOnline(user);
        ++m_statistics.arrivals;
    }
    const int changes = countFor(double(m_online.size()) * stateChangeRate * seconds);
    for (int i = 0; i < changes && !m_online.empty(); ++i) {
        changeState(m_online[m_random() % m_online.size()]);
        ++m_statistics.stateChanges;
    }
}

QJsonObject CrowdSimulator::stateOf(const User &user) const
{
    return QJsonObject { { u"mood"_s, QString::fromLatin1(moods[user.mood]) },
                         { u"device"_s, QString::fromLatin1(devices[user.device]) },
                         { u"typing"_s, user.typing } };
}

void CrowdSimulator::bringOnline(int index)
{
    User &user = m_users[size_t(index)];
    if (user.onlineIndex >= 0)
        return;
    // Swap-remove from the offline list.
    const int last = m_offline.back();
    m_offline[size_t(user.offlineIndex)] = last;
    m_users[size_t(last)].offlineIndex = user.offlineIndex;
    m_offline.pop_back();
    user.offlineIndex = -1;
    user.onlineIndex = int(m_online.size());
    m_online.push_back(index);

    QHash<QString, QJsonObject> states;
    const QJsonObject state = stateOf(user);
    for (const QString &channel : std::as_const(user.channels))
        states.insert(channel, state);
    m_engine->heartbeat(user.id, user.channels, timeoutSeconds, states);
    ++user.generation;
    // Spread the heartbeats over the period so they do not arrive in bursts.
    std::uniform_int_distribution<qint64> offset(1000, heartbeatSeconds * 1000);
    scheduleHeartbeat(index, m_engine->now() + offset(m_random));
}

void CrowdSimulator::takeOffline(int index, bool sendLeave)
{
    User &user = m_users[size_t(index)];
    if (user.onlineIndex < 0)
        return;
    const int last = m_online.back();
    m_online[size_t(user.onlineIndex)] = last;
    m_users[size_t(last)].onlineIndex = user.onlineIndex;
    m_online.pop_back();
    user.onlineIndex = -1;
    user.offlineIndex = int(m_offline.size());
    m_offline.push_back(index);
    ++user.generation;
    // Without a leave the engine times the user out after `timeoutSeconds`.
    if (sendLeave)
        m_engine->leave(user.id, user.channels);
}

void CrowdSimulator::changeState(int index)
{
    User &user = m_users[size_t(index)];
    switch (m_random() % 3) {
    case 0:
        user.mood = int(m_random() % std::size(moods));
        break;
    case 1:
        user.typing = !user.typing;
        break;
    default:
        user.device = int(m_random() % std::size(devices));
        break;
    }
    const QString channel = user.channels.at(qsizetype(m_random() % user.channels.size()));
    m_engine->setState(user.id, { channel }, stateOf(user));
}

void CrowdSimulator::scheduleHeartbeat(int user, qint64 dueMs)
{
    m_heartbeats.push({ dueMs, user, m_users[size_t(user)].generation });
}

} // namespace Presence
