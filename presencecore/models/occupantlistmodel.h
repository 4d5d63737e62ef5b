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

#include <memory>
#include <optional>

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
    // Converts like toEntries(), with parts of a large list on free threads of the global pool.
    static QList<Entry> toEntriesInParallel(const QList<HereNowUser> &users);

    /**
     * The changes that turn one list of rows into another: the rows whose state changed, the
     * ranges of rows that left, the users that joined, and the resulting rows and index.
     * `planUpdate()` computes it from a copy of the rows and touches no model, so it may run on
     * a worker thread. The model then applies it on its own thread.
     */
    struct UpdatePlan
    {
        // Row numbers (once the removals are applied) and new states, ascending.
        QList<QPair<int, QByteArray>> changedStates;
        // Ranges of old rows [first, last] that left, from the last range to the first.
        QList<QPair<int, int>> removedRanges;
        // Users that joined, appended in server order.
        QList<Entry> added;
        // The rows and the user-id index once every change is applied.
        QList<Entry> rows;
        QHash<QString, int> rowOfUser;
    };
    // Diffs `oldRows` against `entries` (server order; duplicate user ids are dropped).
    static UpdatePlan planUpdate(const QList<Entry> &oldRows,
                                 const QHash<QString, int> &oldRowOfUser,
                                 const QList<Entry> &entries);

    // Diffs the rows against `entries` (server order; duplicate user ids are dropped) and
    // applies the changes before returning. A background update is superseded: the changes it
    // has started to apply are completed first, and its `occupantsApplied` is not emitted.
    void applyEntries(const QList<Entry> &entries);
    void applyOccupants(const QList<HereNowUser> &users) { applyEntries(toEntries(users)); }
    /**
     * Converts `users` and diffs them against the rows on a worker thread, then applies the
     * changes on this object's thread in slices of at most about `SliceBudgetMs` each, and
     * emits `occupantsApplied` when all are in. A channel switch or `clear()` drops the update.
     * A call while an update is still being computed supersedes it. A call while one is being
     * applied waits for it (superseding any other call waiting) and starts afterwards.
     */
    void applyOccupantsInBackground(const QList<HereNowUser> &users);
    // The time the GUI thread spends on one slice of an update before it yields.
    static constexpr int SliceBudgetMs = 8;
    bool isApplying() const { return m_updateActive; }

    // Records the channels a user is in, as Where Now returned them.
    void setWhereNow(const QString &userId, const QStringList &channels);
    QStringList whereNow(const QString &userId) const { return m_whereNow.value(userId); }
    // Updates one user's state after a successful set-state.
    void setState(const QString &userId, const QByteArray &compactJson);

    void clear();

    // The row of `userId`, or -1. While an update is being applied this may search the rows.
    int rowOfUser(const QString &userId) const;
    QString userIdAt(int row) const;
    QByteArray stateAt(int row) const;

Q_SIGNALS:
    void occupantsApplied(const QString &channel);

private:
    struct Application;

    static void convertRange(const QList<HereNowUser> &users, qsizetype first, qsizetype end,
                             QList<Entry> *entries);

    void emitRowRanges(QList<int> rows, int column);
    void startBackgroundUpdate(const QList<HereNowUser> &users);
    // Applies changes of `application` until all are in or `budgetMs` (negative: no limit) is
    // used; returns whether all are in.
    bool applySlice(Application &application, qint64 budgetMs);
    void continueApplication();
    void cancelBackgroundUpdate();

    QString m_channel;
    QList<Entry> m_rows;
    QHash<QString, int> m_rowOfUser;
    QHash<QString, QStringList> m_whereNow;
    quint64 m_generation = 0;
    // The background update being computed or applied, and the occupants waiting behind it.
    bool m_updateActive = false;
    std::shared_ptr<Application> m_application;
    std::optional<QList<HereNowUser>> m_waitingUsers;
};

} // namespace Presence

Q_DECLARE_TYPEINFO(Presence::OccupantListModel::Entry, Q_RELOCATABLE_TYPE);
