// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "clientconfig.h"
#include "presenceerror.h"
#include "presencetypes.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace Presence {

class PresenceService;

/**
 * The completeness of the last load of the selected channel's occupants. Here Now lists
 * a channel in pages of `limit` occupants at growing offsets. Users who join or leave while the
 * pages are read shift the others between pages, so some are listed twice (the copies are
 * dropped) and as many are not listed at all. A cached page (the service caches Here Now for
 * 3 s) shows the same effect when the list changed since it was cached.
 */
struct OccupantListing
{
    // The occupancy the first page reported.
    int occupancy = 0;
    // Distinct occupants listed.
    int listed = 0;
    // Occupants beyond the occupant cap, which were not requested.
    int beyondCap = 0;
    // Occupants within the cap that no page listed, because the list changed while it was read.
    int lostWhilePaging = 0;
    // Occupants listed on more than one page, counted once.
    int duplicates = 0;
    // Whether pages reported different occupancies.
    bool occupancyChanged = false;
};

/**
 * Refreshes the watch list and the selected channel's occupants on a timer, through a
 * PresenceService (and so through its Here Now cache).
 *
 * A refresh cycle sends count-only Here Now calls for the watched channels, batched so that
 * each URL stays under `MaxBatchUrlBytes`, one count-only call per watched channel group, and
 * paged calls with state (1000 occupants a page) for the selected channel up to the occupant
 * cap. The next cycle is scheduled only when the current one has finished, so a slow server is
 * never asked faster than it answers. After a failed cycle the delay doubles, up to 60 s, and
 * returns to the interval after a successful one.
 */
class RefreshScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinimumIntervalSeconds = 3;
    static constexpr int DefaultIntervalSeconds = 5;
    static constexpr int MaximumBackoffSeconds = 60;
    static constexpr int DefaultOccupantCap = 10000;
    static constexpr int PageSize = 1000;
    static constexpr int MaxBatchUrlBytes = 8 * 1024;
    // Occupant pages in flight at once while a large channel loads.
    static constexpr int ParallelPages = 4;

    explicit RefreshScheduler(PresenceService *service, QObject *parent = nullptr);
    ~RefreshScheduler() override;

    void setWatchList(const QStringList &channels, const QStringList &groups);
    QStringList watchedChannels() const { return m_channels; }
    QStringList watchedGroups() const { return m_groups; }

    // Selects the channel whose occupants are loaded with state; empty selects none.
    void setSelectedChannel(const QString &channel);
    QString selectedChannel() const { return m_selected; }

    // Returns false and keeps the interval when `seconds` is below MinimumIntervalSeconds.
    bool setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalSeconds; }
    void setOccupantCap(int cap);
    int occupantCap() const { return m_occupantCap; }
    // Loads every occupant of the selected channel from now on, ignoring the cap.
    void loadAllOccupants();
    bool isLoadingAllOccupants() const { return m_loadAll; }

    // Starts the timer with an immediate first cycle.
    void start();
    bool isStarted() const { return m_started; }
    // Starts a cycle now unless one is running; returns whether it started one.
    bool refreshNow();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isRefreshing() const { return m_cycleActive; }

    // The delay before the next cycle, including the failure backoff.
    int currentDelayMs() const;
    // Milliseconds until the next cycle, or -1 while paused, refreshing or stopped.
    qint64 msUntilNextRefresh() const;
    int consecutiveFailures() const { return m_failures; }
    // The completeness of the last occupant load that finished.
    OccupantListing lastOccupantListing() const { return m_lastListing; }
    int cyclesCompleted() const { return m_cyclesCompleted; }

    // Splits channels into count-only Here Now batches whose URLs stay under `maxUrlBytes`.
    static QList<QStringList> splitIntoBatches(const ClientConfig &config,
                                               const QStringList &channels,
                                               int maxUrlBytes = MaxBatchUrlBytes);

Q_SIGNALS:
    void refreshStarted();
    // The watched channels' occupancy, merged over all batches of a cycle. Requested channels
    // that the service left out are listed with zero occupancy.
    void watchListRefreshed(const Presence::HereNowResult &result);
    void channelGroupRefreshed(const QString &group, const Presence::HereNowResult &result);
    // The selected channel with its distinct occupants (up to the cap); `notListed` is the
    // occupancy minus the occupants listed, and `lastOccupantListing()` gives the causes.
    void occupantsRefreshed(const QString &channel, const Presence::HereNowChannel &occupants,
                            int notListed);
    void watchListFailed(const QStringList &channels, const QStringList &groups,
                         const Presence::PresenceError &error);
    void occupantsFailed(const QString &channel, const Presence::PresenceError &error);
    // Every failed request of a cycle, for status displays.
    void refreshFailed(const Presence::PresenceError &error);
    void refreshFinished(bool succeeded);
    void nextRefreshScheduled(qint64 delayMs);
    void pausedChanged(bool paused);

private:
    enum class Purpose { WatchBatch, Group, OccupantPage };
    struct Pending
    {
        Purpose purpose = Purpose::WatchBatch;
        QStringList channels;
        QString group;
        int offset = 0;
        quint64 occupantGeneration = 0;
    };

    void startCycle();
    void finishCycleIfDone();
    void scheduleNext();
    void startOccupantLoad();
    void requestOccupantPage(int offset);
    void requestMoreOccupantPages();
    QList<HereNowUser> withoutListedUsers(const QList<HereNowUser> &page);
    void finishOccupantLoad();
    void publishOccupants(QList<HereNowUser> occupants, int duplicates);
    void cancelOccupantLoad();

    void onHereNowFinished(RequestId id, const HereNowResult &result);
    void onRequestFailed(RequestId id, const PresenceError &error);

    QPointer<PresenceService> m_service;
    QTimer m_timer;
    QStringList m_channels;
    QStringList m_groups;
    QSet<QString> m_deniedChannels;
    QString m_selected;
    int m_intervalSeconds = DefaultIntervalSeconds;
    int m_occupantCap = DefaultOccupantCap;
    bool m_loadAll = false;
    bool m_started = false;
    bool m_paused = false;

    bool m_cycleActive = false;
    bool m_cycleFailed = false;
    int m_failures = 0;
    int m_cyclesCompleted = 0;
    QDateTime m_nextRefreshAt;

    QHash<RequestId, Pending> m_pending;
    HereNowResult m_watchResult;
    bool m_watchResultSeen = false;

    // The occupant load in progress for the selected channel.
    quint64 m_occupantGeneration = 0;
    bool m_occupantLoadActive = false;
    int m_occupancy = -1;
    int m_occupantTarget = 0;
    int m_nextOffset = 0;
    int m_pagesInFlight = 0;
    QMap<int, QList<HereNowUser>> m_pages;
    // The users on the pages received so far, and how many were on an earlier page already.
    QSet<QString> m_listedUsers;
    int m_duplicates = 0;
    bool m_occupancyChanged = false;
    OccupantListing m_lastListing;
};

} // namespace Presence
