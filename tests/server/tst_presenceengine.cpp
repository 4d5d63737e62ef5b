// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presenceengine.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Presence::PresenceEngine;
using Presence::PresenceEvent;
using Action = Presence::PresenceEvent::Action;

class TestPresenceEngine : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1'700'000'000'000;
    std::unique_ptr<PresenceEngine> m_engine;
    std::unique_ptr<QSignalSpy> m_events;

    PresenceEvent event(qsizetype index) const
    {
        return m_events->at(index).at(0).value<PresenceEvent>();
    }
    void advanceSeconds(int seconds) { m_now += qint64(seconds) * 1000; }

private Q_SLOTS:
    void init()
    {
        m_now = 1'700'000'000'000;
        m_engine = std::make_unique<PresenceEngine>();
        m_engine->setClock([this] { return m_now; });
        m_events = std::make_unique<QSignalSpy>(m_engine.get(), &PresenceEngine::eventPublished);
        QVERIFY(m_events->isValid());
    }

    void heartbeatJoinsOnce()
    {
        m_engine->heartbeat(u"u1"_s, { u"a"_s, u"b"_s }, 60);
        m_engine->heartbeat(u"u1"_s, { u"a"_s }, 60);
        QCOMPARE(m_events->size(), 2);
        QCOMPARE(event(0).action, Action::Join);
        QCOMPARE(event(0).channel, u"a"_s);
        QCOMPARE(event(0).occupancy, 1);
        QCOMPARE(event(1).channel, u"b"_s);
        QCOMPARE(m_engine->channelsOf(u"u1"_s), QStringList({ u"a"_s, u"b"_s }));
        QCOMPARE(m_engine->occupancy(u"a"_s), 1);
    }

    void occupantsKeepJoinOrder()
    {
        for (const QString &user : { u"zed"_s, u"amy"_s, u"kim"_s })
            m_engine->heartbeat(user, { u"room"_s });
        QCOMPARE(m_engine->occupants(u"room"_s), QStringList({ u"zed"_s, u"amy"_s, u"kim"_s }));
    }

    void timeoutAfterDeadline()
    {
        m_engine->heartbeat(u"u1"_s, { u"a"_s }, 8);
        advanceSeconds(7);
        QCOMPARE(m_engine->processTimeouts(), 0);
        QVERIFY(m_engine->isPresent(u"u1"_s, u"a"_s));
        advanceSeconds(1);
        QCOMPARE(m_engine->processTimeouts(), 1);
        QVERIFY(!m_engine->isPresent(u"u1"_s, u"a"_s));
        QCOMPARE(m_events->size(), 2);
        const PresenceEvent timeout = event(1);
        QCOMPARE(timeout.action, Action::Timeout);
        QCOMPARE(timeout.occupancy, 0);
        QVERIFY(timeout.state.has_value());
        QCOMPARE(*timeout.state, QJsonObject());
        QCOMPARE(timeout.timestampMs, m_now);
    }

    void heartbeatExtendsDeadline()
    {
        m_engine->heartbeat(u"u1"_s, { u"a"_s }, 10);
        advanceSeconds(8);
        m_engine->heartbeat(u"u1"_s, { u"a"_s }, 10);
        advanceSeconds(8);
        QCOMPARE(m_engine->processTimeouts(), 0);
        advanceSeconds(2);
        QCOMPARE(m_engine->processTimeouts(), 1);
    }

    void defaultTimeoutApplies()
    {
        m_engine->setDefaultTimeout(300);
        m_engine->heartbeat(u"u1"_s, { u"a"_s }, 0);
        QCOMPARE(m_engine->nextDeadline(), m_now + 300'000);
    }

    void timeoutKeptWithoutValue()
    {
        // A subscribe without `heartbeat` between heartbeats keeps the client's own timeout.
        m_engine->setDefaultTimeout(300);
        m_engine->heartbeat(u"u1"_s, { u"a"_s }, 4);
        advanceSeconds(2);
        m_engine->heartbeat(u"u1"_s, { u"a"_s, u"b"_s }, 0);
        QCOMPARE(m_engine->nextDeadline(), m_now + 4'000);
        advanceSeconds(4);
        QCOMPARE(m_engine->processTimeouts(), 2);
    }

    void emptyHeartbeatLeavesNoUser()
    {
        m_engine->heartbeat(u"u1"_s, { QString() }, 4);
        QVERIFY(m_engine->channelsOf(u"u1"_s).isEmpty());
        m_engine->heartbeat(u"u1"_s, { u"a"_s }, 0);
        QCOMPARE(m_engine->nextDeadline(), m_now + qint64(m_engine->defaultTimeout()) * 1000);
    }

    void leaveAnnouncesAndDropsState()
    {
        m_engine->heartbeat(u"u1"_s, { u"a"_s }, 60, { { u"a"_s, QJsonObject { { u"mood"_s, u"ok"_s } } } });
        QCOMPARE(event(0).state->value(u"mood"_s).toString(), u"ok"_s);
        m_engine->leave(u"u1"_s, { u"a"_s, u"a"_s, u"never"_s });
        QCOMPARE(m_events->size(), 2);
        QCOMPARE(event(1).action, Action::Leave);
        QCOMPARE(event(1).occupancy, 0);
        QVERIFY(!m_engine->state(u"u1"_s, u"a"_s).has_value());
        QCOMPARE(m_engine->occupiedChannels(), QStringList());
    }

    void setStateAnnouncesWhenPresent()
    {
        const QJsonObject state { { u"typing"_s, true } };
        m_engine->setState(u"ghost"_s, { u"a"_s }, state);
        QCOMPARE(m_events->size(), 0);
        QCOMPARE(*m_engine->state(u"ghost"_s, u"a"_s), state);

        m_engine->heartbeat(u"u1"_s, { u"a"_s });
        m_engine->setState(u"u1"_s, { u"a"_s }, state);
        QCOMPARE(m_events->size(), 2);
        QCOMPARE(event(1).action, Action::StateChange);
        QCOMPARE(*event(1).state, state);
        // The same state again is no change.
        m_engine->setState(u"u1"_s, { u"a"_s }, state);
        QCOMPARE(m_events->size(), 2);
    }

    void heartbeatStateChangesPresentUser()
    {
        m_engine->heartbeat(u"u1"_s, { u"a"_s });
        m_engine->heartbeat(u"u1"_s, { u"a"_s }, 0, { { u"a"_s, QJsonObject { { u"k"_s, 1 } } } });
        QCOMPARE(m_events->size(), 2);
        QCOMPARE(event(1).action, Action::StateChange);
    }

    void groupsRegistry()
    {
        m_engine->addChannelsToGroup(u"g"_s, { u"b"_s, u"a"_s });
        m_engine->addChannelsToGroup(u"h"_s, { u"c"_s, u"a"_s });
        QCOMPARE(m_engine->groups(), QStringList({ u"g"_s, u"h"_s }));
        QCOMPARE(m_engine->groupChannels(u"g"_s), QStringList({ u"a"_s, u"b"_s }));
        QCOMPARE(m_engine->expandGroups({ u"g"_s, u"h"_s }),
                 QStringList({ u"a"_s, u"b"_s, u"c"_s }));
        m_engine->removeChannelsFromGroup(u"g"_s, { u"a"_s, u"b"_s });
        QCOMPARE(m_engine->groups(), QStringList({ u"h"_s }));
        m_engine->deleteGroup(u"h"_s);
        m_engine->deleteGroup(u"missing"_s);
        QCOMPARE(m_engine->groups(), QStringList());
    }

    void intervalModeAboveAnnounceMax()
    {
        m_engine->setAnnounceMax(2);
        m_engine->setIntervalSeconds(10);
        m_engine->heartbeat(u"u1"_s, { u"a"_s });
        m_engine->heartbeat(u"u2"_s, { u"a"_s });
        QCOMPARE(m_events->size(), 2);
        QVERIFY(!m_engine->isIntervalMode(u"a"_s));

        m_engine->heartbeat(u"u3"_s, { u"a"_s });
        m_engine->heartbeat(u"u4"_s, { u"a"_s });
        m_engine->leave(u"u1"_s, { u"a"_s });
        QVERIFY(m_engine->isIntervalMode(u"a"_s));
        QCOMPARE(m_events->size(), 2);

        advanceSeconds(9);
        m_engine->processIntervals();
        QCOMPARE(m_events->size(), 2);
        advanceSeconds(1);
        m_engine->processIntervals();
        QCOMPARE(m_events->size(), 3);
        const PresenceEvent interval = event(2);
        QCOMPARE(interval.action, Action::Interval);
        QCOMPARE(interval.occupancy, 3);
        QCOMPARE(interval.joined, QStringList({ u"u3"_s, u"u4"_s }));
        QCOMPARE(interval.left, QStringList({ u"u1"_s }));
        QVERIFY(interval.timedOut.isEmpty());
        QVERIFY(!interval.hereNowRefresh);
    }

    void intervalRefreshWhenDeltasLarge()
    {
        m_engine->setAnnounceMax(1);
        m_engine->setIntervalDeltaBytes(20);
        for (int i = 0; i < 10; ++i)
            m_engine->heartbeat(u"user-%1"_s.arg(i), { u"a"_s });
        advanceSeconds(10);
        m_engine->processIntervals();
        const PresenceEvent interval = event(m_events->size() - 1);
        QCOMPARE(interval.action, Action::Interval);
        QVERIFY(interval.hereNowRefresh);
        QVERIFY(interval.joined.isEmpty());
    }

    void intervalModeEndsBelowAnnounceMax()
    {
        m_engine->setAnnounceMax(1);
        m_engine->heartbeat(u"u1"_s, { u"a"_s });
        m_engine->heartbeat(u"u2"_s, { u"a"_s });
        QVERIFY(m_engine->isIntervalMode(u"a"_s));
        m_engine->leave(u"u2"_s, { u"a"_s });
        advanceSeconds(10);
        m_engine->processIntervals();
        QVERIFY(!m_engine->isIntervalMode(u"a"_s));
        m_engine->leave(u"u1"_s, { u"a"_s });
        QCOMPARE(event(m_events->size() - 1).action, Action::Leave);
    }

    void timetokensIncrease()
    {
        m_engine->heartbeat(u"u1"_s, { u"a"_s, u"b"_s, u"c"_s });
        QCOMPARE(event(0).timetoken, m_now * 10000);
        QVERIFY(event(1).timetoken > event(0).timetoken);
        QVERIFY(event(2).timetoken > event(1).timetoken);
        QCOMPARE(m_engine->firstEventAfter(event(0).timetoken), size_t(1));
        QCOMPARE(m_engine->firstEventAfter(0), size_t(0));
        QCOMPARE(m_engine->firstEventAfter(event(2).timetoken), size_t(3));
    }

    void eventRetentionBounded()
    {
        m_engine->setEventRetention(5);
        for (int i = 0; i < 20; ++i)
            m_engine->heartbeat(u"u%1"_s.arg(i), { u"a"_s });
        QCOMPARE(m_engine->events().size(), size_t(5));
        QCOMPARE(m_engine->events().back().userId, u"u19"_s);
    }
};

QTEST_GUILESS_MAIN(TestPresenceEngine)
#include "tst_presenceengine.moc"
