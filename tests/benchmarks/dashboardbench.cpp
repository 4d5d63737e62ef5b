// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Measures the dashboard's data path against the local presence server: 1,000 watched
// channels and one selected channel with 100,000 occupants with state, all loaded. Prints the
// time from a response to updated models, the longest stall of the GUI thread during a
// refresh, and the memory the occupant model takes per occupant. The server runs on a thread
// of its own, so the stalls measured are the client's.

#include "channellistmodel.h"
#include "occupantlistmodel.h"
#include "occupanttablewidget.h"
#include "presenceengine.h"
#include "presenceserver.h"
#include "presenceservice.h"
#include "refreshscheduler.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <malloc.h>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int WatchedChannels = 1000;
constexpr int SelectedOccupants = 100000;

size_t heapInUse()
{
    return mallinfo2().uordblks;
}

void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

// Measures the longest gap between ticks of a 2 ms timer on the GUI thread, and when it ended.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            if (gap > m_longest) {
                m_longest = gap;
                m_longestEndedMs = m_sinceStart.elapsed();
            }
        });
    }
    void start()
    {
        m_longest = 0;
        m_longestEndedMs = 0;
        m_clock.start();
        m_sinceStart.start();
        m_timer.start();
    }
    // Milliseconds from start() to the end of the longest gap.
    qint64 longestEndedMs() const { return m_longestEndedMs; }
    qint64 stop()
    {
        m_timer.stop();
        return qMax(m_longest, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceStart;
    qint64 m_longest = 0;
    qint64 m_longestEndedMs = 0;
};

void populate(Presence::PresenceEngine *engine, int round)
{
    for (int i = 0; i < WatchedChannels; ++i)
        engine->heartbeat(u"watcher-%1"_s.arg(i), { u"channel-%1"_s.arg(i) }, 3600);
    // Each round, 1% of the crowd leaves, 1% joins and 1% changes state.
    const int churn = SelectedOccupants / 100;
    for (int i = 0; i < SelectedOccupants + churn * round; ++i) {
        if (i < churn * round)
            continue;
        const QJsonObject state { { u"mood"_s, (i + round) % 100 < 1 ? u"busy"_s : u"available"_s },
                                  { u"seat"_s, i % 500 },
                                  { u"device"_s, u"desktop"_s } };
        engine->heartbeat(u"user-%1"_s.arg(i, 6, 10, QChar(u'0')), { u"stadium"_s }, 3600,
                          { { u"stadium"_s, state } });
    }
    if (round > 0) {
        for (int i = churn * (round - 1); i < churn * round; ++i)
            engine->leave(u"user-%1"_s.arg(i, 6, 10, QChar(u'0')), { u"stadium"_s });
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // With --views the occupant table (filter proxy and table view) shows the model in an
    // offscreen window, so that the stalls include the views' work.
    const bool withViews = argc > 1 && qstrcmp(argv[1], "--views") == 0;
    if (withViews)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    // Memory of the occupant model alone: the rows and the user-id index, with the
    // conversion's input released. Measured first, while no other thread allocates.
    Presence::OccupantListModel measured;
    measured.setChannel(u"stadium"_s);
    const size_t before = heapInUse();
    {
        QList<Presence::OccupantListModel::Entry> entries;
        entries.reserve(SelectedOccupants);
        for (int i = 0; i < SelectedOccupants; ++i) {
            Presence::OccupantListModel::Entry entry;
            entry.userId = u"user-%1"_s.arg(i, 6, 10, QChar(u'0'));
            entry.state = R"({"device":"desktop","mood":"available","seat":)"_ba
                    + QByteArray::number(i % 500) + '}';
            entries.append(std::move(entry));
        }
        measured.applyEntries(entries);
    }
    const size_t after = heapInUse();
    print(u"occupant model: %1 occupants, %2 bytes per occupant (user id of 11 characters, "
          "state of about 50 bytes)"_s
                  .arg(measured.rowCount())
                  .arg(double(after - before) / measured.rowCount(), 0, 'f', 0));


    QThread serverThread;
    serverThread.start();
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    Presence::PresenceServer *server = nullptr;
    QMetaObject::invokeMethod(&serverContext, [&] {
        Presence::ServerOptions options;
        options.subscribeKey = u"bench"_s;
        options.announceMax = 1000000;
        server = new Presence::PresenceServer(options);
        QString error;
        if (!server->start(&error))
            qFatal("%s", qPrintable(error));
        populate(server->engine(), 0);
    }, Qt::BlockingQueuedConnection);

    Presence::PresenceService service;
    Presence::ClientConfig config;
    config.origin = server->origin().toString();
    config.subscribeKey = u"bench"_s;
    config.userId = u"bench-client"_s;
    config.requestTimeout = std::chrono::seconds(60);
    service.setConfig(config);
    service.setMaxResponseBytes(512ll * 1024 * 1024);

    Presence::ChannelListModel channels;
    Presence::OccupantListModel occupants;
    occupants.setChannel(u"stadium"_s);
    std::unique_ptr<Presence::OccupantTableWidget> table;
    if (withViews) {
        table = std::make_unique<Presence::OccupantTableWidget>(&occupants);
        table->resize(800, 600);
        table->show();
    }
    Presence::RefreshScheduler scheduler(&service);
    scheduler.setIntervalSeconds(3600);
    QStringList watched;
    for (int i = 0; i < WatchedChannels; ++i)
        watched.append(u"channel-%1"_s.arg(i));
    channels.setWatchedChannels(watched);
    scheduler.setWatchList(watched, {});
    scheduler.setSelectedChannel(u"stadium"_s);
    scheduler.loadAllOccupants();

    qint64 watchApplyMs = 0;
    int watchBatches = 0;
    QObject::connect(&scheduler, &Presence::RefreshScheduler::watchListRefreshed, &channels,
                     [&](const Presence::HereNowResult &result) {
                         QElapsedTimer timer;
                         timer.start();
                         channels.applyHereNow(result, {});
                         watchApplyMs += timer.elapsed();
                         ++watchBatches;
                     });
    // Restarted on every response, so that it measures from the last page to the applied model.
    QElapsedTimer occupantsTimer;
    QObject::connect(&service, &Presence::PresenceService::hereNowFinished, &occupants,
                     [&occupantsTimer] { occupantsTimer.start(); });
    int notListed = -1;
    QObject::connect(&scheduler, &Presence::RefreshScheduler::occupantsRefreshed, &occupants,
                     [&](const QString &, const Presence::HereNowChannel &channel, int missing) {
                         notListed = missing;
                         occupants.applyOccupantsInBackground(channel.occupants);
                     });

    StallMeter stalls;
    for (int round = 0; round < 3; ++round) {
        if (round > 0) {
            QMetaObject::invokeMethod(&serverContext, [&] { populate(server->engine(), round); },
                                      Qt::BlockingQueuedConnection);
            service.clearCache();
        }
        watchApplyMs = 0;
        watchBatches = 0;
        const int requestsBefore = service.requestsSent();
        QElapsedTimer cycle;
        cycle.start();
        stalls.start();
        bool applied = false;
        bool finished = false;
        auto appliedConnection = QObject::connect(&occupants, &Presence::OccupantListModel::occupantsApplied,
                                                  [&] { applied = true; });
        auto finishedConnection = QObject::connect(&scheduler, &Presence::RefreshScheduler::refreshFinished,
                                                   [&] { finished = true; });
        if (round == 0)
            scheduler.start();
        else
            scheduler.refreshNow();
        while (!(applied && finished))
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        const qint64 longestStall = stalls.stop();
        const qint64 occupantApplyMs = occupantsTimer.elapsed();
        QObject::disconnect(appliedConnection);
        QObject::disconnect(finishedConnection);

        const Presence::OccupantListing listing = scheduler.lastOccupantListing();
        print(u"round %1: %2 requests, cycle %3 ms; watch list: %4 batches applied in %5 ms; "
              "occupants: %6 rows (%7 not listed) applied %8 ms after the last page; longest "
              "GUI-thread stall %9 ms"_s
                      .arg(round)
                      .arg(service.requestsSent() - requestsBefore)
                      .arg(cycle.elapsed())
                      .arg(watchBatches)
                      .arg(watchApplyMs)
                      .arg(occupants.rowCount())
                      .arg(notListed)
                      .arg(occupantApplyMs)
                      .arg(longestStall));
        print(u"  the longest stall ended %1 ms after the refresh started; the last response "
              "came at %2 ms"_s
                      .arg(stalls.longestEndedMs())
                      .arg(cycle.elapsed() - occupantApplyMs));
        print(u"  listing: %1 of %2 listed, %3 listed twice, %4 lost while paging, occupancy "
              "changed between pages: %5"_s
                      .arg(listing.listed)
                      .arg(listing.occupancy)
                      .arg(listing.duplicates)
                      .arg(listing.lostWhilePaging)
                      .arg(listing.occupancyChanged ? u"yes"_s : u"no"_s));
    }

    QMetaObject::invokeMethod(&serverContext, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
