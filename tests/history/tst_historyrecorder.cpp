// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historyrecorder.h"
#include "historystore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

namespace {

HereNowResult refresh(const QDateTime &time, const QList<QPair<QString, int>> &counts)
{
    HereNowResult result;
    result.fetchedAt = time;
    for (const auto &[name, occupancy] : counts) {
        HereNowChannel channel;
        channel.name = name;
        channel.occupancy = occupancy;
        for (int i = 0; i < occupancy; ++i)
            channel.occupants.append({ u"%1-user-%2"_s.arg(name).arg(i), StateValue() });
        result.channels.append(channel);
    }
    result.total_channels = int(result.channels.size());
    return result;
}

} // namespace

class TestHistoryRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void recordsEveryRefresh();
    void cachedRefreshRecordedOnce();
    void markedChannelRecordsOccupants();
    void csvRecordingAppendsPerRefresh();
    void csvRecordingReportsBadPath();
    void retentionRunsInWorker();
    void destructionWritesQueuedRefreshes();
    void openFailureIsReported();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    const QDateTime m_time = QDateTime::currentDateTimeUtc().addSecs(-600);
};

void TestHistoryRecorder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"history.sqlite"_s);
}

void TestHistoryRecorder::cleanup()
{
    m_dir.reset();
}

void TestHistoryRecorder::recordsEveryRefresh()
{
    HistoryRecorder recorder(m_path);
    recorder.setKeyset(u"demo"_s);
    QSignalSpy recorded(&recorder, &HistoryRecorder::refreshRecorded);
    QVERIFY(recorded.isValid());
    QSignalSpy errors(&recorder, &HistoryRecorder::errorOccurred);

    for (int i = 0; i < 20; ++i)
        recorder.record(refresh(m_time.addSecs(i * 5), { { u"a"_s, i }, { u"b"_s, 1 } }));
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 20, 10000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(recorded.last().at(1).toInt(), 2);

    HistoryStore store;
    QVERIFY(store.open(m_path));
    QCOMPARE(store.refreshCount(u"demo"_s), 20);
    QCOMPARE(store.lastOccupancies(u"demo"_s, u"a"_s, 3), QList<int>({ 17, 18, 19 }));
}

void TestHistoryRecorder::cachedRefreshRecordedOnce()
{
    HistoryRecorder recorder(m_path);
    recorder.setKeyset(u"demo"_s);
    HereNowResult first = refresh(m_time, { { u"a"_s, 1 } });
    HereNowResult cached = first;
    cached.fromCache = true;

    recorder.record(first);
    recorder.record(cached);
    recorder.record(refresh(m_time.addSecs(3), { { u"a"_s, 2 } }));
    recorder.waitForIdle();

    HistoryStore store;
    QVERIFY(store.open(m_path));
    QCOMPARE(store.refreshCount(u"demo"_s), 2);
}

void TestHistoryRecorder::markedChannelRecordsOccupants()
{
    HistoryRecorder recorder(m_path);
    recorder.setKeyset(u"demo"_s);
    recorder.setMarked(u"a"_s, true);
    const QHash<QString, QList<HereNowUser>> listed = {
        { u"a"_s, { { u"listed-1"_s, StateValue() }, { u"listed-2"_s, StateValue() } } },
    };
    recorder.record(refresh(m_time, { { u"a"_s, 1 }, { u"b"_s, 2 } }));
    recorder.record(refresh(m_time.addSecs(5), { { u"a"_s, 2 } }), listed);
    // Occupants kept with setOccupants() go into the next refresh only.
    recorder.setOccupants(u"a"_s, { { u"kept-1"_s, StateValue() } });
    recorder.record(refresh(m_time.addSecs(10), { { u"a"_s, 1 } }));
    recorder.record(refresh(m_time.addSecs(15), { { u"a"_s, 1 } }));
    recorder.waitForIdle();

    HistoryStore store;
    QVERIFY(store.open(m_path));
    QCOMPARE(store.markedChannels(u"demo"_s), QStringList({ u"a"_s }));
    const QList<RecordedOccupant> occupants =
            store.occupants(u"demo"_s, u"a"_s, m_time, m_time.addSecs(5));
    QCOMPARE(occupants.size(), 3);
    QCOMPARE(occupants.at(0).userId, u"a-user-0"_s);
    QCOMPARE(occupants.at(1).userId, u"listed-1"_s);
    const QList<RecordedOccupant> later =
            store.occupants(u"demo"_s, u"a"_s, m_time.addSecs(10), m_time.addSecs(15));
    QCOMPARE(later.size(), 2);
    QCOMPARE(later.at(0).userId, u"kept-1"_s);
    QCOMPARE(later.at(1).userId, u"a-user-0"_s);
    QVERIFY(store.occupants(u"demo"_s, u"b"_s, m_time, m_time.addSecs(5)).isEmpty());
}

void TestHistoryRecorder::csvRecordingAppendsPerRefresh()
{
    const QString csvPath = m_dir->filePath(u"recording.csv"_s);
    {
        HistoryRecorder recorder(m_path);
        QSignalSpy changed(&recorder, &HistoryRecorder::csvRecordingChanged);
        recorder.startCsvRecording(csvPath);
        recorder.record(refresh(m_time, { { u"a"_s, 1 }, { u"b"_s, 2 } }));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
        QVERIFY(changed.at(0).at(0).toBool());
        recorder.waitForIdle();

        // Flushed per refresh, so the file is complete while recording goes on.
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 3);

        recorder.stopCsvRecording();
        recorder.record(refresh(m_time.addSecs(5), { { u"a"_s, 9 } }));
        recorder.waitForIdle();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 10000);
        QVERIFY(!recorder.isCsvRecording());
    }
    {
        HistoryRecorder recorder(m_path);
        recorder.startCsvRecording(csvPath);
        recorder.record(refresh(m_time.addSecs(10), { { u"a"_s, 4 } }));
        recorder.waitForIdle();
    }

    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QCOMPARE(text.count("time,channel,occupancy\r\n"), 1);
    QVERIFY(text.startsWith("time,channel,occupancy\r\n"));
    const QList<QByteArray> lines = text.split('\n');
    // Header, two rows, one row after the restart, and the empty piece after the last CRLF.
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(3).endsWith(",a,4\r"));
    QVERIFY(!text.contains(",a,9\r\n"));
}

void TestHistoryRecorder::csvRecordingReportsBadPath()
{
    HistoryRecorder recorder(m_path);
    QSignalSpy errors(&recorder, &HistoryRecorder::errorOccurred);
    recorder.startCsvRecording(m_dir->filePath(u"no-folder/recording.csv"_s));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10000);
    QVERIFY(errors.at(0).at(0).toString().contains(u"recording.csv"_s));
    QVERIFY(!recorder.isCsvRecording());
}

void TestHistoryRecorder::retentionRunsInWorker()
{
    int oldMinuteRows = 0;
    {
        HistoryStore store;
        QVERIFY(store.open(m_path));
        QList<HereNowChannel> channels;
        for (int c = 0; c < 10; ++c) {
            HereNowChannel channel;
            channel.name = u"c%1"_s.arg(c);
            channels.append(channel);
        }
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-40);
        // 500 old refreshes of 10 channels: more rows than one retention batch.
        for (int i = 0; i < 500; ++i)
            QVERIFY(store.recordRefresh(u"demo"_s, old.addSecs(i), channels));
        QVERIFY(store.recordRefresh(u"demo"_s, QDateTime::currentDateTimeUtc(), channels));
        QVERIFY(store.setMarked(u"demo"_s, u"c1"_s, true));
        QSqlQuery minutes(store.database());
        QVERIFY(minutes.exec(u"SELECT COUNT(*) FROM occupancy_minutes"_s) && minutes.next());
        oldMinuteRows = minutes.value(0).toInt() - 10;
    }

    HistoryRecorder recorder(m_path);
    QSignalSpy applied(&recorder, &HistoryRecorder::retentionApplied);
    QVERIFY(applied.wait(20000));
    QVERIFY(oldMinuteRows >= 9 * 10);
    QCOMPARE(applied.at(0).at(0).toInt(), 500 + 500 * 10 + oldMinuteRows);
    recorder.waitForIdle();

    HistoryStore store;
    QVERIFY(store.open(m_path));
    QCOMPARE(store.refreshCount(u"demo"_s), 1);
    QCOMPARE(store.sampleCount(u"demo"_s), 10);
    QCOMPARE(store.markedChannels(u"demo"_s), QStringList({ u"c1"_s }));
}

void TestHistoryRecorder::destructionWritesQueuedRefreshes()
{
    {
        HistoryRecorder recorder(m_path);
        recorder.setKeyset(u"demo"_s);
        for (int i = 0; i < 50; ++i)
            recorder.record(refresh(m_time.addSecs(i), { { u"a"_s, i } }));
    }
    HistoryStore store;
    QVERIFY(store.open(m_path));
    QCOMPARE(store.refreshCount(u"demo"_s), 50);
}

void TestHistoryRecorder::openFailureIsReported()
{
    QFile blocker(m_dir->filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    HistoryRecorder recorder(m_dir->filePath(u"file/history.sqlite"_s));
    QSignalSpy errors(&recorder, &HistoryRecorder::errorOccurred);
    QVERIFY(errors.wait(10000));
    QVERIFY(errors.at(0).at(0).toString().contains(u"file"_s));
    recorder.record(refresh(m_time, { { u"a"_s, 1 } }));
    recorder.waitForIdle();
}

QTEST_GUILESS_MAIN(TestHistoryRecorder)

#include "tst_historyrecorder.moc"
