// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "refreshscheduler.h"

#include "logging_p.h"
#include "presenceservice.h"
#include "requestbuilder.h"

#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

int urlBytes(const RequestBuilder &builder, const QStringList &channels)
{
    HereNowQuery query;
    query.channels = channels;
    query.includeUserIds = false;
    return int(builder.hereNow(query).url().toEncoded().size());
}

// Splits a batch in halves until every part fits; only needed when the estimate was short.
void appendFitting(const RequestBuilder &builder, const QStringList &batch, int maxUrlBytes,
                   QList<QStringList> *batches)
{
    if (batch.size() <= 1 || urlBytes(builder, batch) < maxUrlBytes) {
        batches->append(batch);
        return;
    }
    const qsizetype half = batch.size() / 2;
    appendFitting(builder, batch.mid(0, half), maxUrlBytes, batches);
    appendFitting(builder, batch.mid(half), maxUrlBytes, batches);
}

} // namespace

RefreshScheduler::RefreshScheduler(PresenceService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::startCycle);
    connect(service, &PresenceService::hereNowFinished, this,
            &RefreshScheduler::onHereNowFinished);
    connect(service, &PresenceService::requestFailed, this, &RefreshScheduler::onRequestFailed);
}

RefreshScheduler::~RefreshScheduler()
{
    if (!m_service)
        return;
    const QList<RequestId> ids = m_pending.keys();
    m_pending.clear();
    for (RequestId id : ids)
        m_service->cancel(id);
}

void RefreshScheduler::setWatchList(const QStringList &channels, const QStringList &groups)
{
    QStringList uniqueChannels = channels;
    uniqueChannels.removeDuplicates();
    QStringList uniqueGroups = groups;
    uniqueGroups.removeDuplicates();
    if (uniqueChannels == m_channels && uniqueGroups == m_groups)
        return;
    m_channels = uniqueChannels;
    m_groups = uniqueGroups;
    // Show new entries soon. The service's cache returns the unchanged batches without a request.
    if (m_started && !m_paused && !m_cycleActive)
        startCycle();
}

void RefreshScheduler::setSelectedChannel(const QString &channel)
{
    if (channel == m_selected)
        return;
    cancelOccupantLoad();
    m_selected = channel;
    m_loadAll = false;
    if (!m_started || m_selected.isEmpty())
        return;
    // A selection loads at once, even while paused, because the user asked for it.
    startOccupantLoad();
}

bool RefreshScheduler::setIntervalSeconds(int seconds)
{
    if (seconds < MinimumIntervalSeconds)
        return false;
    if (seconds == m_intervalSeconds)
        return true;
    m_intervalSeconds = seconds;
    // A cycle already waiting is rescheduled, so that the new interval applies at once.
    if (m_timer.isActive())
        scheduleNext();
    return true;
}

void RefreshScheduler::setOccupantCap(int cap)
{
    m_occupantCap = qMax(PageSize, cap);
}

void RefreshScheduler::loadAllOccupants()
{
    if (m_loadAll)
        return;
    m_loadAll = true;
    if (!m_started || m_selected.isEmpty())
        return;
    cancelOccupantLoad();
    startOccupantLoad();
}

void RefreshScheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_paused)
        startCycle();
}

bool RefreshScheduler::refreshNow()
{
    if (m_cycleActive)
        return false;
    m_started = true;
    m_timer.stop();
    startCycle();
    return true;
}

void RefreshScheduler::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (m_paused) {
        m_timer.stop();
        m_nextRefreshAt = {};
    } else if (m_started && !m_cycleActive) {
        startCycle();
    }
    qCInfo(lcScheduler) << (paused ? "paused" : "resumed");
    Q_EMIT pausedChanged(m_paused);
}

int RefreshScheduler::currentDelayMs() const
{
    qint64 delay = qint64(m_intervalSeconds) * 1000;
    for (int i = 0; i < m_failures && delay < MaximumBackoffSeconds * 1000; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, MaximumBackoffSeconds * 1000));
}

qint64 RefreshScheduler::msUntilNextRefresh() const
{
    if (m_paused || m_cycleActive || !m_nextRefreshAt.isValid())
        return -1;
    return qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_nextRefreshAt));
}

QList<QStringList> RefreshScheduler::splitIntoBatches(const ClientConfig &config,
                                                      const QStringList &channels,
                                                      int maxUrlBytes)
{
    QList<QStringList> batches;
    if (channels.isEmpty())
        return batches;

    // The URL grows by the encoded name and a comma per channel. The fixed part is measured
    // once with a one-letter channel, and each finished batch is measured again.
    const RequestBuilder builder(config);
    const int fixedBytes = urlBytes(builder, { u"a"_s }) - 1;
    // Room for the request id and timestamp, whose lengths vary slightly between calls.
    const int margin = 16;

    QStringList batch;
    int bytes = fixedBytes;
    for (const QString &channel : channels) {
        const int cost = int(percentEncode(channel).size()) + (batch.isEmpty() ? 0 : 1);
        if (!batch.isEmpty() && bytes + cost + margin >= maxUrlBytes) {
            appendFitting(builder, batch, maxUrlBytes, &batches);
            batch.clear();
            bytes = fixedBytes;
            batch.append(channel);
            bytes += int(percentEncode(channel).size());
            continue;
        }
        batch.append(channel);
        bytes += cost;
    }
    if (!batch.isEmpty())
        appendFitting(builder, batch, maxUrlBytes, &batches);
    return batches;
}

void RefreshScheduler::startCycle()
{
    if (m_paused || m_cycleActive || !m_service)
        return;
    m_timer.stop();
    m_cycleActive = true;
    m_cycleFailed = false;
    m_nextRefreshAt = {};
    Q_EMIT refreshStarted();

    // Channels denied last time go into batches of their own, so that a 403 on them does not
    // keep the other channels from refreshing.
    QStringList allowed;
    QStringList denied;
    for (const QString &channel : std::as_const(m_channels))
        (m_deniedChannels.contains(channel) ? denied : allowed).append(channel);

    const ClientConfig config = m_service->config();
    QList<QStringList> batches = splitIntoBatches(config, allowed);
    batches.append(splitIntoBatches(config, denied));
    for (const QStringList &batch : std::as_const(batches)) {
        HereNowQuery query;
        query.channels = batch;
        query.includeUserIds = false;
        Pending pending;
        pending.purpose = Purpose::WatchBatch;
        pending.channels = batch;
        m_pending.insert(m_service->hereNow(query), pending);
    }
    for (const QString &group : std::as_const(m_groups)) {
        HereNowQuery query;
        query.channelGroups = { group };
        query.includeUserIds = false;
        Pending pending;
        pending.purpose = Purpose::Group;
        pending.group = group;
        m_pending.insert(m_service->hereNow(query), pending);
    }
    qCDebug(lcScheduler) << "refresh cycle:" << batches.size() << "channel batches,"
                         << m_groups.size() << "groups";

    if (!m_selected.isEmpty() && !m_occupantLoadActive)
        startOccupantLoad();
    finishCycleIfDone();
}

void RefreshScheduler::finishCycleIfDone()
{
    if (!m_cycleActive || !m_pending.isEmpty())
        return;
    m_cycleActive = false;
    ++m_cyclesCompleted;
    if (m_cycleFailed) {
        ++m_failures;
        qCInfo(lcScheduler) << "refresh failed" << m_failures << "times in a row; next in"
                            << currentDelayMs() << "ms";
    } else {
        m_failures = 0;
    }
    Q_EMIT refreshFinished(!m_cycleFailed);
    scheduleNext();
}

void RefreshScheduler::scheduleNext()
{
    if (m_paused || !m_started)
        return;
    const int delay = currentDelayMs();
    m_nextRefreshAt = QDateTime::currentDateTimeUtc().addMSecs(delay);
    m_timer.start(delay);
    Q_EMIT nextRefreshScheduled(delay);
}

void RefreshScheduler::startOccupantLoad()
{
    if (m_selected.isEmpty() || !m_service)
        return;
    ++m_occupantGeneration;
    m_occupantLoadActive = true;
    m_occupancy = -1;
    m_occupantTarget = 0;
    m_nextOffset = 0;
    m_pagesInFlight = 0;
    m_pages.clear();
    m_listedUsers.clear();
    m_duplicates = 0;
    m_occupancyChanged = false;
    requestOccupantPage(0);
}

void RefreshScheduler::requestOccupantPage(int offset)
{
    HereNowQuery query;
    query.channels = { m_selected };
    query.includeState = true;
    query.includeUserIds = true;
    query.limit = PageSize;
    query.offset = offset;
    Pending pending;
    pending.purpose = Purpose::OccupantPage;
    pending.channels = query.channels;
    pending.offset = offset;
    pending.occupantGeneration = m_occupantGeneration;
    m_pending.insert(m_service->hereNow(query), pending);
    ++m_pagesInFlight;
    m_nextOffset = qMax(m_nextOffset, offset + PageSize);
}

void RefreshScheduler::requestMoreOccupantPages()
{
    while (m_pagesInFlight < ParallelPages && m_nextOffset < m_occupantTarget)
        requestOccupantPage(m_nextOffset);
    if (m_pagesInFlight == 0)
        finishOccupantLoad();
}

QList<HereNowUser> RefreshScheduler::withoutListedUsers(const QList<HereNowUser> &page)
{
    // Pages read while the list changed can overlap. A user on two pages is kept on the one
    // that arrived first; the pages of one load are requested in offset order.
    QList<HereNowUser> kept;
    kept.reserve(page.size());
    for (const HereNowUser &user : page) {
        if (m_listedUsers.contains(user.user_id)) {
            ++m_duplicates;
            continue;
        }
        m_listedUsers.insert(user.user_id);
        kept.append(user);
    }
    return kept;
}

void RefreshScheduler::finishOccupantLoad()
{
    // The pages were filtered on arrival, so joining them copies only shared list items.
    QList<HereNowUser> occupants;
    qsizetype listed = 0;
    for (const QList<HereNowUser> &page : std::as_const(m_pages))
        listed += page.size();
    occupants.reserve(listed);
    for (const QList<HereNowUser> &page : std::as_const(m_pages))
        occupants.append(page);
    m_pages.clear();
    m_listedUsers.clear();
    publishOccupants(std::move(occupants), std::exchange(m_duplicates, 0));
}

void RefreshScheduler::publishOccupants(QList<HereNowUser> occupants, int duplicates)
{
    HereNowChannel channel;
    channel.name = m_selected;
    channel.occupancy = qMax(0, m_occupancy);
    channel.occupants = std::move(occupants);
    m_occupantLoadActive = false;

    OccupantListing listing;
    listing.occupancy = channel.occupancy;
    listing.listed = int(channel.occupants.size());
    listing.beyondCap = qMax(0, channel.occupancy - m_occupantTarget);
    listing.lostWhilePaging = qMax(0, qMin(m_occupantTarget, channel.occupancy) - listing.listed);
    listing.duplicates = duplicates;
    listing.occupancyChanged = m_occupancyChanged;
    m_lastListing = listing;
    if (duplicates > 0 || listing.lostWhilePaging > 0) {
        qCInfo(lcScheduler) << "the occupants of" << channel.name << "changed while paging:"
                            << listing.listed << "of" << listing.occupancy << "listed,"
                            << duplicates << "listed twice";
    }

    const int notListed = qMax(0, channel.occupancy - listing.listed);
    Q_EMIT occupantsRefreshed(channel.name, channel, notListed);
}

void RefreshScheduler::cancelOccupantLoad()
{
    if (!m_occupantLoadActive)
        return;
    m_occupantLoadActive = false;
    m_pages.clear();
    m_pagesInFlight = 0;
    QList<RequestId> cancelled;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->purpose == Purpose::OccupantPage)
            cancelled.append(it.key());
    }
    for (RequestId id : std::as_const(cancelled)) {
        m_pending.remove(id);
        if (m_service)
            m_service->cancel(id);
    }
    finishCycleIfDone();
}

void RefreshScheduler::onHereNowFinished(RequestId id, const HereNowResult &result)
{
    const auto found = m_pending.constFind(id);
    if (found == m_pending.cend())
        return;
    const Pending pending = found.value();
    m_pending.erase(found);

    switch (pending.purpose) {
    case Purpose::WatchBatch: {
        // Complete the result, because the service may leave out channels with no occupants.
        HereNowResult complete = result;
        QSet<QString> answered;
        for (const HereNowChannel &channel : std::as_const(result.channels))
            answered.insert(channel.name);
        for (const QString &name : std::as_const(pending.channels)) {
            m_deniedChannels.remove(name);
            if (answered.contains(name))
                continue;
            HereNowChannel empty;
            empty.name = name;
            complete.channels.append(empty);
        }
        complete.total_channels = int(complete.channels.size());
        Q_EMIT watchListRefreshed(complete);
        break;
    }
    case Purpose::Group:
        Q_EMIT channelGroupRefreshed(pending.group, result);
        break;
    case Purpose::OccupantPage: {
        if (pending.occupantGeneration != m_occupantGeneration || !m_occupantLoadActive)
            break;
        --m_pagesInFlight;
        const HereNowChannel *channel = result.channel(m_selected);
        if (!channel && result.channels.size() == 1)
            channel = &result.channels.first();
        if (channel) {
            if (m_occupancy < 0) {
                m_occupancy = channel->occupancy;
                m_occupantTarget = m_loadAll ? m_occupancy : qMin(m_occupancy, m_occupantCap);
            } else if (channel->occupancy != m_occupancy) {
                m_occupancyChanged = true;
            }
            m_pages.insert(pending.offset, withoutListedUsers(channel->occupants));
        } else if (m_occupancy < 0) {
            m_occupancy = 0;
        }
        requestMoreOccupantPages();
        break;
    }
    }
    finishCycleIfDone();
}

void RefreshScheduler::onRequestFailed(RequestId id, const PresenceError &error)
{
    const auto found = m_pending.constFind(id);
    if (found == m_pending.cend())
        return;
    const Pending pending = found.value();
    m_pending.erase(found);
    if (error.kind() == PresenceError::Kind::Cancelled) {
        finishCycleIfDone();
        return;
    }

    qCInfo(lcScheduler) << "refresh request failed:" << PresenceError::kindName(error.kind())
                        << error.httpStatus();
    m_cycleFailed = true;
    switch (pending.purpose) {
    case Purpose::WatchBatch:
        if (error.kind() == PresenceError::Kind::AccessDenied) {
            const QStringList named = error.deniedChannels();
            if (!named.isEmpty()) {
                for (const QString &channel : named)
                    m_deniedChannels.insert(channel);
            } else if (pending.channels.size() == 1) {
                m_deniedChannels.insert(pending.channels.first());
            }
        }
        Q_EMIT watchListFailed(pending.channels, {}, error);
        break;
    case Purpose::Group:
        Q_EMIT watchListFailed({}, { pending.group }, error);
        break;
    case Purpose::OccupantPage:
        if (pending.occupantGeneration == m_occupantGeneration && m_occupantLoadActive) {
            cancelOccupantLoad();
            Q_EMIT occupantsFailed(m_selected, error);
        }
        break;
    }
    Q_EMIT refreshFailed(error);
    finishCycleIfDone();
}

} // namespace Presence
