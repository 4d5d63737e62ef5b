// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "channellistmodel.h"

#include "logging_p.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

ChannelListModel::ChannelListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ChannelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChannelListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());

    switch (role) {
    case ChannelNameRole:
        return row.name;
    case GroupRole:
        return row.group;
    case StatusRole:
        return int(row.status);
    case TrendRole:
        return QVariant::fromValue(row.trend);
    case Qt::ToolTipRole:
        if (!row.errorText.isEmpty())
            return row.errorText;
        if (!row.group.isEmpty())
            return tr("Channel %1, a member of the channel group %2.").arg(row.name, row.group);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OccupancyColumn || index.column() == ChangeColumn
            || index.column() == AgeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        break;
    }

    if (role == SortRole) {
        switch (index.column()) {
        case OccupancyColumn:
        case TrendColumn:
            return row.occupancy;
        case ChangeColumn:
            return row.change;
        case AgeColumn:
            return row.fetchedAt.isValid() ? row.fetchedAt.msecsTo(QDateTime::currentDateTimeUtc())
                                           : std::numeric_limits<qint64>::max();
        case StatusColumn:
            return int(row.status);
        default:
            return row.name;
        }
    }

    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};

    switch (index.column()) {
    case NameColumn:
        return row.group.isEmpty() ? row.name : tr("%1 (in %2)").arg(row.name, row.group);
    case OccupancyColumn:
        return row.occupancy < 0 ? QString() : QLocale().toString(row.occupancy);
    case ChangeColumn:
        if (!row.hasChange)
            return QString();
        if (row.change > 0)
            return QString(u"+"_s + QLocale().toString(row.change));
        return QLocale().toString(row.change);
    case AgeColumn:
        return ageText(row);
    case StatusColumn:
        return statusText(row);
    case TrendColumn:
        return {};
    default:
        return {};
    }
}

QVariant ChannelListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Channel");
    case OccupancyColumn:
        return tr("Occupancy");
    case ChangeColumn:
        return tr("Change");
    case AgeColumn:
        return tr("Age");
    case StatusColumn:
        return tr("Status");
    case TrendColumn:
        return tr("Trend");
    default:
        return {};
    }
}

QString ChannelListModel::ageText(const Row &row) const
{
    if (!row.fetchedAt.isValid())
        return QString();
    const qint64 seconds = qMax<qint64>(0, row.fetchedAt.secsTo(QDateTime::currentDateTimeUtc()));
    if (seconds < 120)
        return tr("%1 s").arg(seconds);
    return tr("%1 min").arg(seconds / 60);
}

QString ChannelListModel::statusText(const Row &row) const
{
    switch (row.status) {
    case Status::Pending:
        return tr("waiting");
    case Status::Fresh:
        return tr("fresh");
    case Status::Cached:
        return tr("cached");
    case Status::Error:
        return tr("error");
    case Status::AccessDenied:
        return tr("access denied");
    }
    return {};
}

void ChannelListModel::setWatchedChannels(const QStringList &channels)
{
    const QSet<QString> wanted(channels.cbegin(), channels.cend());
    removeRowsWhere([&wanted](const Row &row) {
        return row.group.isEmpty() && !wanted.contains(row.name);
    });

    QList<Row> added;
    QSet<QString> seen;
    for (const QString &name : channels) {
        if (seen.contains(name))
            continue;
        seen.insert(name);
        const int existing = m_rowOfName.value(name, -1);
        if (existing >= 0) {
            // A channel that was listed as a group member becomes directly watched.
            if (!m_rows.at(existing).group.isEmpty()) {
                m_rows[existing].group.clear();
                emitRowRanges({ existing }, NameColumn, NameColumn);
            }
            continue;
        }
        Row row;
        row.name = name;
        added.append(row);
    }
    insertRowsAtEnd(added);
}

void ChannelListModel::setGroupMembers(const QString &group, const QStringList &channels)
{
    const QSet<QString> wanted(channels.cbegin(), channels.cend());
    removeRowsWhere([&](const Row &row) { return row.group == group && !wanted.contains(row.name); });

    QList<Row> added;
    QSet<QString> seen;
    for (const QString &name : channels) {
        if (m_rowOfName.contains(name) || seen.contains(name))
            continue;
        seen.insert(name);
        Row row;
        row.name = name;
        row.group = group;
        added.append(row);
    }
    insertRowsAtEnd(added);
}

void ChannelListModel::removeGroup(const QString &group)
{
    removeRowsWhere([&group](const Row &row) { return row.group == group; });
}

void ChannelListModel::applyHereNow(const HereNowResult &result,
                                    const QStringList &requestedChannels, const QString &group)
{
    const QDateTime fetchedAt =
            result.fetchedAt.isValid() ? result.fetchedAt : QDateTime::currentDateTimeUtc();
    const Status status = result.fromCache ? Status::Cached : Status::Fresh;

    QList<Row> added;
    QSet<QString> answered;
    QList<int> changedRows;
    answered.reserve(result.channels.size());
    for (const HereNowChannel &channel : result.channels) {
        answered.insert(channel.name);
        const int row = m_rowOfName.value(channel.name, -1);
        if (row >= 0) {
            updateRow(row, channel.occupancy, fetchedAt, status);
            changedRows.append(row);
            continue;
        }
        if (group.isEmpty())
            continue; // a response for a channel that is no longer watched
        Row fresh;
        fresh.name = channel.name;
        fresh.group = group;
        fresh.occupancy = channel.occupancy;
        fresh.fetchedAt = fetchedAt;
        fresh.status = status;
        fresh.trend.append(channel.occupancy);
        added.append(fresh);
    }

    // Requested channels and known group members missing from the response are empty.
    auto setEmpty = [&](int row) {
        if (row < 0 || answered.contains(m_rows.at(row).name))
            return;
        updateRow(row, 0, fetchedAt, status);
        changedRows.append(row);
    };
    for (const QString &name : requestedChannels)
        setEmpty(m_rowOfName.value(name, -1));
    if (!group.isEmpty()) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).group == group)
                setEmpty(row);
        }
    }

    emitRowRanges(changedRows, OccupancyColumn, TrendColumn);
    insertRowsAtEnd(added);
}

void ChannelListModel::applyError(const QStringList &channels, const QStringList &groups,
                                  const PresenceError &error)
{
    // A 403 that names the denied channels or groups marks only those rows as denied. The other
    // rows of the same request are marked as failed, because they were not refreshed either.
    const bool accessDenied = error.kind() == PresenceError::Kind::AccessDenied;
    const QStringList deniedChannelList = error.deniedChannels();
    const QStringList deniedGroupList = error.deniedChannelGroups();
    const QSet<QString> deniedChannels(deniedChannelList.cbegin(), deniedChannelList.cend());
    const QSet<QString> deniedGroups(deniedGroupList.cbegin(), deniedGroupList.cend());
    const bool namesDenied = !deniedChannels.isEmpty() || !deniedGroups.isEmpty();
    const QSet<QString> groupSet(groups.cbegin(), groups.cend());
    const QSet<QString> channelSet(channels.cbegin(), channels.cend());
    const QString text = error.message();

    QList<int> changedRows;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &entry = m_rows[row];
        const bool hit = entry.group.isEmpty() ? channelSet.contains(entry.name)
                                               : groupSet.contains(entry.group);
        if (!hit)
            continue;
        const bool denied = accessDenied
                && (!namesDenied || deniedChannels.contains(entry.name)
                    || (!entry.group.isEmpty() && deniedGroups.contains(entry.group)));
        entry.status = denied ? Status::AccessDenied : Status::Error;
        entry.errorText = text;
        changedRows.append(row);
    }
    emitRowRanges(changedRows, NameColumn, TrendColumn);
}

void ChannelListModel::refreshAges()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, AgeColumn), index(int(m_rows.size()) - 1, AgeColumn),
                       { Qt::DisplayRole, SortRole });
}

void ChannelListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfName.clear();
    m_trendHistory.clear();
    endResetModel();
}

QString ChannelListModel::channelAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

int ChannelListModel::rowOfChannel(const QString &name) const
{
    return m_rowOfName.value(name, -1);
}

int ChannelListModel::occupancyOf(const QString &name) const
{
    const int row = m_rowOfName.value(name, -1);
    return row < 0 ? -1 : m_rows.at(row).occupancy;
}

QStringList ChannelListModel::channelNames() const
{
    QStringList names;
    names.reserve(m_rows.size());
    for (const Row &row : m_rows)
        names.append(row.name);
    return names;
}

void ChannelListModel::updateRow(int row, int occupancy, const QDateTime &fetchedAt,
                                 Status status)
{
    Row &entry = m_rows[row];
    if (entry.occupancy >= 0) {
        entry.change = occupancy - entry.occupancy;
        entry.hasChange = true;
    }
    entry.occupancy = occupancy;
    entry.fetchedAt = fetchedAt;
    entry.status = status;
    entry.errorText.clear();
    entry.trend.append(occupancy);
    if (entry.trend.size() > TrendLength)
        entry.trend.remove(0, entry.trend.size() - TrendLength);
}

void ChannelListModel::prependTrend(QList<int> &trend, const QList<int> &history)
{
    trend = history + trend;
    if (trend.size() > TrendLength)
        trend.remove(0, trend.size() - TrendLength);
}

void ChannelListModel::setTrendHistory(const QHash<QString, QList<int>> &history)
{
    m_trendHistory = history;
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto recorded = history.constFind(m_rows.at(row).name);
        if (recorded == history.constEnd())
            continue;
        prependTrend(m_rows[row].trend, recorded.value());
        const QModelIndex cell = index(row, TrendColumn);
        Q_EMIT dataChanged(cell, cell, { TrendRole, Qt::DisplayRole });
    }
}

void ChannelListModel::insertRowsAtEnd(const QList<Row> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    for (int row = first; row < m_rows.size(); ++row) {
        const auto recorded = m_trendHistory.constFind(m_rows.at(row).name);
        if (recorded == m_trendHistory.constEnd())
            continue;
        prependTrend(m_rows[row].trend, recorded.value());
    }
    for (int row = first; row < m_rows.size(); ++row)
        m_rowOfName.insert(m_rows.at(row).name, row);
    endInsertRows();
}

void ChannelListModel::removeRowsWhere(const std::function<bool(const Row &)> &predicate)
{
    // Walk back to front so that the indexes of ranges not yet removed stay valid.
    bool removed = false;
    int row = int(m_rows.size()) - 1;
    while (row >= 0) {
        if (!predicate(m_rows.at(row))) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && predicate(m_rows.at(row - 1)))
            --row;
        beginRemoveRows({}, row, last);
        m_rows.remove(row, last - row + 1);
        endRemoveRows();
        removed = true;
        --row;
    }
    if (removed)
        rebuildIndex();
}

void ChannelListModel::emitRowRanges(QList<int> rows, int firstColumn, int lastColumn)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    int start = 0;
    for (int i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == rows.at(i - 1) + 1)
            continue;
        Q_EMIT dataChanged(index(rows.at(start), firstColumn), index(rows.at(i - 1), lastColumn));
        start = i;
    }
}

void ChannelListModel::rebuildIndex()
{
    m_rowOfName.clear();
    m_rowOfName.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfName.insert(m_rows.at(row).name, row);
}

} // namespace Presence
