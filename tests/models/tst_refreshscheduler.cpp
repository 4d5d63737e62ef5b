// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presenceengine.h"
#include "presenceserver.h"
#include "presenceservice.h"
#include "refreshscheduler.h"
#include "requestbuilder.h"
#include "scriptedhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Presence::RefreshScheduler;

namespace {

Presence::ClientConfig configFor(const Presence::PresenceServer &server)
{
    Presence::ClientConfig config;
    config.origin = server.origin().toString();
    config.subscribeKey = server.options().subscribeKey;
    config.userId = u"scheduler-test"_s;
    config.requestTimeout = std::chrono::seconds(5);
    return config;
}

} // namespace

class TestRefreshScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void batchesStayUnderUrlLimit();
    void intervalBelowMinimumRejected();
    void watchListRefreshedCompletely();
    void severalViewsShareRequests();
    void occupantsPagedUpToCap();
    void loadAllListsEveryone();
    void shiftedPagesCountedOnce();
    void failuresBackOffAndRecover();
    void pauseStopsTheTimer();

private:
    std::unique_ptr<Presence::PresenceServer> m_server;
    std::unique_ptr<Presence::PresenceService> m_service;
    QStringList m_handledPaths;
};

void TestRefreshScheduler::init()
{
    Presence::ServerOptions options;
    options.subscribeKey = u"sub-test"_s;
    m_server = std::make_unique<Presence::PresenceServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_handledPaths.clear();
    connect(m_server.get(), &Presence::PresenceServer::requestHandled, this,
            [this](const QByteArray &path) { m_handledPaths.append(QString::fromUtf8(path)); });

    Presence::PresenceEngine *engine = m_server->engine();
    for (int i = 0; i < 2500; ++i)
        engine->heartbeat(u"big-%1"_s.arg(i), { u"big"_s }, 600,
                          { { u"big"_s, QJsonObject { { u"n"_s, i } } } });
    for (int i = 0; i < 3; ++i)
        engine->heartbeat(u"small-%1"_s.arg(i), { u"small"_s }, 600);

    m_service = std::make_unique<Presence::PresenceService>();
    m_service->setConfig(configFor(*m_server));
}

void TestRefreshScheduler::cleanup()
{
    m_service.reset();
    m_server.reset();
}

void TestRefreshScheduler::batchesStayUnderUrlLimit()
{
    QStringList channels;
    for (int i = 0; i < 1000; ++i)
        channels.append(u"channel-with-a-rather-long-name-%1-é"_s.arg(i));
    const Presence::ClientConfig config = configFor(*m_server);

    const QList<QStringList> batches = RefreshScheduler::splitIntoBatches(config, channels);
    QVERIFY(batches.size() > 1);
    QStringList joined;
    const Presence::RequestBuilder builder(config);
    for (const QStringList &batch : batches) {
        Presence::HereNowQuery query;
        query.channels = batch;
        query.includeUserIds = false;
        QVERIFY(builder.hereNow(query).url().toEncoded().size() < RefreshScheduler::MaxBatchUrlBytes);
        joined.append(batch);
    }
    QCOMPARE(joined, channels);
}

void TestRefreshScheduler::intervalBelowMinimumRejected()
{
    RefreshScheduler scheduler(m_service.get());
    QVERIFY(!scheduler.setIntervalSeconds(2));
    QCOMPARE(scheduler.intervalSeconds(), RefreshScheduler::DefaultIntervalSeconds);
    QVERIFY(scheduler.setIntervalSeconds(3));
    QCOMPARE(scheduler.currentDelayMs(), 3000);
}

void TestRefreshScheduler::watchListRefreshedCompletely()
{
    RefreshScheduler scheduler(m_service.get());
    QSignalSpy refreshed(&scheduler, &RefreshScheduler::watchListRefreshed);
    QSignalSpy finished(&scheduler, &RefreshScheduler::refreshFinished);
    scheduler.setWatchList({ u"big"_s, u"small"_s, u"empty"_s }, {});
    scheduler.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);

    QCOMPARE(refreshed.count(), 1);
    const auto result = refreshed.first().first().value<Presence::HereNowResult>();
    QVERIFY(result.channel(u"big"_s));
    QCOMPARE(result.channel(u"big"_s)->occupancy, 2500);
    QCOMPARE(result.channel(u"small"_s)->occupancy, 3);
    QVERIFY(result.channel(u"empty"_s));
    QCOMPARE(result.channel(u"empty"_s)->occupancy, 0);
    QVERIFY(scheduler.msUntilNextRefresh() > 0);
}

void TestRefreshScheduler::severalViewsShareRequests()
{
    // Two windows' schedulers on one service, each asked to refresh several times at once.
    RefreshScheduler first(m_service.get());
    RefreshScheduler second(m_service.get());
    QSignalSpy firstDone(&first, &RefreshScheduler::refreshFinished);
    QSignalSpy secondDone(&second, &RefreshScheduler::refreshFinished);
    for (RefreshScheduler *scheduler : { &first, &second }) {
        scheduler->setIntervalSeconds(3);
        scheduler->setWatchList({ u"big"_s, u"small"_s }, {});
    }
    first.start();
    second.start();
    for (int i = 0; i < 5; ++i) {
        first.refreshNow();
        second.refreshNow();
    }
    QTRY_VERIFY_WITH_TIMEOUT(firstDone.count() >= 1 && secondDone.count() >= 1, 10000);
    QCOMPARE(m_handledPaths.size(), 1);

    // Manual refreshes within the 3 s cache time are served from the cache.
    first.refreshNow();
    second.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(firstDone.count() >= 2 && secondDone.count() >= 2, 10000);
    QCOMPARE(m_handledPaths.size(), 1);

    // Over 7 s with a 3 s interval, the server receives at most one request per 3 s.
    QTest::qWait(7000);
    QVERIFY2(m_handledPaths.size() <= 4, qPrintable(m_handledPaths.join(u'\n')));
    QVERIFY(m_handledPaths.size() >= 2);
}

void TestRefreshScheduler::occupantsPagedUpToCap()
{
    RefreshScheduler scheduler(m_service.get());
    scheduler.setOccupantCap(1000);
    QSignalSpy occupants(&scheduler, &RefreshScheduler::occupantsRefreshed);
    scheduler.setWatchList({ u"big"_s }, {});
    scheduler.setSelectedChannel(u"big"_s);
    scheduler.start();
    QVERIFY(occupants.wait(10000));

    QCOMPARE(occupants.first().at(0).toString(), u"big"_s);
    const auto channel = occupants.first().at(1).value<Presence::HereNowChannel>();
    QCOMPARE(channel.occupancy, 2500);
    QCOMPARE(channel.occupants.size(), 1000);
    QCOMPARE(occupants.first().at(2).toInt(), 1500);
    QVERIFY(!channel.occupants.first().state.isNull());
}

void TestRefreshScheduler::loadAllListsEveryone()
{
    RefreshScheduler scheduler(m_service.get());
    scheduler.setOccupantCap(1000);
    QSignalSpy occupants(&scheduler, &RefreshScheduler::occupantsRefreshed);
    scheduler.setSelectedChannel(u"big"_s);
    scheduler.start();
    QVERIFY(occupants.wait(10000));
    scheduler.loadAllOccupants();
    QTRY_COMPARE_WITH_TIMEOUT(occupants.count(), 2, 10000);

    const auto channel = occupants.last().at(1).value<Presence::HereNowChannel>();
    QCOMPARE(channel.occupants.size(), 2500);
    QCOMPARE(occupants.last().at(2).toInt(), 0);
    QSet<QString> unique;
    for (const Presence::HereNowUser &user : channel.occupants)
        unique.insert(user.user_id);
    QCOMPARE(unique.size(), 2500);
}

void TestRefreshScheduler::shiftedPagesCountedOnce()
{
    // A channel of 2,500 whose list shifts while it is read: the page at offset 1000 starts 500
    // users early (as a cached page or a crowd change would), so 500 users are listed twice and
    // 500 are on no page.
    PresenceTest::ScriptedHttpServer scripted;
    QVERIFY(scripted.listen());
    scripted.setHandler([](const PresenceTest::RecordedRequest &request)
                                -> std::optional<PresenceTest::ScriptedResponse> {
        const int offset = request.queryValue("offset").toInt();
        int first = offset;
        int count = 1000;
        if (offset == 1000)
            first = 500;
        else if (offset == 2000)
            count = 500;
        QJsonArray users;
        for (int i = first; i < first + count; ++i)
            users.append(QJsonObject { { u"uuid"_s, u"user-%1"_s.arg(i) } });
        const QJsonObject body { { u"status"_s, 200 }, { u"message"_s, u"OK"_s },
                                 { u"service"_s, u"Presence"_s }, { u"occupancy"_s, 2500 },
                                 { u"uuids"_s, users } };
        PresenceTest::ScriptedResponse response;
        response.headers = { { "Content-Type", "application/json" } };
        response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return response;
    });
    Presence::PresenceService service;
    Presence::ClientConfig config;
    config.origin = scripted.origin();
    config.subscribeKey = u"sub-test"_s;
    config.userId = u"scheduler-test"_s;
    service.setConfig(config);

    RefreshScheduler scheduler(&service);
    QSignalSpy occupants(&scheduler, &RefreshScheduler::occupantsRefreshed);
    QVERIFY(occupants.isValid());
    scheduler.setSelectedChannel(u"shifting"_s);
    scheduler.start();
    QVERIFY(occupants.wait(10000));

    const auto channel = occupants.first().at(1).value<Presence::HereNowChannel>();
    QCOMPARE(channel.occupancy, 2500);
    QCOMPARE(channel.occupants.size(), 2000);
    QCOMPARE(occupants.first().at(2).toInt(), 500);
    QSet<QString> unique;
    for (const Presence::HereNowUser &user : channel.occupants)
        unique.insert(user.user_id);
    QCOMPARE(unique.size(), 2000);

    const Presence::OccupantListing listing = scheduler.lastOccupantListing();
    QCOMPARE(listing.occupancy, 2500);
    QCOMPARE(listing.listed, 2000);
    QCOMPARE(listing.duplicates, 500);
    QCOMPARE(listing.lostWhilePaging, 500);
    QCOMPARE(listing.beyondCap, 0);
}

void TestRefreshScheduler::failuresBackOffAndRecover()
{
    Presence::RetryPolicy noRetries;
    noRetries.maxRetries = 0;
    m_service->setRetryPolicy(noRetries);
    const Presence::ClientConfig working = configFor(*m_server);
    m_server->stop();

    RefreshScheduler scheduler(m_service.get());
    scheduler.setIntervalSeconds(3);
    scheduler.setWatchList({ u"big"_s }, {});
    QSignalSpy finished(&scheduler, &RefreshScheduler::refreshFinished);
    QSignalSpy failed(&scheduler, &RefreshScheduler::watchListFailed);

    const QList<int> expectedDelays { 6000, 12000, 24000, 48000, 60000, 60000 };
    for (int i = 0; i < expectedDelays.size(); ++i) {
        QVERIFY(scheduler.refreshNow());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), i + 1, 10000);
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(scheduler.consecutiveFailures(), i + 1);
        QCOMPARE(scheduler.currentDelayMs(), expectedDelays.at(i));
        QVERIFY(scheduler.msUntilNextRefresh() > expectedDelays.at(i) - 1000);
    }
    QCOMPARE(failed.count(), expectedDelays.size());

    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    Presence::ClientConfig restarted = working;
    restarted.origin = m_server->origin().toString();
    m_service->setConfig(restarted);
    QVERIFY(scheduler.refreshNow());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), expectedDelays.size() + 1, 10000);
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(scheduler.consecutiveFailures(), 0);
    QCOMPARE(scheduler.currentDelayMs(), 3000);
}

void TestRefreshScheduler::pauseStopsTheTimer()
{
    RefreshScheduler scheduler(m_service.get());
    QSignalSpy finished(&scheduler, &RefreshScheduler::refreshFinished);
    QSignalSpy paused(&scheduler, &RefreshScheduler::pausedChanged);
    scheduler.setWatchList({ u"small"_s }, {});
    scheduler.start();
    QVERIFY(finished.wait(10000));

    scheduler.setPaused(true);
    QCOMPARE(paused.count(), 1);
    QCOMPARE(scheduler.msUntilNextRefresh(), -1);
    const qsizetype before = m_handledPaths.size();
    QTest::qWait(3500);
    QCOMPARE(m_handledPaths.size(), before);

    scheduler.setPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
}

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refreshscheduler.moc"
