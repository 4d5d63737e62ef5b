// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "occupantlistmodel.h"

#include "logging_p.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPromise>
#include <QSemaphore>
#include <QSet>
#include <QThreadPool>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

OccupantListModel::OccupantListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int OccupantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OccupantListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OccupantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_rows.at(index.row());

    switch (role) {
    case UserIdRole:
        return entry.userId;
    case StateJsonRole:
        return entry.state;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
    case SortRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case UserIdColumn:
        return entry.userId;
    case StateColumn:
        return QString::fromUtf8(entry.state);
    case ChannelsColumn:
        return m_whereNow.value(entry.userId).join(u", "_s);
    default:
        return {};
    }
}

QVariant OccupantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserIdColumn:
        return tr("User id");
    case StateColumn:
        return tr("State");
    case ChannelsColumn:
        return tr("Channels (Where Now)");
    default:
        return {};
    }
}

void OccupantListModel::setChannel(const QString &channel)
{
    if (channel == m_channel)
        return;
    cancelBackgroundUpdate();
    beginResetModel();
    m_channel = channel;
    m_rows.clear();
    m_rowOfUser.clear();
    endResetModel();
}

QList<OccupantListModel::Entry> OccupantListModel::toEntries(const QList<HereNowUser> &users)
{
    QList<Entry> entries(users.size());
    convertRange(users, 0, users.size(), &entries);
    return entries;
}

void OccupantListModel::convertRange(const QList<HereNowUser> &users, qsizetype first,
                                     qsizetype end, QList<Entry> *entries)
{
    Entry *target = entries->data();
    for (qsizetype i = first; i < end; ++i) {
        const HereNowUser &user = users.at(i);
        target[i].userId = user.user_id;
        if (!user.state.isNull())
            target[i].state = user.state.toCompactJson();
    }
}

QList<OccupantListModel::Entry> OccupantListModel::toEntriesInParallel(const QList<HereNowUser> &users)
{
    // Below this many occupants, handing parts to other threads costs more than it saves.
    constexpr qsizetype MinimumPartSize = 5000;
    QThreadPool *pool = QThreadPool::globalInstance();
    const qsizetype parts = qBound(qsizetype(1), users.size() / MinimumPartSize, qsizetype(pool->maxThreadCount() - 1));
    if (parts <= 1)
        return toEntries(users);

    QList<Entry> entries(users.size());
    entries.detach();
    const qsizetype partSize = (users.size() + parts - 1) / parts;
    QSemaphore done;
    qsizetype started = 0;
    // Parts 1 and up go to free pool threads, and a part that finds none runs here. So this
    // waits only for parts that a pool thread has already started.
    for (qsizetype part = 1; part < parts; ++part) {
        const qsizetype first = part * partSize;
        const qsizetype end = qMin(users.size(), first + partSize);
        const bool queued = pool->tryStart([&users, &entries, &done, first, end] {
            convertRange(users, first, end, &entries);
            done.release();
        });
        if (queued)
            ++started;
        else
            convertRange(users, first, end, &entries);
    }
    convertRange(users, 0, qMin(users.size(), partSize), &entries);
    done.acquire(int(started));
    return entries;
}

OccupantListModel::UpdatePlan OccupantListModel::planUpdate(const QList<Entry> &oldRows,
                                                            const QHash<QString, int> &oldRowOfUser,
                                                            const QList<Entry> &entries)
{
    UpdatePlan plan;
    const int oldCount = int(oldRows.size());

    // One pass over the new list: mark rows that stay, note state changes and new users. New
    // users are indexed by their place among the new ones.
    QList<bool> kept(oldCount, false);
    QHash<QString, int> addedIndex;
    for (const Entry &entry : entries) {
        const auto found = oldRowOfUser.constFind(entry.userId);
        if (found == oldRowOfUser.cend()) {
            if (addedIndex.contains(entry.userId))
                continue;
            addedIndex.insert(entry.userId, int(plan.added.size()));
            plan.added.append(entry);
            continue;
        }
        const int row = found.value();
        if (kept.at(row))
            continue; // a duplicate in the new list
        kept[row] = true;
        if (oldRows.at(row).state != entry.state)
            plan.changedStates.append({ row, entry.state });
    }
    if (oldCount == 0) {
        plan.rowOfUser = std::move(addedIndex);
        return plan;
    }

    // Rows that left, as contiguous ranges from the back, so that removing them in this order
    // keeps the row numbers of the ranges still to come valid.
    QList<int> removedBefore(oldCount + 1, 0);
    for (int oldRow = 0; oldRow < oldCount; ++oldRow)
        removedBefore[oldRow + 1] = removedBefore.at(oldRow) + (kept.at(oldRow) ? 0 : 1);
    int row = oldCount - 1;
    while (row >= 0) {
        if (kept.at(row)) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && !kept.at(row - 1))
            --row;
        plan.removedRanges.append({ row, last });
        --row;
    }

    // The index once every change is in: the rows that stay keep their order, then the new
    // ones. Editing a copy of the old index hashes only the users that left or joined.
    plan.rowOfUser = oldRowOfUser;
    const int removedCount = removedBefore.at(oldCount);
    if (removedCount > 0) {
        for (const auto &[first, last] : std::as_const(plan.removedRanges)) {
            for (int removed = first; removed <= last; ++removed)
                plan.rowOfUser.remove(oldRows.at(removed).userId);
        }
        for (auto it = plan.rowOfUser.begin(); it != plan.rowOfUser.end(); ++it)
            it.value() -= removedBefore.at(it.value());
    }
    const int keptCount = oldCount - removedCount;
    for (auto it = addedIndex.cbegin(); it != addedIndex.cend(); ++it)
        plan.rowOfUser.insert(it.key(), keptCount + it.value());

    // State changes apply after the removals, so they carry the row numbers of that moment.
    for (auto &change : plan.changedStates)
        change.first -= removedBefore.at(change.first);
    std::sort(plan.changedStates.begin(), plan.changedStates.end(),
              [](const auto &left, const auto &right) { return left.first < right.first; });
    return plan;
}

/**
 * An update in progress: its plan and how far it has been applied. The model removes the ranges
 * that left from the back first, then applies the state changes, then appends the users that
 * joined, so the rows are consistent after every signal.
 */
struct OccupantListModel::Application
{
    enum class Phase { Removals, States, Insertion, Done };

    UpdatePlan plan;
    quint64 generation = 0;
    bool reset = false;
    Phase phase = Phase::Removals;
    qsizetype next = 0;
    int removedCount = 0;
};

void OccupantListModel::applyEntries(const QList<Entry> &entries)
{
    // The diff starts from the rows and index of an update being applied, so that one ends
    // first. An update still being computed is dropped.
    if (const std::shared_ptr<Application> running = m_application)
        applySlice(*running, -1);
    cancelBackgroundUpdate();
    if (m_rows.isEmpty() && entries.isEmpty())
        return;
    Application application;
    application.generation = m_generation;
    application.reset = m_rows.isEmpty();
    application.plan = planUpdate(m_rows, m_rowOfUser, entries);
    applySlice(application, -1);
}

bool OccupantListModel::applySlice(Application &application, qint64 budgetMs)
{
    using Phase = Application::Phase;
    QElapsedTimer clock;
    clock.start();
    const auto outOfTime = [&] { return budgetMs >= 0 && clock.elapsed() >= budgetMs; };
    UpdatePlan &plan = application.plan;

    if (application.reset) {
        // First load: one reset is far cheaper for sorted views than a huge insert.
        beginResetModel();
        m_rows = std::move(plan.added);
        m_rowOfUser = std::move(plan.rowOfUser);
        endResetModel();
        application.phase = Phase::Done;
        qCDebug(lcModel) << "occupants of" << m_channel << ":" << m_rows.size() << "loaded";
        return true;
    }

    while (application.phase == Phase::Removals) {
        if (application.next >= plan.removedRanges.size()) {
            application.phase = Phase::States;
            application.next = 0;
            break;
        }
        const auto [first, last] = plan.removedRanges.at(application.next++);
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        application.removedCount += last - first + 1;
        if (outOfTime())
            return false;
    }

    while (application.phase == Phase::States) {
        if (application.next >= plan.changedStates.size()) {
            application.phase = Phase::Insertion;
            break;
        }
        // One dataChanged per run of neighbouring rows, up to 256 rows per check of the clock.
        const qsizetype first = application.next;
        qsizetype end = first;
        while (end < plan.changedStates.size() && end - first < 256) {
            const auto &[row, state] = plan.changedStates.at(end);
            m_rows[row].state = state;
            ++end;
        }
        QList<int> rows;
        rows.reserve(end - first);
        for (qsizetype i = first; i < end; ++i)
            rows.append(plan.changedStates.at(i).first);
        emitRowRanges(rows, StateColumn);
        application.next = end;
        if (outOfTime())
            return false;
    }

    if (application.phase == Phase::Insertion) {
        if (!plan.added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(plan.added.size()) - 1);
            m_rows.append(plan.added);
            endInsertRows();
        }
        m_rowOfUser = std::move(plan.rowOfUser);
        application.phase = Phase::Done;
        qCDebug(lcModel) << "occupants of" << m_channel << ":" << plan.added.size() << "joined,"
                         << application.removedCount << "left," << plan.changedStates.size()
                         << "changed state";
    }
    return true;
}

void OccupantListModel::applyOccupantsInBackground(const QList<HereNowUser> &users)
{
    // An update still being computed is superseded. One being applied finishes first, because
    // the next diff must start from its result.
    if (m_application) {
        m_waitingUsers = users;
        return;
    }
    startBackgroundUpdate(users);
}

void OccupantListModel::startBackgroundUpdate(const QList<HereNowUser> &users)
{
    m_updateActive = true;
    const quint64 generation = ++m_generation;
    const bool reset = m_rows.isEmpty();
    auto promise = std::make_shared<QPromise<UpdatePlan>>();
    auto *watcher = new QFutureWatcher<UpdatePlan>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, reset] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_application = std::make_shared<Application>();
        m_application->plan = watcher->result();
        m_application->generation = generation;
        m_application->reset = reset;
        continueApplication();
    });
    watcher->setFuture(promise->future());

    // The worker gets shared copies of the rows and the index. It releases them before the
    // result is reported, so that the GUI thread's later writes do not copy 100,000 rows.
    QThreadPool::globalInstance()->start(
            [promise, users, rows = m_rows, rowOfUser = m_rowOfUser]() mutable {
                promise->start();
                QElapsedTimer clock;
                clock.start();
                const QList<Entry> entries = toEntriesInParallel(users);
                const qint64 convertedMs = clock.elapsed();
                UpdatePlan plan = planUpdate(rows, rowOfUser, entries);
                qCDebug(lcModel) << "converted" << entries.size() << "occupants in" << convertedMs
                                 << "ms and diffed them in" << clock.elapsed() - convertedMs << "ms";
                rows = {};
                rowOfUser = {};
                promise->addResult(std::move(plan));
                promise->finish();
            });
}

void OccupantListModel::continueApplication()
{
    const std::shared_ptr<Application> application = m_application;
    if (!application || application->generation != m_generation)
        return;
    QElapsedTimer sliceClock;
    sliceClock.start();
    const bool complete = applySlice(*application, SliceBudgetMs);
    // A slice that overruns its budget spent the time in the views' slots of one signal.
    if (sliceClock.elapsed() > 2 * SliceBudgetMs)
        qCDebug(lcModel) << "an update slice took" << sliceClock.elapsed() << "ms";
    if (!complete) {
        QMetaObject::invokeMethod(this, &OccupantListModel::continueApplication,
                                  Qt::QueuedConnection);
        return;
    }
    m_application.reset();
    m_updateActive = false;
    Q_EMIT occupantsApplied(m_channel);
    if (m_waitingUsers) {
        const QList<HereNowUser> users = std::move(*m_waitingUsers);
        m_waitingUsers.reset();
        startBackgroundUpdate(users);
    }
}

int OccupantListModel::rowOfUser(const QString &userId) const
{
    const int row = m_rowOfUser.value(userId, -1);
    if (row >= 0 && row < m_rows.size() && m_rows.at(row).userId == userId)
        return row;
    if (!m_updateActive)
        return -1;
    // The index describes the rows after the update, which is still being applied.
    for (qsizetype candidate = 0; candidate < m_rows.size(); ++candidate) {
        if (m_rows.at(candidate).userId == userId)
            return int(candidate);
    }
    return -1;
}

void OccupantListModel::setWhereNow(const QString &userId, const QStringList &channels)
{
    m_whereNow.insert(userId, channels);
    const int row = rowOfUser(userId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, ChannelsColumn), index(row, ChannelsColumn));
}

void OccupantListModel::setState(const QString &userId, const QByteArray &compactJson)
{
    const int row = rowOfUser(userId);
    if (row < 0 || m_rows.at(row).state == compactJson)
        return;
    m_rows[row].state = compactJson;
    Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn));
}

void OccupantListModel::clear()
{
    cancelBackgroundUpdate();
    beginResetModel();
    m_rows.clear();
    m_rowOfUser.clear();
    m_whereNow.clear();
    endResetModel();
}

void OccupantListModel::cancelBackgroundUpdate()
{
    ++m_generation;
    m_updateActive = false;
    m_application.reset();
    m_waitingUsers.reset();
}

QString OccupantListModel::userIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).userId : QString();
}

QByteArray OccupantListModel::stateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : QByteArray();
}

void OccupantListModel::emitRowRanges(QList<int> rows, int column)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    int start = 0;
    for (int i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == rows.at(i - 1) + 1)
            continue;
        Q_EMIT dataChanged(index(rows.at(start), column), index(rows.at(i - 1), column));
        start = i;
    }
}

} // namespace Presence
