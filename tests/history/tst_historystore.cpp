// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historystore.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

namespace {

const QDateTime BaseTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

HereNowChannel channel(const QString &name, int occupancy, const QList<HereNowUser> &users = {})
{
    HereNowChannel result;
    result.name = name;
    result.occupancy = occupancy;
    result.occupants = users;
    return result;
}

qint64 countRows(const HistoryStore &store, const QString &table)
{
    QSqlQuery query(store.database());
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QVariant pragma(const HistoryStore &store, const QString &name)
{
    QSqlQuery query(store.database());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void openSetsWalAndSchema();
    void recordWritesOneRowPerChannel();
    void bucketsReduceToMinAndMax();
    void longBucketsUseMinuteTable();
    void bucketsKeepShortRangesExact();
    void historySurvivesReopening();
    void occupantsOnlyForMarkedChannels();
    void lastOccupanciesOldestFirst();
    void retentionRemovesOnlyOldRows();
    void newerSchemaIsRejected();
    void concurrentOpenCreatesSchemaOnce();
    void threadsUseOwnConnections();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"history.sqlite"_s);
}

void TestHistoryStore::cleanup()
{
    m_dir.reset();
}

void TestHistoryStore::openSetsWalAndSchema()
{
    HistoryStore store;
    QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
    QVERIFY(store.isOpen());
    QCOMPARE(pragma(store, u"journal_mode"_s).toString(), u"wal"_s);
    // 2 is FULL.
    QCOMPARE(pragma(store, u"synchronous"_s).toInt(), 2);
    QCOMPARE(pragma(store, u"user_version"_s).toInt(), HistoryStore::SchemaVersion);

    QSqlQuery query(store.database());
    QVERIFY(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'index'"
                       " AND tbl_name = 'occupancy'"_s));
    QStringList indexes;
    while (query.next())
        indexes.append(query.value(0).toString());
    QVERIFY(indexes.contains(u"occupancy_channel_time"_s));
}

void TestHistoryStore::recordWritesOneRowPerChannel()
{
    HistoryStore store;
    QVERIFY(store.open(m_path));
    QVERIFY(store.recordRefresh(u"demo"_s, BaseTime, { channel(u"a"_s, 3), channel(u"b"_s, 5) }));
    QVERIFY(store.recordRefresh(u"demo"_s, BaseTime.addSecs(5), { channel(u"a"_s, 4) }));
    QVERIFY(store.recordRefresh(u"other"_s, BaseTime, { channel(u"a"_s, 99) }));

    QCOMPARE(store.refreshCount(u"demo"_s), 2);
    QCOMPARE(store.refreshCount(), 3);
    QCOMPARE(store.sampleCount(u"demo"_s), 3);
    QCOMPARE(store.recordedChannels(u"demo"_s), QStringList({ u"a"_s, u"b"_s }));

    const QList<OccupancySample> samples =
            store.samples(u"demo"_s, u"a"_s, BaseTime, BaseTime.addSecs(60));
    QCOMPARE(samples.size(), 2);
    QCOMPARE(samples.at(0).timeMs, BaseTime.toMSecsSinceEpoch());
    QCOMPARE(samples.at(0).occupancy, 3);
    QCOMPARE(samples.at(1).occupancy, 4);

    // No keyset at all is a keyset of its own.
    QVERIFY(store.recordRefresh(QString(), BaseTime, { channel(u"a"_s, 1) }));
    QCOMPARE(store.samples(QString(), u"a"_s, BaseTime, BaseTime).size(), 1);
    QCOMPARE(store.refreshCount(), 4);
}

void TestHistoryStore::bucketsReduceToMinAndMax()
{
    HistoryStore store;
    QVERIFY(store.open(m_path));
    // Ten minutes of samples every 10 s; occupancy cycles 0..9 and the fourth minute spikes.
    for (int i = 0; i < 60; ++i) {
        const int occupancy = (i >= 18 && i < 24) ? 100 + i : i % 10;
        QVERIFY(store.recordRefresh(u"demo"_s, BaseTime.addSecs(i * 10),
                                    { channel(u"a"_s, occupancy) }));
    }

    const QList<OccupancyBucket> buckets = store.buckets(
            u"demo"_s, u"a"_s, BaseTime, BaseTime.addSecs(599), 60 * 1000);
    QCOMPARE(buckets.size(), 10);
    for (int b = 0; b < 10; ++b) {
        const OccupancyBucket &bucket = buckets.at(b);
        int minimum = INT_MAX;
        int maximum = INT_MIN;
        for (int i = b * 6; i < b * 6 + 6; ++i) {
            const int occupancy = (i >= 18 && i < 24) ? 100 + i : i % 10;
            minimum = qMin(minimum, occupancy);
            maximum = qMax(maximum, occupancy);
        }
        QCOMPARE(bucket.startMs, BaseTime.addSecs(b * 60).toMSecsSinceEpoch());
        QCOMPARE(bucket.firstMs, BaseTime.addSecs(b * 60).toMSecsSinceEpoch());
        QCOMPARE(bucket.lastMs, BaseTime.addSecs(b * 60 + 50).toMSecsSinceEpoch());
        QCOMPARE(bucket.sampleCount, 6);
        QCOMPARE(bucket.minimum, minimum);
        QCOMPARE(bucket.maximum, maximum);
    }
    QCOMPARE(buckets.at(3).minimum, 118);
    QCOMPARE(buckets.at(3).maximum, 123);

    // A range that starts mid-minute counts buckets from its own start.
    const QList<OccupancyBucket> shifted = store.buckets(
            u"demo"_s, u"a"_s, BaseTime.addSecs(30), BaseTime.addSecs(89), 60 * 1000);
    QCOMPARE(shifted.size(), 1);
    QCOMPARE(shifted.at(0).sampleCount, 6);
    QCOMPARE(shifted.at(0).minimum, 3);
    QCOMPARE(shifted.at(0).maximum, 8);
}

void TestHistoryStore::longBucketsUseMinuteTable()
{
    HistoryStore store;
    QVERIFY(store.open(m_path));
    QSqlQuery(store.database()).exec(u"PRAGMA synchronous=OFF"_s);
    // Three hours of samples every 10 s with a spike in the second half hour.
    const auto occupancyAt = [](int i) { return i == 250 ? 900 : (i * 37) % 101; };
    for (int i = 0; i < 3 * 360; ++i)
        QVERIFY(store.recordRefresh(u"demo"_s, BaseTime.addSecs(i * 10),
                                    { channel(u"a"_s, occupancyAt(i)) }));

    QSqlQuery query(store.database());
    QVERIFY(query.exec(u"SELECT COUNT(*), SUM(samples) FROM occupancy_minutes"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 3 * 60);
    QCOMPARE(query.value(1).toInt(), 3 * 360);
    query.finish();

    const qint64 halfHourMs = 30 * 60 * 1000;
    const QList<OccupancyBucket> buckets = store.buckets(
            u"demo"_s, u"a"_s, BaseTime, BaseTime.addSecs(3 * 3600 - 1), halfHourMs);
    QCOMPARE(buckets.size(), 6);
    for (int b = 0; b < 6; ++b) {
        int minimum = INT_MAX;
        int maximum = INT_MIN;
        for (int i = b * 180; i < b * 180 + 180; ++i) {
            minimum = qMin(minimum, occupancyAt(i));
            maximum = qMax(maximum, occupancyAt(i));
        }
        QCOMPARE(buckets.at(b).startMs, BaseTime.toMSecsSinceEpoch() + b * halfHourMs);
        QCOMPARE(buckets.at(b).firstMs, BaseTime.addSecs(b * 1800).toMSecsSinceEpoch());
        QCOMPARE(buckets.at(b).lastMs, BaseTime.addSecs(b * 1800 + 1790).toMSecsSinceEpoch());
        QCOMPARE(buckets.at(b).sampleCount, 180);
        QCOMPARE(buckets.at(b).minimum, minimum);
        QCOMPARE(buckets.at(b).maximum, maximum);
    }
    QCOMPARE(buckets.at(1).maximum, 900);
}

void TestHistoryStore::bucketsKeepShortRangesExact()
{
    HistoryStore store;
    QVERIFY(store.open(m_path));
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.recordRefresh(u"demo"_s, BaseTime.addSecs(i * 5),
                                    { channel(u"a"_s, i * 2) }));

    const QList<OccupancyBucket> buckets =
            store.buckets(u"demo"_s, u"a"_s, BaseTime, BaseTime.addSecs(60), 1000);
    QCOMPARE(buckets.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(buckets.at(i).minimum, i * 2);
        QCOMPARE(buckets.at(i).maximum, i * 2);
        QCOMPARE(buckets.at(i).sampleCount, 1);
    }
}

void TestHistoryStore::historySurvivesReopening()
{
    {
        HistoryStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.setMarked(u"demo"_s, u"lobby"_s, true));
        QVERIFY(store.recordRefresh(u"demo"_s, BaseTime, { channel(u"lobby"_s, 7) }));
    }
    HistoryStore reopened;
    QVERIFY(reopened.open(m_path));
    QCOMPARE(reopened.refreshCount(), 1);
    QCOMPARE(reopened.markedChannels(u"demo"_s), QStringList({ u"lobby"_s }));
    QVERIFY(reopened.isMarked(u"demo"_s, u"lobby"_s));
    QVERIFY(!reopened.isMarked(u"other"_s, u"lobby"_s));
    QCOMPARE(reopened.lastOccupancies(u"demo"_s, u"lobby"_s, 10), QList<int>({ 7 }));
}

void TestHistoryStore::occupantsOnlyForMarkedChannels()
{
    HistoryStore store;
    QVERIFY(store.open(m_path));
    QVERIFY(store.setMarked(u"demo"_s, u"marked"_s, true));
    const QList<HereNowUser> users = {
        { u"u1"_s, StateValue::fromJson(QJsonObject{ { u"mood"_s, u"ok"_s } }) },
        { u"u2"_s, StateValue() },
    };
    const QHash<QString, QList<HereNowUser>> listed = {
        { u"marked"_s, { { u"u9"_s, StateValue() } } },
    };

    QVERIFY(store.recordRefresh(u"demo"_s, BaseTime,
                                { channel(u"marked"_s, 2, users), channel(u"plain"_s, 2, users) }));
    QVERIFY(store.recordRefresh(u"demo"_s, BaseTime.addSecs(5),
                                { channel(u"marked"_s, 1, users), channel(u"plain"_s, 2, users) },
                                listed));

    const QList<RecordedOccupant> marked =
            store.occupants(u"demo"_s, u"marked"_s, BaseTime, BaseTime.addSecs(10));
    QCOMPARE(marked.size(), 3);
    QCOMPARE(marked.at(0).userId, u"u1"_s);
    QCOMPARE(marked.at(0).stateJson, QByteArray(R"({"mood":"ok"})"));
    QCOMPARE(marked.at(1).userId, u"u2"_s);
    QCOMPARE(marked.at(1).stateJson, QByteArray("null"));
    QCOMPARE(marked.at(2).userId, u"u9"_s);
    QCOMPARE(marked.at(2).timeMs, BaseTime.addSecs(5).toMSecsSinceEpoch());
    QVERIFY(store.occupants(u"demo"_s, u"plain"_s, BaseTime, BaseTime.addSecs(10)).isEmpty());

    QVERIFY(store.setMarked(u"demo"_s, u"marked"_s, false));
    QVERIFY(store.markedChannels(u"demo"_s).isEmpty());
}

void TestHistoryStore::lastOccupanciesOldestFirst()
{
    HistoryStore store;
    QVERIFY(store.open(m_path));
    for (int i = 0; i < 30; ++i)
        QVERIFY(store.recordRefresh(u"demo"_s, BaseTime.addSecs(i), { channel(u"a"_s, i) }));

    QCOMPARE(store.lastOccupancies(u"demo"_s, u"a"_s, 4), QList<int>({ 26, 27, 28, 29 }));
    const QHash<QString, QList<int>> several =
            store.lastOccupancies(u"demo"_s, QStringList{ u"a"_s, u"missing"_s }, 2);
    QCOMPARE(several.size(), 2);
    QCOMPARE(several.value(u"a"_s), QList<int>({ 28, 29 }));
    QVERIFY(several.value(u"missing"_s).isEmpty());
    QCOMPARE(store.lastOccupancies(u"demo"_s, u"a"_s, 100).size(), 30);
    QVERIFY(store.lastOccupancies(u"demo"_s, u"missing"_s, 4).isEmpty());
    QVERIFY(store.lastOccupancies(u"demo"_s, u"a"_s, 0).isEmpty());
}

void TestHistoryStore::retentionRemovesOnlyOldRows()
{
    HistoryStore store;
    QVERIFY(store.open(m_path));
    QVERIFY(store.setMarked(u"demo"_s, u"a"_s, true));
    const QList<HereNowUser> users = { { u"u1"_s, StateValue() }, { u"u2"_s, StateValue() } };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime cutoff = now.addDays(-30);

    // Seven old refreshes, one exactly at the cutoff (kept), and five new ones.
    for (int i = 0; i < 7; ++i)
        QVERIFY(store.recordRefresh(u"demo"_s, cutoff.addSecs(-3600 - i),
                                    { channel(u"a"_s, 1, users), channel(u"b"_s, 1) }));
    QVERIFY(store.recordRefresh(u"demo"_s, cutoff, { channel(u"a"_s, 2, users) }));
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.recordRefresh(u"demo"_s, now.addSecs(-i), { channel(u"a"_s, 3, users) }));

    QCOMPARE(countRows(store, u"refreshes"_s), 13);
    QCOMPARE(countRows(store, u"occupancy"_s), 7 * 2 + 1 + 5);
    QCOMPARE(countRows(store, u"occupants"_s), 7 * 2 + 2 + 5 * 2);

    // Minute rows go only when their whole minute is older than the cutoff.
    QSqlQuery minutes(store.database());
    QVERIFY(minutes.prepare(u"SELECT COUNT(*) FROM occupancy_minutes WHERE time_ms + 60000 <= ?"_s));
    minutes.addBindValue(cutoff.toMSecsSinceEpoch());
    QVERIFY(minutes.exec() && minutes.next());
    const int oldMinuteRows = minutes.value(0).toInt();
    minutes.finish();
    QVERIFY(oldMinuteRows >= 2);
    const qint64 minuteRowsBefore = countRows(store, u"occupancy_minutes"_s);

    int passes = 0;
    int total = 0;
    while (true) {
        const int removed = store.removeRecordedBefore(cutoff, 4);
        QVERIFY(removed >= 0);
        QVERIFY(removed <= 4);
        if (removed == 0)
            break;
        total += removed;
        ++passes;
        QVERIFY(passes < 100);
    }
    QCOMPARE(total, 7 + 7 * 2 + 7 * 2 + oldMinuteRows);
    QCOMPARE(countRows(store, u"occupancy_minutes"_s), minuteRowsBefore - oldMinuteRows);
    QVERIFY(passes > 1);

    QCOMPARE(countRows(store, u"refreshes"_s), 6);
    QCOMPARE(countRows(store, u"occupancy"_s), 6);
    QCOMPARE(countRows(store, u"occupants"_s), 2 + 5 * 2);
    QCOMPARE(store.markedChannels(u"demo"_s), QStringList({ u"a"_s }));
    QCOMPARE(store.lastOccupancies(u"demo"_s, u"a"_s, 10), QList<int>({ 2, 3, 3, 3, 3, 3 }));
    QVERIFY(store.samples(u"demo"_s, u"b"_s, cutoff.addDays(-1), now).isEmpty());
}

void TestHistoryStore::newerSchemaIsRejected()
{
    {
        HistoryStore store;
        QVERIFY(store.open(m_path));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
    }
    HistoryStore store;
    QVERIFY(!store.open(m_path));
    QVERIFY(store.errorString().contains(u"newer version"_s));
    QVERIFY(!store.isOpen());
}

void TestHistoryStore::concurrentOpenCreatesSchemaOnce()
{
    QAtomicInt failures = 0;
    QList<QThread *> threads;
    for (int i = 0; i < 4; ++i) {
        threads.append(QThread::create([this, &failures] {
            HistoryStore store;
            if (!store.open(m_path) || !store.recordRefresh(u"demo"_s, BaseTime, {}))
                failures.ref();
        }));
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    QCOMPARE(failures.loadRelaxed(), 0);

    HistoryStore store;
    QVERIFY(store.open(m_path));
    QCOMPARE(store.refreshCount(), 4);
}

void TestHistoryStore::threadsUseOwnConnections()
{
    {
        HistoryStore creator;
        QVERIFY(creator.open(m_path));
    }

    QAtomicInt failures = 0;
    QThread *writer = QThread::create([this, &failures] {
        HistoryStore store;
        if (!store.open(m_path)) {
            failures.ref();
            return;
        }
        for (int i = 0; i < 40; ++i) {
            if (!store.recordRefresh(u"demo"_s, BaseTime.addSecs(i), { channel(u"a"_s, i) }))
                failures.ref();
        }
    });

    HistoryStore reader;
    QVERIFY(reader.open(m_path));
    writer->start();
    qint64 lastSeen = 0;
    while (!writer->isFinished()) {
        const qint64 seen = reader.sampleCount();
        QVERIFY(seen >= lastSeen);
        lastSeen = seen;
        QThread::msleep(1);
    }
    writer->wait();
    delete writer;

    QCOMPARE(failures.loadRelaxed(), 0);
    QCOMPARE(reader.sampleCount(), 40);
}

QTEST_GUILESS_MAIN(TestHistoryStore)

#include "tst_historystore.moc"
