// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historystore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

// Kills a recording process with SIGKILL and checks what the database kept.
class TestHistoryCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedRecorderKeepsCommittedRefreshes_data();
    void killedRecorderKeepsCommittedRefreshes();
};

void TestHistoryCrash::killedRecorderKeepsCommittedRefreshes_data()
{
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("killAfter");

    QTest::addRow("small refreshes") << 3 << 40;
    QTest::addRow("large refreshes") << 300 << 8;
}

void TestHistoryCrash::killedRecorderKeepsCommittedRefreshes()
{
    QFETCH(int, channels);
    QFETCH(int, killAfter);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"history.sqlite"_s);

    QProcess recorder;
    recorder.setProcessChannelMode(QProcess::SeparateChannels);
    recorder.start(QStringLiteral(HISTORY_CRASH_RECORDER_PATH),
                   { path, QString::number(channels) });
    QVERIFY2(recorder.waitForStarted(), qPrintable(recorder.errorString()));

    QByteArray output;
    qint64 lastPrinted = 0;
    while (lastPrinted < killAfter) {
        QVERIFY2(recorder.waitForReadyRead(30000),
                 recorder.readAllStandardError().constData());
        output += recorder.readAllStandardOutput();
        const QList<QByteArray> lines = output.split('\n');
        // The last piece may be a line still being written.
        for (qsizetype i = lines.size() - 2; i >= 0; --i) {
            if (!lines.at(i).isEmpty()) {
                lastPrinted = lines.at(i).toLongLong();
                break;
            }
        }
    }
    recorder.kill();
    QVERIFY(recorder.waitForFinished(30000));
    QCOMPARE(recorder.exitStatus(), QProcess::CrashExit);

    output += recorder.readAllStandardOutput();
    qint64 committed = 0;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        // A line without its newline may be cut in the middle of the number.
        if (&line != &lines.constLast() && !line.isEmpty())
            committed = line.toLongLong();
    }
    QVERIFY(committed >= killAfter);

    HistoryStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(u"PRAGMA integrity_check"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_s);
    query.finish();

    // Every printed refresh is there; one more may have committed before its number was printed.
    const qint64 refreshes = store.refreshCount(u"crash"_s);
    QVERIFY2(refreshes == committed || refreshes == committed + 1,
             qPrintable(u"%1 refreshes stored, %2 printed"_s.arg(refreshes).arg(committed)));
    const QDateTime start(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    for (qint64 refresh = 1; refresh <= committed; ++refresh) {
        const QList<OccupancySample> samples = store.samples(
                u"crash"_s, u"channel-0"_s, start.addSecs(refresh), start.addSecs(refresh));
        QCOMPARE(samples.size(), 1);
        QCOMPARE(samples.at(0).occupancy, int(refresh % 50));
    }

    // Each refresh is one transaction: no refresh is stored in part.
    QCOMPARE(store.sampleCount(u"crash"_s), refreshes * channels);
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM occupants"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), refreshes * 5);
}

QTEST_GUILESS_MAIN(TestHistoryCrash)

#include "tst_historycrash.moc"
