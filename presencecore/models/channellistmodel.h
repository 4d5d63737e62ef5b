// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "presenceerror.h"
#include "presencetypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace Presence {

/**
 * One row per watched channel, plus rows for the member channels of watched channel groups as
 * the group's Here Now results name them. Each refresh updates the rows in place: new channels
 * are inserted, removed ones are removed in contiguous ranges and changed values emit
 * `dataChanged`, so selections and sorting survive. Only `clear()` resets the model.
 */
class ChannelListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OccupancyColumn, ChangeColumn, AgeColumn, StatusColumn, TrendColumn,
                  ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // A number for numeric sorting: occupancy, change and age in ms; the name otherwise.
        SortRole = Qt::UserRole + 1,
        // QList<int>: the occupancy of the last refreshes, oldest first (at most TrendLength).
        TrendRole,
        // The Status of the row as an int.
        StatusRole,
        // The channel name, whatever the column.
        ChannelNameRole,
        // The watched group a member row came from; empty for directly watched channels.
        GroupRole,
    };
    Q_ENUM(Role)

    enum class Status { Pending, Fresh, Cached, Error, AccessDenied };
    Q_ENUM(Status)

    static constexpr int TrendLength = 30;

    explicit ChannelListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Makes the directly watched rows exactly `channels`, keeping the data of rows that stay.
    void setWatchedChannels(const QStringList &channels);
    // Makes the member rows of `group` exactly `channels` (from the channel group registry).
    void setGroupMembers(const QString &group, const QStringList &channels);
    // Removes every member row of a group that is no longer watched.
    void removeGroup(const QString &group);

    /**
     * Applies a Here Now result. Channels of the result that have no row yet are inserted as
     * members of `group` (when given). Rows of `group` or of `requestedChannels` that the
     * result does not list are set to zero occupancy, since the service may omit empty
     * channels.
     */
    void applyHereNow(const HereNowResult &result, const QStringList &requestedChannels,
                      const QString &group = {});
    // Marks the rows of these channels and of these groups' members as failed.
    void applyError(const QStringList &channels, const QStringList &groups,
                    const PresenceError &error);
    // Occupancy recorded before this session, oldest first, by channel: the trend of a row
    // starts with it, for rows present now and rows added later.
    void setTrendHistory(const QHash<QString, QList<int>> &history);
    // Emits dataChanged on the age column so views redraw the age of the data.
    void refreshAges();
    void clear();

    QString channelAt(int row) const;
    int rowOfChannel(const QString &name) const;
    int occupancyOf(const QString &name) const;
    QStringList channelNames() const;

private:
    struct Row
    {
        QString name;
        QString group; // empty for a directly watched channel
        int occupancy = -1; // -1 until the first result
        int change = 0;
        bool hasChange = false;
        QDateTime fetchedAt;
        Status status = Status::Pending;
        QString errorText;
        QList<int> trend;
    };

    void insertRowsAtEnd(const QList<Row> &rows);
    void removeRowsWhere(const std::function<bool(const Row &)> &predicate);
    void updateRow(int row, int occupancy, const QDateTime &fetchedAt, Status status);
    void emitRowRanges(QList<int> rows, int firstColumn, int lastColumn);
    void rebuildIndex();
    QString ageText(const Row &row) const;
    QString statusText(const Row &row) const;

    static void prependTrend(QList<int> &trend, const QList<int> &history);

    QList<Row> m_rows;
    QHash<QString, QList<int>> m_trendHistory;
    QHash<QString, int> m_rowOfName;
};

} // namespace Presence
