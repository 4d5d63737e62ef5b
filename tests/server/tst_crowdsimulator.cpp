// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "crowdsimulator.h"
#include "presenceengine.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Presence::CrowdSimulator;
using Presence::PresenceEngine;

namespace {

// A fingerprint of the whole presence picture: every channel with its occupants in order.
QStringList snapshot(const PresenceEngine &engine)
{
    QStringList lines;
    const QStringList channels = engine.occupiedChannels();
    for (const QString &channel : channels)
        lines.append(channel + u'=' + engine.occupants(channel).join(u','));
    return lines;
}

struct Run
{
    qint64 now = 1'700'000'000'000;
    PresenceEngine engine;
    std::unique_ptr<CrowdSimulator> simulator;

    Run(int users, quint32 seed)
    {
        engine.setClock([this] { return now; });
        simulator = std::make_unique<CrowdSimulator>(&engine, users, seed);
        simulator->populate();
    }

    void advanceSeconds(int seconds)
    {
        for (int i = 0; i < seconds; ++i) {
            now += 1000;
            simulator->advance(1000);
            engine.processTimeouts();
            engine.processIntervals();
        }
    }
};

} // namespace

class TestCrowdSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameRun()
    {
        Run first(500, 42);
        Run second(500, 42);
        QCOMPARE(snapshot(first.engine), snapshot(second.engine));
        first.advanceSeconds(180);
        second.advanceSeconds(180);
        QCOMPARE(snapshot(first.engine), snapshot(second.engine));
        QCOMPARE(first.engine.events().size(), second.engine.events().size());
        QCOMPARE(first.simulator->statistics().stateChanges,
                 second.simulator->statistics().stateChanges);
    }

    void otherSeedOtherRun()
    {
        Run first(500, 1);
        Run second(500, 2);
        QVERIFY(snapshot(first.engine) != snapshot(second.engine));
    }

    void crowdChurns()
    {
        Run run(1000, 7);
        const int startOnline = run.simulator->onlineCount();
        QVERIFY(startOnline > 800);
        QVERIFY(startOnline < 1000);
        run.advanceSeconds(300);
        const CrowdSimulator::Statistics statistics = run.simulator->statistics();
        QVERIFY(statistics.arrivals > 0);
        QVERIFY(statistics.leaves > 0);
        QVERIFY(statistics.drops > 0);
        QVERIFY(statistics.stateChanges > 0);
        QVERIFY(statistics.heartbeats > 0);

        // Dropped users end in timeouts, which only the engine produces.
        bool sawTimeout = false;
        for (const Presence::PresenceEvent &event : run.engine.events())
            sawTimeout = sawTimeout || event.action == Presence::PresenceEvent::Action::Timeout;
        QVERIFY(sawTimeout);
        // Heartbeats keep users that did not drop present: the crowd does not melt away.
        QVERIFY(run.engine.presentUserCount() > 600);
    }

    void channelSizesHeavyTailed()
    {
        Run run(10000, 3);
        const QStringList channels = run.engine.occupiedChannels();
        int biggest = 0;
        int small = 0;
        for (const QString &channel : channels) {
            const int occupancy = run.engine.occupancy(channel);
            biggest = std::max(biggest, occupancy);
            if (occupancy <= 10)
                ++small;
        }
        QVERIFY2(biggest > 1000, qPrintable(QString::number(biggest)));
        QVERIFY2(small > 100, qPrintable(QString::number(small)));
        QCOMPARE(run.engine.groups(), QStringList({ u"lobbies"_s, u"support"_s }));
        QCOMPARE(run.engine.groupChannels(u"lobbies"_s),
                 QStringList({ u"lobby"_s, u"lobby-eu"_s, u"lobby-us"_s }));
    }

    void tenThousandUsersMinute()
    {
        // Prints the cost rather than asserting it, since machines differ.
        QElapsedTimer timer;
        timer.start();
        Run run(10000, 11);
        run.advanceSeconds(60);
        qInfo("10,000 simulated users: populate and 60 simulated seconds took %lld ms",
              timer.elapsed());
        QVERIFY(run.engine.presentUserCount() > 8000);
    }
};

QTEST_GUILESS_MAIN(TestCrowdSimulator)
#include "tst_crowdsimulator.moc"
