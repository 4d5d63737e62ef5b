// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "presencetypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>

class QThread;

namespace Presence {

class HistoryRecorderWorker;

/**
 * Records refreshes into the occupancy history without blocking the caller's thread.
 *
 * The recorder owns a worker thread with its own HistoryStore connection. record() only
 * queues the refresh; the worker writes it in one transaction and then emits
 * refreshRecorded(). The worker also enforces the retention period: at start and then every
 * hour it deletes rows older than the period in small transactions, yielding to queued
 * refreshes between them.
 *
 * Optionally each refresh is also appended to a CSV file as it is recorded
 * (startCsvRecording()). Signals are emitted in the recorder's thread. Destroying the
 * recorder writes every refresh queued before it and then stops the thread.
 */
class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultRetentionDays = 30;

    // An empty path means HistoryStore::defaultPath().
    explicit HistoryRecorder(const QString &databasePath = {}, QObject *parent = nullptr);
    ~HistoryRecorder() override;

    QString databasePath() const { return m_databasePath; }

    // The keyset the following refreshes belong to (for example the subscribe key).
    void setKeyset(const QString &keyset);
    QString keyset() const { return m_keyset; }

    // Marked channels also get their occupants recorded; the marking is kept in the database.
    void setMarked(const QString &channel, bool marked);

    void setRetentionDays(int days);
    int retentionDays() const { return m_retentionDays; }
    void setRetentionInterval(std::chrono::milliseconds interval);
    // Runs one retention pass now (in the worker); retentionApplied() follows.
    void applyRetention();

    /**
     * Queues one refresh: the watch list counts in `result`, and for marked channels the
     * occupants from `occupants` or, where a channel is missing there, from `result` itself.
     * A result served from the cache with the time of a refresh already recorded is
     * skipped, so that the same refresh is not stored twice.
     */
    void record(const Presence::HereNowResult &result,
                const QHash<QString, QList<Presence::HereNowUser>> &occupants = {});
    /**
     * Stores the occupants of a channel for the next record() call only. That call uses them
     * where its own `occupants` argument lacks the channel, then drops them. Connect this to
     * the refresh of the selected channel's occupants.
     */
    void setOccupants(const QString &channel, const QList<Presence::HereNowUser> &occupants);

    void startCsvRecording(const QString &path);
    void stopCsvRecording();
    bool isCsvRecording() const { return m_csvRecording; }

    // Blocks until every refresh queued so far has been written (for tests and shutdown).
    void waitForIdle();

Q_SIGNALS:
    void opened();
    void refreshRecorded(const QDateTime &time, int channelCount);
    void retentionApplied(int rowsRemoved);
    void csvRecordingChanged(bool recording, const QString &path);
    void errorOccurred(const QString &message);

private:
    QString m_databasePath;
    QString m_keyset;
    int m_retentionDays = DefaultRetentionDays;
    bool m_csvRecording = false;
    QHash<QString, qint64> m_lastRecordedMs;
    QHash<QString, QList<HereNowUser>> m_pendingOccupants;
    QThread *m_thread = nullptr;
    HistoryRecorderWorker *m_worker = nullptr;
};

} // namespace Presence
