// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historyrecorder.h"

#include "csv/occupancycsv.h"
#include "historystore.h"
#include "logging_p.h"

#include <QThread>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

constexpr std::chrono::milliseconds DefaultRetentionInterval = std::chrono::hours(1);
// Rows deleted per retention transaction; small enough that a queued refresh waits only
// milliseconds behind it.
constexpr int RetentionBatchRows = 2000;

} // namespace

// Lives in the recorder's worker thread and owns the database connection of that thread.
class HistoryRecorderWorker : public QObject
{
    Q_OBJECT

public:
    explicit HistoryRecorderWorker(const QString &databasePath)
        : m_databasePath(databasePath)
    {
    }

    void open(std::chrono::milliseconds retentionInterval)
    {
        m_retentionTimer = new QTimer(this);
        m_retentionTimer->setInterval(retentionInterval);
        connect(m_retentionTimer, &QTimer::timeout, this, &HistoryRecorderWorker::startRetention);

        if (!m_store.open(m_databasePath)) {
            Q_EMIT errorOccurred(m_store.errorString());
            return;
        }
        Q_EMIT opened();
        m_retentionTimer->start();
        startRetention();
    }

    void shutdown()
    {
        if (m_retentionTimer)
            m_retentionTimer->stop();
        m_csv.close();
        m_store.close();
    }

    void record(const QString &keyset, const QDateTime &time, const HereNowResult &result,
                const QHash<QString, QList<HereNowUser>> &occupants)
    {
        if (!m_store.isOpen())
            return;
        if (!m_store.recordRefresh(keyset, time, result.channels, occupants)) {
            Q_EMIT errorOccurred(m_store.errorString());
            return;
        }
        if (m_csv.isOpen()) {
            QString error;
            if (!m_csv.append(time, result, &error)) {
                Q_EMIT errorOccurred(error);
                stopCsv();
            }
        }
        Q_EMIT refreshRecorded(time, int(result.channels.size()));
    }

    void setMarked(const QString &keyset, const QString &channel, bool marked)
    {
        if (m_store.isOpen() && !m_store.setMarked(keyset, channel, marked))
            Q_EMIT errorOccurred(m_store.errorString());
    }

    void setRetention(int days, std::chrono::milliseconds interval)
    {
        m_retentionDays = days;
        if (m_retentionTimer)
            m_retentionTimer->setInterval(interval);
    }

    void startRetention()
    {
        if (!m_store.isOpen() || m_retentionRunning)
            return;
        m_retentionRunning = true;
        m_removedInPass = 0;
        m_cutoff = QDateTime::currentDateTimeUtc().addDays(-m_retentionDays);
        retentionStep();
    }

    void startCsv(const QString &path)
    {
        QString error;
        if (!m_csv.open(path, &error)) {
            Q_EMIT errorOccurred(error);
            Q_EMIT csvRecordingChanged(false, path);
            return;
        }
        qCInfo(lcHistory) << "Recording refreshes to the CSV file" << path;
        Q_EMIT csvRecordingChanged(true, path);
    }

    void stopCsv()
    {
        if (!m_csv.isOpen())
            return;
        const QString path = m_csv.path();
        m_csv.close();
        Q_EMIT csvRecordingChanged(false, path);
    }

Q_SIGNALS:
    void opened();
    void refreshRecorded(const QDateTime &time, int channelCount);
    void retentionApplied(int rowsRemoved);
    void csvRecordingChanged(bool recording, const QString &path);
    void errorOccurred(const QString &message);

private:
    void retentionStep()
    {
        const int removed = m_store.removeRecordedBefore(m_cutoff, RetentionBatchRows);
        if (removed < 0) {
            m_retentionRunning = false;
            Q_EMIT errorOccurred(m_store.errorString());
            return;
        }
        m_removedInPass += removed;
        if (removed == RetentionBatchRows) {
            // Go back to the event loop so refreshes queued meanwhile are written first.
            QTimer::singleShot(0, this, &HistoryRecorderWorker::retentionStep);
            return;
        }
        m_retentionRunning = false;
        if (m_removedInPass > 0)
            qCInfo(lcHistory) << "Retention removed" << m_removedInPass << "rows older than"
                              << m_cutoff;
        Q_EMIT retentionApplied(m_removedInPass);
    }

    QString m_databasePath;
    HistoryStore m_store;
    CsvAppendLog m_csv;
    QTimer *m_retentionTimer = nullptr;
    int m_retentionDays = HistoryRecorder::DefaultRetentionDays;
    bool m_retentionRunning = false;
    int m_removedInPass = 0;
    QDateTime m_cutoff;
};

HistoryRecorder::HistoryRecorder(const QString &databasePath, QObject *parent)
    : QObject(parent),
      m_databasePath(databasePath.isEmpty() ? HistoryStore::defaultPath() : databasePath),
      m_thread(new QThread(this)),
      m_worker(new HistoryRecorderWorker(m_databasePath))
{
    m_thread->setObjectName(u"HistoryRecorder"_s);
    m_worker->moveToThread(m_thread);

    connect(m_worker, &HistoryRecorderWorker::opened, this, &HistoryRecorder::opened);
    connect(m_worker, &HistoryRecorderWorker::refreshRecorded, this,
            &HistoryRecorder::refreshRecorded);
    connect(m_worker, &HistoryRecorderWorker::retentionApplied, this,
            &HistoryRecorder::retentionApplied);
    connect(m_worker, &HistoryRecorderWorker::errorOccurred, this,
            &HistoryRecorder::errorOccurred);
    connect(m_worker, &HistoryRecorderWorker::csvRecordingChanged, this,
            [this](bool recording, const QString &path) {
                m_csvRecording = recording;
                Q_EMIT csvRecordingChanged(recording, path);
            });

    m_thread->start();
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->open(DefaultRetentionInterval); },
            Qt::QueuedConnection);
}

HistoryRecorder::~HistoryRecorder()
{
    // Queued refreshes run before the shutdown call, so nothing handed to record() is lost.
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void HistoryRecorder::setKeyset(const QString &keyset)
{
    m_keyset = keyset;
}

void HistoryRecorder::setMarked(const QString &channel, bool marked)
{
    QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, keyset = m_keyset, channel, marked] {
                worker->setMarked(keyset, channel, marked);
            },
            Qt::QueuedConnection);
}

void HistoryRecorder::setRetentionDays(int days)
{
    m_retentionDays = qMax(1, days);
    QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, days = m_retentionDays] {
                worker->setRetention(days, DefaultRetentionInterval);
            },
            Qt::QueuedConnection);
}

void HistoryRecorder::setRetentionInterval(std::chrono::milliseconds interval)
{
    QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, days = m_retentionDays, interval] {
                worker->setRetention(days, interval);
            },
            Qt::QueuedConnection);
}

void HistoryRecorder::applyRetention()
{
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->startRetention(); }, Qt::QueuedConnection);
}

void HistoryRecorder::record(const HereNowResult &result,
                             const QHash<QString, QList<HereNowUser>> &occupants)
{
    const QDateTime time = OccupancyCsv::snapshotTime(result);
    const qint64 timeMs = time.toMSecsSinceEpoch();
    if (result.fromCache && m_lastRecordedMs.value(m_keyset, -1) == timeMs) {
        qCDebug(lcHistory) << "Skipped a cached refresh already recorded at" << time;
        return;
    }
    m_lastRecordedMs.insert(m_keyset, timeMs);

    QHash<QString, QList<HereNowUser>> allOccupants = std::move(m_pendingOccupants);
    m_pendingOccupants.clear();
    for (auto it = occupants.cbegin(); it != occupants.cend(); ++it)
        allOccupants.insert(it.key(), it.value());

    QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, keyset = m_keyset, time, result,
             occupants = std::move(allOccupants)] {
                worker->record(keyset, time, result, occupants);
            },
            Qt::QueuedConnection);
}

void HistoryRecorder::setOccupants(const QString &channel, const QList<HereNowUser> &occupants)
{
    m_pendingOccupants.insert(channel, occupants);
}

void HistoryRecorder::startCsvRecording(const QString &path)
{
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, path] { worker->startCsv(path); },
            Qt::QueuedConnection);
}

void HistoryRecorder::stopCsvRecording()
{
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->stopCsv(); }, Qt::QueuedConnection);
}

void HistoryRecorder::waitForIdle()
{
    QMetaObject::invokeMethod(
            m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace Presence

#include "historyrecorder.moc"
