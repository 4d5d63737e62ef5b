// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "presencetypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Presence {

// One recorded occupancy of a channel.
struct OccupancySample
{
    qint64 timeMs = 0; // milliseconds since the Unix epoch, UTC
    int occupancy = 0;
};

// The samples of one channel that fall into one time bucket, reduced to their extremes.
struct OccupancyBucket
{
    qint64 startMs = 0; // start of the bucket
    qint64 firstMs = 0; // time of the earliest sample in the bucket
    qint64 lastMs = 0; // time of the latest sample in the bucket
    int minimum = 0;
    int maximum = 0;
    int sampleCount = 0;
};

// An occupant of a marked channel as recorded on one refresh.
struct RecordedOccupant
{
    qint64 timeMs = 0;
    QString userId;
    QByteArray stateJson; // compact JSON, `null` when there was no state
};

/**
 * The occupancy history in an SQLite database (Qt's QSQLITE driver).
 *
 * Every refresh is written in one transaction: a row in `refreshes`, one row per channel in
 * `occupancy`, and for channels marked with setMarked() one row per occupant in `occupants`.
 * The database runs in WAL mode with `synchronous=FULL`, so a refresh whose transaction has
 * committed survives a killed process and a power loss alike. At one refresh every few
 * seconds the extra fsync per commit is not noticeable.
 *
 * A store owns one connection with a name of its own and must be used only from the thread
 * that called open(). Give each thread its own HistoryStore on the same file: SQLite's WAL
 * mode lets readers work while one writer commits.
 */
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    static constexpr int SchemaVersion = 1;

    HistoryStore();
    ~HistoryStore();

    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // `history.sqlite` in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    // Opens (creating if needed) the database at `path`, or at defaultPath() when empty.
    bool open(const QString &path = {});
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    // A translated sentence about the last failure.
    QString errorString() const { return m_error; }
    // The connection, for callers that need their own queries (tests, integrity checks).
    QSqlDatabase database() const;

    bool recordRefresh(const QString &keyset, const QDateTime &time,
                       const QList<HereNowChannel> &channels,
                       const QHash<QString, QList<HereNowUser>> &occupantsOfMarked = {});

    bool setMarked(const QString &keyset, const QString &channel, bool marked);
    bool isMarked(const QString &keyset, const QString &channel) const;
    QStringList markedChannels(const QString &keyset) const;

    // Channels with at least one sample, sorted by name.
    QStringList recordedChannels(const QString &keyset) const;
    qint64 refreshCount(const QString &keyset = {}) const;
    qint64 sampleCount(const QString &keyset = {}) const;

    // Every sample of a channel in [from, to], oldest first.
    QList<OccupancySample> samples(const QString &keyset, const QString &channel,
                                   const QDateTime &from, const QDateTime &to) const;
    /**
     * The samples of a channel in [from, to] grouped into buckets of `bucketMs` milliseconds
     * counted from `from`, with the minimum and maximum of each bucket, oldest first. The
     * reduction runs in SQL, so long ranges cost no memory per sample.
     *
     * Buckets of 10 minutes or more are built from a per-minute table that a trigger keeps,
     * which reads 60 rows per hour instead of 720 at 5-second refreshes. There a sample
     * counts in the bucket of its minute's start, and the first bucket may include samples
     * up to a minute before `from`.
     */
    QList<OccupancyBucket> buckets(const QString &keyset, const QString &channel,
                                   const QDateTime &from, const QDateTime &to,
                                   qint64 bucketMs) const;
    // buckets() for several channels at once, keyed by channel.
    QHash<QString, QList<OccupancyBucket>> buckets(const QString &keyset,
                                                   const QStringList &channels,
                                                   const QDateTime &from, const QDateTime &to,
                                                   qint64 bucketMs) const;
    // The last `count` occupancies of a channel, oldest first (for sparklines).
    QList<int> lastOccupancies(const QString &keyset, const QString &channel, int count) const;
    // lastOccupancies() for several channels at once, keyed by channel.
    QHash<QString, QList<int>> lastOccupancies(const QString &keyset, const QStringList &channels,
                                               int count) const;
    QList<RecordedOccupant> occupants(const QString &keyset, const QString &channel,
                                      const QDateTime &from, const QDateTime &to) const;

    /**
     * Deletes at most `maxRows` rows recorded before `cutoff` from the sample tables and
     * returns how many went, or -1 on failure. Call it until it returns 0 so that each
     * transaction stays short. Marked channels and newer rows are never touched.
     */
    int removeRecordedBefore(const QDateTime &cutoff, int maxRows = 2000);

private:
    bool createSchema();
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_error;
};

} // namespace Presence
