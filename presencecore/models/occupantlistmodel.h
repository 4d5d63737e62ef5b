// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "presencetypes.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Presence {

/**
 * The occupants of one channel: user id, state as compact JSON, and the channels the user is
 * in once a Where Now lookup has returned them. Rows are stored compactly (a user id, the state's
 * UTF-8 bytes and a hash entry from user id to row), so 100,000 occupants fit in a few tens of
 * megabytes. Updates are diffed in place; only a channel switch or `clear()` resets the model.
 */
class OccupantListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UserIdColumn, StateColumn, ChannelsColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        UserIdRole,
        // The state as compact JSON bytes (QByteArray); empty when the user has none.
        StateJsonRole,
    };
    Q_ENUM(Role)

    // One occupant as the model stores it. `state` is empty when the user has no state.
    struct Entry
    {
        QString userId;
        QByteArray state;
    };

    explicit OccupantListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Switches to another channel, clearing the rows when the channel differs.
    void setChannel(const QString &channel);
    QString channel() const { return m_channel; }

    /**
     * Converts occupants to entries. This is the costly part of an update (one JSON
     * serialisation per state) and touches no model data, so it may run on a worker thread.
     */
    static QList<Entry> toEntries(const QList<HereNowUser> &users);

    // Diffs the rows against `entries` (server order; duplicate user ids are dropped).
    void applyEntries(const QList<Entry> &entries);
    void applyOccupants(const QList<HereNowUser> &users) { applyEntries(toEntries(users)); }
    /**
     * Converts `users` on a worker thread, then applies them on this object's thread and emits
     * `occupantsApplied`. A later call, a channel switch or `clear()` supersedes a conversion
     * still running, whose result is then dropped.
     */
    void applyOccupantsInBackground(const QList<HereNowUser> &users);

    // Records the channels a user is in, as Where Now returned them.
    void setWhereNow(const QString &userId, const QStringList &channels);
    QStringList whereNow(const QString &userId) const { return m_whereNow.value(userId); }
    // Updates one user's state after a successful set-state.
    void setState(const QString &userId, const QByteArray &compactJson);

    void clear();

    int rowOfUser(const QString &userId) const { return m_rowOfUser.value(userId, -1); }
    QString userIdAt(int row) const;
    QByteArray stateAt(int row) const;

Q_SIGNALS:
    void occupantsApplied(const QString &channel);

private:
    void emitRowRanges(QList<int> rows, int column);

    QString m_channel;
    QList<Entry> m_rows;
    QHash<QString, int> m_rowOfUser;
    QHash<QString, QStringList> m_whereNow;
    quint64 m_generation = 0;
};

} // namespace Presence

Q_DECLARE_TYPEINFO(Presence::OccupantListModel::Entry, Q_RELOCATABLE_TYPE);
