// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "occupantlistmodel.h"

#include "logging_p.h"

#include <QFutureWatcher>
#include <QPromise>
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
    ++m_generation;
    beginResetModel();
    m_channel = channel;
    m_rows.clear();
    m_rowOfUser.clear();
    endResetModel();
}

QList<OccupantListModel::Entry> OccupantListModel::toEntries(const QList<HereNowUser> &users)
{
    QList<Entry> entries;
    entries.reserve(users.size());
    for (const HereNowUser &user : users) {
        Entry entry;
        entry.userId = user.user_id;
        if (!user.state.isNull())
            entry.state = user.state.toCompactJson();
        entries.append(std::move(entry));
    }
    return entries;
}

void OccupantListModel::applyEntries(const QList<Entry> &entries)
{
    if (m_rows.isEmpty()) {
        // First load: one reset is far cheaper for sorted views than a huge insert.
        if (entries.isEmpty())
            return;
        beginResetModel();
        m_rows.reserve(entries.size());
        m_rowOfUser.reserve(entries.size());
        for (const Entry &entry : entries) {
            if (m_rowOfUser.contains(entry.userId))
                continue;
            m_rowOfUser.insert(entry.userId, int(m_rows.size()));
            m_rows.append(entry);
        }
        endResetModel();
        return;
    }

    // One pass over the new list: mark rows that stay, note state changes and new users.
    const int oldCount = int(m_rows.size());
    QList<bool> kept(oldCount, false);
    QList<int> changedOldRows;
    QList<Entry> added;
    QHash<QString, bool> addedUsers;
    for (const Entry &entry : entries) {
        const auto found = m_rowOfUser.constFind(entry.userId);
        if (found == m_rowOfUser.cend()) {
            if (addedUsers.contains(entry.userId))
                continue;
            addedUsers.insert(entry.userId, true);
            added.append(entry);
            continue;
        }
        const int row = found.value();
        if (kept.at(row))
            continue; // a duplicate in the new list
        kept[row] = true;
        if (m_rows.at(row).state != entry.state) {
            m_rows[row].state = entry.state;
            changedOldRows.append(row);
        }
    }

    // Rows that left, removed in contiguous ranges from the back so indexes stay valid.
    QList<int> removedBefore(oldCount + 1, 0);
    for (int row = 0; row < oldCount; ++row)
        removedBefore[row + 1] = removedBefore.at(row) + (kept.at(row) ? 0 : 1);
    const int removedCount = removedBefore.at(oldCount);
    if (removedCount > 0) {
        int row = oldCount - 1;
        while (row >= 0) {
            if (kept.at(row)) {
                --row;
                continue;
            }
            const int last = row;
            while (row > 0 && !kept.at(row - 1))
                --row;
            beginRemoveRows({}, row, last);
            for (int removed = row; removed <= last; ++removed)
                m_rowOfUser.remove(m_rows.at(removed).userId);
            m_rows.remove(row, last - row + 1);
            endRemoveRows();
            --row;
        }
        // Only values change while iterating: erasing from a QHash during iteration may move
        // entries that were already visited, so the left users were removed by key above.
        for (auto it = m_rowOfUser.begin(); it != m_rowOfUser.end(); ++it)
            it.value() -= removedBefore.at(it.value());
    }

    QList<int> changedRows;
    changedRows.reserve(changedOldRows.size());
    for (int oldRow : std::as_const(changedOldRows))
        changedRows.append(oldRow - removedBefore.at(oldRow));
    emitRowRanges(changedRows, StateColumn);

    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        for (int row = first; row < m_rows.size(); ++row)
            m_rowOfUser.insert(m_rows.at(row).userId, row);
        endInsertRows();
    }
    qCDebug(lcModel) << "occupants of" << m_channel << ":" << added.size() << "joined,"
                     << removedCount << "left," << changedRows.size() << "changed state";
}

void OccupantListModel::applyOccupantsInBackground(const QList<HereNowUser> &users)
{
    const quint64 generation = ++m_generation;
    auto promise = std::make_shared<QPromise<QList<Entry>>>();
    auto *watcher = new QFutureWatcher<QList<Entry>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        applyEntries(watcher->result());
        Q_EMIT occupantsApplied(m_channel);
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, users] {
        promise->start();
        promise->addResult(toEntries(users));
        promise->finish();
    });
}

void OccupantListModel::setWhereNow(const QString &userId, const QStringList &channels)
{
    m_whereNow.insert(userId, channels);
    const int row = m_rowOfUser.value(userId, -1);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, ChannelsColumn), index(row, ChannelsColumn));
}

void OccupantListModel::setState(const QString &userId, const QByteArray &compactJson)
{
    const int row = m_rowOfUser.value(userId, -1);
    if (row < 0 || m_rows.at(row).state == compactJson)
        return;
    m_rows[row].state = compactJson;
    Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn));
}

void OccupantListModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_rowOfUser.clear();
    m_whereNow.clear();
    endResetModel();
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
